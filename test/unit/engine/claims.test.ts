/**
 * Claims end to end through the engine, table-driven like textlint's valid/invalid
 * lists: real sentences, each with the verdicts it must (and must only) produce.
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';

interface Case {
  text: string;
  asOf?: string;
  /** Every non-supported finding, as "verdict:claim words". Empty: the sentence must raise nothing. */
  report: string[];
  /** Claims the engine must read and find supported (claim words). */
  supports?: string[];
}

function run(c: Case) {
  const result = testEngine().check(c.text, { asOf: c.asOf ?? '2025-11-27', includeSupported: true });
  const shown = result.findings.filter((f) => f.verdict !== 'supported' && f.verdict !== 'unknown');
  const supported = result.findings.filter((f) => f.verdict === 'supported');
  return { shown, supported, result };
}

function check(cases: Case[]) {
  for (const c of cases) {
    it(`${c.report.length ? c.report.join(', ') : 'nothing'} ← ${c.text}${c.asOf ? ` (as of ${c.asOf})` : ''}`, () => {
      const { shown, supported } = run(c);
      assert.deepEqual(
        shown.map((f) => `${f.verdict}:${f.claim}`),
        c.report,
        shown.map((f) => f.message).join('\n'),
      );
      for (const words of c.supports ?? []) {
        assert.ok(
          supported.some((f) => f.claim.includes(words)),
          `expected a supported claim "${words}"; got ${supported.map((f) => f.claim).join(' | ') || 'none'}`,
        );
      }
    });
  }
}

describe('claims: quantities', () => {
  check([
    { text: 'The H200 has 96 GB of memory.', report: ['contradicted:96 GB'] },
    { text: 'The H200 carries 141 GB of HBM3e memory.', report: [], supports: ['141 GB', 'HBM3e'] },
    { text: 'The H20 comes with 96 GB of HBM3e memory.', report: ['disputed:HBM3e'], supports: ['96 GB'] },
    { text: 'The H100 SXM offers 2 TB/s of memory bandwidth.', report: ['contradicted:2 TB/s'] },
    { text: 'The H100 SXM offers 3.35 TB/s of memory bandwidth.', report: [], supports: ['3.35 TB/s'] },
    { text: 'The H100 SXM offers 3.4 TB/s of memory bandwidth.', report: [], supports: ['3.4 TB/s'] },
    { text: 'The H100 SXM offers about 3.3 TB/s of memory bandwidth.', report: [], supports: ['3.3 TB/s'] },
    { text: 'The H100 SXM offers 3,350 GB/s of memory bandwidth.', report: [], supports: ['3,350 GB/s'] },
    { text: 'The H100 SXM offers 3.0 TB/s of memory bandwidth.', report: ['disputed:3.0 TB/s'] },
    { text: 'The H100 delivers nearly 4,000 TFLOPS of FP8 compute.', report: [], supports: ['4,000 TFLOPS'] },
    { text: 'The H100 delivers 1,979 TFLOPS of dense FP8 compute.', report: [], supports: ['1,979 TFLOPS'] },
    { text: 'The H100 delivers 3.96 PFLOPS of FP8 compute with sparsity.', report: [], supports: ['3.96 PFLOPS'] },
    { text: 'The H100 delivers 5,000 TFLOPS of FP8 compute with sparsity.', report: ['contradicted:5,000 TFLOPS'] },
    { text: 'The H20 draws 700 W.', report: ['contradicted:700 W'] },
    { text: 'The H20 has a 400 W TDP.', report: [], supports: ['400 W'] },
    { text: 'The B200 packs 208 billion transistors.', report: [], supports: ['208 billion transistors'] },
    { text: 'The B200 packs 108 billion transistors.', report: ['contradicted:108 billion transistors'] },
    // The record keeps one die as a sourced (weak) alternative: disputed, not contradicted.
    { text: 'The B200 is a single-die chip.', report: ['disputed:single-die'] },
    { text: 'The B30A uses a dual-die design.', report: ['contradicted:dual-die'] },
    { text: 'The B200 packs 208 billion transistors across two dies.', report: [], supports: ['two dies'] },
    { text: 'The H200 is nearly six times faster than the H20.', report: [], supports: ['six times faster'] },
    { text: 'The H200 is ten times faster than the H20.', report: ['contradicted:ten times faster than the H20'] },
    { text: 'The GB200 NVL72 links 72 GPUs and 36 Grace CPUs.', report: [], supports: ['72 GPUs', '36 Grace CPUs'] },
    { text: 'The GB200 combines four B200 GPUs with one Grace CPU.', report: ['contradicted:four B200 GPUs'] },
    { text: 'The CloudMatrix 384 links 512 Ascend 910C chips.', report: ['contradicted:512 Ascend 910C chips'] },
    {
      text: 'The H100 SXM is rated at 700 W, while the H100 PCIe tops out at 450 W.',
      report: ['contradicted:450 W'],
      supports: ['700 W'],
    },
  ]);
});

