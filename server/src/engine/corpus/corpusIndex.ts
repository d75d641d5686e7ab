import type { Range } from '../findings';
import type { CorpusConfig } from '../config/config';
import { BANDS, bandKeys } from '../fingerprint/minhash';
import { similarityAtLeast } from './nearSimilarity';
import { CONTENT_WORDS, INPUT_POSITION, PASSAGE_SLOTS, RANGE_FIELDS, type LookupKeys, type PackedPassages } from './packedPassages';
import { Postings } from './postings';

/** What other seeds need to know of a seed: kept for every seed of the corpus, open or not. */
export interface SeedInfo {
  uri: string;
  /** Relative to the corpus root, with `/`. */
  path: string;
  title?: string;
  date?: string;
  lang?: string;
  /** What the header declares besides the date, to choose the original of two copies (see `compareOriginals`). */
  declares: { frontMatter: boolean; title: boolean };
}

export interface IndexInput {
  info: SeedInfo;
  /** Its passages, and the keys of its quotes' paragraphs (where they were quoted from changes as other seeds gain or lose those passages). */
  passages: PackedPassages;
}

/** How the index compares seeds; which passages are short lines the digest decided (see `packPassages`). */
export interface IndexOptions {
  /** Jaccard similarity of word 5-gram sets from which two passages are near duplicates. */
  similarity: number;
  /** Share of a seed found in another from which it is contained in it. */
  containment: number;
  /** A short line found in this many seeds is chrome. */
  chromeSeeds: number;
}

export function indexOptionsOf(config: CorpusConfig): IndexOptions {
  return { similarity: config.duplicates.similarity, containment: config.duplicates.containment, chromeSeeds: config.boilerplate.minSeeds };
}

export interface PassageRef {
  seed: number;
  passage: number;
}

/** Another seed's passage found for one of this seed's, with how alike the two are (1: the same words). */
export interface PlaceMatch {
  other: PassageRef;
  similarity: number;
}

export interface PassageMatch extends PlaceMatch {
  /** Index into this seed's indexed passages (see `positionOf`). */
  passage: number;
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

/**
 * How much of a seed is found in another. Both the share's numerator and its denominator count the
 * words of the seed's content passages only: its title, boilerplate lines, lead chrome (which is
 * no passage) and short lines repeated across many seeds count on neither side, so the share never
 * exceeds 1, and two pages of one site are not copies for sharing their chrome.
 */
export interface Containment {
  seed: number;
  /** Share of this seed's content words in passages found in the other seed. */
  share: number;
  /** Content passages of this seed found in the other. */
  passages: number;
  /** Content words of this seed found in the other. */
  words: number;
}

interface SeedContainments {
  /** The largest share first. */
  list: readonly Containment[];
  byOther: ReadonlyMap<number, Containment>;
}

/** A seed in the index: its packed passages, under an id. */
interface IndexedSeed extends PackedPassages {
  id: number;
  info: SeedInfo;
}

/** Most seeds share nothing: one frozen empty value serves them all in the containment cache. */
const NO_CONTAINMENT: SeedContainments = Object.freeze({ list: Object.freeze([]), byOther: new Map() });
/**
 * Other places of a passage enumerated at most. A passage found in more is common (a header line,
 * site chrome): it is counted, a few places are listed, and it is neither compared for near copies
 * nor counted as shared content, so no step grows with the square of its repeats.
 */
export const PASSAGE_FANOUT = 64;
/** Near-duplicate candidates verified per passage (see `nearMatches`). */
const NEAR_CANDIDATES_VERIFIED = PASSAGE_FANOUT;
/** Places listed for a common passage. */
const COMMON_LISTED = 5;
/** Seeds whose matches are kept after their containment was worked out for another seed's check (see `matchesAhead`). */
const MATCHES_AHEAD = 4096;

/**
 * The corpus index: exact passage keys, MinHash/LSH bands for near duplicates, and short-line
 * counts. Seeds are added, changed and removed one at a time; nothing is ever reread.
 */
export class CorpusIndex {
  private readonly seeds = new Map<number, IndexedSeed>();
  /** The same seeds by id, for the hottest look-up (near-duplicate candidates): an array index is one memory read where a Map's hash table is several. */
  private readonly seedsById: (IndexedSeed | undefined)[] = [];
  private readonly idsByUri = new Map<string, number>();
  private readonly exact = new Postings();
  private readonly bands = new Postings();
  private readonly shortLines = new Postings();
  private readonly sentences = new Postings();
  /** Seeds by the keys their quotes are looked up by (see `quotedKeys`). */
  private readonly quoters = new Postings();
  /** Containment per seed, kept until the seed, one sharing passages with it, or one of its short lines' chrome status changes. */
  private readonly containments = new Map<number, SeedContainments>();
  /**
   * The matches of seeds whose containment another seed's check needed, and of seeds whose facts
   * are worked out ahead (see `containmentsAround`): the most costly answer of the index, asked
   * again when the seed's own turn comes. Forgotten on any change, and on that turn; the oldest
   * go past MATCHES_AHEAD seeds.
   */
  private readonly matchesAhead = new Map<number, SeedMatches>();
  /** Counts the changes of the index: matches worked out in steps across a change are stale. */
  private changes = 0;
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

