/** Citation text (engine/findings/citations.ts): house style, numbered footnotes, inline links, escaping. */
import assert from 'node:assert/strict';
import {
  citationText,
  DEFAULT_HOUSE_STYLE,
  footnoteFor,
  houseStyleProblem,
  houseStyleText,
  linkDestination,
  nextFootnoteNumber,
  sourceLabel,
} from '../../../src/engine';

const BIS = {
  publisher: 'US Bureau of Industry and Security',
  title: 'Commerce Implements New Export Controls',
  date: '2022-10-07',
  url: 'https://bis.gov/press-release/commerce',
};

describe('citations', () => {
  it('the default house style reads Publisher, ‘Title’, date', () => {
    assert.equal(DEFAULT_HOUSE_STYLE, '{publisher}, ‘{title}’, {date}');
    assert.equal(
      houseStyleText(BIS),
      'US Bureau of Industry and Security, ‘Commerce Implements New Export Controls’, 7 October 2022',
    );
  });

  // A title that describes the page (the headline was not read) is not put in quotes, in any house style.
  it('a descriptive title is cited without quote marks, as what it is', () => {
    const described = { ...BIS, title: 'Report on the US licence requirement for the H20' };
    assert.equal(
      houseStyleText(described),
      'US Bureau of Industry and Security, Report on the US licence requirement for the H20, 7 October 2022',
    );
    assert.equal(
      houseStyleText(described, '“{title}” ({publisher})'),
      'Report on the US licence requirement for the H20 (US Bureau of Industry and Security)',
    );
    assert.equal(
      houseStyleText({ ...BIS, title: 'Trump’s tariff report on chips sparks a sell-off' }),
      'US Bureau of Industry and Security, ‘Trump’s tariff report on chips sparks a sell-off’, 7 October 2022',
    );
  });

  it('an undated source drops the date and the comma before it', () => {
    assert.equal(
      houseStyleText({ ...BIS, date: null }),
      'US Bureau of Industry and Security, ‘Commerce Implements New Export Controls’',
    );
    assert.equal(
      houseStyleText({ ...BIS, date: '2022-10' }),
      'US Bureau of Industry and Security, ‘Commerce Implements New Export Controls’, October 2022',
    );
  });

  it('record text is escaped: a title cannot open a link, emphasis or HTML', () => {
    const text = houseStyleText({ ...BIS, title: 'A [link](https://evil) *bold* <b>x</b>' });
    assert.ok(!/(?<!\\)\[|(?<!\\)\*|(?<!\\)</.test(text), text);
  });

  it('a house style with an unknown field or no publisher/title is refused and the default used', () => {
    assert.match(houseStyleProblem('{author}, {title}')!, /Unknown field \{author\}/);
    assert.match(houseStyleProblem('{date}')!, /neither/);
    assert.equal(houseStyleProblem('{title} — {publisher}, {date}'), undefined);
    assert.equal(houseStyleText(BIS, '{date} only'), houseStyleText(BIS));
    assert.equal(
      houseStyleText(BIS, '{title} — {publisher}'),
      'Commerce Implements New Export Controls — US Bureau of Industry and Security',
    );
  });

  it('footnotes are short and numbered: the next number after the draft’s own', () => {
    assert.equal(nextFootnoteNumber('No notes.'), 1);
    assert.equal(nextFootnoteNumber('A[^1] b[^note] c[^4].\n\n[^1]: x\n[^4]: y'), 5);
    const c = citationText('October 2022', BIS, 'footnote', 'Text[^1].\n\n[^1]: Old.');
    assert.deepEqual(c, {
      value: 'October 2022[^2]',
      footnote: {
        label: '2',
        definition:
          '[^2]: US Bureau of Industry and Security, ‘Commerce Implements New Export Controls’, 7 October 2022, <https://bis.gov/press-release/commerce>.',
      },
    });
  });

  it('a source already defined as a footnote is cited by its number, without a second definition', () => {
    const draft = 'A[^7].\n\n[^7]: US BIS, <https://bis.gov/press-release/commerce>.';
    assert.equal(footnoteFor(draft, BIS.url), '7');
    assert.deepEqual(citationText('October 2022', BIS, 'footnote', draft), {
      value: 'October 2022[^7]',
      footnote: { label: '7' },
    });
  });

  it('inline: the value links to the source; awkward URLs go in angle brackets', () => {
    assert.deepEqual(citationText('141 GB', BIS, 'inline', ''), {
      value: '[141 GB](https://bis.gov/press-release/commerce)',
    });
    assert.equal(linkDestination('https://x.org/a_(b)'), '<https://x.org/a_(b)>');
    assert.equal(linkDestination('https://x.org/a b'), 'https://x.org/a%20b');
  });

  it('inline: a source that is not a web page (a pack’s command: or javascript: URL) is cited in a footnote, never linked', () => {
    for (const url of ['command:workbench.action.terminal.new', 'javascript:alert(1)']) {
      const c = citationText('141 GB', { ...BIS, url }, 'inline', '');
      assert.equal(c.value, '141 GB[^1]');
      assert.ok(c.footnote?.definition && !c.footnote.definition.includes(`<${url}>`), c.footnote?.definition);
    }
  });

  it('a source in one line names its publisher and date', () => {
    assert.equal(sourceLabel(BIS), 'US Bureau of Industry and Security, 7 October 2022');
    assert.equal(sourceLabel({ ...BIS, date: null }), 'US Bureau of Industry and Security');
  });
});
