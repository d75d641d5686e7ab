import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import { analyseSeed, checkKeysOf, digestOf, type CheckKeys, type SeedDigest } from '../engine/analyse';
import { CONFIG_FILE } from '../protocol/configFile';
import { Corpus } from '../engine/corpus/corpus';
import type { DescribeOutcome } from '../host/seedTasks';
import { configHash } from '../host/engineVersion';
import { openCacheFor } from '../host/cacheFolder';
import { cacheBytesFor } from '../host/analysisCache';
import { CachedSeedWork } from '../host/cachedSeedWork';
import { defaultWorkerCount, inOrder, SeedWorkers, type SeedWork } from '../host/seedWorkers';
import { fixSeed, type FixedSeed } from './fixSeed';
import { NO_PROGRESS, type Progress } from './progress';
import { addToTally, type CheckReport, type CorpusReport, type ReportSink, type SkippedSeed } from './report';
import { noneChecked, recordCheck, refreshRecord, replayRecord, type CheckedSeeds } from './replayCheck';
import { CorpusRecords, type CheckedListing } from '../host/corpusRecord';
import type { CorpusTarget } from './targets';
import { removeStaleTempFiles } from '../host/tempFiles';
import { DEFAULT_SEED_TIMEOUT_SECONDS, OVER_BUDGET, SeedTimeBudget } from '../host/timeBudget';
import { keepsAnalysesOf } from '../host/keptAnalyses';
import { writeFixedSeed } from '../host/writeSeed';

export interface RunOptions {
  fix: boolean;
  progress?: Progress;
  now?: Date;
  /** Seconds a seed's check (and its fixing) may take; 0 for no limit. */
  seedTimeout?: number;
  /** Worker threads reading, analysing and checking seeds; 0 for none; by default one per core for a large corpus. */
  workers?: number;
  /** The folder of the analysis cache (see openCacheFor); none without it. */
  cache?: string;
}

/** What the CLI keeps of a seed between indexing and checking: no parse, and no text unless it may write the seed. */
interface LoadedSeed {
  file: string;
  uri: string;
  path: string;
  digest: CheckKeys;
  /** The digest of the text --fix wrote, until the index takes it. */
  rewritten?: SeedDigest;
  /** With `--fix`, the text read: the fixes are made to it, and a file no longer holding it is not written. */
  text?: string;
  fixesApplied: number;
  unwritten?: string;
  /** Why the seed is reported as skipped rather than checked: it took too long to fix. */
  skipped?: string;
}

/**
 * Indexes every seed of each corpus, optionally fixes the selected ones, then checks them; each
 * seed's report goes to `sink` as it is checked, in path order, and is not kept.
 */
