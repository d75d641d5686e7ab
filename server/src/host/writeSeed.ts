import { constants, promises as fs, type Stats } from 'node:fs';
import { isInside } from './corpusFiles';
import { describeFileError } from './fileErrors';
import { NotWritten, replaceFileAtomically } from './writeAtomic';

export type WriteOutcome = { written: true } | { written: false; reason: string };

/**
 * Writes a seed's fixed text, atomically, only where that loses nothing, or says why it did not:
 * - it goes through a symbolic link to its target (the link stays a link), but never out of the corpus;
 * - a file with several hard links is left alone: a rename gives one name the new text and leaves
 *   the others the old, and writing in place is not atomic;
 * - a read-only file is left alone: someone meant it to stay as it is;
 * - owner, group and mode are kept, or the file is left alone;
 * - the file is compared with the text that was read just before the rename: a seed saved,
 *   replaced or deleted meanwhile is left as it is.
 */
export async function writeFixedSeed(file: string, readText: string, fixedText: string, realRoot: string): Promise<WriteOutcome> {
  try {
    const entry = await fs.lstat(file);
    const target = entry.isSymbolicLink() ? await fs.realpath(file) : file;
    if (entry.isSymbolicLink() && !isInside(target, realRoot)) return notWritten('it is a link to a file outside the corpus root');
    const before = entry.isSymbolicLink() ? await fs.stat(target) : entry;
    const refusal = refusalOf(before) ?? (await accessRefusal(target));
    if (refusal) return notWritten(refusal);
    await replaceFileAtomically(target, fixedText, before, async () => {
      if (!(await isUnchanged(target, before, Buffer.from(readText, 'utf8')))) throw new NotWritten('it changed on disk since it was read; left as it is');
    });
    return { written: true };
  } catch (error) {
    return notWritten(error instanceof NotWritten ? error.message : `it could not be written: ${describeFileError(error)}`);
  }
}

function notWritten(reason: string): WriteOutcome {
  return { written: false, reason };
}

function refusalOf(stat: Stats): string | undefined {
  if (!stat.isFile()) return 'it is no longer a regular file';
  if (stat.nlink > 1) return `it has ${stat.nlink} hard links, which a rewrite would split (the other names would keep the old text)`;
  // Root may write anything; the mode still says what the owner meant.
  if ((stat.mode & 0o222) === 0) return 'it is read-only';
  return undefined;
}

/** Whether this user may write the file: root may, whatever its mode (refusalOf has judged that). */
async function accessRefusal(target: string): Promise<string | undefined> {
  if (process.getuid?.() === 0) return undefined;
  try {
    await fs.access(target, constants.W_OK);
    return undefined;
  } catch (error) {
    return `it is not writable (${describeFileError(error)})`;
  }
}

/**
 * The same file, with the same links, owner and mode, holding the very bytes that were read.
 * Opened without blocking: a FIFO swapped in meanwhile is another file, not a wait.
 */
async function isUnchanged(target: string, before: Stats, bytesRead: Buffer): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(target, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const now = await handle.stat();
    const same = now.dev === before.dev && now.ino === before.ino && now.nlink === before.nlink && now.mode === before.mode && now.uid === before.uid && now.gid === before.gid;
    if (!same || now.size !== bytesRead.length) return false;
    const current = Buffer.alloc(bytesRead.length);
    return (await readFully(handle, current)) === current.length && current.equals(bytesRead);
  } finally {
    await handle.close();
  }
}

/** Fills the buffer from the start of the file, or reads to its end; returns the bytes read. */
async function readFully(handle: fs.FileHandle, buffer: Buffer): Promise<number> {
  let length = 0;
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length;
}
