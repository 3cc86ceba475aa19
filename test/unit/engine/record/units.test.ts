import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { unitAfterNumber } from '../../../../src/engine';
import { testEngine } from '../../../helpers/record';

const SRC = path.join(__dirname, '..', '..', '..', '..', 'src');
const read = (text: string) =>
  testEngine()
    .check(text, { asOf: '2025-09-01', includeSupported: true })
    .findings.map((f) => [f.verdict, f.claimed.attribute, f.claimed.words]);

describe('record: the one unit table (src/engine/record/units.ts)', () => {
  it('is what the number-word normaliser reads after a number in words, a unit added last included', () => {
    assert.deepEqual(read('The H200 has ninety-six gigabytes of memory.'), [
      ['contradicted', 'memory_capacity', 'ninety-six gigabytes'],
    ]);
    assert.deepEqual(read('The H100 SXM draws seven hundred watts.'), [['supported', 'tdp', 'seven hundred watts']]);
    assert.deepEqual(read('The H100 SXM delivers half a petaflop of FP64.'), [
      ['contradicted', 'fp64', 'half a petaflop'],
    ]);
    // `bit` came to the table after the normaliser's own list was written: it is read in words now.
    assert.deepEqual(read('The H100 SXM has a memory bus of four thousand and ninety-six bits.'), [
      ['contradicted', 'memory_bus_width', 'four thousand and ninety-six bits'],
    ]);
  });
  it('gives a pack entry its unit from the same words, percent written any way', () => {
    assert.equal(unitAfterNumber('per  cent of'), '%');
    assert.equal(unitAfterNumber('percent'), '%');
    assert.equal(unitAfterNumber('bits wide'), 'bit');
  });
  it('is the only list of unit words in src/ (no other file spells a unit)', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
        );
    // Spelled-out units, and unit names in lower case in quotes (a word list, as nlp.ts had one);
    // a unit's name as the table spells it ('GB', 'kW') names a unit and is fine.
    const spelled = [
      /\b(?:giga|tera|peta|kilo|mega)(?:bytes?|flops?|watts?)\b|\bwatts?\b/gi,
      /'(?:kw|gb|tb|gb\/s|tb\/s|tflops|pflops)'/g,
    ];
    const found: string[] = [];
    for (const file of files(SRC)) {
      if (file.endsWith(path.join('record', 'units.ts'))) continue;
      // Code only: comments quote drafts ("ninety-six gigabytes").
      const code = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\*|\/\*|\/\/)/.test(line))
        .map((line) => (line.includes(' // ') ? line.slice(0, line.indexOf(' // ')) : line))
        .join('\n');
      for (const re of spelled) for (const m of code.matchAll(re)) found.push(`${path.relative(SRC, file)}: ${m[0]}`);
    }
    assert.deepEqual(found, []);
  });
});
