/**
 * "Check all drafts in the workspace": two drafts that disagree where the record is silent become one
 * information diagnostic in each draft, each with the other's claim as related information.
 */
import assert from 'node:assert/strict';
import { DIAGNOSTIC_SOURCE } from '../../../src/extension/logic/diagnostics';
import { DISAGREEMENT_CODE, disagreementDiagnostics } from '../../../src/extension/logic/disagreements';
import { testEngine } from '../../helpers/record';
import { check } from './fixtures';

const A = 'file:///ws/a.md';
const B = 'file:///ws/b.md';
const C = 'file:///ws/c.md';
const draft = (uri: string, text: string) => ({
  uri,
  label: uri.slice('file:///ws/'.length),
  findings: check(text).findings,
});
const name = (id: string) => testEngine().index.entityName(id);

describe('workspace disagreements → diagnostics with related information', () => {
  it('links both places, information level, where the record holds no value', () => {
    const byDraft = disagreementDiagnostics(
      [
        draft(A, 'The MI308 has 192 GB of memory.'),
        draft(B, 'AMD says the MI308 has 128 GB of memory.'),
        draft(C, 'The MI308 carries 192 GB of memory.'),
      ],
      name,
    );
    assert.deepEqual([...byDraft.keys()].sort(), [A, B], 'c.md agrees with a.md: nothing there');
    const [atA] = byDraft.get(A)!;
    const [atB] = byDraft.get(B)!;
    assert.equal(atA!.severity, 'information');
    assert.equal(atA!.source, DIAGNOSTIC_SOURCE);
    assert.equal(atA!.code, DISAGREEMENT_CODE);
    assert.match(
      atA!.message,
      /^Drafts disagree on AMD Instinct MI308's memory: “192 GB” here, “128 GB” in b\.md \(the record holds no value for it\)\.$/,
    );
    assert.deepEqual(atA!.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 20 } });
    assert.deepEqual(atA!.related, [{ uri: B, range: atB!.range, message: '“128 GB” in b.md' }]);
    assert.deepEqual(atB!.related, [{ uri: A, range: atA!.range, message: '“192 GB” in a.md' }]);
    assert.match(atB!.message, /“128 GB” here, “192 GB” in a\.md/);
  });

  it('a value the record holds is judged against the record, not between drafts', () => {
    const byDraft = disagreementDiagnostics(
      [draft(A, 'The Nvidia H200 has 96 GB of memory.'), draft(B, 'The Nvidia H200 has 141 GB of memory.')],
      name,
    );
    assert.equal(byDraft.size, 0);
  });

  it('a quoted claim is not a draft’s own claim', () => {
    const byDraft = disagreementDiagnostics(
      [draft(A, 'The MI308 has 192 GB of memory.'), draft(B, '> The MI308 has 128 GB of memory.')],
      name,
    );
    assert.equal(byDraft.size, 0);
  });
});
