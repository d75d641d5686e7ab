import type { Connection } from 'vscode-languageserver/node';
import type { ClientFeatures } from './clientFeatures';
import type { FindingsStore } from './findings';
import type { Settings } from './settings';

/**
 * Longest wait for pushed messages to be written: a client that stops reading (its connection still
 * open) must not stop the server's indexing; past it, messages queue again.
 */
const WRITE_WAIT_MS = 1000;

/**
 * Delivers changed findings: pushed with `textDocument/publishDiagnostics` to clients that do not
 * pull, and announced with `workspace/diagnostic/refresh` to clients that pull and can refresh.
 */
export class DiagnosticsPublisher {
  private refreshQueued = false;

  constructor(
    private readonly connection: Connection,
    private readonly features: ClientFeatures,
    private readonly store: FindingsStore,
    private readonly settings: Settings,
    /** Told of every change, delivered or not, so that what counts findings can follow. */
    private readonly onChanged: () => void = () => undefined,
  ) {}

  /**
   * `pulledBy` is the document whose pending pull request answers for itself. Resolves once what
   * is pushed has been written out (over stdio or a socket; a message over node IPC counts as
   * written when sent), or after WRITE_WAIT_MS: a caller publishing a whole corpus waits for that
   * between batches, or the messages would queue in memory (120 MB of them for 20,000 generated
   * seeds) and every answer to a request would wait behind them.
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
      const diagnostics = findings && this.settings.for(uri).enable ? findings.diagnostics : [];
      // Messages are written in order: the last one written means all were.
      written = this.connection.sendDiagnostics({ uri, version: findings?.version, diagnostics }).catch(() => undefined);
    }
    return writtenOrLate(written);
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
