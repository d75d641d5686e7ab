import { FNV_OFFSET, FNV_PRIME } from '../text/normalize';

const SPACE = 0x20;

export const SHINGLE_WORDS = 5;

/** Sorted, distinct hashes of the word 5-grams of a passage (the whole passage when shorter). */
export function shingleSet(words: readonly string[]): Uint32Array {
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = shingleHash(words, i);
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  }
  return hashes.subarray(0, distinct);
}

/**
 * The 32-bit FNV-1a hash of the words from `start` joined by spaces (up to SHINGLE_WORDS),
 * without joining them: a passage has as many shingles as words, and building each as a string
 * cost more than the rest of fingerprinting.
 */
function shingleHash(words: readonly string[], start: number): number {
  let h = FNV_OFFSET;
  const end = Math.min(words.length, start + SHINGLE_WORDS);
  for (let w = start; w < end; w++) {
    if (w > start) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const word = words[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
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
