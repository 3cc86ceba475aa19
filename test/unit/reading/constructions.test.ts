/**
 * Each reading construction on at least three differently worded sentences that
 * must be read, and at least two look-alikes that must not (negation, a list, a
 * different subject, a comparison, a quotation). Verdicts are judged as of the
 * case's date against the bundled record.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';

interface Case {
  text: string;
  asOf?: string;
  /** Every reported finding (contradicted / outdated / disputed) as "verdict:entity-id". */
  report: string[];
}

function reported(c: Case): string[] {
  const r = testEngine().check(c.text, { asOf: c.asOf ?? '2025-11-27' });
  return r.findings.filter((f) => ['contradicted', 'outdated', 'disputed'].includes(f.verdict) && f.severity !== 'information').map((f) => `${f.verdict}:${f.entityId}`);
}

function table(name: string, cases: Case[]) {
  describe(name, () => {
    for (const c of cases) {
      it(`${c.report.join(', ') || 'nothing'} ← ${c.text}`, () => assert.deepEqual(reported(c), c.report));
    }
  });
}

table('reading: appositives, parentheses and dashes are set aside', [
  { text: 'The A100, the chip behind the first wave of chatbots, belongs to the Hopper generation.', report: ['contradicted:nvidia-a100'] },
  { text: 'The H20 (a cut-down part for China) is based on the Ampere architecture.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H800 — sold only in China — uses the Blackwell architecture.', report: ['contradicted:nvidia-h800'] },
  { text: "The H200, Nvidia's answer to surging demand for memory, carries 96 GB of HBM3e.", report: ['contradicted:nvidia-h200'] },
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
  // Look-alikes: two chips before, so "the chip" is ambiguous; a new paragraph starts fresh.
  { text: 'The H100 and the H200 sold out. The chip draws 1,000 W.', report: [] },
  { text: 'The H200 shipped in 2024.\n\nIt carries 96 GB of memory.', report: [] },
]);

table('reading: numbers and fractions in words', [
  { text: 'The H200 has ninety-six gigabytes of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H200 carries some two hundred gigabytes of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'Nvidia agreed to pay a quarter of its H20 sales in China to the US government.', report: ['contradicted:nvidia-h20'] },
  { text: 'The H100 SXM is rated at seven hundred watts.', report: [] },
  // Look-alikes: a number in words that counts something else; "one of".
  { text: 'The H200 is one of two chips with 141 GB of memory.', report: [] },
  { text: 'Nvidia sold a quarter of a million H20 chips.', report: [] },
]);

table('reading: coordinated subjects and ellipsis', [
  { text: 'The H100 and H200 are Ampere chips.', report: ['contradicted:nvidia-h100', 'contradicted:nvidia-h200'] },
  { text: 'The H100 and the H200 both carry 80 GB of memory.', report: ['contradicted:nvidia-h200'] },
  { text: 'The H20 can be exported to China, and so can the H800.', asOf: '2025-06-15', report: ['outdated:nvidia-h20', 'outdated:nvidia-h800'] },
  // Look-alikes: "respectively"; a total; "neither can".
  { text: 'The H100 and H200 have 80 GB and 141 GB respectively.', report: [] },
  { text: 'The H100 and H200 have 80 GB of memory.', report: [] },
  { text: 'The H20 cannot be exported to China, and neither can the H800.', asOf: '2025-06-15', report: [] },
  // In a paragraph about China, "can be exported" means to China; elsewhere, or to another place, it claims nothing.
  { text: 'Chinese buyers want Nvidia chips. The H20 can be exported, and so can the H800.', asOf: '2025-06-15', report: ['outdated:nvidia-h20', 'outdated:nvidia-h800'] },
  { text: 'The H20 can be exported, and so can the H800.', asOf: '2025-06-15', report: [] },
  { text: 'China wants chips. The H20 can be exported to Malaysia.', asOf: '2025-06-15', report: [] },
]);

table('reading: status in modal, negated and "ban lifted" language, at the draft’s date', [
  { text: 'The H20 can be sold to China.', asOf: '2025-06-15', report: ['outdated:nvidia-h20'] },
  { text: 'The H200 cannot be sold to China under any licence.', asOf: '2026-03-15', report: ['outdated:nvidia-h200'] },
  { text: 'The ban on H100 sales to China has since been lifted.', asOf: '2025-06-15', report: ['contradicted:nvidia-h100'] },
  { text: 'The A100 may ship to Chinese buyers again.', asOf: '2025-06-15', report: ['contradicted:nvidia-a100'] },
  // Look-alikes: a hope, a question, a condition.
  { text: 'Nvidia hopes the H100 can be sold to China.', asOf: '2025-06-15', report: [] },
  { text: 'Can the H100 be sold to China?', asOf: '2025-06-15', report: [] },
  { text: 'If the A100 may ship to Chinese buyers again, prices will fall.', asOf: '2025-06-15', report: [] },
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
    const [f] = check('ByteDance has not said how many people use its Qwen app.').filter((x) => x.verdict === 'contradicted');
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
  const shown = (text: string, asOf: string) => testEngine().check(text, { asOf }).findings.filter((f) => f.verdict !== 'supported' && f.verdict !== 'unknown');
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
    const f = testEngine().check(text, { asOf: '2025-11-27' }).findings.find((x) => x.fix)!;
    return [text.slice(f.fix!.span.start, f.fix!.span.end), f.fix!.newText];
  };
  it('"a quarter" → "15%", "ninety-six gigabytes" → "141 GB", "25 per cent" → the digits only', () => {
    assert.deepEqual(fixOf('Nvidia agreed to pay a quarter of its H20 sales in China to the US government.'), ['a quarter', '15%']);
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
