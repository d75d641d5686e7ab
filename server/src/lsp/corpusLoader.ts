import { parseConfig } from '../engine/config/config';
import type { ConfigEffect } from '../engine/corpus/configEffect';
import type { Corpus, CorpusRoot } from '../engine/corpus/corpus';
import { loadCorpusRoot } from '../host/corpusFiles';
import { configDiagnostics } from './configDiagnostics';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import type { SeedTexts } from './documents';
import type { FindingsStore } from './findings';
import type { Indexer } from './indexer';
import { isUnconfiguredSeed, type Corpora } from './workspace';

/**
 * Loads, reloads and drops corpora as configs appear, change and vanish, reporting broken
 * configs and clearing the findings of files that are no longer seeds.
 */
export class CorpusLoader {
  constructor(
    private readonly corpora: Corpora,
    private readonly indexer: Indexer,
    private readonly texts: SeedTexts,
    private readonly store: FindingsStore,
    private readonly publisher: DiagnosticsPublisher,
    /** Checks an open seed now, against whatever the index holds yet. */
    private readonly refreshOpen: (uri: string) => void,
    /** Told when the corpora changed, so that what follows them (file watchers) can too. */
    private readonly corporaChanged: () => void,
    /** Re-checks a corpus's seeds after a config change that kept its index. */
    private readonly reconfigured: (corpus: Corpus, effect: ConfigEffect) => Promise<void>,
  ) {}

  /** Finds every corpus of the workspace and starts indexing them. */
  async loadWorkspace(): Promise<void> {
    await Promise.all(this.corpora.workspaceFolders.map((folder) => this.loadFolder(folder)));
  }

  /** Finds a workspace folder's corpora afresh, e.g. when a config was created or deleted. */
  async loadFolder(workspaceFolder: string): Promise<void> {
    const roots = await this.corpora.discover(workspaceFolder);
    const { added, removed } = this.corpora.replaceFolder(workspaceFolder, roots);
    return this.settle(removed, added);
  }

  /** Follows the editor's workspace folders as they are added and removed. */
  async changeWorkspaceFolders(added: string[], removed: string[]): Promise<void> {
    await this.settle(removed.flatMap((folder) => this.corpora.removeWorkspaceFolder(folder)), []);
    for (const folder of added) this.corpora.addWorkspaceFolder(folder);
    await Promise.all(added.map((folder) => this.loadFolder(folder)));
  }

  /**
   * Reads a corpus's config again (`configText`: its new text, when known). A change to what is
   * checked only (rules, ignores, accepted duplicates) keeps the index and re-checks the seeds it
   * concerns; any other change indexes the corpus afresh.
   */
  async reload(corpus: Corpus, configText?: string): Promise<void> {
    const root: CorpusRoot =
      configText !== undefined && corpus.root.configFile
        ? { folder: corpus.root.folder, configFile: corpus.root.configFile, ...configOf(configText) }
        : await loadCorpusRoot(corpus.root.folder);
    const effect = corpus.reconfigure(root);
    if (!effect) return this.settle([corpus], [this.corpora.replace(corpus, root)], configText);
    await this.reportConfig(corpus, configText);
    await this.reconfigured(corpus, effect);
  }

  /**
   * The corpus of a seed opened before any corpus held it: a `*.seed` file new in a workspace
   * folder, which is searched again; or one opened from outside the workspace, checked alone (its
   * folder may be a home folder or `/`: indexing it would walk the whole disk). Documents that are
   * not files on disk (`untitled:`, `git:`) have no corpus.
   */
  async corpusForNewSeed(uri: string): Promise<Corpus | undefined> {
    if (!isUnconfiguredSeed(uri)) return undefined;
    const workspaceFolder = this.corpora.workspaceFolderOf(uri);
    if (workspaceFolder) await this.loadFolder(workspaceFolder);
    else this.corpora.addLoneSeed(uri);
    return this.corpora.corpusFor(uri);
  }

  /** A closed lone seed is no longer the server's business: its corpus and findings go. */
  closeLoneSeed(uri: string): boolean {
    if (!this.corpora.removeLoneSeed(uri)) return false;
    if (this.store.delete(uri)) this.publisher.changed([uri]);
    return true;
  }

  /** Swaps corpora and starts indexing the new ones in the background. */
  private async settle(removed: Corpus[], added: Corpus[], configText?: string): Promise<void> {
    const gone: string[] = [];
    for (const corpus of removed) {
      if (corpus.configUri && this.store.delete(corpus.configUri)) gone.push(corpus.configUri);
      for (const [, info] of corpus.index.allInfo()) {
        if (!this.corpora.corpusFor(info.uri) && this.store.delete(info.uri)) gone.push(info.uri);
      }
    }
    this.publisher.changed(gone);
    this.corporaChanged();
    for (const corpus of added) await this.reportConfig(corpus, configText);
    this.indexer.enqueue(added);
    // Open seeds are not kept waiting for the whole corpus: they are checked again once it is indexed.
    for (const uri of this.texts.open.keys()) {
      const corpus = this.corpora.corpusFor(uri);
      if (corpus && added.includes(corpus)) this.refreshOpen(uri);
    }
  }

  private async reportConfig(corpus: Corpus, configText?: string): Promise<void> {
    if (!corpus.configUri) return;
    const text = configText ?? (await this.texts.read(corpus.configUri));
    const diagnostics = typeof text === 'string' ? configDiagnostics(corpus.root, text) : text.ok ? configDiagnostics(corpus.root, text.text) : [];
    // A sound config is not worth a report, unless it clears an earlier one.
    if (diagnostics.length > 0) this.store.set(corpus.configUri, diagnostics);
    else if (!this.store.delete(corpus.configUri)) return;
    this.publisher.changed([corpus.configUri]);
  }
}

function configOf(text: string): Pick<CorpusRoot, 'config' | 'configProblems'> {
  const { config, problems } = parseConfig(text);
  return { config, configProblems: problems };
}
