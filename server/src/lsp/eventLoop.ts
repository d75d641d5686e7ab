/** A turn of the event loop: long work in batches awaits one between batches, so that requests meanwhile are answered. */
export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Time a batch of work may hold the event loop. A request arriving meanwhile waits that long at
 * most (besides a pause to collect garbage): counts of items alone let one batch of large seeds
 * (at 20,000 generated seeds, 100 seeds' findings published at once) hold it for a second.
 */
const SLICE_MS = 40;

/** Work cut into slices of at most SLICE_MS, with a turn of the event loop between them. */
export class TimeSlice {
  private started = performance.now();
  /** Counts the slices given: of several loops sharing this one and waiting for the same turn, only the first back starts a new slice. */
  private slices = 0;

  get spent(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /**
   * A turn of the event loop, then a new slice; for loops that wait for the same turn (their
   * callbacks run one after the other, with no request answered between them), one slice.
   */
  async next(): Promise<void> {
    const slice = this.slices;
    await yieldToEventLoop();
    if (this.slices !== slice) return;
    this.slices++;
    this.started = performance.now();
  }
}
