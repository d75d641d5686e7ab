/**
 * A worker thread's entry point: runs the seed tasks it is sent (see seedTasks) and answers each
 * with its id. Messages: `{ setup: key, corpus }` declares a corpus; `{ id, task }` runs a task.
 */
import { parentPort } from 'node:worker_threads';
import { toWire, type WireOutcome } from './outcomeWire';
import { SeedTaskRunner, type CorpusSetup, type SeedTask } from './seedTasks';

export type ToWorker = { setup: number; corpus: CorpusSetup } | { id: number; task: SeedTask };
export type FromWorker = { id: number; outcome: WireOutcome } | { id: number; error: string };

const runner = new SeedTaskRunner();

parentPort?.on('message', (message: ToWorker) => {
  if ('setup' in message) {
    runner.setUp(message.setup, message.corpus);
    return;
  }
  runner.run(message.task).then(
    (outcome) => parentPort!.postMessage({ id: message.id, outcome: toWire(outcome) } satisfies FromWorker),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromWorker),
  );
});
