/**
 * `npm run bench:cache [-- --entries N,N… --size BYTES]`: how long the analysis cache takes to
 * save (first flush, all files new) and to load (open, every entry read back with get), for
 * 2,225 entries (the BBC corpus) and 100,000 (a large corpus) of ~2 KB each (a seed's digest),
 * with the size of its files. The cache lives in a temp folder, removed at the end.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { AnalysisCache, contentHash, type CacheOptions } from '../../server/src/host/analysisCache';

interface Figures {
  entries: number;
  megabytes: number;
  saveMs: number;
  loadMs: number;
}

async function measure(entries: number, size: number, folder: string): Promise<Figures> {
  const options: CacheOptions = { engineVersion: 'bench', configHash: 'bench', log: (message) => console.error(message) };
  const cache = await AnalysisCache.open(folder, options);
  if (!cache) throw new Error(`no cache in ${folder}`);
  const keys = Array.from({ length: entries }, (_, i) => contentHash(`seed ${i}`));
  // Varied lengths around `size`, bytes that do not compress: as digests would be.
  for (let i = 0; i < entries; i++) cache.set(keys[i]!, new Uint8Array(size / 2 + ((i * 7919) % size)).map((_, j) => (i + j * 31) & 255));
  let started = performance.now();
  await cache.flush();
  const saveMs = performance.now() - started;
  started = performance.now();
  const loaded = await AnalysisCache.open(folder, options);
  let found = 0;
  for (const key of keys) if (loaded?.get(key)) found++;
  const loadMs = performance.now() - started;
  if (found !== entries) throw new Error(`${found} of ${entries} entries read back`);
  const bytes = fs.readdirSync(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);
  return { entries, megabytes: bytes / 1e6, saveMs, loadMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { entries: { type: 'string', default: '2225,100000' }, size: { type: 'string', default: '2048' } } });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cache-bench-'));
  try {
    console.log('entries   MB on disk   save (first flush)   load (open + get all)');
    for (const entries of values.entries.split(',').map(Number)) {
      const figures = await measure(entries, Number(values.size), path.join(scratch, String(entries)));
      console.log(`${String(figures.entries).padStart(7)}   ${figures.megabytes.toFixed(1).padStart(10)}   ${figures.saveMs.toFixed(0).padStart(15)} ms   ${figures.loadMs.toFixed(0).padStart(18)} ms`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

void main();
