import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import type { ClientFeatures } from '../../server/src/lsp/clientFeatures';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';
import { FindingsStore } from '../../server/src/lsp/findings';
import type { Settings } from '../../server/src/lsp/settings';

/**
 * Findings pushed for a whole corpus are written before more are published: otherwise they queue
 * in memory (120 MB of messages for 20,000 generated seeds) and the answer to a hover waits behind
 * them. `changed` tells when what it pushed is written.
 */
describe('DiagnosticsPublisher', () => {
  function publisherFor(pull: boolean) {
    const writes: { uri: string; written: () => void }[] = [];
    // Requests the client answers after the messages before them: it has read those then.
    const asked: (() => void)[] = [];
    const connection = {
      sendDiagnostics: ({ uri }: { uri: string }) => new Promise<void>((resolve) => writes.push({ uri, written: resolve })),
      languages: { diagnostics: { refresh: () => Promise.resolve() } },
      workspace: { getConfiguration: () => new Promise<void>((resolve) => asked.push(resolve)) },
    } as unknown as Connection;
    const features = { pullDiagnostics: pull, diagnosticRefresh: pull, configuration: true } as ClientFeatures;
    const settings = { for: () => ({ enable: true }) } as unknown as Settings;
    const store = new FindingsStore();
    return { publisher: new DiagnosticsPublisher(connection, features, store, settings), writes, asked, store };
  }

  /** Findings of `bytes` of JSON or so. */
  const findingsOf = (bytes: number) => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x'.repeat(bytes) }];

  it('resolves a push of a megabyte the client must read once it has answered a request sent after it', async () => {
    const { publisher, writes, asked, store } = publisherFor(false);
    store.set('file:///small.txt', findingsOf(1000));
    const small = publisher.changedAndRead(['file:///small.txt']);
    writes[0].written();
    await small;
    assert.equal(asked.length, 0, 'a few findings are not worth a round trip');
    store.set('file:///a.txt', findingsOf(1 << 20));
    let done = false;
    const read = publisher.changedAndRead(['file:///a.txt']).then(() => (done = true));
    writes[1].written();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(asked.length, 1, 'asked once written');
    assert.equal(done, false, 'written, not yet read');
    asked[0]();
    await read;
    assert.equal(done, true);
    store.set('file:///b.txt', findingsOf(1 << 20));
    const written = publisher.changed(['file:///b.txt']);
    writes[2].written();
    await written;
    assert.equal(asked.length, 1, 'a push nobody waits on asks nothing');
  });

  it('resolves a push once every message it sent is written', async () => {
    const { publisher, writes } = publisherFor(false);
    let done = false;
    const written = publisher.changed(['file:///a.txt', 'file:///b.txt']).then(() => (done = true));
    assert.deepEqual(writes.map(({ uri }) => uri), ['file:///a.txt', 'file:///b.txt']);
    writes[0].written();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(done, false, 'the second message is not written yet');
    writes[1].written();
    await written;
    assert.equal(done, true);
  });

  it('resolves at once for a pulling client, which is only told to pull again', async () => {
    const { publisher, writes } = publisherFor(true);
    await publisher.changed(['file:///a.txt']);
    assert.equal(writes.length, 0);
  });
});
