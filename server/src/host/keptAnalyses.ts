import type { AnalysedSeed } from '../engine/analyse';

/**
 * Seeds of a corpus up to which each seed's analysis is kept from its digest to its check, which
 * then parses nothing again (BBC's 2,225 articles: ~10 % of the time, ~20 MB). A larger corpus
 * keeps none: a thread's heap grows some four times what it keeps, and 20,000 seeds kept in part
 * took 1.5 GB where they take 0.9 GB, for as little time.
 */
const KEPT_SEEDS = 4_000;

/** Text, in UTF-16 code units, kept at most by one thread, whatever the seeds' count: a parsed seed takes some ten times its text. */
export const KEPT_TEXT = 8_000_000;

/** Whether the analyses of a corpus of this many seeds are kept between digest and check. */
export function keepsAnalysesOf(seeds: number): boolean {
  return seeds <= KEPT_SEEDS;
}

/** A seed's analysis kept from its digest for its check (see SeedTaskRunner). */
export interface KeptAnalysis {
  textHash: number;
  seed: AnalysedSeed;
  /** The file's version when its text was read (see `currentFileVersion`), if known. */
  fileVersion?: string;
}

/**
 * What a thread keeps of a file from one task for the next one on it (a seed's analysis from its
 * digest for its check, a text read for its cache key for its digest), within a budget of sizes:
 * taken once, and past the budget the oldest go first.
 */
export class KeptUntilTaken<T> {
  private readonly kept = new Map<string, { value: T; size: number }>();
  private size = 0;

  constructor(private readonly budget = KEPT_TEXT) {}

  /** Keeps a value; false for one too large to keep at all. */
  keep(key: string, value: T, size: number): boolean {
    if (size > this.budget) return false;
    this.take(key);
    this.kept.set(key, { value, size });
    this.size += size;
    for (const [oldest, { size }] of this.kept) {
      if (this.size <= this.budget) break;
      this.kept.delete(oldest);
      this.size -= size;
    }
    return this.kept.has(key);
  }

  /** The value kept under the key, if any; forgotten either way. */
  take(key: string): T | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    this.kept.delete(key);
    this.size -= kept.size;
    return kept.value;
  }
}

/** A seed file of one corpus set up on a runner: the key what a thread keeps of it, and the thread keeping it, go by. */
export function seedFileKey(corpus: number, file: string): string {
  return `${corpus}\0${file}`;
}
