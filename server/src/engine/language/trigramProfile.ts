/**
 * Letter-trigram counts of a text: a cheap stand-in for franc when the only question is whether a
 * passage reads like the rest of its seed. franc ranks a passage against every candidate
 * language's model; counting its trigrams and comparing them with the seed's costs a fraction of
 * that, and passages in the seed's own language share most of their frequent trigrams with it
 * ("the", "ing", " å ", "er ") while passages in another language share few.
 *
 * Trigrams are hashed to small integers (3 UTF-16 units folded into 30 bits): a rare collision
 * only blurs a similarity, and integer keys keep the maps fast.
 */
export type TrigramProfile = Map<number, number>;

/** Trigram counts of the text's letters, lower-cased, with each run of other characters as one space. */
export function trigramProfile(text: string): TrigramProfile {
  const letters = ` ${text.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim()} `;
  const profile: TrigramProfile = new Map();
  for (let i = 0; i + 2 < letters.length; i++) {
    const key = ((letters.charCodeAt(i) * 1021 + letters.charCodeAt(i + 1)) * 1021 + letters.charCodeAt(i + 2)) & 0x3fffffff;
    profile.set(key, (profile.get(key) ?? 0) + 1);
  }
  return profile;
}

/** Adds `part`'s counts into `total`. */
export function addProfile(total: TrigramProfile, part: TrigramProfile): void {
  for (const [key, count] of part) total.set(key, (total.get(key) ?? 0) + count);
}

/** The dot product of two profiles, read in the time of the first. */
export function dotProduct(a: TrigramProfile, b: TrigramProfile): number {
  let dot = 0;
  for (const [key, count] of a) dot += count * (b.get(key) ?? 0);
  return dot;
}

/**
 * Cosine similarity of `part` with `total` less `part` (the rest of the text it belongs to),
 * without building the rest: with p = part and s = total, (s − p)·p = s·p − p·p and
 * |s − p|² = s·s − 2 s·p + p·p. `totalSquared` is s·s, computed once per text. 0 when either is empty.
 */
export function similarityToRest(part: TrigramProfile, total: TrigramProfile, totalSquared: number): number {
  const partSquared = dotProduct(part, part);
  const shared = dotProduct(part, total);
  const restSquared = totalSquared - 2 * shared + partSquared;
  if (partSquared <= 0 || restSquared <= 0) return 0;
  return (shared - partSquared) / Math.sqrt(partSquared * restSquared);
}
