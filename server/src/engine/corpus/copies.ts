import type { Containment, CorpusIndex } from './corpusIndex';
import { compareOriginals } from './originals';

/**
 * Shared content words below which a seed is no copy, whatever its share: a short post whose only
 * long line is a shared date line, or two notices sharing one sentence, are not duplicate seeds.
 * 40 words is about two sentences of news text, and shorter shared passages are still reported
 * one by one by `corpus-duplicate`.
 */
export const MIN_SHARED_WORDS = 40;

/** A seed is mostly contained in another when a share over the threshold, and enough words, are found there. */
function isMostlyContained(containment: Containment, threshold: number): boolean {
  return containment.share >= threshold && containment.words >= MIN_SHARED_WORDS;
}

/**
 * The seed this one is a copy of, if any: the one holding the largest share of it, over the
 * corpus's threshold. Two seeds that contain each other are copies of one article, and only the
 * one that is not the original (see `compareOriginals`) is a copy. `duplicate-seed`,
 * `corpus-duplicate` and the Corpus view's clusters all ask this function.
 */
export function seedContaining(index: CorpusIndex, id: number): Containment | undefined {
  const info = index.info(id);
  if (!info) return undefined;
  const threshold = index.options.containment;
  for (const containment of index.containmentOf(id)) {
    if (containment.share < threshold) break; // The largest share first: no other is over the threshold.
    if (!isMostlyContained(containment, threshold)) continue;
    const reverse = index.containmentIn(containment.seed, id);
    const other = index.info(containment.seed);
    if (!other) continue;
    if (!reverse || !isMostlyContained(reverse, threshold) || compareOriginals(other, info) < 0) return containment;
  }
  return undefined;
}

/**
 * The seeds that are copies of this one (those `seedContaining` names it for), each with its share
 * found here: the seed to keep is told of them once, by `duplicate-seed`, while each copy carries the
 * findings. Only seeds mostly contained here are asked who contains them.
 */
export function copiesOf(index: CorpusIndex, id: number): Containment[] {
  const threshold = index.options.containment;
  return index.containmentOf(id).flatMap((shared) => {
    const reverse = index.containmentIn(shared.seed, id);
    return reverse && isMostlyContained(reverse, threshold) && seedContaining(index, shared.seed)?.seed === id ? [{ ...reverse, seed: shared.seed }] : [];
  });
}
