import { existsSync, promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { parseConfig, seedMatcher } from '../engine/config/config';
import { CONFIG_FILE, defaultConfig, UNCONFIGURED_INCLUDE } from '../protocol/configFile';
import type { CorpusRoot } from '../engine/corpus/corpus';
import { decodeText } from './decodeText';
import { describeFileError, fileKindOf } from './fileErrors';
import { readRegularFile } from './readRegularFile';

/** Folders never worth walking into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A config is a few lines; a larger file is no config, and parsing it would stall the editor. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Folders deeper than this are not searched. No corpus nests so deep, and matching a path against
 * a glob with several `**` costs a power of its depth (picomatch backtracks).
 */
export const MAX_FOLDER_DEPTH = 64;

/** A file or folder of the corpus that is not checked, and why. */
export interface RefusedFile {
  file: string;
  reason: string;
}

export interface CorpusListing {
  /** Seed files in path order: regular files, and links to files inside the corpus that no other seed names. */
  seeds: string[];
  /** What looks like a seed (or may hold seeds) but is not read: FIFOs, devices, links leading out or nowhere, unlistable folders. */
  refused: RefusedFile[];
}

/** The corpus a folder belongs to: the nearest `.seedcurator.json` at or above it. */
export async function findCorpusRoot(start: string): Promise<string | undefined> {
  let folder = path.resolve(start);
  for (;;) {
    if (await exists(path.join(folder, CONFIG_FILE))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/**
 * Reads a corpus root's config. A config that cannot be read (a folder, unreadable, binary,
 * too large) or is broken is reported, and the defaults hold: the folder is a corpus all the same.
 */
export async function loadCorpusRoot(folder: string): Promise<CorpusRoot> {
  const configFile = path.join(folder, CONFIG_FILE);
  if (!(await exists(configFile))) return { folder, config: defaultConfig(UNCONFIGURED_INCLUDE), configProblems: [] };
  const read = await readRegularFile(configFile, MAX_CONFIG_BYTES);
  const decoded = read.ok ? decodeText(read.bytes) : read;
  if (!decoded.ok) return { folder, configFile, config: defaultConfig(), configProblems: [{ message: `${CONFIG_FILE} cannot be read: ${decoded.reason}.`, offset: 0 }] };
  const { config, problems } = parseConfig(decoded.text);
  return { folder, configFile, config, configProblems: problems };
}

/** Every `.seedcurator.json` under a folder (a workspace may hold several corpora). */
export async function findConfigFolders(folder: string): Promise<string[]> {
  const found: string[] = [];
  await walk(folder, {
    entry: (file) => {
      if (path.basename(file) === CONFIG_FILE) found.push(path.dirname(file));
    },
  });
  return found.sort();
}

/** Every seed file of a corpus, in path order; a nested corpus keeps its own seeds. */
export async function listSeedFiles(root: CorpusRoot): Promise<string[]> {
  return (await listCorpusFiles(root)).seeds;
}

/**
 * The seeds of a corpus and the files that look like seeds but are not read. Links are followed
 * only to files inside the corpus root, and only when no other seed is that file already (the
 * corpus would hold it twice, and `--fix` would write it twice). Linked folders are not followed:
 * they would loop, or list seeds twice. `noticeOther` hears of every other file (`--fix` finds
 * its stale temporary files so).
 */
export async function listCorpusFiles(root: CorpusRoot, noticeOther: (file: string) => void = () => {}): Promise<CorpusListing> {
  const isSeed = seedMatcher(root.config);
  const seeds: string[] = [];
  const links: string[] = [];
  const refused: RefusedFile[] = [];
  await walk(root.folder, {
    skipFolder: (dir) => dir !== root.folder && existsSync(path.join(dir, CONFIG_FILE)),
    unlistable: (dir, reason) => refused.push({ file: dir, reason }),
    entry: (file, entry, relative) => {
      if (!isSeed(relative)) noticeOther(file);
      else if (entry.isFile()) seeds.push(file);
      else if (entry.isSymbolicLink()) links.push(file);
      else refused.push({ file, reason: `not a regular file (${fileKindOf(entry)})` });
    },
  });
  // Without links, no map of every seed's real path (a path.relative per seed).
  if (links.length > 0) {
    const realRoot = await fs.realpath(root.folder).catch(() => root.folder);
    // A regular seed's real path is the root's plus its relative path: linked folders are never walked.
    const claimed = new Map(seeds.map((file) => [path.join(realRoot, path.relative(root.folder, file)), file]));
    for (const link of links.sort()) {
      const followed = await followLink(link, realRoot, claimed);
      if ('reason' in followed) refused.push(followed);
      else seeds.push(link);
    }
  }
  return { seeds: seeds.sort(), refused: refused.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Where a seed that is a link leads, when it may be read: a file inside the corpus that no other seed is. */
async function followLink(link: string, realRoot: string, claimed: Map<string, string>): Promise<{ target: string } | RefusedFile> {
  let target: string;
  try {
    target = await fs.realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file: link, reason: code === 'ENOENT' ? 'a link to a file that does not exist' : describeFileError(error) };
  }
  if (!isInside(target, realRoot)) return { file: link, reason: 'a link to a file outside the corpus root; not followed' };
  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) return { file: link, reason: `a link to ${fileKindOf(stat)}; not followed` };
  } catch (error) {
    return { file: link, reason: describeFileError(error) };
  }
  const other = claimed.get(target);
  if (other !== undefined) return { file: link, reason: `a link to ${path.basename(other)}, which is checked already` };
  claimed.set(target, link);
  return { target };
}

/** Whether a path lies strictly inside a folder. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}

interface WalkVisitor {
  /** Every entry that is not a folder: files, links, FIFOs, devices; `relative`: its path from the folder walked, with `/`. */
  entry(file: string, entry: Dirent, relative: string): void;
  skipFolder?(dir: string): boolean;
  /** A folder that cannot be listed, or is too deep to be searched. */
  unlistable?(dir: string, reason: string): void;
}

/**
 * Entries handled between two turns of the event loop: a folder of 100,000 seeds held a language
 * server for a second, and a hover with it.
 */
const ENTRIES_PER_TURN = 2048;

async function walk(folder: string, visitor: WalkVisitor, depth = 0, relative = ''): Promise<void> {
  if (depth > MAX_FOLDER_DEPTH) return visitor.unlistable?.(folder, `a folder nested more than ${MAX_FOLDER_DEPTH} deep; not searched`);
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    // A folder that vanished meanwhile held no seeds worth naming.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') visitor.unlistable?.(folder, `a folder that cannot be listed: ${describeFileError(error)}`);
    return;
  }
  for (let index = 0; index < entries.length; index++) {
    if (index > 0 && index % ENTRIES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    const entry = entries[index]!;
    const full = path.join(folder, entry.name);
    const inside = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (!entry.isDirectory()) visitor.entry(full, entry, inside);
    else if (!SKIPPED_FOLDERS.has(entry.name) && !visitor.skipFolder?.(full)) await walk(full, visitor, depth + 1, inside);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
