/** What went wrong with a file, in words a curator reads in a report: "permission denied", not "EACCES". */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the file no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'ENOTDIR':
      return 'a folder on its path is no longer a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EIO':
      return 'an input/output error';
    default:
      return code ? `cannot be accessed (${code})` : `cannot be accessed (${(error as Error | undefined)?.message ?? String(error)})`;
  }
}

/** Anything that is not a regular file, named. Takes a Stats or a Dirent. */
export function fileKindOf(entry: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSymbolicLink(): boolean }): string {
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/**
 * A size in megabytes as a person reads it: one decimal below 10 MB, whole above, rounded up so
 * that a file just over a limit never reads as the limit itself.
 */
/** A file that cannot be read as a seed, and why; `gone` when it does not exist (any more), so it is no seed at all. */
export type FileFailure = { ok: false; reason: string; gone?: true };

export function failureOf(error: unknown): FileFailure {
  return { ok: false, reason: describeFileError(error), ...((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && { gone: true as const }) };
}

export function tooLargeToCheck(bytes: number, maxBytes: number): FileFailure {
  return { ok: false, reason: `too large to check (${megabytes(bytes)}; the limit is ${megabytes(maxBytes)})` };
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? Math.ceil(mb * 10) / 10 : Math.ceil(mb)} MB`;
}
