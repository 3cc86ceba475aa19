import assert from 'node:assert/strict';
import { MentionMatcher } from '../../../../src/engine/mentions/matcher';
import { testEngine } from '../../../helpers/record';

const matcher = () => new MentionMatcher(testEngine().index);
const ids = (text: string) =>
  matcher()
    .find(text)
    .map((m) => `${m.entityId}${m.variantId ? `/${m.variantId}` : ''}:${m.text}`);

describe('mentions: one matcher for every name and alias', () => {
  it('is case- and hyphen-tolerant and takes plurals', () => {
    assert.deepEqual(ids('the h-100, the H100s and H 100'), [
      'nvidia-h100:h-100',
      'nvidia-h100:H100',
      'nvidia-h100:H 100',
    ]);
  });
  it('prefers the longest name: variants over chips, GB200 over B200, H200 over H20', () => {
    assert.deepEqual(ids('H100 SXM and H100 PCIe'), ['nvidia-h100/sxm:H100 SXM', 'nvidia-h100/pcie:H100 PCIe']);
    assert.deepEqual(ids('GB200 NVL72 vs GB200 vs B200'), [
      'nvidia-gb200-nvl72:GB200 NVL72',
      'nvidia-gb200:GB200',
      'nvidia-b200:B200',
    ]);
    assert.deepEqual(ids('H200/H20'), ['nvidia-h200:H200', 'nvidia-h20:H20']);
  });
  it('does not match inside other words or numbers', () => {
    assert.deepEqual(ids('XH100 H1000 2H100'), []);
  });
  it('matches companies, models, people and rules', () => {
    assert.deepEqual(ids('Alibaba’s Qwen, Deborah Elms and the AI Diffusion Rule'), [
      'alibaba:Alibaba',
      'qwen:Qwen',
      'deborah-elms:Deborah Elms',
      'ai-diffusion-rule:AI Diffusion Rule',
    ]);
  });
  it('matches short all-caps names only in capitals', () => {
    assert.deepEqual(ids('AMD and amd; BIS and bis'), ['amd:AMD', 'bis:BIS']);
  });
  it('reads plurals inside a run and after one, one separator between name parts, and names beside astral characters', () => {
    assert.deepEqual(ids('Blackwells, H100 SXMs, H200es, H 20, H\u00a0100, H‑100'), [
      'blackwell:Blackwell',
      'nvidia-h100/sxm:H100 SXM',
      'nvidia-h200:H200',
      'nvidia-h20:H 20',
      'nvidia-h100:H\u00a0100',
      'nvidia-h100:H‑100',
    ]);
    assert.deepEqual(ids('H  100 and H--100 (two separators are not one name)'), []);
    assert.deepEqual(ids('😀H100😀 and éH100'), ['nvidia-h100:H100']);
  });
  it('reports offsets shifted by the offset given, and the first mention alone for the quick test', () => {
    const m = matcher();
    assert.deepEqual(
      m.find('x H20', 100).map((x) => [x.start, x.end]),
      [[102, 105]],
    );
    assert.equal(m.mentionsAny('nothing here at all'), false);
    assert.equal(m.mentionsAny('but the H20 is here'), true);
  });
});
