/**
 * Discourse context, round 6: what a reference points back to across sentences, paragraphs, headings and list
 * lead-ins (src/engine/reading/normalize.ts, src/engine/pipeline/claims.ts). Each reading is tried on at least
 * three differently worded drafts that must be read and at least two look-alikes that must not. Verdicts are
 * judged as of the case's date against the bundled record.
 */
import assert from 'node:assert/strict';
import { editableDraft } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

table('context: a possessive description ("the chip’s memory") refers back as the description does', [
  { text: "The H200 arrived in 2024. The chip's memory is 96 GB.", report: ['contradicted:nvidia-h200'] },
  { text: "Nvidia's H20 went on sale in China. The accelerator's TDP is 700 W.", report: ['contradicted:nvidia-h20'] },
  { text: "The A100 launched in 2020. The GPU's memory bandwidth is 4.8 TB/s.", report: ['contradicted:nvidia-a100'] },
  { text: "Alibaba released Qwen in 2023. The company's chatbot is called Doubao.", report: ['contradicted:doubao'] },
  // Look-alikes: two chips on equal terms; only a yardstick before; the words are a quotation; a plural.
  { text: "The H100 and the H200 sold out. The chip's memory is 96 GB.", report: [] },
  { text: "Huawei wants to match the H100. The chip's memory is 96 GB.", report: [] },
  { text: 'The H200 arrived in 2024. "The chip\'s memory is 96 GB," a reseller claimed.', report: [] },
  { text: "The H200 arrived in 2024. The chips' memory is 96 GB.", report: [] },
]);

table('context: "the latter" / "the former" is the second / first of two things named just before', [
  {
    text: 'The H100 and the H200 both shipped in 2024. The latter carries 96 GB of memory.',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Buyers weighed the H200 and the H100. The former has 80 GB of memory.',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'The A100 and the H100 dominated 2022. The former is based on the Hopper architecture.',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'Alibaba and ByteDance both build chatbots, and the former developed Doubao.',
    report: ['contradicted:doubao'],
  },
  {
    text: 'Huawei and Nvidia both sell accelerators. The latter makes the Ascend 910B.',
    report: ['contradicted:huawei-ascend-910b'],
  },
  // Look-alikes: three things before; one thing before; an adjective ("the latter half", "the former chief
  // executive"); a yardstick pair whose order is unknown; a quotation.
  { text: 'The H100, the H200 and the A100 were compared. The latter carries 96 GB of memory.', report: [] },
  { text: 'The H100 sold well. The latter carries 96 GB of memory.', report: [] },
  { text: 'The H20 and the H200 were compared. The latter half of the report said it has 141 GB.', report: [] },
  { text: 'The H200 and the H100 sold well. The former chief executive said it carries 96 GB.', report: [] },
  { text: 'Buyers weighed the H200 against the H100. The former has 80 GB of memory.', report: [] },
  { text: 'The H200 and the H100 sold well. "The latter has 96 GB," a trader said.', report: [] },
]);

