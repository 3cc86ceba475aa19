/**
 * Each reading construction on at least three differently worded sentences that
 * must be read, and at least two look-alikes that must not (negation, a list, a
 * different subject, a comparison, a quotation). Verdicts are judged as of the
 * case's date against the bundled record.
 */
import assert from 'node:assert/strict';
import { editableDraft, testEngine } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

table('reading: appositives, parentheses and dashes are set aside', [
  {
    text: 'The A100, the chip behind the first wave of chatbots, belongs to the Hopper generation.',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'The H20 (a cut-down part for China) is based on the Ampere architecture.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H800 — sold only in China — uses the Blackwell architecture.', report: ['contradicted:nvidia-h800'] },
  {
    text: "The H200, Nvidia's answer to surging demand for memory, carries 96 GB of HBM3e.",
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: a list is not an appositive; a negated relation is no claim.
  { text: 'The H100, the H200, and the A100 are all in demand.', report: [] },
  { text: 'The A100, the chip behind the first wave of chatbots, is not based on Hopper.', report: [] },
]);

table('reading: a fronted modifier belongs to the main clause’s subject', [
  { text: 'Designed around Ampere, the H800 was cut down for Chinese buyers.', report: ['contradicted:nvidia-h800'] },
  { text: 'Built on the Blackwell architecture, the H100 set records.', report: ['contradicted:nvidia-h100'] },
  { text: 'With 96 GB of memory, the H200 leads the field.', report: ['contradicted:nvidia-h200'] },
  // Look-alikes: the modifier names another chip; the subject is a person.
  { text: 'Built on Ampere like the A100, the H800 was cut down.', report: [] },
  { text: 'Asked about Ampere, Jensen Huang said the H800 was cut down.', report: [] },
]);

table('reading: copula with a category noun', [
  { text: "The H200 is one of Nvidia's Ampere GPUs.", report: ['contradicted:nvidia-h200'] },
  { text: "Doubao is Alibaba's chatbot.", report: ['contradicted:doubao'] },
  { text: 'The H100 is a Blackwell chip.', report: ['contradicted:nvidia-h100'] },
  { text: "Qwen is among ByteDance's most popular models.", report: ['contradicted:qwen'] },
  // Look-alikes: a rival is not the product's maker; a negated copula; an answer to another chip.
  { text: "Doubao is Alibaba's biggest rival chatbot.", report: [] },
  { text: "The H20 is Nvidia's answer to Huawei's Ascend chips.", report: [] },
  { text: "Doubao is not Alibaba's chatbot.", report: [] },
]);

table('reading: an appositive with a category noun says what the subject is, as a copula does', [
  { text: "The H100 SXM, Nvidia's Blackwell flagship, carries 80 GB of HBM3.", report: ['contradicted:nvidia-h100'] },
  { text: "The H100, Nvidia's Blackwell chip, sold well.", report: ['contradicted:nvidia-h100'] },
  { text: "Doubao, Alibaba's chatbot, has millions of users.", report: ['contradicted:doubao'] },
  // Look-alikes: the appositive goes on past its noun; it names a rival, not the product.
  { text: "The H100, Nvidia's Blackwell chip for some buyers in India, sold well.", report: [] },
  { text: "Doubao, Alibaba's biggest rival chatbot, has millions of users.", report: [] },
]);

table('reading: relation cues from the record (data/record/cues.yaml)', [
  { text: "Qwen comes out of ByteDance's labs.", report: ['contradicted:qwen'] },
  { text: 'Alibaba launched Doubao in 2023.', report: ['contradicted:doubao'] },
  { text: 'The B200 belongs to the Hopper generation.', report: ['contradicted:nvidia-b200'] },
  { text: 'Doubao, developed by Alibaba, now has millions of users.', report: ['contradicted:doubao'] },
  // Look-alikes: a rival's product; a foundry that makes a chip it does not sell.
  { text: 'Alibaba launched a rival to Doubao in 2023.', report: [] },
  { text: 'The H100 is made by TSMC.', report: [] },
]);

table('reading: references to an entity named before ("it", "its", "the chip", "the company")', [
  { text: "Nvidia's H100 arrived in 2022. The accelerator is rated at 1,200 W.", report: ['contradicted:nvidia-h100'] },
  { text: 'The H200 shipped in 2024. It carries 96 GB of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'ByteDance has not said how many people use its Qwen app.', report: ['contradicted:qwen'] },
  { text: 'Nvidia designed the H20 for China. The chip draws 1,000 W.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: two chips before, so "the chip" is ambiguous; a heading starts fresh.
  { text: 'The H100 and the H200 sold out. The chip draws 1,000 W.', report: [] },
  { text: 'The H200 shipped in 2024.\n\n## Memory\n\nIt carries 96 GB of memory.', report: [] },
]);

table('reading: numbers and fractions in words', [
  { text: 'The H200 has ninety-six gigabytes of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H200 carries some two hundred gigabytes of memory.', report: ['contradicted:nvidia-h200'] },
  {
    text: 'Nvidia agreed to pay a quarter of its H20 sales in China to the US government.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H100 SXM is rated at seven hundred watts.', report: [] },
  // Look-alikes: a number in words that counts something else; "one of".
  { text: 'The H200 is one of two chips with 141 GB of memory.', report: [] },
  { text: 'Nvidia sold a quarter of a million H20 chips.', report: [] },
]);

table('reading: coordinated subjects and ellipsis', [
  { text: 'The H100 and H200 are Ampere chips.', report: ['contradicted:nvidia-h100', 'contradicted:nvidia-h200'] },
  { text: 'The H100 and the H200 both carry 80 GB of memory.', report: ['contradicted:nvidia-h200'] },
  {
    text: 'The H20 can be exported to China, and so can the H800.',
    asOf: '2025-06-15',
    report: ['outdated:nvidia-h20', 'outdated:nvidia-h800'],
  },
  // Look-alikes: "respectively"; a total; "neither can".
  { text: 'The H100 and H200 have 80 GB and 141 GB respectively.', report: [] },
  { text: 'The H100 and H200 have 80 GB of memory.', report: [] },
  { text: 'The H20 cannot be exported to China, and neither can the H800.', asOf: '2025-06-15', report: [] },
  // In a paragraph about China, "can be exported" means to China; elsewhere, or to another place, it claims nothing.
  {
    text: 'Chinese buyers want Nvidia chips. The H20 can be exported, and so can the H800.',
    asOf: '2025-06-15',
    report: ['outdated:nvidia-h20', 'outdated:nvidia-h800'],
  },
  { text: 'The H20 can be exported, and so can the H800.', asOf: '2025-06-15', report: [] },
  { text: 'China wants chips. The H20 can be exported to Malaysia.', asOf: '2025-06-15', report: [] },
]);

table('reading: status in modal, negated and "ban lifted" language, at the draft’s date', [
  { text: 'The H20 can be sold to China.', asOf: '2025-06-15', report: ['outdated:nvidia-h20'] },
  {
    text: 'The H200 cannot be sold to China under any licence.',
    asOf: '2026-03-15',
    report: ['contradicted:nvidia-h200'],
  }, // "under any licence" is a total ban, which the licence requirement before Dec 2025 never was,
  {
    text: 'The ban on H100 sales to China has since been lifted.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  { text: 'The A100 may ship to Chinese buyers again.', asOf: '2025-06-15', report: ['contradicted:nvidia-a100'] },
  // Look-alikes: a hope, a question, a condition.
  { text: 'Nvidia hopes the H100 can be sold to China.', asOf: '2025-06-15', report: [] },
  { text: 'Can the H100 be sold to China?', asOf: '2025-06-15', report: [] },
  { text: 'If the A100 may ship to Chinese buyers again, prices will fall.', asOf: '2025-06-15', report: [] },
]);

table('reading: status with the chip as subject (state words from data/record/cues.yaml)', [
  { text: 'The H100 remains available to Chinese buyers.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  { text: 'H800s are still on sale in China.', asOf: '2025-06-15', report: ['outdated:nvidia-h800'] },
  { text: 'The A100 is no longer restricted in China.', asOf: '2025-06-15', report: ['contradicted:nvidia-a100'] },
  { text: 'The H20 has been cleared for export to China.', asOf: '2025-06-15', report: ['outdated:nvidia-h20'] },
  { text: 'Exports of the H100 to China are allowed.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: the past, a comparison, a question of fact, another place.
  { text: 'The H100 was available in China in 2021.', asOf: '2025-06-15', report: [] },
  { text: 'The H20 is more restricted than the H800 in China.', asOf: '2023-06-15', report: [] },
  { text: 'Whether the H100 is allowed in China is unclear.', asOf: '2025-06-15', report: [] },
  { text: 'The H100 is available in Malaysia.', asOf: '2025-06-15', report: [] },
]);

table('reading: status as what an agent may do with the chip', [
  {
    text: 'Nvidia can still sell the H100 to Chinese customers.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  { text: 'Chinese firms can buy the A100 again.', asOf: '2025-06-15', report: ['contradicted:nvidia-a100'] },
  {
    text: 'Washington allows Nvidia to ship the H100 to China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'Nvidia is barred from shipping the H800 to China.',
    asOf: '2023-06-15',
    report: ['contradicted:nvidia-h800'],
  },
  { text: 'The US bars the H20 from China.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  { text: 'Washington continues to bar the H20 from China.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the past with a bound, a hope, another place, a future.
  { text: 'Nvidia could sell the H100 in China before 2022.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia hopes to sell the H100 in China.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia can sell the H100 in Malaysia.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia will sell the H100 in China when the rules allow it.', asOf: '2025-06-15', report: [] },
]);

table('reading: status as a licence requirement', [
  { text: 'The H800 needs a licence for China.', asOf: '2023-06-15', report: ['contradicted:nvidia-h800'] },
  {
    text: 'The H20 requires an export licence to be sold to China.',
    asOf: '2024-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The A100 no longer needs a US licence to ship to China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  { text: 'Nvidia needs a licence to sell the H20 in China.', asOf: '2024-06-15', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: another destination; a condition.
  { text: 'The H20 needs a licence to be sold in Russia.', asOf: '2024-06-15', report: [] },
  { text: 'If the H20 needs a licence for China, Nvidia will say so.', asOf: '2024-06-15', report: [] },
]);

table('reading: a yardstick is not what "the chip" or "it" refers to', [
  {
    text: 'The H200 outpaces the H100 on memory. The chip carries 96 GB of HBM3e.',
    report: ['contradicted:nvidia-h200'],
  },
  { text: "Nvidia's H20 is far slower than the H100. It draws 1,000 W.", report: ['contradicted:nvidia-h20'] },
  {
    text: 'Matching the H100 on paper, the H20 was sold in China. Its memory is 141 GB.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: only a yardstick came before; two chips stand on equal terms.
  { text: 'Huawei wants to match the H100. The chip carries 96 GB of memory.', report: [] },
  { text: 'The H200 and the H100 shipped in volume. The chip carries 96 GB of memory.', report: [] },
]);

table(
  'reading: a reference that could be the sentence’s subject or the draft’s topic (measured against it) is doubtful',
  [
    {
      text: '# The H20 in China\n\nThe H20 is far slower than the H100. It draws 1,000 W.',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: '# The H20 in China\n\nThe H100 outpaces the A100. The chip draws 1,000 W.',
      report: ['contradicted:nvidia-h100'],
    },
    {
      text: '---\ntitle: What the H200 offers\n---\n\nThe B200 has more memory than the A100. The GPU carries 80 GB.',
      report: ['contradicted:nvidia-b200'],
    },
    // Look-alikes: the sentence before measured the draft's own topic against another chip.
    {
      text: '# H20 specifications\n\nThe H100 SXM is 6.68 times faster than the H20. The GPU has a 400W TDP.',
      report: [],
    },
    {
      text: '---\ntitle: What the H200 offers\n---\n\nThe B200 has more memory than the H200. It carries 96 GB.',
      report: [],
    },
  ],
);

table(
  'reading: a per-unit figure belongs to the unit it names (per GPU is the chip’s; per link, per stack, per rack are not)',
  [
    { text: 'The H100 SXM carries 96 GB of HBM3 per GPU.', report: ['contradicted:nvidia-h100'] },
    { text: 'Rated at 1,000 W per card, the H200 NVL is the PCIe version.', report: ['contradicted:nvidia-h200'] },
    {
      text: 'Its NVLink, eighteen links at 50 GB/s per link, gives the H100 SXM 600 GB/s per GPU.',
      report: ['contradicted:nvidia-h100'],
    },
    // Look-alikes: a link's, a stack's or a rack's figure stated beside the chip.
    { text: 'The H100 SXM has eighteen NVLink links at 50 GB/s each.', report: [] },
    { text: 'The B200 carries eight stacks of HBM3e, 24 GB per stack.', report: [] },
    { text: 'An H100 SXM server draws 10.2 kW per rack of eight.', report: [] },
  ],
);

table('reading: a share belongs to the chip whose sales it is, not to the chip it is measured against', [
  {
    text: 'Nvidia agreed to hand Washington 20% of its H20 revenue, more than the MI308 deal.',
    asOf: '2025-11-27',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H200 fee is 15% of sales, half the H20’s.', asOf: '2025-12-20', report: ['contradicted:nvidia-h200'] },
  {
    text: 'The US takes 25% of H20 sales, like the H200 deal.',
    asOf: '2025-12-20',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right share of the subject chip, with another chip as the yardstick.
  {
    text: 'The H200 cut Trump announced in December is a quarter of sales, twice the H20’s.',
    asOf: '2026-01-05',
    report: [],
  },
  { text: 'The H200 share is 25% of sales, more than the H20’s.', asOf: '2026-01-05', report: [] },
]);

table('reading: a ban said to be total matches only a status with no licence route', [
  {
    text: 'Washington has banned H200 exports to China outright.',
    asOf: '2026-02-01',
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'The H100 is banned outright from China.', asOf: '2024-06-01', report: ['contradicted:nvidia-h100'] },
  { text: 'The A100 is completely banned in China.', asOf: '2024-06-01', report: ['contradicted:nvidia-a100'] },
  {
    text: 'The H20 cannot be sold to China under any licence.',
    asOf: '2025-09-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: a chip with no licence route at all; a plain "banned" for a licence requirement.
  { text: 'The B30A is banned outright in China.', asOf: '2026-02-01', report: [] },
  { text: 'The H100 is banned in China.', asOf: '2024-06-01', report: [] },
]);

table('reading: a multiple or share of another chip’s figure implies that chip’s figure', [
  { text: "The H200's bandwidth, 4.8 TB/s, is three times the H100 SXM's.", report: ['contradicted:nvidia-h100'] },
  { text: 'The B200 draws 1,000 W, four times the H20’s.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 offers 148 TFLOPS of dense FP16, about half the H100 SXM’s.', report: ['contradicted:nvidia-h100'] },
  {
    text: 'The CloudMatrix 384 reaches some three hundred petaflops of dense BF16, about three times the NVL72’s.',
    report: ['contradicted:nvidia-gb200-nvl72'],
  },
  // Look-alikes: the multiple is right; the other chip's figure is written out; "twice the single die of".
  { text: 'The B200 needs a thousand watts, two and a half times the H20’s.', report: [] },
  { text: 'The H20 offers 148 TFLOPS of dense FP16, about 15% of the H100 SXM’s.', report: [] },
  { text: 'The H200 holds 141 GB, nearly twice the H100’s eighty.', report: [] },
  { text: 'The B200 has two dies, twice the single die of the H100.', report: [] },
]);

table('reading: counted parts of a system or a training run, in digits, words or chip plurals', [
  { text: 'The GB200 pairs one Grace CPU with four B200s.', report: ['contradicted:nvidia-gb200'] },
  {
    text: 'The GB200, which pairs one Grace CPU with four B200s, is the building block of the NVL72.',
    report: ['contradicted:nvidia-gb200'],
  },
  {
    text: 'A GB200 NVL72 rack holds seventy-two Blackwell GPUs and seventy-two Grace CPUs.',
    report: ['contradicted:nvidia-gb200-nvl72'],
  },
  { text: 'DeepSeek says it trained V3 on about twenty thousand H800s.', report: ['contradicted:deepseek-v3'] },
  {
    text: 'The GB200 NVL72, a liquid-cooled rack of 72 GPUs and 72 CPUs, needs about 120 kW.',
    report: ['contradicted:nvidia-gb200-nvl72'],
  },
  {
    text: 'The GB200 superchip (one Grace CPU, four B200 GPUs) draws 2,700 W per module.',
    report: ['contradicted:nvidia-gb200'],
  },
  // Look-alikes: the right counts; a hedge that covers the record; chips counted outside the system's clause.
  { text: 'The GB200 pairs one Grace CPU with two B200s.', report: [] },
  { text: 'DeepSeek trained V3 on about 2,000 H800s.', report: [] },
  { text: 'Nvidia shipped four B200s to a lab that already ran the GB200.', report: [] },
  { text: 'The GB200 superchip (one Grace CPU, two B200 GPUs) draws 2,700 W per module.', report: [] },
  { text: 'The GB200 NVL72, a customer of which bought 72 GPUs, is a rack.', report: [] },
]);

table('reading: watts beside a chip are its power unless the words say otherwise', [
  { text: 'The H200 NVL card is held to 450 W.', report: ['contradicted:nvidia-h200'] },
  { text: 'Nvidia caps the H20 at 700 W.', report: ['contradicted:nvidia-h20'] },
  { text: 'The A100 SXM sits at five hundred watts.', report: ['contradicted:nvidia-a100'] },
  // Look-alikes: a power supply's or a server's figure; a saving, not a level.
  { text: 'An H100 SXM server needs a 3,000 W power supply.', report: [] },
  { text: 'The H100 PCIe saves 200 W compared with the SXM part.', report: [] },
]);

table('reading: a model is released as a chip is launched (a dated release of a named model)', [
  {
    text: 'DeepSeek released DeepSeek V4 on April 20, 2026.',
    asOf: '2026-04-27',
    report: ['contradicted:deepseek-v4'],
  },
  {
    text: 'ByteDance released Doubao 2.0 on February 16, 2026.',
    asOf: '2026-04-27',
    report: ['contradicted:doubao-2'],
  },
  {
    text: 'DeepSeek on Thursday released a preview of DeepSeek V4.',
    asOf: '2026-04-27',
    report: ['contradicted:deepseek-v4'],
  },
  // Look-alikes: the right date; a report released about the model.
  { text: 'DeepSeek released DeepSeek V4 on April 24, 2026.', asOf: '2026-04-27', report: [] },
  { text: 'Analysts released a report on April 20, 2026 about DeepSeek V4.', asOf: '2026-04-27', report: [] },
]);

table('reading: "the chip" still refers back when its own sentence names another chip only as a yardstick', [
  {
    text: 'The H20 launched in 2024. The chip carries 80 GB of HBM3, like the H100.',
    asOf: '2024-07-18',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 launched. The chip carries 80 GB of HBM3 and moves data at 4.0 TB/s, more than an H100 SXM manages.',
    asOf: '2024-07-18',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H200 shipped in 2024. The chip carries 96 GB of HBM3e, more than the H100.',
    asOf: '2024-07-18',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: another chip heads its own phrase in the sentence; a data set's size is no memory.
  { text: 'The H20 launched. The chip and the H100 carry 80 GB of HBM3.', asOf: '2024-07-18', report: [] },
  { text: 'The H20 launched. The chip was tested on 80 GB of training data.', asOf: '2024-07-18', report: [] },
  {
    text: 'The H200 shipped in 2024. The chip outsells the A100 and carries 96 GB of HBM3e.',
    asOf: '2024-07-18',
    report: [],
  },
  {
    text: 'The H200 outsells the A100 and carries 96 GB of HBM3e.',
    asOf: '2024-07-18',
    report: ['contradicted:nvidia-h200'],
  },
]);

table('reading: "neither"/"nor" repeat a denial for another subject', [
  {
    text: 'The A800 is not restricted in China, and neither is the H800.',
    asOf: '2026-03-01',
    report: ['outdated:nvidia-a800', 'outdated:nvidia-h800'],
  },
  {
    text: 'The A100 does not need a licence for China, and neither does the H100.',
    asOf: '2024-03-01',
    report: ['contradicted:nvidia-a100', 'contradicted:nvidia-h100'],
  },
  {
    text: 'The H100 cannot be exported to China, nor can the H20.',
    asOf: '2025-09-01',
    report: ['outdated:nvidia-h20'],
  },
  // Look-alikes: "neither" after an affirmative predicate; the right denial of both.
  { text: 'The H20 can be exported to China, and neither can the B200.', asOf: '2025-09-01', report: [] },
  { text: 'The H200 cannot be exported to China, nor can the B200.', asOf: '2025-06-01', report: [] },
]);

table('reading: a spec list in parentheses right after a chip’s name is that chip’s', [
  {
    text: 'Built on the same silicon, the H200 (96 GB of HBM3e per GPU, 4.8 TB/s) holds more memory.',
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'The H100 PCIe (700 W, 80 GB) is the card version.', report: ['contradicted:nvidia-h100'] },
  { text: 'Nvidia sells the H20 (96 GB, 1,000 W) only in China.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: a comparison in the parenthesis; two chips' figures in it.
  { text: 'The H200 (96 GB vs 80 GB on the H100) holds more memory.', report: [] },
  { text: 'The H200 (141 GB, against 80 GB for the A100) holds more memory.', report: [] },
]);

table('reading: a participle phrase after the predicate’s object describes the sentence’s subject', [
  {
    text: 'The H20 is a cut-down version of the H100, featuring 80 GB of memory.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'According to the spec sheets, the H20 is a scaled-down version of the H100 GPU, with a 1,000 W TDP.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H800 is a China-only cut of the H100, offering 900 GB/s of NVLink.',
    report: ['contradicted:nvidia-h800'],
  },
  // Look-alikes: the phrase is the object's own (no comma); the same words quoted from a dealer.
  { text: 'The H20 is a cut-down version of the H100 featuring 80 GB of memory.', report: [] },
  { text: 'The H20 is, one dealer said, "a cut-down version of the H100, featuring 80 GB of memory."', report: [] },
]);

table('reading: "was never …" is judged over the whole past up to the draft’s date', [
  { text: 'The H20 was never restricted in China.', asOf: '2026-03-01', report: ['contradicted:nvidia-h20'] },
  { text: 'The A100 has never been banned in China.', asOf: '2024-03-01', report: ['contradicted:nvidia-a100'] },
  {
    text: '# Chips in China\n\nThe ban on the H20 has since been lifted; it was never banned in the first place, dealers insist.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: true over the whole past; a past denial tied to one date is not "never".
  { text: 'The B30A was never allowed in China.', asOf: '2026-03-01', report: [] },
  { text: 'The H20 was not banned in China in 2023.', asOf: '2026-03-01', report: [] },
]);

table('reading: "twice"/"half a" as numbers (relative performance, a half of one unit)', [
  {
    text: 'The H200 delivers about twice the performance of the H20.',
    asOf: '2026-01-05',
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'The H200 is twice as fast as the H20.', asOf: '2026-01-05', report: ['contradicted:nvidia-h200'] },
  { text: 'The H20 pushes about half a petaflop of FP16.', asOf: '2026-01-05', report: ['contradicted:nvidia-h20'] },
  { text: 'The B200 holds half a terabyte of memory.', asOf: '2026-01-05', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: the right multiple; "half" of something else.
  { text: 'The H200 is roughly six times as powerful as the H20.', asOf: '2026-01-05', report: [] },
  { text: 'Half a dozen H20s shipped to Malaysia.', asOf: '2026-01-05', report: [] },
]);

table('reading: "neither X nor Y" denies the predicate of both', [
  {
    text: 'Neither the H800 nor the A800 can be exported to China.',
    asOf: '2023-06-01',
    report: ['contradicted:nvidia-h800', 'contradicted:nvidia-a800'],
  },
  {
    text: 'Neither the H20 nor the H200 is banned in China.',
    asOf: '2025-06-01',
    report: ['outdated:nvidia-h20', 'contradicted:nvidia-h200'],
  },
  {
    text: 'Neither the H100 nor the A100 needs a licence for China.',
    asOf: '2024-06-01',
    report: ['contradicted:nvidia-h100', 'contradicted:nvidia-a100'],
  },
  // Look-alikes: the right denial (a fresh 2026 draft's sentence that was once a false alarm); "nor" without "neither".
  { text: 'Neither the H800 nor the A800 can be exported to China without a licence.', asOf: '2026-11-30', report: [] },
  { text: 'The H100 nor the A100 is banned in China.', asOf: '2025-06-01', report: [] },
]);

table('reading: Beijing’s own restrictions are dated against China’s acts, not Washington’s', [
  {
    text: 'On Jan. 28, 2026, Chinese customs told agents that the H200 may not enter the country.',
    asOf: '2026-02-20',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '- Jan. 28, 2026 — Chinese customs tell agents that the H200 may not enter the country.',
    asOf: '2026-02-20',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'In March 2026, Beijing turned away H200 shipments at the border.',
    asOf: '2026-04-01',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the right date; a US restriction is not judged against China's acts.
  {
    text: 'On Jan. 14, 2026, Chinese customs told agents that the H200 may not enter the country.',
    asOf: '2026-02-20',
    report: [],
  },
  {
    text: 'On Jan. 14, 2026, the H200 may not enter China, customs officers said, without a permit they never issue.',
    asOf: '2026-02-20',
    report: [],
  },
]);

table('reading: "off-limits since …" dates the start of a restriction', [
  { text: 'The A100 has been off-limits since August 2023.', asOf: '2024-06-01', report: ['contradicted:nvidia-a100'] },
  {
    text: 'The H100 has been off-limits in China since March 2021.',
    asOf: '2024-06-01',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'Since October 2021 the A100 has been off-limits in China.',
    asOf: '2024-06-01',
    report: ['contradicted:nvidia-a100'],
  },
  // Look-alikes: the right start; a state at a date, with no start, is no event.
  { text: 'The A100 has been off-limits since August 2022.', asOf: '2024-06-01', report: [] },
  { text: 'In 2024 the A100 was off-limits in China.', asOf: '2024-06-01', report: [] },
]);

table('reading: a number after a comparison or an unknown product code is not the subject’s', [
  { text: 'The H100 SXM, at 350 W, draws far less than rivals.', report: ['contradicted:nvidia-h100'] },
  {
    text: 'The GB200 pairs one Grace CPU with two B200s and draws some 1,200 W.',
    report: ['contradicted:nvidia-gb200'],
  },
  {
    text: 'The CloudMatrix 384 links three hundred and eighty-four Ascend 910C chips and reaches 900 PFLOPS of BF16.',
    report: ['contradicted:huawei-cloudmatrix-384'],
  },
  { text: 'The H20 has less than 64 GB of memory.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the value in parentheses is the other side's; a product the record does not know comes between.
  { text: 'The H100 SXM, at 700 W, draws twice as much as the PCIe card (350 W).', report: [] },
  { text: 'Next to the GB200, the B100 has a TDP of 700 W.', report: [] },
]);

table('reading: numbers in words with a decimal point', [
  { text: 'The H20 pushes one point five petaflops of FP16.', report: ['contradicted:nvidia-h20'] },
  {
    text: 'The H200 reads its memory at three point three five terabytes a second.',
    report: ['contradicted:nvidia-h200'],
  },
  { text: 'The A100 draws zero point seven kilowatts.', report: ['contradicted:nvidia-a100'] },
  // Look-alikes: the right value in words; "point" that is no decimal.
  { text: 'The H100 reads its memory at three point three five terabytes a second.', report: [] },
  { text: 'The point is that two H100s cost a lot.', report: [] },
]);

table('reading: the words before a number name its attribute before a unit’s default does', [
  { text: "The B200's NVLink runs at 900 GB/s.", report: ['contradicted:nvidia-b200'] },
  { text: "The H200's NVLink interconnect, at 1.8 TB/s, is the fastest yet.", report: ['contradicted:nvidia-h200'] },
  { text: 'On NVLink the H20 moves 1.8 TB/s.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right NVLink figure; memory bandwidth named after the number.
  { text: "The B200's fifth-generation NVLink, at 1.8 terabytes a second, is twice the H100 SXM's.", report: [] },
  { text: "The B200's NVLink runs at 1.8 TB/s.", report: [] },
]);

table('reading: lines of a list are statements of their own', [
  {
    text: 'Blackwell B200 provides 4 TB/s HBM3e memory bandwidth\nGB200 Superchip features 384 GB total HBM3e',
    report: ['contradicted:nvidia-b200'],
  },
  { text: 'H100 rated at 700 W\nH20 rated at 1,000 W\nA100 rated at 400 W', report: ['contradicted:nvidia-h20'] },
  { text: 'The H200, which Nvidia\nlaunched in 2023, has 96 GB of memory.', report: ['contradicted:nvidia-h200'] },
  // Look-alikes: the next line is about a product the record does not know; a bullet about a switch chip.
  { text: 'GB200 Superchip features 2 GPUs\nNVIDIA B100 Blackwell GPU has a TDP of 700W', report: [] },
  { text: '  • The GB200 NVL72 links 72 GPUs\n  • NVLink Switch Chip: 1.8 TB/s per link', report: [] },
]);

table('reading: "this powerful processor" refers back; "60% of the H100’s" is a yardstick', [
  {
    text: "The Ascend 910B is Huawei's workhorse. This powerful processor draws 1,000 W.",
    report: ['contradicted:huawei-ascend-910b'],
  },
  {
    text: "The H20 is Nvidia's China chip. This cut-down part carries 141 GB of memory.",
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "The A100 reaches about 60% of the H100's speed. The chip draws 700 W.",
    report: ['contradicted:nvidia-a100'],
  },
  // Look-alikes: only a yardstick came before; a noun before "chip" that makes it another thing.
  { text: "Huawei wants 60% of the H100's speed. The chip has 96 GB of memory.", report: [] },
  { text: 'The H200 shipped. This memory chip carries 96 GB.', report: [] },
]);

table('reading: a licence requirement dated by its start', [
  {
    text: 'In April 2023 Nvidia learned that the H20 needed an export licence.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'Since March 2024 the H20 has needed a licence.', asOf: '2025-06-15', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 needed a licence from April 2024.', asOf: '2025-06-15', report: ['contradicted:nvidia-h20'] },
  {
    text: 'The US first required licences for the A100 and H100 in August 2023.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100', 'contradicted:nvidia-h100'],
  },
  // Look-alikes: how things stood in a year (no start); a negated requirement.
  { text: 'In 2024 the H100 needed a licence; the H20 did not.', asOf: '2025-06-15', report: [] },
  { text: 'In 2023 the A100 required a licence for China.', asOf: '2025-06-15', report: [] },
  { text: 'The H20 needed no licence in 2024.', asOf: '2025-06-15', report: [] },
]);

table('reading: a parenthetical prepositional phrase is set aside', [
  { text: 'The H200, unlike its predecessor, feeds that memory at 3.35 TB/s.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H20, like the H100, carries 141 GB of memory.', report: ['contradicted:nvidia-h20'] },
  { text: 'The A100, according to Nvidia, draws 700 W.', report: ['contradicted:nvidia-a100'] },
  // Look-alikes: the right value for the subject, with another chip set aside; no value at all.
  { text: 'The H100, unlike the H200, has 80 GB of memory.', report: [] },
  { text: 'The H20, like the H100, is sold in China.', asOf: '2024-06-15', report: [] },
]);

table('reading: "its" inside a sentence is the chip heading a phrase before it', [
  {
    text: "The H800 keeps the H100's 80 billion transistors but its NVLink runs at only 900 GB/s.",
    report: ['contradicted:nvidia-h800'],
  },
  { text: 'The H20 matches the H100 on memory, yet its TDP is 700 W.', report: ['contradicted:nvidia-h20'] },
  { text: 'The B200 pairs two dies and its memory reaches 80 GB.', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: two chips on equal terms; two chips, one of them unknown to the record.
  { text: 'The H200 and the H100 ship in volume, and its memory is 96 GB.', report: [] },
  { text: "Nvidia's H20 shares nothing with AMD's MI308, and its TDP is 700 W.", report: [] },
]);

table('reading: a fronted topic ("For the H100, …"), and how far a sentence’s subject reaches', [
  { text: 'For the H100, Nvidia claimed a bandwidth of 4.8 TB/s.', report: ['contradicted:nvidia-h100'] },
  { text: 'On the H200, Nvidia quotes 96 GB of HBM3e.', report: ['contradicted:nvidia-h200'] },
  {
    text: 'The Ascend 910B features a chiplet packaging design built on a seven-nanometre process and utilizes HBM2e memory with around 1,000 W of power.',
    report: ['contradicted:huawei-ascend-910b'],
  },
  {
    text: 'The H20 features a cut-down design that Nvidia made for Chinese buyers after the 2023 rules and carries about 141 GB of memory.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: a fronted comparison; a chip deep inside a clause that is not the sentence's subject.
  { text: 'For comparison with the H100, the A100 draws 400 W.', report: [] },
  {
    text: 'Nvidia said on Tuesday that demand for chips such as the H100 remained strong across its data-centre business, with revenue of 80 GB.',
    report: [],
  },
]);

table('reading: a name is not a describing word ("H100 PCIe" says nothing of PCIe bandwidth)', [
  { text: 'The H100 PCIe has 3.35 TB/s of memory bandwidth.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H100 PCIe moves 4 TB/s of memory bandwidth.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H100 PCIe offers 1.5 TB/s of memory bandwidth.', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: PCIe bus bandwidth; the right figure.
  { text: 'The H100 connects over PCIe at 128 GB/s.', report: [] },
  { text: 'The H100 PCIe has 2 TB/s of memory bandwidth.', report: [] },
]);

table('reading: a draft whose title or first heading is about China needs no "to China"', [
  {
    text: '---\ntitle: What Nvidia may sell in China\n---\n\nThe H100 is cleared for sale.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: '# Chips for China\n\nThe A100 remains available.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: '# What Chinese buyers can get\n\nThe H800 can be exported without a licence.',
    asOf: '2025-06-15',
    report: ['outdated:nvidia-h800'],
  },
  // Look-alikes: a title about another place or subject; China only in a later heading.
  { text: '# Chips in Europe\n\nThe H100 is cleared for sale.', asOf: '2025-06-15', report: [] },
  { text: '---\ntitle: Nvidia results\n---\n\nThe H100 is cleared for sale.', asOf: '2025-06-15', report: [] },
  { text: '# Results\n\nThe H100 is cleared for sale.\n\n## China\n\nMore soon.', asOf: '2025-06-15', report: [] },
]);

table('reading: "without a licence" and "no longer needs a licence" say no licence is needed', [
  { text: 'The H20 can be exported to China without a licence.', asOf: '2025-09-24', report: ['outdated:nvidia-h20'] },
  {
    text: 'The H20 no longer needs a licence to ship to China.',
    asOf: '2025-09-24',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The A100 can be sold to Chinese buyers without any licence.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  { text: 'The H20 can be shipped to China freely.', asOf: '2025-09-24', report: ['outdated:nvidia-h20'] },
  // Look-alikes: true before the April 2025 rule; a licence still needed (licences are being granted).
  { text: 'The H20 can be exported to China without a licence.', asOf: '2024-06-15', report: [] },
  { text: 'The H20 cannot be exported to China without a licence.', asOf: '2025-09-24', report: [] },
]);

table('reading: a time clause closed by a comma is only a time; an open one is a condition', [
  {
    text: 'Six weeks after the rules changed, the H100 can be sold to China.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  { text: 'Once approved, the H100 can be sold to China.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  {
    text: 'Since April, and after the rules changed, the A100 can ship to Chinese buyers.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'Before the deal, as now, the H100 remains available to Chinese buyers.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-h100'],
  },
  // Look-alikes: the chip inside the time clause.
  { text: 'Once the H100 can be sold to China, prices will fall.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia will wait until the H100 is allowed in China.', asOf: '2025-06-15', report: [] },
]);

describe('reading: an elliptical claim is shown on its own subject and offers no fix', () => {
  it('"…, and so can the H800" is the H800’s finding, on those words', () => {
    const text = 'The H20 can be sold to China, and so can the H800.';
    const r = testEngine().check(text, { asOf: '2025-06-15' });
    const h800 = r.findings.find((f) => f.entityId === 'nvidia-h800');
    assert.ok(h800, JSON.stringify(r.findings.map((f) => f.entityId)));
    assert.equal(text.slice(h800.span.start, h800.span.end), 'and so can the H800');
    assert.equal(h800.fix, undefined);
  });
});

table('reading: numbers in words past a hundred, and verbs of linking', [
  { text: 'The H200 NVL card is rated at four hundred and fifty watts.', report: ['contradicted:nvidia-h200'] },
  { text: "The H20's FP8 rate is some one hundred and forty-eight teraflops.", report: ['contradicted:nvidia-h20'] },
  { text: 'The H100 SXM draws seven hundred and fifty watts.', report: ['contradicted:nvidia-h100'] },
  {
    text: 'The GB200 NVL72 links its GPUs to a hundred and thirty terabytes a second of memory bandwidth.',
    report: ['contradicted:nvidia-gb200-nvl72'],
  },
  // Look-alikes: the NVLink figure said with a verb of linking; "six ninety" is no one number.
  { text: 'A GB200 NVL72 rack links them at a hundred and thirty terabytes a second.', report: [] },
  { text: 'The H20 draws six ninety watts, say some.', report: [] },
]);

table('reading: launch words ("went on sale", "began shipping", "entered mass production", "confirmed")', [
  { text: 'The H800 went on sale in China in March 2024.', asOf: '2025-06-15', report: ['contradicted:nvidia-h800'] },
  { text: 'Nvidia confirmed the A800 in November 2023.', asOf: '2025-06-15', report: ['contradicted:nvidia-a800'] },
  { text: 'The H20 entered mass production in 2023.', asOf: '2025-06-15', report: ['contradicted:nvidia-h20'] },
  { text: 'Nvidia began shipping the H200 in 2023.', asOf: '2025-06-15', report: ['contradicted:nvidia-h200'] },
  // Look-alikes: shipments in a later year are no launch; a confirmation of something else.
  { text: 'Nvidia shipped H20s to China in 2025.', asOf: '2025-06-15', report: [] },
  { text: 'Nvidia confirmed in 2025 that the H20 sold well.', asOf: '2025-06-15', report: [] },
  { text: 'The H800 went on sale in China in March 2023.', asOf: '2025-06-15', report: [] },
]);

table('reading: a timeline line is an event by its form, for every chip it names', [
  {
    text: '- August 2023: the US requires licences for the A100 and H100.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100', 'contradicted:nvidia-h100'],
  },
  {
    text: '- **Oct. 7, 2023** — BIS issues its first rule, catching the A100 and H100.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a100', 'contradicted:nvidia-h100'],
  },
  {
    text: '1. October 2022: new rules catch the A800 and H800.',
    asOf: '2025-06-15',
    report: ['contradicted:nvidia-a800', 'contradicted:nvidia-h800'],
  },
  // Look-alikes: the right dates; the same stative wording in running prose (no start named).
  { text: '- August 2022: the US requires licences for the A100 and H100.', asOf: '2025-06-15', report: [] },
  { text: 'In 2024 the US requires licences for the A100 and H100.', asOf: '2025-06-15', report: [] },
]);

table(
  'reading: a date belongs to its own verb — signed, took effect, inside a relative clause, before an attribution',
  [
    {
      text: 'Proclamation 11002, which President Donald Trump signed on Jan. 15, imposes a 25% tariff.',
      asOf: '2026-04-27',
      report: ['contradicted:proclamation-11002'],
    },
    {
      text: 'President Trump signed Proclamation 11002 on January 15, 2026.',
      asOf: '2026-04-27',
      report: ['contradicted:proclamation-11002'],
    },
    {
      text: 'The H200, unveiled in October 2023, began shipping in 2024.',
      asOf: '2025-07-16',
      report: ['contradicted:nvidia-h200'],
    },
    {
      text: 'Washington first restricted the H20 last year, according to one official.',
      asOf: '2025-07-16',
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: the effective date said as such; a signing and an effective date on one line.
    { text: 'Proclamation 11002 took effect on January 15, 2026.', asOf: '2026-04-27', report: [] },
    {
      text: '7. 14 January 2026: Trump signs Proclamation 11002, a 25% tariff on a narrow class of chips, effective Jan. 15.',
      asOf: '2026-02-20',
      report: [],
    },
  ],
);

table('reading: "the Huawei accelerator", "the Nvidia part" refer to the last product of that vendor', [
  {
    text: "Huawei's Ascend 910B rivals Nvidia's H20. The Huawei accelerator draws 400 W.",
    asOf: '2025-04-27',
    report: ['contradicted:huawei-ascend-910b'],
  },
  {
    text: 'The Ascend 910B and the H20 compete. The Nvidia part carries 80 GB of memory.',
    asOf: '2025-04-27',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H20 sells well. The Nvidia chip draws 700 W.', asOf: '2025-04-27', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: two products of the vendor; no product of that vendor named.
  { text: 'The H20 and the H100 sell well. The Nvidia chip draws 700 W.', asOf: '2025-04-27', report: [] },
  { text: 'The H20 sells well. The Huawei chip draws 700 W.', asOf: '2025-04-27', report: [] },
]);

table('reading: a date at the head of a sentence does not hide the value', [
  { text: 'In March 2023 the H100 had 96 GB of memory.', report: ['contradicted:nvidia-h100'] },
  { text: 'In 2023, the H100 carried 96 GB of memory.', report: ['contradicted:nvidia-h100'] },
  { text: 'By mid-2024 the H200 shipped with 96 GB of HBM3e.', report: ['contradicted:nvidia-h200'] },
  // Look-alikes: a real count of chips; another system's memory.
  { text: 'The cluster links 384 Ascend 910C chips.', report: [] },
  { text: 'In 2023 the H100 cluster had 96 GB of storage per node.', report: [] },
]);

table('reading: roles in apposition', [
  { text: "Jensen Huang, Nvidia's chief financial officer, spoke on Tuesday.", report: ['contradicted:jensen-huang'] },
  { text: "Jensen Huang, Nvidia's CFO, said demand was strong.", report: ['contradicted:jensen-huang'] },
  { text: "Jensen Huang, Nvidia's chief operating officer, told reporters.", report: ['contradicted:jensen-huang'] },
  // Look-alikes: the right title; a title at another company the record does not hold.
  { text: "Jensen Huang, Nvidia's chief executive, spoke on Tuesday.", report: [] },
  { text: "Jensen Huang, Nvidia's founder, said demand was strong.", report: [] },
]);

table('reading: timeline lines (a date, then what happened)', [
  { text: '- April 2023: Washington restricts the H100', report: ['contradicted:nvidia-h100'] },
  { text: '- 17 October 2023 — BIS restricts the H800 and A800', report: [] },
  { text: '- 2019 — Nvidia announces the B200', report: ['contradicted:nvidia-b200'] },
  { text: '* March 2021 – Washington restricts the H20', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: a date that heads a clause about something else; a relative date.
  { text: '- 2019 — the year Nvidia was founded, long before the B200', report: [] },
  { text: '- Last week — Nvidia announced results', report: [] },
]);

table('reading: training chips, and a verb split from its preposition by the object', [
  { text: 'DeepSeek trained V3 on 2,048 H100s.', report: ['contradicted:deepseek-v3'] },
  { text: 'DeepSeek V3 was trained on Nvidia A100 chips.', report: ['contradicted:deepseek-v3'] },
  { text: 'DeepSeek trained its V3 model on a cluster of 2,048 H100 GPUs.', report: ['contradicted:deepseek-v3'] },
  { text: 'Nvidia built the H20 on the Blackwell architecture.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right chip; another verb ("ran", serving is not training); a comparison.
  { text: 'DeepSeek trained V3 on 2,048 H800s.', report: [] },
  { text: 'DeepSeek ran V3 on H100s.', report: [] },
  { text: 'DeepSeek trained V3 on fewer chips than the H100 clusters of its rivals.', report: [] },
]);

table('reading: an ordinal makes a date claim about the first event', [
  { text: 'Washington first restricted the H100 in October 2023.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H100 was initially restricted in 2024.', report: ['contradicted:nvidia-h100'] },
  { text: 'Nvidia first announced the H100 in 2023.', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: the first wave (the August 2022 letter, the October 2022 rule); "again" is a later event.
  { text: 'Washington first restricted the H100 in October 2022.', report: [] },
  { text: 'The US restricted the H100 again in October 2023.', report: [] },
]);

describe('reading: messages say what was read', () => {
  const check = (text: string) => testEngine().check(text, { asOf: '2025-11-27', includeSupported: true }).findings;
  it('a reference names the entity it was read as', () => {
    const [f] = check('ByteDance has not said how many people use its Qwen app.').filter(
      (x) => x.verdict === 'contradicted',
    );
    assert.match(f!.detail, /“its” for Qwen's maker \(read as ByteDance\); the record says Alibaba/);
    assert.equal(f!.reading, 'coreference');
  });
  it('a claim the record cannot judge says "not in the record", with no empty value', () => {
    const [f] = check('The MI308 has 192 GB of memory.');
    assert.equal(f!.verdict, 'unknown');
    assert.match(f!.detail, /^Not in the record: .*MI308's memory; the record holds no value for this/);
    assert.doesNotMatch(f!.detail, /the record says\s+\(/);
  });
  it('attribute names keep their capitals (TDP, NVLink) and lower-case plain words', () => {
    assert.match(check('The H20 is rated at 900 W.')[0]!.detail, /the Nvidia H20's TDP;/);
    assert.match(check('The H20 has 4.0 TB/s of NVLink bandwidth.')[0]!.detail, /H20's NVLink;/);
    assert.match(check('The H200 has 4.0 TB/s of memory bandwidth.')[0]!.detail, /H200's memory bandwidth;/);
  });
});

describe('reading: relative dates at the right grain, and a date never hides the value', () => {
  const shown = (text: string, asOf: string) =>
    testEngine()
      .check(text, { asOf })
      .findings.filter((f) => f.verdict !== 'supported' && f.verdict !== 'unknown');
  it('"in December" early in December means last December, and the message says so', () => {
    const [f] = shown('In December, Trump said Nvidia would pay 15% of H200 sales to the US government.', '2026-12-02');
    assert.match(f!.detail, /the record says 25%.*Read “In December” as December 2025\./);
    // The fix replaces the digits; the draft's % stays.
    assert.equal(f!.fix?.newText, '25');
  });
  it('once half the month has passed, the current month', () => {
    const [f] = shown('In December, Trump said Nvidia would pay 15% of H200 sales to the US government.', '2025-12-20');
    assert.match(f!.detail, /Read “In December” as December 2025\./);
  });
  it('a wrong share under a wrong date: both are said (no one-word fix, which would leave the date wrong)', () => {
    const [f] = shown('In August, Nvidia agreed to pay 25% of H20 sales.', '2023-05-01');
    assert.match(f!.detail, /the record says 15%, under the deal of August 2025/);
    assert.match(f!.detail, /Both differ/);
    assert.equal(f!.fix, undefined);
  });
});

describe('reading: a fix through words that stand for a value replaces them in kind', () => {
  const fixOf = (text: string) => {
    const f = testEngine()
      .check(text, { asOf: '2025-11-27' })
      .findings.find((x) => x.fix)!;
    return [text.slice(f.fix!.span.start, f.fix!.span.end), f.fix!.newText];
  };
  it('"a quarter" → "15%", "ninety-six gigabytes" → "141 GB", "25 per cent" → the digits only', () => {
    assert.deepEqual(fixOf('Nvidia agreed to pay a quarter of its H20 sales in China to the US government.'), [
      'a quarter',
      '15%',
    ]);
    assert.deepEqual(fixOf('The H200 has ninety-six gigabytes of memory.'), ['ninety-six gigabytes', '141 GB']);
    assert.deepEqual(fixOf('Nvidia pays 25 per cent of its H20 sales in China to the US.'), ['25', '15']);
  });
});

table('reading: bandwidth written "a second" (a rate, not a capacity)', [
  { text: 'The H200 moves some three terabytes a second.', report: ['contradicted:nvidia-h200'] },
  { text: "The H20's memory moves four terabytes a second.", report: [] },
  { text: 'The H100 SXM pushes 2,000 gigabytes each second through its memory.', report: ['contradicted:nvidia-h100'] },
  { text: "The H20's NVLink runs at nine hundred gigabytes a second.", report: [] },
  // Look-alikes: a capacity with "a second" chip elsewhere; a count of seconds.
  { text: 'The H200 carries 141 GB, and a second H200 adds as much again.', report: [] },
  { text: 'The H20 has 96 GB of memory; a second later the run ended.', report: [] },
]);

table('reading: before a later amount, the words from the last "and", "with" or comma describe that amount', [
  {
    text: 'The A100 80GB offers 2,039 GB/s of memory bandwidth per GPU and NVLink of 900 GB/s per GPU.',
    asOf: '2026-09-01',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'The H100 SXM has 3.35 TB/s of memory bandwidth, and NVLink at 600 GB/s.',
    asOf: '2026-09-01',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'The H200 pairs 4.8 TB/s of HBM3e bandwidth with an NVLink of 1.8 TB/s.',
    asOf: '2026-09-01',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the same figures, right, in the other order and other words.
  { text: 'The H100 SXM has NVLink of 900 GB/s and 3.35 TB/s of memory bandwidth.', asOf: '2026-09-01', report: [] },
  {
    text: 'Each H100 SXM links at 900 GB/s over NVLink, with 3.35 TB/s to its memory.',
    asOf: '2026-09-01',
    report: [],
  },
]);

table('reading: a comparison after a number describes what it is measured against, not the number', [
  {
    text: "The H20's FP16 rate of 296 teraflops is twice its FP8 rate.",
    asOf: '2026-09-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "The H20 delivers 296 teraflops of FP16, compared with the H100's FP8.",
    asOf: '2026-09-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "The H200 carries 96 GB of HBM3e, more than the H100's.",
    asOf: '2026-09-01',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: the precision named before the number is its own; the right figure with a comparison after it.
  { text: "Its FP8 rate of 296 teraflops is twice the H20's FP16 rate.", asOf: '2026-09-01', report: [] },
  { text: "The H20's 148 teraflops of FP16 is half its FP8 rate.", asOf: '2026-09-01', report: [] },
]);

table(
  'reading: "now", "currently", "today" date a status to the time of writing: a past state does not make it merely outdated',
  [
    {
      text: 'The A800 can be sold to Chinese buyers freely now.',
      asOf: '2026-10-15',
      report: ['contradicted:nvidia-a800'],
    },
    {
      text: 'Today the A100 can be shipped to China freely.',
      asOf: '2026-10-15',
      report: ['contradicted:nvidia-a100'],
    },
    {
      text: 'The H20 can currently be exported to China without a licence.',
      asOf: '2026-10-15',
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: without "now" the claim is outdated (true once); a past frame; "now" in another clause.
    {
      text: 'The A800 can be sold to China freely, resellers said.',
      asOf: '2026-10-15',
      report: ['outdated:nvidia-a800'],
    },
    { text: 'In 2022 the A800 could be sold to China freely.', asOf: '2026-10-15', report: [] },
    { text: 'The A800 once shipped to China freely; now it needs a licence.', asOf: '2026-10-15', report: [] },
  ],
);

table(
  'reading: "and a half", trillions and "N billion dollars" in words; "as capable as" is a relative-performance claim',
  [
    {
      text: 'The B200 packs two and a half terabytes of memory.',
      asOf: '2026-11-20',
      report: ['contradicted:nvidia-b200'],
    },
    {
      text: 'The H200 is, by the most widely quoted estimate, about ten times as capable as the H20.',
      asOf: '2026-11-20',
      report: ['contradicted:nvidia-h200'],
    },
    {
      text: 'Nvidia said it took a charge of about seven billion dollars on the H20.',
      asOf: '2026-11-20',
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: the right figures in the same forms; a figure of no chip; "a half" with no number before it.
    {
      text: 'DeepSeek-V4-Pro, released in April, has one point six trillion parameters and a rival has two and a half terabytes.',
      asOf: '2026-11-20',
      report: [],
    },
    { text: 'The H200 is about six times as capable as the H20.', asOf: '2026-11-20', report: [] },
    {
      text: 'Nvidia said it took a charge of about four and a half billion dollars on the H20.',
      asOf: '2026-11-20',
      report: [],
    },
    { text: 'The H200 has a half share of the market for 141 GB parts.', asOf: '2026-11-20', report: [] },
  ],
);

table('reading: a paragraph refers back to what the paragraph before it left in mind', [
  { text: 'Nvidia built the H20 for China.\n\nThe chip draws 500 W.', report: ['contradicted:nvidia-h20'] },
  {
    text: 'The H20 carries 96 GB of HBM3.\n\nIts memory bandwidth is 3 TB/s, well short of rivals.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Few parts sold as well in China as the H20.\n\nYet it carries only 80 GB of memory.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H200 carries 141 GB.\n\n```\nlog\n```\n\nThe accelerator draws 1,000 W.',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: a heading puts the paragraph before out of mind; two chips leave "the chip" doubtful; a new name.
  { text: 'The H20 carries 96 GB of HBM3.\n\n## Huawei\n\nThe chip draws 500 W.', report: [] },
  { text: 'Nvidia sells the H20 and the H100.\n\nThe chip draws 500 W.', report: [] },
  { text: 'The H20 carries 96 GB of HBM3.\n\nThe H100 SXM is different. The chip draws 700 W.', report: [] },
]);

table('reading: "its" after a company in its own sentence is the company’s, not the chip named before', [
  { text: 'The H200 shipped in 2024. Its memory is 96 GB.', report: ['contradicted:nvidia-h200'] },
  { text: 'Nvidia built the H20 for China. Its power draw is 500 W.', report: ['contradicted:nvidia-h20'] },
  {
    text: 'The H20 carries 96 GB of HBM3.\n\nIn tests, its bandwidth reached 3 TB/s.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the company's own chips; the company's figures.
  { text: 'The H20 is licensed for China.\n\nUS rules stop Nvidia from selling its best chips to China.', report: [] },
  { text: 'The H20 carries 96 GB of HBM3. Nvidia says its memory bandwidth is 3 TB/s.', report: [] },
]);

table('reading: with nothing named yet, "the chip" is the one the draft’s title names', [
  { text: '# The H20, explained\n\nThe chip carries 80 GB of memory.', report: ['contradicted:nvidia-h20'] },
  {
    text: "---\ntitle: Inside Nvidia's H200\n---\n\nIts memory bandwidth is 3.35 TB/s.",
    report: ['contradicted:nvidia-h200'],
  },
  { text: '# What the H20 is\n\n## Power\n\nIt draws 500 W under load.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: a title naming two chips; a heading that names another company puts the title's chip out of mind.
  { text: '# The H20 and the H100\n\nThe chip carries 80 GB of memory.', report: [] },
  { text: '# The H20, explained\n\n## Huawei\n\nThe chip carries 80 GB of memory.', report: [] },
]);

describe('reading: an edit that changes whom a paragraph is about re-reads the paragraph after it', () => {
  it('renaming the chip in one paragraph while typing gives what a fresh check gives in the next', () => {
    const draft = editableDraft('2026-08-05');
    const before = '# Notes\n\nIntro.\n\nThe H20 carries 96 GB of HBM3.\n\nThe chip draws 400 W.\n\nMore.\n';
    const after = before.replace('The H20 carries 96 GB of HBM3', 'The H200 carries 141 GB');
    assert.deepEqual(draft.verdicts(before), [], '400 W is the H20’s');
    assert.deepEqual(draft.verdicts(after), ['contradicted:nvidia-h200'], 'but not the H200’s');
    assert.deepEqual(draft.verdicts(after), draft.fresh(after), 'the incremental check equals a fresh one');
    assert.deepEqual(draft.verdicts(before), [], 'and back');
  });
});

table('reading: a company’s results, charges brought and a bill’s progress are dated events the record holds', [
  {
    text: 'Nvidia reported its fiscal third-quarter results on Nov. 20, 2025.',
    asOf: '2026-05-01',
    report: ['contradicted:nvidia'],
  },
  {
    text: 'On Dec. 12, 2025, prosecutors unsealed Operation Gatekeeper.',
    asOf: '2026-05-01',
    report: ['contradicted:operation-gatekeeper'],
  },
  {
    text: 'The Justice Department charged two men with smuggling H100 chips in September 2025.',
    asOf: '2026-05-01',
    report: ['contradicted:us-doj'],
  },
  {
    text: 'The House passed the Remote Access Security Act on Jan. 9, 2026.',
    asOf: '2026-05-01',
    report: ['contradicted:remote-access-security-act'],
  },
  {
    text: 'The House Foreign Affairs Committee approved the Chip Security Act on March 20, 2026.',
    asOf: '2026-05-01',
    report: ['contradicted:chip-security-act'],
  },
  {
    text: 'Senator Tom Cotton introduced the Chip Security Act in June 2025.',
    asOf: '2026-05-01',
    report: ['contradicted:chip-security-act'],
  },
  // Look-alikes: a charge booked is no charge brought; results and cases the record does not hold (far from any it
  // does) are not judged; a denied step.
  { text: 'Nvidia took a $4.5 billion charge in May 2025.', asOf: '2026-05-01', report: [] },
  { text: 'Nvidia reported record revenue in May 2024.', asOf: '2026-05-01', report: [] },
  {
    text: 'The Justice Department charged a Chinese national with smuggling H100 chips in March 2024.',
    asOf: '2026-05-01',
    report: [],
  },
  {
    text: 'The Senate has not passed the Remote Access Security Act since January 2026.',
    asOf: '2026-05-01',
    report: [],
  },
  { text: 'Nvidia reported its fiscal third-quarter results on Nov. 19, 2025.', asOf: '2026-05-01', report: [] },
]);

table('reading: a model’s size in parameters (billions, trillions, in words, as a compound, active parameters)', [
  { text: 'DeepSeek-V4-Pro has 1.2 trillion parameters.', asOf: '2026-06-01', report: ['contradicted:deepseek-v4'] },
  {
    text: 'DeepSeek-V4-Flash, a 384-billion-parameter model, runs on Ascend chips.',
    asOf: '2026-06-01',
    report: ['contradicted:deepseek-v4'],
  },
  {
    text: 'Kimi K2.5 has one trillion parameters, with thirty billion active.',
    asOf: '2026-06-01',
    report: ['contradicted:kimi-k2-5'],
  },
  { text: 'Zhipu’s GLM-5 packs 700 billion parameters.', asOf: '2026-06-01', report: ['contradicted:glm-5'] },
  // Look-alikes: tokens are no parameters; users are not active parameters; the right figures; a chip's transistors.
  { text: 'DeepSeek-V4-Pro was trained on 33 trillion tokens.', asOf: '2026-06-01', report: [] },
  { text: 'GLM-5 has 30 billion active users.', asOf: '2026-06-01', report: [] },
  { text: 'Kimi K2.5 has 1 trillion parameters and 32 billion active parameters.', asOf: '2026-06-01', report: [] },
  { text: 'The H100, which runs GLM-5, packs 80 billion transistors.', asOf: '2026-06-01', report: [] },
]);

table('reading: the subject’s value as a share or multiple of another chip’s written figure', [
  { text: "The A800 kept only half of the A100's 600 GB/s of NVLink bandwidth.", report: ['contradicted:nvidia-a800'] },
  {
    text: "Its China version, the A800, kept a third of the A100's six hundred gigabytes a second of NVLink bandwidth.",
    report: ['contradicted:nvidia-a800'],
  },
  { text: "The H200 carries three times the H100's 80 GB of memory.", report: ['contradicted:nvidia-h200'] },
  {
    text: "The H20 delivers about 40% of the H100 SXM's 989 TFLOPS of FP16 compute.",
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right share; a denied share; no subject of its own; the share is of a price, the figure another clause's.
  { text: "The A800 offers two-thirds of the A100's 600 GB/s NVLink bandwidth.", report: [] },
  { text: "The A800 does not have half of the A100's 600 GB/s of NVLink bandwidth.", report: [] },
  { text: "Half of the A100's 600 GB/s of NVLink bandwidth is used by the H100 link.", report: [] },
  { text: "The H800 sells for half of the A100's price, and the A100 has 600 GB/s of NVLink bandwidth.", report: [] },
]);

table('reading: event words for licensing, going on sale, taking effect and cancelling', [
  {
    text: 'The H20, licensed again from June 2025, is under review.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H800 (on sale from May 2023) was cut down for China.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'The AI Diffusion Rule was scheduled to go into effect on May 20, 2025.',
    asOf: '2025-12-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: 'A notice in June 2025 cancelled the AI Diffusion Rule.',
    asOf: '2025-12-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: 'The Commerce Department rolled back the AI Diffusion Rule in April 2025.',
    asOf: '2025-12-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: the right dates; orders cancelled are no rule's rescission; licensed to someone is not a licence issued.
  { text: 'The AI Diffusion Rule was scheduled to go into effect on May 15, 2025.', asOf: '2025-12-01', report: [] },
  {
    text: 'In September 2025 Beijing told ByteDance to cancel its orders for the H20.',
    asOf: '2025-12-01',
    report: [],
  },
  { text: 'In 2021 Nvidia licensed the H100 design to a partner.', asOf: '2025-12-01', report: [] },
]);

table('reading: a product announced as the object of a relative clause, or after a describing word', [
  {
    text: 'The A800, which Nvidia confirmed in March 2023, caps NVLink at 400 GB/s.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-a800'],
  },
  {
    text: 'The H800, which the company launched in May 2023, was cut for China.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'In 2023, Nvidia launched the 4nm H100 accelerator.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h100'],
  },
  { text: 'Nvidia unveiled its latest B200 in March 2023.', asOf: '2025-12-01', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: the right date; the relative clause's verb is no announcement; a rule announced about a chip.
  {
    text: 'The A800, which Nvidia confirmed in November 2022, caps NVLink at 400 GB/s.',
    asOf: '2025-12-01',
    report: [],
  },
  { text: 'The A800, which Huawei engineers studied in 2023, was cut down.', asOf: '2025-12-01', report: [] },
  { text: 'In 2023, Washington announced new curbs on the H100.', asOf: '2025-12-01', report: [] },
]);

table('reading: Beijing’s acts on a chip by the authority the sentence names (a summons, a regulator)', [
  {
    text: "China's cyberspace regulator summoned Nvidia over the H20 on the last day of June.",
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The Cyberspace Administration of China summoned Nvidia over H20 security risks in August 2025.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'In June 2025 Beijing summoned Nvidia to explain the H20’s risks.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right date; a summons of a person by a court is no act on the chip; a denied summons.
  {
    text: 'The Cyberspace Administration of China summoned Nvidia over the H20 on July 31, 2025.',
    asOf: '2025-12-01',
    report: [],
  },
  { text: 'A Singapore court summoned three men in March 2025.', asOf: '2025-12-01', report: [] },
  { text: 'Beijing has not summoned Nvidia over the H20 since August 2025.', asOf: '2025-12-01', report: [] },
]);

table('reading: a possessive whose noun is left out takes the noun of the parallel clause before it', [
  {
    text: "The H20's revenue share was fifteen per cent; the H200's is twenty per cent.",
    asOf: '2026-02-01',
    report: ['contradicted:nvidia-h200'],
  },
  { text: "The H100's TDP is 700 W and the H20's is 500 W.", asOf: '2026-02-01', report: ['contradicted:nvidia-h20'] },
  {
    text: "The A100's NVLink bandwidth was 600 GB/s, while the A800's was 300 GB/s.",
    asOf: '2026-02-01',
    report: ['contradicted:nvidia-a800'],
  },
  // Look-alikes: no figure after the elided noun; the right figures; a company's possessive is no parallel product.
  { text: "The H100's memory is 80 GB, while the H200's is larger.", asOf: '2026-02-01', report: [] },
  { text: "The H20's revenue share was 15%; the H200's is 25%.", asOf: '2026-02-01', report: [] },
  { text: "The H20's revenue share was 15%; Nvidia's is a different story at 50%.", asOf: '2026-02-01', report: [] },
]);

table('reading: "X is the most powerful chip China can buy" is the superlative status said the other way round', [
  {
    text: 'For Chinese labs, the H20 is the most powerful Nvidia chip they can buy.',
    asOf: '2025-12-20',
    report: ['outdated:nvidia-h20'],
  },
  {
    text: 'The H20 remains the most advanced GPU available in China.',
    asOf: '2025-12-20',
    report: ['outdated:nvidia-h20'],
  },
  {
    text: 'The H20 is the most powerful chip that can legally be exported to China.',
    asOf: '2025-12-20',
    report: ['outdated:nvidia-h20'],
  },
  // Look-alikes: the right chip; the most powerful chip a company makes is no status; a denied superlative.
  { text: 'The H200 is the most powerful chip available in China.', asOf: '2025-12-20', report: [] },
  { text: 'The B200 is the most powerful chip Nvidia makes, and China cannot buy it.', asOf: '2025-12-20', report: [] },
  { text: 'The H20 is no longer the most powerful chip available in China.', asOf: '2025-12-20', report: [] },
]);

table('reading: a model goes by its short code where its maker is named ("DeepSeek released V4")', [
  { text: 'DeepSeek released V4 on Friday, April 17, 2026.', asOf: '2026-05-01', report: ['contradicted:deepseek-v4'] },
  {
    text: 'DeepSeek on Thursday released a preview of V4, a model adapted for Huawei chips.',
    asOf: '2026-04-28',
    report: ['contradicted:deepseek-v4'],
  },
  {
    text: 'DeepSeek said V4-Pro has 1.2 trillion parameters.',
    asOf: '2026-05-01',
    report: ['contradicted:deepseek-v4'],
  },
  // Look-alikes: no maker named, so "V4" is nobody's; the right day; the code inside another word.
  { text: 'The V4 engine of the car was released in April 2025.', asOf: '2026-05-01', report: [] },
  { text: 'DeepSeek released V4 on Friday, April 24, 2026.', asOf: '2026-05-01', report: [] },
  { text: 'DeepSeek built the GV4 cluster in 2020.', asOf: '2026-05-01', report: [] },
]);

table('reading: ISO dates ("2025-05-13") and licences assured are dated events', [
  {
    text: 'On 2025-05-14 the AI Diffusion Rule was rescinded.',
    asOf: '2026-06-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: '- 2025-06-13: the AI Diffusion Rule is rescinded.',
    asOf: '2026-06-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: '- July 20, 2025 — Nvidia says it has been assured H20 licences.',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia received assurances on H20 licences in June 2025.',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right dates; an ISO date inside an id or a path is no date.
  { text: 'The AI Diffusion Rule was rescinded on 2025-05-13.', asOf: '2026-06-01', report: [] },
  { text: '- July 14, 2025 — Nvidia says it has been assured H20 licences.', asOf: '2026-06-01', report: [] },
  { text: 'The AI Diffusion Rule, rescinded per notice FR-2025-06-13, is gone.', asOf: '2026-06-01', report: [] },
]);

table('reading: a rule named by its chip or its date ("the H200 rule", "the October 2023 controls")', [
  {
    text: '- Jan. 20, 2026: BIS issues the H200 rule.',
    asOf: '2026-06-01',
    report: ['contradicted:bis-2026-h200-licence-review-rule'],
  },
  {
    text: 'The October 2023 controls took effect on November 20, 2023.',
    asOf: '2026-06-01',
    report: ['contradicted:bis-2023-advanced-computing-rule'],
  },
  { text: 'The October 7, 2022 rules were rescinded in 2024.', asOf: '2026-06-01', report: [] },
  {
    text: 'The January 2026 rule was published on January 20, 2026.',
    asOf: '2026-06-01',
    report: ['contradicted:bis-2026-h200-licence-review-rule'],
  },
  // Look-alikes: the right dates; "the 2022 rules" is no name the record holds, so a launch beside it stays the chip's.
  { text: '- Jan. 13, 2026: BIS issues the H200 rule.', asOf: '2026-06-01', report: [] },
  {
    text: 'Nvidia launched the H800 in March 2023, after the 2022 rules barred the H100.',
    asOf: '2026-06-01',
    report: [],
  },
]);

table('reading: "the PCIe card", "the SXM module" is that form of the one chip in mind', [
  {
    text: 'The H100 SXM draws 700 W. The PCIe card, a slower cousin, tops out at four hundred watts.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: "Nvidia's H100 comes in two forms. The PCIe version draws 350 W, and the SXM module draws 500 W.",
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'The H200 is sold in two forms.\n\nThe NVL card draws 700 W.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: two chips in mind; nothing in mind; the right figures.
  {
    text: 'The H100 and the H200 both ship as SXM modules. The PCIe card draws 400 W.',
    asOf: '2026-03-01',
    report: [],
  },
  { text: 'The PCIe card draws 400 W.', asOf: '2026-03-01', report: [] },
  {
    text: 'The H100 comes in two forms. The PCIe version draws 350 W, and the SXM module draws 700 W.',
    asOf: '2026-03-01',
    report: [],
  },
]);

table('reading: a date that opens a later clause is that clause’s, not a rival to the date before the keyword', [
  {
    text: 'Chinese customs told agents on Jan. 12 that the H200 was not permitted to enter, and on Jan. 28 imports began.',
    asOf: '2026-11-28',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Chinese customs told agents on Jan. 12 that the H200 was not permitted to enter, and imports began on Jan. 28.',
    asOf: '2026-11-28',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Nvidia reported its fiscal first-quarter results on May 22, 2026, and on May 28 its shares fell.',
    asOf: '2026-11-28',
    report: ['contradicted:nvidia'],
  },
  // Look-alikes: the right date; the later date in the same clause, nearer the keyword, is the event's.
  {
    text: 'Chinese customs told agents on Jan. 14 that the H200 was not permitted to enter, and on Jan. 28 imports began.',
    asOf: '2026-11-28',
    report: [],
  },
  {
    text: 'Reports on Jan. 10 said Chinese customs had barred the H200 from entering on Jan. 14.',
    asOf: '2026-11-28',
    report: [],
  },
]);

table(
  'reading: words of a later clause ("…, and it was not until later that …") do not veto the restriction before it',
  [
    {
      text: 'Chinese customs told agents on Jan. 20 that the H200 was not permitted to enter, and it was not until later that imports began.',
      asOf: '2026-11-28',
      report: ['contradicted:nvidia-h200'],
    },
    {
      text: 'Chinese customs told agents on Jan. 20 that the H200 was not permitted to enter, and imports did not begin until March.',
      asOf: '2026-11-28',
      report: ['contradicted:nvidia-h200'],
    },
    {
      text: 'The H20 was restricted in March 2025, and Nvidia designed a successor for China.',
      asOf: '2026-11-28',
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: a chip designed around a restriction in its own clause; a restriction that held until a date.
    {
      text: 'The H20, designed to comply with the rules of March 2025, was cut down, and Nvidia sold it widely.',
      asOf: '2026-11-28',
      report: [],
    },
    {
      text: 'The H20 was sold without a licence until March 2025, and Nvidia shipped it widely.',
      asOf: '2026-11-28',
      report: [],
    },
  ],
);

table('reading: a bare number in a table takes the unit its column header gives ("Memory (GB)")', [
  {
    text: '| GPU | Memory (GB) |\n|---|---|\n| H200 | 96 |\n',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '| GPU | Bandwidth [TB/s] |\n|---|---|\n| H20 | 3.35 |\n',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '| Chip | TDP, W |\n|---|---|\n| H20 | up to 500 |\n',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right figure; a header with no unit; a unit the table does not know (units shipped).
  { text: '| GPU | Memory (GB) |\n|---|---|\n| H200 | 141 |\n', asOf: '2026-06-01', report: [] },
  { text: '| GPU | Memory |\n|---|---|\n| H200 | 96 |\n', asOf: '2026-06-01', report: [] },
  { text: '| GPU | Memory (units) |\n|---|---|\n| H200 | 96 |\n', asOf: '2026-06-01', report: [] },
]);

table('reading: a table row led by a date is a line of a timeline', [
  {
    text: '| Date | Event |\n|---|---|\n| Dec 10, 2025 | Trump approves H200 exports with a 25% cut |\n',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '| When | What |\n|---|---|\n| 2025-06-13 | The AI Diffusion Rule is rescinded |\n',
    asOf: '2026-06-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: '| Date | Event |\n|---|---|\n| March 2025 | The H20 requires a licence |\n',
    asOf: '2026-06-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right dates; a row whose first cell is a chip, not a date; a row of three cells.
  {
    text: '| Date | Event |\n|---|---|\n| Dec 8, 2025 | Trump approves H200 exports with a 25% cut |\n',
    asOf: '2026-06-01',
    report: [],
  },
  { text: '| Chip | Note |\n|---|---|\n| H20 | restricted in April 2025 |\n', asOf: '2026-06-01', report: [] },
  {
    text: '| Date | Chip | Event |\n|---|---|---|\n| March 2025 | H20 | restricted |\n',
    asOf: '2026-06-01',
    report: [],
  },
]);

table('reading: a charge said as an expectation is the estimate’s figure, not the charge taken', [
  {
    text: 'Nvidia warned in April 2025 that the H20 rules would cost it a charge of about four and a half billion dollars.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia said it expected a charge of up to $4.5 billion tied to the H20.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia warned that the H20 rules could cost it a $4.5 billion charge.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the charge taken; the expectation's own figure; a negated expectation.
  { text: 'Nvidia took a $4.5 billion charge on the H20.', asOf: '2025-12-01', report: [] },
  {
    text: 'Nvidia warned in April 2025 that the H20 rules would cost it about $5.5 billion in charges.',
    asOf: '2025-12-01',
    report: [],
  },
  { text: 'Nvidia never said it expected a $4.5 billion charge on the H20.', asOf: '2025-12-01', report: [] },
]);

table(
  'reading: a figure after another chip’s possessive takes the unit of the value it is compared with ("the H100’s 80")',
  [
    {
      text: "The H200 holds 141 GB, nearly twice the H100 SXM's 96.",
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-h100'],
    },
    {
      text: "The H20 draws 400 W, against the H100 SXM's five hundred.",
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-h100'],
    },
    {
      text: "The H200 moves 4.8 TB/s, up from the H100 SXM's 2.5.",
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-h100'],
    },
    // Look-alikes: the right figures; a year after a possessive; no comparison.
    {
      text: "The H200 holds one hundred and forty-one gigabytes, nearly twice the H100 SXM's eighty.",
      asOf: '2026-03-01',
      report: [],
    },
    { text: "The H200 holds 141 GB, and the H100's 2023 launch was a hit.", asOf: '2026-03-01', report: [] },
    { text: "The H200 holds 141 GB, and the H100's 96 came later.", asOf: '2026-03-01', report: [] },
  ],
);

table(
  'reading: "available … without a licence" is a status with no licence needed, as "can be exported without a licence" is',
  [
    {
      text: 'The H20 remains available to Chinese buyers without a licence.',
      asOf: '2026-03-01',
      report: ['outdated:nvidia-h20'],
    },
    {
      text: 'The H100 is available in China without a licence.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-h100'],
    },
    {
      text: 'The A100 is freely available in China without any export licence.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-a100'],
    },
    // Look-alikes: a past state; with a licence; the right status when it held.
    { text: 'The H20 was available in China without a licence until April 2025.', asOf: '2026-03-01', report: [] },
    { text: 'The H20 is available in China, with a licence.', asOf: '2026-03-01', report: [] },
    { text: 'The H20 is available in China without a licence.', asOf: '2025-01-10', report: [] },
  ],
);

table(
  'reading: a status’s destination may be qualified Chinese buyers ("approved Chinese customers", "Chinese AI labs")',
  [
    {
      text: 'Washington has cleared the B200 for sale to approved Chinese customers.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-b200'],
    },
    {
      text: 'The B200 can be sold to vetted Chinese buyers.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-b200'],
    },
    {
      text: 'The H100 can be shipped to Chinese AI labs without a licence.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-h100'],
    },
    // Look-alikes: the right status; buyers elsewhere; a question.
    { text: 'Washington has cleared the H200 for sale to approved Chinese customers.', asOf: '2026-03-01', report: [] },
    { text: 'The B200 can be sold to approved Malaysian customers.', asOf: '2026-03-01', report: [] },
    { text: 'Can the B200 be sold to vetted Chinese buyers?', asOf: '2026-03-01', report: [] },
  ],
);

table('reading: "it" before an adverb and a verb of need ("it no longer needs", "it still requires")', [
  {
    text: 'The H20 is a different story. It no longer needs a licence for China.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H100 was restricted in 2022. It no longer requires an export licence for Chinese buyers.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'The A100 launched in 2020. It no longer requires a licence to be shipped to China.',
    asOf: '2026-03-01',
    report: ['contradicted:nvidia-a100'],
  },
  // Look-alikes: the right status; two chips in mind; "it" is a company's matter.
  { text: 'The H100 was restricted in 2022. It still needs a licence for China.', asOf: '2026-03-01', report: [] },
  {
    text: 'The H100 and the H20 were restricted. It no longer needs a licence for China.',
    asOf: '2026-03-01',
    report: [],
  },
  {
    text: 'Nvidia sells the H20. It no longer needs approval from its board for China deals.',
    asOf: '2026-03-01',
    report: [],
  },
]);

table(
  'reading: a fronted past time with no verb of its own ("After the licences of August 2025 it …") is a time, not a condition',
  [
    {
      text: 'The H20 is a different story. After the licences of August 2025 it no longer needs a licence for China.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'After the ban of April 2025 the H20 can be exported to China without a licence.',
      asOf: '2026-03-01',
      report: ['outdated:nvidia-h20'],
    },
    {
      text: 'Before the rules of October 2022 the A100 still needs no licence for China.',
      asOf: '2026-03-01',
      report: [],
    },
    {
      text: 'After the decision of December 2025 the B200 can be sold to Chinese buyers.',
      asOf: '2026-03-01',
      report: ['contradicted:nvidia-b200'],
    },
    // Look-alikes: a clause with its own verb is a condition; "once" and "when" always are.
    {
      text: 'After the rule takes effect in 2026 the H20 can be exported to China without a licence.',
      asOf: '2026-03-01',
      report: [],
    },
    {
      text: 'Once the licences of 2026 arrive the B200 can be sold to Chinese buyers.',
      asOf: '2026-03-01',
      report: [],
    },
  ],
);

table(
  'reading: what is said of a subject is said of each chip given as its example ("—like the H100 and H200—are …")',
  [
    {
      text: 'The fastest ones—like Nvidia’s top-tier H100, H200, and the newer Blackwell series—are now virtually unobtainable for mainland Chinese entities.',
      asOf: '2026-11-30',
      report: ['contradicted:nvidia-h100', 'contradicted:nvidia-h200'],
    },
    {
      text: 'Older parts (such as the H800) remain available in China without a licence.',
      asOf: '2026-11-30',
      report: ['outdated:nvidia-h800'],
    },
    {
      text: 'Top chips, including the B200, are allowed in China.',
      asOf: '2026-11-30',
      report: ['contradicted:nvidia-b200'],
    },
    // Look-alikes: a comparison; a company as the example; a want, not a state; the right status.
    { text: 'Top chips—like the B200—cost more than the H20.', asOf: '2026-11-30', report: [] },
    { text: 'Rivals of Nvidia, such as Huawei, are banned in China.', asOf: '2026-11-30', report: [] },
    {
      text: 'Chinese labs want chips (such as the H20 and the H800) that are banned in China.',
      asOf: '2026-11-30',
      report: [],
    },
    { text: 'Top chips, including the B200, are banned in China.', asOf: '2026-11-30', report: [] },
  ],
);

table('reading: look-alikes of the new event words, found in review (each gave a false alarm before)', [
  // Readings kept: the event words still read where they name the event.
  {
    text: 'Nvidia reported its fiscal third-quarter results on Nov. 20, 2025.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia'],
  },
  {
    text: '- July 20, 2025 — Nvidia says it has been assured H20 licences.',
    asOf: '2025-12-01',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'A notice in June 2025 cancelled the AI Diffusion Rule.',
    asOf: '2025-12-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes.
  { text: 'Nvidia announced sales of the H20 to China would resume in July 2025.', asOf: '2025-12-01', report: [] },
  { text: 'Huang assured investors in May 2025 that the H20 would recover.', asOf: '2025-12-01', report: [] },
  { text: 'The H20, a licensed product, shipped in March 2024.', asOf: '2025-12-01', report: [] },
  { text: "Nvidia's shares advanced 3% in May 2025 after it licensed the H20 design.", asOf: '2025-12-01', report: [] },
  { text: 'Nvidia was indicted in December 2025 over chip sales to China.', asOf: '2026-01-10', report: [] },
  { text: 'Singapore charged three men in March 2025 over servers from Super Micro.', asOf: '2025-04-01', report: [] },
  { text: 'Regulators summoned the H20 team in June 2025.', asOf: '2025-12-01', report: [] },
  { text: 'Huang was summoned to testify in June 2025 about the H20.', asOf: '2025-12-01', report: [] },
  { text: "The H20 draws 400 W, and its price is less than the H100's 25,000.", asOf: '2025-12-01', report: [] },
  { text: 'Retailers put the H100 on sale at a discount in June 2025.', asOf: '2025-12-01', report: [] },
  { text: 'Cloud rentals of the H100 were on sale for $2 an hour in June 2025.', asOf: '2025-12-01', report: [] },
  {
    text: 'The Commerce Department cancelled a briefing on the AI Diffusion rule in March 2025.',
    asOf: '2025-12-01',
    report: [],
  },
  { text: 'After the review of 2026 the H200 can be sold to China.', asOf: '2025-12-01', report: [] },
  { text: "The H20's revenue share is 15%, and the H200's is 25%.", asOf: '2025-12-01', report: [] },
]);

table('reading: an agent’s verb denied ("does not allow Nvidia to sell", "no longer lets it ship") says the opposite', [
  // The H200 was banned until its approval of 8 December 2025: a ban said on 20 December is outdated.
  {
    text: 'Washington does not allow Nvidia to sell the H200 in China.',
    asOf: '2025-12-20',
    report: ['outdated:nvidia-h200'],
  },
  {
    text: 'The US does not let Nvidia ship the H200 to Chinese buyers.',
    asOf: '2025-12-20',
    report: ['outdated:nvidia-h200'],
  },
  {
    text: "Washington doesn't permit Nvidia to sell the H200 to Chinese customers.",
    asOf: '2025-12-20',
    report: ['outdated:nvidia-h200'],
  },
  // Look-alikes: the right statuses, denied and plain (before the fix the first read "allows" and was a false alarm).
  { text: 'Washington does not allow Nvidia to sell the B200 in China.', asOf: '2025-12-20', report: [] },
  { text: 'Washington lets Nvidia ship the H200 to China.', asOf: '2025-12-20', report: [] },
  { text: 'Washington no longer allows Nvidia to sell the B200 in China.', asOf: '2025-12-20', report: [] },
  // A claim denied as a whole ("it is not true that …", "denied that …") claims nothing.
  { text: 'It is not true that Washington allows Nvidia to sell the B200 in China.', asOf: '2025-12-20', report: [] },
  { text: 'Nvidia denied that the B200 can be sold in China.', asOf: '2025-12-20', report: [] },
]);
