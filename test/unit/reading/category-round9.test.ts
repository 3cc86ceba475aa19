/**
 * Category claims said the ways reporters say them (issue 17). Each construction has at least three readings and
 * two look-alikes that must report nothing:
 * - a noun phrase's adjectives ("ByteDance's newest open model") no longer hide the maker;
 * - the maker after the category noun: "a chatbot from Alibaba", "an open model by Zhipu";
 * - the company as the noun's modifier in an appositive: "the Zhenwu PPU, a Huawei design, …";
 * - a company's possessive as a determiner between a cue and its value: "belongs to Nvidia's Hopper generation";
 * - a relative clause whose object is the subject: "The 950PR, which Cambricon unveiled in 2025, …".
 */
import { readingTable } from '../../helpers/reading-table';

const AS_OF = '2026-03-01';

readingTable('category: adjectives inside a copula noun phrase', [
  { text: "Qwen3.5 is ByteDance's newest open model.", asOf: AS_OF, report: ['contradicted:qwen-3-5'] },
  { text: "Doubao is Alibaba's latest chatbot.", asOf: AS_OF, report: ['contradicted:doubao'] },
  { text: 'The A100 is the newest Hopper chip.', asOf: AS_OF, report: ['contradicted:nvidia-a100'] },
  // Look-alikes: the right maker; a rival is not a product of the company named.
  { text: "Qwen3.5 is Alibaba's newest open model.", asOf: AS_OF, report: [] },
  { text: "Doubao is Alibaba's biggest rival chatbot.", asOf: AS_OF, report: [] },
]);

readingTable('category: the maker named after the category noun', [
  { text: 'Doubao is a chatbot from Alibaba.', asOf: AS_OF, report: ['contradicted:doubao'] },
  {
    text: 'Kimi K2, an open model from Zhipu, drew praise from developers.',
    asOf: AS_OF,
    report: ['contradicted:kimi-k2'],
  },
  {
    text: 'Doubao, the chatbot developed by Alibaba, has more users than any rival.',
    asOf: AS_OF,
    report: ['contradicted:doubao'],
  },
  // Look-alikes: a possessive hands the relation on; "trained on chips from" names a supplier, not a maker.
  { text: "Doubao is a chatbot from Alibaba's rival ByteDance.", asOf: AS_OF, report: [] },
  { text: 'DeepSeek-V3, a model trained on chips from Nvidia, surprised investors.', asOf: AS_OF, report: [] },
  { text: 'Kimi K2 is a model popular with users of Alibaba services.', asOf: AS_OF, report: [] },
]);

