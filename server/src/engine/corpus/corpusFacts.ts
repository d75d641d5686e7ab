import type { Twin } from '../findings';
import type { CorpusIndex, SeedInfo } from './corpusIndex';


export interface SeedContainment {
  info: SeedInfo;
  /** Share of this seed found in the other. */
  share: number;
  /** Share of the other seed found in this one. */
  reverseShare: number;
  passages: number;
}

/** What the corpus knows about one seed, asked of the index once per check. */
export interface CorpusFacts {
  /** Twins in other seeds, by position in the seed's `passages`. */
  twins: Map<number, Twin[]>;
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
  const matches = index.matchesOf(id);
  const positions = index.indexedPassageNumbers(passages);
  const byIndexed = new Map<number, number>();
  positions.forEach((indexed, position) => indexed >= 0 && byIndexed.set(indexed, position));
  const twins = new Map<number, Twin[]>();
  for (const match of matches) {
    const info = index.info(match.other.seed);
    const range = index.passageRange(match.other);
    const position = byIndexed.get(match.passage);
    if (!info || !range || position === undefined) continue;
    const list = twins.get(position) ?? [];
    list.push({ location: { uri: info.uri, range }, path: info.path, similarity: match.similarity });
    twins.set(position, list);
  }
  const containments = index
    .containmentOf(id, matches)
    .map((c) => ({ info: index.info(c.seed)!, share: c.share, reverseShare: index.containmentOf(c.seed).find((r) => r.seed === id)?.share ?? 0, passages: c.passages }))
    .filter((c) => c.info !== undefined);
  return {
    twins,
    containments,
    shortLineSeedCount: (key) => index.shortLineSeedCount(key),
  };
}
