import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  ErrorCodes,
  ExecuteCommandRequest,
  HoverRequest,
  ResponseError,
  ShowMessageNotification,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { MetadataRequest, ServerCommands } from '../../server/src/protocol/protocol';
import { PUSH_CLIENT, TestClient } from '../lsp/lspTestClient';

const REPEATED = 'Repairs to the western side are expected to last until the summer, according to the regional roads authority.';
const BODY_START = { line: 4, character: 0 };

/** A new paragraph at the top of the body: every later finding moves down two lines. */
const paragraphOnTop = (i: number): TextEdit => ({ range: { start: BODY_START, end: BODY_START }, newText: `Paragraph ${i} of the flood.\n\n` });

/** The repeat's finding lies where the repeat is in this text: no earlier text has it there. */
const repeatFoundIn = (client: TestClient, uri: string) => (diagnostics: Diagnostic[]) =>
  diagnostics.some((d) => d.code === 'duplicate-passage' && client.document(uri).getText(d.range) === REPEATED);

function rssMegabytes(pid: number): number {
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
  return Math.round(kilobytes / 1024);
}

describe('language server, a hostile or careless client', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  it('survives edits for unopened documents and out-of-range edits, cancelled requests, a document closed mid-request', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: client.uri('never-opened.txt'), version: 7 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, text: 'x' }] });
    const uri = client.uri('harbour-bridge-reopens.txt');
    await client.openSeed('harbour-bridge-reopens.txt');
    const far = { line: 9999, character: 9999 };
    await client.edit(uri, [{ range: { start: far, end: far }, newText: `\n\n${REPEATED}\n` }]);

    const cancelled = new CancellationTokenSource();
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 3 } }, cancelled.token);
    cancelled.cancel();
    await hover.catch(() => undefined);

    const actions = client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: BODY_START, end: BODY_START }, context: { diagnostics: [], only: ['source.fixAll'] } });
    await client.close(uri);
    await actions;

    await client.openSeed('harbour-bridge-reopens.txt');
    await client.edit(uri, [paragraphOnTop(1)]);
    await client.diagnostics(uri, repeatFoundIn(client, uri));
  });

  it('answers malformed params with InvalidParams, never the engine\'s TypeError, and goes on answering', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    for (const [method, params] of [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: client.uri('harbour-bridge.txt') } }],
      ['textDocument/documentSymbol', null],
      ['textDocument/diagnostic', { textDocument: {} }],
      ['seedCurator/metadata', { uri: ['not', 'a', 'uri'] }],
      ['seedCurator/duplicates', { uri: client.uri('harbour-bridge.txt') }],
      ['workspace/executeCommand', { arguments: 'none' }],
    ] as const) {
      const error = await client.connection.sendRequest(method, params).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof ResponseError, `${method} is refused`);
      assert.equal(error.code, ErrorCodes.InvalidParams, `${method}: ${error.message}`);
      assert.doesNotMatch(error.message, /TypeError|Cannot read|undefined/);
    }
    // Well-formed, but an argument the command cannot use: a short message, the stack in the log.
    const failed = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.openLocation, arguments: [] }).then(() => undefined, (e: unknown) => e);
    assert.ok(failed instanceof ResponseError);
    assert.doesNotMatch(failed.message, /TypeError|Cannot read/);
    assert.ok(await client.connection.sendRequest(MetadataRequest, { uri: client.uri('harbour-bridge.txt') }));
  });

  it('tells of a failed command with window/showMessage, which a client cannot decline, and keeps running', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const shown = new Promise<string>((resolve) => client.connection.onNotification(ShowMessageNotification.type, ({ message }) => resolve(message)));
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'seedCurator.noSuchCommand', arguments: [] });
    assert.match(await shown, /does not know the command seedCurator\.noSuchCommand/);
    assert.ok(await client.connection.sendRequest(MetadataRequest, { uri: client.uri('harbour-bridge.txt') }), 'the server still answers');
  });

  it('stays responsive under 2,000 edits of one document, and its last diagnostics are those of the last text', async () => {
    client = new TestClient();
    const uri = await client.startWithOpenSeed('harbour-bridge-reopens.txt', 'duplicate-passage');
    for (let i = 0; i < 2000; i++) await client.edit(uri, [paragraphOnTop(i)]);
    const asked = Date.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 3 } });
    console.log(`hover answered ${Date.now() - asked} ms after 2,000 edits were sent`);
    await client.diagnostics(uri, repeatFoundIn(client, uri));
  });

  it('measures its memory over 10,000 edits', async () => {
    client = new TestClient();
    const uri = await client.startWithOpenSeed('harbour-bridge-reopens.txt', 'duplicate-passage');
    const before = rssMegabytes(client.serverPid!);
    const word = { start: { line: 4, character: 4 }, end: { line: 4, character: 11 } };
    for (let i = 0; i < 10_000; i++) await client.edit(uri, [{ range: word, newText: i % 2 === 0 ? 'Harbour' : 'harbour' }]);
    await client.edit(uri, [paragraphOnTop(0)]);
    await client.diagnostics(uri, repeatFoundIn(client, uri));
    console.log(`server RSS: ${before} MB before, ${rssMegabytes(client.serverPid!)} MB after 10,000 edits`);
  });
});
