import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import {
  CodeActionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { CorpusRequest, MetadataRequest } from '../../server/src/protocol/protocol';
import { URI } from 'vscode-uri';
import { codes, messageOf, PUSH_CLIENT, RELATIVE_WATCHER_CLIENT, TestClient, withCode, withoutCode } from './lspTestClient';

const SHARED_PARAGRAPH_LINES = { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } };

describe('language server, pushing diagnostics', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  it('publishes every seed of the corpus after indexing; a corpus duplicate names the other seed', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const bridge = await client.diagnostics(client.uri('harbour-bridge.txt'), withCode('corpus-duplicate'));
    const duplicate = bridge.find((d) => d.code === 'corpus-duplicate')!;
    assert.equal(duplicate.source, 'seed-curator');
    assert.match(messageOf(duplicate), /harbour-bridge-reopens\.txt/);
    assert.equal(duplicate.relatedInformation?.[0].location.uri, client.uri('harbour-bridge-reopens.txt'));
    assert.ok(bridge.some((d) => d.code === 'boilerplate'), 'the "Advertisement" line is boilerplate');
    assert.deepEqual(codes(await client.diagnostics(client.uri('ferry-timetable.txt'))), ['missing-date']);
    assert.deepEqual(await client.diagnostics(client.uri('market-square.seed')), []);
  });

  it('deleting a shared paragraph in one seed clears the corpus duplicate of its closed twin', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const twin = client.uri('harbour-bridge.txt');
    await client.diagnostics(twin, withCode('corpus-duplicate'));
    const uri = client.uri('harbour-bridge-reopens.txt');
    await client.openSeed('harbour-bridge-reopens.txt');
    await client.edit(uri, [{ range: SHARED_PARAGRAPH_LINES, newText: '' }]);
    const after = await client.diagnostics(twin, withoutCode('corpus-duplicate'));
    assert.ok(after.some((d) => d.code === 'boilerplate'), 'its other findings stay');
    assert.ok((await client.diagnostics(uri, withoutCode('corpus-duplicate'))).some((d) => d.code === 'duplicate-passage'));
  });

  it('offers the quick fixes of a diagnostic, preferred one marked; applying it removes the finding and keeps the rest', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const uri = client.uri('harbour-bridge-reopens.txt');
    const original = (await client.openSeed('harbour-bridge-reopens.txt')).getText();
    const repeat = (await client.diagnostics(uri, withCode('duplicate-passage'))).find((d) => d.code === 'duplicate-passage')!;
    const actions = await codeActionsFor(uri, [repeat], ['quickfix']);
    const preferred = actions.find((action) => action.isPreferred)!;
    assert.equal(preferred.title, 'Delete this repeat');
    assert.equal(preferred.kind, 'quickfix');
    await client.applyEdit(preferred.edit!);
    const after = await client.diagnostics(uri, withoutCode('duplicate-passage'));
    assert.ok(after.some((d) => d.code === 'corpus-duplicate'), 'other findings stay');
    const text = client.document(uri).getText();
    const repeatStart = client.document(uri).offsetAt(repeat.range.start);
    assert.equal(text.slice(0, repeatStart), original.slice(0, repeatStart), 'the text before the repeat is kept byte for byte');
    assert.equal(text.split('Repairs to the western side').length, 2, 'one copy of the paragraph is left');
  });

  it('fix-all applies the safe fixes only', async () => {
    client = new TestClient();
    const uri = await client.startWithOpenSeed('harbour-bridge-reopens.txt', 'duplicate-passage');
    const [fixAll, ...others] = await codeActionsFor(uri, [], ['source.fixAll']);
    assert.equal(others.length, 0);
    assert.equal(fixAll.kind, 'source.fixAll.seed-curator');
    await client.applyEdit(fixAll.edit!);
    const after = await client.diagnostics(uri, withoutCode('duplicate-passage'));
    assert.ok(after.some((d) => d.code === 'corpus-duplicate'), 'deleting a corpus duplicate is no safe fix');

    await client.openSeed('harbour-bridge.txt');
    assert.deepEqual(await codeActionsFor(client.uri('harbour-bridge.txt'), [], ['source.fixAll.seed-curator']), [], 'a boilerplate deletion is no safe fix');
  });

  it('gives the outline: front matter with its keys, the title, paragraphs and boilerplate', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const uri = client.uri('harbour-bridge.txt');
    await client.openSeed('harbour-bridge.txt');
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const frontMatter = symbols.find((symbol) => symbol.name === 'Front matter')!;
    assert.deepEqual(frontMatter.children?.map((key) => key.name), ['title', 'date', 'lang', 'source']);
    assert.ok(symbols.some((symbol) => symbol.name === 'Harbour bridge closed after storm damage'));
    assert.ok(symbols.some((symbol) => symbol.name === 'Advertisement' && symbol.detail === 'boilerplate'));
  });

  it('shows the other seed\'s path and opening when hovering a corpus duplicate', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const uri = client.uri('harbour-bridge.txt');
    await client.openSeed('harbour-bridge.txt');
    const duplicate = (await client.diagnostics(uri, withCode('corpus-duplicate'))).find((d) => d.code === 'corpus-duplicate')!;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: duplicate.range.start });
    const contents = hover!.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /harbour-bridge-reopens\\?\.txt/);
    assert.match(contents.value, /The harbour bridge was closed to all traffic/);
    assert.doesNotMatch(contents.value, /supporting cables/, 'the twin is named by its opening, not quoted over the passage');
    const elsewhere = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.equal(elsewhere, null);
  });

  it('answers seedCurator/metadata and seedCurator/corpus', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const uri = client.uri('harbour-bridge.txt');
    const metadata = (await client.connection.sendRequest(MetadataRequest, { uri }))!;
    assert.equal(metadata.path, 'harbour-bridge.txt');
    assert.equal(metadata.title?.text, 'Harbour bridge closed after storm damage');
    assert.equal(metadata.date?.value, '2021-03-04');
    assert.deepEqual(metadata.duplicates.map((d) => d.path), ['harbour-bridge-reopens.txt']);
    assert.ok(metadata.problems.some((d) => d.code === 'boilerplate'));

    const corpus = await client.connection.sendRequest(CorpusRequest, {});
    assert.deepEqual(corpus.roots.map((root) => [root.seeds, root.indexed]), [[4, 4]]);
    assert.deepEqual(corpus.undated.map((seed) => seed.path), ['ferry-timetable.txt']);
    assert.deepEqual(corpus.languages.map(({ lang, seeds }) => [lang, seeds.length]), [['en', 4]]);
    assert.deepEqual(corpus.clusters, []);
  });

  it('follows seeds created, changed and deleted on disk', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const bridge = client.uri('harbour-bridge.txt');
    const market = await fs.readFile(path.join(client.folder, 'market-square.seed'), 'utf8');
    const copy = await client.changeOnDisk('z-market-copy.txt', market);
    const copyFindings = await client.diagnostics(copy, withCode('duplicate-seed'));
    assert.match(messageOf(copyFindings.find((d) => d.code === 'duplicate-seed')!), /market-square\.seed/);
    const clusters = (await client.connection.sendRequest(CorpusRequest, {})).clusters;
    assert.deepEqual(clusters.map((cluster) => cluster.seeds.map((seed) => seed.path).sort()), [['market-square.seed', 'z-market-copy.txt']]);

    const sharesBridgeParagraph = (await fs.readFile(path.join(client.folder, 'harbour-bridge.txt'), 'utf8')).split('\n').slice(6, 8).join('\n');
    await client.changeOnDisk('z-market-copy.txt', `${market}\n${sharesBridgeParagraph}\n`);
    await client.diagnostics(bridge, (found) => found.some((d) => d.code === 'corpus-duplicate' && d.relatedInformation?.length === 2));

    await client.changeOnDisk('z-market-copy.txt', undefined);
    assert.deepEqual(await client.diagnostics(copy, (found) => found.length === 0), []);
    await client.diagnostics(bridge, (found) => found.some((d) => d.code === 'corpus-duplicate' && d.relatedInformation?.length === 1));
  });

  it('reloads a config changed on disk: a rule turned off disappears, a broken config is reported on the config file', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const ferry = client.uri('ferry-timetable.txt');
    await client.diagnostics(ferry, withCode('missing-date'));
    await client.changeOnDisk('.seedcurator.json', JSON.stringify({ rules: { 'missing-date': 'off' } }, null, 2));
    await client.diagnostics(ferry, withoutCode('missing-date'));

    const config = await client.changeOnDisk('.seedcurator.json', '{\n  "rules": {\n    "missing-date": "off",\n  }\n}\n');
    const [problem] = await client.diagnostics(config, (found) => found.length > 0);
    assert.equal(problem.code, 'config');
    assert.equal(problem.source, 'seed-curator');
    assert.match(messageOf(problem), /not valid JSON/);
    await client.diagnostics(ferry, withCode('missing-date'));

    await client.changeOnDisk('.seedcurator.json', '{}\n');
    await client.diagnostics(config, (found) => found.length === 0);
  });

  it('registers file watchers from the corpus\'s own include globs, relative to its root', async () => {
    client = new TestClient();
    await client.start(RELATIVE_WATCHER_CLIENT);
    const watchers = client.registrations.filter((registration) => registration.method === 'workspace/didChangeWatchedFiles');
    assert.equal(watchers.length, 1);
    const root = URI.file(client.folder).toString();
    assert.deepEqual((watchers[0].registerOptions as { watchers: unknown[] }).watchers, [
      { globPattern: { baseUri: root, pattern: '**/.seedcurator.json' } },
      { globPattern: { baseUri: root, pattern: '**/*.seed' } },
      { globPattern: { baseUri: root, pattern: '**/*.txt' } },
    ]);
  });

  it('checks a seed changed on disk once, however its change is announced by the registered watchers', async () => {
    client = new TestClient();
    await client.start(RELATIVE_WATCHER_CLIENT);
    const ferry = client.uri('ferry-timetable.txt');
    await client.diagnostics(ferry, withCode('missing-date'));
    const before = client.publishes.get(ferry) ?? 0;
    const text = await fs.readFile(path.join(client.folder, 'ferry-timetable.txt'), 'utf8');
    await client.changeOnDiskAsWatched('ferry-timetable.txt', text.replace('lang: en', 'lang: en\ndate: 2021-03-08'));
    await client.diagnostics(ferry, withoutCode('missing-date'));
    // A change to another seed, checked after it, shows that no second check of the first was queued.
    const other = await client.changeOnDiskAsWatched('harbour-bridge.txt', `${await fs.readFile(path.join(client.folder, 'harbour-bridge.txt'), 'utf8')}\n`);
    await client.diagnostics(other, () => (client.publishes.get(other) ?? 0) > 1);
    assert.equal((client.publishes.get(ferry) ?? 0) - before, 1);
  });

  async function codeActionsFor(uri: string, diagnostics: Diagnostic[], only: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } })) as CodeAction[];
  }
});
