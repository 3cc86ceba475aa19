/**
 * Quantity readings of round 6: numbers in words in their common shapes, ranges, per-unit qualifiers on systems and
 * unit variants. Each reading on at least three differently worded sentences that must be read and at least two
 * look-alikes that must not (negation, another subject, a change, a part's figure). Verdicts are judged as of the
 * case's date against the bundled record.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';
import { readingTable as table } from '../../helpers/reading-table';

/** The claims read at all (supported ones included), as "verdict:entity-id “words”". */
function read(text: string, asOf = '2025-11-27'): string[] {
  const r = testEngine().check(text, { asOf, includeSupported: true });
  return r.findings
    .filter((f) => f.kind === 'quantity')
    .map((f) => `${f.verdict}:${f.entityId} “${text.slice(f.span.start, f.span.end)}”`);
}

table('quantity: an adjective of number words and a unit ("a seven-hundred-watt part")', [
  { text: 'The H20 is a seven-hundred-watt part.', report: ['contradicted:nvidia-h20'] },
  { text: 'Nvidia sells the H20 as a three-hundred-and-fifty-watt accelerator.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 ships as an eighty-gigabyte card.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H100 has a hundred gigabytes of memory.', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: the right figure; a negated one; another product's figure.
  { text: 'The H20 is a four-hundred-watt part.', report: [] },
  { text: 'The H20 is not a seven-hundred-watt part.', report: [] },
  { text: 'Next to the H20 sits a seven-hundred-watt power supply.', report: [] },
]);

table('quantity: digits times a scale word ("1.2 thousand teraflops")', [
  { text: 'The H20 delivers 1.2 thousand teraflops of FP8.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H100 SXM draws 1.2 thousand watts.', report: ['contradicted:nvidia-h100'] },
  {
    text: 'The H20 offers 3.2 thousand gigabytes per second of memory bandwidth.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right figure; a count of chips is no spec; a negated figure.
  { text: 'The H20 offers 4.0 thousand gigabytes per second of memory bandwidth.', report: [] },
  { text: 'About 1.2 thousand H20 chips were seized at the border.', report: [] },
  { text: 'The H100 SXM does not draw 1.2 thousand watts.', report: [] },
]);

table('quantity: a share said as a count ("one in four dollars of")', [
  {
    text: 'Nvidia must hand over one in four dollars of its H20 sales in China to the US government.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Nvidia pays one dollar in every five of its H20 sales in China to the US government.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'Under the deal the US takes three in ten dollars of H20 revenue from China.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: a count of people; a count of chips, not of money.
  { text: 'One in four analysts expects the 15% cut on H20 sales to last.', report: [] },
  { text: 'The H20 is one in four chips Nvidia sells in China.', report: [] },
]);

table('quantity: a range is one figure with both ends ("between 100 and 120 GB", "300-350 W")', [
  { text: 'The H200 has between 100 and 120 GB of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H200 has 100 to 120 GB of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H20 is rated at 300-350 W.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 draws between 250 W and 300 W.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: a range that holds the figure (no end of it is a claim of its own); a change; a negation; another
  // chip's range.
  { text: 'The H200 has between 130 and 150 GB of memory.', report: [] },
  { text: 'The H20 draws 400 W to 500 W.', report: [] },
  { text: 'Memory on the H200 grew from 80 to 141 GB.', report: [] },
  { text: 'The H200 does not have between 100 and 120 GB of memory.', report: [] },
  { text: 'The H200 has more memory than the H100, which has between 60 and 70 GB.', report: [] },
]);

describe('quantity: a range is read whole', () => {
  it('"between 130 and 150 GB" is one supported claim on its words, not two figures', () => {
    assert.deepEqual(read('The H200 has between 130 and 150 GB of memory.'), [
      'supported:nvidia-h200 “between 130 and 150 GB”',
    ]);
  });
  it('"100-120 GB" is one contradicted claim whose fix replaces the whole range', () => {
    const f = testEngine().check('The H200 has 100-120 GB of memory.', { asOf: '2025-11-27' }).findings;
    assert.equal(f.length, 1);
    assert.equal(f[0]!.fix?.newText, '141 GB');
    assert.equal('The H200 has 100-120 GB of memory.'.slice(f[0]!.fix!.span.start, f[0]!.fix!.span.end), '100-120 GB');
  });
});

table('quantity: a per-chip figure beside a system is not the system’s ("per GPU", "each")', [
  { text: 'The GB200 NVL72 delivers 100 TB/s of NVLink bandwidth.', report: ['contradicted:nvidia-gb200-nvl72'] },
  { text: 'The H20 draws 350 W per card.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 draws 350 W per chip.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: each GPU's figure in a rack; a rack's figure beside a chip.
  { text: 'The GB200 NVL72 offers 1.8 TB/s of NVLink bandwidth per GPU.', report: [] },
  { text: 'The GB200 NVL72 draws 1,000 W per GPU.', report: [] },
  { text: 'The GB200 NVL72 links its GPUs at 1.8 TB/s each.', report: [] },
  { text: 'The H100 draws 5,600 W per node.', report: [] },
]);

table('quantity: unit variants ("gigs", "600B parameters")', [
  { text: 'The H200 carries 96 gigs of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H20 is an 80-gig card.', report: ['contradicted:nvidia-h20'] },
  { text: 'Qwen3.5 has 300B parameters.', asOf: '2026-06-01', report: ['contradicted:qwen-3-5'] },
  { text: "Alibaba's Qwen3.5 is a 300B-parameter model.", asOf: '2026-06-01', report: ['contradicted:qwen-3-5'] },
  // Look-alikes: the right figures; a network port's gigabits; tokens are no parameters.
  { text: 'The H20 is a 96-gig card.', report: [] },
  { text: 'Qwen3.5 is a 397B-parameter model.', asOf: '2026-06-01', report: [] },
  { text: 'The H100 ships beside a 100 gig Ethernet port.', report: [] },
  { text: 'Qwen3.5 was trained on 300B tokens.', asOf: '2026-06-01', report: [] },
]);

table('quantity: a multiple of another chip’s recorded figure ("twice as much memory as the H100")', [
  { text: 'The H20 has twice as much memory as the H100.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H200 has three times as much memory as the H100.', report: ['contradicted:nvidia-h200'] },
  { text: 'The B200 offers four times the memory bandwidth of the H100 SXM.', report: ['contradicted:nvidia-b200'] },
  { text: 'The H20 draws twice the power of the H100 SXM.', report: ['contradicted:nvidia-h20'] },
  { text: "The H20 has half the H100 SXM's memory bandwidth.", report: ['contradicted:nvidia-h20'] },
  { text: 'The B200 packs four times as many transistors as the H100.', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: a multiple the record bears out; negation; a hypothetical; a question; "three times more" (three or
  // four?); the other chip's figures too far apart to multiply (the H100's SXM and PCIe power); a written figure.
  { text: 'The H200 has nearly twice the memory of the H100.', report: [] },
  { text: 'The H20 draws half the power of the H100 SXM.', report: [] },
  { text: 'The B200 packs two and a half times as many transistors as the H100.', report: [] },
  { text: 'The H20 does not have twice as much memory as the H100.', report: [] },
  { text: 'The H20 would have twice as much memory as the H100.', report: [] },
  { text: 'Does the H20 have twice as much memory as the H100?', report: [] },
  { text: 'The H20 has three times more memory than the H100.', report: [] },
  { text: 'The H20 draws twice the power of the H100.', report: [] },
  { text: 'Nvidia gave the H20 twice as much memory as the H100.', report: [] },
]);

describe('quantity: a multiple of a recorded figure says what it implies and offers no fix', () => {
  it('"twice as much memory as the H100" is read as about twice the H100’s 80–94 GB, on the multiple’s words', () => {
    const text = 'The H20 has twice as much memory as the H100.';
    const [f] = testEngine().check(text, { asOf: '2025-11-27' }).findings;
    assert.equal(text.slice(f!.span.start, f!.span.end), 'twice as much memory as the H100');
    assert.match(f!.message, /^H20 memory: 96 GB in the record, not ≈1[67]\d GB \(“twice as much memory/);
    assert.equal(f!.fix, undefined);
  });
});

table('quantity: a predicate after "but" is the subject’s ("keeps 96 GB but draws 350 W")', [
  { text: 'The H20 keeps 96 GB of HBM3 but draws 350 W.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 matches the H100 on memory but draws only 350 W per card.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 keeps 96 GB of memory, but is rated at 350 W.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the clause has a subject of its own; the first predicate is denied; its verb is someone else's.
  { text: 'The H100 has 80 GB but the H20 draws 400 W.', report: [] },
  { text: 'The H20 does not keep 141 GB but draws 350 W.', report: [] },
  { text: 'The H20 keeps 96 GB but analysts draw 350 W from it.', report: [] },
]);

table('quantity: a possessive naming another product ("the H100’s successor") owns no figure of the chip', [
  { text: "The H100's SXM module draws 1,000 W.", report: ['contradicted:nvidia-h100'] },
  { text: "Nvidia's H100 carries 96 GB.", report: ['contradicted:nvidia-h100'] },
  { text: "The H100's memory is 96 GB.", report: ['contradicted:nvidia-h100'] },
  // Look-alikes: the successor's, the rival's figure.
  { text: "The H100's successor keeps 141 GB but draws 1,000 W.", report: [] },
  { text: "The H20's Huawei rival draws 350 W.", report: [] },
]);

table('quantity: one of a large unit ("draws a kilowatt", "a terabyte a second")', [
  { text: 'The H100 SXM draws a kilowatt.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H20 has a terabyte a second of memory bandwidth.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 delivers a petaflop of FP8.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H100 draws more than a kilowatt.', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: the right figure; a price per unit; a node's power.
  { text: 'The B200 draws a kilowatt.', report: [] },
  { text: 'Nvidia charges a dollar per gigabyte for the H100.', report: [] },
  { text: 'The H100 server draws a kilowatt per node.', report: [] },
]);

table('quantity: "T" before "parameters" is a trillion', [
  { text: "DeepSeek's V4 Pro has 1.2T parameters.", asOf: '2026-06-01', report: ['contradicted:deepseek-v4'] },
  { text: 'DeepSeek-V4-Pro is a 1.2T-parameter model.', asOf: '2026-06-01', report: ['contradicted:deepseek-v4'] },
  { text: 'Kimi K2 has 2T total parameters.', asOf: '2026-06-01', report: ['contradicted:kimi-k2'] },
  // Look-alikes: the right size; tokens are no parameters.
  { text: "DeepSeek's V4 Pro has 1.6T parameters.", asOf: '2026-06-01', report: [] },
  { text: 'DeepSeek-V4-Pro was trained on 1.2T tokens.', asOf: '2026-06-01', report: [] },
]);

table('quantity: a chip named as "half the power of" is a yardstick, so "its" still means the subject', [
  {
    text: 'The H20 is a 400 W part, half the power of the H100 SXM, and its FP8 rate is 1,200 teraflops.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 offers three times as much memory bandwidth as the A100 40GB, and its memory is 80 GB.',
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: 'The H20 keeps twice the memory of the H100, and its power is rated at 700 W.',
    report: ['contradicted:nvidia-h20', 'contradicted:nvidia-h20'],
  },
  // Look-alikes: two chips named as subjects leave "its" in doubt; a chip named plainly beside the subject.
  { text: 'The H20 and the H100 SXM differ, and its FP8 rate is 1,200 teraflops.', report: [] },
  { text: 'The H20 sits next to the H100 SXM, and its FP8 rate is 1,200 teraflops.', report: [] },
]);

table('quantity: a number inside a product name is no figure ("the A100 40GB")', [
  {
    text: 'The H20 offers three times as much memory bandwidth as the A100 80GB.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'The A100 40GB has 80 GB of memory.', report: ['contradicted:nvidia-a100'] },
  { text: 'The H20 carries 80 GB, more than the A100 40GB.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the variant's capacity read as another chip's memory.
  { text: 'The H20 beats the A100 40GB.', report: [] },
  { text: 'The H20 beats the A100 40GB on bandwidth.', report: [] },
]);

table('quantity: the digits of a name count no chip ("the H100, and its TDP")', [
  { text: 'The H20 is slower than the H100, and its TDP is 700 W.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 matches the H100, and its TDP is 700 W.', report: ['contradicted:nvidia-h20'] },
  { text: "The H100, and the H20's TDP is 700 W.", report: ['contradicted:nvidia-h20'] },
  // Look-alikes: two chips coordinated before one figure leave it in doubt; a real count of chips is a component.
  { text: "The H100 and H20's TDPs are 700 W.", report: [] },
  { text: 'The CloudMatrix 384 links 384 Ascend 910C chips and draws 700 W.', report: [] },
]);

table('quantity: a tariff the record holds, tied to its measure ("Proclamation 11002 imposes a 15% tariff")', [
  {
    text: 'Proclamation 11002 imposes a 15% tariff on a narrow class of AI chips.',
    asOf: '2026-04-15',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Importers now pay a 15% duty on some AI chips under Proclamation 11002.',
    asOf: '2026-04-15',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Proclamation 11002, which set a tariff of twenty per cent, took effect in January.',
    asOf: '2026-04-15',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'The Section 232 tariff on advanced AI chips is 10%.',
    asOf: '2026-04-15',
    report: ['contradicted:proclamation-11002'],
  },
  {
    text: 'Trump signed Proclamation 11002, a 15% tariff on a narrow class of chips.',
    asOf: '2026-04-15',
    report: ['contradicted:proclamation-11002'],
  },
  // Look-alikes: the right rate; another tariff; a threat; a negation; a change; a share price.
  { text: 'Proclamation 11002 set a 25% tariff on certain AI chips.', asOf: '2026-04-15', report: [] },
  { text: 'Proclamation 11002 came on top of the 19% reciprocal tariff on Malaysia.', asOf: '2026-04-15', report: [] },
  {
    text: 'Trump threatened a 100% tariff on chips before signing Proclamation 11002.',
    asOf: '2026-04-15',
    report: [],
  },
  { text: 'Proclamation 11002 could impose a 15% tariff.', asOf: '2026-04-15', report: [] },
  { text: 'Proclamation 11002 does not impose a 15% tariff.', asOf: '2026-04-15', report: [] },
  { text: 'Proclamation 11002 raised the tariff from 15% to 25%.', asOf: '2026-04-15', report: [] },
  { text: 'Trump signed Proclamation 11002, a move that lifted Nvidia shares 15%.', asOf: '2026-04-15', report: [] },
]);

describe('quantity: a tariff’s fix replaces the digits and keeps the draft’s percent words', () => {
  for (const [text, fixed] of [
    ['Proclamation 11002 imposes a 15% tariff.', 'Proclamation 11002 imposes a 25% tariff.'],
    ['Proclamation 11002 imposes a fifteen per cent tariff.', 'Proclamation 11002 imposes a 25 per cent tariff.'],
  ] as const) {
    it(`${text} → ${fixed}`, () => {
      const [f] = testEngine().check(text, { asOf: '2026-04-15' }).findings;
      assert.ok(f?.fix);
      assert.equal(text.slice(0, f.fix.span.start) + f.fix.newText + text.slice(f.fix.span.end), fixed);
    });
  }
});

table('quantity: the subject’s figure stated as a multiple of another’s ("The H20’s memory is twice the H100’s")', [
  { text: "The H20's memory is twice the H100's.", report: ['contradicted:nvidia-h20'] },
  { text: "The H20's power draw is twice the H100 SXM's.", report: ['contradicted:nvidia-h20'] },
  {
    text: "The H200's memory bandwidth is three times the H100 SXM's, analysts say.",
    report: ['contradicted:nvidia-h200'],
  },
  // Look-alikes: borne out by the record; negated; a price is no spec.
  { text: "The H200's memory is close to twice the H100's.", report: [] },
  { text: "The H20's power draw is half the H100 SXM's.", report: [] },
  { text: "The H20's memory is not twice the H100's.", report: [] },
  { text: "The H20's price is twice the H100's.", report: [] },
]);

table(
  'quantity: a system’s count of parts in more wordings ("ties … to", "is made up of", "N of its chips", a spec line)',
  [
    { text: 'The GB200 NVL72 ties 64 GPUs to 36 Grace CPUs.', report: ['contradicted:nvidia-gb200-nvl72'] },
    {
      text: 'The CloudMatrix 384 is made up of 320 Ascend 910C chips.',
      report: ['contradicted:huawei-cloudmatrix-384'],
    },
    { text: 'The CloudMatrix 384 links 320 Ascend 910C processors.', report: ['contradicted:huawei-cloudmatrix-384'] },
    {
      text: "Huawei's CloudMatrix strings together three hundred and twenty of its 910C chips.",
      report: ['contradicted:huawei-cloudmatrix-384'],
    },
    { text: 'GB200 NVL72: 64 GPUs, 36 Grace CPUs.', report: ['contradicted:nvidia-gb200-nvl72'] },
    // Look-alikes: the right counts; a difference; room for parts is no count of them.
    { text: 'The GB200 NVL72 ties seventy-two GPUs to thirty-six Grace CPUs.', report: [] },
    { text: 'The GB200 NVL72 needs 64 GPUs fewer than a CloudMatrix.', report: [] },
    { text: 'The GB200 NVL72 has room for 64 GPUs.', report: [] },
  ],
);

table('quantity: a model’s size in words ("a trillion parameters") is its total, whatever is active', [
  { text: 'Kimi K2 has half a trillion parameters.', asOf: '2026-06-01', report: ['contradicted:kimi-k2'] },
  {
    text: 'Kimi K2 has two trillion parameters, 32 billion of them active.',
    asOf: '2026-06-01',
    report: ['contradicted:kimi-k2'],
  },
  { text: 'Kimi K2 activates 40 billion parameters per token.', asOf: '2026-06-01', report: ['contradicted:kimi-k2'] },
  // Look-alikes: the right total beside its active share; the right active count.
  {
    text: "Moonshot's Kimi K2 has a trillion parameters, thirty-two billion of them active.",
    asOf: '2026-06-01',
    report: [],
  },
  { text: 'Kimi K2 activates 32 billion parameters per token.', asOf: '2026-06-01', report: [] },
  { text: 'Kimi K2 has 1 trillion total parameters and 32 billion active parameters.', asOf: '2026-06-01', report: [] },
]);

table('quantity: a chip naming where the subject sits ("inside each 910C package") owns none of its figures', [
  {
    text: 'The Ascend 910B inside each 910C package draws around four hundred watts.',
    report: ['contradicted:huawei-ascend-910b'],
  },
  { text: 'The H20 inside every HGX board draws 500 W.', report: ['contradicted:nvidia-h20'] },
  { text: 'The B200 in each GB200 superchip carries 96 GB.', report: ['contradicted:nvidia-b200'] },
  // Look-alikes: the right figure; a fronted container with no subject before it is the figure's owner.
  { text: 'The Ascend 910B inside each 910C package draws about 310 W.', report: [] },
  { text: 'In the GB200 NVL72 rack, seventy-two GPUs share some 13.8 TB of memory.', report: [] },
  { text: 'The CloudMatrix 384 inside each Huawei data centre draws 559 kW.', report: [] },
]);

table('quantity: a charge’s amount in apposition ("the H20 charge, $3.5 billion, was …")', [
  {
    text: "Nvidia's booked H20 charge, three and a half billion dollars, was smaller than feared.",
    report: ['contradicted:nvidia-h20'],
  },
  { text: "Nvidia's H20 charge, $3.5 billion, was smaller than expected.", report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 write-down, about $7 billion, hit margins.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right amount; another sum after a fronted phrase; a reporting clause in apposition.
  { text: 'The H20 charge, $4.5 billion, was smaller than expected.', report: [] },
  { text: 'On top of the H20 charge, $8 billion of sales were lost.', report: [] },
  { text: 'The H20 charge, Nvidia said, was smaller than feared.', report: [] },
]);

table('quantity: a fraction or percentage of another chip’s recorded figure ("a third of the H100 SXM’s bandwidth")', [
  { text: "The H20 has a third of the H100 SXM's memory bandwidth.", report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 draws a quarter of the power of the H100 SXM.', report: ['contradicted:nvidia-h20'] },
  { text: "The A800 has a third of the A100's NVLink bandwidth.", report: ['contradicted:nvidia-a800'] },
  { text: "The H20 has 60% of the H100 SXM's memory bandwidth.", report: ['contradicted:nvidia-h20'] },
  // Look-alikes: borne out by the record; compute, whose dense or sparse basis a share leaves open; a hypothetical.
  { text: "The A800 has two-thirds of the A100's NVLink bandwidth.", report: [] },
  { text: 'The H20 draws two-thirds of the power of the H100 SXM.', report: [] },
  { text: "The H20 has a third of the H100's FP8 compute.", report: [] },
  { text: "The H20 would have a third of the H100 SXM's memory bandwidth.", report: [] },
]);

table(
  'quantity: more hedges ("north of", "south of", "an estimated", "in the region of") are bounds or approximations',
  [
    { text: 'The H200 has north of 200 GB of memory.', report: ['contradicted:nvidia-h200'] },
    { text: 'The H20 draws south of 300 W.', report: ['contradicted:nvidia-h20'] },
    { text: 'The H200 has an estimated 200 GB of memory.', report: ['contradicted:nvidia-h200'] },
    { text: 'The H20 draws in the region of 300 W.', report: ['contradicted:nvidia-h20'] },
    // Look-alikes: bounds and approximations the record bears out (they were read as exact figures before).
    { text: 'The H200 has north of 100 GB of memory.', report: [] },
    { text: 'The H20 draws south of 500 W.', report: [] },
    { text: 'The H200 has an estimated 140 GB of memory.', report: [] },
    { text: 'The H20 draws in the region of 390 W.', report: [] },
  ],
);

table(
  'quantity: a system’s figure beside a chip is not the chip’s ("per DGX system", "A DGX H100", "in an HGX board")',
  [
    { text: 'The H100 draws 1,000 W per GPU.', report: ['contradicted:nvidia-h100'] },
    { text: 'The H100 delivers 32 petaflops of FP8 per chip.', report: ['contradicted:nvidia-h100'] },
    { text: 'The H100 carries 96 GB of memory per card.', report: ['contradicted:nvidia-h100'] },
    // Look-alikes: a system's figures, whatever chip its name holds.
    { text: 'The H100 draws 10.2 kW per DGX system.', report: [] },
    { text: 'The H100 delivers 32 petaflops of FP8 per DGX node.', report: [] },
    { text: 'The H100 carries 640 GB of memory in an eight-GPU HGX board.', report: [] },
    { text: 'A DGX H100 carries 640 GB of memory.', report: [] },
    { text: 'An H100 cluster delivers 32 petaflops of FP8.', report: [] },
  ],
);

table('quantity: a verb that says the multiple ("The H20 doubles the memory of the H100")', [
  { text: 'The H20 doubles the memory of the H100.', report: ['contradicted:nvidia-h20'] },
  { text: "The H20 triples the H100's memory.", report: ['contradicted:nvidia-h20'] },
  { text: "The H200 quadruples the H100 SXM's memory bandwidth.", report: ['contradicted:nvidia-h200'] },
  // Look-alikes: borne out by the record; another subject does the doubling; another noun.
  { text: "The H200 nearly doubles the H100's memory.", report: [] },
  { text: "Nvidia doubled the H100's memory with the H200.", report: [] },
  { text: 'The H200 doubled its sales compared with the H100.', report: [] },
]);

table('quantity: a class of figure ("a 700W-class chip") is approximate', [
  { text: 'The H20 is a 700W-class chip.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 is sold as a 200-watt-class accelerator.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H100 SXM is a 650W chip.', report: ['contradicted:nvidia-h100'] },
  // Look-alikes: within a tenth of the class; a class of another product.
  { text: 'The H100 SXM is a 650W-class chip.', report: [] },
  { text: 'The H20 is a 96GB-class card.', report: [] },
  { text: 'The H20 competes with 700W-class chips from Huawei.', report: [] },
]);

table('quantity: numbers in words in their common shapes (compound cardinals, "twelve hundred", "a thousand")', [
  { text: 'The H200 carries one hundred and twenty gigabytes of HBM3e.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H100 SXM is rated at twelve hundred watts.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H100 SXM draws a thousand watts.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H100 packs a hundred billion transistors.', report: ['contradicted:nvidia-h100'] },
  { text: 'The H20 moves two thousand gigabytes per second of memory bandwidth.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: the right figures in words; a negation; words that are no number of the chip's ("one of the").
  { text: 'The H200 carries one hundred and forty-one gigabytes of HBM3e.', report: [] },
  { text: 'The B200 draws a thousand watts.', report: [] },
  { text: 'The H100 packs eighty billion transistors.', report: [] },
  { text: 'The H100 SXM does not draw twelve hundred watts.', report: [] },
  { text: 'The H20 is one of a thousand parts Nvidia ships with HBM3.', report: [] },
]);

table('quantity: shares and percentages in words ("a tenth of", "two-thirds of", "fifteen per cent")', [
  {
    text: 'Nvidia must pay the US government fifteen per cent of its H200 sales in China.',
    report: ['contradicted:nvidia-h200'],
  },
  {
    text: 'Nvidia must pay the US government twenty-five percent of its H20 sales in China.',
    report: ['contradicted:nvidia-h20'],
  },
  { text: 'Nvidia must pay the US government a tenth of its H20 sales in China.', report: ['contradicted:nvidia-h20'] },
  {
    text: 'Nvidia must pay the US government two-thirds of its H20 sales in China.',
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: the right shares; a share of something else (the market).
  { text: 'Nvidia must pay the US government fifteen per cent of its H20 sales in China.', report: [] },
  { text: 'Nvidia must pay the US government a quarter of its H200 sales in China.', report: [] },
  { text: 'The H20 won a tenth of the Chinese market share for AI chips.', report: [] },
]);

table('quantity: a possessive reference before a spec noun ("The chip’s TDP is …")', [
  { text: "Nvidia designed the H20 for China. The chip's TDP is 700 W.", report: ['contradicted:nvidia-h20'] },
  {
    text: "Nvidia designed the H20 for China. The card's memory bandwidth is 3 TB/s.",
    report: ['contradicted:nvidia-h20'],
  },
  {
    text: "Nvidia designed the H20 for China. The accelerator's memory is 80 GB.",
    report: ['contradicted:nvidia-h20'],
  },
  // Look-alikes: two chips in mind; a possessive before a noun that is no spec.
  { text: "Nvidia designed the H20 and the H100 for different buyers. The chip's TDP is 700 W.", report: [] },
  { text: "Nvidia designed the H20 for China. The chip's price is $12,000.", report: [] },
  { text: "Nvidia designed the H20 for China. The chip's maker, TSMC, is in Taiwan.", report: [] },
]);

describe('quantity: a range or multiple wide enough to hold both sides of a dispute takes no side', () => {
  const verdicts = (text: string) =>
    testEngine()
      .check(text, { asOf: '2025-11-27', includeSupported: true })
      .findings.filter((f) => f.kind === 'quantity')
      .map((f) => f.verdict);
  it('"between 180 and 192 GB" for the B200 (192 GB or 180 GB) is supported', () => {
    assert.deepEqual(verdicts('The B200 has between 180 and 192 GB of memory.'), ['supported']);
  });
  it('"roughly 2.4 times the memory bandwidth of the H100 SXM" for the B200 (8 or 7.7 TB/s) is supported', () => {
    assert.deepEqual(verdicts('The B200 offers roughly 2.4 times the memory bandwidth of the H100 SXM.'), [
      'supported',
    ]);
  });
  it('a single figure on one side stays disputed, and a range holding one side only too', () => {
    assert.deepEqual(verdicts('The B200 has 192 GB of memory.'), ['disputed']);
    assert.deepEqual(verdicts('The B200 has between 185 and 195 GB of memory.'), ['disputed']);
  });
});

table(
  'quantity: "its" between a lone subject and its figure is the subject’s ("The H800 kept its NVLink at 400 GB/s")',
  [
    { text: 'The H20 keeps its memory at 80 GB.', report: ['contradicted:nvidia-h20'] },
    { text: 'The H100 trails on memory, yet its TDP is 1,000 W.', report: ['contradicted:nvidia-h100'] },
    { text: "Nvidia's H20 keeps its TDP at 700 W.", report: ['contradicted:nvidia-h20'] },
    {
      text: 'The A100 (the chip behind the first chatbots) kept its NVLink at 900 GB/s.',
      report: ['contradicted:nvidia-a100'],
    },
    // Look-alikes: another chip named before the figure leaves "its" in doubt; the right figure.
    { text: 'The H20 sits beside the H100 in the catalogue, and its TDP is 700 W.', report: [] },
    { text: 'The H20 keeps its memory at 96 GB.', report: [] },
  ],
);

table(
  'quantity: a later figure whose noun is left out takes the earlier one’s ("…, while the H100 packs 90 billion")',
  [
    {
      text: 'The B200 packs 208 billion transistors, while the H100 packs 90 billion.',
      report: ['contradicted:nvidia-h100'],
    },
    {
      text: 'The B200 has 208 billion transistors; the A100 has about 70 billion.',
      report: ['contradicted:nvidia-a100'],
    },
    {
      text: 'Kimi K2 has 1 trillion parameters, while Qwen3.5 has 300 billion.',
      asOf: '2026-06-01',
      report: ['contradicted:qwen-3-5'],
    },
    // Look-alikes: the right figure; a sum of money; a negation; the figure of a chip the sentence compares with.
    { text: 'The B200 packs 208 billion transistors, while the H100 packs 80 billion.', report: [] },
    { text: 'The B200 packs 208 billion transistors and costs Nvidia 10 billion.', report: [] },
    { text: 'The B200 packs 208 billion transistors, while the H100 does not pack 90 billion.', report: [] },
    // "on the same die as the H100" is an aside (round ten): the figure is the subject's, the H200's (as the tuned
    // corpus labels "the H200, on the same die as the H100, packs about a hundred billion"), never the H100's.
    { text: 'The H200, on the same die as the H100, packs 96 GB.', report: ['contradicted:nvidia-h200'] },
  ],
);

table('quantity: a multiple whose other side is fronted ("Compared with the H100, the H20 has twice the memory")', [
  { text: 'Compared with the H100, the H20 has twice the memory.', report: ['contradicted:nvidia-h20'] },
  { text: 'Next to the H100 SXM, the H20 draws twice the power.', report: ['contradicted:nvidia-h20'] },
  {
    text: 'Compared with the H100 SXM, the B200 offers four times the memory bandwidth.',
    report: ['contradicted:nvidia-b200'],
  },
  // Look-alikes: borne out; negated; the multiple names its own other side.
  { text: 'Compared with the H100, the H200 has nearly twice the memory.', report: [] },
  { text: 'Next to the H100 SXM, the H20 draws half the power.', report: [] },
  { text: 'Compared with the H100, the H20 does not have twice the memory.', report: [] },
  { text: 'Compared with the H100, the H20 has twice the memory of the A100.', report: [] },
]);

table('quantity: a multiple hedged below ("well under half the power of the H100 SXM") is a bound', [
  { text: 'The H20 draws well under half the power of the H100 SXM.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 draws less than half the power of the H100 SXM.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H20 has less than half the memory of the H100.', report: ['contradicted:nvidia-h20'] },
  // Look-alikes: bounds the record bears out.
  { text: 'The H20 draws well under two-thirds of the power of the H100 SXM.', report: [] },
  { text: 'The B200 has well over twice the memory bandwidth of the H100 SXM.', report: [] },
]);
