import type { Corpus } from '../engine/corpus/corpus';
import type { SeedInfo } from '../engine/corpus/corpusIndex';
import type { CorpusSummary, DuplicateCluster, SeedRef } from '../protocol/protocol';

/** Languages of seeds that declare none and are not confidently detected. */
const UNKNOWN_LANGUAGE = 'und';

/** What the Corpus view shows: seeds by language, seeds without dates, and duplicate clusters. */
export function corpusSummary(corpora: readonly Corpus[], seedFiles: (corpus: Corpus) => number): CorpusSummary {
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
  };
}

/** Seeds joined when one contains the other over the corpus's containment threshold (union-find). */
function duplicateClusters(corpus: Corpus): DuplicateCluster[] {
  const { index } = corpus;
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  /** For each seed in a cluster, the largest share of it found in another seed. */
  const share = new Map<number, number>();
  for (const [id] of index.allInfo()) {
    for (const containment of index.containmentOf(id)) {
      if (containment.share < corpus.config.duplicates.containment) break; // Sorted: the rest are smaller.
      parent.set(find(id), find(containment.seed));
      share.set(id, Math.max(share.get(id) ?? 0, containment.share));
      share.set(containment.seed, share.get(containment.seed) ?? 0);
    }
  }
  const clusters = new Map<number, number[]>();
  for (const id of share.keys()) groupInto(clusters, find(id), id);
  return [...clusters.values()].map((ids) => ({
    // The seed the others are copies of comes first (the least of it found elsewhere), then its copies.
    seeds: ids.map((id) => ({ ...seedRef(index.info(id)!), share: share.get(id)! })).sort((a, b) => a.share - b.share || byPath(a, b)),
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
