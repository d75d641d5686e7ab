import { decodeText } from './decodeText';
import type { FileFailure } from './fileErrors';
import { readRegularFile } from './readRegularFile';

/** Larger files are not seeds but dumps; reading them would stall the editor. */
export const MAX_SEED_BYTES = 20 * 1024 * 1024;

/** `fileVersion`: the file as it was read, to tell later whether it changed without reading it again. */
export type SeedFileRead = { ok: true; text: string; fileVersion?: string } | FileFailure;

/**
 * Reads a seed as UTF-8. What is not a seed comes back as a reason a curator understands: a FIFO
 * or device (never opened for reading, so never blocking), a binary, UTF-16 or invalid UTF-8
 * file, a vanished, unreadable, oversized or constantly changing one.
 */
export async function readSeedFile(file: string): Promise<SeedFileRead> {
  const read = await readRegularFile(file, MAX_SEED_BYTES);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  return decoded.ok ? { ...decoded, fileVersion: read.fileVersion } : decoded;
}
