import type { SeedFinding } from './findings';
import { lintSeed } from './lint';
import { seedMetadata, type SeedFacts } from './metadata';
import type { CorpusContext } from './rules/rule';

export interface DescribedSeed {
  findings: SeedFinding[];
  metadata: SeedFacts;
}

/**
 * Every finding of one seed and its metadata, from the seed, its config and its corpus facts
 * alone: no index is read, so a worker thread can describe a seed the main thread indexed.
 */
export function describeSeed(context: CorpusContext & { path: string }): DescribedSeed {
  const findings = lintSeed(context);
  return { findings, metadata: seedMetadata({ uri: context.uri, path: context.path, seed: context.seed, corpus: context.corpus, findings, now: context.now }) };
}
