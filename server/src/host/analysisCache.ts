import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFileError } from './fileErrors';
import { isTempFile, removeStaleTempFiles, tempFileBeside } from './tempFiles';
import { decodeShard, encodeShard, entrySize, headerSize, isCacheKey, type CacheEntry, type CacheIdentity } from './cacheFormat';

export const DEFAULT_CACHE_MAX_BYTES = 512 * 1024 * 1024;
/**
 * Room a corpus's cache has per seed beyond DEFAULT_CACHE_MAX_BYTES: a seed's digest and findings
 * take some 4 KB on the BBC articles and 13 KB on generated news, so a large corpus's cache holds
 * all of them (else every run evicts what the next needs) and stays bounded by the corpus's size.
 */
export const CACHE_BYTES_PER_SEED = 32 * 1024;

/** The most the cache of a corpus of this many seeds may hold. */
export function cacheBytesFor(seeds: number): number {
  return Math.max(DEFAULT_CACHE_MAX_BYTES, seeds * CACHE_BYTES_PER_SEED);
}
/** One file per shard, so that a flush after an edit rewrites 1/256 of the cache, not all of it. */
const SHARDS = 256;
const SHARD_FILE = /^[0-9a-f]{2}\.cache$/;
/** Shard files read at once when a cache opens: as many as libuv's threads read files at once. */
const SHARDS_READ_AT_ONCE = 4;

export interface CacheOptions extends CacheIdentity {
  /** The most the cache's files may hold together; the least recently used entries go first. */
  maxBytes?: number;
  /** Where the cache says why it ignored a file or cannot be written; it never throws. */
  log: (message: string) => void;
}

/** The key of a file's analysis: the SHA-256 of its bytes (base64url, 43 characters). */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/**
 * An on-disk map from keys (a file's content hash) to opaque bytes (its analysis), valid for one
 * engine version and one configuration: files written for another, or damaged, truncated or
 * foreign, are ignored (and named in the log) and replaced at the next flush, never trusted.
 * Bounded: `flush({ dropUnused: true })` drops what was not used since opening, and every flush
 * keeps the files under `maxBytes`, the least recently used entries evicted first.
 *
 * Files are written whole to a temporary name and renamed, so a reader, or a process killed
 * mid-write, sees each file old or new. They are not flushed to disk: after a power cut a file
 * may be torn, and its checksum then has it ignored; a cache can always be rebuilt.
 */
export class AnalysisCache {
  private readonly shards: Map<string, CacheEntry>[];
  /** Shards whose file no longer matches what is held: written at the next flush. */
  private readonly dirty = new Set<number>();
  /** Bytes the entries may take: maxBytes less a header per file. */
  private readonly budget: number;
  /** The logical clock of entries' last use; entries used since opening are stamped past `openedAt`. */
  private clock = 0;
  private readonly openedAt: number;
  private bytes = 0;
  private writeProblem: string | undefined;
  private flushing = Promise.resolve();

  private constructor(
    readonly folder: string,
    private readonly options: CacheOptions,
    shards: Map<string, CacheEntry>[],
  ) {
    this.shards = shards;
    this.budget = (options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES) - SHARDS * headerSize(options);
    for (const shard of shards) {
      for (const [key, entry] of shard) {
        this.clock = Math.max(this.clock, entry.lastUsed);
        this.bytes += entrySize(key, entry.value);
      }
    }
    this.openedAt = this.clock;
  }

