import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { packageVersion } from './version';

let memo: string | undefined;

/**
 * What the analysis cache is valid for: the package's version and a hash of the code that runs,
 * so that a rebuilt engine (a new bundle, or new compiled sources) finds the old cache stale even
 * under the same version number.
 */
export function engineVersion(): string {
  memo ??= `${packageVersion()}+${buildIdOf(codeFolder())}`;
  return memo;
}

/**
 * The folder of the code the engine is made of: the compiled sources put this module in `host/`
 * beside `engine/`, `lsp/` and `cli/`; a bundle (dist/) holds the whole program, workers included,
 * in the files of one folder.
 */
function codeFolder(): string {
  return path.basename(__dirname) === 'host' ? path.dirname(__dirname) : __dirname;
}

/** A hash of every `.js` file at or below `folder`, with their paths: 16 hex digits. */
export function buildIdOf(folder: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .sort();
  for (const name of files) {
    hash.update(`${name.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** A hash of a JSON value that does not depend on the order of its keys: what a cache of results computed under a configuration is keyed by. */
export function configHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
