import type { Corpus } from '../engine/corpus/corpus';
import { seedContaining } from '../engine/corpus/copies';
import type { SeedInfo } from '../engine/corpus/corpusIndex';
import type { CorpusSummary, DuplicateCluster, SeedRef } from '../protocol/protocol';

/** Languages of seeds that declare none and are not confidently detected. */
const UNKNOWN_LANGUAGE = 'und';

/** What the Corpus view shows: seeds by language, seeds without dates, duplicate clusters and the seeds that cannot be read. */
export function corpusSummary(corpora: readonly Corpus[], seedFiles: (corpus: Corpus) => number, unreadable: CorpusSummary['unreadable']): CorpusSummary {
  const byLanguage = new Map<string, SeedRef[]>();
  const undated: SeedRef[] = [];
  for (const corpus of corpora) {
    for (const [, info] of corpus.index.allInfo()) {
      const ref = seedRef(info);
      groupInto(byLanguage, info.lang ?? UNKNOWN_LANGUAGE, ref);
      if (!info.date) undated.push(ref);
    }
  }
  return {
    roots: corpora.map((corpus) => ({
      uri: corpus.rootUri,
      seeds: seedFiles(corpus),
      indexed: corpus.index.size,
      configError: corpus.root.configProblems[0]?.message,
    })),
    languages: [...byLanguage].map(([lang, seeds]) => ({ lang, seeds: seeds.sort(byPath) })).sort((a, b) => b.seeds.length - a.seeds.length || a.lang.localeCompare(b.lang)),
    undated: undated.sort(byPath),
    clusters: corpora.flatMap(duplicateClusters).sort((a, b) => b.seeds.length - a.seeds.length),
    unreadable,
  };
}

/**
 * Each seed joined to the seed it is a copy of (union-find), as `duplicate-seed` reports it; the
 * seed that is no copy, the original, leads its cluster.
 */
function duplicateClusters(corpus: Corpus): DuplicateCluster[] {
  const { index } = corpus;
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const copies = new Set<string>();
  const members = new Set<number>();
  for (const [id] of index.allInfo()) {
    const container = seedContaining(index, id);
    if (!container) continue;
    parent.set(find(id), find(container.seed));
    copies.add(index.info(id)!.uri);
    members.add(id).add(container.seed);
  }
  const clusters = new Map<number, number[]>();
  for (const id of members) groupInto(clusters, find(id), id);
  return [...clusters.values()].map((ids) => ({
    // `share`: the largest share of each seed found in another.
    seeds: ids.map((id) => ({ ...seedRef(index.info(id)!), share: index.containmentOf(id)[0]?.share ?? 0 })).sort((a, b) => Number(copies.has(a.uri)) - Number(copies.has(b.uri)) || byPath(a, b)),
  }));
}

function groupInto<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

function seedRef(info: SeedInfo): SeedRef {
  return info.title ? { uri: info.uri, path: info.path, title: info.title } : { uri: info.uri, path: info.path };
}

function byPath(a: SeedRef, b: SeedRef): number {
  return a.path.localeCompare(b.path);
}
