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

/** Links followed from a copy towards the seed to keep; a longer chain (or a loop) is cut there. */
const MAX_CHAIN = 16;
/** Copies gathered for one seed to keep: far more than any note lists, and a bound on the work. */
const MAX_COPIES = 1000;

/**
 * The seed to keep of the article a seed belongs to: `seedContaining` followed from copy to
 * container (a copy of a copy leads to the first one's original); the seed itself when it is no copy.
 */
export function originalOf(index: CorpusIndex, id: number): number {
  const seen = new Set([id]);
  let current = id;
  for (let step = 0; step < MAX_CHAIN; step++) {
    const container = seedContaining(index, current)?.seed;
    if (container === undefined || seen.has(container)) break;
    seen.add(container);
    current = container;
  }
  return current;
}

/**
 * The seeds that are copies of this one, and copies of those (each names the one before it as its
 * container), with the share of each found in its container, the nearest first: the seed to keep
 * is told of them once, by `duplicate-seed`, while each copy carries the findings. Only seeds that
 * share at least MIN_SHARED_WORDS with one are asked who contains them.
 */
export function copiesOf(index: CorpusIndex, id: number): Containment[] {
  const threshold = index.options.containment;
  const copies: Containment[] = [];
  const seen = new Set([id]);
  for (let next = [id]; next.length > 0 && copies.length < MAX_COPIES; ) {
    const found = next.flatMap((container) =>
      index.containmentOf(container).flatMap((shared) => {
        if (seen.has(shared.seed) || shared.words < MIN_SHARED_WORDS) return [];
        const reverse = index.containmentIn(shared.seed, container);
        return reverse && isMostlyContained(reverse, threshold) && seedContaining(index, shared.seed)?.seed === container ? [{ ...reverse, seed: shared.seed }] : [];
      }),
    );
    for (const copy of found) seen.add(copy.seed);
    copies.push(...found);
    next = found.map((copy) => copy.seed);
  }
  return copies.slice(0, MAX_COPIES);
}
