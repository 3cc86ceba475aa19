/** How category findings word their claims: "the Nvidia H20's architecture", "H20 architecture", "Hopper". */
import type { CategoryClaim } from '../../claims/types';
import type { ICategoryFact, RecordIndex } from '../../record/record-index';
import { attributeWords, oneOrTwo, rowOf } from '../brief';
import type { KindWording } from '../kind';
import { displayDate } from '../../dates/dates';
import { describeCategory } from './compare';

/** Whether the draft's words name the entity (its name or an alias), rather than refer to it. */
function nameIn(words: string, entityId: string, index: RecordIndex): boolean {
  const e = index.entities.get(entityId);
  const w = words.toLowerCase();
  return !!e && [e.name, ...e.aliases].some((n) => w.includes(n.toLowerCase()) || n.toLowerCase().includes(w));
}

export const categoryWording: KindWording<CategoryClaim> = {
  subject: (claim, who) => `${who}'s ${attributeWords(claim.attribute)}`,
  rowSubject: (claim, who) => rowOf(who, attributeWords(claim.attribute)),
  claimed: (claim, words) => ({ attribute: claim.attribute, words, value: claim.value }),
  // An ended role the draft gives as current is said with its end: "chief executive at Scale AI until June 2025".
  // A person's several roles are all held, not alternatives: "chief executive and founder at Nvidia".
  brief: (claim, c, index) => {
    const roles = c.facts.filter((f): f is ICategoryFact => f.kind === 'category' && f.attribute === 'role');
    const at = roles[0]?.at;
    if (c.verdict !== 'outdated' && roles.length > 1 && at && roles.every((f) => f.at === at))
      return `${oneOrTwo(
        roles.map((f) => f.value),
        ' and ',
      )} at ${index.entityName(at)}`;
    return oneOrTwo(
      c.facts
        .filter((f): f is ICategoryFact => f.kind === 'category')
        .map((f) =>
          c.verdict === 'outdated' && f.attribute === 'role' && f.valid?.to
            ? `${describeCategory(f, index)} until ${displayDate(f.valid.to)}`
            : describeCategory(f, index),
        ),
      claim.attribute === 'role' ? ' and ' : ' or ',
    );
  },
  quotes: 'value',
  // "its Qwen", "the chip": the words a reference stands for are named, so the message says what was read.
  referent: (claim, valueWords, index) =>
    index.entities.has(claim.value) && !nameIn(valueWords, claim.value, index) ? claim.value : undefined,
};
