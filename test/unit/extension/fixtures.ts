/** Shared helpers for the extension's unit tests: real engine findings at a pinned date. */
import type { CheckResult, Finding } from '../../../src/engine';
import { testEngine } from '../../helpers/record';

export const AS_OF = '2025-11-27';

export function check(text: string): CheckResult {
  return testEngine().check(text, { asOf: AS_OF, includeSupported: true });
}

/** The single finding for `factId` (fails the test when there is not exactly one). */
export function findingFor(text: string, factId: string): Finding {
  const found = check(text).findings.filter((f) => f.factId === factId);
  if (found.length !== 1)
    throw new Error(
      `expected one finding for ${factId}, got ${found.length}: ${JSON.stringify(check(text).findings.map((f) => f.factId))}`,
    );
  return found[0]!;
}

export const flagged = (text: string) =>
  check(text).findings.filter((f) => f.verdict !== 'supported' && f.verdict !== 'unknown');

export const H200 = 'The Nvidia H200 has 80 GB of HBM3 memory.';
