import { promises as fs } from 'node:fs';
import { describeFileError } from './fileErrors';
import { tempFileBeside } from './tempFiles';

/** A write abandoned on purpose, with the reason to report. */
export class NotWritten extends Error {}

export interface Ownership {
  uid: number;
  gid: number;
  mode: number;
}

/**
 * Replaces a file's content so that a reader (or a crash, or SIGKILL) sees the old text or the
 * new, never half of it. The temporary file sits in the target's folder, so the rename stays on
 * one file system; it is created exclusively and private, given the target's owner, group and
 * mode (umask would not be set aside otherwise), and flushed to disk before the rename, so that a
 * power cut cannot leave an empty file. `confirm` runs last before the rename and may throw
 * NotWritten to abandon the write. Owner and group that cannot be kept (not root, not ours)
 * abandon it too.
 */
export async function replaceFileAtomically(target: string, text: string, like: Ownership, confirm: () => Promise<void>): Promise<void> {
  const temp = tempFileBeside(target);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text);
      await keepOwnership(handle, like);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await confirm();
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

async function keepOwnership(handle: fs.FileHandle, like: Ownership): Promise<void> {
  const own = await handle.stat();
  if (own.uid !== like.uid || own.gid !== like.gid) {
    try {
      await handle.chown(like.uid, like.gid);
    } catch (error) {
      throw new NotWritten(`its owner and group could not be kept (${describeFileError(error)})`);
    }
  }
  // After chown, which clears set-user-ID bits.
  await handle.chmod(like.mode & 0o7777);
}
