import type { Twin } from '../findings';
import type { CorpusIndex, PassageMatch, SeedInfo } from './corpusIndex';

export interface SeedContainment {
  info: SeedInfo;
  /** Share of this seed found in the other. */
  share: number;
  /** Share of the other seed found in this one. */
  reverseShare: number;
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
  /** Other seeds sharing passages with this one, the largest share first. */
  containments: SeedContainment[];
  shortLineSeedCount(key: number): number;
}

export const NO_CORPUS: CorpusFacts = {
  twins: new Map(),
  containments: [],
  shortLineSeedCount: () => 0,
};

export function corpusFactsOf(index: CorpusIndex, uri: string, passages: readonly { words: readonly string[] }[]): CorpusFacts {
  const id = index.idOf(uri);
  if (id === undefined) return NO_CORPUS;
  const seedMatches = index.matchesOf(id);
  const positions = index.indexedPassageNumbers(passages);
  const byIndexed = new Map<number, number>();
  positions.forEach((indexed, position) => indexed >= 0 && byIndexed.set(indexed, position));
  const twins = new Map<number, PassageTwins>();
  for (const match of seedMatches.matches) {
    const twin = twinOf(index, match);
    const position = byIndexed.get(match.passage);
    if (!twin || position === undefined) continue;
    const entry = twins.get(position) ?? { places: [], count: seedMatches.common.get(match.passage) ?? 0 };
    entry.places.push(twin);
    entry.count = Math.max(entry.count, entry.places.length);
    twins.set(position, entry);
  }
  const containments = index
    .containmentOf(id, seedMatches)
    .map((c) => ({ info: index.info(c.seed)!, share: c.share, reverseShare: index.containmentOf(c.seed).find((r) => r.seed === id)?.share ?? 0, passages: c.passages }))
    .filter((c) => c.info !== undefined);
  return {
    twins,
    containments,
    shortLineSeedCount: (key) => index.shortLineSeedCount(key),
  };
}

/** A match as a place a person can go to. */
export function twinOf(index: CorpusIndex, match: PassageMatch): Twin | undefined {
  const info = index.info(match.other.seed);
  const range = index.passageRange(match.other);
  return info && range ? { location: { uri: info.uri, range }, path: info.path, similarity: match.similarity } : undefined;
}
