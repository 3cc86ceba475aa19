/** What the kinds' wordings share (kinds/<kind>/wording.ts). */
import { ATTRIBUTE_LABELS } from '../record/attributes';

/** Up to two distinct values, "A or B", with "…" when there are more. */
export function oneOrTwo(values: string[], joiner = ' or '): string {
  const distinct = [...new Set(values.filter(Boolean))];
  return distinct.slice(0, 2).join(joiner) + (distinct.length > 2 ? ' …' : '');
}

/** An attribute's label in a sentence: "Memory bandwidth" → "memory bandwidth"; "TDP" and "NVLink" keep capitals. */
export function attributeWords(attribute: string): string {
  return (ATTRIBUTE_LABELS[attribute] ?? attribute.replace(/_/g, ' '))
    .split(' ')
    .map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** A row subject: the entity's short name, then what about it ("H200 memory"); just what when there is no name. */
export function rowOf(who: string, what: string): string {
  return who ? `${who} ${what}` : what;
}
