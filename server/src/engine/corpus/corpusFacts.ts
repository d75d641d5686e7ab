import type { Twin } from '../findings';
import { copiesOf, originalOf, seedContaining } from './copies';
import type { Containment, CorpusIndex, PlaceMatch, SeedInfo } from './corpusIndex';
import type { LookupKeys } from './packedPassages';
import type { CorpusWideSummary } from './corpusWide';

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
  /** For the seed to keep (no copy itself): its copies and theirs, by path; `share` is each one's share found in its container. */
  copies: SeedContainment[];
  /** The seeds holding twins of this one's passages that are copies of the same article: they lead to the same seed to keep (see `originalOf`). */
  sameArticle: string[];
  /** The corpus-wide facts told once, for every seed of the corpus (see `corpusWide.ts`); set by `Corpus.factsOf`. */
  corpusWide: CorpusWideSummary[];
  /** For each quote of the seed (in order), the places its paragraphs were found: where it was quoted from. */
  quoteSources: Twin[][];
  /** For each short line of the seed (by passage key), in how many seeds it occurs; 0 for other keys. */
  shortLineSeeds: ReadonlyMap<number, number>;
}

export const NO_CORPUS: CorpusFacts = {
  twins: new Map(),
  containments: [],
  copies: [],
  sameArticle: [],
  corpusWide: [],
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
    copies: container
      ? []
      : copiesOf(index, id)
          .map(seedContainment)
          .sort((a, b) => (a.info.path < b.info.path ? -1 : a.info.path > b.info.path ? 1 : 0)),
    sameArticle: sameArticleIn(index, id, twins),
    corpusWide: [],
    quoteSources: quotes.map((quote) => quote.flatMap((passage) => index.lookup(id, passage).flatMap((match) => twinOf(index, match) ?? []))),
    shortLineSeeds: index.shortLineSeedCounts(id),
  };
}

/** The seeds among the twins' that lead to the same seed to keep as this one: each asked once. */
function sameArticleIn(index: CorpusIndex, id: number, twins: ReadonlyMap<number, PassageTwins>): string[] {
  const others = new Set([...twins.values()].flatMap((entry) => entry.places.map((twin) => twin.location.uri)));
  if (others.size === 0) return [];
  const own = originalOf(index, id);
  return [...others].filter((uri) => {
    const other = index.idOf(uri);
    return other !== undefined && other !== id && originalOf(index, other) === own;
  });
}

/** A match as a place a person can go to. */
export function twinOf(index: CorpusIndex, match: PlaceMatch): Twin | undefined {
  const info = index.info(match.other.seed);
  const range = index.passageRange(match.other);
  return info && range ? { location: { uri: info.uri, range }, path: info.path, similarity: match.similarity } : undefined;
}
