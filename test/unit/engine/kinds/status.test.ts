import { testKind, TEST_SOURCE } from '../../../helpers/kind-tester';

const RECORD = `${TEST_SOURCE}entities:
  - { id: acme, kind: company, name: Acme, aliases: [], description: "A test company." }
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [X1], description: "A test chip." }
facts:
  - id: x1.china-status.unrestricted
    kind: status
    entity: acme-x1
    jurisdiction: china
    status: unrestricted
    valid: { from: '2023-01-01', to: '2025-04-01' }
    summary: No licence needed.
    citations: [{ source: s1, quote: "No licence was needed." }]
  - id: x1.china-status.licence-required
    kind: status
    entity: acme-x1
    jurisdiction: china
    status: licence_required
    valid: { from: '2025-04-01' }
    summary: A licence is needed and none are granted.
    citations: [{ source: s1, quote: "A licence is now required." }]
# The status reader's words are the record's cues (data/record/cues.yaml): an inline record brings its own.
statusCues:
  - { status: banned, states: [banned] }
`;

testKind('status', RECORD, {
  asOf: '2026-01-01',
  valid: [
    'The X1 is banned in China.',
    'The X1 cannot be sold to China.',
    { text: 'The X1 can be sold to China.', asOf: '2025-01-01' },
  ],
  invalid: [
    { text: 'The X1 can be sold to China.', verdict: 'outdated', words: 'can be sold to China' },
    { text: 'The X1 is banned in China.', asOf: '2025-01-01', verdict: 'contradicted', words: 'is banned in China' },
  ],
  none: ['If the X1 can be sold to China, Acme will gain.'],
});
