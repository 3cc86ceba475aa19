/** Category claims × the record: literals and entities, negation, roles held and ended. */
import type { CategoryClaim } from '../../claims/types';
import { displayDate } from '../../dates/dates';
import type { ICategoryFact, RecordIndex } from '../../record/record-index';
import { describeFacts, sourceNames, unknown, validAt, type Comparison } from '../comparison';

const normLiteral = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '');

function categoryMatches(f: ICategoryFact, value: string): boolean {
  return normLiteral(f.value) === normLiteral(value);
}

export function describeCategory(f: ICategoryFact, index: RecordIndex): string {
  const value = index.entities.has(f.value) ? index.entityName(f.value) : f.value;
  return f.attribute === 'role' && f.at ? `${value} at ${index.entityName(f.at)}` : value;
}

export function compareCategory(claim: CategoryClaim, index: RecordIndex, asOf: string): Comparison {
  let facts = index.categoryFacts(claim.entityId, claim.attribute);
  if (claim.variantId) facts = facts.filter((f) => !f.variant || f.variant === claim.variantId);
  if (!facts.length) return unknown();
  if (claim.attribute === 'role') return compareRole(claim, facts, index, asOf);
  const current = facts.filter((f) => validAt(f, asOf));
  const pool = current.length ? current : facts;
  const recorded = describeFacts(pool, (f) => describeCategory(f, index));
  const main = pool.filter((f) => categoryMatches(f, claim.value));
  const conflict = pool.filter((f) =>
    f.conflicts.some((c) => typeof c.value === 'string' && normLiteral(c.value) === normLiteral(claim.value)),
  );
  // "does not use HBM3e": wrong when the record says it does, right when the record names another value.
  if (claim.negated) {
    if (conflict.length) return unknown(conflict);
    return main.length
      ? { verdict: 'contradicted', facts: main, recorded }
      : { verdict: 'supported', facts: pool, recorded };
  }
  if (main.some((f) => !f.conflicts.length || f.conflictResolution === 'preferred'))
    return { verdict: 'supported', facts: main, recorded };
  if (main.length || conflict.length) {
    const fs = [...new Set([...main, ...conflict])];
    const others = fs.flatMap((f) =>
      f.conflicts.map(
        (c) =>
          `${String(c.value)} per ${c.citations.map((x) => index.sources.get(x.source)?.publisher ?? x.source).join(', ')}`,
      ),
    );
    return {
      verdict: 'disputed',
      facts: fs,
      recorded,
      detail: `Sources disagree: ${recorded} per ${sourceNames(fs[0]!, index)}; ${others.join('; ')}.`,
    };
  }
  const past = facts.filter((f) => f.valid?.to && f.valid.to <= asOf && categoryMatches(f, claim.value));
  if (past.length)
    return {
      verdict: 'outdated',
      facts: [...past, ...current],
      recorded,
      detail: `True until ${displayDate(past[0]!.valid!.to!)}.`,
    };
  const names = new Set(pool.map((f) => describeCategory(f, index)));
  return {
    verdict: 'contradicted',
    facts: pool,
    recorded,
    ...(names.size === 1 ? { replacement: [...names][0]! } : {}),
  };
}

const CEO = /\b(?:ceo|chief executive)\b/i;
/** Officer titles one person holds one of at a company: a different one is a different job. */
const OFFICER_TITLES: [RegExp, string][] = [
  [/\b(?:ceo|chief executive(?: officer)?)\b/i, 'ceo'],
  [/\b(?:cfo|chief financial officer|finance chief)\b/i, 'cfo'],
  [/\b(?:coo|chief operating officer)\b/i, 'coo'],
  [/\b(?:cto|chief technology officer|chief technical officer)\b/i, 'cto'],
];
const officerTitle = (title: string) => OFFICER_TITLES.find(([re]) => re.test(title))?.[1];

function compareRole(claim: CategoryClaim, facts: ICategoryFact[], index: RecordIndex, asOf: string): Comparison {
  const atOrg = facts.filter((f) => f.at === claim.at);
  const current = facts.filter((f) => validAt(f, asOf));
  const recorded = describeFacts(current.length ? current : facts, (f) => describeCategory(f, index));
  const currentAtOrg = atOrg.filter((f) => validAt(f, asOf));
  // "Jensen Huang, Nvidia's chief financial officer": the right company, another officer's title.
  const claimed = officerTitle(claim.value);
  const held = currentAtOrg.map((f) => officerTitle(f.value)).filter((t): t is string => !!t);
  if (claimed && held.length && !held.includes(claimed))
    return { verdict: 'contradicted', facts: currentAtOrg, recorded };
  if (currentAtOrg.length) return { verdict: 'supported', facts: atOrg, recorded };
  const ended = atOrg.filter((f) => f.valid?.to && f.valid.to <= asOf);
  if (ended.length)
    return {
      verdict: 'outdated',
      facts: [...ended, ...current],
      recorded,
      detail: `That role ended in ${displayDate(ended[0]!.valid!.to!)}.`,
    };
  // A chief executive of one company is not, at the same time, the chief executive of another.
  if (CEO.test(claim.value) && current.some((f) => CEO.test(f.value) && f.at && f.at !== claim.at)) {
    return { verdict: 'contradicted', facts: current, recorded };
  }
  return unknown(atOrg);
}