export async function runCheck(targets: readonly CorpusTarget[], options: RunOptions, sink: ReportSink): Promise<CheckReport> {
  // Wall-clock time, not `now` (a test's fixed day): file times are compared with it.
  const readAfter = Date.now();
  const progress = options.progress ?? NO_PROGRESS;
  const now = options.now ?? new Date();
  const seedTimeout = options.seedTimeout ?? DEFAULT_SEED_TIMEOUT_SECONDS;
  const budget = new SeedTimeBudget(seedTimeout);
  const seeds = targets.reduce((sum, target) => sum + target.seedFiles.length, 0);
  const workers = new SeedWorkers(options.workers ?? defaultWorkerCount(seeds));
  const corpora: CorpusReport[] = [];
  try {
    for (const target of targets) {
      const notices = [...target.notices];
      const corpus = new Corpus(target.root);
      const setup = { config: corpus.config, configUri: corpus.configUri, refuseEmpty: true, keepAnalyses: keepsAnalysesOf(seeds) };
      const corpusKey = workers.setUp(setup);
      const cache = options.cache === undefined ? undefined : await openCacheFor(target.root.folder, { base: options.cache, configHash: configHash(corpus.config), maxBytes: cacheBytesFor(target.seedFiles.length), log: (message) => notices.push(message) });
      const cached = cache && new CachedSeedWork(workers, cache, setup);
      const work: SeedWork = cached ?? workers;
      // --fix changes seeds as it goes: a record of a check is for checks alone.
      const records = cache && !options.fix ? new CorpusRecords(cache) : undefined;
      const listing: CheckedListing = { files: target.seedFiles, selected: target.selected, now: now.getTime(), seedTimeout };
      const replayed = records && cached ? await replayRecord(corpus, target, records.get(listing), cached, sink, progress) : undefined;
      const skipped: SkippedSeed[] = target.refused.map(({ file, reason }) => ({ file, path: pathIn(corpus, file), reason }));
      let checked = replayed?.checked ?? noneChecked();
      if (replayed) skipped.push(...replayed.skipped);
      if (records && cached && replayed?.rest.size === 0) refreshRecord(records, listing, replayed.record, cached, readAfter);
      if (!replayed || replayed.rest.size > 0) {
        const indexed = await indexCorpus(corpus, target, { work, corpusKey, keepText: options.fix }, progress);
        const selected = indexed.loaded.filter((seed) => (replayed?.rest ?? target.selected).has(seed.file));
        if (options.fix) {
          const removed = await removeStaleTempFiles(target.tempFiles);
          if (removed > 0) notices.push(`removed ${removed} temporary file${removed === 1 ? '' : 's'} left by an interrupted --fix.`);
          const refusal = target.root.configProblems.length > 0 ? `${CONFIG_FILE} has problems, and --fix writes nothing in a corpus until they are fixed` : undefined;
          if (refusal) notices.push(`${refusal}.`);
          await fixAndWrite(corpus, selected, budget, refusal);
        }
        checked = await checkSeeds(corpus, selected, { work, corpusKey, seedTimeout, budget, sink }, progress, now, checked);
        // After a replay, only the seeds it left can still be unreadable news: the others' are in its list.
        skipped.push(...(replayed ? indexed.unreadable.filter((seed) => replayed.rest.has(seed.file)) : indexed.unreadable));
        if (records && cached && !replayed) recordCheck(records, listing, cached, indexed.unreadable, checked, readAfter);
      }
      // Entries of seeds no longer in the corpus (or changed) go: the cache stays the size of the corpus.
      await cache?.flush({ dropUnused: true });
      const report: CorpusReport = {
        folder: target.root.folder,
        configFile: target.root.configFile,
        configProblems: target.root.configProblems,
        notices,
        tally: checked.tally,
        unwritten: checked.unwritten,
        skipped: [...skipped, ...checked.skipped].sort((a, b) => a.file.localeCompare(b.file)),
      };
      corpora.push(report);
      await sink.corpusDone?.(report);
    }
  } finally {
    await workers.close();
  }
  return { corpora, fixing: options.fix };
}

interface IndexWork {
  work: SeedWork;
  corpusKey: number;
  keepText: boolean;
}

/**
 * Cross-seed rules need the whole corpus in the index before any seed is checked. The threads
 * read and analyse the seeds; this one puts their digests in the index, in the files' order.
 */
async function indexCorpus(corpus: Corpus, target: CorpusTarget, work: IndexWork, progress: Progress): Promise<{ loaded: LoadedSeed[]; unreadable: SkippedSeed[] }> {
  const loaded: LoadedSeed[] = [];
  const unreadable: SkippedSeed[] = [];
  progress.start('Indexing', target.seedFiles.length);
  const digest = (file: string) => work.work.digest({ corpus: work.corpusKey, file, keepText: work.keepText && target.selected.has(file) });
  for await (const [file, outcome] of inOrder(target.seedFiles, digest, work.work.inFlight)) {
    const uri = URI.file(file).toString();
    const path = pathIn(corpus, file);
    if (outcome.ok) {
      corpus.loadDigest(uri, outcome.digest);
      loaded.push({ file, uri, path, digest: checkKeysOf(outcome.digest), text: outcome.text, fixesApplied: 0 });
    } else if (target.selected.has(file)) unreadable.push({ file, path, reason: outcome.reason });
    progress.tick();
  }
  progress.end();
  return { loaded, unreadable };
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
    const text = loaded.text!;
    const fixed = budget.run(text.length, () => fixSeed(corpus, loaded.uri, analyseSeed(text, corpus.config, loaded.digest.language)));
    if (fixed === OVER_BUDGET) {
      loaded.skipped = tookTooLong('fixing', budget);
      continue;
    }
    if (fixed.fixes === 0) continue;
    if (refusal) {
      loaded.unwritten = unwrittenFixes(fixed, refusal);
      continue;
    }
    const write = writeFixed(corpus, loaded, text, fixed, realRoot).finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
  }
  await Promise.all(writing);
  // The index learns the new texts in the files' order, not the order the writes ended in, so that its answers are the same from run to run.
  for (const loaded of seeds) {
    if (!loaded.rewritten) continue;
    corpus.updateDigest(loaded.uri, loaded.rewritten);
    loaded.digest = checkKeysOf(loaded.rewritten);
    loaded.rewritten = undefined;
  }
}

