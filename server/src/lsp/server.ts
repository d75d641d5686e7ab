import { type CodeActionParams, type Connection, type DocumentDiagnosticParams, type DocumentSymbolParams, type ExecuteCommandParams, type HoverParams, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { analyseSeed } from '../engine/analyse';
import { documentSymbols } from './symbols';
import { CorpusFixRequest, CorpusRequest, DuplicatesRequest, HeaderEditRequest, MetadataRequest, type CorpusFixParams, type DuplicatesParams, type HeaderEditParams, type InitializationOptions, type MetadataParams, type SeedMetadata } from '../protocol/protocol';
import { positionBeforeBom, pastBom } from './bomColumn';
import { duplicatePlaces } from './duplicatePlaces';
import { serverCapabilities } from './capabilities';
import { SeedChecker } from './checker';
import { clientFeaturesOf, type ClientFeatures } from './clientFeatures';
import { codeActions } from './codeActions';
import { executeCommand } from './commands';
import { CorpusLoader } from './corpusLoader';
import { corpusSummary } from './corpusSummary';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { SeedTexts } from './documents';
import { FindingsStore } from './findings';
import { findingHover } from './hover';
import { headerEdit } from './headerEdit';
import { corpusFix, findingsToFix } from './corpusFix';
import { shippedRuleDocs } from './shippedRuleDocs';
import { toDiagnostic } from '../edge/diagnostics';
import { Indexer } from './indexer';
import { LiveState } from './liveState';
import { documentReport, workspaceReport } from './pullDiagnostics';
import { all, guarded, hasPosition, hasTextDocument, hasUri, isCodeActionParams, isCommandParams, isCorpusFixParams, isHeaderEditParams } from './requestGuard';
import { Scheduler } from './scheduler';
import { cacheFolderFrom, Settings } from './settings';
import { onWatchedFilesChanged } from './watchedFiles';
import { FileWatchers } from './fileWatchers';
import { UserMessages } from './userMessages';
import { Corpora } from './workspace';

export interface ServerDeps {
  /** The clock rules compare dates with ("lies in the future"). */
  now?: () => Date;
  /** The connection writes `RawJson` values into messages as they are (see RAW_JSON_ENCODER); else they are parsed. */
  rawJsonMessages?: boolean;
}

/** Wires the LSP handlers to the engine; every handler delegates to one small module. */
export function startServer(connection: Connection, deps: ServerDeps = {}): void {
  connection.onInitialize((params): InitializeResult => {
    const features = clientFeaturesOf(params.capabilities, params.initializationOptions as InitializationOptions | undefined);
    wireHandlers(connection, features, workspaceFoldersOf(params), { now: deps.now ?? (() => new Date()), rawJsonMessages: deps.rawJsonMessages ?? false }, cacheFolderFrom(params.initializationOptions));
    return { capabilities: serverCapabilities(features), serverInfo: { name: 'seed-curator' } };
  });
}

const fsPathOf = (folder: { uri: string }) => URI.parse(folder.uri).fsPath;

function workspaceFoldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders) return params.workspaceFolders.map(fsPathOf);
  if (params.rootUri) return [URI.parse(params.rootUri).fsPath];
  return params.rootPath ? [params.rootPath] : [];
}