describe('claims: numbers that belong to something else', () => {
  check([
    { text: 'Nvidia shares fell 5% after the H20 news, and the H20 costs $12,000.', report: [] },
    { text: 'The H200 does not have 96 GB of memory.', report: [] },
    { text: "The H200 ain't got 96 GB of memory.", report: [] },
    { text: 'The H200 never had 96 GB of memory.', report: [] },
    { text: 'The H100 and H200 have 80 GB of memory.', report: [] },
    {
      text: 'The H200 has 141 GB of memory, compared with 80 GB on the H100.',
      report: [],
      supports: ['141 GB', '80 GB'],
    },
    { text: 'The H100 servers in Malaysia store 300 GB of training data.', report: [] },
    { text: 'Data centre capacity in Malaysia grew 25% while the H20 was restricted.', report: [] },
    { text: 'Chips between 80–96 GB, such as the H20, ship to China.', report: [] },
    // Each of these was a false alarm found by the accuracy corpus (npm run eval).
    { text: 'The new H20 AI GPU is a cut-down version of the H100, with 96GB of HBM3 memory.', report: [] },
    { text: 'Alibaba fitted 512 GB of DDR5 to each H20 server.', report: [] },
    { text: 'A 400 W power supply is enough for an H100 PCIe workstation, the vendor says.', report: [] },
    { text: 'The H20 has 16 GB more memory than the H100.', report: [] },
    {
      text: 'The Ascend 910C is faster, delivering over three times the BF16 performance (2,500 TeraFLOPS vs. 780 TeraFLOPS).',
      report: [],
    },
    { text: 'The CloudMatrix 384 links 384 Ascend 910C chips for about 300 PFLOPS of dense BF16.', report: [] },
    {
      text: '| Memory Clock | ~6.5Gbps HBM3E | 5.24Gbps HBM3 |\n|---|---|---|\n| H200 | 6.5Gbps | 5.24Gbps |',
      report: [],
    },
    { text: 'The B200 GPU features two dies connected by a 10 TB/s chip-to-chip interconnect.', report: [] },
    {
      text: 'The GB200 NVL72 offers 130 TB/s of NVLink bandwidth and 576 TB/s of memory bandwidth.',
      report: [],
      supports: ['130 TB/s', '576 TB/s'],
    },
    {
      text: 'The H100 SXM delivers 34 TFLOPS of FP64, and 67 TFLOPS of FP64 on its Tensor Cores.',
      report: [],
      supports: ['34 TFLOPS'],
    },
    { text: 'The H100 SXM reaches 33.5 TFLOPS of FP64.', report: [], supports: ['33.5 TFLOPS'] },
    {
      text: 'The H100 SXM reaches 1,979 TFLOPS of FP16 with sparsity, or about 990 TFLOPS dense.',
      report: [],
      supports: ['1,979 TFLOPS', '990 TFLOPS'],
    },
  ]);
});

describe('claims: categories', () => {
  check([
    { text: "AMD's H100 dominates AI training.", report: ['contradicted:AMD\u2019s H100'.replace('\u2019', "'")] },
    { text: "Nvidia's China-specific H20 is a cut-down part.", report: [], supports: ["Nvidia's China-specific H20"] },
    { text: 'The Hopper-based B200 is Nvidia’s newest chip.', report: ['contradicted:Hopper-based B200'] },
    { text: 'The Hopper H200 keeps the H100’s compute.', report: [], supports: ['Hopper H200'] },
    // A memory type denied: wrong when the record has it, right when the record names another.
    { text: 'The H200 does not use HBM3e memory.', report: ['contradicted:does not use HBM3e'] },
    { text: 'The H200 doesn’t have HBM3 memory.', report: [], supports: ['doesn’t have HBM3'] },
    { text: 'The H100 lacks HBM3e memory.', report: [], supports: ['lacks HBM3e'] },
    {
      text: "The GB200 NVL72 is built on Nvidia's Hopper architecture.",
      report: ["contradicted:GB200 NVL72 is built on Nvidia's Hopper"],
    },
    { text: 'Doubao, developed by Alibaba, is popular.', report: ['contradicted:Doubao, developed by Alibaba'] },
    {
      text: 'Alibaba’s Qwen and ByteDance’s Doubao lead the rankings.',
      report: [],
      supports: ['Alibaba’s Qwen', 'ByteDance’s Doubao'],
    },
    { text: 'TikTok is owned by Tencent.', report: ['contradicted:TikTok is owned by Tencent'] },
    { text: 'Huawei’s answer to the H100 is the Ascend 910C.', report: [] },
    {
      text: 'Jensen Huang is the chief executive of AMD.',
      report: ['contradicted:Jensen Huang is the chief executive of AMD'],
    },
  ]);
});

