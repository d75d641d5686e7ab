/**
 * What opening a corpus costs the language server: `seed-curator-lsp --stdio` started on a copy of
 * the 2,225 BBC articles (../shared/corpora/bbc, read at run time, never committed) with a
 * `.seedcurator.json`, timed until every seed is indexed and checked, with the server's memory.
 *
 *   npm run bench:lsp
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { PUSH_CLIENT, TestClient } from '../lsp/lspTestClient';

const BBC = path.resolve(__dirname, '../../../../shared/corpora/bbc');

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
  const client = new TestClient(BBC);
  writeFileSync(path.join(client.folder, '.seedcurator.json'), '{}\n');
  const started = performance.now();
  const ready = client.indexState((state) => state.state === 'ready');
  await client.start(PUSH_CLIENT);
  const state = await ready;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${state.indexed} seeds indexed and checked in ${seconds.toFixed(1)} s ` +
      `(${(state.indexed / seconds).toFixed(0)} seeds/s); findings ${JSON.stringify(state.counts)}; ` +
      `${client.pushed.size} files published; server peak RSS ${residentMb(client.serverPid) ?? '?'} MB`,
  );
  await client.stop();
}

void main();
