/**
 * A worker thread's entry point: runs the seed tasks it is sent (see seedTasks) and answers each
 * with its id. Messages: `{ setup: key, corpus }` declares a corpus; `{ tasks }` runs tasks, each
 * `{ id, task }`. Answers go back in batches (see MessageBatch).
 */
import { parentPort } from 'node:worker_threads';
import { MessageBatch } from './messageBatch';
import { toWire, type WireOutcome } from './outcomeWire';
import { SeedTaskRunner, type CorpusSetup } from './seedTasks';
import { taskFromWire, type WireTask } from './taskWire';

export type TaskMessage = { id: number; task: WireTask };
export type ToWorker = { setup: number; corpus: CorpusSetup } | { tasks: TaskMessage[] };
export type FromWorker = { id: number; outcome: WireOutcome } | { id: number; error: string };

const runner = new SeedTaskRunner();
const answers = new MessageBatch<FromWorker>((batch) => parentPort!.postMessage(batch));

parentPort?.on('message', (message: ToWorker) => {
  if ('setup' in message) {
    runner.setUp(message.setup, message.corpus);
    return;
  }
  for (const { id, task: posted } of message.tasks) {
    const task = taskFromWire(posted);
    runner.run(task).then(
      (outcome) => answers.push({ id, outcome: toWire(outcome, task) }),
      (error: unknown) => answers.push({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  }
});
