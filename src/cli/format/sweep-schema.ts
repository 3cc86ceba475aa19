/**
 * The contract of `factdesk sweep --format json` (version 1), as a zod schema: what a newsroom's own tooling
 * (a corrections queue, a CMS hook) may rely on. Strict objects: a field added or renamed fails the unit test
 * that validates real sweep output against it (test/unit/cli/sweep.test.ts), so the contract changes only on
 * purpose. The CLI does not load it (zod stays out of the start-up path); the types in ../sweep.ts are checked
 * against it in that test.
 */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');
/** A record date: a year, a month or a day. */
const recordDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
const verdict = z.enum(['contradicted', 'outdated', 'disputed', 'supported', 'unknown']);

export const sweepSourceSchema = z.strictObject({
  title: z.string(),
  publisher: z.string(),
  url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) address'),
  date: recordDate.nullable(),
});

export const sweepChangeSchema = z.strictObject({
  /** The day the record's answer turned. */
  date: day,
  verdict,
  message: z.string().min(1),
  /** The fact the claim was judged against that day ('' when none). */
  factId: z.string(),
  /** The fact that began (or ended) that day. */
  fact: z.strictObject({ id: z.string().min(1), began: z.boolean(), value: z.string().min(1) }).optional(),
  source: sweepSourceSchema.optional(),
});

export const sweepItemSchema = z.strictObject({
  /** 1-based. */
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  claim: z.string().min(1),
  factId: z.string(),
  verdictThen: verdict,
  verdictNow: verdict,
  message: z.string().min(1),
  source: sweepSourceSchema.optional(),
  change: sweepChangeSchema.optional(),
  later: z.array(sweepChangeSchema).min(1).optional(),
});

export const sweepDraftSchema = z.strictObject({
  path: z.string().min(1),
  published: day.optional(),
  corrections: z.array(sweepItemSchema),
  updates: z.array(sweepItemSchema),
  rechecks: z.array(sweepItemSchema),
  note: z.string().optional(),
});

export const sweepReportSchema = z.strictObject({
  version: z.literal(1),
  /** The sweep's date (--at). */
  at: day,
  record: z.strictObject({
    /** The newest version in the record's changelog: the next sweep's --since-record. */
    changelogVersion: z.string().min(1).optional(),
    version: z.string().min(1),
  }),
  /** With --since-record: the versions and the facts the sweep was limited to. */
  sinceRecord: z
    .strictObject({
      since: z.string().min(1),
      through: z.string().min(1),
      facts: z.array(z.string().min(1)),
      removed: z.array(z.string().min(1)),
    })
    .optional(),
  drafts: z.array(sweepDraftSchema),
});

export type SweepReport = z.infer<typeof sweepReportSchema>;
