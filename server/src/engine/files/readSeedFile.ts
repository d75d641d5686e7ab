import { promises as fs } from 'node:fs';

/** Larger files are not seeds but dumps; reading them would stall the editor. */
export const MAX_SEED_BYTES = 20 * 1024 * 1024;

export type SeedFileRead = { ok: true; text: string } | { ok: false; reason: string };

// ignoreBOM keeps a BOM in the text, so the parser sees it and fixes can write it back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a seed as UTF-8; binary, invalid, vanished and oversized files come back as a reason. */
export async function readSeedFile(file: string): Promise<SeedFileRead> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > MAX_SEED_BYTES) return { ok: false, reason: `too large to check (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_SEED_BYTES / 1048576} MB)` };
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'the file no longer exists' : `cannot be read (${code ?? (error as Error).message})` };
  }
  return decodeSeed(bytes);
}

export function decodeSeed(bytes: Uint8Array): SeedFileRead {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'a binary file, not text' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
}
