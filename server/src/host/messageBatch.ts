/**
 * Messages to another thread, sent together: a `postMessage` between threads costs some 0.1 ms
 * whatever it carries (a worker posting 2,000 answers for BBC: 260 ms, as long as serialising
 * them), so the messages of one turn of the event loop go as one, at most `most` to a message so
 * that the first of them is not held back long.
 */
export class MessageBatch<T> {
  private queued: T[] = [];

  constructor(
    private readonly send: (batch: T[]) => void,
    private readonly most = 8,
  ) {}

  push(message: T): void {
    if (this.queued.push(message) === 1) setImmediate(() => this.flush());
    else if (this.queued.length >= this.most) this.flush();
  }

  private flush(): void {
    if (this.queued.length > 0) this.send(this.queued.splice(0));
  }
}
