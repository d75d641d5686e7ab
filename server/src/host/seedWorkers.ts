import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { seedFileKey } from './keptAnalyses';
import { fromWire } from './outcomeWire';
import { MessageBatch } from './messageBatch';
import { taskToWire } from './taskWire';
import type { FromWorker, TaskMessage, ToWorker } from './seedWorker';
import { SeedTaskRunner, type CorpusSetup, type DescribeOutcome, type DescribeTask, type DigestOutcome, type DigestTask, type ReadOutcome, type ReadTask, type SeedTask } from './seedTasks';

/** Bundled next to the program (dist/seedWorker.js), or compiled next to this file (out/…/host/seedWorker.js). */
const WORKER_SCRIPT = path.join(__dirname, 'seedWorker.js');

/** Fewer seeds than this are done before threads would have started: they are done in this thread. */
export const MIN_SEEDS_FOR_WORKERS = 200;

const TASKS_AHEAD_PER_THREAD = 16;
/** Files whose thread is remembered for their check (see `keptOn`); past this the oldest are forgotten. */
const KEPT_FILES_REMEMBERED = 200_000;

/** Threads for a corpus: one per core, up to a few (the main thread indexes meanwhile). */
export function defaultWorkerCount(seeds: number): number {
  return seeds < MIN_SEEDS_FOR_WORKERS ? 0 : Math.min(4, os.availableParallelism());
}

/** The work on seed files a corpus check hands out: on threads (SeedWorkers), through a cache (CachedSeedWork). */
export interface SeedWork {
  /** Tasks to have under way at once. */
  readonly inFlight: number;
  read(task: Omit<ReadTask, 'kind'>): Promise<ReadOutcome>;
  digest(task: Omit<DigestTask, 'kind'>): Promise<DigestOutcome>;
  describe(task: Omit<DescribeTask, 'kind'>): Promise<DescribeOutcome>;
  /** Keeps beside findings a cache holds (under a described outcome's `cacheKey`) what a client is shown of them: see CachedSeedWork. */
  keepShown?(key: string, form: string, bytes: Uint8Array): Uint8Array | undefined;
}

/**
 * Runs seed tasks on worker threads, or in this thread when asked for none (or when no worker
 * script is there to start). The threads start with the first task for them: a warm start that
 * finds everything in its cache asks for none, and starting them would only take CPU from it.
 * A seed's digest goes to the thread that keeps its text from a read,
 * its check to the thread that keeps its analysis from its digest; other tasks go to the thread
 * with the fewest waiting. Tasks and answers go in batches (see MessageBatch); answers come back
 * in any order, matched by id. The threads keep the process alive until `close`.
 */
export class SeedWorkers implements SeedWork {
  private readonly workers: { worker: Worker; tasks: MessageBatch<TaskMessage>; waiting: number }[] = [];
  private readonly pending = new Map<number, { resolve: (outcome: unknown) => void; reject: (error: Error) => void; slot: number }>();
  private readonly inline = new SeedTaskRunner();
  /** The thread keeping each file's text from a read or analysis from its digest (see KeptUntilTaken). */
  private readonly keptOn = new Map<string, number>();
  private nextId = 0;
  private nextCorpus = 0;
  /** Threads the tasks run on (0: this one), started or to start. */
  readonly threads: number;
  /** Threads to start with the first task; 0 once closed. */
  private threadsToStart: number;
  /** Every corpus declared, for threads started after. */
  private readonly setups: ToWorker[] = [];

  constructor(count: number) {
    this.threads = count > 0 && fs.existsSync(WORKER_SCRIPT) ? count : 0;
    this.threadsToStart = this.threads;
  }

  /** Tasks to have under way at once: enough ahead of the one awaited to keep every thread busy, and reads overlapping work without threads. */
  get inFlight(): number {
    return Math.max(1, this.threads) * TASKS_AHEAD_PER_THREAD;
  }

  /** Declares a corpus to every thread; returns the key its tasks name. */
  setUp(corpus: CorpusSetup): number {
    const key = this.nextCorpus++;
    this.inline.setUp(key, corpus);
    const setup: ToWorker = { setup: key, corpus };
    this.setups.push(setup);
    for (const { worker } of this.workers) worker.postMessage(setup);
    return key;
  }

