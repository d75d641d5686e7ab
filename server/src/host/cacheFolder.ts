import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AnalysisCache, removeCacheFolder } from './analysisCache';
import { engineVersion } from './engineVersion';

const APP_FOLDER = 'seed-curator';
/** The name corpusCacheFolder gives a corpus's folder. */
const CORPUS_FOLDER = /^[0-9a-f]{16}$/;
/** A corpus whose cache no run has opened for this long is taken to be gone (or moved), and its cache removed. */
export const UNUSED_CACHE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The user's cache folder for Seed Curator: `$XDG_CACHE_HOME/seed-curator`, else the platform's
 * own (`~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows). Used by
 * the CLI's `--cache` and by a server whose editor gives it no storage folder.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, APP_FOLDER);
  if (platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, APP_FOLDER, 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', APP_FOLDER);
  return path.join(home, '.cache', APP_FOLDER);
}

/** One folder per corpus under `base`, named by a hash of the corpus root's path: two corpora never share, nor evict each other's, entries. */
export function corpusCacheFolder(base: string, corpusFolder: string): string {
  return path.join(base, createHash('sha256').update(path.resolve(corpusFolder)).digest('hex').slice(0, 16));
}

/**
 * Marks a corpus's cache as used now, and removes the caches of corpora under the same base that
 * no run has opened for UNUSED_CACHE_MS: the base never grows with every corpus ever checked.
 * Only folders of our own name lose only files of our own; never throws.
 */
async function markUsedAndSweep(base: string, folder: string, now = new Date()): Promise<void> {
  await fs.utimes(folder, now, now).catch(() => undefined);
  const names = await fs.readdir(base).catch(() => [] as string[]);
  for (const name of names) {
    const other = path.join(base, name);
    if (!CORPUS_FOLDER.test(name) || other === folder) continue;
    const stat = await fs.lstat(other).catch(() => undefined);
    if (stat?.isDirectory() && now.getTime() - stat.mtimeMs > UNUSED_CACHE_MS) await removeCacheFolder(other);
  }
}

export interface CacheFor {
  /** The folder holding every corpus's cache: `--cache DIR`, the editor's workspace storage; default userCacheFolder(). */
  base?: string;
  /** configHash() of what the cached analysis depends on in the corpus's configuration. */
  configHash: string;
  maxBytes?: number;
  log: (message: string) => void;
}

/**
 * The analysis cache of a corpus, valid for this engine and configuration; undefined (logged)
 * when no cache folder can be made. Never throws. A run uses it as:
 *
 *     const cache = await openCacheFor(root.folder, { base: options.cache, configHash: configHash(config), log });
 *     const key = contentHash(bytes);   // per seed file
 *     const digest = cache?.get(key) ?? analyse(…), then cache?.set(key, encoded digest) when it was missing
 *     await cache?.flush({ dropUnused: true });   // once every seed of the corpus has been through it
 */
export async function openCacheFor(corpusFolder: string, options: CacheFor): Promise<AnalysisCache | undefined> {
  const base = options.base ?? userCacheFolder();
  const folder = corpusCacheFolder(base, corpusFolder);
  const cache = await AnalysisCache.open(folder, { engineVersion: engineVersion(), configHash: options.configHash, maxBytes: options.maxBytes, log: options.log });
  if (cache) await markUsedAndSweep(base, folder);
  return cache;
}
