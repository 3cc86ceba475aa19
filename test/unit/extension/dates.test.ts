import assert from 'node:assert/strict';
import { NO_DATE_CODE, undatedNote } from '../../../src/extension/logic/diagnostics';
import { applyEdits, frontMatterDateEdits } from '../../../src/extension/logic/edits';
import { check } from './fixtures';

describe('undated drafts', () => {
  it('an undated draft with claims gets an information note on line 1 that says which date it was checked at', () => {
    const r = check('The H200 has 96 GB of memory.\n');
    const note = undatedNote({ ...r, asOf: '2026-12-02', asOfOrigin: 'today' })!;
    assert.equal(note.severity, 'information');
    assert.equal(note.code, NO_DATE_CODE);
    assert.deepEqual(note.range.start, { line: 0, character: 0 });
    assert.equal(
      note.message,
      'No date in this draft: checked as of 2 Dec 2026 (today). Add date: to its front matter',
    );
    assert.ok(note.message.length <= 100);
  });

  it('no note when the draft has a date, a date was set, or it claims nothing', () => {
    const r = check('The H200 has 96 GB of memory.\n');
    assert.equal(undatedNote({ ...r, asOfOrigin: 'front-matter' }), undefined);
    assert.equal(undatedNote({ ...r, asOfOrigin: 'option' }), undefined);
    assert.equal(undatedNote({ asOf: '2026-12-02', asOfOrigin: 'today', findings: [] }), undefined);
  });

  it('date: goes into the front matter: a new block, a new last line, or the old date replaced', () => {
    const add = (text: string) => applyEdits(text, frontMatterDateEdits(text, '2026-12-02'));
    assert.equal(add('# Title\n\nText.\n'), '---\ndate: 2026-12-02\n---\n\n# Title\n\nText.\n');
    assert.equal(add('---\ntitle: Chips\n---\n# Title\n'), '---\ntitle: Chips\ndate: 2026-12-02\n---\n# Title\n');
    assert.equal(
      add('---\ntitle: Chips\ndate: 2025-01-01\nslug: x\n---\nText\n'),
      '---\ntitle: Chips\ndate: 2026-12-02\nslug: x\n---\nText\n',
    );
    assert.equal(
      add('---\r\ntitle: Chips\r\n---\r\nText\r\n'),
      '---\r\ntitle: Chips\r\ndate: 2026-12-02\r\n---\r\nText\r\n',
    );
    assert.equal(add('\uFEFFText\n'), '\uFEFF---\ndate: 2026-12-02\n---\n\nText\n');
  });
});