  /** The position of an indexed passage among the passages the seed was indexed with. */
  positionOf(ref: PassageRef): number | undefined {
    const seed = this.seeds.get(ref.seed);
    return seed && ref.passage < seed.keys.length ? seed.ranges[ref.passage * RANGE_FIELDS + INPUT_POSITION] : undefined;
  }

  /** The indexed passage at a position among the passages the seed was indexed with, if it was indexed. */
  passageAt(id: number, position: number): number | undefined {
    const seed = this.seeds.get(id);
    if (!seed) return undefined;
    for (let passage = 0; passage < seed.keys.length; passage++) if (seed.ranges[passage * RANGE_FIELDS + INPUT_POSITION] === position) return passage;
    return undefined;
  }

  /** Adds or replaces a seed; returns the ids of other seeds whose findings may have changed. */
  upsert(input: IndexInput): Set<number> {
    const affected = this.remove(input.info.uri);
    const seed = this.insert(input);
    for (const other of this.neighbours(seed)) affected.add(other);
    for (const other of this.seedsAffectedByChromeChange(seed)) affected.add(other);
    for (const other of affected) this.containments.delete(other);
    return affected;
  }

  /**
   * Adds a seed without working out which others it affects, as a whole corpus is loaded before
   * any check: while nothing has been asked of the index, no answer can be stale. A seed already
   * there, or an index already asked, takes the full `upsert`.
   */
  load(input: IndexInput): void {
    if (this.containments.size > 0 || this.idsByUri.has(input.info.uri)) {
      this.upsert(input);
      return;
    }
    this.insert(input);
  }

  private insert(input: IndexInput): IndexedSeed {
    this.changes++;
    this.matchesAhead.clear();
    const seed = indexedSeed(this.nextId++, input);
    this.seeds.set(seed.id, seed);
    this.seedsById[seed.id] = seed;
    this.idsByUri.set(input.info.uri, seed.id);
    this.post(seed, true);
    return seed;
  }

  /** Removes a seed; returns the ids of seeds that shared passages with it. */
  remove(uri: string): Set<number> {
    const id = this.idsByUri.get(uri);
    if (id === undefined) return new Set();
    const seed = this.seeds.get(id)!;
    const affected = this.neighbours(seed);
    for (const other of this.seedsAffectedByChromeChange(seed)) affected.add(other);
    this.changes++;
    this.matchesAhead.clear();
    this.post(seed, false);
    this.seeds.delete(id);
    this.seedsById[id] = undefined;
    this.idsByUri.delete(uri);
    this.containments.delete(id);
    for (const other of affected) this.containments.delete(other);
    return affected;
  }

