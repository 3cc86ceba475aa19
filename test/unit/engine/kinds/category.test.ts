// Memory type ("uses HBM3e") is a category claim read by the quantity reader (kinds/quantity/read.ts),
// so it is not read when this kind runs alone: claims.test.ts covers it through the whole engine.
import { testKind, TEST_SOURCE } from '../../../helpers/kind-tester';

const RECORD = `${TEST_SOURCE}entities:
  - { id: acme, kind: company, name: Acme, aliases: [], description: "A test company." }
  - { id: globex, kind: company, name: Globex, aliases: [], description: "Another test company." }
  - { id: foundry, kind: architecture, name: Foundry, aliases: [], description: "A test architecture." }
  - { id: kiln, kind: architecture, name: Kiln, aliases: [], description: "Another test architecture." }
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [X1], description: "A test chip." }
facts:
  - { id: x1.vendor, kind: category, entity: acme-x1, attribute: vendor, value: acme, citations: [{ source: s1, quote: "Acme's X1." }] }
  - { id: x1.architecture, kind: category, entity: acme-x1, attribute: architecture, value: foundry, citations: [{ source: s1, quote: "The Foundry-based X1." }] }
`;

testKind('category', RECORD, {
  asOf: '2026-01-01',
  valid: ["Acme's X1 ships this year.", 'The Foundry-based X1 ships this year.'],
  invalid: [
    { text: "Globex's X1 ships this year.", verdict: 'contradicted', words: 'Globex' },
    { text: 'The Kiln-based X1 ships this year.', verdict: 'contradicted', words: 'Kiln', fix: 'Foundry' },
  ],
  none: ["Globex's answer to the X1 ships this year."],
});