function wireHandlers(connection: Connection, features: ClientFeatures, workspaceFolders: string[], { now, rawJsonMessages }: Required<ServerDeps>, cacheFolder: string): void {
  const logError = (error: unknown) => connection.console.error(`Seed Curator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const corpora = new Corpora(workspaceFolders);
  const messages = new UserMessages(connection);
  const settings = new Settings(connection, features, () => corpora.workspaceFolders, (uri) => corpora.workspaceFolderOf(uri));
  const texts = new SeedTexts();
  const store = new FindingsStore();
  const publisher = new DiagnosticsPublisher(connection, { ...features, rawJsonMessages }, store, settings, () => live.changed());
  const checker = new SeedChecker(corpora, texts, store, publisher, settings, now);
  const indexer = new Indexer(connection, corpora, texts, checker, store, logError, cacheFolder);
  const live = new LiveState(connection, corpora, store, indexer);
  const scheduler = new Scheduler(logError);
  /** Notification handlers' promises are dropped by the connection: their failures are logged here. */
  const logged =
    <A extends unknown[]>(handler: (...args: A) => Promise<unknown>) =>
    (...args: A) =>
      void handler(...args).catch(logError);
  /** The client counts an open document's BOM as a column of line 0; the engine's positions do not. */
  const bomInDocument = (uri: string) => store.get(uri)?.bomInDocument ?? false;
  const refreshSoon = (uri: string, delay: number) => scheduler.schedule(uri, delay, (token) => checker.refresh(uri, token, uri));
  const watchers = features.watchedFilesRegistration ? new FileWatchers(connection, corpora, features.relativePatterns) : undefined;
  const loader = new CorpusLoader(corpora, indexer, texts, store, publisher, (uri) => refreshSoon(uri, 0), () => void watchers?.update().catch(logError), (corpus, effect) => checker.reconfigured(corpus, effect));

  connection.onInitialized(logged(async () => {
    if (features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(logged(({ added, removed }) => loader.changeWorkspaceFolders(added.map(fsPathOf), removed.map(fsPathOf))));
    }
    await settings.refresh();
    await loader.loadWorkspace();
  }));

  connection.onDidChangeConfiguration(logged(async ({ settings: pushed }) => {
    const { changed, corpusCheckTurnedOn } = await settings.refresh(pushed);
    if (corpusCheckTurnedOn) indexer.enqueue(corpora.all());
    if (changed) publisher.all();
  }));

  texts.open.onDidOpen(logged(async ({ document }) => {
    if (!corpora.corpusFor(document.uri)) await loader.corpusForNewSeed(document.uri);
    if (corpora.corpusFor(document.uri)) refreshSoon(document.uri, 0);
  }));
  texts.open.onDidChangeContent(({ document }) => {
    if (corpora.corpusFor(document.uri)) refreshSoon(document.uri, settings.for(document.uri).debounce);
  });
  // Closed, the seed is what is on disk again (unsaved edits are gone).
  texts.open.onDidClose(({ document }) => {
    if (loader.closeLoneSeed(document.uri)) return;
    if (corpora.corpusFor(document.uri)) refreshSoon(document.uri, 0);
  });
  texts.open.listen(connection);

  connection.onDidChangeWatchedFiles(logged(({ changes }) => onWatchedFilesChanged({ corpora, texts, loader, checker, scheduler }, changes)));
  // Deleted in the editor ("Delete this seed file", the explorer): its findings go now, even while its editor is open.
  connection.workspace.onDidDeleteFiles(({ files }) => files.forEach(({ uri }) => scheduler.schedule(uri, 0, (token) => checker.forget(uri, token))));

  connection.languages.diagnostics.on(guarded('textDocument/diagnostic', hasTextDocument, logError, async (params: DocumentDiagnosticParams) => {
    await scheduler.settled(params.textDocument.uri);
    return documentReport(store, params, (uri) => settings.for(uri).enable);
  }));
  connection.languages.diagnostics.onWorkspace((params) => workspaceReport(store, texts, params, (uri) => settings.for(uri).enable));

  connection.onCodeAction(guarded('textDocument/codeAction', isCodeActionParams, logError, async (params: CodeActionParams) => {
    const uri = params.textDocument.uri;
    await scheduler.flush(uri);
    const findings = store.get(uri);
    const read = findings?.seedFindings ? await texts.read(uri) : undefined;
    const corpus = corpora.corpusFor(uri);
    const place = corpus && { rootUri: corpus.rootUri, configUri: corpus.configUri, path: corpus.relativePath(uri) ?? uri };
    // Fixes are only valid for the text they were computed from.
    const current =
      findings?.seedFindings && read?.ok && findings.version === read.version
        ? { text: read.text.replace(/^\uFEFF/, ''), bomInDocument: findings.bomInDocument ?? false, seedFindings: findings.seedFindings, diagnostics: findings.diagnostics, corpus: place }
        : undefined;
    return codeActions(params, current, { clientConfirmsDeletes: features.confirmsSeedDeletes, extras: { docs: shippedRuleDocs(), compare: features.clientCommands } });
  }));

  connection.onExecuteCommand(guarded('workspace/executeCommand', isCommandParams, logError, (params: ExecuteCommandParams) => executeCommand({ connection, messages, features, texts, corpora, loader, indexer }, params)));

  connection.onHover(guarded('textDocument/hover', all(hasTextDocument, hasPosition), logError, async ({ textDocument, position }: HoverParams) => {
    await scheduler.flush(textDocument.uri);
    const bom = bomInDocument(textDocument.uri);
    const options = { markdown: features.markdownHover, commandLinks: features.clientCommands, docs: shippedRuleDocs() };
    const hover = await findingHover(texts, textDocument.uri, store.get(textDocument.uri)?.seedFindings ?? [], bom ? positionBeforeBom(position) : position, options, (at) => duplicatePlaces(corpora, texts, textDocument.uri, at));
    return hover?.range && bom ? { ...hover, range: pastBom(hover.range) } : hover;
  }));

  connection.onDocumentSymbol(guarded('textDocument/documentSymbol', hasTextDocument, logError, async ({ textDocument }: DocumentSymbolParams) => {
    const corpus = corpora.corpusFor(textDocument.uri);
    const read = texts.isOpen(textDocument.uri) ? await texts.read(textDocument.uri) : undefined;
    return read?.ok && corpus ? documentSymbols(analyseSeed(read.text, corpus.config), corpus.config) : null;
  }));

  connection.onRequest(MetadataRequest, guarded(MetadataRequest.method, hasUri, logError, async ({ uri }: MetadataParams): Promise<SeedMetadata | null> => {
    const corpus = corpora.corpusFor(uri);
    if (!corpus) return null;
    await scheduler.flush(uri);
    const read = await texts.read(uri);
    if (!read.ok) return null;
    const seed = analyseSeed(read.text, corpus.config);
    const { findings, metadata } = corpus.describe(uri, corpus.relativePath(uri) ?? uri, seed, now());
    return { ...metadata, problems: findings.map((finding) => toDiagnostic(finding, undefined, shippedRuleDocs())) };
  }));

  connection.onRequest(DuplicatesRequest, guarded(DuplicatesRequest.method, all(hasUri, hasPosition), logError, async ({ uri, position }: DuplicatesParams) => {
    await scheduler.flush(uri);
    const places = await duplicatePlaces(corpora, texts, uri, bomInDocument(uri) ? positionBeforeBom(position) : position);
    return places.length > 0 ? places.map((place) => (bomInDocument(place.uri) ? { ...place, range: pastBom(place.range) } : place)) : null;
  }));

  connection.onRequest(HeaderEditRequest, guarded(HeaderEditRequest.method, isHeaderEditParams, logError, async (params: HeaderEditParams) => {
    await scheduler.flush(params.uri);
    return headerEdit(corpora, texts, params);
  }));

  // An open seed's edits carry the version they were found in: applied to a newer text, they are refused.
  connection.onRequest(CorpusFixRequest, guarded(CorpusFixRequest.method, isCorpusFixParams, logError, async (params: CorpusFixParams) => corpusFix(await findingsToFix(params.rule, store, corpora.all(), texts), params)));

  connection.onRequest(CorpusRequest, () => corpusSummary(corpora.all(), (corpus) => live.seedFiles(corpus), live.unreadable()));
}
