import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_MESSAGE, oneRowMessage, type MessageParts } from '../../../../src/engine/index';
import { testEngine } from '../../../helpers/record';

const EXAMPLES = path.join(__dirname, '..', '..', '..', '..', 'examples');

describe('one-row messages', () => {
  it('every finding on the examples fits one row (≤ 100 characters), correction first, with the long text kept as detail', () => {
    const engine = testEngine();
    let seen = 0;
    for (const name of fs.readdirSync(EXAMPLES).filter((n) => n.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      // Supported and not-in-the-record claims too: the Claims view and hovers show them.
      for (const f of engine.check(text, { includeSupported: true, today: '2026-12-02' }).findings) {
        seen++;
        assert.ok(f.message.length <= MAX_MESSAGE, `${name}: ${f.message.length} characters: ${f.message}`);
        assert.ok(f.message.startsWith(`${f.subject}: `), f.message);
        assert.doesNotMatch(f.message, /\n|Draft says|\(as of/, f.message);
        assert.ok(f.detail.length > 0, f.message);
      }
    }
    assert.ok(seen > 20, `only ${seen} findings on the examples`);
  });

  it('says the correction, then what the draft said, from the finding’s data', () => {
    const [f] = testEngine().check('The H200 has 96 GB of HBM3e memory.', { asOf: '2025-12-15' }).findings;
    assert.equal(f!.message, 'H200 memory: 141 GB in the record, not 96 GB');
    assert.equal(f!.subject, 'H200 memory');
    assert.equal(f!.brief, '141 GB');
    assert.match(
      f!.detail,
      /^Draft says “96 GB” for the Nvidia H200's memory; the record says 141 GB \(as of 2025-12-15\)\. Sources disagree/,
    );
  });

  it('a share keeps its percent sign; an outdated status says what is true now', () => {
    const engine = testEngine();
    const share = engine.check('In August, Nvidia agreed to give the US government 25% of its H20 China revenue.', {
      asOf: '2025-12-15',
    }).findings;
    assert.equal(
      share.find((f) => f.verdict === 'contradicted')?.message,
      'H20 US revenue share: 15% in the record, not 25%',
    );
    const [status] = engine.check('The H200 is still banned from sale to China.', { asOf: '2025-12-15' }).findings;
    assert.equal(
      status!.message,
      'H200 China status: now approved, licences under review since 8 December 2025, not banned (outdated)',
    );
  });

  const parts = (over: Partial<MessageParts>): MessageParts => ({
    subject: 'H200 memory',
    verdict: 'contradicted',
    kind: 'quantity',
    claimed: { attribute: 'memory_capacity', words: '96 GB', value: 96, unit: 'GB' },
    brief: '141 GB',
    quoted: false,
    weak: false,
    ...over,
  });

  it('each verdict has its wording; quotations and weak sources are said in a tag', () => {
    assert.equal(oneRowMessage(parts({})), 'H200 memory: 141 GB in the record, not 96 GB');
    assert.equal(oneRowMessage(parts({ weak: true })), 'H200 memory: 141 GB in the record, not 96 GB (weakly sourced)');
    assert.equal(
      oneRowMessage(parts({ quoted: true, weak: true })),
      'H200 memory: 141 GB in the record, not 96 GB (in a quotation; weakly sourced)',
    );
    assert.equal(
      oneRowMessage(parts({ verdict: 'disputed', claimed: { attribute: 'memory_capacity', words: '144 GB' } })),
      'H200 memory: “144 GB” is disputed; the record has 141 GB',
    );
    assert.equal(
      oneRowMessage(parts({ verdict: 'unknown', brief: '', weak: true })),
      'H200 memory: “96 GB” is not in the record',
    );
    assert.equal(
      oneRowMessage(parts({ verdict: 'supported', claimed: { attribute: 'memory_capacity', words: '141 GB' } })),
      'H200 memory: 141 GB, as in the record',
    );
  });

  it('a share in words stands as written and an unrestricted claim says so, never "a quarter%" or "not is not restricted"', () => {
    const share = { attribute: 'revenue_share', words: 'a quarter', value: 25, unit: '%' };
    assert.equal(
      oneRowMessage(parts({ subject: 'H20 US revenue share', kind: 'quantity', claimed: share, brief: '15%' })),
      'H20 US revenue share: 15% in the record, not a quarter',
    );
    const digits = { attribute: 'revenue_share', words: '25', value: 25, unit: '%' };
    assert.equal(
      oneRowMessage(parts({ subject: 'H20 US revenue share', kind: 'quantity', claimed: digits, brief: '15%' })),
      'H20 US revenue share: 15% in the record, not 25%',
    );
    const status = { attribute: 'china_status', words: 'is not restricted', value: 'unrestricted' };
    assert.equal(
      oneRowMessage(
        parts({
          subject: 'A800 China status',
          kind: 'status',
          verdict: 'outdated',
          claimed: status,
          brief: 'licence required since 23 Oct 2023',
        }),
      ),
      'A800 China status: now licence required since 23 Oct 2023, not unrestricted (outdated)',
    );
  });

  it('a disputed value says both sides the record keeps', () => {
    const [f] = testEngine().check('The B200 carries 192 GB of HBM3e.', { asOf: '2026-11-30' }).findings;
    assert.equal(f!.verdict, 'disputed');
    assert.equal(f!.message, 'B200 memory: “192 GB” is disputed; the record has 192 GB or 180 GB');
  });

  it('long values are shortened until the row fits: months, the draft’s words, then the recorded value', () => {
    const long = oneRowMessage(
      parts({
        subject: 'Financial Times report on offshore AI training publication',
        brief: '14 September 2025 (report published in the weekend edition, page one)',
        claimed: { attribute: 'report', words: 'on the Thursday before the September meeting of the board' },
      }),
    );
    assert.ok(long.length <= MAX_MESSAGE, long);
    assert.match(long, /^Financial Times report on offshore AI training publication: 14 Sep 2025/);
    assert.match(long, /…/);
  });
});
