import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import {
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  DidDeleteFilesNotification,
  WorkspaceDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { codes, PULL_CLIENT, TestClient } from './lspTestClient';

describe('language server, pulled diagnostics', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  const pullDocument = async (uri: string, previousResultId?: string) =>
    client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  const pullWorkspace = async (previousResultIds: { uri: string; value: string }[] = []) =>
    (await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds })).items;

  it('announces pull diagnostics with inter-file dependencies and never pushes', async () => {
    client = new TestClient();
    const { capabilities } = await client.start(PULL_CLIENT);
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'seed-curator', interFileDependencies: true, workspaceDiagnostics: true });

    const workspace = (await pullWorkspace()) as WorkspaceFullDocumentDiagnosticReport[];
    const bridge = workspace.find((report) => report.uri === client.uri('harbour-bridge.txt'))!;
    assert.deepEqual(codes(bridge.items), ['corpus-duplicate', 'boilerplate']);
    assert.deepEqual(codes(workspace.find((report) => report.uri === client.uri('ferry-timetable.txt'))!.items), ['missing-date']);

    const uri = client.uri('harbour-bridge-reopens.txt');
    await client.openSeed('harbour-bridge-reopens.txt');
    const report = (await pullDocument(uri)) as FullDocumentDiagnosticReport;
    assert.deepEqual(codes(report.items), ['corpus-duplicate', 'duplicate-passage']);
    assert.equal((await pullDocument(uri, report.resultId)).kind, DocumentDiagnosticReportKind.Unchanged);
    assert.equal(client.pushed.size, 0);
  });

  it('asks the client to refresh when an edit changes another seed\'s findings', async () => {
    client = new TestClient();
    await client.start(PULL_CLIENT);
    const before = await pullWorkspace();
    const uri = client.uri('harbour-bridge-reopens.txt');
    await client.openSeed('harbour-bridge-reopens.txt');
    const refreshed = client.nextRefresh();
    await client.edit(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } }, newText: '' }]);
    // The pull of the edited seed waits for its debounced check.
    assert.deepEqual(codes(((await pullDocument(uri)) as FullDocumentDiagnosticReport).items), ['duplicate-passage']);
    await refreshed;

    const after = await pullWorkspace(before.map((report) => ({ uri: report.uri, value: report.resultId! })));
    const bridge = after.find((report) => report.uri === client.uri('harbour-bridge.txt')) as WorkspaceFullDocumentDiagnosticReport;
    assert.equal(bridge.kind, DocumentDiagnosticReportKind.Full);
    assert.deepEqual(codes(bridge.items), ['boilerplate']);
    assert.equal(after.find((report) => report.uri === client.uri('ferry-timetable.txt'))?.kind, DocumentDiagnosticReportKind.Unchanged);
  });

  it('clears a seed deleted in the editor once, even for a client that no longer names it', async () => {
    client = new TestClient();
    await client.start(PULL_CLIENT);
    const uri = client.uri('ferry-timetable.txt');
    await client.openSeed('ferry-timetable.txt');
    assert.deepEqual(codes(((await pullDocument(uri)) as FullDocumentDiagnosticReport).items), ['missing-date']);
    // VS Code closes the document and forgets its result id as the file is deleted.
    await fs.rm(URI.parse(uri).fsPath);
    await client.close(uri);
    await client.connection.sendNotification(DidDeleteFilesNotification.type, { files: [{ uri }] });
    // Answered once the seed is forgotten.
    await pullDocument(uri);
    const cleared = (await pullWorkspace()).find((report) => report.uri === uri) as WorkspaceFullDocumentDiagnosticReport | undefined;
    assert.deepEqual(cleared && { kind: cleared.kind, items: cleared.items }, { kind: DocumentDiagnosticReportKind.Full, items: [] });
    assert.equal((await pullWorkspace()).find((report) => report.uri === uri), undefined, 'reported once');
  });
});
