import { URI } from 'vscode-uri';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { checkKeysOf, type CheckKeys } from '../engine/analyse';
import type { Corpus } from '../engine/corpus/corpus';
import { cacheBytesFor, type AnalysisCache } from '../host/analysisCache';
import { openCacheFor } from '../host/cacheFolder';
import { CachedSeedWork } from '../host/cachedSeedWork';
import { keepsAnalysesOf } from '../host/keptAnalyses';
import { configHash } from '../host/engineVersion';
import { CorpusRecords } from '../host/corpusRecord';
import { defaultWorkerCount, inOrder, SeedWorkers } from '../host/seedWorkers';
import { listSeedFiles } from '../host/corpusFiles';
import { IndexStateNotification, type IndexState } from '../protocol/protocol';
import type { SeedChecker } from './checker';
import type { SeedTexts } from './documents';
import type { FindingsStore } from './findings';
import { TimeSlice } from './eventLoop';
import { RecordedStart, type Replay } from './recordedStart';
import type { Corpora } from './workspace';

/** The server checks empty seeds, every rule saying what is missing; its threads and its cache alike. */
const EMPTY_SEEDS_CHECKED = { refuseEmpty: false } as const;

function cachedWork(pool: SeedWorkers, cache: AnalysisCache | undefined): CachedSeedWork | undefined {
  return cache && new CachedSeedWork(pool, cache, EMPTY_SEEDS_CHECKED);
}

/** Seeds handled between two yields to the event loop at most (fewer if their slice of time is spent: see TimeSlice), so open seeds' checks are never held up for long. */
const BATCH = 25;

/**
 * Indexes whole corpora in the background, then checks every seed against the complete index,
 * reporting progress with work-done progress and `seedCurator/indexState`.
 */
export class Indexer {
  private readonly queue: Corpus[] = [];
  private running?: Promise<void>;
  private readonly listed = new WeakMap<Corpus, number>();
  private seeds = 0;
  private indexed = 0;
  private checked = 0;

  constructor(
    private readonly connection: Connection,
    private readonly corpora: Corpora,
    private readonly texts: SeedTexts,
    private readonly checker: SeedChecker,
    private readonly store: FindingsStore,
    private readonly onError: (error: unknown) => void,
    /** Where corpora's analysis caches live (see openCacheFor); no cache without it. */
    private readonly cacheFolder?: string,
  ) {}

  /** Queues corpora for indexing in the background; `idle` tells when all are indexed and checked. */
  enqueue(corpora: Corpus[]): void {
    this.queue.push(...corpora);
    this.running ??= this.run().catch(this.onError);
  }

  /** Resolves when indexing is over. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** How many seed files the corpus had when it was last listed. */
  seedFiles(corpus: Corpus): number {
    return this.listed.get(corpus) ?? corpus.index.size;
  }

  get state(): IndexState {
    if (this.running) return { state: 'indexing', indexed: this.indexed, total: this.seeds };
    return { state: 'ready', indexed: this.indexed, total: this.seeds, counts: this.store.counts() };
  }

  private async run(): Promise<void> {
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Seed Curator', 0, undefined, false);
    [this.seeds, this.indexed, this.checked] = [0, 0, 0];
    let workers: SeedWorkers | undefined;
    try {
      while (this.queue.length > 0) {
        const listed = await Promise.all(this.queue.splice(0).map(async (corpus) => ({ corpus, uris: await this.seedUris(corpus) })));
        this.seeds += listed.reduce((sum, { uris }) => sum + uris.length, 0);
        workers ??= new SeedWorkers(defaultWorkerCount(this.seeds));
        const pool = workers;
        const inFlight = pool.inFlight;
        // Checked only once all are indexed: cross-seed findings need the complete index.
        const digests = new Map<string, CheckKeys>();
        const keys = new Map(listed.map(({ corpus }) => [corpus, pool.setUp({ config: corpus.config, configUri: corpus.configUri, ...EMPTY_SEEDS_CHECKED, keepAnalyses: keepsAnalysesOf(this.seeds) })]));
        const caches = new Map(await Promise.all(listed.map(async ({ corpus, uris }) => [corpus, await this.openCache(corpus, uris.length)] as const)));
        // One per corpus, for both passes: what the first read, the record of the second names.
        const works = new Map(listed.map(({ corpus }) => [corpus, cachedWork(pool, caches.get(corpus))] as const));
        const starts = new Map(listed.map(({ corpus }) => [corpus, this.recordedStart(caches.get(corpus), works.get(corpus))] as const));
        const replays = new Map<Corpus, Replay | undefined>();
        for (const { corpus, uris } of listed) {
          const start = starts.get(corpus);
          if (start) progress.report(0, `Comparing ${uris.length} seeds with the last check`);
          replays.set(corpus, await start?.replay(uris));
          const work = works.get(corpus) ?? pool;
          await this.inOrder(uris, inFlight, corpus, progress, (uri) => this.checker.indexOnWorker(work, keys.get(corpus)!, corpus, uri), async (uri, apply) => {
            const digest = apply();
            if (digest) digests.set(uri, checkKeysOf(digest));
            this.indexed += 1;
          });
        }
        for (const { corpus, uris } of listed) {
          const open = this.texts.open.keys().filter((uri) => this.corpora.corpusFor(uri) === corpus && !uris.includes(uri));
          const checked: string[] = [];
          const work = works.get(corpus) ?? pool;
          const replay = replays.get(corpus);
          if (replay) starts.get(corpus)!.dropVanished(corpus, replay);
          const toCheck = replay ? starts.get(corpus)!.toCheck(corpus, uris, replay) : uris;
          this.checked += uris.length - toCheck.length;
          const changesBefore = corpus.contentChanges;
          // One slice of time for the loop and the facts its checks work out ahead: started together, they must not each take one.
          const slice = new TimeSlice();
          await this.inOrder([...toCheck, ...open], inFlight, corpus, progress, (uri) => this.checker.checkOnWorker(work, keys.get(corpus)!, corpus, uri, digests.get(uri), slice), async (uri, apply) => {
            if (await apply()) checked.push(uri);
            this.checked += 1;
          }, () => this.checker.published(checked.splice(0)), slice);
          if (toCheck.length === uris.length && this.corpora.all().includes(corpus)) starts.get(corpus)?.record(corpus, uris, changesBefore);
          else if (replay && this.corpora.all().includes(corpus)) starts.get(corpus)!.refreshVersions(corpus, replay);
          // Entries of seeds gone from the corpus (or changed) go: the cache stays the size of the corpus.
          await caches.get(corpus)?.flush({ dropUnused: true });
        }
      }
    } finally {
      await workers?.close();
      progress.done();
      this.running = undefined;
      this.notify();
    }
  }

