import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import type { AnalysedSeed } from '../engine/analyse';
import { CONFIG_FILE } from '../protocol/configFile';
import { Corpus } from '../engine/corpus/corpus';
import { readSeedFile, type SeedFileRead } from '../host/readSeedFile';
import { fixSeed, fullText, type FixedSeed } from './fixSeed';
import { NO_PROGRESS, type Progress } from './progress';
import type { CheckReport, CorpusReport, SeedReport, SkippedSeed } from './report';
import type { CorpusTarget } from './targets';
import { removeStaleTempFiles } from './tempFiles';
import { DEFAULT_SEED_TIMEOUT_SECONDS, OVER_BUDGET, SeedTimeBudget } from './timeBudget';
import { writeFixedSeed } from './writeSeed';

export interface RunOptions {
  fix: boolean;
  progress?: Progress;
  now?: Date;
  /** Seconds a seed's check (and its fixing) may take; 0 for no limit. */
  seedTimeout?: number;
}

interface LoadedSeed {
  file: string;
  uri: string;
  path: string;
  seed: AnalysedSeed;
  fixesApplied: number;
  unwritten?: string;
  /** Why the seed is reported as skipped rather than checked: it took too long to fix. */
  skipped?: string;
}

/** Indexes every seed of each corpus, optionally fixes the selected ones, then checks them. */
export async function runCheck(targets: readonly CorpusTarget[], options: RunOptions): Promise<CheckReport> {
  const progress = options.progress ?? NO_PROGRESS;
  const budget = new SeedTimeBudget(options.seedTimeout ?? DEFAULT_SEED_TIMEOUT_SECONDS);
  const corpora: CorpusReport[] = [];
  for (const target of targets) {
    const notices = [...target.notices];
    const corpus = new Corpus(target.root);
    const { loaded, skipped } = await indexCorpus(corpus, target, progress);
    const selected = loaded.filter((seed) => target.selected.has(seed.file));
    if (options.fix) {
      const removed = await removeStaleTempFiles(target.tempFiles);
      if (removed > 0) notices.push(`removed ${removed} temporary file${removed === 1 ? '' : 's'} left by an interrupted --fix.`);
      const refusal = target.root.configProblems.length > 0 ? `${CONFIG_FILE} has problems, and --fix writes nothing in a corpus until they are fixed` : undefined;
      if (refusal) notices.push(`${refusal}.`);
      await fixAndWrite(corpus, selected, budget, refusal);
    }
    const checked = checkSeeds(corpus, selected, budget, progress, options.now);
    corpora.push({
      folder: target.root.folder,
      configFile: target.root.configFile,
      configProblems: target.root.configProblems,
      notices,
      seeds: checked.seeds,
      skipped: [...skipped, ...checked.skipped].sort((a, b) => a.file.localeCompare(b.file)),
    });
  }
  return { corpora, fixing: options.fix };
}

/** Cross-seed rules need the whole corpus in the index before any seed is checked. */
async function indexCorpus(corpus: Corpus, target: CorpusTarget, progress: Progress): Promise<{ loaded: LoadedSeed[]; skipped: SkippedSeed[] }> {
  const loaded: LoadedSeed[] = [];
  const skipped: SkippedSeed[] = target.refused.map(({ file, reason }) => ({ file, path: pathIn(corpus, file), reason }));
  progress.start('Indexing', target.seedFiles.length);
  for (const file of target.seedFiles) {
    const uri = URI.file(file).toString();
    const path = pathIn(corpus, file);
    const read = refuseEmpty(await readSeedFile(file));
    if (read.ok) loaded.push({ file, uri, path, seed: corpus.update(uri, read.text).seed, fixesApplied: 0 });
    else if (target.selected.has(file)) skipped.push({ file, path, reason: read.reason });
    progress.tick();
  }
  progress.end();
  return { loaded, skipped };
}

