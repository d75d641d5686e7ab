/**
 * The corpus every bench runs on: a copy of `--corpus DIR`, or `--seeds N` (default 2,000) seeds
 * made by the project's own generator, so that no folder outside the repo is needed. Either way it
 * lives in the temp folder, because benches write into it (a `.seedcurator.json`, fixes) and the
 * folder given must stay untouched.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { TIME_TICK_MS } from '../../server/src/host/readRegularFile';
import { DEFAULT_OPTIONS, writeCorpus } from '../corpora/generateCorpus';

export const DEFAULT_SEEDS = 2000;

export interface BenchCorpus {
  /** The temp folder the bench works in. */
  folder: string;
  /** What it was made from, for the bench's heading. */
  source: string;
  remove(): void;
}

export function parseCorpusArgs(argv: string[]): { corpus?: string; seeds: number } {
  const { values } = parseArgs({ args: argv, options: { corpus: { type: 'string' }, seeds: { type: 'string' } } });
  const seeds = values.seeds === undefined ? DEFAULT_SEEDS : Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1) throw new Error('--seeds must be a whole number of at least 1');
  if (values.corpus !== undefined && values.seeds !== undefined) throw new Error('give --corpus DIR or --seeds N, not both');
  return { corpus: values.corpus, seeds };
}

/** Reads `--corpus DIR` / `--seeds N` from `argv` and makes the temp corpus they describe. */
export function prepareCorpus(argv: string[], prefix: string): BenchCorpus {
  const { corpus, seeds } = parseCorpusArgs(argv);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = () => fs.rmSync(folder, { recursive: true, force: true });
  try {
    if (corpus === undefined) {
      // The generator's default seed and copy shares, so that every run measures the same bytes.
      writeCorpus(folder, { kind: 'mixed', seeds, ...DEFAULT_OPTIONS });
      return { folder, source: `${seeds} generated mixed seeds (generateCorpus, seed 1)`, remove };
    }
    fs.cpSync(path.resolve(corpus), folder, { recursive: true });
    // A copy of a read-only folder (the shared corpora are) is read-only too, and `--fix` rightly leaves such seeds alone.
    makeWritable(folder);
    const config = path.join(folder, '.seedcurator.json');
    if (!fs.existsSync(config)) fs.writeFileSync(config, '{}\n');
    return { folder, source: corpus, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Waits until the copy's file times are settled (see `isSettledVersion`), as a curator's corpus,
 * written before it is checked, is: else a warm start would read every file again.
 */
export async function untilSettled(folder: string): Promise<void> {
  const newest = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((latest, name) => Math.max(latest, fs.statSync(path.join(folder, name)).ctimeMs), 0);
  const wait = newest + TIME_TICK_MS + 1 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Total size of the corpus's `.txt` seeds, the files both seed-curator and jscpd read. */
export function seedBytes(folder: string): number {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function makeWritable(folder: string): void {
  fs.chmodSync(folder, fs.statSync(folder).mode | 0o200);
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() || entry.isDirectory()) fs.chmodSync(file, fs.statSync(file).mode | 0o200);
  }
}
