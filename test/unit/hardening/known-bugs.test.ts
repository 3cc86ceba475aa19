/**
 * Minimal reproducers for engine bugs the fuzz suite found. All of those
 * listed here are fixed now and their tests run. A new one goes in as an
 * `it.skip` with a BUG note and a minimal reproducer, plus a "(pinned)" twin
 * that asserts today's wrong behaviour (so a fix is noticed: it fails then,
 * with a message saying what to clean up), and, if the fuzz meets it, an
 * allowance in fuzz.test.ts KNOWN (FACTDESK_FUZZ_STRICT=1 turns those off).
 */
import assert from 'node:assert/strict';
import { testEngine } from '../../helpers/record';
import { applyAllFixes, nonProseBlocks } from './support';

const AS_OF = { asOf: '2025-11-27', today: '2026-11-23' };
const flagged = (text: string) =>
  testEngine()
    .check(text, AS_OF)
    .findings.filter((f) => f.verdict === 'contradicted' || f.verdict === 'outdated');

describe('hardening: known engine bugs (minimal reproducers)', () => {
  describe('BUG-FIXALL: one date phrase is read by two claims, so Fix all re-breaks what it fixed', () => {
    // "in August" belongs to the deal clause, but the rescission claim of the
    // AI Diffusion Rule also took it as its date (a false positive: the draft
    // never says when the rule was rescinded) and offered "May 2025". Fix all
    // applied both fixes; the deal's date then read "May 2025" and the
    // revenue-share claim was contradicted again.
    // Fixed: a date in a later clause with its own subject and verb (after a
    // comma and a conjunction) does not serve an event keyword before it
    // (kinds/event-date/read.ts inLaterClause).
    const TEXT =
      'The AI Diffusion Rule was rescinded, and in August, Nvidia agreed to give the US government 25% of its H20 revenue from China.';

    it('no finding dates the rescission "in August" (the date belongs to the deal clause)', () => {
      assert.deepEqual(
        flagged(TEXT)
          .filter((f) => f.factId.startsWith('ai-diffusion-rule.rescinded'))
          .map((f) => f.claim),
        [],
      );
    });

    it('after Fix all, nothing is contradicted', () => {
      const before = flagged(TEXT);
      assert.deepEqual(
        before.map((f) => f.fix?.newText),
        ['15'],
      );
      const fixed = applyAllFixes(TEXT, before).text;
      assert.deepEqual(
        flagged(fixed).map((f) => f.message),
        [],
      );
    });
  });

  describe('BUG-CHUNK-HTML: raw HTML blocks that span blank lines are split by the chunker and read as prose', () => {
    // CommonMark HTML blocks of types 1, 3, 4 and 5 (<pre>, <script>,
    // <style>, <textarea>; <?…?>; <!X…>; <![CDATA[…]]>) run across blank
    // lines until their end marker. splitChunks() (segment.ts) only knows
    // fences and <!-- comments, splits at the blank line, and the inside is
    // parsed as a paragraph: claims inside a <pre> or <script> are reported.
    const CASES = ['<pre>', '<script>', '<style>', '<textarea>', '<?php', '<!DOCTYPE html', '<![CDATA['].map((open) => {
      const close = {
        '<pre>': '</pre>',
        '<script>': '</script>',
        '<style>': '</style>',
        '<textarea>': '</textarea>',
        '<?php': '?>',
        '<!DOCTYPE html': '>',
        '<![CDATA[': ']]>',
      }[open]!;
      return `${open}\n\nThe H200 has 96 GB of memory.\n\n${close}\n`;
    });

    it('the reference: a whole-document parse calls each of these one HTML block', () => {
      for (const text of CASES)
        assert.deepEqual(
          nonProseBlocks(text).map((r) => r.type),
          ['html'],
          text,
        );
    });

    // Fixed: splitChunks keeps these blocks whole (segment.ts htmlBlockOpenedBy).
    it('no claim is reported inside a raw HTML block that spans blank lines', () => {
      for (const text of CASES)
        assert.deepEqual(
          flagged(text).map((f) => f.claim),
          [],
          text,
        );
    });
  });

  describe('BUG-CHUNK-CR-FM: front matter with lone-CR line breaks and a blank line inside is split by the chunker', () => {
    // With "\r" line breaks (classic Mac files) the front matter's blank line
    // ends chunk 0 early: the date is lost (checked as of today) and the YAML
    // after the blank line is parsed as markdown (here a setext heading).
    const TEXT = '---\r\rdate: 2025-11-27\r---\r\rThe H200 has 96 GB of memory.\r';

    it('the reference: a whole-document parse reads it as front matter', () => {
      assert.equal(nonProseBlocks(TEXT)[0]?.type, 'yaml');
    });

    // Fixed: one FRONT_MATTER pattern (lone CR, CRLF, LF, BOM) for chunks and as-of.
    it('the draft is checked as of its front-matter date', () => {
      const r = testEngine().check(TEXT, { today: '2000-01-01' });
      assert.deepEqual([r.asOf, r.asOfOrigin], ['2025-11-27', 'front-matter']);
      assert.deepEqual(testEngine().asOfFor(TEXT, { today: '2000-01-01' }), {
        asOf: '2025-11-27',
        asOfOrigin: 'front-matter',
      });
    });
  });
});