describe('claims: dates of events, resolved against the as-of date', () => {
  check([
    {
      text: "The decision is motivated by the U.S. government's April 2023 restrictions on the sale of Nvidia's H100 chips.",
      report: ['contradicted:April 2023'],
    },
    { text: 'Washington blocked the sale of the H20 in April.', report: [], supports: ['in April'] },
    { text: 'Washington blocked the sale of the H20 in April.', asOf: '2024-06-01', report: ['contradicted:in April'] },
    { text: 'The US restricted the A100 and H100 in 2022.', report: [], supports: ['2022'] },
    { text: 'The AI Diffusion Rule was rescinded in March 2025.', report: ['contradicted:March 2025'] },
    { text: 'The diffusion rule was eliminated earlier this year.', report: [], supports: ['earlier this year'] },
    {
      text: 'The Financial Times reported on Thursday that Alibaba trains abroad.',
      report: [],
      supports: ['on Thursday'],
    },
    {
      text: 'The Financial Times reported on Tuesday that Alibaba trains abroad.',
      report: ['contradicted:on Tuesday'],
    },
    { text: 'The Financial Times reported in August that Nvidia and AMD agreed to pay 15% of revenue.', report: [] },
    { text: 'Nvidia announced in August that it would resume H20 sales to China.', report: [] },
    { text: 'The AI Diffusion Rule was published during the last week of the Biden administration.', report: [] },
    { text: 'Rules allowed the H20 to be sold in China until April.', report: [] },
    { text: 'Nvidia unveiled the H200 in March 2022.', report: ['contradicted:March 2022'] },
    { text: 'The H200, launched in 2023, is faster.', report: [], supports: ['2023'] },
    { text: 'Nvidia announced the H200 in November 2024.', report: ['contradicted:November 2024'] },
    { text: 'The Commerce Department began issuing H20 licences in June.', report: ['contradicted:in June'] },
    { text: 'The Commerce Department began issuing H20 licences in August.', report: [], supports: ['in August'] },
    { text: 'Nvidia announced the H200 on November 13, 2023.', report: [], supports: ['November 13, 2023'] },
    { text: 'Nvidia designed the H20 to comply with the 2023 restrictions.', report: [] },
    { text: "From April's H20 blocks to potential H200 relaxations, policy shifts.", report: [], supports: ['April'] },
    // A date in a later clause with its own subject and verb (", and in August, Nvidia agreed …") is that clause's, not the rescission's.
    {
      text: 'The AI Diffusion Rule was rescinded, and in August, Nvidia agreed to give the US government 25% of its H20 revenue from China.',
      report: ['contradicted:25%'],
    },
    {
      text: 'The AI Diffusion Rule was rescinded, and Nvidia agreed in August to give the US government 15% of its H20 revenue from China.',
      report: [],
      supports: ['15%'],
    },
    {
      text: 'The AI Diffusion Rule was rescinded, and in August, the Commerce Department began issuing H20 licences.',
      report: [],
      supports: ['in August'],
    },
    // The date beside its own keyword still counts, with another clause after it.
    {
      text: 'The AI Diffusion Rule was rescinded in March 2025, and Nvidia agreed to give the US government 15% of its H20 revenue from China.',
      report: ['contradicted:March 2025'],
    },
    // No subject of its own after the conjunction: the same clause, the same event.
    { text: 'The US restricted the A100, and the H100 in 2022.', report: [], supports: ['2022'] },
  ]);
});

