import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { ClientFeatures } from './clientFeatures';
import type { FindingsStore } from './findings';
import { RawJson } from './rawJson';
import type { Settings } from './settings';

/** How findings reach the client: what it asks for, and what the connection can write (see RAW_JSON_ENCODER). */
export type Delivery = Pick<ClientFeatures, 'pullDiagnostics' | 'diagnosticRefresh' | 'configuration'> & { rawJsonMessages?: boolean };

/**
 * Longest wait for pushed messages to be written: a client that stops reading (its connection still
 * open) must not stop the server's indexing; past it, messages queue again.
 */
const WRITE_WAIT_MS = 1000;

/**
 * Diagnostics pushed before the server asks whether the client has read them (see
 * `changedAndRead`): a round trip per batch of the BBC articles' few findings cost a warm start
 * more than their reading, and a megabyte takes a client some 50 ms to read here.
 */
const UNREAD_BYTES = 1 << 20;

/**
 * Delivers changed findings: pushed with `textDocument/publishDiagnostics` to clients that do not
 * pull, and announced with `workspace/diagnostic/refresh` to clients that pull and can refresh.
 */
export class DiagnosticsPublisher {
  private refreshQueued = false;
  /** Bytes of diagnostics pushed since the client last said it had read what came before them. */
  private unread = 0;

  constructor(
    private readonly connection: Connection,
    private readonly features: Delivery,
    private readonly store: FindingsStore,
    private readonly settings: Settings,
    /** Told of every change, delivered or not, so that what counts findings can follow. */
    private readonly onChanged: () => void = () => undefined,
  ) {}

  /**
   * `pulledBy` is the document whose pending pull request answers for itself. Resolves once what
   * is pushed has been written out (over stdio or a socket; a message over node IPC counts as
   * written when sent), or after WRITE_WAIT_MS.
   */
  changed(uris: readonly string[], pulledBy?: string): Promise<void> {
    if (uris.length > 0) this.onChanged();
    if (this.features.pullDiagnostics) {
      if (uris.some((uri) => uri !== pulledBy)) this.queueRefresh();
      return Promise.resolve();
    }
    let written = Promise.resolve();
    for (const uri of uris) {
      const findings = this.store.get(uri);
      const shown = findings && this.settings.for(uri).enable ? findings.shown : undefined;
      // The store's JSON as it is, where the connection writes it so; else parsed, to be serialised again.
      const diagnostics = !shown ? [] : this.features.rawJsonMessages ? (new RawJson(shown.json) as unknown as Diagnostic[]) : shown.diagnostics();
      this.unread += shown?.json.length ?? 0;
      // Messages are written in order: the last one written means all were.
      written = this.connection.sendDiagnostics({ uri, version: findings?.version, diagnostics }).catch(() => undefined);
    }
    return writtenOrLate(written);
  }

  /**
   * As `changed`, but once UNREAD_BYTES at least were pushed since the client last said it had
   * read them, resolves once it has read these (see `readByClient`), or after WRITE_WAIT_MS.
   */
  changedAndRead(uris: readonly string[]): Promise<void> {
    const written = this.changed(uris);
    if (this.features.pullDiagnostics || this.unread < UNREAD_BYTES) return written;
    this.unread = 0;
    return writtenOrLate(written.then(() => this.readByClient()));
  }

  /**
   * Resolves once the client has read the messages sent before: it answers a request after them.
   * A caller publishing a whole corpus waits for that between batches, or the messages would queue
   * (120 MB of them for 20,000 generated seeds) and every answer to a request would wait behind them.
   * A message written out is not yet read: vscode-jsonrpc reads every message that arrives and
   * handles them one at a time, so a client slower than the server queued a warm start's findings
   * in its memory, and a hover's answer behind them waited a second. The request is one every
   * client that can be asked for its settings answers at once: settings of no item.
   */
  private readByClient(): Promise<void> {
    if (!this.features.configuration) return Promise.resolve();
    return this.connection.workspace.getConfiguration([]).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Every stored finding again, e.g. after the `enable` setting changed. */
  all(): void {
    void this.changed([...this.store.entries()].map(([uri]) => uri));
  }

  private queueRefresh(): void {
    if (!this.features.diagnosticRefresh || this.refreshQueued) return;
    // One refresh for a burst of changes: the client re-pulls everything anyway.
    this.refreshQueued = true;
    setImmediate(() => {
      this.refreshQueued = false;
      this.connection.languages.diagnostics.refresh().catch(() => undefined);
    });
  }
}

function writtenOrLate(written: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, WRITE_WAIT_MS).unref()));
  return Promise.race([written, late]).finally(() => clearTimeout(timer));
}
