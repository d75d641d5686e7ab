import { URI } from 'vscode-uri';
import type { AnalysedSeed } from '../engine/analyse';
import { Corpus } from '../engine/corpus/corpus';
import { readSeedFile } from '../engine/files/readSeedFile';
import { fixSeed } from './fixSeed';
import { NO_PROGRESS, type Progress } from './progress';
import type { CheckReport, CorpusReport, SeedReport, SkippedSeed } from './report';
import type { CorpusTarget } from './targets';
import { writeFileAtomic } from './writeAtomic';

export interface RunOptions {
  fix: boolean;
  progress?: Progress;
  now?: Date;
}

interface LoadedSeed {
  file: string;
  uri: string;
  path: string;
  seed: AnalysedSeed;
  fixesApplied: number;
}

/** Indexes every seed of each corpus, optionally fixes the selected ones, then checks them. */
export async function runCheck(targets: readonly CorpusTarget[], options: RunOptions): Promise<CheckReport> {
  const progress = options.progress ?? NO_PROGRESS;
  const corpora: CorpusReport[] = [];
  for (const target of targets) {
    const corpus = new Corpus(target.root);
    const { loaded, skipped } = await indexCorpus(corpus, target, progress);
    const selected = loaded.filter((seed) => target.selected.has(seed.file));
    if (options.fix) await fixAndWrite(corpus, selected);
    corpora.push({
      folder: target.root.folder,
      configFile: target.root.configFile,
      configProblems: target.root.configProblems,
      seeds: checkSeeds(corpus, selected, progress, options.now),
      skipped,
    });
  }
  return { corpora, fixing: options.fix };
}

/** Cross-seed rules need the whole corpus in the index before any seed is checked. */
async function indexCorpus(corpus: Corpus, target: CorpusTarget, progress: Progress): Promise<{ loaded: LoadedSeed[]; skipped: SkippedSeed[] }> {
  const loaded: LoadedSeed[] = [];
  const skipped: SkippedSeed[] = [];
  progress.start('Indexing', target.seedFiles.length);
  for (const file of target.seedFiles) {
    const uri = URI.file(file).toString();
    const path = corpus.relativePath(uri) ?? file;
    const read = await readSeedFile(file);
    if (read.ok) loaded.push({ file, uri, path, seed: corpus.update(uri, read.text).seed, fixesApplied: 0 });
    else if (target.selected.has(file)) skipped.push({ file, path, reason: read.reason });
    progress.tick();
  }
  progress.end();
  return { loaded, skipped };
}

async function fixAndWrite(corpus: Corpus, seeds: LoadedSeed[]): Promise<void> {
  for (const loaded of seeds) {
    const fixed = fixSeed(corpus, loaded.uri, loaded.seed);
    if (fixed.fixes === 0) continue;
    await writeFileAtomic(loaded.file, fixed.text);
    loaded.seed = fixed.seed;
    loaded.fixesApplied = fixed.fixes;
  }
}

function checkSeeds(corpus: Corpus, seeds: LoadedSeed[], progress: Progress, now = new Date()): SeedReport[] {
  progress.start('Checking', seeds.length);
  const reports = seeds.map(({ file, uri, path, seed, fixesApplied }) => {
    const { findings, metadata } = corpus.describe(uri, path, seed, now);
    progress.tick();
    return { file, uri, path, metadata, findings, fixesApplied };
  });
  progress.end();
  return reports;
}
