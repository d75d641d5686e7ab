import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IndexStateNotification, type IndexState } from '../../server/src/protocol/protocol';
import { createLanguageClient, findServerModule } from './client';
import type { CorpusLayout } from './corpusLayout';

const HAS_CORPUS_CONTEXT_KEY = 'seedCurator.hasCorpus';

/**
 * What commands, views and the status item share: the extension, its log, the running language
 * client (replaced when the corpus layout changes) and the events they react to.
 */
export class SeedCuratorContext implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Seed Curator', { log: true });
  private started: LanguageClient | undefined;
  private currentLayout: CorpusLayout = { roots: [] };
  /** Starts and stops run one after another, so a layout change during a start waits for it. */
  private lifecycle = Promise.resolve();
  private readonly clientChanged = new vscode.EventEmitter<LanguageClient | undefined>();
  private readonly indexStateChanged = new vscode.EventEmitter<IndexState>();
  /** Fires once a new client is running, and with undefined when it stops. */
  readonly onDidChangeClient = this.clientChanged.event;
  readonly onDidChangeIndexState = this.indexStateChanged.event;

  constructor(readonly extension: vscode.ExtensionContext) {}

  get client(): LanguageClient | undefined {
    return this.started;
  }

  get layout(): CorpusLayout {
    return this.currentLayout;
  }

  /** Starts a client for this layout, stopping the one before (its document selector is stale). */
  start(layout: CorpusLayout): Promise<void> {
    return this.serialize(() => this.replaceClient(layout));
  }

  restart(): Promise<void> {
    return this.start(this.currentLayout);
  }

  stop(): Promise<void> {
    return this.serialize(() => this.stopClient());
  }

  async dispose(): Promise<void> {
    await this.stop();
    this.clientChanged.dispose();
    this.indexStateChanged.dispose();
    this.output.dispose();
  }

  /** Tells the user something went wrong, offering the log where the details are. */
  showProblem(message: string): void {
    void vscode.window.showWarningMessage(`Seed Curator: ${message}`, 'Show Output').then((choice) => choice && this.output.show());
  }

  private serialize(step: () => Promise<void>): Promise<void> {
    const next = this.lifecycle.then(step);
    // A failed step must not stop the ones queued after it.
    this.lifecycle = next.catch(() => undefined);
    return next;
  }

  private async replaceClient(layout: CorpusLayout): Promise<void> {
    this.currentLayout = layout;
    await vscode.commands.executeCommand('setContext', HAS_CORPUS_CONTEXT_KEY, layout.roots.length > 0);
    await this.stopClient();
    const serverModule = findServerModule(this.extension, this.output);
    if (!serverModule) {
      this.showProblem('the language server is missing.');
      return;
    }
    const started = createLanguageClient(serverModule, layout, this.output, this.extension.storageUri?.fsPath);
    started.onNotification(IndexStateNotification, (state) => this.indexStateChanged.fire(state));
    this.started = started;
    this.output.info(`Starting the language server for ${describeLayout(layout)}.`);
    try {
      await started.start();
    } catch (error) {
      // The client has logged the details; the views stay empty until a restart.
      this.output.error(`The language server did not start: ${String(error)}`);
      this.showProblem('the language server did not start.');
      return;
    }
    this.clientChanged.fire(started);
  }

  private async stopClient(): Promise<void> {
    const started = this.started;
    if (!started) return;
    this.started = undefined;
    this.clientChanged.fire(undefined);
        try {
      await started.stop();
    } catch (error) {
      this.output.warn(`The language server did not stop cleanly: ${String(error)}`);
    }
  }
}

function describeLayout(layout: CorpusLayout): string {
  if (layout.roots.length === 0) return 'the *.seed files of the workspace (no .seedcurator.json found)';
  return layout.roots.map((root) => `${vscode.workspace.asRelativePath(root.folder)} (${root.include.join(', ')})`).join('; ');
}
