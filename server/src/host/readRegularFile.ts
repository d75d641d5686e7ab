import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { failureOf, fileKindOf, tooLargeToCheck, type FileFailure } from './fileErrors';

/** `fileVersion`: the file as it was read (see `fileVersionOf`). */
export type FileBytes = { ok: true; bytes: Buffer; fileVersion: string } | FileFailure;

/** Reads of a file that changes under them before it is reported as changing. */
const READ_ATTEMPTS = 2;
const CHANGED = Symbol('changed while read');

/**
 * Reads a regular file of at most `maxBytes`, never blocking and never reading more than that:
 * FIFOs, devices and sockets are refused from a `stat` before they are opened (opening a tape
 * drive can rewind it), and the open itself is non-blocking in case one was swapped in since. A
 * file that grows, shrinks or is rewritten while read is read again, then reported.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<FileBytes> {
  for (let attempt = 1; ; attempt++) {
    const read = readOnce(file, maxBytes);
    if (read !== CHANGED) return read;
    if (attempt === READ_ATTEMPTS) return { ok: false, reason: 'it kept changing while it was read' };
  }
}

/**
 * One read, with blocking calls: an asynchronous read is seven round trips through libuv's thread
 * pool (stat, open, fstat, read, fstat, close), which for a news article cost some 30 times the
 * read itself (2,225 BBC articles: 1.7 s asynchronously, 56 ms so). Seeds are small, local files
 * (20 MB at most), FIFOs and devices are refused before they are opened, and reading a seed takes
 * a fraction of checking it; the CLI and large corpora read them on worker threads.
 */
function readOnce(file: string, maxBytes: number): FileBytes | typeof CHANGED {
  let fd: number;
  try {
    const refused = refusal(statSync(file), maxBytes);
    if (refused) return refused;
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failureOf(error);
  }
  try {
    const before = fstatSync(fd);
    const refused = refusal(before, maxBytes);
    if (refused) return refused;
    // One byte more than the file had: reading it means the file grew meanwhile.
    const buffer = Buffer.alloc(before.size + 1);
    const length = readFully(fd, buffer);
    const after = fstatSync(fd);
    if (length !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) return CHANGED;
    return { ok: true, bytes: buffer.subarray(0, length), fileVersion: fileVersionOf(after) };
  } catch (error) {
    return failureOf(error);
  } finally {
    closeSync(fd);
  }
}

/** Fills the buffer from the start of the file, or reads to its end; returns the bytes read. */
function readFully(fd: number, buffer: Buffer): number {
  let length = 0;
  while (length < buffer.length) {
    const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length;
}

/**
 * What tells one state of a file from another without reading it: its device and inode, size, and
 * the times of its last write and last change of any kind (which no program can set back), last.
 */
function fileVersionOf(stat: Stats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/**
 * File systems keep times as coarse as 2 s (FAT): a file written again within one tick of its last
 * change keeps its version. A version read at a time stands for the content read then only when its
 * change time was at least this long before (git's "racy" files): a later write changes it. The
 * time compared is this machine's clock: a network file system whose server's clock runs more
 * than this behind, with coarse times, would need more.
 */
export const TIME_TICK_MS = 2_000;

/** Whether a file's version, read after `readAfter` (ms since the epoch), tells its content from any later one (see TIME_TICK_MS). */
export function isSettledVersion(version: string, readAfter: number): boolean {
  const changed = Number(version.slice(version.lastIndexOf(':') + 1));
  return changed < readAfter - TIME_TICK_MS;
}

/** The file's version now (see `fileVersionOf`); undefined if it cannot be told. */
export function currentFileVersion(file: string): string | undefined {
  try {
    return fileVersionOf(statSync(file));
  } catch {
    return undefined;
  }
}

function refusal(stat: Stats, maxBytes: number): FileBytes | undefined {
  if (!stat.isFile()) return { ok: false, reason: `not a regular file (${fileKindOf(stat)})` };
  if (stat.size > maxBytes) return tooLargeToCheck(stat.size, maxBytes);
  return undefined;
}
