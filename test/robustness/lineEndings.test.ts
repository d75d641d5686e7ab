import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { CodeActionRequest, HoverRequest, type CodeAction, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { DuplicatesRequest } from '../../server/src/protocol/protocol';
import { LSP_CORPUS, PUSH_CLIENT, TestClient, withCode, withoutCode } from '../lsp/lspTestClient';

const PARAGRAPHS = [
  'The harbour bridge was closed to all traffic on Thursday morning after engineers found cracks in two of its supporting cables.',
  'On Tuesday the eastern lanes opened again, although heavy lorries must still take the long way round through the valley.',
  'Repairs to the western side are expected to last until the summer, according to the regional roads authority.',
];

/** The corpus's seed with a repeated paragraph (a safe fix deletes the repeat), written with other line endings. */
async function seedWith(eol: string, bom: string): Promise<string> {
  const text = await fs.readFile(path.join(LSP_CORPUS, 'harbour-bridge-reopens.txt'), 'utf8');
  return `${bom}${text.replace(/\r?\n/g, eol)}`;
}

describe('language server, line endings and a BOM in an open document', () => {
  let client: TestClient;
  afterEach(() => client.stop());

  for (const [name, eol, bom] of [
    ['CR-only line endings', '\r', ''],
    ['a BOM', '\n', '\uFEFF'],
    ['a BOM and CR-only line endings', '\r', '\uFEFF'],
    ['a BOM and CRLF line endings', '\r\n', '\uFEFF'],
  ] as const) {
    it(`fix-all on a seed with ${name} keeps every paragraph and deletes only the repeat`, async () => {
      client = new TestClient();
      await client.start(PUSH_CLIENT);
      const original = await seedWith(eol, bom);
      await fs.writeFile(path.join(client.folder, 'reopens-again.txt'), original);
      const uri = client.uri('reopens-again.txt');
      const document = await client.openSeed('reopens-again.txt');
      const repeat = (await client.diagnostics(uri, withCode('duplicate-passage'))).find((d) => d.code === 'duplicate-passage')!;
      assert.equal(document.getText(repeat.range), PARAGRAPHS[2], 'the diagnostic covers the repeat, in the client\'s positions');

      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      await client.applyEdit(actions[0].edit!);
      await client.diagnostics(uri, withoutCode('duplicate-passage'));
      const fixed = client.document(uri).getText();
      assert.ok(fixed.startsWith(`${bom}---${eol}title: Eastern lanes`), 'the BOM and the header are kept');
      for (const paragraph of PARAGRAPHS) assert.equal(fixed.split(paragraph).length, 2, `one copy of "${paragraph.slice(0, 30)}…"`);
      assert.equal(fixed, original.slice(0, original.lastIndexOf(PARAGRAPHS[2])).replace(new RegExp(`(${eol})+$`), eol), 'only the repeat and the blank line before it went');
    });
  }

  it('hovers and reports the right passage on the first line of a document that starts with a BOM', async () => {
    client = new TestClient();
    await client.start(PUSH_CLIENT);
    const [closed] = PARAGRAPHS;
    const other = 'Ferry crews said the extra route across the bay would run every half hour until the bridge opens again.';
    // The first line is a passage of other seeds too, and repeated below: findings on line 0 and about it.
    await fs.writeFile(path.join(client.folder, 'bom-first.txt'), `\uFEFF${closed}\n\n${other}\n\n${closed}\n`);
    const uri = client.uri('bom-first.txt');
    const document = await client.openSeed('bom-first.txt');
    const diagnostics = await client.diagnostics(uri, (all) => all.some((d) => d.code === 'duplicate-passage') && all.some((d) => d.code === 'corpus-duplicate' && d.range.start.line === 0));
    for (const diagnostic of diagnostics.filter((d) => d.code === 'duplicate-passage' || d.code === 'corpus-duplicate')) {
      assert.equal(document.getText(diagnostic.range), closed, `${diagnostic.code} on line ${diagnostic.range.start.line} covers the passage`);
      for (const { location } of diagnostic.relatedInformation ?? []) if (location.uri === uri) assert.equal(document.getText(location.range), closed, 'a related place in the seed');
    }

    // The passage on line 0 runs from column 1 (after the BOM) to its length + 1 in the client's document.
    const onFirstLine = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: closed.length + 1 } });
    assert.ok(onFirstLine?.range, 'a hover at the end of the passage on line 0');
    assert.equal(document.getText(onFirstLine.range), closed, 'the hover covers that passage');
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } }), null, 'no hover on a passage that is not repeated');

    // Another open document with the BOM and the passage on line 0: its place is given in its client's columns.
    await fs.writeFile(path.join(client.folder, 'bom-second.txt'), `\uFEFF${closed}\n\n${other} Again.\n`);
    const second = await client.openSeed('bom-second.txt');
    await client.diagnostics(second.uri, withCode('corpus-duplicate'));
    const places = await client.connection.sendRequest(DuplicatesRequest, { uri, position: { line: 0, character: closed.length + 1 } });
    assert.deepEqual(places?.map((place) => place.path).sort(), ['bom-second.txt', 'harbour-bridge-reopens.txt', 'harbour-bridge.txt'], 'every other place of the passage, asked for at its end on line 0');
    assert.equal(second.getText(places!.find((place) => place.uri === second.uri)!.range), closed, 'its place in the other document with a BOM');

    const onRepeat = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 3 } });
    const shown = (onRepeat?.contents as MarkupContent).value;
    assert.match(shown, /In \[this seed\]\([^)]*#L1\), line 1:/, 'the repeat\'s hover names the first line');
    assert.ok(shown.includes('> The harbour bridge was closed') && shown.includes('supporting cables\\.'), `the first line quoted whole: ${shown}`);
    assert.ok(!shown.includes('\uFEFF'), 'without the BOM');
  });
});
