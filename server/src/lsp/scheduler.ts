import type { Cancellation } from './checker';

interface Pending {
  /** Set until the run starts. */
  timer?: NodeJS.Timeout;
  start: () => void;
  token: { cancelled: boolean };
  /** Resolves when the latest scheduled run for the key has finished. */
  settled: Promise<void>;
  resolve: () => void;
}

/**
 * Debounced work per key (a seed's uri): a newer request cancels the pending or running one,
 * and `settled` tells when the latest has finished, so a pull request can wait for it.
 */
export class Scheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly onError: (error: unknown) => void) {}

  schedule(key: string, delay: number, run: (token: Cancellation) => Promise<void>): void {
    const previous = this.pending.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      previous.token.cancelled = true;
    }
    let resolve = previous?.resolve;
    const settled = previous?.settled ?? new Promise<void>((done) => (resolve = done));
    const entry: Pending = {
      token: { cancelled: false },
      settled,
      resolve: resolve!,
      start: () => {
        entry.timer = undefined;
        run(entry.token)
          .catch(this.onError)
          .finally(() => {
            // A newer run took over the key and will resolve `settled` itself.
            if (this.pending.get(key) !== entry) return;
            this.pending.delete(key);
            entry.resolve();
          });
      },
    };
    entry.timer = setTimeout(entry.start, delay);
    this.pending.set(key, entry);
  }

  /** Resolves once no run is pending or running for the key. */
  settled(key: string): Promise<void> {
    return this.pending.get(key)?.settled ?? Promise.resolve();
  }

  /** Starts a pending run now instead of after its delay, and resolves when it is done. */
  flush(key: string): Promise<void> {
    const entry = this.pending.get(key);
    if (entry?.timer) {
      clearTimeout(entry.timer);
      entry.start();
    }
    return this.settled(key);
  }
}
