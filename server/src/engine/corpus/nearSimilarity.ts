/**
 * The Jaccard similarity of two sorted shingle sets (see `jaccard`) when it reaches `threshold`,
 * else -1. Most candidates an LSH band proposes are far apart: this gives up as soon as the
 * shingles left cannot reach the threshold, and never starts when the sizes alone rule it out.
 * Its answers are exactly those of comparing `jaccard(a, b)` with the threshold. `b` is the part of
 * `bArray` from `bStart` to `bEnd`: a view made for each of millions of candidates would cost
 * more than most comparisons.
 */
export function similarityAtLeast(a: Uint32Array, bArray: Uint32Array, threshold: number, bStart = 0, bEnd = bArray.length): number {
  const bLength = bEnd - bStart;
  const total = a.length + bLength;
  // Two empty sets: jaccard is NaN, which reaches no threshold.
  if (total === 0) return -1;
  const needed = sharedNeeded(total, threshold);
  if (Math.min(a.length, bLength) < needed) return -1;
  let i = 0;
  let j = bStart;
  let shared = 0;
  while (i < a.length && j < bEnd) {
    if (shared + Math.min(a.length - i, bEnd - j) < needed) return -1;
    if (a[i] === bArray[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < bArray[j]) i++;
    else j++;
  }
  return shared < needed ? -1 : shared / (total - shared);
}

/**
 * The fewest shared shingles whose similarity, worked out as `jaccard` does (shared / (total -
 * shared), which only grows with shared), reaches the threshold: found with that very division,
 * so that rounding cannot make the two disagree.
 */
function sharedNeeded(total: number, threshold: number): number {
  const similarity = (shared: number) => shared / (total - shared);
  let shared = Math.max(0, Math.min(total, Math.floor((threshold * total) / (1 + threshold))));
  while (shared > 0 && similarity(shared - 1) >= threshold) shared--;
  while (shared <= total && !(similarity(shared) >= threshold)) shared++;
  return shared;
}
