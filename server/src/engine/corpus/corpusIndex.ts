import type { Range } from 'vscode-languageserver-types';
import { bandKeys } from '../fingerprint/minhash';
import { jaccard, shingleSet } from '../fingerprint/shingles';
import { Postings } from './postings';

/** What other seeds need to know of a seed: kept for every seed of the corpus, open or not. */
export interface SeedInfo {
  uri: string;
  /** Relative to the corpus root, with `/`. */
  path: string;
  title?: string;
  date?: string;
  lang?: string;
}

export interface IndexedPassageInput {
  key: number;
  words: readonly string[];
  range: Range;
  isTitle: boolean;
}

export interface IndexInput {
  info: SeedInfo;
  passages: IndexedPassageInput[];
  /** Keys of short standalone lines, to find chrome repeated across many seeds. */
  shortLineKeys: number[];
}

export interface IndexOptions {
  /** Passages with fewer words are not compared across seeds. */
  minWords: number;
  /** Jaccard similarity of word 5-gram sets from which two passages are near duplicates. */
  similarity: number;
}

export interface PassageRef {
  seed: number;
  passage: number;
}

export interface PassageMatch {
  /** Index into this seed's indexed passages. */
  passage: number;
  other: PassageRef;
  similarity: number;
}

/** What the index found of one seed's passages in other seeds. */
export interface SeedMatches {
  matches: PassageMatch[];
  /**
   * Passages found in more than PASSAGE_FANOUT other places (a header line, chrome), by indexed
   * passage number, with the number of those places: only a few of them are in `matches`, and they
   * do not count towards containment.
   */
  common: Map<number, number>;
}

export interface Containment {
  seed: number;
  /** Share of this seed's words in passages found in the other seed. */
  share: number;
  passages: number;
}

/** Passages of one seed in flat typed arrays: a 100,000-seed corpus must fit in memory. */
interface IndexedSeed {
  id: number;
  info: SeedInfo;
  keys: Float64Array;
  /** Per passage: start line, start character, end line, end character, word count. */
  ranges: Uint32Array;
  shingleOffsets: Uint32Array;
  shingles: Uint32Array;
  shortLineKeys: number[];
  words: number;
}

const RANGE_FIELDS = 5;
/** Most seeds share nothing: one frozen empty list serves them all in the containment cache. */
const NO_CONTAINMENT: readonly Containment[] = Object.freeze([]);
/** Passages per seed that take part in matching; refs pack seed and passage into one number. */
const PASSAGE_SLOTS = 65536;
/**
 * Other places of a passage enumerated at most. A passage found in more is common (a header line,
 * site chrome): it is counted, a few places are listed, and it is neither compared for near copies
 * nor counted as shared content, so no step grows with the square of its repeats.
 */
export const PASSAGE_FANOUT = 64;
/** Places listed for a common passage. */
const COMMON_LISTED = 5;

/**
 * The corpus index: exact passage keys, MinHash/LSH bands for near duplicates, and short-line
 * counts. Seeds are added, changed and removed one at a time; nothing is ever reread.
 */
export class CorpusIndex {
  private readonly seeds = new Map<number, IndexedSeed>();
  private readonly idsByUri = new Map<string, number>();
  private readonly exact = new Postings();
  private readonly bands = new Postings();
  private readonly shortLines = new Postings();
  /** Containment per seed, kept until the seed or one sharing passages with it changes. */
  private readonly containments = new Map<number, readonly Containment[]>();
  private nextId = 1;

  constructor(readonly options: IndexOptions) {}

  get size(): number {
    return this.seeds.size;
  }

  idOf(uri: string): number | undefined {
    return this.idsByUri.get(uri);
  }

  info(id: number): SeedInfo | undefined {
    return this.seeds.get(id)?.info;
  }

  *allInfo(): IterableIterator<[number, SeedInfo]> {
    for (const [id, seed] of this.seeds) yield [id, seed.info];
  }

