import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { StreamMessageWriter, type Diagnostic } from 'vscode-languageserver/node';
import { RAW_JSON_ENCODER, RawJson } from '../../server/src/lsp/rawJson';
import { ShownFindings } from '../../server/src/lsp/shownFindings';

const diagnostics: Diagnostic[] = [
  { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, severity: 2, code: 'boilerplate', source: 'seed-curator', message: '"Del på" – «nå» ✓', data: { fixes: [{ title: 'Delete', preferred: true }] } },
  { range: { start: { line: 3, character: 1 }, end: { line: 4, character: 0 } }, severity: 3, code: 'missing-date', source: 'seed-curator', message: 'No date\n"quoted"', tags: [1] },
];

/** Writes messages as the server does over stdio, and reads back each message's JSON. */
async function written(messages: unknown[]): Promise<unknown[]> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new StreamMessageWriter(stream, { charset: 'utf-8', contentTypeEncoder: RAW_JSON_ENCODER });
  for (const message of messages) await writer.write(message as never);
  const bytes = Buffer.concat(chunks);
  const read: unknown[] = [];
  for (let at = 0; at < bytes.length; ) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/Content-Length: (\d+)/.exec(bytes.toString('ascii', at, headerEnd))![1]);
    read.push(JSON.parse(bytes.toString('utf8', headerEnd + 4, headerEnd + 4 + length)));
    at = headerEnd + 4 + length;
  }
  return read;
}

/**
 * A seed's diagnostics are kept as JSON (ShownFindings) and go into the message as they are: the
 * client must read the message the library would have written with the diagnostics as objects.
 */
describe('messages carrying raw JSON', () => {
  it('read as the same messages with the diagnostics as objects', async () => {
    const shown = ShownFindings.of(diagnostics);
    const publish = (params: unknown) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });
    const plain = [
      publish({ uri: 'file:///c/å b.txt', diagnostics }),
      publish({ uri: 'file:///c/a.txt', version: 3, diagnostics: [] }),
      { jsonrpc: '2.0', id: 4, result: { contents: 'no raw value' } },
      { jsonrpc: '2.0', method: 'x/two', params: { first: diagnostics, second: diagnostics } },
      { jsonrpc: '2.0', method: 'x/only', params: { only: diagnostics } },
    ];
    const raw = [
      publish({ uri: 'file:///c/å b.txt', diagnostics: new RawJson(shown.json) }),
      publish({ uri: 'file:///c/a.txt', version: 3, diagnostics: new RawJson(ShownFindings.of([]).json) }),
      plain[2],
      { jsonrpc: '2.0', method: 'x/two', params: { first: new RawJson(shown.json), second: new RawJson(shown.json) } },
      { jsonrpc: '2.0', method: 'x/only', params: { only: new RawJson(shown.json) } },
    ];
    assert.deepEqual(await written(raw), plain);
    assert.deepEqual(JSON.parse(JSON.stringify(raw[0])), plain[0], 'serialised any other way, the value is parsed');
  });

  it('keeps the counts of each severity, and reads back from the bytes a cache keeps', () => {
    const shown = ShownFindings.of(diagnostics);
    assert.deepEqual(shown.counts, { error: 0, warning: 1, info: 1 });
    const again = ShownFindings.fromBytes(Uint8Array.from(shown.bytes));
    assert.deepEqual(again?.counts, shown.counts);
    assert.deepEqual(again?.diagnostics(), diagnostics);
    assert.equal(ShownFindings.fromBytes(new Uint8Array(5)), undefined, 'too short');
    assert.equal(ShownFindings.fromBytes(Buffer.concat([shown.bytes.subarray(0, 12), Buffer.from('{}')])), undefined, 'not an array');
  });
});
