/**
 * References to a model named by its short code (issue 17): "DeepSeek released V4 … Its Pro version has …" reads
 * the later sentence about DeepSeek-V4, as the full name would be. Three drafts that must be read and two that must
 * not (no maker named, so "V4" is no name; two models in mind, so "its" is ambiguous).
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';

const AS_OF = '2026-11-28';
const flagged = (text: string) =>
  testEngine()
    .check(text, { asOf: AS_OF })
    .findings.filter((f) => f.kind === 'quantity' && f.verdict === 'contradicted')
    .map((f) => f.factId);

describe('context: a model said by its short code is referred to by its full name', () => {
  for (const [text, fact] of [
    ['DeepSeek released V4 in April. Its Pro version has 1.2 trillion parameters.', 'deepseek-v4.parameters.pro'],
    [
      "DeepSeek put out V4 last spring. The model's Pro version has 1.2 trillion parameters.",
      'deepseek-v4.parameters.pro',
    ],
    ['DeepSeek unveiled V4 on April 24. Its Flash version has 500 billion parameters.', 'deepseek-v4.parameters.flash'],
  ] as const)
    it(`read: ${text}`, () => assert.deepEqual(flagged(text), [fact]));

  for (const text of [
    'V4 came out in April. Its Pro version has 1.2 trillion parameters.',
    'DeepSeek released V4 and Alibaba released Qwen3.5 in the spring. Its Pro version has 1.2 trillion parameters.',
  ])
    it(`not read: ${text}`, () => assert.deepEqual(flagged(text), []));
});

/**
 * A product's possessive before one of its forms ("DeepSeek-V4's Flash version", "the H100's PCIe card", "its
 * 40GB version") is that variant, when the record holds one so named: the figure is judged against the variant,
 * not the product's default form. Look-alikes: a word that names no variant, and a form word that is no variant noun.
 */
const claimedFacts = (text: string) =>
  testEngine()
    .check(text, { asOf: AS_OF, includeSupported: true })
    .findings.filter((f) => f.kind === 'quantity')
    .map((f) => `${f.verdict}:${f.factId}`);

describe('context: a possessive before a variant’s form is that variant', () => {
  for (const [text, want] of [
    ["DeepSeek-V4's Flash version has 500 billion parameters.", 'contradicted:deepseek-v4.parameters.flash'],
    ["The H100's PCIe card draws 700 W.", 'contradicted:h100-pcie.tdp'],
    ['The A100 came in two sizes. Its 40GB version has 80 GB of memory.', 'contradicted:a100-40gb.memory_capacity'],
    ["DeepSeek-V4's Flash model has 284 billion parameters.", 'supported:deepseek-v4.parameters.flash'],
  ] as const)
    it(`read: ${text}`, () => assert.ok(claimedFacts(text).includes(want), claimedFacts(text).join(', ')));

  for (const [text, not] of [
    ["The H100's newest version draws 700 W.", 'h100-pcie.tdp'],
    ["The H100's PCIe slot draws 700 W.", 'h100-pcie.tdp'],
  ] as const)
    it(`not read as the variant: ${text}`, () =>
      assert.ok(!claimedFacts(text).some((f) => f.endsWith(not)), claimedFacts(text).join(', ')));
});

/**
 * A negation's reach (issue 17): litotes ("no small part", "no mean chip", "not only") deny nothing, and a negation
 * in a clause before a semicolon or colon is that clause's. Look-alikes: a negation of the figure's own clause.
 */
describe('negation: litotes and a clause before a semicolon or colon deny nothing after them', () => {
  const contradicted = (text: string) => claimedFacts(text).filter((f) => f.startsWith('contradicted:'));
  for (const [text, fact] of [
    ['The H200 is no small part: the chip carries 96 GB of memory.', 'h200.memory_capacity'],
    ['The H20 is not the fastest chip; it carries 80 GB of memory.', 'h20.memory_capacity'],
    ['The H200 is no mean chip, carrying 96 GB of memory.', 'h200.memory_capacity'],
    ['The H200 has not only 96 GB of memory but also more bandwidth.', 'h200.memory_capacity'],
  ] as const)
    it(`read: ${text}`, () => assert.deepEqual(contradicted(text), [`contradicted:${fact}`]));

  for (const text of [
    'The H200 does not have 96 GB of memory.',
    'The H20 is not, as some claim, a chip with 80 GB of memory.',
    'The H200: it does not carry 96 GB.',
  ])
    it(`not read: ${text}`, () => assert.deepEqual(contradicted(text), []));
});

/** Hard-wrapped prose: a name split by the wrap ("the Nvidia⏎H200") is one name, and its claim is read. */
describe('context: a name split by a hard wrap in a long line is read', () => {
  const reportedHere = (text: string) =>
    testEngine()
      .check(text, { asOf: AS_OF })
      .findings.filter((f) => f.verdict === 'contradicted' && f.severity !== 'information')
      .map((f) => f.factId);
  for (const [text, fact] of [
    [
      'According to a reseller in Shenzhen who spoke on condition of anonymity, the Nvidia\nH200 has 96 GB of memory.',
      'h200.memory_capacity',
    ],
    [
      'Lawmakers said that by the end of that week the House had passed the Remote\nAccess Security Act in February.',
      'remote-access-security-act.passed-house.2026-01-12',
    ],
    [
      'In a note to clients this week, analysts at one brokerage wrote that the Nvidia\nH20 has 80 GB of memory.',
      'h20.memory_capacity',
    ],
  ] as const)
    it(`read: ${JSON.stringify(text)}`, () => assert.deepEqual(reportedHere(text), [fact]));
  for (const text of [
    'In a note to clients this week, analysts at one brokerage wrote that the Nvidia\nH20 does not have 80 GB of memory.',
    'In a note to clients this week, analysts at one brokerage wrote that "the Nvidia\nH20 has 80 GB of memory."',
  ])
    it(`not read: ${JSON.stringify(text)}`, () => assert.deepEqual(reportedHere(text), []));
});

/**
 * Clauses joined by ", and": China's side named in the first clause is not the side of the second ("Chinese
 * customs blocked the H200, and the B30A can be sold to China" says the B30A may leave the US), and the first
 * clause's object is no coordinated subject of the second's predicate.
 */
describe('status: a clause after ", and" has its own side and subject', () => {
  const statusFindings = (text: string, asOf = AS_OF) =>
    testEngine()
      .check(text, { asOf, includeSupported: true })
      .findings.filter((f) => f.kind === 'status')
      .map((f) => `${f.verdict}:${f.entityId}`);
  for (const text of [
    'Chinese customs told agents that the H200 was not permitted to enter the country, and the B30A can be sold to China.',
    'Chinese customs blocked the H200, and the B30A can be sold to China.',
    'Beijing has told its firms to stop ordering the H20, but the B30A can be exported to China.',
  ])
    it(`read on the US side: ${text}`, () =>
      assert.ok(statusFindings(text).includes('contradicted:nvidia-b30a'), statusFindings(text).join(', ')));
  // Look-alikes: the object of the first clause takes no status from the second; a serial list still distributes.
  it('the first clause’s object is no subject of the second', () =>
    assert.ok(
      !statusFindings('Chinese customs stopped the B200, and the H20 can be sold to China.').some((f) =>
        f.endsWith('nvidia-b200'),
      ),
    ));
  it('a list of three with a serial comma still shares its predicate', () =>
    assert.ok(statusFindings('The B200, B30A, and GB200 can be sold to China.').includes('contradicted:nvidia-b200')));
});
