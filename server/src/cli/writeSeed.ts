import { constants, promises as fs, type Stats } from 'node:fs';
import { isInside } from '../engine/files/corpusFiles';
import { describeFileError } from '../engine/files/fileErrors';
import { MAX_SEED_BYTES } from '../engine/files/readSeedFile';
import { readRegularFile } from '../engine/files/readRegularFile';
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
    const target = await fs.realpath(file);
    if (!isInside(target, realRoot)) return notWritten('it is a link to a file outside the corpus root');
    const before = await fs.stat(target);
    const refusal = refusalOf(before) ?? (await accessRefusal(target));
    if (refusal) return notWritten(refusal);
    await replaceFileAtomically(target, fixedText, before, async () => {
      if (!(await isUnchanged(target, before, readText))) throw new NotWritten('it changed on disk since it was read; left as it is');
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

async function accessRefusal(target: string): Promise<string | undefined> {
  try {
    await fs.access(target, constants.W_OK);
    return undefined;
  } catch (error) {
    return `it is not writable (${describeFileError(error)})`;
  }
}

/** The same file, with the same links, owner and mode, holding the very bytes that were read. */
async function isUnchanged(target: string, before: Stats, readText: string): Promise<boolean> {
  const now = await fs.stat(target).catch(() => undefined);
  if (!now || now.dev !== before.dev || now.ino !== before.ino || now.nlink !== before.nlink || now.mode !== before.mode || now.uid !== before.uid || now.gid !== before.gid) return false;
  const current = await readRegularFile(target, MAX_SEED_BYTES);
  return current.ok && current.bytes.equals(Buffer.from(readText, 'utf8'));
}
