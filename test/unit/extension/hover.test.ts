import assert from 'node:assert/strict';
import { hoverAt } from '../../../src/extension/logic/hover';
import { testEngine } from '../../helpers/record';
import { check, H200 } from './fixtures';

const index = () => testEngine().index;

describe('hover markdown', () => {
  it('shows the compact entity card on a mention', () => {
    const r = check(H200);
    const at = H200.indexOf('H200') + 1;
    const h = hoverAt(index(), r, at)!;
    assert.ok(h, 'a hover on the mention');
    assert.match(h.markdown, /\*\*Nvidia H200\*\*/);
    assert.match(h.markdown, /\| Memory \|/);
    assert.match(h.markdown, /command:factdesk\.showFactCard\?/);
    assert.equal(H200.slice(h.span.start, h.span.end), 'Nvidia H200');
  });

  it('shows the verdict, the recorded value and the sources on a claim, then the entity card', () => {
    const r = check(H200);
    const h = hoverAt(index(), r, H200.indexOf('80 GB') + 1)!;
    const f = r.findings.find((x) => x.factId === 'h200.memory_capacity')!;
    assert.match(h.markdown, /Contradicted/);
    assert.match(h.markdown, /Draft says: “80 GB”/);
    assert.match(h.markdown, /Record says: \*\*141 GB\*\*/);
    assert.ok(h.markdown.includes(`](${f.sources[0]!.url})`), 'links the first source');
    assert.match(h.markdown, /command:factdesk\.openSources\?/);
    assert.match(h.markdown, /\*\*Nvidia H200\*\*/, 'the card of the claim’s entity follows');
    assert.equal(H200.slice(h.span.start, h.span.end), '80 GB');
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
