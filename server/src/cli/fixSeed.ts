import type { AnalysedSeed } from '../engine/analyse';
import type { Corpus } from '../engine/corpus/corpus';
import { applyEdits, safeFixes } from '../engine/fixes';

/** Fixes can uncover or shift others (a removed line joins two blank runs); this bounds the loop. */
export const MAX_FIX_PASSES = 10;

export interface FixedSeed {
  seed: AnalysedSeed;
  /** The seed's new text, BOM included when it had one. */
  text: string;
  /** Findings whose safe fix was applied. */
  fixes: number;
}

/**
 * Applies a seed's safe fixes pass after pass until none is left, re-indexing the new text each
 * pass so the next check sees what the corpus will hold. Line endings are kept because the
 * engine's edits use the seed's own.
 */
export function fixSeed(corpus: Corpus, uri: string, seed: AnalysedSeed): FixedSeed {
  const bom = seed.parsed.hasBom ? '\uFEFF' : '';
  let fixes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const plan = safeFixes(corpus.check(uri, seed));
    const fixedText = applyEdits(seed.parsed.text, plan.edits);
    if (fixedText === seed.parsed.text) break;
    fixes += plan.fixes;
    seed = corpus.update(uri, bom + fixedText).seed;
  }
  return { seed, text: bom + seed.parsed.text, fixes };
}
