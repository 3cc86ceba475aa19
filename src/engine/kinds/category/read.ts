/**
 * Categorical claims from fixed constructions only:
 *   "Nvidia's H20", "Alibaba's Qwen"            → vendor / maker (possessive)
 *   "Qwen, developed by Alibaba"                 → maker
 *   "ByteDance (the parent company of TikTok)"   → parent
 *   "the Hopper-based H200", "Blackwell B200"    → architecture
 *   "Deborah Elms, head of trade policy at the Hinrich Foundation" / "Nvidia CEO Jensen Huang" → role
 */
import type { RawMention } from '../../mentions/matcher';
import { isQuoted, MODIFIES_A_NOUN, type CategoryClaim, type SentenceContext } from '../../claims/types';

const PRODUCT_KINDS = new Set(['chip', 'system', 'model']);
const OWNER_KINDS = new Set(['company']);
/** Words between a possessive and a product that mean it is not the owner's product. */
const NOT_OWNERSHIP =
  /\b(?:to|of|for|than|like|as|vs|versus|rival|rivals|answer|alternative|alternatives|competitor|competitors|version|equivalent|counterpart|challenger|use|usage|purchases?|orders?|stockpile|supply|access|and|or|on|with|from|by)\b/i;
const MADE_BY =
  /^\s*(?:,\s*)?(?:\(\s*)?(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:developed|made|built|created|designed|produced|trained|launched|released)\s+by\s+(?:the\s+)?$/i;
const PARENT_OF = /^\s*(?:,\s*)?(?:\(\s*)?(?:the\s+)?(?:parent(?:\s+company)?|owner|parent\s+firm)\s+of\s+$/i;
const PARENT_BEFORE = /^\s*(?:parent|owner|parent company)\s+$/i;
const OWNED_BY = /^\s*(?:is|was|are|were)\s+(?:(?:now|still|wholly|majority|ultimately)\s+)?owned\s+by\s+(?:the\s+)?$/i;
/** "ByteDance makes the Qwen models", "Alibaba developed Qwen". */
const MAKES =
  /^\s*(?:makes|made|develops|developed|builds|built|creates|created|designs|designed|produces|produced|trains|trained|is behind|was behind)\s+(?:the\s+|its\s+)?$/i;
/** Verbs of manufacture: a foundry or server maker does them to a chip it does not design or sell. */
const FOUNDRY_VERB =
  /\b(?:makes|made|builds|built|produces|produced|manufactur\w*|fabricat\w*|assembl\w*|packag\w*)\b/i;
/**
 * Whether the record describes a company as one that manufactures or assembles others' chips (a foundry, a server
 * maker): "SMIC makes the 910C" names its foundry, while "Nvidia makes the Ascend 910B" is a wrong vendor.
 */
const MANUFACTURER =
  /\b(?:foundr(?:y|ies)|contract manufactur\w*|server maker|makers? of [\w\s,]*servers|assembl\w*)\b/i;
function manufactures(ctx: SentenceContext, company: RawMention): boolean {
  return MANUFACTURER.test(ctx.index.entities.get(company.entityId)?.description ?? '');
}
/** "The H100 is an AMD chip". */
const IS_A = /^s?\s+(?:is|was)\s+(?:an?|the)\s+$/i;
const PRODUCT_NOUN = /^(?:['’]s)?\s*(?:chips?|GPUs?|processors?|accelerators?|products?|parts?|models?|designs?)\b/i;

function claim(
  ctx: SentenceContext,
  subject: RawMention,
  attribute: CategoryClaim['attribute'],
  valueMention: RawMention,
  at?: string,
): CategoryClaim {
  const start = Math.min(subject.start, valueMention.start);
  const end = Math.max(subject.end, valueMention.end);
  return {
    kind: 'category',
    attribute,
    value: valueMention.entityId,
    ...(at ? { at } : {}),
    span: { start, end },
    valueSpan: { start: valueMention.start, end: valueMention.end },
    entityId: subject.entityId,
    ...(subject.variantId ? { variantId: subject.variantId } : {}),
    quoted: isQuoted(ctx, start, end),
  };
}

export function extractCategories(ctx: SentenceContext): CategoryClaim[] {
  const out: CategoryClaim[] = [];
  const ms = ctx.mentions;
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1];
    if (!b) continue;
    const between = ctx.text.slice(a.end, b.start);
    // Possessive: "Nvidia's China-specific H20", "Alibaba’s Qwen".
    if (OWNER_KINDS.has(a.kind) && PRODUCT_KINDS.has(b.kind)) {
      const poss = /^['’]s\s+((?:[\p{L}\d][\p{L}\d-]*\s+){0,3})$/u.exec(between);
      if (poss && !NOT_OWNERSHIP.test(poss[1]!)) out.push(claim(ctx, b, b.kind === 'model' ? 'maker' : 'vendor', a));
      // "TikTok parent ByteDance" is handled below; "ByteDance's TikTok" is a parent claim.
    }
    if (OWNER_KINDS.has(a.kind) && OWNER_KINDS.has(b.kind) && /^['’]s\s+$/.test(between))
      out.push(claim(ctx, b, 'parent', a));
    // "Qwen, developed by Alibaba". A chip "made by" or "built by" a foundry or server maker names who manufactures
    // it, not its vendor ("The 910C is made by SMIC").
    if (PRODUCT_KINDS.has(a.kind) && OWNER_KINDS.has(b.kind) && MADE_BY.test(between)) {
      if (a.kind === 'model' || !FOUNDRY_VERB.test(between) || !manufactures(ctx, b))
        out.push(claim(ctx, a, a.kind === 'model' ? 'maker' : 'vendor', b));
    }
    // "TikTok is owned by ByteDance".
    if (OWNER_KINDS.has(a.kind) && OWNER_KINDS.has(b.kind) && OWNED_BY.test(between))
      out.push(claim(ctx, a, 'parent', b));
    // "ByteDance makes the Qwen models" (not "SMIC makes the 910C": a foundry; nor "Inventec makes H200 servers").
    if (
      OWNER_KINDS.has(a.kind) &&
      PRODUCT_KINDS.has(b.kind) &&
      MAKES.test(between) &&
      (b.kind === 'model' || !FOUNDRY_VERB.test(between) || !manufactures(ctx, a)) &&
      !MODIFIES_A_NOUN.test(ctx.text.slice(b.end))
    )
      out.push(claim(ctx, b, b.kind === 'model' ? 'maker' : 'vendor', a));
    // "The H100 is an AMD chip".
    if (
      PRODUCT_KINDS.has(a.kind) &&
      OWNER_KINDS.has(b.kind) &&
      IS_A.test(between) &&
      PRODUCT_NOUN.test(ctx.text.slice(b.end, b.end + 20))
    ) {
      out.push(claim(ctx, a, a.kind === 'model' ? 'maker' : 'vendor', b));
    }
    // "ByteDance (the parent company of TikTok)".
    if (OWNER_KINDS.has(a.kind) && OWNER_KINDS.has(b.kind) && PARENT_OF.test(between))
      out.push(claim(ctx, b, 'parent', a));
    // "TikTok parent ByteDance".
    if (OWNER_KINDS.has(a.kind) && OWNER_KINDS.has(b.kind) && PARENT_BEFORE.test(between))
      out.push(claim(ctx, a, 'parent', b));
    // "Hopper-based H200", "Blackwell B200", "the Blackwell-generation B200".
    if (
      a.kind === 'architecture' &&
      (b.kind === 'chip' || b.kind === 'system') &&
      /^(?:-based|\s+based|-generation|\s+generation|\s+architecture|\s+GPU)?\s*$/i.test(between)
    ) {
      out.push(claim(ctx, b, 'architecture', a));
    }
    // "the H200 is based on Hopper", "the B200, built on the Blackwell architecture" (not after "neither"/"nor").
    if (
      (a.kind === 'chip' || a.kind === 'system') &&
      !/\b(?:neither|nor)\s+(?:the\s+|Nvidia['’]s\s+)?$/i.test(ctx.text.slice(Math.max(0, a.start - 30), a.start)) &&
      b.kind === 'architecture' &&
      /^\s*(?:,\s*)?(?:(?:is|was|are|were)\s+)?(?:based on|built on|uses|using|on)\s+(?:the\s+|nvidia['’]s\s+)*$/i.test(
        between,
      )
    ) {
      out.push(claim(ctx, a, 'architecture', b));
    }
    // "The GB200 NVL72 is built on Nvidia's Hopper architecture": the vendor's name may sit between.
    const c = ms[i + 2];
    if (
      (a.kind === 'chip' || a.kind === 'system') &&
      b.kind === 'company' &&
      c?.kind === 'architecture' &&
      /^\s*(?:,\s*)?(?:(?:is|was|are|were)\s+)?(?:based on|built on|uses|using)\s+(?:the\s+)?$/i.test(between) &&
      /^['’]s\s+$/.test(ctx.text.slice(b.end, c.start))
    ) {
      out.push(claim(ctx, a, 'architecture', c));
    }
    // Roles: "Deborah Elms, head of trade policy at the Hinrich Foundation".
    if (a.kind === 'person' && (b.kind === 'organization' || b.kind === 'company')) {
      const role =
        /^\s*(?:,|\s(?:is|was)\s)\s*(?:the\s+|an?\s+)?(\p{L}[\p{L} -]{1,58}?\p{L})\s+(?:at|of)\s+(?:the\s+)?$/u.exec(
          between,
        );
      // "is not the chief financial officer of": a denied role is no claim.
      if (role && !/\b(?:said|says|told|who|which|and|not|never|no\s+longer)\b/i.test(role[1]!))
        out.push(roleClaim(ctx, a, b, role[1]!, a.end + between.indexOf(role[1]!)));
    }
    // "Nvidia CEO Jensen Huang", "Nvidia chief executive Jensen Huang", a fronted title in commas: "Nvidia's chief
    // financial officer, Jensen Huang, said" (the name set off after it; "former" or "then" titles are not read).
    if ((a.kind === 'company' || a.kind === 'organization') && b.kind === 'person') {
      const role =
        /^(?:['’]s)?\s+(chief executive(?: officer)?|chief (?:financial|operating|technology|technical) officer|CEO|CFO|COO|CTO|finance chief|founder|co-founder|president|chairman|head of [\p{L} ]{2,30}?)(?:,\s*|\s+)$/iu.exec(
          between,
        );
      if (role) out.push(roleClaim(ctx, b, a, role[1]!, a.end + between.indexOf(role[1]!)));
    }
  }
  return out;
}

/** The title is the claimed value: a fix replaces the title, and messages quote it. */
function roleClaim(
  ctx: SentenceContext,
  person: RawMention,
  org: RawMention,
  title: string,
  titleStart: number,
): CategoryClaim {
  const c = claim(ctx, person, 'role', org, org.entityId);
  const value = title.trim();
  const start = titleStart + title.indexOf(value);
  return { ...c, value, valueSpan: { start, end: start + value.length } };
}