  /** Verified matches of each passage of the seed in other seeds (see `SeedMatches`). */
  matchesOf(id: number): SeedMatches {
    const ahead = this.matchesAhead.get(id);
    if (ahead) {
      this.matchesAhead.delete(id);
      return ahead;
    }
    const steps = this.matchesInSteps(id);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `matchesOf` worked out a passage a step. */
  private *matchesInSteps(id: number): Generator<void, SeedMatches> {
    const seed = this.seeds.get(id);
    const matches: PassageMatch[] = [];
    const common = new Map<number, number>();
    if (!seed) return { matches, common };
    // Passages with one key have the same words, so the same places: a seed of one paragraph pasted thousands of times looks them up once.
    const foundByKey = new Map<number, Map<number, number>>();
    for (let passage = 0; passage < seed.keys.length; passage++) {
      const key = seed.keys[passage];
      const places = this.exact.count(key);
      let found = foundByKey.get(key);
      if (!found) {
        foundByKey.set(key, (found = new Map<number, number>()));
        let visited = 0;
        this.exact.forEach(key, (ref) => {
          if (Math.floor(ref / PASSAGE_SLOTS) !== id) found!.set(ref, 1);
          return places <= PASSAGE_FANOUT || (found!.size < COMMON_LISTED && ++visited <= PASSAGE_FANOUT);
        });
        if (places <= PASSAGE_FANOUT) this.nearMatches(id, this.shinglesOf(seed, passage), this.bandsOf(seed, passage), seed.numberMaskKeys[passage], found);
      }
      if (places > PASSAGE_FANOUT) common.set(passage, places - 1);
      for (const [ref, similarity] of found) {
        if (similarity > 0) matches.push({ passage, other: { seed: Math.floor(ref / PASSAGE_SLOTS), passage: ref % PASSAGE_SLOTS }, similarity });
      }
      yield;
    }
    return { matches, common };
  }

  /**
   * Adds to `found` the passages sharing an LSH band with this one, with their verified similarity
   * (-1 below the threshold). A band key more than PASSAGE_FANOUT passages share proposes none:
   * it is a template's ("Work is due to start in April and the road will be closed for three
   * months", filled in by thousands of seeds), whose siblings are nearly all below the threshold,
   * and walking such bands was most of the time a corpus of 100,000 seeds took. A copy still shares
   * its other bands. Of the candidates, at most NEAR_CANDIDATES_VERIFIED are verified, those sharing
   * the most bands first.
   */
  private nearMatches(ownId: number | undefined, shingles: Uint32Array, bands: ArrayLike<number>, numberMask: number, found: Map<number, number>): void {
    const sharedBands = new Map<number, number>();
    for (let band = 0; band < bands.length; band++) {
      this.bands.forEachOfAtMost(bands[band], PASSAGE_FANOUT, (ref) => {
        if (Math.floor(ref / PASSAGE_SLOTS) !== ownId && !found.has(ref)) sharedBands.set(ref, (sharedBands.get(ref) ?? 0) + 1);
      });
    }
    const candidates = sharedBands.size <= NEAR_CANDIDATES_VERIFIED ? sharedBands.keys() : mostSharedFirst(sharedBands);
    for (const ref of candidates) {
      const other = this.seedsById[Math.floor(ref / PASSAGE_SLOTS)];
      if (!other) continue;
      const otherPassage = ref % PASSAGE_SLOTS;
      const similarity = similarityAtLeast(shingles, other.shingles, this.options.similarity, other.shingleOffsets[otherPassage], other.shingleOffsets[otherPassage + 1]);
      // Passages that differ only in numbers (two results, two time stamps) are different text, however long.
      // Asked only of the few similar enough: each candidate's arrays are a read from memory, not cache.
      const onlyNumbersDiffer = similarity >= 0 && other.numberMaskKeys[otherPassage] === numberMask;
      found.set(ref, onlyNumbersDiffer ? -1 : similarity);
    }
  }

  /**
   * Every other place of one passage found exactly, however many, and its near copies as a check
   * finds them (see `nearMatches`): asked for one passage at a time, never in a check.
   */
  placesOf(id: number, passage: number): PassageMatch[] {
    const seed = this.seeds.get(id);
    if (!seed || passage >= seed.keys.length) return [];
    const found = new Map<number, number>();
    const places = this.exact.forEachOfAtMost(seed.keys[passage], Infinity, (ref) => {
      if (Math.floor(ref / PASSAGE_SLOTS) !== id) found.set(ref, 1);
    });
    if (places <= PASSAGE_FANOUT) this.nearMatches(id, this.shinglesOf(seed, passage), this.bandsOf(seed, passage), seed.numberMaskKeys[passage], found);
    return [...found].filter(([, similarity]) => similarity > 0).map(([ref, similarity]) => ({ passage, other: { seed: Math.floor(ref / PASSAGE_SLOTS), passage: ref % PASSAGE_SLOTS }, similarity }));
  }

  /**
   * Places of a passage that is not indexed itself (a quote from another message), found exactly
   * or nearly in seeds other than `ownId`: at most PASSAGE_FANOUT, the closest first.
   */
  lookup(ownId: number | undefined, { key, shingles, numberMaskKey, sentenceKeys }: LookupKeys): PlaceMatch[] {
    const found = new Map<number, number>();
    const visit = (ref: number) => {
      if (Math.floor(ref / PASSAGE_SLOTS) !== ownId) found.set(ref, 1);
      return found.size < PASSAGE_FANOUT;
    };
    this.exact.forEach(key, visit);
    if (found.size === 0) this.nearMatches(ownId, shingles, bandKeys(shingles), numberMaskKey, found);
    // Part of a paragraph: the passages holding one of its sentences, as found exactly.
    for (const sentence of sentenceKeys) this.sentences.forEachOfAtMost(sentence, found.size === 0 ? Infinity : PASSAGE_FANOUT, visit);
    return [...found]
      .filter(([, similarity]) => similarity > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([ref, similarity]) => ({ other: { seed: Math.floor(ref / PASSAGE_SLOTS), passage: ref % PASSAGE_SLOTS }, similarity }));
  }

  /** For each other seed sharing content with this one, how much of this seed is found there; the largest share first. */
  containmentOf(id: number, matches?: SeedMatches): readonly Containment[] {
    return this.containmentsOf(id, matches).list;
  }

  /**
   * What `factsOf` asks of the index for this seed worked out ahead, a passage's matches or a
   * seed's containment a step: its own matches, then the containment of each seed sharing content
   * with it. The facts of a seed syndicated into hundreds of others ask for all of theirs, and a
   * caller that must answer requests meanwhile paces the steps. Cached, as any containment and
   * matches asked ahead are; matches worked out across a change of the index are dropped.
   */
  *containmentsAround(id: number): Generator<void> {
    if (!this.seeds.has(id)) return;
    yield* this.matchesAheadInSteps(id);
    for (const shared of this.containmentOf(id)) {
      if (!this.containments.has(shared.seed)) yield* this.matchesAheadInSteps(shared.seed);
      this.containmentOf(shared.seed);
      yield;
    }
  }

  /** A seed's matches worked out a passage a step and kept (see `matchesAhead`), unless the index changed meanwhile. */
  private *matchesAheadInSteps(id: number): Generator<void> {
    if (this.matchesAhead.has(id)) return;
    const changes = this.changes;
    const matches = yield* this.matchesInSteps(id);
    if (this.changes === changes) this.keepAhead(id, matches);
  }

  /** How much of one seed is found in another, if they share content. */
  containmentIn(id: number, other: number): Containment | undefined {
    return this.containmentsOf(id).byOther.get(other);
  }

  private containmentsOf(id: number, matches?: SeedMatches): SeedContainments {
    const cached = this.containments.get(id);
    if (cached) return cached;
    const seed = this.seeds.get(id);
    if (!seed) return NO_CONTAINMENT;
    const computed = seed.passageWords === 0 ? NO_CONTAINMENT : this.computeContainment(seed, matches ?? this.matchesAheadOf(id));
    this.containments.set(id, computed);
    return computed;
  }

  private matchesAheadOf(id: number): SeedMatches {
    const matches = this.matchesOf(id);
    this.keepAhead(id, matches);
    return matches;
  }

  private keepAhead(id: number, matches: SeedMatches): void {
    this.matchesAhead.set(id, matches);
    if (this.matchesAhead.size > MATCHES_AHEAD) this.matchesAhead.delete(this.matchesAhead.keys().next().value!);
  }

  private computeContainment(seed: IndexedSeed, { matches, common }: SeedMatches): SeedContainments {
    const shared = new Map<number, { passages: Set<number>; shortLines: number; words: number }>();
    for (const match of matches) {
      const words = seed.ranges[match.passage * RANGE_FIELDS + CONTENT_WORDS];
      if (words === 0 || common.has(match.passage)) continue;
      let tally = shared.get(match.other.seed);
      if (!tally) shared.set(match.other.seed, (tally = { passages: new Set(), shortLines: 0, words: 0 }));
      if (!tally.passages.has(match.passage)) tally.words += words;
      tally.passages.add(match.passage);
    }
    if (shared.size === 0) return NO_CONTAINMENT;
    // Short lines count on both sides too (a copy has its subheadings and list items), matched exactly, unless they are chrome.
    let total = seed.passageWords;
    seed.shortLineKeys.forEach((key, line) => {
      const words = seed.shortLineWords[line];
      if (this.isChrome(key)) return;
      total += words;
      this.shortLines.forEach(key, (other) => {
        const tally = shared.get(other);
        if (!tally) return;
        tally.shortLines++;
        tally.words += words;
      });
    });
    const list = [...shared].map(([other, tally]): Containment => ({ seed: other, share: tally.words / total, passages: tally.passages.size + tally.shortLines, words: tally.words }));
    list.sort((a, b) => b.share - a.share);
    return { list, byOther: new Map(list.map((containment) => [containment.seed, containment])) };
  }

  private isChrome(shortLineKey: number): boolean {
    return this.shortLines.count(shortLineKey) >= this.options.chromeSeeds;
  }

  /**
   * Seeds holding a short line that this seed makes chrome (its count reaches the threshold as the
   * seed is added) or content again (as it is removed), and the seeds sharing content with them:
   * the content of the first changes, and so the containment both ways.
   */
  private seedsAffectedByChromeChange(seed: IndexedSeed): Set<number> {
    const holders = new Set<number>();
    for (const key of new Set(seed.shortLineKeys)) {
      if (this.shortLines.count(key) !== this.options.chromeSeeds) continue;
      this.shortLines.forEach(key, (holder) => {
        if (holder !== seed.id) holders.add(holder);
      });
    }
    const affected = new Set(holders);
    for (const holder of holders) for (const other of this.neighbours(this.seeds.get(holder)!)) affected.add(other);
    affected.delete(seed.id);
    return affected;
  }

  /** For each short line of a seed, in how many seeds it occurs. */
  shortLineSeedCounts(id: number): Map<number, number> {
    const counts = new Map<number, number>();
    for (const key of this.seeds.get(id)?.shortLineKeys ?? []) counts.set(key, this.shortLines.count(key));
    return counts;
  }

  private bandsOf(seed: IndexedSeed, passage: number): Float64Array {
    return seed.bands.subarray(passage * BANDS, (passage + 1) * BANDS);
  }

  private shinglesOf(seed: IndexedSeed, passage: number): Uint32Array {
    return seed.shingles.subarray(seed.shingleOffsets[passage], seed.shingleOffsets[passage + 1]);
  }

  private post(seed: IndexedSeed, add: boolean): void {
    for (let passage = 0; passage < seed.keys.length; passage++) {
      const ref = seed.id * PASSAGE_SLOTS + passage;
      const update = (postings: Postings, key: number) => (add ? postings.add(key, ref) : postings.remove(key, ref));
      update(this.exact, seed.keys[passage]);
      for (const key of this.bandsOf(seed, passage)) update(this.bands, key);
    }
    for (const key of seed.shortLineKeys) {
      if (add) this.shortLines.add(key, seed.id);
      else this.shortLines.remove(key, seed.id);
    }
    seed.sentenceKeys.forEach((key, i) => {
      const ref = seed.id * PASSAGE_SLOTS + seed.sentencePassages[i];
      if (add) this.sentences.add(key, ref);
      else this.sentences.remove(key, ref);
    });
    for (const key of seed.quotedKeys) {
      if (add) this.quoters.add(key, seed.id);
      else this.quoters.remove(key, seed.id);
    }
  }

  /**
   * Seeds sharing an exact key or an LSH band with this one, and seeds quoting one of its passages
   * or sentences: a superset of the seeds whose findings it changes, but for
   * keys shared by more than PASSAGE_FANOUT places, whose seeds see only a count change (their
   * findings name it on their next check) and are not all re-checked for one edit.
   */
  private neighbours(seed: IndexedSeed): Set<number> {
    const found = new Set<number>();
    const visit = (ref: number) => {
      const other = Math.floor(ref / PASSAGE_SLOTS);
      if (other !== seed.id) found.add(other);
    };
    const visitFew = (postings: Postings, key: number) => postings.forEachOfAtMost(key, PASSAGE_FANOUT + 1, visit);
    const visitQuoters = (key: number) =>
      this.quoters.forEachOfAtMost(key, PASSAGE_FANOUT, (other) => {
        if (other !== seed.id) found.add(other);
      });
    for (let passage = 0; passage < seed.keys.length; passage++) {
      visitFew(this.exact, seed.keys[passage]);
      visitQuoters(seed.keys[passage]);
      for (const key of this.bandsOf(seed, passage)) {
        visitFew(this.bands, key);
        visitQuoters(key);
      }
    }
    for (const key of seed.sentenceKeys) visitQuoters(key);
    return found;
  }
}

/**
 * Built field by field rather than spread from the digest: every seed then has one shape (a digest
 * read from the cache or from another thread may not), and the hottest look-ups stay monomorphic.
 * An array that is a view into a larger buffer (a digest deserialised from a cache file is one) is
 * copied: the index outlives the cache, and would otherwise keep every file it read alive.
 */
function indexedSeed(id: number, { info, passages: p }: IndexInput): IndexedSeed {
  const owned = ownerOf([p.keys, p.numberMaskKeys, p.ranges, p.shingleOffsets, p.shingles, p.bands, p.sentenceKeys, p.sentencePassages, p.shortLineKeys, p.shortLineWords, p.quotedKeys]);
  return {
    id,
    info,
    keys: owned(p.keys),
    numberMaskKeys: owned(p.numberMaskKeys),
    ranges: owned(p.ranges),
    shingleOffsets: owned(p.shingleOffsets),
    shingles: owned(p.shingles),
    bands: owned(p.bands),
    sentenceKeys: owned(p.sentenceKeys),
    sentencePassages: owned(p.sentencePassages),
    shortLineKeys: owned(p.shortLineKeys),
    shortLineWords: owned(p.shortLineWords),
    quotedKeys: owned(p.quotedKeys),
    passageWords: p.passageWords,
  };
}

const isView = (array: Float64Array | Uint32Array) => array.byteLength !== array.buffer.byteLength;
/** Byte length rounded up to whole Float64s, so that every copy in a shared buffer is aligned. */
const aligned = (bytes: number) => Math.ceil(bytes / 8) * 8;

/**
 * What copies a seed's arrays that are views out of their buffer: all into one buffer of the seed's
 * own, as each ArrayBuffer made costs microseconds (a warm start copies every seed's, eleven each).
 */
function ownerOf(arrays: readonly (Float64Array | Uint32Array)[]): <A extends Float64Array | Uint32Array>(array: A) => A {
  const viewBytes = arrays.reduce((sum, array) => sum + (isView(array) ? aligned(array.byteLength) : 0), 0);
  let buffer: ArrayBuffer | undefined;
  let offset = 0;
  return <A extends Float64Array | Uint32Array>(array: A): A => {
    if (!isView(array)) return array;
    buffer ??= new ArrayBuffer(viewBytes);
    const copy = (array instanceof Float64Array ? new Float64Array(buffer, offset, array.length) : new Uint32Array(buffer, offset, array.length)) as A;
    copy.set(array);
    offset += aligned(array.byteLength);
    return copy;
  };
}

/** The NEAR_CANDIDATES_VERIFIED candidates sharing the most bands, in the order they were proposed among equals. */
function mostSharedFirst(sharedBands: Map<number, number>): number[] {
  return [...sharedBands]
    .sort((a, b) => b[1] - a[1])
    .slice(0, NEAR_CANDIDATES_VERIFIED)
    .map(([ref]) => ref);
}
