import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { DidChangeConfigurationNotification, DidChangeWorkspaceFoldersNotification, DocumentSymbolRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { CorpusRequest, MetadataRequest } from '../../server/src/protocol/protocol';
import { codes, PUSH_CLIENT, TestClient, withCode } from './lspTestClient';

describe('language server, which files are seeds', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  const remove = (...files: string[]) => Promise.all(files.map((file) => fs.rm(path.join(client.folder, file))));

  it('gives a workspace with neither config nor *.seed files no corpus and no diagnostics', async () => {
    client = new TestClient();
    await remove('.seedcurator.json', 'market-square.seed');
    await client.start(PUSH_CLIENT, { hasCorpus: false });
    const uri = client.uri('harbour-bridge.txt');
    await client.openSeed('harbour-bridge.txt');
    assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
    assert.deepEqual((await client.connection.sendRequest(CorpusRequest, {})).roots, []);
    assert.equal(client.pushed.size, 0);
  });

  it('checks the *.seed files of a folder without config, and only them', async () => {
    client = new TestClient();
    await remove('.seedcurator.json');
    await fs.copyFile(path.join(client.folder, 'ferry-timetable.txt'), path.join(client.folder, 'ferry.seed'));
    await client.start(PUSH_CLIENT);
    assert.deepEqual(codes(await client.diagnostics(client.uri('ferry.seed'))), ['missing-date']);
    const corpus = await client.connection.sendRequest(CorpusRequest, {});
    assert.deepEqual(corpus.roots.map((root) => root.seeds), [2]);
    assert.equal(await client.connection.sendRequest(MetadataRequest, { uri: client.uri('ferry-timetable.txt') }), null);
    assert.ok(!client.pushed.has(client.uri('ferry-timetable.txt')));
  });

  it('follows workspace folders removed and added while it runs', async () => {
    client = new TestClient();
    await client.start({ ...PUSH_CLIENT, workspace: { ...PUSH_CLIENT.workspace, workspaceFolders: true } });
    const uri = client.uri('ferry-timetable.txt');
    await client.diagnostics(uri, withCode('missing-date'));
    const folder = { uri: URI.file(client.folder).toString(), name: 'corpus' };
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [folder] } });
    await client.diagnostics(uri, (diagnostics) => diagnostics.length === 0);
    assert.deepEqual((await client.connection.sendRequest(CorpusRequest, {})).roots, []);
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder], removed: [] } });
    await client.diagnostics(uri, withCode('missing-date'));
  });

  it('reads settings per workspace folder', async () => {
    client = new TestClient();
    const folderUri = URI.file(client.folder).toString();
    client.folderSettings.set(folderUri, { enable: false });
    await client.start(PUSH_CLIENT);
    const uri = client.uri('ferry-timetable.txt');
    assert.deepEqual(await client.diagnostics(uri), []);
    client.folderSettings.set(folderUri, { enable: true });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await client.diagnostics(uri, withCode('missing-date'));
  });

  it('checks only open seeds when seedCurator.checkCorpus is off', async () => {
    client = new TestClient();
    client.settings = { checkCorpus: false };
    await client.start(PUSH_CLIENT);
    assert.equal(client.pushed.size, 0);
    const uri = client.uri('harbour-bridge-reopens.txt');
    await client.openSeed('harbour-bridge-reopens.txt');
    // The index still holds the closed twin, so the open seed sees the corpus duplicate.
    await client.diagnostics(uri, withCode('corpus-duplicate'));
    assert.deepEqual([...client.pushed.keys()], [uri]);
  });
});
