import { testKind, TEST_SOURCE } from '../../../helpers/kind-tester';

const RECORD = `${TEST_SOURCE}entities:
  - { id: acme, kind: company, name: Acme, aliases: [], description: "A test company." }
  - { id: acme-x1, kind: chip, name: Acme X1, aliases: [X1], description: "A test chip." }
facts:
  - { id: x1.memory, kind: quantity, entity: acme-x1, attribute: memory_capacity, value: { amount: 80, unit: GB }, citations: [{ source: s1, quote: "The X1 has 80 GB." }] }
  - { id: x1.bandwidth, kind: quantity, entity: acme-x1, attribute: memory_bandwidth, value: { amount: 3.35, unit: TB/s }, citations: [{ source: s1, quote: "3.35 TB/s." }] }
  - { id: x1.tdp, kind: quantity, entity: acme-x1, attribute: tdp, value: { amount: 700, unit: W }, citations: [{ source: s1, quote: "700 W." }] }
  - { id: x1.bus, kind: quantity, entity: acme-x1, attribute: memory_bus_width, value: { amount: 4096, unit: bit }, citations: [{ source: s1, quote: "A 4096-bit bus." }] }
`;

testKind('quantity', RECORD, {
  asOf: '2026-01-01',
  valid: [
    'The Acme X1 has 80 GB of memory.',
    'The X1 moves 3.35 TB/s of memory bandwidth.',
    'The X1 has a TDP of 700 W.',
    'The X1 has about 3,400 GB/s of memory bandwidth.',
    'The X1 has a 4096-bit memory interface.',
  ],
  invalid: [
    { text: 'The Acme X1 has 96 GB of memory.', verdict: 'contradicted', words: '96 GB', fix: '80 GB' },
    { text: 'The X1 has 4.8 TB/s of memory bandwidth.', verdict: 'contradicted', words: '4.8 TB/s', fix: '3.35 TB/s' },
    { text: 'The X1 draws 1,000 watts.', verdict: 'contradicted', words: '1,000 watts', fix: '700 W' },
    { text: 'The X1 has a 5120-bit memory bus.', verdict: 'contradicted', words: '5120-bit', fix: '4,096 bit' },
  ],
  none: [
    'The X1 server has 2 TB of storage.',
    'The X1 has 16 GB more memory than its rival.',
    'The X1 does 64-bit floating point maths.',
  ],
});
