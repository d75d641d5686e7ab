/**
 * Letter trigrams of a text: a cheap stand-in for franc when the only question is whether a
 * passage reads like the rest of its seed. franc ranks a passage against every candidate
 * language's model; counting its trigrams and comparing them with the seed's costs a fraction of
 * that, and passages in the seed's own language share most of their frequent trigrams with it
 * ("the", "ing", " å ", "er ") while passages in another language share few.
 *
 * Each trigram is hashed to one of 65,536 buckets and counted in a typed array: a news article
 * fills ~2 % of them, so a collision only blurs a similarity, and no map of strings is built.
 */
const BUCKETS = 1 << 16;

/** Lower-cased code of each letter below LATIN_END, 0 for every other character: a table instead of a Unicode regex on the common path. */
const LATIN_END = 0x250;
const LATIN_LETTERS = new Uint16Array(LATIN_END);
for (let code = 0; code < LATIN_END; code++) LATIN_LETTERS[code] = letterOf(code);

const SPACE = 0x20;

function letterOf(code: number): number {
  const char = String.fromCharCode(code);
  return /\p{L}/u.test(char) ? char.toLowerCase().charCodeAt(0) : 0;
}

/**
 * The bucket of every trigram of the text's letters, lower-cased, with each run of other
 * characters read as one space and a space before and after: "Aha, aha!" is " aha aha ".
 */
export function trigramBuckets(text: string): Uint16Array {
  const buckets = new Uint16Array(text.length + 1);
  let count = 0;
  // The two characters before the next: a space, with nothing (-1) before it.
  let before = -1;
  let last = SPACE;
  const add = (next: number) => {
    if (before >= 0) buckets[count++] = Math.imul((before * 1021 + last) * 1021 + next, 0x9e3779b1) >>> 16;
    before = last;
    last = next;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const next = (code < LATIN_END ? LATIN_LETTERS[code] : letterOf(code)) || SPACE;
    if (next !== SPACE || last !== SPACE) add(next);
  }
  if (last !== SPACE) add(SPACE);
  return buckets.subarray(0, count);
}

/** Bucket counts of a seed's passages together, and of one passage; shared, as the engine checks one seed at a time. */
const totals = new Int32Array(BUCKETS);
const partCounts = new Int32Array(BUCKETS);

/**
 * For each of `parts` (the trigram buckets of a text's passages) that `wanted` picks, the cosine
 * similarity of its counts with those of all the other parts together, the rest of the text; NaN
 * for the others, and 0 where either side is empty. With p the part and s the whole text,
 * (s − p)·p = s·p − p·p and |s − p|² = s·s − 2 s·p + p·p, so the rest is never built: linear in
 * the text's length. A count going from c to c + 1 adds 2c + 1 to a squared norm.
 */
export function similaritiesToRest(parts: readonly Uint16Array[], wanted: (index: number) => boolean): number[] {
  let totalSquared = 0;
  try {
    for (const part of parts) for (let index = 0; index < part.length; index++) totalSquared += 2 * totals[part[index]]++ + 1;
    return parts.map((part, index) => (wanted(index) ? similarityToRest(part, totalSquared) : NaN));
  } finally {
    for (const part of parts) for (let index = 0; index < part.length; index++) totals[part[index]] = 0;
  }
}

function similarityToRest(part: Uint16Array, totalSquared: number): number {
  let partSquared = 0;
  let shared = 0;
  for (let index = 0; index < part.length; index++) {
    const bucket = part[index];
    partSquared += 2 * partCounts[bucket]++ + 1;
    shared += totals[bucket];
  }
  for (let index = 0; index < part.length; index++) partCounts[part[index]] = 0;
  const restSquared = totalSquared - 2 * shared + partSquared;
  if (partSquared === 0 || restSquared <= 0) return 0;
  return (shared - partSquared) / Math.sqrt(partSquared * restSquared);
}