  /**
   * Starts `work` on each seed, up to `inFlight` at once, and takes the results in the seeds' order,
   * yielding to the event loop between batches so that open seeds' requests are never held up long.
   */
  private async inOrder<T>(uris: string[], inFlight: number, corpus: Corpus, progress: WorkDoneProgressServerReporter, work: (uri: string) => Promise<T>, take: (uri: string, result: T) => Promise<void>, afterBatch?: () => Promise<void>, slice = new TimeSlice()): Promise<void> {
    let inBatch = 0;
    let unwritten = Promise.resolve();
    // The batch's own clock: the shared slice may be spent by the checks' steps, and a batch of one seed would publish, report and notify per seed.
    let batchTime = new TimeSlice();
    // One seed the engine chokes on must not stop the rest of the corpus.
    const guarded = (uri: string) => work(uri).then((result) => ({ result }), (error: unknown) => ({ error }));
    for await (const [uri, outcome] of inOrder(uris, guarded, inFlight)) {
      // A corpus reloaded meanwhile has been replaced; its old index is not worth finishing.
      if (!this.corpora.all().includes(corpus)) return;
      if ('error' in outcome) this.onError(new Error(`${uri}: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`));
      else await take(uri, outcome.result).catch((error: unknown) => this.onError(new Error(`${uri}: ${error instanceof Error ? error.message : String(error)}`)));
      if (++inBatch < BATCH && !batchTime.spent) {
        if (slice.spent) await slice.next();
        continue;
      }
      inBatch = 0;
      batchTime = new TimeSlice();
      // What a batch published is read by the client before the batch after next is (see DiagnosticsPublisher.changedAndRead):
      // one batch ahead, the threads are not kept waiting on the client's reading.
      const written = this.endBatch(progress, afterBatch);
      await unwritten;
      unwritten = written;
      await slice.next();
    }
    void this.endBatch(progress, afterBatch);
  }

  private endBatch(progress: WorkDoneProgressServerReporter, afterBatch?: () => Promise<void>): Promise<void> {
    const written = afterBatch?.() ?? Promise.resolve();
    progress.report(Math.min(100, Math.floor((50 * (this.indexed + this.checked)) / Math.max(1, this.seeds))), this.phase());
    this.notify();
    return written;
  }

  private recordedStart(cache: AnalysisCache | undefined, work: CachedSeedWork | undefined): RecordedStart | undefined {
    return cache && work && new RecordedStart(new CorpusRecords(cache), work, this.texts, this.checker, this.store);
  }

  private openCache(corpus: Corpus, seeds: number): Promise<AnalysisCache | undefined> {
    if (this.cacheFolder === undefined) return Promise.resolve(undefined);
    return openCacheFor(corpus.root.folder, { base: this.cacheFolder, configHash: configHash(corpus.config), maxBytes: cacheBytesFor(seeds), log: (message) => this.connection.console.info(`Seed Curator: ${message}`) });
  }

  /** Reading (indexing) comes first, then checking, which takes as long again: each is named with its count. */
  private phase(): string {
    return this.checked === 0 ? `Reading seeds ${this.indexed}/${this.seeds}` : `Checking seeds ${Math.min(this.checked, this.seeds)}/${this.seeds}`;
  }

  private async seedUris(corpus: Corpus): Promise<string[]> {
    const uris = (await listSeedFiles(corpus.root)).map((file) => URI.file(file).toString());
    this.listed.set(corpus, uris.length);
    return uris;
  }

  private notify(): void {
    void this.connection.sendNotification(IndexStateNotification, this.state);
  }
}
