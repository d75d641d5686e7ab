import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { CodeActionRequest, DidDeleteFilesNotification, type CodeAction, type Diagnostic, type WorkDoneProgressReport } from 'vscode-languageserver-protocol/node';
import { ClientCommands, CorpusRequest, type DeleteSeedArgs, type IndexState } from '../../server/src/protocol/protocol';
import { PUSH_CLIENT, TestClient, withCode } from './lspTestClient';

// The corpus state follows every change, not only full indexing runs; deleting a seed in the
// editor clears its findings at once; indexing names its phases.

describe('live corpus state', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  const copyOfFerry = async () => client.changeOnDisk('z-copy.txt', await fs.readFile(path.join(client.folder, 'ferry-timetable.txt'), 'utf8'));

  async function deleteAction(uri: string): Promise<CodeAction> {
    const diagnostic = (await client.diagnostics(uri, withCode('duplicate-seed'))).find((d: Diagnostic) => d.code === 'duplicate-seed')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    return actions.find((action) => action.title === 'Delete this seed file')!;
  }

  it('offers a client that confirms deletes the delete-seed command, naming the seed it copies', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT, { initializationOptions: { confirmsSeedDeletes: true } });
    const copy = await copyOfFerry();
    const action = await deleteAction(copy);
    assert.equal(action.edit, undefined);
    assert.equal(action.command?.command, ClientCommands.deleteSeed);
    const [args] = action.command!.arguments as [DeleteSeedArgs];
    assert.equal(args.uri, copy);
    assert.equal(args.copyOf?.path, 'ferry-timetable.txt');
    assert.equal(args.copyOf?.share, 1);
  });

  it('offers other clients a delete-file edit that does not fail on a file gone already', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const copy = await copyOfFerry();
    const action = await deleteAction(copy);
    assert.equal(action.command, undefined);
    assert.deepEqual(action.edit?.documentChanges, [{ kind: 'delete', uri: copy, options: { recursive: false, ignoreIfNotExists: true } }]);
  });

  it('forgets a seed deleted in the editor while it is open, and counts the corpus again', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const withCopy = client.indexState((state) => state.state === 'ready' && state.total === 5);
    const copy = await copyOfFerry();
    await client.openSeed('z-copy.txt');
    const before = await withCopy;
    await fs.rm(URI.parse(copy).fsPath);
    const after = client.indexState((state) => state.state === 'ready' && state.total === 4);
    await client.connection.sendNotification(DidDeleteFilesNotification.type, { files: [{ uri: copy }] });
    assert.deepEqual(await client.diagnostics(copy, (diagnostics) => diagnostics.length === 0), []);
    const state = await after;
    assert.ok(state.counts!.warning < before.counts!.warning, 'the copy’s warnings are no longer counted');
    const corpus = await client.connection.sendRequest(CorpusRequest, {});
    assert.deepEqual(corpus.roots.map((root) => root.seeds), [4]);
    assert.deepEqual(corpus.clusters, []);
  });

  it('announces the counts after a seed changes on disk, without a full index', async () => {
    client = new TestClient();
    const indexed = client.indexState((state: IndexState) => state.state === 'ready');
    await client.start(PUSH_CLIENT);
    const { counts: before } = await indexed;
    const next = client.indexState((state: IndexState) => state.state === 'ready' && state.total === 5);
    await copyOfFerry();
    const { counts: after } = await next;
    assert.ok(after!.warning > before!.warning, 'the copy’s duplicate-seed warning is counted');
  });

  it('names seeds that cannot be read in the corpus summary', async () => {
    client = new TestClient();
    await fs.writeFile(path.join(client.folder, 'scan.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    await client.start(PUSH_CLIENT);
    const corpus = await client.connection.sendRequest(CorpusRequest, {});
    assert.deepEqual(corpus.unreadable.map((seed) => seed.path), ['scan.txt']);
    assert.match(corpus.unreadable[0]!.reason, /binary/);
    assert.deepEqual(corpus.roots.map((root) => root.seeds), [5]);
  });

  it('reports indexing in two phases, reading then checking, with counts', async () => {
    client = new TestClient();
    const messages: string[] = [];
    client.connection.onNotification('$/progress', (params: { value: WorkDoneProgressReport }) => {
      if (params.value.kind === 'report' && params.value.message) messages.push(params.value.message);
    });
    await client.start(PUSH_CLIENT);
    assert.ok(messages.length > 0, 'progress is reported');
    const reading = messages.findIndex((message) => /^Reading seeds \d+\/4$/.test(message));
    const checking = messages.findIndex((message) => /^Checking seeds \d+\/4$/.test(message));
    assert.ok(reading >= 0 && checking > reading, messages.join('; '));
    assert.equal(messages.at(-1), 'Checking seeds 4/4');
  });
});
