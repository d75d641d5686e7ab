import type { AnalysedSeed } from '../engine/analyse';

/**
 * Seeds of a corpus up to which each seed's analysis is kept from its digest to its check, which
 * then parses nothing again (BBC's 2,225 articles: ~10 % of the time, ~20 MB). A larger corpus
 * keeps none: a thread's heap grows some four times what it keeps, and 20,000 seeds kept in part
 * took 1.5 GB where they take 0.9 GB, for as little time.
 */
const KEPT_SEEDS = 4_000;

/** Text, in UTF-16 code units, kept at most by one thread, whatever the seeds' count: a parsed seed takes some ten times its text. */
const KEPT_TEXT = 8_000_000;

/** Whether the analyses of a corpus of this many seeds are kept between digest and check. */
export function keepsAnalysesOf(seeds: number): boolean {
  return seeds <= KEPT_SEEDS;
}

interface KeptAnalysis {
  textHash: number;
  seed: AnalysedSeed;
  /** The file's version when its text was read (see `currentFileVersion`), if known. */
  fileVersion?: string;
  size: number;
}

/**
 * Analyses of seeds kept from their digest for their check, so that a seed is parsed once, not
 * twice, when both run on one thread. Taken once; past the budget the oldest go first.
 */
export class KeptAnalyses {
  private readonly kept = new Map<string, KeptAnalysis>();
  private size = 0;

  /** Keeps a seed's analysis; false for a text too long to keep at all. */
  keep(corpus: number, file: string, analysis: Omit<KeptAnalysis, 'size'>, textLength: number): boolean {
    if (textLength > KEPT_TEXT) return false;
    this.take(corpus, file, analysis.textHash);
    const key = seedFileKey(corpus, file);
    this.kept.set(key, { ...analysis, size: textLength });
    this.size += textLength;
    for (const [oldest, { size }] of this.kept) {
      if (this.size <= KEPT_TEXT) break;
      this.kept.delete(oldest);
      this.size -= size;
    }
    return this.kept.has(key);
  }

  /** The kept analysis of the file, if it was of the text with this hash; forgotten either way. */
  take(corpus: number, file: string, textHash: number): KeptAnalysis | undefined {
    const key = seedFileKey(corpus, file);
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    this.kept.delete(key);
    this.size -= kept.size;
    return kept.textHash === textHash ? kept : undefined;
  }
}

/** A seed file of one corpus set up on a runner: the key its kept analysis, and the thread keeping it, go by. */
export function seedFileKey(corpus: number, file: string): string {
  return `${corpus}\0${file}`;
}
