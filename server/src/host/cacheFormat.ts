import { crc32 } from 'node:zlib';

/**
 * One file of the analysis cache (a shard): a header, then one index record per entry, then the
 * values one after another.
 *
 *     0  magic "SEEDCURC"           8 bytes
 *     8  format version             u32
 *    12  file length                u32   (a truncated file is named as such)
 *    16  CRC-32 of bytes 20..end    u32   (a damaged file is never trusted)
 *    20  entry count                u32
 *    24  engine version length      u16, config hash length u16, then both in UTF-8
 *        per entry: key length u8, key (ASCII), last use f64, value length u32
 *        the values
 *
 * Little-endian throughout. Decoding is one pass over the bytes, and values are views of the file
 * read, never copies, so a cache of 100,000 entries loads at the speed of reading it.
 */
export const CACHE_FORMAT_VERSION = 1;
const MAGIC = Buffer.from('SEEDCURC', 'latin1');
const FIXED_HEADER = 28;
const RECORD_FIXED = 1 + 8 + 4;
/** Keys are content hashes or similar: short, printable ASCII, so one byte per character. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface CacheEntry {
  value: Uint8Array;
  /** A logical clock: larger is used more recently. */
  lastUsed: number;
}

/** What a cache file must have been written for, to be read at all. */
export interface CacheIdentity {
  engineVersion: string;
  configHash: string;
}

export type DecodedShard = { entries: Map<string, CacheEntry> } | { ignored: string };

export function isCacheKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Bytes an entry takes in a file, for the size cap. */
export function entrySize(key: string, value: Uint8Array): number {
  return RECORD_FIXED + key.length + value.length;
}

/** Bytes of a file's header, entries aside. */
export function headerSize(identity: CacheIdentity): number {
  return FIXED_HEADER + Buffer.byteLength(identity.engineVersion) + Buffer.byteLength(identity.configHash);
}

export function encodeShard(identity: CacheIdentity, entries: ReadonlyMap<string, CacheEntry>): Buffer {
  const engine = Buffer.from(identity.engineVersion);
  const config = Buffer.from(identity.configHash);
  let length = FIXED_HEADER + engine.length + config.length;
  for (const [key, entry] of entries) length += entrySize(key, entry.value);
  const file = Buffer.allocUnsafe(length);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(CACHE_FORMAT_VERSION, 8);
  file.writeUInt32LE(length, 12);
  file.writeUInt32LE(entries.size, 20);
  file.writeUInt16LE(engine.length, 24);
  file.writeUInt16LE(config.length, 26);
  let at = FIXED_HEADER;
  at += engine.copy(file, at);
  at += config.copy(file, at);
  for (const [key, entry] of entries) {
    at = file.writeUInt8(key.length, at);
    at += file.write(key, at, 'latin1');
    at = file.writeDoubleLE(entry.lastUsed, at);
    at = file.writeUInt32LE(entry.value.length, at);
  }
  for (const entry of entries.values()) {
    file.set(entry.value, at);
    at += entry.value.length;
  }
  file.writeUInt32LE(crc32(file.subarray(20)), 16);
  return file;
}

/** Reads a shard written for `identity`; anything else (foreign, damaged, stale) comes back as the reason it is ignored. Never throws. */
export function decodeShard(file: Buffer, identity: CacheIdentity): DecodedShard {
  if (file.length < FIXED_HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return { ignored: 'not a Seed Curator cache file' };
  const version = file.readUInt32LE(8);
  if (version !== CACHE_FORMAT_VERSION) return { ignored: `written in cache format ${version}, not ${CACHE_FORMAT_VERSION}` };
  const length = file.readUInt32LE(12);
  if (file.length < length) return { ignored: 'truncated' };
  if (file.length > length) return { ignored: 'longer than its header says' };
  if (crc32(file.subarray(20)) !== file.readUInt32LE(16)) return { ignored: 'damaged (its checksum does not match)' };
  const engineEnd = FIXED_HEADER + file.readUInt16LE(24);
  const configEnd = engineEnd + file.readUInt16LE(26);
  if (configEnd > length) return { ignored: 'damaged (its header runs past its end)' };
  if (file.toString('utf8', FIXED_HEADER, engineEnd) !== identity.engineVersion) return { ignored: 'written by another version of the engine' };
  if (file.toString('utf8', engineEnd, configEnd) !== identity.configHash) return { ignored: 'written for another configuration' };
  return readEntries(file, configEnd, file.readUInt32LE(20));
}

function readEntries(file: Buffer, start: number, count: number): DecodedShard {
  // First the index's end, where the values start; then the entries, with no list of records between.
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + RECORD_FIXED > file.length) return { ignored: 'damaged (its index runs past its end)' };
    at += RECORD_FIXED + file[at]!;
  }
  if (at > file.length) return { ignored: 'damaged (its index runs past its end)' };
  let valueAt = at;
  const entries = new Map<string, CacheEntry>();
  for (let record = start; record < at; ) {
    const keyEnd = record + 1 + file[record]!;
    const length = file.readUInt32LE(keyEnd + 8);
    if (valueAt + length > file.length) return { ignored: 'damaged (its values run past its end)' };
    // A plain Uint8Array view, as was set: not a Buffer, which compares and serialises differently.
    entries.set(file.toString('latin1', record + 1, keyEnd), { value: new Uint8Array(file.buffer, file.byteOffset + valueAt, length), lastUsed: file.readDoubleLE(keyEnd) });
    valueAt += length;
    record = keyEnd + 12;
  }
  if (valueAt !== file.length) return { ignored: 'damaged (bytes left after its values)' };
  return { entries };
}
