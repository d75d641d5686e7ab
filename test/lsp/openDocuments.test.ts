import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { CorpusRequest, MetadataRequest } from '../../server/src/protocol/protocol';
import { codes, messageOf, PUSH_CLIENT, TestClient, withCode } from './lspTestClient';

const PARAGRAPH = 'The ferry to the islands leaves the harbour at seven every morning, weather permitting, all year round.';
const SEED = `---\ntitle: Island ferry\ndate: 2021-03-09\nlang: en\n---\n${PARAGRAPH}\n\n${PARAGRAPH}\n`;

describe('language server, open documents', () => {
  let client: TestClient;
  let outside: string | undefined;
  afterEach(async () => {
    await client.stop();
    if (outside) rmSync(outside, { recursive: true, force: true });
    outside = undefined;
  });

  it('holds an open document to the size limit of files: "too large to check", no analysis, requests answered', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const uri = client.uri('dump.seed');
    const text = `${SEED}${`${PARAGRAPH}\n\n`.repeat(Math.ceil((21 * 1024 * 1024) / (PARAGRAPH.length + 2)))}`;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'seed', version: 1, text } });
    const [tooLarge] = await client.diagnostics(uri, withCode('unreadable'));
    assert.match(messageOf(tooLarge), /too large to check \(2\d MB; the limit is 20 MB\)/);
    assert.equal(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
    assert.equal(await client.connection.sendRequest(MetadataRequest, { uri }), null);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 3 } }), null);
  });

  it('checks a seed opened from outside the workspace alone, never indexing its folder, and forgets it when closed', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    outside = mkdtempSync(path.join(os.tmpdir(), 'seed-curator-outside-'));
    mkdirSync(path.join(outside, 'deep'));
    writeFileSync(path.join(outside, 'lone.seed'), SEED);
    writeFileSync(path.join(outside, 'deep', 'twin.seed'), SEED);
    const relative = path.relative(client.folder, path.join(outside, 'lone.seed'));
    const uri = client.uri(relative);
    await client.openSeed(relative);
    assert.ok(codes(await client.diagnostics(uri, withCode('duplicate-passage'))).every((code) => code !== 'corpus-duplicate'), 'its twin in the folder below is not read');
    const summary = await client.connection.sendRequest(CorpusRequest, {});
    assert.ok(!JSON.stringify(summary).includes(outside), 'no corpus of the outside folder');
    assert.equal(client.pushed.get(URI.file(path.join(outside, 'deep', 'twin.seed')).toString()), undefined);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri, (diagnostics) => diagnostics.length === 0), []);
  });

  it('gives a document that is no file on disk no corpus', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const before = JSON.stringify(await client.connection.sendRequest(CorpusRequest, {}));
    const uri = 'untitled:Untitled-1.seed';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'seed', version: 1, text: SEED } });
    assert.equal(await client.connection.sendRequest(MetadataRequest, { uri }), null, 'no corpus holds it');
    assert.equal(JSON.stringify(await client.connection.sendRequest(CorpusRequest, {})), before);
  });

  it('clears "cannot be checked" when a seed is deleted, then closed', async () => {
    client = new TestClient();
    const uri = await client.startWithOpenSeed('harbour-bridge-reopens.txt', 'duplicate-passage');
    await client.changeOnDisk('harbour-bridge-reopens.txt', undefined);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri, (diagnostics) => diagnostics.length === 0), []);
  });

  it('answers seedCurator/metadata for a url header that is no URI, offering a link only for a web address', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    for (const [url, link] of [
      ['http://[not a uri', undefined],
      ['::::', undefined],
      ['command:workbench.action.quit', undefined],
      ['https://example.org/ferry news', 'https://example.org/ferry%20news'],
    ] as const) {
      writeFileSync(path.join(client.folder, 'linked.seed'), SEED.replace('lang: en', `lang: en\nurl: "${url}"`));
      const metadata = await client.connection.sendRequest(MetadataRequest, { uri: client.uri('linked.seed') });
      assert.equal(metadata?.url, url);
      assert.equal(metadata?.link, link);
    }
  });
});
