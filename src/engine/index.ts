/** The engine's public surface. Fronts import from here and nowhere deeper. */
export {
  BLOCK_TIME_BUDGET_MS,
  createEngine,
  MAX_DRAFT_CHARS,
  MAX_MENTIONS_PER_SENTENCE,
  type Engine,
  type EngineOptions,
} from './engine';
export {
  compactSourceLink,
  entityCard,
  factCard,
  factEntities,
  entityCardModel,
  escapeLinkTitle,
  escapeMarkdown,
  factValueText,
  plainLine,
  safeSourceLink,
  sourceHost,
  sourceMarkdown,
  STATUS_LABELS,
  type CardModel,
  type SafeLink,
} from './cards';
export {
  compileRecord,
  contentHash,
  formatRecordError,
  parseRecordFile,
  type CompiledRecord,
  type Origin,
  type OriginFact,
  type RecordError,
  type ParsedFile,
} from './record/load';
export { RecordIndex } from './record/record-index';
export {
  TIERS,
  TIER_LABELS,
  TIER_RANK,
  resolveTier,
  publisherFor,
  tierStats,
  sourceConsistency,
  placeholderTitleReason,
  isDescriptiveTitle,
  factBestTier,
  type TierStats,
  type ConsistencyProblem,
} from './record/tiers';
export { FAMILY_WORDS } from './kinds/event-date/compare';
export { statusAt } from './kinds/status/compare';
export { ALL_KINDS as CLAIM_KINDS, changesWithTime, kindById as claimKind } from './kinds/registry';
export type { ClaimKind } from './kinds/kind';
export { SEVERITY_BY_VERDICT } from './findings/findings';
export {
  citationText,
  DEFAULT_HOUSE_STYLE,
  footnoteFor,
  HOUSE_STYLE_FIELDS,
  houseStyleProblem,
  houseStyleText,
  linkDestination,
  nextFootnoteNumber,
  sourceLabel,
  type CitationForm,
  type CitationText,
} from './findings/citations';
export { draftWordsOf, MAX_MESSAGE, oneRowMessage, type MessageParts } from './findings/message';
export { LineIndex } from './segment/lines';
export { PARSE_BUDGET } from './segment/segment';
export { displayDate, isCalendarDate, monthIndex, shortDate } from './dates/dates';
export * from './types';
export { nameKey } from './mentions/matcher';
export { ATTRIBUTE_LABELS, CATEGORY_ATTRIBUTES, QUANTITY_ATTRIBUTES, unitsOfAttribute } from './record/attributes';
export { UNIT_NAMES, unitAfterNumber, unitNamed } from './record/units';
// The phrase syntax of the record's event cues (data/record/cues.yaml): for pack tooling and its tests.
export { compilePhrases, PHRASE_WAYS, phraseProblem, phraseWays } from './record/phrases';
// The event types a cue's words narrow its family to (eventTypeCues in cues.yaml): for pack tooling and its tests.
export { narrowedTypes } from './kinds/event-date/cues';
// Types only: the zod schema itself loads lazily (record/load.ts), so its values are imported from
// './record/schema' directly, the one other module fronts may import (eslint.config.mjs).
export type { EventType, ExportStatus, RecordVersion, Unit } from './record/schema';
export { EVENT_FAMILIES } from './record/schema';
export { draftDisagreements, type Disagreement, type DisagreementPlace } from './workspace/disagreements';
