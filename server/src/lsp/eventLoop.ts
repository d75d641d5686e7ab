/** A turn of the event loop: long work in batches awaits one between batches, so that requests meanwhile are answered. */
export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
