import { testKind, TEST_SOURCE } from '../../../helpers/kind-tester';

const RECORD = `${TEST_SOURCE}entities:
  - { id: acme, kind: company, name: Acme, aliases: [], description: "A test company." }
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [X1], description: "A test chip." }
facts:
  - { id: x1.announced, kind: event, type: announced, date: 2024-03-18, entities: [acme-x1], summary: Acme announced the X1., citations: [{ source: s1, quote: "Acme announced the X1 on March 18, 2024." }] }
# The event reader's words are the record's cues (data/record/cues.yaml): an inline record brings its own.
eventCues:
  - { family: announce, phrases: ["announc(e|es|ed|ing)", "unveil(s|ed)?"] }
`;

testKind('event-date', RECORD, {
  asOf: '2026-01-01',
  valid: ['Acme announced the X1 in March 2024.', 'The X1 was unveiled on March 18, 2024.'],
  invalid: [
    { text: 'Acme announced the X1 in May 2023.', verdict: 'contradicted', words: 'May 2023', fix: 'March 2024' },
    {
      text: 'The X1 was unveiled on March 19, 2024.',
      verdict: 'contradicted',
      words: 'March 19, 2024',
      fix: 'March 18, 2024',
    },
  ],
  none: ['The X1 sold well in May 2023.'],
});
