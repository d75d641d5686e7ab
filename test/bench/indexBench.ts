/**
 * What the corpus index costs alone, as the main thread of a whole-corpus check spends it: the
 * seeds of a copy of `--corpus DIR`, or of `--seeds N` generated ones (default 2,000), are
 * analysed in process first (not timed), then loaded into a Corpus in path order and every seed's
 * facts asked. Timed for the first half of the seeds and for all of them, so that the growth
 * ratio shows whether the index stays linear.
 *
 *   npm run bench:index [-- --corpus DIR | --seeds N]
 */
import * as fs from 'node:fs';
import { URI } from 'vscode-uri';
import { analyseSeed, digestOf, type SeedDigest } from '../../server/src/engine/analyse';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { listSeedFiles, loadCorpusRoot } from '../../server/src/host/corpusFiles';
import { prepareCorpus } from './benchCorpus';

interface Timed {
  seeds: number;
  loadMs: number;
  factsMs: number;
  /** Twins and containments found, so that two runs can be seen to do the same work. */
  found: number;
}

async function main(): Promise<void> {
  const corpus = prepareCorpus(process.argv.slice(2), 'seed-curator-index-bench-');
  try {
    console.log(`Corpus: ${corpus.source}`);
    const root = await loadCorpusRoot(corpus.folder);
    const digests: [string, SeedDigest][] = [];
    for (const file of await listSeedFiles(root)) {
      digests.push([URI.file(file).toString(), digestOf(analyseSeed(fs.readFileSync(file, 'utf8'), root.config), root.config)]);
    }
    // A first pass warms the JIT up, so that the half is not timed on colder code than the whole.
    timeIndex(new Corpus(root), digests.slice(0, digests.length >> 2));
    const half = timeIndex(new Corpus(root), digests.slice(0, digests.length >> 1));
    const all = timeIndex(new Corpus(root), digests);
    const row = ({ seeds, loadMs, factsMs, found }: Timed) => `${String(seeds).padStart(8)}  ${loadMs.toFixed(0).padStart(8)}  ${factsMs.toFixed(0).padStart(8)}  ${String(found).padStart(8)}`;
    console.log(`\n   seeds   load ms  facts ms     found\n${row(half)}\n${row(all)}`);
    console.log(`\n${(all.seeds / half.seeds).toFixed(2)}× the seeds: ${((all.loadMs + all.factsMs) / (half.loadMs + half.factsMs)).toFixed(2)}× the time; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    corpus.remove();
  }
}

function timeIndex(corpus: Corpus, digests: readonly [string, SeedDigest][]): Timed {
  let started = performance.now();
  for (const [uri, digest] of digests) corpus.loadDigest(uri, digest);
  const loadMs = performance.now() - started;
  started = performance.now();
  let found = 0;
  for (const [uri, digest] of digests) {
    const facts = corpus.factsOf(uri, digest.quotes);
    found += facts.twins.size + facts.containments.length;
  }
  return { seeds: digests.length, loadMs, factsMs: performance.now() - started, found };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