  async read(task: Omit<ReadTask, 'kind'>): Promise<ReadOutcome> {
    const slot = this.leastWaiting();
    const outcome = (await this.run({ kind: 'read', ...task }, slot)) as ReadOutcome;
    if (task.keepFor !== undefined) this.keepOn(seedFileKey(task.keepFor, task.file), outcome.ok, slot);
    return outcome;
  }

  async digest(task: Omit<DigestTask, 'kind'>): Promise<DigestOutcome> {
    const key = seedFileKey(task.corpus, task.file);
    const slot = this.takeKeeper(key);
    const outcome = (await this.run({ kind: 'digest', ...task }, slot)) as DigestOutcome;
    this.keepOn(key, outcome.ok && outcome.kept === true, slot);
    return outcome;
  }

  describe(task: Omit<DescribeTask, 'kind'>): Promise<DescribeOutcome> {
    return this.run({ kind: 'describe', ...task }, this.takeKeeper(seedFileKey(task.corpus, task.file))) as Promise<DescribeOutcome>;
  }

  async close(): Promise<void> {
    this.threadsToStart = 0;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  /** Remembers which thread keeps something of a file, if it kept it. */
  private keepOn(key: string, kept: boolean, slot: number): void {
    this.keptOn.delete(key);
    if (!kept || this.workers.length === 0) return;
    this.keptOn.set(key, slot);
    if (this.keptOn.size > KEPT_FILES_REMEMBERED) this.keptOn.delete(this.keptOn.keys().next().value!);
  }

  /** The thread keeping something of the file, forgotten now, or the one with the fewest waiting. */
  private takeKeeper(key: string): number {
    const slot = this.keptOn.get(key) ?? this.leastWaiting();
    this.keptOn.delete(key);
    return slot;
  }

  private leastWaiting(): number {
    let slot = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].waiting < this.workers[slot].waiting) slot = i;
    return slot;
  }

  private run(task: SeedTask, slot: number): Promise<unknown> {
    this.startThreads();
    if (this.workers.length === 0) return this.inline.run(task);
    const id = this.nextId++;
    this.workers[slot].waiting++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      this.workers[slot].tasks.push({ id, task: taskToWire(task) });
    });
  }

  private startThreads(): void {
    const count = this.threadsToStart;
    // Once, even if a thread fails to start: the tasks then go to those that did, or run here.
    this.threadsToStart = 0;
    for (let started = 0; started < count; started++) {
      const slot = this.workers.length;
      const worker = new Worker(WORKER_SCRIPT);
      worker.on('message', (answers: FromWorker[]) => answers.forEach((answer) => this.answer(answer)));
      worker.on('error', (error) => this.failAll(slot, error));
      worker.on('exit', (code) => this.failAll(slot, new Error(`a seed worker stopped (exit code ${code})`)));
      for (const setup of this.setups) worker.postMessage(setup);
      this.workers.push({ worker, tasks: new MessageBatch((tasks) => worker.postMessage({ tasks } satisfies ToWorker)), waiting: 0 });
    }
  }

  private answer(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    this.workers[pending.slot].waiting--;
    if ('error' in message) pending.reject(new Error(message.error));
    else pending.resolve(fromWire(message.outcome));
  }

  private failAll(slot: number, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (pending.slot !== slot) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
  }
}

/**
 * The results of `work` on each item, in the items' order, with at most `inFlight` under way at
 * once: the threads stay busy while results are taken in a fixed order (the index must get seeds
 * in the same order however many threads there are, so that its answers are the same).
 */
export async function* inOrder<T, R>(items: readonly T[], work: (item: T) => Promise<R>, inFlight: number): AsyncGenerator<[T, R]> {
  const window: Promise<R>[] = [];
  let next = 0;
  for (let done = 0; done < items.length; done++) {
    while (next < items.length && window.length < inFlight) {
      const result = work(items[next++]);
      // Awaited in turn below; a failure waiting its turn is not an unhandled one meanwhile.
      result.catch(() => undefined);
      window.push(result);
    }
    yield [items[done], await window.shift()!];
  }
}
