/**
 * The accuracy guard: the engine's precision, recall and read recall on the labelled corpus
 * (test/corpus, described in its README) may not fall below test/corpus/baseline.json.
 * `npm run eval` prints the full report (every false alarm and miss); this test only holds the line.
 * When the engine improves, raise the baseline with `node bench/eval.js --write-baseline`.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { testEngine } from '../helpers/record';
import { evaluate, type Evaluation, type Metrics } from '../corpus/evaluate';

interface Baseline {
  corpus: { drafts: number; labels: number };
  overall: { precision: number | null; recall: number | null; readRecall: number | null };
}

const baseline: Baseline = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'corpus', 'baseline.json'), 'utf8'));

function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

describe('accuracy on the labelled corpus (baseline guard)', function () {
  this.timeout(120_000);
  let r: Evaluation;
  before(() => {
    r = evaluate(testEngine());
  });

  it('the corpus is well-formed: every label resolves to one span of its draft', () => {
    assert.deepEqual(r.errors, []);
  });

  it('the corpus keeps its size (at least 15 drafts and 200 labels, and no fewer than the baseline)', () => {
    assert.ok(r.corpus.drafts >= Math.max(15, baseline.corpus.drafts), `${r.corpus.drafts} drafts`);
    assert.ok(r.corpus.labels >= Math.max(200, baseline.corpus.labels), `${r.corpus.labels} labels`);
  });

  const guard = (name: keyof Baseline['overall'], detail: () => string) => {
    it(`overall ${name} does not fall below the baseline`, () => {
      const floor = baseline.overall[name];
      const now = (r.overall as Metrics)[name];
      if (floor === null) return;
      assert.ok(
        now !== null && now + 1e-9 >= floor,
        `${name} ${pct(now)} < baseline ${pct(floor)}\n${detail()}\nRun \`npm run eval\` for the full report.`,
      );
    });
  };
  guard('precision', () =>
    r.falseAlarms
      .map((f) => `  false alarm ${f.draft}.md:${f.line}:${f.column} ${f.verdict} “${f.claim}” — ${f.why}`)
      .join('\n'),
  );
  guard('recall', () =>
    r.misses.map((m) => `  miss ${m.draft}.md:${m.line}:${m.column} “${m.text}” should be ${m.expect}`).join('\n'),
  );
  guard('readRecall', () =>
    r.unread.map((u) => `  not read ${u.draft}.md:${u.line}:${u.column} “${u.text}”`).join('\n'),
  );
});