/** The index learns a seed's new text only once it is on disk: the report must describe the file. */
async function writeFixed(corpus: Corpus, loaded: LoadedSeed, oldText: string, fixed: FixedSeed, realRoot: string): Promise<void> {
  const outcome = await writeFixedSeed(loaded.file, oldText, fixed.text, realRoot);
  if (!outcome.written) {
    loaded.unwritten = unwrittenFixes(fixed, outcome.reason);
    return;
  }
  // Safe fixes change whitespace and delete repeats: the language read before still holds, and franc need not read the seed again.
  loaded.rewritten = digestOf(analyseSeed(fixed.text, corpus.config, loaded.digest.language), corpus.config);
  loaded.text = fixed.text;
  loaded.fixesApplied = fixed.fixes;
}

function unwrittenFixes(fixed: FixedSeed, reason: string): string {
  return `${fixed.fixes} ${fixed.fixes === 1 ? 'fix' : 'fixes'} not written: ${reason}`;
}

interface CheckWork {
  work: SeedWork;
  corpusKey: number;
  seedTimeout: number;
  budget: SeedTimeBudget;
  sink: ReportSink;
}

/**
 * The threads check the seeds with the facts this thread asks of the index; reports go to the
 * sink in the files' order, and only their counts stay.
 */
async function checkSeeds(corpus: Corpus, seeds: LoadedSeed[], work: CheckWork, progress: Progress, now: Date, checked: CheckedSeeds): Promise<CheckedSeeds> {
  const describe = (loaded: LoadedSeed): Promise<DescribeOutcome> => {
    // A seed too slow to fix is as slow to check: it is not tried again.
    if (loaded.skipped !== undefined) return Promise.resolve({ ok: false, overBudget: true });
    const { file, uri, path, digest, text } = loaded;
    const facts = corpus.factsOf(uri, digest.quotes);
    // The text --fix read is checked, as the index holds it, even if the file changed since (it is then reported as not written).
    loaded.text = undefined;
    return work.work.describe({ corpus: work.corpusKey, file, uri, path, textHash: digest.textHash, text, language: digest.language, facts, now: now.getTime(), seedTimeout: work.seedTimeout });
  };
  progress.start('Checking', seeds.length);
  for await (const [{ file, uri, path, fixesApplied, unwritten, skipped: tooSlowToFix }, outcome] of inOrder(seeds, describe, work.work.inFlight)) {
    if (outcome.ok) {
      const report = { file, uri, path, metadata: outcome.described.metadata, findings: outcome.described.findings, fixesApplied, unwritten };
      addToTally(checked.tally, report);
      if (unwritten !== undefined) checked.unwritten.push({ file, reason: unwritten });
      await work.sink.seed(report);
    } else checked.skipped.push({ file, path, reason: 'reason' in outcome ? outcome.reason : (tooSlowToFix ?? tookTooLong('checking', work.budget)) });
    progress.tick();
  }
  progress.end();
  return checked;
}

function tookTooLong(work: 'checking' | 'fixing', budget: SeedTimeBudget): string {
  return `${work} it took longer than ${budget.seconds} s; skipped (see --seed-timeout)`;
}

function pathIn(corpus: Corpus, file: string): string {
  return corpus.relativePath(URI.file(file).toString()) ?? file;
}
