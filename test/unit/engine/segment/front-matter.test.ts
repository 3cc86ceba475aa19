/** The front matter's date is read without the YAML parser when the front matter is plain; then it must read what YAML reads. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import YAML from 'yaml';
import { plainFrontMatter } from '../../../../src/engine/segment/front-matter';
import { testEngine } from '../../../helpers/record';

const yamlValues = (text: string): Map<string, string> | 'invalid' => {
  try {
    const data = YAML.parse(text, { schema: 'core', customTags: [], logLevel: 'error' }) as Record<
      string,
      unknown
    > | null;
    return new Map(Object.entries(data ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]));
  } catch {
    return 'invalid';
  }
};

describe('front matter read without the YAML parser', () => {
  it('reads the seeds’ kind of front matter', () => {
    const fm =
      'title: "Nvidia\'s China chips, explained"\ndate: 2025-11-27\nseed: 000_0aa576827c28c7cb.txt\nsource: https://cerbay.com/2025/11/27/x-y\ntags: [chips, export-controls, huawei]';
    assert.deepEqual(plainFrontMatter(fm), yamlValues(fm));
    assert.equal(plainFrontMatter(fm)?.get('date'), '2025-11-27');
  });

  it('hands anything with YAML syntax to the parser', () => {
    for (const fm of [
      'date: 2025-11-27\ndate: 2025-11-28',
      'tags:\n  - a',
      'a: [1, 2]',
      'a: "x\\"y"',
      'a: b # comment',
      'a: x: y',
      '# c\ndate: 2025-01-01',
      'a:',
      'a: &x 1',
      'a: |\n  t',
      'date:\n  2025-01-01',
    ])
      assert.equal(plainFrontMatter(fm), undefined, fm);
  });

  it('whenever it reads a front matter, YAML reads the same values (random lines)', () => {
    const key = fc.constantFrom('date', 'title', 'seed', 'source', 'a-b', '_x');
    const value = fc.oneof(
      fc.constantFrom(
        '[a, b-c]',
        '[]',
        '[ x ]',
        '[a b, c]',
        '[a,,b]',
        '[a, [b]]',
        '[a: b]',
        '[1, 2]',
        '[a, true]',
        '[a, "b"]',
        '2025-11-27',
        '"2025-11-27"',
        "'2025-11-27'",
        'https://x.test/a:b',
        'x: y',
        'x #y',
        '- x',
        '[a]',
        '"a\'b"',
        "'a\"b'",
        '2025',
        'true',
        'null',
        '~',
        '',
        ' ',
        '*x',
        '!t x',
        '>',
        '|',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.constantFrom(':', ': ', ':\t', ' : '), value), { maxLength: 5 }),
        (lines) => {
          const fm = lines.map(([k, sep, v]) => `${k}${sep}${v}`).join('\n');
          const plain = plainFrontMatter(fm);
          if (plain) assert.deepEqual(plain, yamlValues(fm), fm);
        },
      ),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('a draft’s as-of date is the same either way', () => {
    for (const fm of [
      'date: 2025-11-27',
      'title: x\ndate: "2024-02-29"',
      'date: 2025-13-45',
      'date: [2025-11-27]',
      'date: 2025-11-27 # the day',
    ]) {
      const r = testEngine().check(`---\n${fm}\n---\n\nThe H20 exists.\n`, { today: '2000-01-01' });
      const yamlDate = yamlValues(fm);
      // A list holding a date is not a date (BUG-24 of the reliability probe): checked as of today, with a note.
      const expected = fm.includes('[')
        ? '2000-01-01'
        : yamlDate !== 'invalid' &&
            /^\d{4}-\d{2}-\d{2}/.test(yamlDate.get('date') ?? '') &&
            !Number.isNaN(Date.parse(yamlDate.get('date')!.slice(0, 10)))
          ? yamlDate.get('date')!.slice(0, 10)
          : '2000-01-01';
      assert.equal(r.asOf, expected, fm);
    }
  });
});
