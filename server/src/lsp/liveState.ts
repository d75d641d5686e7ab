import type { Connection } from 'vscode-languageserver/node';
import type { Corpus } from '../engine/corpus/corpus';
import { IndexStateNotification, type CorpusSummary, type IndexState } from '../protocol/protocol';
import { UNREADABLE } from './checker';
import type { FindingsStore } from './findings';
import type { Indexer } from './indexer';
import type { Corpora } from './workspace';

/** Changes of findings are announced at most this often: a corpus pass publishes thousands. */
const ANNOUNCE_EVERY_MS = 250;

/**
 * The corpus state as it stands after every change of findings, not only at the end of a full
 * index: seeds and findings by severity follow a quick fix, a seed added or deleted, an edit.
 * The client's status item and Corpus view refresh on each announcement.
 */
export class LiveState {
  private pending: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly corpora: Corpora,
    private readonly store: FindingsStore,
    private readonly indexer: Indexer,
  ) {}

  /** Announces the state soon, once for a burst of changes. */
  changed(): void {
    this.pending ??= setTimeout(() => {
      this.pending = undefined;
      void this.connection.sendNotification(IndexStateNotification, this.state());
    }, ANNOUNCE_EVERY_MS).unref();
  }

  state(): IndexState {
    const state = this.indexer.state;
    if (state.state !== 'ready') return state;
    const seeds = this.corpora.all().reduce((sum, corpus) => sum + this.seedFiles(corpus), 0);
    return { ...state, indexed: seeds, total: seeds };
  }

  /** A corpus's seeds: as listed while it is indexed, then as indexed and checked since (unreadable ones included). */
  seedFiles(corpus: Corpus): number {
    if (this.indexer.state.state !== 'ready') return this.indexer.seedFiles(corpus);
    return corpus.index.size + this.unreadable().filter(({ uri }) => this.corpora.corpusFor(uri) === corpus).length;
  }

  /** The seeds that cannot be checked, with the reason, by path. */
  unreadable(): CorpusSummary['unreadable'] {
    const seeds: CorpusSummary['unreadable'] = [];
    for (const [uri, findings] of this.store.entries()) {
      // A seed's findings are read back from JSON when asked: only the few other files' are.
      if (findings.ofSeed) continue;
      const [first] = findings.diagnostics;
      if (first?.code !== UNREADABLE) continue;
      const { reason } = first.data as { reason: string };
      seeds.push({ uri, path: this.corpora.corpusFor(uri)?.relativePath(uri) ?? uri, reason });
    }
    return seeds.sort((a, b) => a.path.localeCompare(b.path));
  }
}
