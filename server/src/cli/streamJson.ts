import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BatchedWrite } from './batchedWrite';
import { inertJson } from './inert';

/**
 * JSON written piece by piece. A report on a large corpus would pass V8's string limit (~512 MB)
 * as one string, and would hold every seed's findings until the end: its long array is written
 * one item at a time as seeds are checked, the rest of the document once the run is over.
 */

/** Stands in the skeleton where the streamed array goes; private-use characters, which JSON never escapes. */
const HOLE = '\uE000streamed\uE000';

/** A value for the place in a skeleton that `SpooledJson.end` fills with the items. */
export const STREAMED_ARRAY: unknown = HOLE;

/** Spooled text written to the spool file in pieces of this many characters. */
const SPOOL_BATCH = 1 << 16;

/**
 * A JSON document whose one long array is known item by item before the rest is (a report's
 * summary, and in SARIF its notifications, which come first, are known at the end). The items go
 * to a temporary spool file as they come, so that none stays in memory; `end` writes the document
 * to the stream with the items in place of STREAMED_ARRAY, compact or indented by two spaces like
 * `JSON.stringify(value, null, 2)`. Control characters from seeds are escaped, C1 and
 * bidirectional ones too (see inertJson). Where no temporary file can be made, the items are kept
 * in memory instead.
 */
export class SpooledJson {
  private folder?: string;
  private readonly fd?: number;
  private readonly inMemory: string[] = [];
  private pending = '';
  private items = 0;
  private readonly removeAtExit = () => this.remove();

  constructor(private readonly pretty: boolean) {
    try {
      this.folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-report-'));
      const file = path.join(this.folder, 'items.json');
      this.fd = fs.openSync(file, 'w+');
      // A run cut short (Ctrl+C, a reader closing the pipe) leaves no spool behind: where the system lets an open file be
      // removed, it is removed now and lives as long as the process holds it; elsewhere it is removed as the process exits.
      try {
        fs.unlinkSync(file);
        fs.rmdirSync(this.folder);
        this.folder = undefined;
      } catch {
        process.on('exit', this.removeAtExit);
      }
    } catch {
      this.remove();
    }
  }

  /**
   * Adds an item. Items are spooled compact, or indented as at the top level with a newline
   * between them, so that `end` indents them at their place by prefixing every line.
   */
  add(item: unknown): void {
    const json = inertJson(JSON.stringify(item, null, this.pretty ? 2 : undefined));
    this.spool(`${this.items === 0 ? '' : this.pretty ? ',\n' : ','}${json}`);
    this.items++;
  }

  /** Writes the document whose STREAMED_ARRAY (which must occur once) holds the items, then removes the spool. */
  async end(skeleton: unknown, stream: NodeJS.WritableStream): Promise<void> {
    try {
      const text = inertJson(JSON.stringify(skeleton, null, this.pretty ? 2 : undefined));
      const marker = JSON.stringify(HOLE);
      const at = text.indexOf(marker);
      const head = text.slice(0, at);
      const indent = this.pretty ? /^ */.exec(head.slice(head.lastIndexOf('\n') + 1))![0] : '';
      const itemStart = this.pretty ? `\n${indent}  ` : '';
      const out = new BatchedWrite(stream);
      await out.write(`${head}[${this.items > 0 ? itemStart : ''}`);
      for await (const chunk of this.spooled()) await out.write(this.pretty ? chunk.replace(/\n/g, itemStart) : chunk);
      await out.write(`${this.items === 0 || !this.pretty ? '' : `\n${indent}`}]${text.slice(at + marker.length)}\n`);
      await out.flush();
    } finally {
      this.remove();
    }
  }

  private spool(text: string): void {
    if (this.fd === undefined) {
      this.inMemory.push(text);
      return;
    }
    this.pending += text;
    if (this.pending.length >= SPOOL_BATCH) this.writePending();
  }

  private writePending(): void {
    if (this.fd !== undefined && this.pending !== '') fs.writeSync(this.fd, this.pending);
    this.pending = '';
  }

  private async *spooled(): AsyncGenerator<string> {
    if (this.fd === undefined) {
      yield* this.inMemory.splice(0);
      return;
    }
    this.writePending();
    // Read as UTF-8 text: a character split between two reads is joined again.
    yield* fs.createReadStream('', { fd: this.fd, start: 0, encoding: 'utf8', highWaterMark: SPOOL_BATCH, autoClose: false }) as AsyncIterable<string>;
  }

  private remove(): void {
    process.off('exit', this.removeAtExit);
    if (this.fd !== undefined) {
      try {
        fs.closeSync(this.fd);
      } catch {
        // Closed already.
      }
    }
    if (this.folder !== undefined) fs.rmSync(this.folder, { recursive: true, force: true });
  }
}
