import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE, defaultConfig, UNCONFIGURED_INCLUDE } from '../protocol/configFile';
import { Corpus, type CorpusRoot } from '../engine/corpus/corpus';
import { findConfigFolders, listSeedFiles, loadCorpusRoot } from '../host/corpusFiles';

const UNCONFIGURED_SEED = /\.seed$/i;

/**
 * The corpora of the workspace: one per `.seedcurator.json`, and one unconfigured corpus for a
 * workspace folder that has no config but holds `*.seed` files. A `*.seed` file opened from outside
 * every workspace folder is a corpus of its own ("lone seed"), never listed nor indexed with its
 * neighbours: the server reads no folder the user did not open.
 */
export class Corpora {
  private readonly corpora = new Map<string, Corpus>();
  /** Lone seeds' corpora, by the seed's uri; apart from `all()`, which the indexer lists. */
  private readonly loneSeeds = new Map<string, Corpus>();

  constructor(private folders: string[]) {}

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  addWorkspaceFolder(folder: string): void {
    if (!this.folders.includes(folder)) this.folders = [...this.folders, folder];
  }

  /** Forgets a workspace folder; returns its corpora, which are dropped. */
  removeWorkspaceFolder(folder: string): Corpus[] {
    const { removed } = this.replaceFolder(folder, []);
    this.folders = this.folders.filter((known) => known !== folder);
    return removed;
  }

  all(): Corpus[] {
    return [...this.corpora.values()];
  }

  /** The corpus a file is a seed of: the innermost root that includes it. */
  corpusFor(uri: string): Corpus | undefined {
    let found: Corpus | undefined;
    for (const corpus of this.corpora.values()) {
      if (corpus.isSeed(uri) && (!found || corpus.root.folder.length > found.root.folder.length)) found = corpus;
    }
    return found ?? this.loneSeeds.get(uri);
  }

  /** A corpus of one open seed outside the workspace, with the default settings of an unconfigured corpus. */
  addLoneSeed(uri: string): Corpus {
    const corpus = new Corpus({ folder: path.dirname(URI.parse(uri).fsPath), config: defaultConfig(UNCONFIGURED_INCLUDE), configProblems: [] });
    this.loneSeeds.set(uri, corpus);
    return corpus;
  }

  /** Drops a lone seed's corpus (the seed was closed); false when the uri had none. */
  removeLoneSeed(uri: string): boolean {
    return this.loneSeeds.delete(uri);
  }

  /** The corpus whose config file this is. */
  corpusOfConfig(configUri: string): Corpus | undefined {
    return this.all().find((corpus) => corpus.configUri === configUri);
  }

  /** The workspace folder holding a file, if any; none for a uri that is no file on disk. */
  workspaceFolderOf(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    const file = parsed.fsPath;
    return this.workspaceFolders
      .filter((folder) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  /** Finds the corpus roots of a workspace folder afresh. */
  async discover(workspaceFolder: string): Promise<CorpusRoot[]> {
    const configFolders = await findConfigFolders(workspaceFolder);
    if (configFolders.length > 0) return Promise.all(configFolders.map(loadCorpusRoot));
    const unconfigured = await loadCorpusRoot(workspaceFolder);
    return (await listSeedFiles(unconfigured)).length > 0 ? [unconfigured] : [];
  }

  /** Makes these roots the corpora of a workspace folder; returns the corpora replaced or dropped. */
  replaceFolder(workspaceFolder: string, roots: CorpusRoot[]): { added: Corpus[]; removed: Corpus[] } {
    const removed = this.all().filter((corpus) => this.workspaceFolderOf(corpus.rootUri) === workspaceFolder);
    for (const corpus of removed) this.corpora.delete(corpus.root.folder);
    return { added: roots.map((root) => this.add(root)), removed };
  }

  /** Replaces one corpus with its reloaded root. */
  replace(previous: Corpus, root: CorpusRoot): Corpus {
    this.corpora.delete(previous.root.folder);
    return this.add(root);
  }

  add(root: CorpusRoot): Corpus {
    const corpus = new Corpus(root);
    this.corpora.set(root.folder, corpus);
    return corpus;
  }
}

export function isConfigFile(uri: string): boolean {
  return path.basename(URI.parse(uri).fsPath) === CONFIG_FILE;
}

/** A `*.seed` file on disk is a seed even where no config says so. */
export function isUnconfiguredSeed(uri: string): boolean {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' && UNCONFIGURED_SEED.test(parsed.fsPath);
}
