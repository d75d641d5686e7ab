import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ServerCommands } from '../../server/src/protocol/protocol';
import { BARE_CLIENT, PUSH_CLIENT, TestClient, withCode, withoutCode } from './lspTestClient';

describe('language server commands', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  async function quickFix(uri: string, code: string, title: RegExp): Promise<CodeAction> {
    const diagnostic = (await client.diagnostics(uri, withCode(code))).find((d: Diagnostic) => d.code === code)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    return actions.find((action) => title.test(action.title))!;
  }

  const configOnDisk = async () => JSON.parse(await fs.readFile(path.join(client.folder, '.seedcurator.json'), 'utf8')) as { accepted?: unknown[]; languages?: string[] };

  for (const [editor, capabilities] of [['an editor that applies edits', PUSH_CLIENT], ['a client that cannot apply edits', BARE_CLIENT]] as const) {
    it(`accepting a corpus duplicate records it, readably, on disk in .seedcurator.json (${editor}) and it is no longer reported`, async () => {
      client = new TestClient();
      await client.start(capabilities);
      const uri = client.uri('harbour-bridge.txt');
      const accept = await quickFix(uri, 'corpus-duplicate', /^Accept/);
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: accept.command!.command, arguments: accept.command!.arguments });
      await client.diagnostics(uri, withoutCode('corpus-duplicate'));
      await client.diagnostics(client.uri('harbour-bridge-reopens.txt'), withoutCode('corpus-duplicate'));
      const config = await configOnDisk();
      assert.deepEqual(config.accepted, [{ passage: 'The harbour bridge was closed to all traffic …', paths: ['harbour-bridge-reopens.txt', 'harbour-bridge.txt'] }]);
      assert.deepEqual(config.languages, ['en', 'nb'], 'the rest of the config is kept');
    });
  }

  it('opens the other seed of a duplicate seed with window/showDocument', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const copy = await client.changeOnDisk('z-copy.txt', await fs.readFile(path.join(client.folder, 'ferry-timetable.txt'), 'utf8'));
    const open = await quickFix(copy, 'duplicate-seed', /^Open/);
    assert.equal(open.isPreferred, true);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: open.command!.command, arguments: open.command!.arguments });
    assert.deepEqual(client.shownDocuments.map((shown) => shown.uri), [client.uri('ferry-timetable.txt')]);
  });

  it('re-checks the whole corpus on request, finding changes no watcher reported', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const ferry = client.uri('ferry-timetable.txt');
    await client.diagnostics(ferry, withCode('missing-date'));
    const file = path.join(client.folder, 'ferry-timetable.txt');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('lang: en', 'lang: en\ndate: 2021-03-08'));
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.recheckCorpus, arguments: [] });
    await client.diagnostics(ferry, withoutCode('missing-date'));
  });
});
