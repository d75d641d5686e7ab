import type { Twin } from '../findings';
import { copiesOf, originalOf, seedContaining } from './copies';
import type { Containment, CorpusIndex, PlaceMatch, SeedInfo } from './corpusIndex';
import type { QuotedReply } from '../model';
import { sentenceKeys } from '../text/sentences';

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
  /** Whether another seed is a copy of the same article: they lead to the same seed to keep (see `originalOf`). */
  sameArticle(uri: string): boolean;
  /** For each quote of the seed (in order), the places its paragraphs were found: where it was quoted from. */
  quoteSources: Twin[][];
  shortLineSeedCount(key: number): number;
}

export const NO_CORPUS: CorpusFacts = {
  twins: new Map(),
  containments: [],
  copies: [],
  sameArticle: () => false,
  quoteSources: [],
  shortLineSeedCount: () => 0,
};

export function corpusFactsOf(index: CorpusIndex, uri: string, quotes: readonly QuotedReply[]): CorpusFacts {
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
    sameArticle: sameArticleAs(index, id),
    quoteSources: quotes.map((quote) => quote.passages.flatMap((passage) => index.lookup(id, passage.key, passage.words, sentenceKeys(passage.text)).flatMap((match) => twinOf(index, match) ?? []))),
    shortLineSeedCount: (key) => index.shortLineSeedCount(key),
  };
}

/** Asks each other seed's original once per check: a seed's twins are often in the same few seeds. */
function sameArticleAs(index: CorpusIndex, id: number): (uri: string) => boolean {
  let own: number | undefined;
  const answers = new Map<string, boolean>();
  return (uri) => {
    let answer = answers.get(uri);
    if (answer === undefined) {
      const other = index.idOf(uri);
      own ??= originalOf(index, id);
      answers.set(uri, (answer = other !== undefined && other !== id && originalOf(index, other) === own));
    }
    return answer;
  };
}

/** A match as a place a person can go to. */
export function twinOf(index: CorpusIndex, match: PlaceMatch): Twin | undefined {
  const info = index.info(match.other.seed);
  const range = index.passageRange(match.other);
  return info && range ? { location: { uri: info.uri, range }, path: info.path, similarity: match.similarity } : undefined;
}
