import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** `.NAME.seed-curator-PID-HEX.tmp`: hidden, named after its seed and the process writing it. */
const TEMP_NAME = /^\..+\.seed-curator-(\d+)-[0-9a-f]{8}\.tmp$/;

/**
 * A temporary file older than this is abandoned even if a process of its PID is alive: that PID
 * has been reused, since a write takes milliseconds. Younger ones of a live process are another
 * `--fix` at work on the same corpus, and are left alone.
 */
export const STALE_AFTER_MS = 10 * 60 * 1000;

/** A new temporary file's path beside `target`: the same folder keeps the rename on one file system. */
export function tempFileBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.seed-curator-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

export function isTempFile(file: string): boolean {
  return TEMP_NAME.test(path.basename(file));
}

/**
 * Removes the temporary files that a `--fix` killed before its rename left behind: those whose
 * process is gone, or that are older than STALE_AFTER_MS. Only names of our own pattern are ever
 * touched. A PID from another machine or container sharing the folder may look dead here: its
 * rename then fails and that run reports the seed as not written, so nothing is lost.
 */
export async function removeStaleTempFiles(files: readonly string[], now = Date.now()): Promise<number> {
  let removed = 0;
  for (const file of files) {
    const pid = Number(TEMP_NAME.exec(path.basename(file))?.[1]);
    if (!pid) continue;
    try {
      const stat = await fs.lstat(file);
      if (!stat.isFile() || (isAlive(pid) && now - stat.mtimeMs <= STALE_AFTER_MS)) continue;
      await fs.unlink(file);
      removed++;
    } catch {
      // Gone already (another run swept it), or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
