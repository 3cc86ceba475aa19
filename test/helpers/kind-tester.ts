/**
 * A claim kind's own tests (textlint's rule tester, Harper's assert_lint_count): the kind runs
 * alone (EngineOptions.kinds) against a small record written in the test, so a correction
 * to the bundled record never changes them.
 *   valid:   sentences whose claims of this kind are read, and all supported;
 *   invalid: sentences with one wrong claim of this kind — its verdict, the draft's words, the fix;
 *   none:    look-alikes that claim nothing of this kind.
 */
import assert from 'node:assert/strict';
import {
  CLAIM_KINDS,
  compileRecord,
  createEngine,
  parseRecordFile,
  type ClaimKindId,
  type CompiledRecord,
  type Verdict,
} from '../../src/engine';

/** Publishers and a source the inline records cite (a test domain: these are fixtures, not facts). */
export const TEST_SOURCE = `publishers: [{ id: desk-test, name: Desk Test, tier: named-outlet, hosts: [desk.test] }]
sources:
  - { id: s1, title: A test page, publisher: Desk Test, url: "https://desk.test/page", date: 2025-01-02, accessed: 2026-11-23 }
`;

/** A record from one YAML text (the pack format); its errors fail the test that built it. */
export function inlineRecord(yamlText: string): CompiledRecord {
  const parsed = parseRecordFile(yamlText, 'inline.facts.yaml');
  const { record, errors } = compileRecord([parsed], { version: 'inline' });
  const all = [...parsed.errors, ...errors];
  if (all.length)
    throw new Error(`inline record: ${all.map((e) => `line ${e.line} ${e.field} ${e.message}`).join('; ')}`);
  return record;
}

type Case = string | { text: string; asOf?: string };
export interface InvalidCase {
  text: string;
  asOf?: string;
  verdict: Exclude<Verdict, 'supported' | 'unknown'>;
  /** The draft's words for the value (finding.claimed.words). */
  words: string;
  /** The fix's new text, when the kind offers one. */
  fix?: string;
}

const caseOf = (c: Case) => (typeof c === 'string' ? { text: c } : c);

export function testKind(
  id: ClaimKindId,
  record: string,
  cases: { asOf: string; valid: Case[]; invalid: InvalidCase[]; none?: Case[] },
): void {
  const kind = CLAIM_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(`no claim kind ${id} in the registry`);
  const engine = createEngine(inlineRecord(record), { kinds: [kind] });
  const findings = (text: string, asOf = cases.asOf) => engine.check(text, { asOf, includeSupported: true }).findings;
  describe(`kind ${id} (kinds/${id}/, an inline record)`, () => {
    for (const c of cases.valid.map(caseOf)) {
      it(`valid: ${c.text}`, () => {
        const found = findings(c.text, c.asOf);
        assert.ok(found.length > 0, 'nothing read');
        assert.deepEqual(
          found.map((f) => [f.kind, f.verdict]),
          found.map(() => [id, 'supported']),
          found.map((f) => f.message).join(' | '),
        );
      });
    }
    for (const c of cases.invalid) {
      it(`invalid (${c.verdict}): ${c.text}`, () => {
        const flagged = findings(c.text, c.asOf).filter((f) => f.verdict !== 'supported' && f.verdict !== 'unknown');
        assert.deepEqual(
          flagged.map((f) => [f.kind, f.verdict, f.claimed.words]),
          [[id, c.verdict, c.words]],
        );
        if (c.fix !== undefined) assert.equal(flagged[0]!.fix?.newText, c.fix);
      });
    }
    for (const c of (cases.none ?? []).map(caseOf)) {
      it(`none: ${c.text}`, () =>
        assert.deepEqual(
          findings(c.text, c.asOf).map((f) => f.message),
          [],
        ));
    }
  });
}