  passageRange(ref: PassageRef): Range | undefined {
    const seed = this.seeds.get(ref.seed);
    if (!seed || ref.passage >= seed.keys.length) return undefined;
    const r = seed.ranges.subarray(ref.passage * RANGE_FIELDS, ref.passage * RANGE_FIELDS + 4);
    return { start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } };
  }

  /** Adds or replaces a seed; returns the ids of other seeds whose findings may have changed. */
  upsert(input: IndexInput): Set<number> {
    const affected = this.remove(input.info.uri);
    const id = this.nextId++;
    const seed = this.build(id, input);
    this.seeds.set(id, seed);
    this.idsByUri.set(input.info.uri, id);
    this.post(seed, true);
    for (const other of this.neighbours(seed)) affected.add(other);
    for (const other of affected) this.containments.delete(other);
    return affected;
  }

  /** Removes a seed; returns the ids of seeds that shared passages with it. */
  remove(uri: string): Set<number> {
    const id = this.idsByUri.get(uri);
    if (id === undefined) return new Set();
    const seed = this.seeds.get(id)!;
    const affected = this.neighbours(seed);
    this.post(seed, false);
    this.seeds.delete(id);
    this.idsByUri.delete(uri);
    this.containments.delete(id);
    for (const other of affected) this.containments.delete(other);
    return affected;
  }

  /** Verified matches of each passage of the seed in other seeds (see `SeedMatches`). */
  matchesOf(id: number): SeedMatches {
    const seed = this.seeds.get(id);
    const matches: PassageMatch[] = [];
    const common = new Map<number, number>();
    if (!seed) return { matches, common };
    for (let passage = 0; passage < seed.keys.length; passage++) {
      const found = new Map<number, number>();
      const places = this.exact.count(seed.keys[passage]);
      this.exact.forEach(seed.keys[passage], (ref) => {
        if (Math.floor(ref / PASSAGE_SLOTS) !== id) found.set(ref, 1);
        return places <= PASSAGE_FANOUT || found.size < COMMON_LISTED;
      });
      if (places > PASSAGE_FANOUT) common.set(passage, places - 1);
      else this.nearMatches(seed, passage, found);
      for (const [ref, similarity] of found) {
        if (similarity > 0) matches.push({ passage, other: { seed: Math.floor(ref / PASSAGE_SLOTS), passage: ref % PASSAGE_SLOTS }, similarity });
      }
    }
    return { matches, common };
  }

  /**
   * Adds to `found` the passages sharing an LSH band with this one, with their verified similarity
   * (-1 below the threshold); at most PASSAGE_FANOUT candidates per band.
   */
  private nearMatches(seed: IndexedSeed, passage: number, found: Map<number, number>): void {
    const shingles = this.shinglesOf(seed, passage);
    for (const key of bandKeys(shingles)) {
      let visited = 0;
      this.bands.forEach(key, (ref) => {
        const otherId = Math.floor(ref / PASSAGE_SLOTS);
        if (otherId === seed.id || found.has(ref)) return true;
        const other = this.seeds.get(otherId);
        if (!other) return true;
        const similarity = jaccard(shingles, this.shinglesOf(other, ref % PASSAGE_SLOTS));
        found.set(ref, similarity >= this.options.similarity ? similarity : -1);
        return ++visited < PASSAGE_FANOUT;
      });
    }
  }

  /** Every other place of one passage, however many: asked for one passage at a time, never in a check. */
  placesOf(id: number, passage: number): PassageMatch[] {
    const seed = this.seeds.get(id);
    if (!seed || passage >= seed.keys.length) return [];
    const found = new Map<number, number>();
    this.exact.forEach(seed.keys[passage], (ref) => {
      if (Math.floor(ref / PASSAGE_SLOTS) !== id) found.set(ref, 1);
    });
    if (this.exact.count(seed.keys[passage]) <= PASSAGE_FANOUT) this.nearMatches(seed, passage, found);
    return [...found].filter(([, similarity]) => similarity > 0).map(([ref, similarity]) => ({ passage, other: { seed: Math.floor(ref / PASSAGE_SLOTS), passage: ref % PASSAGE_SLOTS }, similarity }));
  }

  /** For each other seed sharing passages with this one, the share of this seed found there. */
  containmentOf(id: number, matches?: SeedMatches): readonly Containment[] {
    const cached = this.containments.get(id);
    if (cached) return cached;
    const seed = this.seeds.get(id);
    if (!seed) return [];
    const computed = seed.words === 0 ? NO_CONTAINMENT : this.computeContainment(seed, matches ?? this.matchesOf(id));
    this.containments.set(id, computed);
    return computed;
  }

  private computeContainment(seed: IndexedSeed, { matches, common }: SeedMatches): readonly Containment[] {
    const perSeed = new Map<number, Set<number>>();
    for (const match of matches) {
      if (common.has(match.passage)) continue;
      let passages = perSeed.get(match.other.seed);
      if (!passages) perSeed.set(match.other.seed, (passages = new Set()));
      passages.add(match.passage);
    }
    const result: Containment[] = [];
    for (const [other, passages] of perSeed) {
      let words = 0;
      for (const passage of passages) words += seed.ranges[passage * RANGE_FIELDS + 4];
      result.push({ seed: other, share: words / seed.words, passages: passages.size });
    }
    return result.length === 0 ? NO_CONTAINMENT : result.sort((a, b) => b.share - a.share);
  }

  /** In how many seeds a short line occurs. */
  shortLineSeedCount(key: number): number {
    return this.shortLines.count(key);
  }

  /** Indexed passage number of each input passage, or -1 when it is too short to be compared. */
  indexedPassageNumbers(passages: readonly { words: readonly string[] }[]): number[] {
    let next = 0;
    return passages.map((passage) => (passage.words.length >= this.options.minWords && next < PASSAGE_SLOTS ? next++ : -1));
  }

  private build(id: number, input: IndexInput): IndexedSeed {
    const eligible = input.passages.filter((p) => p.words.length >= this.options.minWords).slice(0, PASSAGE_SLOTS);
    const keys = new Float64Array(eligible.length);
    const ranges = new Uint32Array(eligible.length * RANGE_FIELDS);
    const sets = eligible.map((p) => shingleSet(p.words));
    const shingleOffsets = new Uint32Array(eligible.length + 1);
    for (let i = 0; i < sets.length; i++) shingleOffsets[i + 1] = shingleOffsets[i] + sets[i].length;
    const shingles = new Uint32Array(shingleOffsets[eligible.length]);
    let words = 0;
    eligible.forEach((p, i) => {
      keys[i] = p.key;
      ranges.set([p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character, p.words.length], i * RANGE_FIELDS);
      shingles.set(sets[i], shingleOffsets[i]);
      if (!p.isTitle) words += p.words.length;
    });
    return { id, info: input.info, keys, ranges, shingleOffsets, shingles, shortLineKeys: [...new Set(input.shortLineKeys)], words };
  }

  private shinglesOf(seed: IndexedSeed, passage: number): Uint32Array {
    return seed.shingles.subarray(seed.shingleOffsets[passage], seed.shingleOffsets[passage + 1]);
  }

  private post(seed: IndexedSeed, add: boolean): void {
    for (let passage = 0; passage < seed.keys.length; passage++) {
      const ref = seed.id * PASSAGE_SLOTS + passage;
      const update = (postings: Postings, key: number) => (add ? postings.add(key, ref) : postings.remove(key, ref));
      update(this.exact, seed.keys[passage]);
      for (const key of bandKeys(this.shinglesOf(seed, passage))) update(this.bands, key);
    }
    for (const key of seed.shortLineKeys) {
      if (add) this.shortLines.add(key, seed.id);
      else this.shortLines.remove(key, seed.id);
    }
  }

  /**
   * Seeds sharing an exact key or an LSH band with this one: a superset of its matches, but for
   * keys shared by more than PASSAGE_FANOUT places, whose seeds see only a count change (their
   * findings name it on their next check) and are not all re-checked for one edit.
   */
  private neighbours(seed: IndexedSeed): Set<number> {
    const found = new Set<number>();
    const visit = (ref: number) => {
      const other = Math.floor(ref / PASSAGE_SLOTS);
      if (other !== seed.id) found.add(other);
    };
    const visitFew = (postings: Postings, key: number) => {
      if (postings.count(key) <= PASSAGE_FANOUT + 1) postings.forEach(key, visit);
    };
    for (let passage = 0; passage < seed.keys.length; passage++) {
      visitFew(this.exact, seed.keys[passage]);
      for (const key of bandKeys(this.shinglesOf(seed, passage))) visitFew(this.bands, key);
    }
    return found;
  }
}