/**
 * Writes in flight at once. Each write waits for its fsync; several overlap in the disk's queue,
 * and the next seeds' fixes are worked out meanwhile.
 */
const WRITES_IN_FLIGHT = 8;

/**
 * Fixes each seed and writes it where that is safe (see writeFixedSeed); a seed that is not
 * written keeps its old text in the index, and the reason is reported. `refusal` stops all
 * writes of the corpus.
 */
async function fixAndWrite(corpus: Corpus, seeds: LoadedSeed[], budget: SeedTimeBudget, refusal: string | undefined): Promise<void> {
  // Links are only written through to files inside the corpus, as it really lies on disk.
  const realRoot = await fs.realpath(corpus.root.folder).catch(() => corpus.root.folder);
  const writing = new Set<Promise<void>>();
  for (const loaded of seeds) {
    const fixed = budget.run(loaded.seed.parsed.text.length, () => fixSeed(corpus, loaded.uri, loaded.seed));
    if (fixed === OVER_BUDGET) {
      loaded.skipped = tookTooLong('fixing', budget);
      continue;
    }
    if (fixed.fixes === 0) continue;
    if (refusal) {
      loaded.unwritten = unwrittenFixes(fixed, refusal);
      continue;
    }
    const write = writeAndIndex(corpus, loaded, fixed, realRoot).finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
  }
  await Promise.all(writing);
}

/** The index learns a seed's new text only once it is on disk: the report must describe the file. */
async function writeAndIndex(corpus: Corpus, loaded: LoadedSeed, fixed: FixedSeed, realRoot: string): Promise<void> {
  const outcome = await writeFixedSeed(loaded.file, fullText(loaded.seed), fixed.text, realRoot);
  if (!outcome.written) {
    loaded.unwritten = unwrittenFixes(fixed, outcome.reason);
    return;
  }
  // Safe fixes change whitespace and delete repeats: the language read before still holds, and franc need not read the seed again.
  loaded.seed = corpus.update(loaded.uri, fixed.text, loaded.seed.language).seed;
  loaded.fixesApplied = fixed.fixes;
}

function unwrittenFixes(fixed: FixedSeed, reason: string): string {
  return `${fixed.fixes} ${fixed.fixes === 1 ? 'fix' : 'fixes'} not written: ${reason}`;
}

function checkSeeds(corpus: Corpus, seeds: LoadedSeed[], budget: SeedTimeBudget, progress: Progress, now = new Date()): { seeds: SeedReport[]; skipped: SkippedSeed[] } {
  const reports: SeedReport[] = [];
  const skipped: SkippedSeed[] = [];
  progress.start('Checking', seeds.length);
  for (const { file, uri, path, seed, fixesApplied, unwritten, skipped: tooSlowToFix } of seeds) {
    // A seed too slow to fix is as slow to check: it is not tried again.
    const described = tooSlowToFix === undefined ? budget.run(seed.parsed.text.length, () => corpus.describe(uri, path, seed, now)) : OVER_BUDGET;
    if (described !== OVER_BUDGET) reports.push({ file, uri, path, metadata: described.metadata, findings: described.findings, fixesApplied, unwritten });
    else skipped.push({ file, path, reason: tooSlowToFix ?? tookTooLong('checking', budget) });
    progress.tick();
  }
  progress.end();
  return { seeds: reports, skipped };
}

function tookTooLong(work: 'checking' | 'fixing', budget: SeedTimeBudget): string {
  return `${work} it took longer than ${budget.seconds} s; skipped (see --seed-timeout)`;
}

/** An empty seed has nothing to check, and every rule would only say so in its own way. */
function refuseEmpty(read: SeedFileRead): SeedFileRead {
  return read.ok && read.text.replace(/^\uFEFF/, '') === '' ? { ok: false, reason: 'an empty file; nothing to check' } : read;
}

function pathIn(corpus: Corpus, file: string): string {
  return corpus.relativePath(URI.file(file).toString()) ?? file;
}
