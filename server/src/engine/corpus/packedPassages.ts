import type { Range } from '../findings';
import { BANDS, bandKeys } from '../fingerprint/minhash';

/**
 * One passage as the digest describes it: numbers and typed arrays only, worked out where the
 * seed is analysed, so that indexing a seed is posting, not reading words.
 */
export interface IndexedPassageInput {
  key: number;
  wordCount: number;
  /** Lines of bare numbers are data, not chrome: only lines with a letter count as short lines. */
  hasLetter: boolean;
  /** The key of its words with numbers masked (see `numberMaskKey`). */
  numberMaskKey: number;
  /** Its shingle set (see `shingleSet`), for passages long enough to be compared; empty for others. */
  shingles: Uint32Array;
  range: Range;
  isTitle: boolean;
  /**
   * A line of known site boilerplate ("Advertisement", "Your email address will not be published"):
   * not indexed at all, since the `boilerplate` rule reports it and it is no part of any article.
   */
  isBoilerplate: boolean;
  /** Keys of its sentences (see `sentenceKeys`), for quotes that take part of a paragraph. */
  sentenceKeys: readonly number[];
}

/** A passage looked up without being indexed (a quote from another message), by the keys the index compares. */
export interface LookupKeys {
  key: number;
  shingles: Uint32Array;
  numberMaskKey: number;
  sentenceKeys: readonly number[];
}

/**
 * A seed's passages as the index keeps them, in flat typed arrays: a 100,000-seed corpus must fit
 * in memory. Packed where the seed is analysed (a worker thread), so that a digest crosses threads
 * and goes in and out of the cache as a dozen arrays rather than an object per passage, and the
 * index thread only posts keys.
 */
export interface PackedPassages {
  /** Exact keys of the passages compared across seeds (see `compared`). */
  keys: Float64Array;
  /** Per passage: the key of its words with numbers masked (see `numberMaskKey`). */
  numberMaskKeys: Float64Array;
  /** Per passage: RANGE_FIELDS numbers (see below). */
  ranges: Uint32Array;
  /** Passage i's shingles are shingles[shingleOffsets[i]] up to shingles[shingleOffsets[i + 1]]. */
  shingleOffsets: Uint32Array;
  shingles: Uint32Array;
  /** Per passage: its BANDS LSH band keys, read on every look-up. */
  bands: Float64Array;
  /** Sentence keys of the compared passages, and the passage each belongs to. */
  sentenceKeys: Float64Array;
  sentencePassages: Uint32Array;
  /** Short lines: their keys and words. */
  shortLineKeys: Float64Array;
  shortLineWords: Uint32Array;
  /** Keys its quotes are looked up by (exact, band and sentence keys): a seed adding or losing one affects this seed. */
  quotedKeys: Float64Array;
  /** Content words of the passages compared across seeds; those of short lines depend on which are chrome. */
  passageWords: number;
}

/** `ranges` holds, per passage: start line, start character, end line, end character, content words (0 for the title), position in the input. */
export const RANGE_FIELDS = 6;
export const CONTENT_WORDS = 4;
export const INPUT_POSITION = 5;
/** Passages per seed that take part in matching; refs pack seed and passage into one number. */
export const PASSAGE_SLOTS = 65536;

/**
 * Packs a seed's passages (boilerplate lines left out): those of `minWords` words or more are
 * compared across seeds; shorter ones with a letter are short lines, counted across seeds.
 */
export function packPassages(passages: readonly IndexedPassageInput[], quotes: readonly (readonly LookupKeys[])[], minWords: number): PackedPassages {
  const indexed = passages.map((passage, position) => ({ ...passage, position })).filter((p) => !p.isBoilerplate);
  const compared = indexed.filter((p) => p.wordCount >= minWords).slice(0, PASSAGE_SLOTS);
  const shortLines = indexed.filter((p) => !p.isTitle && p.wordCount < minWords && p.hasLetter);
  // The title is matched (a repeated headline is a duplicate) but is no content: a header title is no passage at all.
  const contentWords = (p: IndexedPassageInput) => (p.isTitle ? 0 : p.wordCount);
  const keys = Float64Array.from(compared, (p) => p.key);
  const numberMaskKeys = Float64Array.from(compared, (p) => p.numberMaskKey);
  const ranges = new Uint32Array(compared.length * RANGE_FIELDS);
  const shingleOffsets = new Uint32Array(compared.length + 1);
  for (let i = 0; i < compared.length; i++) shingleOffsets[i + 1] = shingleOffsets[i] + compared[i].shingles.length;
  const shingles = new Uint32Array(shingleOffsets[compared.length]);
  const bands = new Float64Array(compared.length * BANDS);
  let passageWords = 0;
  compared.forEach((p, i) => {
    ranges.set([p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character, contentWords(p), p.position], i * RANGE_FIELDS);
    shingles.set(p.shingles, shingleOffsets[i]);
    bands.set(bandKeys(p.shingles), i * BANDS);
    passageWords += contentWords(p);
  });
  return {
    keys,
    numberMaskKeys,
    ranges,
    shingleOffsets,
    shingles,
    bands,
    sentenceKeys: Float64Array.from(compared.flatMap((p) => p.sentenceKeys)),
    sentencePassages: Uint32Array.from(compared.flatMap((p, i) => p.sentenceKeys.map(() => i))),
    shortLineKeys: Float64Array.from(shortLines, (p) => p.key),
    shortLineWords: Uint32Array.from(shortLines, (p) => p.wordCount),
    quotedKeys: Float64Array.from(quotes.flat().flatMap((quoted) => [quoted.key, ...bandKeys(quoted.shingles), ...quoted.sentenceKeys])),
    passageWords,
  };
}
