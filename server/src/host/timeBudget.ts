import * as vm from 'node:vm';

export const DEFAULT_SEED_TIMEOUT_SECONDS = 30;
/**
 * Seeds shorter than this are not timed. Timing a call starts a watchdog thread (about 0.3 ms),
 * which would add seconds to a corpus of small seeds, and a seed this short cannot take long: the
 * costliest case known, one paragraph repeated throughout, takes seconds only from about 1 MB.
 */
export const TIMED_SEED_CHARS = 256 * 1024;

export const OVER_BUDGET = Symbol('over the time budget');

// One context serves every call: only the function it runs changes.
const context = vm.createContext({ work: undefined as unknown });
const runWork = new vm.Script('work()');

/**
 * A per-seed time budget for work that cannot yield: the check of a seed is synchronous, so it is
 * run as a vm script with a timeout, whose watchdog stops it even inside a loop. The work must
 * leave no shared state half-changed when stopped (checks and fix plans only read the index).
 */
export class SeedTimeBudget {
  constructor(readonly seconds: number) {}

  run<T>(seedChars: number, work: () => T): T | typeof OVER_BUDGET {
    if (this.seconds <= 0 || seedChars < TIMED_SEED_CHARS) return work();
    context.work = work;
    try {
      return runWork.runInContext(context, { timeout: Math.max(1, Math.round(this.seconds * 1000)) }) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return OVER_BUDGET;
      throw error;
    } finally {
      context.work = undefined;
    }
  }
}
