import { analyseSeed, type AnalysedSeed } from '../engine/analyse';
import type { Corpus } from '../engine/corpus/corpus';
import { applyEdits, safeFixes } from '../engine/fixes';

/** Fixes can uncover or shift others (a removed line joins two blank runs); this bounds the loop. */
export const MAX_FIX_PASSES = 10;

export interface FixedSeed {
  /** The seed's new text, BOM included when it had one. */
  text: string;
  /** Findings whose safe fix was applied. */
  fixes: number;
}

/**
 * Applies a seed's safe fixes pass after pass until none is left. The passes run only the rules
 * whose fixes may be safe (they read the seed's own text alone) and leave the index alone: the
 * caller indexes the new text once it is written, so fixing costs about what checking does, and
 * a seed that could not be written keeps its old text in the index. Line endings are kept
 * because the engine's edits use the seed's own.
 */
export function fixSeed(corpus: Corpus, uri: string, seed: AnalysedSeed): FixedSeed {
  let fixes = 0;
  let current = seed;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const text = current.parsed.text;
    const plan = safeFixes(text, corpus.checkSafelyFixable(uri, current));
    if (plan.edits.length === 0) break;
    const fixedText = applyEdits(text, plan.edits);
    if (fixedText === text) break;
    fixes += plan.fixes;
    current = analyseSeed(withBom(seed, fixedText), corpus.config);
  }
  return { text: fullText(current), fixes };
}

/** A seed's text as it is on disk: the parser sets a BOM aside. */
export function fullText(seed: AnalysedSeed): string {
  return withBom(seed, seed.parsed.text);
}

function withBom(seed: AnalysedSeed, text: string): string {
  return seed.parsed.hasBom ? `\uFEFF${text}` : text;
}
