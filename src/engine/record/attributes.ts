/**
 * The one attribute table: what a fact may state, its label, and for a quantity the units it is
 * recorded in. The schema builds its zod enums from the names, the record loader checks units
 * against it, cards and messages take their labels from it, and code that only needs the names
 * (the editor's quick fixes) reads them here without loading zod.
 *
 * A quantity whose unit has a dimension of its own (units.ts) may also say how drafts name it
 * (`cue`): the quantity reader then reads "a 5120-bit memory interface" with no code of its own.
 */
import type { Dimension, UnitName } from './units';

export interface QuantityAttributeDef {
  readonly label: string;
  /** The units it is recorded in (the first is the usual one). */
  readonly units: readonly UnitName[];
  /** For a dimension the reader has no rule of its own for: the words near the number that name this attribute. */
  readonly cue?: { readonly dimension: Dimension; readonly near: RegExp };
  /** A finding's readable code in the editor, when the label in lower case does not say it (`attributeCode`). */
  readonly code?: string;
}

export const QUANTITY_ATTRIBUTE_DEFS = {
  memory_capacity: { label: 'Memory', units: ['GB', 'TB'] },
  memory_bandwidth: { label: 'Memory bandwidth', units: ['GB/s', 'TB/s'] },
  fp16_tensor: { label: 'FP16 Tensor', units: ['TFLOPS', 'PFLOPS'] },
  bf16_tensor: { label: 'BF16 Tensor', units: ['TFLOPS', 'PFLOPS'] },
  fp8_tensor: { label: 'FP8 Tensor', units: ['TFLOPS', 'PFLOPS'] },
  fp64: { label: 'FP64', units: ['TFLOPS', 'PFLOPS'] },
  tdp: { label: 'TDP', units: ['W', 'kW'] },
  transistors: { label: 'Transistors', units: ['billion', 'count'] },
  dies: { label: 'Dies', units: ['count'] },
  nvlink_bandwidth: { label: 'NVLink', units: ['GB/s', 'TB/s'] },
  gpu_count: { label: 'GPUs', units: ['count'] },
  cpu_count: { label: 'CPUs', units: ['count'] },
  relative_performance: { label: 'Relative performance', units: ['count', '%'] },
  revenue_share: { label: 'Revenue share to the US', units: ['%'], code: 'US revenue share' },
  charge: { label: 'Charge', units: ['USD billion'] },
  parameters: { label: 'Parameters', units: ['billion', 'count'] },
  active_parameters: { label: 'Active parameters', units: ['billion', 'count'] },
  tariff: { label: 'Tariff', units: ['%'] },
  memory_bus_width: {
    label: 'Memory bus width',
    units: ['bit'],
    cue: { dimension: 'bits', near: /\b(?:memory\s+(?:bus|interface)|bus(?:\s+width)?|interface\s+width)\b/i },
  },
} as const satisfies Record<string, QuantityAttributeDef>;

export type QuantityAttributeName = keyof typeof QUANTITY_ATTRIBUTE_DEFS;

export const QUANTITY_ATTRIBUTES = Object.keys(QUANTITY_ATTRIBUTE_DEFS) as [
  QuantityAttributeName,
  ...QuantityAttributeName[],
];

export const CATEGORY_ATTRIBUTE_LABELS = {
  architecture: 'Architecture',
  vendor: 'Vendor',
  maker: 'Maker',
  parent: 'Parent company',
  memory_type: 'Memory type',
  role: 'Role',
  training_chip: 'Training chips',
} as const;

export const CATEGORY_ATTRIBUTES = Object.keys(CATEGORY_ATTRIBUTE_LABELS) as [
  keyof typeof CATEGORY_ATTRIBUTE_LABELS,
  ...(keyof typeof CATEGORY_ATTRIBUTE_LABELS)[],
];

/** Every attribute's label (cards, messages, the record docs); "memory" is a card row's name. */
export const ATTRIBUTE_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(QUANTITY_ATTRIBUTE_DEFS).map(([name, def]) => [name, def.label])),
  ...CATEGORY_ATTRIBUTE_LABELS,
  memory: 'Memory',
};

/** The quantity attributes a reader finds by their cue, by dimension. */
export function cuedAttributes(dimension: Dimension): { name: QuantityAttributeName; near: RegExp }[] {
  return Object.entries(QUANTITY_ATTRIBUTE_DEFS as Record<QuantityAttributeName, QuantityAttributeDef>).flatMap(
    ([name, def]) =>
      def.cue?.dimension === dimension ? [{ name: name as QuantityAttributeName, near: def.cue.near }] : [],
  );
}

/**
 * An attribute's readable code (a diagnostic's code in the editor): its own `code`, else its label
 * with ordinary words in lower case ("Memory bandwidth" → "memory bandwidth"; "TDP", "NVLink" keep theirs).
 */
export function attributeCode(attribute: string): string {
  const own = (QUANTITY_ATTRIBUTE_DEFS as Record<string, QuantityAttributeDef | undefined>)[attribute]?.code;
  if (own) return own;
  const label = ATTRIBUTE_LABELS[attribute] ?? attribute.replace(/_/g, ' ');
  return label
    .split(' ')
    .map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** The units a quantity attribute is recorded in (the first is the usual one); none for any other name. */
export function unitsOfAttribute(attribute: string): readonly UnitName[] {
  const defs = QUANTITY_ATTRIBUTE_DEFS as Record<string, QuantityAttributeDef | undefined>;
  return defs[attribute]?.units ?? [];
}
