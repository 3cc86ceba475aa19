/**
 * The time one block may take to read. Past it the block is skipped with a note naming its line,
 * as a block past the parse budget is: the budget and linear-time readers make this rare, the
 * clock makes it certain that no block holds the editor for long.
 */

/** How long one block (a chunk: the text between blank lines) may take to read. Real blocks take milliseconds. */
export const BLOCK_TIME_BUDGET_MS = 2_000;

/** Thrown inside a block's reading when its time is up (or it cannot be read in time); caught where it is read. */
export class BlockOverTime extends Error {
  constructor(readonly why?: string) {
    super(why);
  }
}

/** The clock of the block being read: started per block, checked between segments and sentences. */
export class BlockClock {
  /** When the block being read must be done by. */
  private deadline = Infinity;
  /** The note a block skipped for time gets. */
  readonly overTimeNote: string;

  constructor(
    private readonly now: () => number,
    private readonly budgetMs: number,
  ) {
    const budget = budgetMs >= 1000 ? `${budgetMs / 1000} s` : `${budgetMs} ms`;
    this.overTimeNote = `a block that took over ${budget} to read (Fact Desk gives a block ${budget})`;
  }

  start(): void {
    this.deadline = this.now() + this.budgetMs;
  }

  stop(): void {
    this.deadline = Infinity;
  }

  /** Throws BlockOverTime once the block's time is up. */
  check(): void {
    if (this.now() > this.deadline) throw new BlockOverTime();
  }
}
