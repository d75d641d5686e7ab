import { hash32 } from '../text/normalize';

export const SHINGLE_WORDS = 5;

/** Sorted, distinct hashes of the word 5-grams of a passage (the whole passage when shorter). */
export function shingleSet(words: readonly string[]): Uint32Array {
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hash32(words.slice(i, i + SHINGLE_WORDS).join(' '));
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  }
  return hashes.subarray(0, distinct);
}

/** Size of the intersection of two sorted sets. */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const shared = overlap(a, b);
  return shared / (a.length + b.length - shared);
}