describe('claims: deal terms', () => {
  check([
    {
      text: 'Later, in August, Trump approved sales by Nvidia and AMD, stipulating a 15% US revenue share.',
      report: [],
      supports: ['15%'],
    },
    {
      text: 'In August, Nvidia agreed to give the US government 25% of its H20 revenue from China.',
      report: ['contradicted:25%'],
    },
    { text: 'The US will take 25% of H200 sales to China.', asOf: '2025-12-15', report: [], supports: ['25%'] },
    { text: 'The US takes 15% of H200 sales to China.', asOf: '2025-12-15', report: ['contradicted:15%'] },
    {
      text: 'The H200 fee was set at 25%, up from the 15% Nvidia pays on the H20.',
      asOf: '2025-12-15',
      report: [],
      supports: ['25%', '15%'],
    },
    {
      text: 'A White House official confirmed he meant 25%, higher than the 15% proposed in August.',
      asOf: '2025-12-15',
      report: [],
    },
    // In a table: a lone percentage under a header about the US government's cut.
    {
      text: '| Chip | Share of China sales paid to the US |\n|---|---|\n| H20 | 15% |\n| H200 | 15% |\n',
      asOf: '2025-12-15',
      report: ['contradicted:15%'],
      supports: ['15%'],
    },
    {
      text: '| Chip | Market share in China |\n|---|---|\n| H20 | 15% |\n| H200 | 40% |\n',
      asOf: '2025-12-15',
      report: [],
    },
  ]);
});

describe('claims: the H20 charge, taken or expected', () => {
  check([
    {
      text: 'In April, Nvidia warned of a charge of up to $5.5 billion tied to the H20.',
      asOf: '2025-06-15',
      report: [],
      supports: ['$5.5 billion'],
    },
    {
      text: 'Nvidia took a $4.5 billion charge on the H20 in its first fiscal quarter.',
      asOf: '2025-06-15',
      report: [],
      supports: ['$4.5 billion'],
    },
    {
      text: 'Nvidia wrote off $5.5 billion of H20 inventory in the quarter.',
      asOf: '2025-06-15',
      report: ['contradicted:$5.5 billion'],
    },
    {
      text: 'Nvidia took a $6 billion charge tied to the H20.',
      asOf: '2025-06-15',
      report: ['contradicted:$6 billion'],
    },
    { text: 'The H20 charge cost Nvidia $4.5 billion.', asOf: '2025-06-15', report: [], supports: ['$4.5 billion'] },
    // Before the charge taken was reported, April's estimate is the record's figure.
    {
      text: 'Nvidia will take a $5.5 billion charge on the H20.',
      asOf: '2025-05-01',
      report: [],
      supports: ['$5.5 billion'],
    },
    // Not a charge, or not the H20's: revenue it could not ship, AMD's write-off, market value.
    {
      text: 'Nvidia said it could not ship a further $2.5 billion of H20 products in the quarter.',
      asOf: '2025-06-15',
      report: [],
    },
    {
      text: 'AMD took an $800 million charge on the MI308, while Nvidia took $4.5 billion on the H20.',
      asOf: '2025-06-15',
      report: [],
    },
    {
      text: 'Nvidia shares fell 6% after the H20 disclosure, wiping about $150 billion off its value.',
      asOf: '2025-06-15',
      report: [],
    },
  ]);

  it('the fix puts in the charge taken, and says which figure the draft used', () => {
    const result = testEngine().check('Nvidia wrote off $5.5 billion of H20 inventory in the quarter.', {
      asOf: '2025-06-15',
    });
    const [finding] = result.findings;
    assert.equal(finding?.fix?.newText, '4.5 billion');
    assert.equal(finding!.message, 'H20 charge: 4.5 billion USD in the record, not 5.5 billion');
    assert.match(
      finding!.detail,
      /the record says 4\.5 billion USD \(taken, reported 28 May 2025\).*charge expected beforehand: about 5\.5 billion USD/,
    );
  });
});

describe('claims: export status at the as-of date', () => {
  check([
    { text: 'The most powerful Nvidia chip legally available in China is the H20.', report: [], supports: ['H20'] },
    {
      text: 'The most powerful Nvidia chip legally available in China is the H20.',
      asOf: '2025-12-15',
      report: ['outdated:most powerful Nvidia chip legally available in China is the H20'],
    },
    { text: 'The H200 is still banned in China.', report: [], supports: ['H200 is still banned in China'] },
    {
      text: 'The H200 is still banned in China.',
      asOf: '2025-12-15',
      report: ['outdated:H200 is still banned in China'],
    },
    { text: 'The H20 is banned in China.', asOf: '2025-06-01', report: [], supports: ['H20 is banned in China'] },
    // Licensed by Washington since August 2025 but blocked by China's customs since October: true of China's side.
    { text: 'The H20 is banned in China.', report: [], supports: ['H20 is banned in China'] },
    { text: 'The H20 cannot be exported to China.', report: ['outdated:H20 cannot be exported to China'] },
    { text: 'The H20 is no longer banned in China.', report: [], supports: ['H20 is no longer banned in China'] },
    { text: 'The B200 is allowed in China.', asOf: '2025-12-15', report: ['contradicted:B200 is allowed in China'] },
    { text: 'The H100 was banned in China in 2022.', report: [], supports: ['2022'] },
    { text: 'The most powerful Nvidia chip legally available in China is the H800.', asOf: '2023-09-01', report: [] },
  ]);
});

