import { existsSync, promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, defaultConfig, parseConfig, seedMatcher, UNCONFIGURED_INCLUDE } from '../config/config';
import type { CorpusRoot } from '../corpus/corpus';

/** Folders never worth walking into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

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

/** Reads a corpus root's config; a broken config is reported and the defaults hold. */
export async function loadCorpusRoot(folder: string): Promise<CorpusRoot> {
  const configFile = path.join(folder, CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(configFile, 'utf8');
  } catch {
    return { folder, config: defaultConfig(UNCONFIGURED_INCLUDE), configProblems: [] };
  }
  const { config, problems } = parseConfig(text);
  return { folder, configFile, config, configProblems: problems };
}

/** Every `.seedcurator.json` under a folder (a workspace may hold several corpora). */
export async function findConfigFolders(folder: string): Promise<string[]> {
  const found: string[] = [];
  await walk(folder, (file) => {
    if (path.basename(file) === CONFIG_FILE) found.push(path.dirname(file));
  });
  return found.sort();
}

/** Every seed file of a corpus, in path order; a nested corpus keeps its own seeds. */
export async function listSeedFiles(root: CorpusRoot): Promise<string[]> {
  const isSeed = seedMatcher(root.config);
  const files: string[] = [];
  await walk(root.folder, (file) => {
    const relative = path.relative(root.folder, file).split(path.sep).join('/');
    if (isSeed(relative)) files.push(file);
  }, (dir) => dir !== root.folder && existsSync(path.join(dir, CONFIG_FILE)));
  return files.sort();
}

async function walk(folder: string, visit: (file: string) => void, skipFolder: (dir: string) => boolean = () => false): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return; // A folder that vanished or cannot be read has no seeds.
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !skipFolder(full)) await walk(full, visit, skipFolder);
    } else if (entry.isFile()) visit(full);
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
