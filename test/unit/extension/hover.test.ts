import assert from 'node:assert/strict';
import { hoverAt, parseApplyFixArgs } from '../../../src/extension/logic/hover';
import { testEngine } from '../../helpers/record';
import { check, H200 } from './fixtures';

const index = () => testEngine().index;

describe('hover markdown', () => {
  it('a plain mention gets a one-line card: what it is, its China status at the as-of date, the full card a click away', () => {
    const r = check(H200);
    const at = H200.indexOf('H200') + 1;
    const h = hoverAt(index(), r, at)!;
    assert.ok(h, 'a hover on the mention');
    assert.equal(h.markdown.split('\n').length, 1, h.markdown);
    assert.match(
      h.markdown,
      /^\*\*Nvidia H200\*\* — .+ · China, \d{1,2} \w+ \d{4}: .+ · \[Fact card\]\(command:factdesk\.showFactCard\?/,
    );
    assert.doesNotMatch(h.markdown, /\| Memory \|/, 'no spec sheet');
    assert.equal(H200.slice(h.span.start, h.span.end), 'Nvidia H200');
    // factdesk.entityNames off: no hover on names; claims keep theirs.
    assert.equal(hoverAt(index(), r, at, undefined, { names: false }), undefined);
    assert.ok(hoverAt(index(), r, H200.indexOf('80 GB') + 1, undefined, { names: false }));
  });

  it('a claim: decision first (verdict, correction, date, fix link), then why, sources, the entity in one line; no ids', () => {
    const r = check(H200);
    const h = hoverAt(index(), r, H200.indexOf('80 GB') + 1, 'untitled:Draft-1')!;
    const f = r.findings.find((x) => x.factId === 'h200.memory_capacity')!;
    const [first] = h.markdown.split('\n');
    assert.match(
      first!,
      /^✗ \*\*Contradicted\*\* — record: \*\*141 GB\*\* · as of \d{1,2} \w+ \d{4} · \[Replace with 141 GB\]\(command:factdesk\.applyFix\?/,
    );
    const order = ['Contradicted', f.sources[0]!.url, 'command:factdesk.openSources', '**Nvidia H200**'].map((x) =>
      h.markdown.indexOf(x),
    );
    assert.ok(
      order.every((x, i) => x >= 0 && (i === 0 || x > order[i - 1]!)),
      `order ${order}:\n${h.markdown}`,
    );
    // Not repeated from the diagnostic, and nothing internal.
    assert.ok(!h.markdown.includes(f.message), 'the diagnostic message is not repeated');
    assert.doesNotMatch(h.markdown, /Draft says|quantity claim|h200\.memory_capacity|bundled@|\+[0-9a-f]{8}/);
    // The dispute is the diagnostic's related information, shown above; not flagged (severity off), the hover says it, with no fix link.
    assert.ok(!h.markdown.includes('Sources disagree'));
    const quiet = hoverAt(index(), r, H200.indexOf('80 GB') + 1, 'untitled:Draft-1', {
      flagged: () => false,
    })!.markdown;
    assert.doesNotMatch(quiet, /applyFix/);
    assert.ok(quiet.indexOf('Sources disagree') > quiet.indexOf('Contradicted'), quiet);
    assert.equal(H200.slice(h.span.start, h.span.end), '80 GB');
  });

  it('the fix link carries a place, never text', () => {
    const r = check(H200);
    const h = hoverAt(index(), r, H200.indexOf('80 GB') + 1, 'untitled:Draft-1')!;
    const link = /command:factdesk\.applyFix\?([^)]+)\)/.exec(h.markdown)![1]!;
    const [args] = JSON.parse(decodeURIComponent(link)) as unknown[];
    assert.deepEqual(parseApplyFixArgs(args), { draft: 'untitled:Draft-1', line: 0, character: H200.indexOf('80 GB') });
    assert.equal(parseApplyFixArgs({ draft: 'x', line: 'a', character: 1 }), undefined);
  });

  it('hovers supported claims too', () => {
    const text = "Huawei's Ascend 910C has 64 GB of memory.";
    const h = hoverAt(index(), check(text), text.indexOf("Huawei's") + 2)!;
    assert.match(h.markdown, /Supported/);
  });

  it('says nothing away from mentions and claims', () => {
    assert.equal(hoverAt(index(), check(H200), H200.indexOf('memory') + 1), undefined);
    assert.equal(hoverAt(index(), check('Nothing to see here.'), 3), undefined);
  });

  it('escapes the draft’s words so they cannot inject markdown', () => {
    const r = check(H200);
    const f = r.findings[0]!;
    const h = hoverAt(index(), { ...r, findings: [{ ...f, claim: '[x](command:evil)' }] }, f.span.start)!;
    assert.ok(!h.markdown.includes('[x](command:evil)'));
  });
});
