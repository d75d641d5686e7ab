/** Text gathered up to this many characters before it goes to the stream. */
const BATCH = 1 << 16;

/** Writes text to a stream in batches, waiting whenever the stream asks to (a slow pipe holds the run back, not memory). */
export class BatchedWrite {
  private pending = '';

  /** `beforeWrite` runs before each write to the stream (a progress bar on the same terminal clears itself). */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly beforeWrite?: () => void,
  ) {}

  async write(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.beforeWrite?.();
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
