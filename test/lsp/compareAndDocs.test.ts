import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { CodeActionRequest, HoverRequest, type AnnotatedTextEdit, type CodeAction, type Diagnostic, type Location, type MarkupContent, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusFixRequest, HeaderEditRequest, type CompareArgs } from '../../server/src/protocol/protocol';
import { PUSH_CLIENT, TestClient, withCode } from './lspTestClient';

// What the VS Code extension (which announces `clientCommands`) is offered beside a finding's
// fixes: the rule's documentation, shipped with the server, and a diff with each twin.

const VS_CODE = { initializationOptions: { clientCommands: true } };
const REPO = path.resolve(__dirname, '../../..');

describe('language server: rule documentation, comparing duplicates, header edits', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  async function duplicateOf(name: string): Promise<{ uri: string; duplicate: Diagnostic }> {
    const uri = client.uri(name);
    await client.openSeed(name);
    const duplicate = (await client.diagnostics(uri, withCode('corpus-duplicate'))).find((d) => d.code === 'corpus-duplicate')!;
    return { uri, duplicate };
  }

  async function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[];
  }

  it('links each diagnostic to its rule\'s heading in the shipped docs/rules.md, and offers to show it', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT, VS_CODE);
    const { uri, duplicate } = await duplicateOf('harbour-bridge.txt');
    const href = duplicate.codeDescription!.href;
    const [file, line] = href.split('#L');
    assert.match(file!, /^file:.*\/docs\/rules\.md$/);
    const docLines = readFileSync(fileURLToPath(file!), 'utf8').split('\n');
    assert.equal(docLines[Number(line) - 1], '## corpus-duplicate');

    const show = (await actionsFor(uri, duplicate)).find((action) => action.title === 'Show documentation for corpus-duplicate')!;
    assert.equal(show.command?.command, 'seedCurator.openLocation');
    const target = show.command!.arguments![0] as Location;
    assert.equal(target.uri, file);
    assert.equal(target.range.start.line, Number(line) - 1);
  });

  it('offers to compare a corpus duplicate with its twin, and hovers with the rule and a Compare link', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT, VS_CODE);
    const { uri, duplicate } = await duplicateOf('harbour-bridge.txt');
    const compare = (await actionsFor(uri, duplicate)).find((action) => action.title.startsWith('Compare with'))!;
    assert.equal(compare.title, 'Compare with harbour-bridge-reopens.txt, line 6');
    assert.equal(compare.command?.command, 'seedCurator.compare');
    const args = compare.command!.arguments![0] as CompareArgs;
    assert.equal(args.left.uri, client.uri('harbour-bridge-reopens.txt'));
    assert.deepEqual(args.right, { uri, label: 'this seed', range: duplicate.range });

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: duplicate.range.start });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*corpus-duplicate\*\*: A passage found again in other seeds/);
    assert.match(value, /\[Documentation\]\(file:[^)]*rules\.md#L\d+\)/);
    const link = /\[Compare\]\(command:seedCurator\.compare\?([^)]+)\)/.exec(value);
    assert.ok(link, value);
    assert.deepEqual((JSON.parse(decodeURIComponent(link[1]!)) as CompareArgs[])[0]!.left.uri, args.left.uri);
  });

  it('offers no comparison to a client without the command, and explains the rule of any finding in a hover', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const { uri, duplicate } = await duplicateOf('harbour-bridge.txt');
    const titles = (await actionsFor(uri, duplicate)).map((action) => action.title);
    assert.ok(!titles.some((title) => title.startsWith('Compare')), titles.join(', '));
    assert.ok(titles.includes('Show documentation for corpus-duplicate'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: duplicate.range.start });
    assert.doesNotMatch((hover!.contents as MarkupContent).value, /command:/);

    const boilerplate = (await client.diagnostics(uri)).find((d) => d.code === 'boilerplate')!;
    const explained = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: boilerplate.range.start });
    assert.match((explained!.contents as MarkupContent).value, /^\*\*boilerplate\*\*: Site chrome in the body/);
  });

  it('compares a repeat with its first occurrence in the same seed', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT, VS_CODE);
    const uri = client.uri('harbour-bridge-reopens.txt');
    await client.openSeed('harbour-bridge-reopens.txt');
    const repeat = (await client.diagnostics(uri, withCode('duplicate-passage'))).find((d) => d.code === 'duplicate-passage')!;
    const compare = (await actionsFor(uri, repeat)).find((action) => action.title.startsWith('Compare with'))!;
    assert.equal(compare.title, 'Compare with this seed, line 10');
  });

  it('answers seedCurator/corpusFix with one edit, each change to confirm when asked: a rule\'s preferred fixes, or deleting the copies', async () => {
    client = new TestClient(path.join(REPO, 'test/workspaces/compare'));
    await client.start(PUSH_CLIENT);
    const language = await client.connection.sendRequest(CorpusFixRequest, { rule: 'missing-language', confirmEach: true });
    assert.deepEqual([language.seeds, language.fixes], [1, 1]);
    const [change] = language.edit.documentChanges as TextDocumentEdit[];
    assert.equal(change!.textDocument.uri, client.uri('b-bridge-copy.txt'));
    const [edit] = change!.edits as AnnotatedTextEdit[];
    assert.match(edit!.newText, /lang: en/);
    assert.deepEqual(language.edit.changeAnnotations![edit!.annotationId], { label: 'Insert lang: en', needsConfirmation: true });

    const copies = await client.connection.sendRequest(CorpusFixRequest, { rule: 'duplicate-seed', confirmEach: false });
    assert.deepEqual(copies.edit.documentChanges, [{ kind: 'delete', uri: client.uri('b-bridge-copy.txt'), annotationId: 'Delete this seed file' }]);
    assert.equal(copies.edit.changeAnnotations!['Delete this seed file']!.needsConfirmation, false);
    const passages = await client.connection.sendRequest(CorpusFixRequest, { rule: 'corpus-duplicate', confirmEach: true });
    const edited = (passages.edit.documentChanges as TextDocumentEdit[]).map((change) => change.textDocument.uri);
    assert.deepEqual(edited, [client.uri('c-ferry.txt')], 'only the later copy of a passage, where deleting it is the preferred fix');
  });

  it('answers seedCurator/headerEdit with the edit that sets a key in the header\'s own style', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const dated = client.uri('harbour-bridge.txt');
    const text = (await client.openSeed('harbour-bridge.txt')).getText();
    const edits = (await client.connection.sendRequest(HeaderEditRequest, { uri: dated, key: 'date', value: '2021-03-05' }))!;
    assert.match(TextDocument.applyEdits(TextDocument.create(dated, 'seed', 1, text), edits), /^---\ntitle: Harbour bridge closed after storm damage\ndate: 2021-03-05\nlang: en\n/);
    const title = (await client.connection.sendRequest(HeaderEditRequest, { uri: dated, key: 'title', value: 'Bridge: closed' }))!;
    assert.match(TextDocument.applyEdits(TextDocument.create(dated, 'seed', 1, text), title), /^---\ntitle: "Bridge: closed"\n/);
    await assert.rejects(client.connection.sendRequest(HeaderEditRequest, { uri: dated, key: 'source' as 'date', value: 'x' }), /malformed parameters/);
  });
});
