/** The engine's public surface. Fronts import from here and nowhere deeper. */
export { createEngine, MAX_DRAFT_CHARS, type Engine } from './engine';
export { entityCard, factValueText, STATUS_LABELS } from './cards';
export { compileRecord, contentHash, formatRecordError, parseRecordFile, type CompiledRecord, type RecordError, type ParsedFile } from './record/load';
export { RecordIndex } from './record/record-index';
export { statusAt } from './compare/compare';
export { SEVERITY_BY_VERDICT } from './findings/findings';
export { LineIndex } from './segment/lines';
export { displayDate, isCalendarDate } from './dates/dates';
export * from './types';
