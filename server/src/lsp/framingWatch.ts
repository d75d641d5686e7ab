/**
 * The LSP base protocol frames each message with a `Content-Length` header. vscode-jsonrpc's
 * stream reader, given a header without a usable length (missing, not a number, negative),
 * reports an error no one acts on and reads on from wherever it stands; given a length larger
 * than the message, it waits for bytes that never come, or swallows the start of the next
 * message as the rest of the body. Either way the server falls silent for good. A stream whose framing is lost
 * cannot be resynchronised (a body may hold anything, a header's text included), so this watch
 * reads the same bytes as the reader and calls `broken` when the framing goes wrong; the server
 * then exits with the reason on stderr, and the client restarts it with a clean stream (VS Code
 * does, and shows stderr in the server's output channel).
 */

/** A client writes a message in one go: this long stuck halfway, its length was a lie. vscode-jsonrpc's own partial-message warning waits as long. */
export const STALL_MS = 10_000;
/** Beyond this a body could not be decoded anyway (V8's longest string is about 2^29 characters). */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** Headers are a line or two; this many bytes without their end are no header. */
const MAX_HEADER_BYTES = 8192;
const HEADER_END = Buffer.from('\r\n\r\n');
/** An HTTP token: what a header name may be made of. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export class FramingWatch {
  private header = Buffer.alloc(0);
  /** Bytes of the current body still to come; undefined while reading a header. */
  private bodyLeft?: number;
  private bodyLength = 0;
  private chunks = 0;
  private stallTimer?: NodeJS.Timeout;
  private done = false;

  constructor(
    private readonly broken: (problem: string) => void,
    private readonly stallMs = STALL_MS,
  ) {}

  onData(chunk: Buffer): void {
    if (this.done) return;
    this.chunks++;
    let at = 0;
    while (at < chunk.length && !this.done) at = this.bodyLeft === undefined ? this.readHeader(chunk, at) : this.readBody(chunk, at);
    this.watchForStall();
  }

  dispose(): void {
    clearTimeout(this.stallTimer);
    this.done = true;
  }

  private readHeader(chunk: Buffer, at: number): number {
    const before = this.header.length;
    // The header's end lies within its first bytes; a body that follows in the same chunk is not copied.
    const piece = chunk.subarray(at, Math.min(chunk.length, at + MAX_HEADER_BYTES + HEADER_END.length));
    this.header = Buffer.concat([this.header, piece]);
    const end = this.header.indexOf(HEADER_END);
    if (end < 0) {
      if (this.header.length > MAX_HEADER_BYTES) this.fail(`${this.header.length} bytes without the blank line that ends a message header`);
      return at + piece.length;
    }
    const problem = this.checkHeader(this.header.subarray(0, end).toString('latin1'));
    if (problem) {
      this.fail(problem);
      return chunk.length;
    }
    this.header = Buffer.alloc(0);
    return at + end + HEADER_END.length - before;
  }

  /** Sets the body's length from the header; returns what is wrong with the header, if anything. */
  private checkHeader(text: string): string | undefined {
    let length: string | undefined;
    for (const line of text.split('\r\n')) {
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      if (colon < 0 || !HEADER_NAME.test(name)) return `a message header line that is no "Name: value" (${JSON.stringify(line.slice(0, 80))})`;
      if (name.toLowerCase() === 'content-length') length = line.slice(colon + 1).trim();
    }
    if (length === undefined) return 'a message header without Content-Length';
    if (!/^\d+$/.test(length)) return `a Content-Length that is no length (${JSON.stringify(length.slice(0, 40))})`;
    const bytes = Number(length);
    if (bytes > MAX_BODY_BYTES) return `a Content-Length of ${length} bytes, more than any message can be (${MAX_BODY_BYTES})`;
    this.bodyLeft = this.bodyLength = bytes;
    return bytes === 0 ? 'a Content-Length of 0: no message is empty' : undefined;
  }

  private readBody(chunk: Buffer, at: number): number {
    // A body that is no JSON is the reader's to report: the framing holds and the next message is read
    // right. A wrong length shows in what follows: a header that is none, or bytes that never come.
    const end = Math.min(chunk.length, at + this.bodyLeft!);
    this.bodyLeft! -= end - at;
    if (this.bodyLeft === 0) this.bodyLeft = undefined;
    return end;
  }

  /** Mid-message and no byte for `stallMs`: the client sent less than it announced, or a length too short left a header incomplete. */
  private watchForStall(): void {
    clearTimeout(this.stallTimer);
    if (this.done || (this.bodyLeft === undefined && this.header.length === 0)) return;
    const chunks = this.chunks;
    this.stallTimer = setTimeout(() => {
      // After a long synchronous check, timers run before waiting input is read: look again once it has been.
      setImmediate(() => {
        if (this.chunks === chunks && !this.done) {
          const missing = this.bodyLeft === undefined ? 'the end of its header' : `${this.bodyLeft} of its ${this.bodyLength} bytes`;
          this.fail(`a message still missing ${missing} after ${this.stallMs / 1000} s: a Content-Length that does not match what was sent`);
        }
      });
    }, this.stallMs);
    this.stallTimer.unref();
  }

  private fail(problem: string): void {
    this.dispose();
    this.broken(problem);
  }
}

/** Watches a stream's bytes alongside the message reader (a second `data` listener sees every chunk too). */
export function watchFraming(input: NodeJS.ReadableStream, broken: (problem: string) => void): FramingWatch {
  const watch = new FramingWatch(broken);
  input.on('data', (chunk: Buffer) => watch.onData(chunk));
  return watch;
}
