import assert from 'node:assert/strict';
import { findDatesInContext } from '../../../../src/engine/dates/context';
import { dateMatches, findDates, formatDateLike, impossibleDates } from '../../../../src/engine/dates/dates';

const one = (text: string, asOf = '2025-11-27') => {
  const found = findDates(text, asOf);
  assert.equal(found.length, 1, `one date in "${text}", got ${found.map((d) => d.text).join(', ')}`);
  return found[0]!;
};

describe('dates', () => {
  it('reads absolute dates at their precision', () => {
    assert.deepEqual([one('on April 9, 2025').from, one('on April 9, 2025').to], ['2025-04-09', '2025-04-09']);
    assert.deepEqual([one('on 9 April 2025').from], ['2025-04-09']);
    assert.deepEqual([one('in April 2023').from, one('in April 2023').to], ['2023-04-01', '2023-04-30']);
    assert.deepEqual([one('in 2022').from, one('in 2022').to], ['2022-01-01', '2022-12-31']);
    assert.deepEqual([one('by early 2024').from, one('by early 2024').to], ['2024-01-01', '2024-06-30']);
    assert.equal(one('on Sept. 29, 2025').from, '2025-09-29');
  });

  it('resolves relative dates against the as-of date', () => {
    assert.equal(one('in April').from, '2025-04-01');
    assert.equal(one('in December').from, '2024-12-01', 'a month after the as-of month is last year’s');
    assert.deepEqual([one('earlier this year').from, one('earlier this year').to], ['2025-01-01', '2025-11-27']);
    assert.equal(one('last month').from, '2025-10-01');
    assert.equal(one('last year').from, '2024-01-01');
    const thursday = one('reported on Thursday');
    assert.ok(dateMatches(thursday, '2025-11-27'), 'the as-of day itself is a Thursday');
    assert.ok(dateMatches(thursday, '2025-11-20'));
    assert.ok(!dateMatches(thursday, '2025-11-25'));
    assert.equal(one('in August', '2025-12-15').from, '2025-08-01');
    assert.equal(one("Trump's August deal").from, '2025-08-01');
  });

  it('a month and day before a year out of range is no date at all (BUG-25: a fix once left ", 2123" behind)', () => {
    assert.deepEqual(findDates('on November 13, 2123 the rule took effect', '2025-11-27'), []);
    assert.deepEqual(findDates('on Nov. 13, 1899', '2025-11-27'), []);
    assert.equal(findDates('on November 13 the rule took effect', '2025-11-27')[0]?.text, 'November 13');
  });

  it('a month and day before a year written without a space, or with an apostrophe, is not "November 13" alone (BUG-25)', () => {
    for (const text of [
      'on November 13,2123 it began',
      'on November 13, ′2123 it began',
      'on November 13, ’23 it began',
      'on November 13 ,2123',
    ]) {
      assert.ok(!findDates(text, '2025-11-27').some((d) => d.text === 'November 13'), text);
    }
    assert.equal(one('on November 13,2023 it began').from, '2023-11-13');
  });

  it('does not read numbers that are not years as dates', () => {
    assert.deepEqual(findDates('2,048 GPUs and 2025.5 units and the 2020s', '2025-11-27'), []);
  });

  it('matches record dates of any precision', () => {
    assert.ok(dateMatches(one('in 2025'), '2025-04'));
    assert.ok(dateMatches(one('in April 2025'), '2025-04-09'));
    assert.ok(!dateMatches(one('in April 2023'), '2022-10-07'));
  });

  it('words a fix in the draft’s own style', () => {
    assert.equal(formatDateLike(one('in April 2023'), '2022-10-07'), 'October 2022');
    assert.equal(formatDateLike(one('on April 9, 2023'), '2025-04-09'), 'April 9, 2025');
    assert.equal(formatDateLike(one('on 9 April 2023'), '2025-04-09'), '9 April 2025');
    assert.equal(formatDateLike(one('in 2023'), '2022-10-07'), '2022');
  });
});

// Dates read against an anchor (dates/context.ts): what each form means, and what claims nothing.
const LATE_2026 = '2026-08-05';

describe('dates in context: what each form means', () => {
  const read = (text: string, anchor?: Parameters<typeof findDatesInContext>[2]) =>
    findDatesInContext(text, LATE_2026, anchor).map((d) => `${d.text}=${d.from}${d.to === d.from ? '' : `..${d.to}`}`);
  it('counts days, weeks and months from the last date, in text order', () => {
    assert.deepEqual(
      read('On 9 April 2025 the US acted. Nvidia said six days later, on the 15th, that it would book a charge.'),
      ['9 April 2025=2025-04-09', 'six days later=2025-04-15', 'the 15th=2025-04-15'],
    );
    assert.deepEqual(
      read('Licences flowed on Friday the 8th. The following Monday, Trump mused, and the next day Beijing spoke.', {
        y: 2025,
        m: 8,
      }),
      ['Friday the 8th=2025-08-08', 'The following Monday=2025-08-11', 'the next day=2025-08-12'],
    );
    assert.deepEqual(
      read('It took effect on Thursday the 15th. The House had acted the previous Friday.', { y: 2026, m: 1 }),
      ['Thursday the 15th=2026-01-15', 'the previous Friday=2026-01-09'],
    );
    assert.deepEqual(read('A week after that, Reuters reported it.', { y: 2025, m: 8, d: 12 }), [
      'A week after=2025-08-18..2025-08-20',
    ]);
  });
  it('"the same day" is the last date, unless a clause of its own names the day', () => {
    assert.deepEqual(read('and the same day prosecutors unsealed the case.', { y: 2025, m: 12, d: 8 }), [
      'the same day=2025-12-08',
    ]);
    assert.deepEqual(read('On the same day the rule took effect, customs acted.', { y: 2025, m: 12, d: 8 }), []);
  });
  it('reads "the last day of June", "9 April" and "on Wednesday 9 April" in the context’s year', () => {
    assert.deepEqual(read('on the last day of June', { y: 2025, section: true }), ['the last day of June=2025-06-30']);
    assert.deepEqual(read('On Wednesday 9 April the US acted.', { y: 2025, section: true }), ['9 April=2025-04-09']);
    assert.deepEqual(read('in April two years ago, and July last year'), [
      'April two years ago=2024-04-01..2024-04-30',
      'July last year=2025-07-01..2025-07-31',
    ]);
  });
  it('claims nothing it cannot place: no month in view, a later day than the draft’s, a bare weekday inside another month’s timeline', () => {
    assert.deepEqual(read('On the 15th, Nvidia spoke.'), []);
    assert.deepEqual(read('Six days later, Nvidia spoke.'), []);
    assert.deepEqual(read('On the 15th, Nvidia spoke.', { y: 2026, m: 9 }), []);
    assert.deepEqual(read('On Monday, Nvidia spoke.', { y: 2025, m: 4, d: 9 }), []);
    assert.deepEqual(read('the 20th century and the 3rd generation', { y: 2025, m: 4 }), []);
  });
});

describe('dates: impossible days in ISO form, read as the reader reads ISO dates', () => {
  it('a day the calendar lacks, written alone, is found', () => {
    assert.deepEqual(
      impossibleDates('It was announced on 2022-02-30.').found.map((d) => d.text),
      ['2022-02-30'],
    );
  });
  it('not inside an id, a path or a build name', () => {
    assert.equal(
      impossibleDates('See FR-2025-02-30, https://example.com/2024-02-31/h20 and Build 2025-09-31x.').count,
      0,
    );
  });
});