table('context: "the tariff", "the proclamation", "the act" refer back to the one rule named before', [
  {
    text: 'Trump signed Proclamation 11002 in January 2026. The tariff took effect on March 3, 2026.',
    asOf: '2026-06-01',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Trump signed Proclamation 11002. The proclamation took effect on March 3, 2026.',
    asOf: '2026-06-01',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Trump signed Proclamation 11002. The levy took effect on March 3, 2026.',
    asOf: '2026-06-01',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Washington adopted the AI Diffusion Rule in January 2025. The regulation was rescinded in March 2025.',
    asOf: '2026-06-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  // Look-alikes: two rules before; "the act of" is no name; a plural.
  {
    text: 'Trump signed Proclamation 11002 and the AI Diffusion Rule was rescinded. The tariff took effect on March 3, 2026.',
    asOf: '2026-06-01',
    report: [],
  },
  {
    text: 'Trump signed Proclamation 11002. The act of signing took place on March 3, 2026.',
    asOf: '2026-06-01',
    report: [],
  },
  {
    text: 'Trump signed Proclamation 11002. The tariffs took effect on March 3, 2026.',
    asOf: '2026-06-01',
    report: [],
  },
]);

table('context: "the Santa Clara company", "the US chipmaker": a place or nationality that agrees with the record', [
  {
    text: 'Nvidia was founded in 1993. The Santa Clara company makes the Ascend 910B.',
    report: ['contradicted:huawei-ascend-910b'],
  },
  {
    text: 'Jensen Huang runs Nvidia. The Santa Clara chipmaker makes the Ascend 910B.',
    report: ['contradicted:huawei-ascend-910b'],
  },
  {
    text: 'Nvidia sells the H20. The US chipmaker makes the Ascend 910B.',
    report: ['contradicted:huawei-ascend-910b'],
  },
  { text: 'Huawei builds accelerators. The Shenzhen-based firm developed Doubao.', report: ['contradicted:doubao'] },
  // Look-alikes: the place or nationality is another company's; two companies before; a name follows.
  { text: 'Nvidia sells the H20. The Shenzhen-based firm makes the Ascend 910B.', report: [] },
  { text: 'Nvidia sells the H20. The Chinese company makes the Ascend 910B.', report: [] },
  { text: 'Nvidia and AMD sell GPUs. The Santa Clara company makes the Ascend 910B.', report: [] },
  { text: 'Nvidia sells the H20. The Chinese firm Huawei makes the Ascend 910B.', report: [] },
]);

table('context: spec lines under a heading about one product are about it', [
  { text: '## H20\n\n- Memory: 141 GB\n- TDP: 400 W', report: ['contradicted:nvidia-h20'] },
  { text: '### The H200: specs\n\n- Memory: 96 GB', report: ['contradicted:nvidia-h200'] },
  {
    text: "## Nvidia's H20\n\n* **Memory:** 141 GB\n* **TDP:** 700 W",
    report: ['contradicted:nvidia-h20', 'contradicted:nvidia-h20'],
  },
  { text: '## Inside the H200\n\nSales were brisk.\n\n1. Bandwidth: 3.35 TB/s', report: ['contradicted:nvidia-h200'] },
  { text: '# Chips\n\n## Quick facts: the H100\n\n- Memory: 96 GB', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: the heading names two products, or one as what another answers; a new heading; another product
  // named since; a line that is no spec.
  { text: '## H20 vs H200\n\n- Memory: 96 GB', report: [] },
  { text: "## Huawei's answer to the H20\n\n- Memory: 141 GB", report: [] },
  { text: '# Chips\n\n## Beating the H100\n\n- Memory: 96 GB', report: [] },
  { text: '## H20\n\n## Pricing\n\n- Memory: 141 GB', report: [] },
  { text: '## H20\n\nThe H200 is the newer part.\n\n- Memory: 141 GB', report: [] },
  { text: '## H20\n\n- In 2025, sales fell sharply to 141 GB worth', report: [] },
  { text: '# Chips\n\n## H20\n\n- Rival chip memory: 128 GB\n- Cluster memory: 141 GB', report: [] },
  { text: '# Chips\n\n## H20\n\nBuyers in China:\n\n- ByteDance: 100,000 units\n- Memory: 141 GB', report: [] },
  { text: '# Chips\n\n## H20\n\nWhat buyers said:\n\n- Memory: 141 GB', report: [] },
]);

table('context: a lead-in naming one product ("The H20 has:") puts it in charge of the list after it', [
  {
    text: 'The H20 has:\n\n- 141 GB of memory\n- a 700 W TDP',
    report: ['contradicted:nvidia-h20', 'contradicted:nvidia-h20'],
  },
  { text: 'Key figures for the H20:\n\n1. 141 GB of HBM3\n2. Bandwidth: 4 TB/s', report: ['contradicted:nvidia-h20'] },
  {
    text: "Here is what Nvidia's H200 offers:\n- Memory: 96 GB\n- Memory bandwidth: 4.8 TB/s",
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: two products lead in; another product is named before the list; a lead-in that does not end
  // in a colon.
  { text: 'The H20 and the H200 have:\n\n- 141 GB of memory', report: [] },
  { text: 'The H20 has:\n\n- 96 GB of memory\n\nThe B200 is newer.\n\n- Memory: 141 GB', report: [] },
  { text: 'The H20 sold well in 2024.\n\n- Memory: 141 GB', report: [] },
]);

table('context: a Q&A subhead ("What is the B30A?") is what the answer’s "it" means', [
  { text: '## What is the B30A?\n\nIt is a Hopper chip.', report: ['contradicted:nvidia-b30a'] },
  { text: '### What is the H20?\n\nIt has 141 GB of memory.', report: ['contradicted:nvidia-h20'] },
  { text: '## Can the B30A be exported?\n\nIt can be sold to China.', report: ['contradicted:nvidia-b30a'] },
  // Look-alikes: the subhead asks about two chips; a new subhead about no chip comes between.
  { text: '## What are the H20 and the H200?\n\nIt has 141 GB of memory.', report: [] },
  { text: '# Chips in China\n\n## What is the H20?\n\n## Pricing\n\nIt has 141 GB of memory.', report: [] },
]);

table('context: a new thing of the same kind takes over; quoted speech and a hypothetical do not', [
  {
    text: 'The H20 was built for China. "The H100 is our best chip," Huang said. It has 141 GB of memory.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 was built for China. If Nvidia could sell the H100 there, profits would soar. It has 141 GB of memory.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "The H200 is Nvidia's China hope. Whether the B200 will follow is unclear. Its memory is 96 GB.",
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'The H20 was built for China. The H100 came first. It has 141 GB of memory.',
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'Nvidia sells the H20. Huawei answered with its own chips. The company makes the H100.',
    report: ['contradicted:nvidia-h100'],
  },
  // Look-alikes: the value is right for the one in mind; the claim itself is quoted; two things take over at once.
  { text: 'The H20 was built for China. "The H100 is our best chip," Huang said. It has 96 GB of memory.', report: [] },
  { text: 'The H20 was built for China. "The H100 is our best chip," Huang said. "It has 141 GB."', report: [] },
  {
    text: 'The H20 was built for China. Traders said the H100 and the H200 were better. It has 141 GB of memory.',
    report: [],
  },
]);

table('context: "they" as a subject is the pair of like things named just before', [
  {
    text: 'The H100 and the H200 sold out in 2024. They are based on the Blackwell architecture.',
    report: ['contradicted:nvidia-h200', 'contradicted:nvidia-h100'],
  },
  {
    text: 'Nvidia launched the A100 and the H100 years apart. They are based on the Hopper architecture.',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'The B200 and the A100 shipped in volume. They remain Blackwell chips.',
    report: ['contradicted:nvidia-a100'],
  },
  {
    text: 'The H20 and the H800 were made for China. They both carry 141 GB of memory.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: one chip before; three; a chip and a company; a negation; something named before "they" here.
  { text: 'The H100 sold out in 2024. They are based on the Blackwell architecture.', report: [] },
  { text: 'The H100, the H200 and the A100 sold out. They are based on the Blackwell architecture.', report: [] },
  { text: 'The H100 and Nvidia did well. They are based on the Blackwell architecture.', report: [] },
  { text: 'The H100 and the H200 sold out in 2024. They are not based on the Blackwell architecture.', report: [] },
  { text: 'The H100 and the H200 sold out. Buyers of the B200 said they are Hopper chips.', report: [] },
]);

table('context: "it" / "them" as an event’s object ("rescinded it", "unveiled it") is the product or rule before', [
  {
    text: 'Washington adopted the AI Diffusion Rule in January 2025. The Trump administration rescinded it in March 2025.',
    asOf: '2026-06-01',
    report: ['contradicted:ai-diffusion-rule'],
  },
  {
    text: "The H100 is Nvidia's Hopper flagship. Nvidia unveiled it in March 2023.",
    report: ['contradicted:nvidia-h100'],
  },
  {
    text: 'Trump signed Proclamation 11002. The White House published it on March 3, 2026.',
    asOf: '2026-06-01',
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: an idiom ("made it clear"); two chips before; "them" for one rule.
  {
    text: "The H100 is Nvidia's Hopper flagship. Nvidia made it clear in March 2023 that supply was short.",
    report: [],
  },
  { text: 'The H100 and the H200 are Hopper chips. Nvidia unveiled it in March 2023.', report: [] },
  {
    text: 'The AI Diffusion Rule was controversial. Critics said BIS rescinded them in March 2025.',
    asOf: '2026-06-01',
    report: [],
  },
]);

table('context: "the company" after a company named earlier in its own sentence (a possessor too)', [
  {
    text: "Nvidia's H20 sells well in China, and the company makes the Ascend 910B too.",
    report: ['contradicted:huawei-ascend-910b'],
  },
  { text: 'Alibaba has grown fast, and the company developed Doubao.', report: ['contradicted:doubao'] },
  {
    text: "Huawei's accelerators impress, but the firm does not make the H20; the firm makes the H100.",
    report: ['contradicted:nvidia-h100'],
  },
  // Look-alikes: a description of another company; two companies before; the noun opens an appositive.
  { text: 'Nvidia sells the H20, and Huawei, the company that makes the H100, is worried.', report: [] },
  { text: 'Nvidia and Huawei compete, and the company makes the Ascend 910B.', report: [] },
  { text: 'Nvidia beat Alibaba, the company behind Doubao, on revenue.', report: [] },
]);

table('context: a spec table whose headers name no product belongs to the heading’s or lead-in’s product', [
  {
    text: '# Chips\n\n## H200 specifications\n\n| Spec | Value |\n|---|---|\n| Memory | 96 GB |\n| Bandwidth | 4.8 TB/s |',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: '# Chips\n\nThe H20 has:\n\n| Spec | Figure |\n|---|---|\n| TDP | 700 W |',
    report: ['contradicted:nvidia-h20'],
  },
  { text: "# Chips\n\n## Nvidia's H20\n\n| | |\n|---|---|\n| Memory | 141 GB |", report: ['contradicted:nvidia-h20'] },
  // Look-alikes: a heading about two; a heading about none; a column that names its own chip.
  { text: '# Chips\n\n## H200 vs H20\n\n| Spec | Value |\n|---|---|\n| Memory | 96 GB |', report: [] },
  { text: '# Chips\n\n## Pricing\n\n| Spec | Value |\n|---|---|\n| Memory | 96 GB |', report: [] },
  { text: '# Chips\n\n## H200 specifications\n\n| Spec | H100 |\n|---|---|\n| Memory | 80 GB |', report: [] },
]);

table('context: a lead-in may refer back ("Its specs:"), and a heading’s tail must be about the product', [
  {
    text: "# Chips\n\nThe H20 is Nvidia's China part. Its specs:\n\n- Memory: 141 GB\n- TDP: 400 W",
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: '# Chips\n\nNvidia built the H200 for training.\n\nThe chip offers:\n\n- Memory: 96 GB',
    report: ['contradicted:nvidia-h200'],
  },
  { text: '# Chips\n\n## The H20 at a glance\n\n- Memory: 141 GB', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the heading is about the product and others; a lead-in that refers back to two.
  { text: '# Chips\n\n## The H20 and its rivals\n\n- Memory: 141 GB', report: [] },
  { text: '# Chips\n\nThe H20 and the H200 sell in China. Their specs:\n\n- Memory: 141 GB', report: [] },
]);

describe('context: the product in charge of a list follows edits to its heading or lead-in', () => {
  it('re-reads the list when the heading above it changes, as a fresh check does', () => {
    const draft = editableDraft('2026-03-01');
    const before = '# Chips\n\nIntro.\n\n## H20\n\n- Memory: 96 GB\n- TDP: 400 W\n\nMore.\n';
    const after = before.replace('## H20', '## H200');
    assert.deepEqual(draft.verdicts(before), [], '96 GB and 400 W are the H20’s');
    const wrong = ['contradicted:nvidia-h200', 'contradicted:nvidia-h200'];
    assert.deepEqual(draft.verdicts(after), wrong, 'but they are not the H200’s');
    assert.deepEqual(draft.verdicts(after), draft.fresh(after), 'the incremental check equals a fresh one');
    assert.deepEqual(draft.verdicts(before), [], 'and back');
  });
  it('re-reads the list when its lead-in changes', () => {
    const draft = editableDraft('2026-03-01');
    const before = '# Chips\n\nThe H20 has:\n\n- Memory: 96 GB\n';
    const after = before.replace('The H20 has:', 'The H200 has:');
    assert.deepEqual(draft.verdicts(before), []);
    assert.deepEqual(draft.verdicts(after), ['contradicted:nvidia-h200']);
    assert.deepEqual(draft.verdicts(after), draft.fresh(after));
    assert.deepEqual(draft.verdicts(before), []);
  });
});

table('context: "he" / "she" as a subject is the one person named before', [
  {
    text: 'Jensen Huang flew to Beijing in July. He is the chief financial officer of Nvidia.',
    asOf: '2026-03-01',
    report: ['contradicted:jensen-huang'],
  },
  {
    text: "Nvidia's founder flew to Beijing. Jensen Huang met officials there. He is the chief financial officer of Nvidia.",
    asOf: '2026-03-01',
    report: ['contradicted:jensen-huang'],
  },
  {
    text: 'Alexandr Wang built Scale AI. He is the chief executive of Scale AI.',
    asOf: '2026-03-01',
    report: ['outdated:alexandr-wang'],
  },
  // Look-alikes: two people before; a denied role (also said plainly); a quotation.
  {
    text: 'Jensen Huang met Donald Trump in July. He is the chief financial officer of Nvidia.',
    asOf: '2026-03-01',
    report: [],
  },
  {
    text: 'Jensen Huang flew to Beijing in July. He is not the chief financial officer of Nvidia.',
    asOf: '2026-03-01',
    report: [],
  },
  { text: 'Jensen Huang is not the chief financial officer of Nvidia.', asOf: '2026-03-01', report: [] },
  {
    text: 'Jensen Huang flew to Beijing. "He is the chief financial officer of Nvidia," a rival joked.',
    asOf: '2026-03-01',
    report: [],
  },
]);
