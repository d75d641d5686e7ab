import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CorpusRoot } from '../engine/corpus/corpus';
import { findConfigFolders, findCorpusRoot, listSeedFiles, loadCorpusRoot } from '../engine/files/corpusFiles';

/** One corpus to check: every seed is indexed, the selected ones are reported. */
export interface CorpusTarget {
  root: CorpusRoot;
  /** Every seed of the corpus plus any file named on the command line, in path order. */
  seedFiles: string[];
  /** The seeds the command line asked about. */
  selected: Set<string>;
}

/** A command-line path that does not exist or cannot be read: bad usage, exit status 2. */
export class PathError extends Error {}

interface Wanted {
  /** Folders whose seeds are all wanted. */
  folders: string[];
  /** Files named one by one; checked even when `include` would leave them out, since the user asked. */
  files: Set<string>;
}

/** Turns the command line's paths into the corpora they belong to. */
export async function resolveTargets(paths: readonly string[], cwd: string): Promise<CorpusTarget[]> {
  const wantedByRoot = new Map<string, Wanted>();
  const wanted = (root: string) => {
    let entry = wantedByRoot.get(root);
    if (!entry) wantedByRoot.set(root, (entry = { folders: [], files: new Set() }));
    return entry;
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(given, absolute);
    if (kind === 'file') {
      const folder = path.dirname(absolute);
      wanted((await findCorpusRoot(folder)) ?? folder).files.add(absolute);
    } else {
      wanted((await findCorpusRoot(absolute)) ?? absolute).folders.push(absolute);
      // Corpora nested below the folder have their own config and their own index.
      for (const nested of await findConfigFolders(absolute)) wanted(nested).folders.push(nested);
    }
  }
  const targets: CorpusTarget[] = [];
  for (const [folder, { folders, files }] of [...wantedByRoot].sort(([a], [b]) => a.localeCompare(b))) {
    const root = await loadCorpusRoot(folder);
    const listed = await listSeedFiles(root);
    const selected = new Set([...listed.filter((file) => folders.some((wantedFolder) => isInside(file, wantedFolder))), ...files]);
    // A folder with neither a config nor seeds (say, the parent of nested corpora) is no corpus at all.
    if (selected.size === 0 && !root.configFile) continue;
    targets.push({ root, seedFiles: [...new Set([...listed, ...files])].sort(), selected });
  }
  return targets;
}

async function kindOf(given: string, absolute: string): Promise<'file' | 'folder'> {
  try {
    const stat = await fs.stat(absolute);
    await fs.access(absolute, constants.R_OK);
    if (stat.isDirectory()) return 'folder';
    if (stat.isFile()) return 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PathError(code === 'ENOENT' ? `${given}: no such file or folder` : `${given}: cannot be read (${code ?? (error as Error).message})`);
  }
  throw new PathError(`${given}: neither a file nor a folder`);
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}