describe('claims: quotations, code and markup', () => {
  it('a quotation is information at most', () => {
    const { shown } = run({ text: '“The H200 has 96 GB of memory,” one analyst said.', report: [] });
    assert.deepEqual(
      shown.map((f) => [f.verdict, f.severity, f.quoted]),
      [['contradicted', 'information', true]],
    );
  });
  it('a blockquote is information at most', () => {
    const { shown } = run({ text: '> The H200 has 96 GB of memory.\n', report: [] });
    assert.deepEqual(
      shown.map((f) => f.severity),
      ['information'],
    );
  });
  for (const text of [
    '```\nThe H200 has 96 GB of memory.\n```\n',
    '    The H200 has 96 GB of memory.\n',
    'Code: `The H200 has 96 GB of memory`.\n',
    '<!-- The H200 has 96 GB of memory. -->\n',
    '<div>The H200 has 96 GB of memory.</div>\n',
    'See [the spec](https://example.test/H200-has-96-GB-of-memory).\n',
    '---\ntitle: The H200 has 96 GB of memory\n---\n\nNothing here.\n',
    '<!-- factdesk-ignore-next-line -->\nThe H200 has 96 GB of memory.\n',
    '<!-- factdesk-ignore-file -->\n\nThe H200 has 96 GB of memory.\n',
  ]) {
    it(`never reads: ${JSON.stringify(text).slice(0, 60)}`, () =>
      assert.deepEqual(run({ text, report: [] }).shown, []));
  }
  it('reads link text, emphasis, headings, list items and table cells', () => {
    const text = [
      '# The H200 has 96 GB of memory',
      '',
      '- The *H200* has **96 GB** of memory.',
      '',
      '[The H200 has 96 GB of memory](https://x.test)',
      '',
      '| Chip | Memory |',
      '|---|---|',
      '| H200 | 96 GB |',
      '',
    ].join('\n');
    const { shown } = run({ text, report: [] });
    assert.equal(shown.length, 4);
    assert.ok(shown.every((f) => f.verdict === 'contradicted' && f.factId === 'h200.memory_capacity'));
  });
  it('reads footnote text: a claim in a footnote is still a claim', () => {
    const { shown } = run({
      text: 'A note.[^1]\n\n[^1]: TweakTown reported that the H20 has a 500 W TDP.\n',
      report: [],
    });
    assert.deepEqual(
      shown.map((f) => `${f.verdict}:${f.claim}`),
      ['contradicted:500 W'],
    );
  });
  it('reads a transposed table (chips as columns)', () => {
    const text = [
      '| | H200 | H20 |',
      '|---|---|---|',
      '| Memory | 141 GB | 80 GB |',
      '| TDP | 700 W | 400 W |',
      '',
    ].join('\n');
    const { shown } = run({ text, report: [] });
    assert.deepEqual(
      shown.map((f) => `${f.entityId}:${f.claim}`),
      ['nvidia-h20:80 GB'],
    );
  });

  it('reads architecture and memory-type cells: only a lone name under that header', () => {
    const text = [
      '| | H200 | H20 | B200 |',
      '|---|---|---|---|',
      '| Architecture | Hopper | Hopper | Hopper |',
      '| Memory type | HBM3e | HBM3 | GDDR6 |',
      '| Notes | Hopper | Hopper-based, like the H100 | Blackwell or Hopper |',
      '',
    ].join('\n');
    const { shown, supported } = run({ text, asOf: '2025-12-15', report: [] });
    assert.deepEqual(
      shown.map((f) => `${f.verdict}:${f.entityId}:${f.kind}:${f.claim}`),
      ['contradicted:nvidia-b200:category:Hopper', 'contradicted:nvidia-b200:category:GDDR6'],
    );
    assert.deepEqual(
      shown.map((f) => f.fix?.newText),
      ['Blackwell', 'HBM3e'],
    );
    assert.equal(supported.filter((f) => f.kind === 'category').length, 4, 'H200 and H20: Hopper, HBM3e, HBM3');
  });
});
