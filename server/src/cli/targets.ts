import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CorpusConfig } from '../engine/config/config';
import type { CorpusRoot } from '../engine/corpus/corpus';
import { findConfigFolders, findCorpusRoot, isInside, listCorpusFiles, loadCorpusRoot, type RefusedFile } from '../host/corpusFiles';
import { fileKindOf } from '../host/fileErrors';
import { isTempFile } from '../host/tempFiles';

/** One corpus to check: every seed is indexed, the selected ones are reported. */
export interface CorpusTarget {
  root: CorpusRoot;
  /** Every seed of the corpus plus any file named on the command line, in path order. */
  seedFiles: string[];
  /** The seeds the command line asked about. */
  selected: Set<string>;
  /** Files among those asked about that look like seeds but are not read (FIFOs, links out of the corpus), and why. */
  refused: RefusedFile[];
  /** Temporary files of `--fix` in the corpus, for `--fix` to remove the stale ones. */
  tempFiles: string[];
  notices: string[];
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
    const tempFiles: string[] = [];
    const listing = await listCorpusFiles(root, (file) => {
      if (isTempFile(file)) tempFiles.push(file);
    });
    const isWanted = (file: string) => folders.some((wantedFolder) => file === wantedFolder || isInside(file, wantedFolder));
    const selected = new Set([...listing.seeds.filter(isWanted), ...files]);
    const refused = listing.refused.filter((entry) => isWanted(entry.file));
    // A folder with neither a config nor seeds (say, the parent of nested corpora) is no corpus at all.
    if (selected.size === 0 && refused.length === 0 && !root.configFile) continue;
    const notices = root.configFile && listing.seeds.length === 0 && listing.refused.length === 0 ? [noSeedsNotice(root.config)] : [];
    targets.push({ root, seedFiles: [...new Set([...listing.seeds, ...files])].sort(), selected, refused, tempFiles, notices });
  }
  return targets;
}

async function kindOf(given: string, absolute: string): Promise<'file' | 'folder'> {
  try {
    const stat = await fs.stat(absolute);
    await fs.access(absolute, constants.R_OK);
    if (stat.isDirectory()) return 'folder';
    if (stat.isFile()) return 'file';
    throw new PathError(`${given}: neither a file nor a folder (${fileKindOf(stat)})`);
  } catch (error) {
    if (error instanceof PathError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PathError(code === 'ENOENT' ? `${given}: no such file or folder` : `${given}: cannot be read (${code ?? (error as Error).message})`);
  }
}

/** A config whose patterns match nothing is named, lest "0 seeds" pass for a clean corpus. */
function noSeedsNotice(config: CorpusConfig): string {
  return `no file is a seed: none matches "include" ${JSON.stringify(config.include)} without matching "exclude" ${JSON.stringify(config.exclude)}.`;
}
