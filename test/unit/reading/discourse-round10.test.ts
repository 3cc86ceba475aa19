/**
 * Discourse readings on prose the reader was not tuned on (round 10, issue 17): a value in an aside after an
 * attribute noun, a bare memory type in a spec list, references to a pair ("Both of them", "Neither chip", a bare
 * "both"), rules by a plural noun ("the restrictions", "the curbs"), relation words as data ("a product of", "the
 * company behind", "the chip behind"), "limited China's access to", "can, in principle," and "without one". Each
 * reading has at least three differently worded sentences that must be read and two look-alikes that must not.
 */
import { readingTable } from '../../helpers/reading-table';

const NOW = '2026-03-01';

readingTable('appositive: a value in an aside after an attribute noun is said of it', [
  {
    text: "The H20's FP16 throughput — 296 TFLOPS, by the spec sheets dealers circulate — is a fraction of the H100's.",
    asOf: NOW,
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The memory bandwidth of the H200 (3.2 TB/s, per one reseller) sets it apart.',
    asOf: NOW,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: "Nvidia's H800 has an NVLink speed – about 900 GB/s – that few rivals match.",
    asOf: NOW,
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: "The B200's memory — 96 GB, according to an early brochure — is its selling point.",
    asOf: NOW,
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: the value has words of its own, the aside follows the name itself, the remark doubts it, or the
  // noun is no attribute.
  { text: "The H20's FP16 throughput — 296 TFLOPS of FP8, by some counts — is small.", asOf: NOW, report: [] },
  { text: 'The H20 — 296 TFLOPS — is small.', asOf: NOW, report: [] },
  { text: "The H20's FP16 throughput — 296 TFLOPS, if the leaks are right — is small.", asOf: NOW, report: [] },
  { text: "The H20's rival — 64 GB, by some counts — is small.", asOf: NOW, report: [] },
  // A company may be the aside's source; another product makes it a comparison.
  { text: "The H200's memory — 96 GB, per Nvidia — is large.", asOf: NOW, report: ['contradicted:nvidia-h200'] },
  { text: "The H200's memory — 96 GB, like the H20's — is large.", asOf: NOW, report: [] },
]);

readingTable('category: a bare memory type among the figures of a spec list after a product', [
  { text: 'The H100 PCIe (350 W, HBM3) tops out at 2 TB/s per card.', asOf: NOW, report: ['contradicted:nvidia-h100'] },
  { text: "Nvidia's H200 (HBM3, 141 GB) is the fastest.", asOf: NOW, report: ['contradicted:nvidia-h200'] },
  { text: 'The A100 80GB (HBM3, 2 TB/s) still sells.', asOf: NOW, report: ['contradicted:nvidia-a100'] },
  // Look-alikes: the type inside a comparison or a clause of its own.
  { text: 'The H100 PCIe (unlike the SXM, HBM3) tops out.', asOf: NOW, report: [] },
  { text: 'The H100 PCIe (the H200 has HBM3) tops out.', asOf: NOW, report: [] },
]);

readingTable('coreference: "Both of them", "Both chips", "Each of them", a bare "Both" are the pair before', [
  {
    text: 'Nvidia sold the A800 and the H800 in China. Both of them have 64 GB of memory.',
    asOf: NOW,
    report: ['contradicted:nvidia-a800'],
  },
  {
    text: 'Nvidia designed the A800 and the H800 for China. Each of them has 64 GB of memory.',
    asOf: NOW,
    report: ['contradicted:nvidia-a800'],
  },
  {
    text: 'Nvidia sells the H20 and the H800. Both chips have 64 GB of memory.',
    asOf: NOW,
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The H100 and the A100 are old. Both are Ampere chips.', asOf: NOW, report: ['contradicted:nvidia-h100'] },
  {
    text: 'BIS issued its H200 rule in January 2026, and Trump signed Proclamation 11002 the next day; both took effect on 16 January 2026.',
    asOf: NOW,
    report: ['contradicted:proclamation-11002', 'contradicted:bis-2026-h200-licence-review-rule'],
  },
  // Look-alikes: three chips before, a model and a chip, a rule and a person, "both" before names of its own.
  {
    text: 'Nvidia designed the A800, the H800 and the H20 for China. Both of them have 64 GB of memory.',
    asOf: NOW,
    report: [],
  },
  { text: 'DeepSeek-V3 was trained on the H800. Both of them have 64 GB of memory.', asOf: NOW, report: [] },
  {
    text: 'Trump signed Proclamation 11002 on 14 January 2026. Both took effect on 16 January 2026.',
    asOf: NOW,
    report: [],
  },
  { text: 'Nvidia sells the H20 and the H800. Both Huawei and AMD are Chinese firms.', asOf: NOW, report: [] },
]);

readingTable('coreference: "Neither chip" / "Neither of them" is the pair before, denied', [
  {
    text: 'The H100 and the A100 are old. Neither of them can be exported to China.',
    asOf: NOW,
    report: ['outdated:nvidia-h100', 'outdated:nvidia-a100'],
  },
  {
    text: 'Nvidia built the H800 and the A800 for China. Neither part can be sold to Chinese buyers.',
    asOf: NOW,
    report: ['outdated:nvidia-h800', 'outdated:nvidia-a800'],
  },
  {
    text: 'Nvidia built the H800 and the A800 for China. Neither chip needs a licence for China.',
    asOf: NOW,
    report: ['outdated:nvidia-h800', 'outdated:nvidia-a800'],
  },
  // Look-alikes: one chip before; a licence named as "one" (the chips need it, as the record says); a category or
  // a relation denied to both by "neither … nor" (read before as said of the second).
  { text: 'Nvidia sells the H20. Neither chip can be exported to China.', asOf: NOW, report: [] },
  { text: 'Neither the A800 nor the H800 is based on Blackwell.', asOf: NOW, report: [] },
  { text: 'Neither the A800 nor the H800 was ever a Blackwell part.', asOf: NOW, report: [] },
  { text: 'Nvidia sold the A800 and the H800. Neither chip is a Blackwell part.', asOf: NOW, report: [] },
  { text: 'Nvidia sold the A800 and the H800. Neither of them is based on Blackwell.', asOf: NOW, report: [] },
  {
    text: 'The H100 and the A100 are old. Neither chip, though, can be exported to China without one.',
    asOf: NOW,
    report: [],
  },
]);

readingTable('coreference: a rule by a plural noun ("the restrictions", "the curbs", "the licence requirement")', [
  {
    text: 'BIS issued the October 2023 rules. The restrictions took effect on 17 December 2023.',
    asOf: NOW,
    report: ['contradicted:bis-2023-advanced-computing-rule'],
  },
  {
    text: 'BIS issued the October 2023 rules in Washington. The new curbs took effect on 17 December 2023.',
    asOf: NOW,
    report: ['contradicted:bis-2023-advanced-computing-rule'],
  },
  {
    text: 'The AI Diffusion Rule was rescinded. The controls came into force on 13 May 2025.',
    asOf: NOW,
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: restrictions on something else; two rules before.
  {
    text: 'BIS issued the October 2023 rules. The restrictions on chips from Japan took effect on 17 December 2023.',
    asOf: NOW,
    report: [],
  },
  {
    text: 'BIS issued the October 2023 rules and the October 2022 rules. The restrictions took effect on 17 December 2023.',
    asOf: NOW,
    report: [],
  },
]);

readingTable('relation words as data: "a product of", "from the house of", "the company behind", "the chip behind"', [
  { text: 'The Ascend 910C is from the house of Cambricon.', asOf: NOW, report: ['contradicted:huawei-ascend-910c'] },
  { text: 'The MI308 is a product of Nvidia.', asOf: NOW, report: ['contradicted:amd-mi308'] },
  { text: 'Alibaba is the company behind Doubao.', asOf: NOW, report: ['contradicted:doubao'] },
  { text: 'The H100 is the chip behind DeepSeek-V3.', asOf: NOW, report: ['contradicted:deepseek-v3'] },
  // Look-alikes: the product modifies another noun; a denied relation; a right one.
  { text: 'Nvidia is the company behind the MI308 ban.', asOf: NOW, report: [] },
  { text: 'The H100 is not the chip behind DeepSeek-V3.', asOf: NOW, report: [] },
  { text: 'Qwen is a product of Alibaba.', asOf: NOW, report: [] },
]);

readingTable('status: "limited China’s access to" the chip is a restriction', [
  { text: "US rules limit China's access to the H800.", asOf: '2023-06-01', report: ['contradicted:nvidia-h800'] },
  {
    text: 'Export curbs have limited Chinese access to the H800.',
    asOf: '2023-06-01',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'Washington’s controls restrict China’s access to Nvidia’s A800.',
    asOf: '2023-06-01',
    report: ['contradicted:nvidia-a800'],
  },
  // Look-alikes: denied, conditioned, or the chip only an example of a class.
  { text: "Washington's curbs have not limited China's access to the H800.", asOf: '2023-06-01', report: [] },
  { text: "If US rules limit China's access to the H800, Huawei gains.", asOf: '2023-06-01', report: [] },
  { text: "Export controls have limited China's access to chips such as the H800.", asOf: '2023-06-01', report: [] },
]);

readingTable('modal status: "can, in principle," and "without one"', [
  { text: 'The B200 can in principle be sold to Chinese buyers.', asOf: NOW, report: ['contradicted:nvidia-b200'] },
  { text: 'The GB200 may, in principle, be exported to China.', asOf: NOW, report: ['contradicted:nvidia-gb200'] },
  { text: "Nvidia's B200 could, in principle, be licensed for China.", asOf: NOW, report: ['outdated:nvidia-b200'] },
  { text: 'The H20 can be exported to China without one.', asOf: NOW, report: ['outdated:nvidia-h20'] },
  // Look-alikes: a condition before or after, "would", a belief.
  { text: 'If the rules change, the B200 could in principle be licensed for China.', asOf: NOW, report: [] },
  { text: 'The B200 would, in principle, be licensed for China.', asOf: NOW, report: [] },
  { text: 'A B200 could, in principle, be licensed for China if its buyer passed the checks.', asOf: NOW, report: [] },
  { text: 'Analysts think the B200 could in principle be sold to China.', asOf: NOW, report: [] },
]);

readingTable(
  'coreference: "the Chinese part", "the American chip" is the one chip before whose vendor is so described',
  [
    {
      text: "Huawei's Ascend 910C trails the H20. The Chinese part delivers 320 TFLOPS of FP16.",
      asOf: NOW,
      report: ['contradicted:huawei-ascend-910c'],
    },
    {
      text: 'The H20 and the Ascend 910C compete for Chinese labs. The American chip has 64 GB of memory.',
      asOf: NOW,
      report: ['contradicted:nvidia-h20'],
    },
    {
      text: 'The H20 and the Ascend 910C compete. The US part draws 700 W.',
      asOf: NOW,
      report: ['contradicted:nvidia-h20'],
    },
    // Look-alikes: two chips of that nationality, none, or the industry rather than a chip.
    { text: 'The H20 and the H200 compete. The American chip has 64 GB of memory.', asOf: NOW, report: [] },
    { text: 'Nvidia sells the H20 in China. The Chinese part has 64 GB of memory.', asOf: NOW, report: [] },
    {
      text: 'The H20 and the Ascend 910C compete. The Chinese chip market has 64 GB of memory.',
      asOf: NOW,
      report: [],
    },
  ],
);

readingTable('status: "needs one" after a licence named earlier in the sentence is a licence requirement', [
  {
    text: 'Licences were rare, and the A800 needs one to go to China.',
    asOf: '2023-06-01',
    report: ['contradicted:nvidia-a800'],
  },
  {
    text: 'The H800 was sold with no licence, yet the H800 requires one for China now.',
    asOf: '2023-06-01',
    report: ['contradicted:nvidia-h800'],
  },
  {
    text: 'Under the licence rules the A800 needs one for every sale to China.',
    asOf: '2023-06-01',
    report: ['contradicted:nvidia-a800'],
  },
  // Look-alikes: "one more", "one of", or no licence named before.
  { text: 'Licences are scarce, and the A800 needs one more buyer in China.', asOf: '2023-06-01', report: [] },
  { text: 'The A800 needs one to go to China.', asOf: '2023-06-01', report: [] },
  {
    text: 'Licences are scarce; the A800 requires one of the new cooling kits in China.',
    asOf: '2023-06-01',
    report: [],
  },
]);

readingTable('deal term: "hands Washington N% of what it earns on" the chip, through "the company" and "the part"', [
  {
    text: "Nvidia's H20 no longer needs a licence, and in return the company hands Washington 20% of what it earns on the part.",
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'Nvidia hands Washington 20% of what it earns on the H20.', report: ['contradicted:nvidia-h20'] },
  {
    text: 'Washington takes 20% of what Nvidia makes on each H20 sold in China.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: a percentage that is a comparison ("20% more than").
  { text: 'The H20 earned Nvidia 20% more revenue than expected, the US said.', report: [] },
  { text: 'Nvidia hands the US government 20% more H20 data than before.', report: [] },
]);

readingTable('appositive: "on / with / from the same <thing> as" another chip is set aside', [
  {
    text: "The B200 packs 208 billion transistors, more than twice the H100's 80 billion; the H200, on the same die as the H100, packs about 100 billion.",
    asOf: NOW,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'The H200, with the same die as the H100, carries 96 GB of memory.',
    asOf: NOW,
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'The H20, sharing the same Hopper silicon as the H100, draws 700 W.',
    asOf: NOW,
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: a list of chips; the same phrase with no predicate figure of the subject's.
  { text: 'The H100, the H200 and the B200 have 96 GB.', asOf: NOW, report: [] },
  { text: 'The H200 uses the same die as the H100, which has 80 GB of memory.', asOf: NOW, report: [] },
]);
