import type { Location } from 'vscode-languageserver-types';
import { seedContaining } from './copies';
import type { Containment, CorpusIndex, SeedInfo } from './corpusIndex';

export interface PassageTwin {
  location: Location;
  path: string;
  similarity: number;
}

export interface SeedContainment {
  info: SeedInfo;
  /** Share of this seed found in the other. */
  share: number;
  passages: number;
}

/** What the corpus knows about one seed, asked of the index once per check. */
export interface CorpusFacts {
  /** Twins in other seeds, by position in the seed's `passages`. */
  twins: Map<number, PassageTwin[]>;
  /** Other seeds sharing content with this one, the largest share first. */
  containments: SeedContainment[];
  /** The seed this one is a copy of (see `seedContaining`). */
  container?: SeedContainment;
  shortLineSeedCount(key: number): number;
}

export const NO_CORPUS: CorpusFacts = {
  twins: new Map(),
  containments: [],
  shortLineSeedCount: () => 0,
};

export function corpusFactsOf(index: CorpusIndex, uri: string): CorpusFacts {
  const id = index.idOf(uri);
  if (id === undefined) return NO_CORPUS;
  const matches = index.matchesOf(id);
  const twins = new Map<number, PassageTwin[]>();
  for (const match of matches) {
    const info = index.info(match.other.seed);
    const range = index.passageRange(match.other);
    const position = index.positionOf({ seed: id, passage: match.passage });
    if (!info || !range || position === undefined) continue;
    const list = twins.get(position) ?? [];
    list.push({ location: { uri: info.uri, range }, path: info.path, similarity: match.similarity });
    twins.set(position, list);
  }
  const seedContainment = (c: Containment): SeedContainment => ({ info: index.info(c.seed)!, share: c.share, passages: c.passages });
  const containments = index.containmentOf(id, matches).map(seedContainment);
  const container = seedContaining(index, id);
  return {
    twins,
    containments,
    container: container && seedContainment(container),
    shortLineSeedCount: (key) => index.shortLineSeedCount(key),
  };
}
