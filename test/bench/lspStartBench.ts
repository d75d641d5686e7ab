/**
 * What opening a corpus costs the language server: `seed-curator-lsp --stdio` started on a copy of
 * DIR, or of N generated seeds (default 2,000), with a `.seedcurator.json`, timed until every seed
 * is indexed and checked, with the server's memory: cold (an empty analysis cache), then warm (a
 * second server on the same corpus and cache, as after a restart of the editor).
 *
 *   npm run bench:lsp [-- --corpus DIR | --seeds N]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import * as os from 'node:os';
import * as path from 'node:path';
import { PUSH_CLIENT, TestClient } from '../lsp/lspTestClient';
import { prepareCorpus, untilSettled } from './benchCorpus';

/** A loaded machine or a large corpus takes far longer than the tests allow. */
const INDEX_DEADLINE_MS = 30 * 60_000;

/** Resident memory of a process, from /proc (Linux). */
function residentMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const corpus = prepareCorpus(process.argv.slice(2), 'seed-curator-lsp-bench-');
  await untilSettled(corpus.folder);
  const cacheFolder = mkdtempSync(path.join(os.tmpdir(), 'seed-curator-lsp-bench-cache-'));
  console.log(`Corpus: ${corpus.source}`);
  try {
    for (const start of ['cold', 'warm']) await openCorpus(start, corpus.folder, cacheFolder);
  } finally {
    corpus.remove();
    rmSync(cacheFolder, { recursive: true, force: true });
  }
}

async function openCorpus(start: string, folder: string, cacheFolder: string): Promise<void> {
  const client = new TestClient(folder, { inPlace: true, cacheFolder });
  const started = performance.now();
  let publishedSeconds = NaN;
  // Every seed listed (the first state tells how many) has findings published, before the index may be complete (see RecordedStart).
  void client
    .indexState((state) => state.total > 0, INDEX_DEADLINE_MS)
    .then((listed) => client.publishedFor(listed.total, INDEX_DEADLINE_MS))
    .then(() => (publishedSeconds = (performance.now() - started) / 1000), () => undefined);
  let indexing = true;
  const ready = client.indexState((state) => state.state === 'ready', INDEX_DEADLINE_MS).finally(() => (indexing = false));
  // The bench waits for the index itself, with its own deadline, rather than start()'s (the tests').
  await client.start(PUSH_CLIENT, { hasCorpus: false });
  const hovers = await hoversWhile(client, folder, () => indexing);
  const state = await ready;
  const seconds = (performance.now() - started) / 1000;
  hovers.sort((a, b) => a - b);
  const hoverMs = hovers.length === 0 ? 'none answered' : `median ${hovers[hovers.length >> 1].toFixed(0)} ms, max ${hovers[hovers.length - 1].toFixed(0)} ms over ${hovers.length}`;
  console.log(
    `${start}: every seed's findings published in ${publishedSeconds.toFixed(1)} s; ${state.indexed} seeds indexed and checked in ${seconds.toFixed(1)} s ` +
      `(${(state.indexed / seconds).toFixed(0)} seeds/s); findings ${JSON.stringify(state.counts)}; ` +
      `${client.pushed.size} files published; server peak RSS ${residentMb(client.serverPid) ?? '?'} MB; ` +
      `hovers while indexing: ${hoverMs}`,
  );
  await client.stop();
}

/** Opens one seed and hovers over its first line every 100 ms while `going()`: what a curator waits for meanwhile. */
async function hoversWhile(client: TestClient, folder: string, going: () => boolean): Promise<number[]> {
  const seed = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.txt'));
  if (!seed) return [];
  await client.openSeed(seed);
  const latencies: number[] = [];
  while (going()) {
    const asked = performance.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: client.uri(seed) }, position: { line: 0, character: 1 } });
    latencies.push(performance.now() - asked);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return latencies;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
