/**
 * `npm run bench:cache [-- --entries N,N… --size BYTES] [-- --corpus DIR]`: how long the analysis
 * cache takes to save (first flush, all files new) and to load (open, every entry read back with
 * get), for 2,225 entries (the BBC corpus) and 100,000 (a large corpus) of ~2 KB each, with the
 * size of its files. With `--corpus`, the entries are the seeds' own digests (v8.serialize of
 * digestOf), and the time to deserialize them all is given too. The cache lives in a temp
 * folder, removed at the end; the corpus is only read.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as v8 from 'node:v8';
import { analyseSeed, digestOf } from '../../server/src/engine/analyse';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { AnalysisCache, contentHash, type CacheOptions } from '../../server/src/host/analysisCache';

interface Figures {
  entries: number;
  megabytes: number;
  saveMs: number;
  loadMs: number;
}

/** Varied lengths around `size`, bytes that do not compress: as digests would be. */
function madeUpValues(entries: number, size: number): Map<string, Uint8Array> {
  return new Map(Array.from({ length: entries }, (_, i) => [contentHash(`seed ${i}`), new Uint8Array(size / 2 + ((i * 7919) % size)).map((_, j) => (i + j * 31) & 255)]));
}

/** The digest of every seed of a corpus, serialised, by the hash of its file (the default config). */
function corpusDigests(corpus: string): Map<string, Uint8Array> {
  const config = defaultConfig();
  const values = new Map<string, Uint8Array>();
  for (const name of fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(txt|seed)$/.test(name)) continue;
    const bytes = fs.readFileSync(path.join(corpus, name));
    values.set(contentHash(bytes), v8.serialize(digestOf(analyseSeed(bytes.toString('utf8'), config), config)));
  }
  return values;
}

async function measure(values: Map<string, Uint8Array>, folder: string): Promise<Figures> {
  const options: CacheOptions = { engineVersion: 'bench', configHash: 'bench', log: (message) => console.error(message) };
  const cache = await AnalysisCache.open(folder, options);
  if (!cache) throw new Error(`no cache in ${folder}`);
  const keys = [...values.keys()];
  const entries = keys.length;
  for (const [key, value] of values) cache.set(key, value);
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

function report(figures: Figures): void {
  console.log(`${String(figures.entries).padStart(7)}   ${figures.megabytes.toFixed(1).padStart(10)}   ${figures.saveMs.toFixed(0).padStart(15)} ms   ${figures.loadMs.toFixed(0).padStart(18)} ms`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { entries: { type: 'string', default: '2225,100000' }, size: { type: 'string', default: '2048' }, corpus: { type: 'string' } } });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cache-bench-'));
  try {
    if (values.corpus !== undefined) {
      const digests = corpusDigests(values.corpus);
      console.log('entries   MB on disk   save (first flush)   load (open + get all)');
      report(await measure(digests, path.join(scratch, 'corpus')));
      const started = performance.now();
      for (const digest of digests.values()) v8.deserialize(digest);
      console.log(`v8.deserialize of every digest: ${(performance.now() - started).toFixed(0)} ms`);
      return;
    }
    console.log('entries   MB on disk   save (first flush)   load (open + get all)');
    for (const entries of values.entries.split(',').map(Number)) report(await measure(madeUpValues(entries, Number(values.size)), path.join(scratch, String(entries))));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

void main();
