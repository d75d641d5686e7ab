import type { Twin } from '../findings';
import { seedContaining } from './copies';
import type { Containment, CorpusIndex, LookupKeys, PlaceMatch, SeedInfo } from './corpusIndex';

export interface SeedContainment {
  info: SeedInfo;
  /** Share of this seed found in the other. */
  share: number;
  passages: number;
}

/** The other places of one passage: some listed, all counted. */
export interface PassageTwins {
  places: Twin[];
  /** Other places in all, listed or not. */
  count: number;
}

/** What the corpus knows about one seed, asked of the index once per check. */
export interface CorpusFacts {
  /** Twins in other seeds, by position in the seed's `passages`. */
  twins: Map<number, PassageTwins>;
  /** Other seeds sharing content with this one, the largest share first. */
  containments: SeedContainment[];
  /** The seed this one is a copy of (see `seedContaining`). */
  container?: SeedContainment;
  /** For each quote of the seed (in order), the places its paragraphs were found: where it was quoted from. */
  quoteSources: Twin[][];
  /** For each short line of the seed (by passage key), in how many seeds it occurs; 0 for other keys. */
  shortLineSeeds: ReadonlyMap<number, number>;
}

export const NO_CORPUS: CorpusFacts = {
  twins: new Map(),
  containments: [],
  quoteSources: [],
  shortLineSeeds: new Map(),
};

/**
 * The facts of one seed, asked of the index at once. Plain data (no functions, no index), so that
 * a worker thread can check the seed with them.
 */
export function corpusFactsOf(index: CorpusIndex, uri: string, quotes: readonly (readonly LookupKeys[])[]): CorpusFacts {
  const id = index.idOf(uri);
  if (id === undefined) return NO_CORPUS;
  const seedMatches = index.matchesOf(id);
  const twins = new Map<number, PassageTwins>();
  for (const match of seedMatches.matches) {
    const twin = twinOf(index, match);
    const position = index.positionOf({ seed: id, passage: match.passage });
    if (!twin || position === undefined) continue;
    const entry = twins.get(position) ?? { places: [], count: seedMatches.common.get(match.passage) ?? 0 };
    entry.places.push(twin);
    entry.count = Math.max(entry.count, entry.places.length);
    twins.set(position, entry);
  }
  const seedContainment = (c: Containment): SeedContainment => ({ info: index.info(c.seed)!, share: c.share, passages: c.passages });
  const containments = index.containmentOf(id, seedMatches).map(seedContainment);
  const container = seedContaining(index, id);
  return {
    twins,
    containments,
    container: container && seedContainment(container),
    quoteSources: quotes.map((quote) => quote.flatMap((passage) => index.lookup(id, passage).flatMap((match) => twinOf(index, match) ?? []))),
    shortLineSeeds: index.shortLineSeedCounts(id),
  };
}

/** A match as a place a person can go to. */
export function twinOf(index: CorpusIndex, match: PlaceMatch): Twin | undefined {
  const info = index.info(match.other.seed);
  const range = index.passageRange(match.other);
  return info && range ? { location: { uri: info.uri, range }, path: info.path, similarity: match.similarity } : undefined;
}
