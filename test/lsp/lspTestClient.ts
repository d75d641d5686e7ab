/**
 * A minimal LSP client for the tests: starts `seed-curator-lsp --stdio` as a child process and
 * speaks to it as an editor does, answering the server's requests (progress, registration,
 * configuration, applyEdit, showDocument, refresh) and recording what it is sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, promises as fs, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type Registration,
  type ShowDocumentParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import picomatch from 'picomatch';
import { CONFIG_FILE } from '../../server/src/protocol/configFile';
import { URI } from 'vscode-uri';
import { IndexStateNotification, type IndexState, type InitializationOptions, type ServerSettings } from '../../server/src/protocol/protocol';

const REPO = path.resolve(__dirname, '../../..');
const SERVER = path.join(REPO, 'bin/seed-curator-lsp.js');
export const LSP_CORPUS = path.join(REPO, 'test/workspaces/lsp-corpus');

/** A failure guard only: every wait resolves on the message it waits for. */
const DEADLINE_MS = 20_000;

const common: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true },
  window: { workDoneProgress: true, showDocument: { support: true } },
};

/** An editor that takes diagnostics as they are pushed. */
export const PUSH_CLIENT: ClientCapabilities = common;

/** VS Code's way: watchers may be globs relative to a folder. */
export const RELATIVE_WATCHER_CLIENT: ClientCapabilities = {
  ...common,
  workspace: { ...common.workspace, didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
};

/** An editor that pulls diagnostics (LSP 3.17) and re-pulls on refresh. */
export const PULL_CLIENT: ClientCapabilities = {
  ...common,
  textDocument: { ...common.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...common.workspace, diagnostics: { refreshSupport: true } },
};

/** An editor that offers no optional server-to-client requests at all. */
export const BARE_CLIENT: ClientCapabilities = { textDocument: { publishDiagnostics: {} } };

/** How many seeds had diagnostics pushed, and the index states received by then. */
export interface PublishedSeeds {
  seeds: number;
  indexStates: IndexState[];
}

interface Waiter<T> {
  matches: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class TestClient {
  readonly folder: string;
  readonly connection: ProtocolConnection;
  readonly registrations: Registration[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  refreshes = 0;
  settings: Partial<ServerSettings> = {};
  /** Settings of one workspace folder, by its uri, over the global `settings`. */
  readonly folderSettings = new Map<string, Partial<ServerSettings>>();
  private readonly latest = new Map<string, Diagnostic[]>();
  private readonly seedsPublished = new Set<string>();
  private readonly diagnosticWaiters = new Map<string, Waiter<Diagnostic[]>[]>();
  private readonly indexWaiters: Waiter<IndexState>[] = [];
  private readonly publishedWaiters: Waiter<PublishedSeeds>[] = [];
  private readonly refreshWaiters: (() => void)[] = [];
  private readonly open = new Map<string, TextDocument>();
  private readonly child: ChildProcess;

  /** Where the server is told to keep its analysis cache: a folder of the test's own, never the user's. */
  readonly cacheFolder: string;
  /** Folders made for this client, removed when it stops. */
  private readonly ownFolders: string[] = [];

  /**
   * Starts the server on a fresh copy of a workspace folder, or, with `inPlace`, on the folder
   * itself; with a fresh cache folder unless given one (benches start a second server warm).
   */
  constructor(workspace = LSP_CORPUS, { inPlace = false, cacheFolder = undefined as string | undefined } = {}) {
    this.folder = inPlace ? workspace : this.ownFolder('seed-curator-lsp-');
    if (!inPlace) cpSync(workspace, this.folder, { recursive: true });
    this.cacheFolder = cacheFolder ?? this.ownFolder('seed-curator-lsp-cache-');
    this.child = spawn(process.execPath, [...(process.env.SEED_CURATOR_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.SEED_CURATOR_PROFILE, '--cpu-prof-interval', '500'] : []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => this.received(uri, diagnostics));
    this.connection.onNotification(IndexStateNotification, (state) => {
      this.indexStates.push(state);
      settle(this.indexWaiters, state);
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => void this.registrations.push(...registrations));
    this.connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map((item) => ({ ...this.settings, ...(item.scopeUri ? this.folderSettings.get(item.scopeUri) : {}) })));
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, async ({ edit }) => ({ applied: await this.applyToDisk(edit) }));
    this.connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.refreshWaiters.splice(0).forEach((resolve) => resolve());
    });
    this.connection.listen();
  }

  /** The server's process id, for benchmarks that read its memory. */
  get serverPid(): number | undefined {
    return this.child.pid;
  }

  uri(relative: string): string {
    return URI.file(path.join(this.folder, relative)).toString();
  }

  /** Initialises with these capabilities and resolves once the whole corpus is indexed (when it has one). */
  async start(capabilities: ClientCapabilities, { hasCorpus = true, initializationOptions = undefined as InitializationOptions | undefined } = {}): Promise<InitializeResult> {
    const ready = hasCorpus ? this.indexState((state) => state.state === 'ready') : Promise.resolve();
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: URI.file(this.folder).toString(),
      workspaceFolders: [{ uri: URI.file(this.folder).toString(), name: 'corpus' }],
      capabilities,
      initializationOptions: { cacheFolder: this.cacheFolder, ...initializationOptions },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    await ready;
    return result;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise((resolve) => (this.child.exitCode !== null ? resolve(undefined) : this.child.once('exit', resolve)));
    this.connection.dispose();
    for (const folder of this.ownFolders) rmSync(folder, { recursive: true, force: true });
  }

  private ownFolder(prefix: string): string {
    const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.ownFolders.push(folder);
    return folder;
  }

  /** Every `seedCurator/indexState` received, in order. */
  readonly indexStates: IndexState[] = [];

  /** How many times diagnostics were pushed for each file. */
  readonly publishes = new Map<string, number>();

  /** The last diagnostics pushed for each file. */
  get pushed(): ReadonlyMap<string, Diagnostic[]> {
    return this.latest;
  }

  /** The next (or current) diagnostics of a file that satisfy the predicate. */
  diagnostics(uri: string, matches: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const current = this.latest.get(uri);
    if (current && matches(current)) return Promise.resolve(current);
    return guard(`diagnostics of ${uri}`, new Promise((resolve) => this.diagnosticWaitersOf(uri).push({ matches, resolve })));
  }

  /** `deadlineMs` longer than the tests' is for benches, whose large corpora take minutes to index. */
  indexState(matches: (state: IndexState) => boolean, deadlineMs = DEADLINE_MS): Promise<IndexState> {
    return guard('index state', new Promise((resolve) => this.indexWaiters.push({ matches, resolve })), deadlineMs);
  }

  /**
   * Resolves once diagnostics were pushed for `seeds` seeds (files other than configs), with the
   * index states received until then; `deadlineMs` as for `indexState`.
   */
  publishedFor(seeds: number, deadlineMs = DEADLINE_MS): Promise<PublishedSeeds> {
    if (this.seedsPublished.size >= seeds) return Promise.resolve({ seeds: this.seedsPublished.size, indexStates: [...this.indexStates] });
    return guard('diagnostics of every seed', new Promise((resolve) => this.publishedWaiters.push({ matches: (published) => published.seeds >= seeds, resolve })), deadlineMs);
  }

  nextRefresh(): Promise<void> {
    return guard('a diagnostic refresh', new Promise((resolve) => this.refreshWaiters.push(resolve)));
  }

  /** Starts as a push client, opens a seed and resolves with its uri once a finding of `code` is in: where editing tests begin. */
  async startWithOpenSeed(relative: string, code: string): Promise<string> {
    await this.start(PUSH_CLIENT);
    const uri = this.uri(relative);
    await this.openSeed(relative);
    await this.diagnostics(uri, withCode(code));
    return uri;
  }

  async openSeed(relative: string): Promise<TextDocument> {
    const uri = this.uri(relative);
    const document = TextDocument.create(uri, 'seed', 1, await fs.readFile(URI.parse(uri).fsPath, 'utf8'));
    this.open.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'seed', version: 1, text: document.getText() } });
    return document;
  }

  /** Edits an open seed as a user would, sending the change incrementally. */
  async edit(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const before = this.open.get(uri)!;
    const after = TextDocument.create(uri, 'seed', before.version + 1, TextDocument.applyEdits(before, edits));
    this.open.set(uri, after);
    // Sent last edit first, so each range still refers to the text the server has.
    const changes = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character).map((edit) => ({ range: edit.range, text: edit.newText }));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: after.version }, contentChanges: changes });
    return after;
  }

  async close(uri: string): Promise<void> {
    this.open.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    return this.open.get(uri)!;
  }

  /** Writes (or deletes, with `undefined`) a file and tells the server, as a file watcher would. */
  async changeOnDisk(relative: string, text: string | undefined): Promise<string> {
    const file = path.join(this.folder, relative);
    const existed = await fs.access(file).then(() => true, () => false);
    if (text === undefined) await fs.rm(file);
    else await fs.writeFile(file, text);
    const type = text === undefined ? FileChangeType.Deleted : existed ? FileChangeType.Changed : FileChangeType.Created;
    const uri = this.uri(relative);
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });
    return uri;
  }

  /**
   * Writes a file and tells the server as VS Code does: one event for every registered watcher
   * whose glob matches it, so that watchers that overlap would tell of one change twice.
   */
  async changeOnDiskAsWatched(relative: string, text: string): Promise<string> {
    const file = path.join(this.folder, relative);
    await fs.writeFile(file, text);
    const uri = this.uri(relative);
    const watchers = this.registrations
      .filter((registration) => registration.method === DidChangeWatchedFilesNotification.method)
      .flatMap((registration) => (registration.registerOptions as { watchers: { globPattern: string | { baseUri: string; pattern: string } }[] }).watchers);
    for (const { globPattern } of watchers) {
      const [base, pattern] = typeof globPattern === 'string' ? ['/', globPattern] : [URI.parse(globPattern.baseUri).fsPath, globPattern.pattern];
      const relativeToBase = path.relative(base, file);
      if (relativeToBase.startsWith('..') || !picomatch(pattern, { dot: true })(typeof globPattern === 'string' ? file : relativeToBase.split(path.sep).join('/'))) continue;
      await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    }
    return uri;
  }

  /** Applies a workspace edit: to the open document when there is one (and tells the server), else to the file. */
  async applyEdit(edit: WorkspaceEdit): Promise<void> {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      if (this.open.has(uri)) await this.edit(uri, edits);
      else await this.applyToDisk({ changes: { [uri]: edits } });
    }
  }

  private async applyToDisk(edit: WorkspaceEdit): Promise<boolean> {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const file = URI.parse(uri).fsPath;
      const document = TextDocument.create(uri, 'json', 0, await fs.readFile(file, 'utf8'));
      await fs.writeFile(file, TextDocument.applyEdits(document, edits));
    }
    return true;
  }

  private received(uri: string, diagnostics: Diagnostic[]): void {
    this.publishes.set(uri, (this.publishes.get(uri) ?? 0) + 1);
    this.latest.set(uri, diagnostics);
    settle(this.diagnosticWaitersOf(uri), diagnostics);
    if (!uri.endsWith(CONFIG_FILE)) this.seedsPublished.add(uri);
    settle(this.publishedWaiters, { seeds: this.seedsPublished.size, indexStates: [...this.indexStates] });
  }

  private diagnosticWaitersOf(uri: string): Waiter<Diagnostic[]>[] {
    let waiters = this.diagnosticWaiters.get(uri);
    if (!waiters) this.diagnosticWaiters.set(uri, (waiters = []));
    return waiters;
  }
}

function settle<T>(waiters: Waiter<T>[], value: T): void {
  for (const waiter of waiters.splice(0)) {
    if (waiter.matches(value)) waiter.resolve(value);
    else waiters.push(waiter);
  }
}

function guard<T>(what: string, promise: Promise<T>, deadlineMs = DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Gave up waiting for ${what}`)), deadlineMs)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);
export const withCode = (code: string) => (diagnostics: readonly Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);
export const withoutCode = (code: string) => (diagnostics: readonly Diagnostic[]) => !diagnostics.some((diagnostic) => diagnostic.code === code);
export const messageOf = (diagnostic: Diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