readingTable('category: a company as the category noun’s modifier in an appositive', [
  {
    text: 'The Zhenwu PPU, a Huawei design, is aimed at data centres.',
    asOf: AS_OF,
    report: ['contradicted:alibaba-t-head-ppu'],
  },
  { text: 'The H20, an AMD chip, was built for China.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  { text: 'Doubao, a Baidu chatbot, now has a paid tier.', asOf: AS_OF, report: ['contradicted:doubao'] },
  // Look-alikes: the right company; a company in a list before the noun is not the maker.
  { text: 'The Zhenwu PPU, an Alibaba design, is aimed at data centres.', asOf: AS_OF, report: [] },
  { text: 'The H20, a rival to Huawei chips, was built for China.', asOf: AS_OF, report: [] },
]);

readingTable('category: a company’s possessive as a determiner before the value', [
  { text: "The A100 belongs to Nvidia's Hopper generation.", asOf: AS_OF, report: ['contradicted:nvidia-a100'] },
  { text: "The H20 is built on Nvidia's Blackwell architecture.", asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  { text: "The H200 is based on Nvidia's Ampere design.", asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  // Look-alikes: the right architecture; another company's possessive is not a determiner of the subject's value.
  { text: "The A100 belongs to Nvidia's Ampere generation.", asOf: AS_OF, report: [] },
  { text: "The H20 is not based on Nvidia's Blackwell architecture.", asOf: AS_OF, report: [] },
]);

readingTable('category: a relative clause whose object is the subject', [
  {
    text: 'The Ascend 950PR, which Cambricon unveiled in 2025, targets inference.',
    asOf: AS_OF,
    report: ['contradicted:huawei-ascend-950pr'],
  },
  {
    text: 'GLM-5, which DeepSeek released in February, topped the leaderboard.',
    asOf: AS_OF,
    report: ['contradicted:glm-5'],
  },
  { text: 'The H20, which AMD designed for China, sold well.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the verb has its own object, so the subject is not what was made; the right maker.
  { text: 'The H20, which AMD launched a rival to, sold well.', asOf: AS_OF, report: [] },
  { text: 'GLM-5, which Alibaba released a competitor against, topped the leaderboard.', asOf: AS_OF, report: [] },
  { text: 'GLM-5, which Zhipu released in February, topped the leaderboard.', asOf: AS_OF, report: [] },
]);

readingTable('category: an adverb of extent inside a cue, a company as the value’s modifier', [
  { text: 'GLM-5 was trained entirely on Nvidia H100s, Zhipu said.', asOf: AS_OF, report: ['contradicted:glm-5'] },
  { text: 'DeepSeek-V3 was trained mostly on H100 chips.', asOf: AS_OF, report: ['contradicted:deepseek-v3'] },
  { text: 'The H20 is based largely on the Blackwell design.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right chip; a company named before another's product is not what the first one launched.
  { text: "GLM-5 was trained entirely on Huawei's Ascend 910B chips.", asOf: AS_OF, report: [] },
  { text: 'Alibaba launched Nvidia H20 instances on its cloud.', asOf: AS_OF, report: [] },
  { text: 'ByteDance unveiled Nvidia H20 servers in its data centres.', asOf: AS_OF, report: [] },
]);

readingTable('category: an ended role said as current', [
  {
    text: 'Alexandr Wang, chief executive of Scale AI, spoke at the event.',
    asOf: AS_OF,
    report: ['outdated:alexandr-wang'],
  },
  { text: 'Alexandr Wang, chief executive of Scale AI, spoke at the event.', asOf: '2025-03-01', report: [] },
  { text: 'Scale AI chief executive Alexandr Wang spoke at the event in 2024.', asOf: '2024-06-01', report: [] },
]);

readingTable('category: who sells a chip is not who designed it; an aside before a verb', [
  { text: 'AMD launched the H20 for Chinese buyers.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  { text: 'Huawei designed the H200.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  { text: 'ByteDance, the parent of TikTok, makes Qwen.', asOf: AS_OF, report: ['contradicted:qwen'] },
  // Look-alikes: resellers and server makers sell chips they did not design; an aside's last name is not the
  // subject of the verb after it; a product named as the modifier of what was launched.
  { text: 'Megaspeed sold H100s to Chinese buyers.', asOf: AS_OF, report: [] },
  { text: 'Supermicro shipped H200s to Malaysia.', asOf: AS_OF, report: [] },
  { text: 'Alibaba makes the Qwen models; ByteDance, the parent of TikTok, makes Doubao.', asOf: AS_OF, report: [] },
  { text: 'ByteDance, the owner of TikTok, launched Doubao in 2023.', asOf: AS_OF, report: [] },
]);

readingTable('category: a title fronted before the name, set off by commas', [
  {
    text: "Nvidia's chief financial officer, Jensen Huang, said demand was strong.",
    asOf: AS_OF,
    report: ['contradicted:jensen-huang'],
  },
  {
    text: 'Nvidia chief operating officer Jensen Huang flew to Beijing.',
    asOf: AS_OF,
    report: ['contradicted:jensen-huang'],
  },
  {
    text: "Nvidia's CFO, Jensen Huang, told analysts the H20 was finished.",
    asOf: AS_OF,
    report: ['contradicted:jensen-huang'],
  },
  // Look-alikes: the right title; a title of someone else listed before the name.
  { text: "Nvidia's chief executive, Jensen Huang, said demand was strong.", asOf: AS_OF, report: [] },
  { text: "Nvidia's chief financial officer and Jensen Huang met analysts.", asOf: AS_OF, report: [] },
  { text: "Nvidia's former chief financial officer, Jensen Huang's friend, retired.", asOf: AS_OF, report: [] },
]);

readingTable('category: a foundry or server maker makes what it does not design', [
  { text: 'Huawei designs the H20.', asOf: AS_OF, report: ['contradicted:nvidia-h20'] },
  { text: 'The H200 was developed by AMD.', asOf: AS_OF, report: ['contradicted:nvidia-h200'] },
  { text: 'ByteDance makes Qwen.', asOf: AS_OF, report: ['contradicted:qwen'] },
  { text: 'SMIC makes the 910C.', asOf: AS_OF, report: [] },
  { text: 'The 910C, which combines two 910B dies, is made by SMIC.', asOf: AS_OF, report: [] },
  { text: 'Inventec makes H200 servers.', asOf: AS_OF, report: [] },
  { text: 'Huawei makes H20 rivals.', asOf: AS_OF, report: [] },
]);
