/**
 * Work counted, not timed: the characters handed to regexes during one check of `text` by a fresh engine (no
 * cache). Doubling a draft should at most roughly double it; a timing would flake on a loaded machine.
 */
import { createEngine, type CheckResult } from '../../src/engine';
import { bundledRecord } from './record';

export const WORK_OPTIONS = { asOf: '2025-11-27', today: '2026-11-23' };

export function workOf(text: string): { work: number; result: CheckResult } {
  const engine = createEngine(bundledRecord());
  const original = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = original.call(this, s);
    // A sticky regex, or one anchored at the start (^ without the m flag), tries one position only (split()
    // runs one per character): charged what it matched; what one try costs inside is the lint's to bound.
    const onePosition = this.sticky || (this.source.startsWith('^') && !this.multiline);
    work += onePosition ? (m ? m[0].length : 0) + 1 : Math.max(1, (m ? m.index + m[0].length : s.length) - from);
    return m;
  };
  try {
    const result = engine.check(text, WORK_OPTIONS);
    return { work, result };
  } finally {
    RegExp.prototype.exec = original;
  }
}
