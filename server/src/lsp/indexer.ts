import { URI } from 'vscode-uri';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { Corpus } from '../engine/corpus/corpus';
import { listSeedFiles } from '../host/corpusFiles';
import { IndexStateNotification, type IndexState } from '../protocol/protocol';
import type { SeedChecker } from './checker';
import type { SeedTexts } from './documents';
import type { FindingsStore } from './findings';
import type { Corpora } from './workspace';

/** Seeds handled between two yields to the event loop, so open seeds' checks are never held up for long. */
const BATCH = 25;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

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
    progress.begin('Seed Curator: indexing the corpus', 0, undefined, false);
    [this.seeds, this.indexed, this.checked] = [0, 0, 0];
    try {
      while (this.queue.length > 0) {
        const listed = await Promise.all(this.queue.splice(0).map(async (corpus) => ({ corpus, uris: await this.seedUris(corpus) })));
        this.seeds += listed.reduce((sum, { uris }) => sum + uris.length, 0);
        // Checked only once all are indexed: cross-seed findings need the complete index.
        for (const { corpus, uris } of listed) {
          await this.inBatches(uris, progress, (uri) => this.checker.index(corpus, uri), () => (this.indexed += 1), corpus);
        }
        for (const { corpus, uris } of listed) {
          const open = this.texts.open.keys().filter((uri) => this.corpora.corpusFor(uri) === corpus && !uris.includes(uri));
          await this.inBatches([...uris, ...open], progress, (uri) => this.checker.recheck([uri]), () => (this.checked += 1), corpus);
        }
      }
    } finally {
      progress.done();
      this.running = undefined;
      this.notify();
    }
  }

  private async inBatches(uris: string[], progress: WorkDoneProgressServerReporter, work: (uri: string) => Promise<void>, count: () => void, corpus: Corpus): Promise<void> {
    for (let start = 0; start < uris.length; start += BATCH) {
      // A corpus reloaded meanwhile has been replaced; its old index is not worth finishing.
      if (!this.corpora.all().includes(corpus)) return;
      for (const uri of uris.slice(start, start + BATCH)) {
        // One seed the engine chokes on must not stop the rest of the corpus.
        await work(uri).catch((error: unknown) => this.onError(new Error(`${uri}: ${error instanceof Error ? error.message : String(error)}`)));
        count();
      }
      progress.report(Math.min(100, Math.floor((50 * (this.indexed + this.checked)) / Math.max(1, this.seeds))), `${this.indexed} of ${this.seeds} seeds indexed`);
      this.notify();
      await yieldToEventLoop();
    }
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