  /**
   * Reads the cache in `folder` (created if need be). Undefined, with the reason logged, when the
   * folder cannot be made or listed; files that cannot be read are ignored. Never throws.
   */
  static async open(folder: string, options: CacheOptions): Promise<AnalysisCache | undefined> {
    try {
      await fs.mkdir(folder, { recursive: true });
    } catch (error) {
      options.log(`The analysis cache is off: its folder ${folder} cannot be made (${describeFileError(error)}).`);
      return undefined;
    }
    let names: Set<string>;
    try {
      names = new Set(await fs.readdir(folder));
    } catch (error) {
      options.log(`The analysis cache is off: its folder ${folder} cannot be read (${describeFileError(error)}).`);
      return undefined;
    }
    // Left by a process killed between writing a file and renaming it.
    await removeStaleTempFiles([...names].filter(isTempFile).map((name) => path.join(folder, name)));
    const ignored = new Map<string, number>();
    const dirty: number[] = [];
    const readShard = async (shard: number): Promise<Map<string, CacheEntry>> => {
      // Only the files listed: a small or new cache costs no failed opens.
      if (!names.has(shardFileName(shard))) return new Map<string, CacheEntry>();
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(path.join(folder, shardFileName(shard)));
      } catch (error) {
        // ENOENT: removed since listed, by another process rewriting an empty shard.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') count(ignored, `unreadable (${describeFileError(error)})`);
        return new Map<string, CacheEntry>();
      }
      const decoded = decodeShard(bytes, options);
      if ('ignored' in decoded) {
        count(ignored, decoded.ignored);
        dirty.push(shard);
        return new Map<string, CacheEntry>();
      }
      return decoded.entries;
    };
    // A few files at a time: read all at once, they finished together and were decoded one after
    // the other in one turn of the event loop (a second, for a cache of 100,000 seeds).
    const shards: Map<string, CacheEntry>[] = [];
    let next = 0;
    const readInTurn = async () => {
      for (let shard = next++; shard < SHARDS; shard = next++) shards[shard] = await readShard(shard);
    };
    await Promise.all(Array.from({ length: SHARDS_READ_AT_ONCE }, readInTurn));
    for (const [reason, files] of ignored) options.log(`Ignored ${files} file${files === 1 ? '' : 's'} of the analysis cache in ${folder}: ${reason}; rebuilt as seeds are analysed.`);
    const cache = new AnalysisCache(folder, options, shards);
    for (const shard of dirty) cache.dirty.add(shard);
    return cache;
  }

  get size(): number {
    return this.shards.reduce((sum, shard) => sum + shard.size, 0);
  }

  get(key: string): Uint8Array | undefined {
    const entry = this.shards[shardOf(key)]!.get(key);
    if (!entry) return undefined;
    entry.lastUsed = ++this.clock;
    return entry.value;
  }

  /**
   * Keeps a copy of `value` under `key` (printable ASCII, at most 255 characters, as contentHash
   * gives; another key is a programming error, and throws). A value larger than the whole cache
   * may hold is not kept.
   */
  set(key: string, value: Uint8Array): void {
    if (!isCacheKey(key)) throw new TypeError(`not a cache key: ${JSON.stringify(key.slice(0, 40))}`);
    const shard = shardOf(key);
    this.remove(shard, key);
    if (entrySize(key, value) > this.budget) return;
    // A copy, always: a Buffer's slice() is a view, of a pooled slab maybe.
    this.shards[shard]!.set(key, { value: new Uint8Array(value), lastUsed: ++this.clock });
    this.bytes += entrySize(key, value);
    this.dirty.add(shard);
  }

  private remove(shard: number, key: string): void {
    const entry = this.shards[shard]!.get(key);
    if (!entry) return;
    this.shards[shard]!.delete(key);
    this.bytes -= entrySize(key, entry.value);
    this.dirty.add(shard);
  }

  /**
   * Writes what changed since the last flush. `dropUnused`: also drop every entry not read or
   * written since opening; ask for it once the whole corpus has been through the cache. Never
   * throws: a folder that cannot be written is named once in the log and the cache stays in memory.
   */
  flush(options: { dropUnused?: boolean } = {}): Promise<void> {
    this.flushing = this.flushing.then(() => this.write(options.dropUnused === true));
    return this.flushing;
  }

  private async write(dropUnused: boolean): Promise<void> {
    if (dropUnused) this.dropUnused();
    this.evictOverCap();
    if (this.writeProblem !== undefined) return;
    for (const shard of [...this.dirty]) {
      // Marked clean before it is written: a set() during the write marks it again.
      this.dirty.delete(shard);
      try {
        await this.writeShard(shard);
      } catch (error) {
        this.dirty.add(shard);
        this.writeProblem = describeFileError(error);
        this.options.log(`The analysis cache in ${this.folder} cannot be written (${this.writeProblem}); it is kept in memory only until the server or the run ends.`);
        return;
      }
    }
  }

  private dropUnused(): void {
    this.shards.forEach((entries, shard) => {
      for (const [key, entry] of entries) if (entry.lastUsed <= this.openedAt) this.remove(shard, key);
    });
  }

  /** The least recently used entries go until the files fit under maxBytes, headers included. */
  private evictOverCap(): void {
    if (this.bytes <= this.budget) return;
    const byAge = this.shards.flatMap((entries, shard) => [...entries].map(([key, entry]) => ({ key, shard, lastUsed: entry.lastUsed })));
    byAge.sort((a, b) => a.lastUsed - b.lastUsed);
    for (const { key, shard } of byAge) {
      if (this.bytes <= this.budget) break;
      this.remove(shard, key);
    }
  }

  private async writeShard(shard: number): Promise<void> {
    const target = path.join(this.folder, shardFileName(shard));
    const entries = this.shards[shard]!;
    if (entries.size === 0) {
      await fs.rm(target, { force: true });
      return;
    }
    const temp = tempFileBeside(target);
    try {
      await fs.writeFile(temp, encodeShard(this.options, entries), { flag: 'wx', mode: 0o600 });
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }
}

/**
 * Removes a cache's folder: its own files (shards, and temporary files of a killed write), then
 * the folder if nothing else is left in it. Never throws.
 */
export async function removeCacheFolder(folder: string): Promise<void> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => SHARD_FILE.test(name) || isTempFile(name)).map((name) => fs.rm(path.join(folder, name), { force: true }).catch(() => undefined)));
  await fs.rmdir(folder).catch(() => undefined);
}

function shardFileName(shard: number): string {
  return `${shard.toString(16).padStart(2, '0')}.cache`;
}

/** FNV-1a of the key's characters, folded to a shard: even for keys that share their first characters. */
function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash ^ (hash >>> 8) ^ (hash >>> 16) ^ (hash >>> 24)) & (SHARDS - 1);
}

function count(counts: Map<string, number>, reason: string): void {
  counts.set(reason, (counts.get(reason) ?? 0) + 1);
}
