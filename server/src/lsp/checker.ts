import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { analyseSeed, type CheckKeys, type SeedDigest } from '../engine/analyse';
import { CHANGED_SINCE_INDEXED } from '../host/seedTasks';
import type { SeedWork } from '../host/seedWorkers';
import type { ConfigEffect } from '../engine/corpus/configEffect';
import type { Corpus } from '../engine/corpus/corpus';
import { SOURCE } from '../protocol/protocol';
import { startsWithBom } from './bomColumn';
import type { DiagnosticsPublisher } from './diagnosticsPublisher';
import { yieldToEventLoop, type TimeSlice } from './eventLoop';
import type { SeedTexts } from './documents';
import { shownFindingsForm, type FindingsStore } from './findings';
import type { Settings } from './settings';
import type { Corpora } from './workspace';

/** Lets a newer edit or a reload stop work that has become pointless. */
export interface Cancellation {
  readonly cancelled: boolean;
}

export const NOT_CANCELLED: Cancellation = { cancelled: false };

/**
 * Keeps the corpus index and the findings of seeds current: re-indexes a changed seed, checks it,
 * and re-checks the other seeds the index says it affects.
 */
export class SeedChecker {
  constructor(
    private readonly corpora: Corpora,
    private readonly texts: SeedTexts,
    private readonly store: FindingsStore,
    private readonly publisher: DiagnosticsPublisher,
    private readonly settings: Settings,
    readonly now: () => Date,
  ) {}

  /** Re-indexes a seed from its current text, checks it, then re-checks the seeds it affects. */
  async refresh(uri: string, token: Cancellation = NOT_CANCELLED, pulledBy?: string): Promise<void> {
    const corpus = this.corpora.corpusFor(uri);
    if (!corpus) return this.forget(uri, token);
    const read = await this.texts.read(uri);
    if (token.cancelled) return;
    // A closed seed whose file is gone is no seed: its "cannot be checked" would stay forever.
    if (!read.ok && read.gone) return this.forget(uri, token);
    let affected: string[];
    if (read.ok) {
      const update = corpus.update(uri, read.text);
      affected = update.affected;
      if (this.wanted(uri)) this.store.setSeed(uri, corpus.check(uri, update.seed, this.now()), read.version, bomInDocument(read));
      else this.store.delete(uri);
    } else {
      affected = corpus.remove(uri);
      this.store.set(uri, [unreadable(read.reason)]);
    }
    this.publisher.changed([uri], pulledBy);
    await this.recheck(affected, token);
  }

  /** Puts a seed in the index without checking it (the first pass of indexing). */
  private async index(corpus: Corpus, uri: string): Promise<void> {
    const read = await this.texts.read(uri);
    if (read.ok) corpus.load(uri, read.text);
    else if (!read.gone) this.setUnreadable(uri, read.reason);
  }

  /**
   * The first pass of indexing for a closed seed, read and analysed by a worker thread: returns
   * what to do with its digest once the seeds before it are in the index (the index takes seeds
   * in a fixed order). An open seed is indexed from its buffer here.
   */
  async indexOnWorker(workers: SeedWork, corpusKey: number, corpus: Corpus, uri: string): Promise<() => SeedDigest | undefined> {
    if (this.texts.isOpen(uri)) {
      await this.index(corpus, uri);
      return () => undefined;
    }
    const outcome = await workers.digest({ corpus: corpusKey, file: URI.parse(uri).fsPath });
    return () => {
      if (outcome.ok) {
        // Every seed is checked once all are indexed: which seeds one changes is not worth working out here.
        corpus.loadDigest(uri, outcome.digest);
        return outcome.digest;
      }
      if (!outcome.gone) this.setUnreadable(uri, outcome.reason);
      return undefined;
    };
  }

  /**
   * Checks a closed seed indexed from `digest` on a worker thread, with the facts the index gives
   * now; returns whether it was checked. A seed open meanwhile, or changed on disk since it was
   * indexed, is checked here instead.
   */
  async checkOnWorker(workers: SeedWork, corpusKey: number, corpus: Corpus, uri: string, digest: CheckKeys | undefined, slice: TimeSlice): Promise<() => Promise<boolean>> {
    // A syndicated seed's facts ask the index about hundreds of other seeds: asked ahead in slices (the caller's), a hover waits for one slice.
    if (this.wanted(uri)) for (const ahead = corpus.factsAhead(uri); !ahead.next().done; ) if (slice.spent) await slice.next();
    // A corpus reloaded meanwhile is indexed anew: this check is of no use, and its threads may be closed.
    if (this.corpora.corpusFor(uri) !== corpus) return () => Promise.resolve(false);
    // An open seed (opened meanwhile, maybe) is checked in its editor's text.
    if (!digest || this.texts.isOpen(uri) || !this.wanted(uri)) return () => this.checkIndexed(uri);
    const path = corpus.relativePath(uri) ?? uri;
    const facts = corpus.factsOf(uri, digest.quotes);
    const outcome = await workers.describe({ corpus: corpusKey, file: URI.parse(uri).fsPath, uri, path, textHash: digest.textHash, language: digest.language, facts, now: this.now().getTime(), seedTimeout: 0 });
    return async () => {
      if (!outcome.ok) return 'reason' in outcome && outcome.reason === CHANGED_SINCE_INDEXED ? this.refresh(uri).then(() => false) : this.checkIndexed(uri);
      // The seed may have been opened or edited while the worker checked it: the editor's text wins.
      if (this.texts.isOpen(uri)) return this.checkIndexed(uri);
      const { described, findingsBytes, cacheKey } = outcome;
      // The diagnostics kept in the cache for a warm start to publish as they are (see RecordedStart), and here as the cache's bytes.
      const keep = cacheKey !== undefined && workers.keepShown ? (shown: Uint8Array) => workers.keepShown!(cacheKey, shownFindingsForm(), shown) : undefined;
      this.store.setClosedSeed(uri, described.findings, findingsBytes, keep);
      return true;
    };
  }

  /** Indexing is the only pass a seed that cannot be read goes through: its finding is told at once. */
  private setUnreadable(uri: string, reason: string): void {
    this.store.set(uri, [unreadable(reason)]);
    this.publisher.changed([uri]);
  }

  /** Tells the client of seeds checked by `checkOnWorker`; resolves once it has read pushed findings (see `DiagnosticsPublisher.changedAndRead`). */
  published(uris: string[]): Promise<void> {
    return this.publisher.changedAndRead(uris);
  }

  /** Checks seeds against the index as it stands, without re-indexing them. */
  async recheck(uris: Iterable<string>, token: Cancellation = NOT_CANCELLED): Promise<void> {
    const checked: string[] = [];
    for (const uri of uris) {
      if (token.cancelled) break;
      if (await this.checkIndexed(uri)) checked.push(uri);
    }
    this.publisher.changed(checked);
  }

  /** A file that is no longer a seed (deleted, or excluded now): its findings go, and its twins are re-checked. */
  async forget(uri: string, token: Cancellation = NOT_CANCELLED): Promise<void> {
    const affected = this.corpora.all().flatMap((corpus) => corpus.remove(uri));
    if (this.store.delete(uri)) this.publisher.changed([uri]);
    await this.recheck(affected, token);
  }

  /**
   * Follows a config change that left the index as it was (see `Corpus.reconfigure`): findings of
   * rules turned off are dropped without reading a seed; rules to run again run on each checked
   * seed of the corpus, parsed again but not re-indexed. Yields now and then, as indexing does.
   */
  async reconfigured(corpus: Corpus, effect: ConfigEffect, token: Cancellation = NOT_CANCELLED): Promise<void> {
    if (effect.off.size === 0 && effect.rerun.length === 0) return;
    const seeds = [...this.store.entries()].filter(([uri, findings]) => findings.ofSeed && this.corpora.corpusFor(uri) === corpus && (!effect.seeds || effect.seeds(uri)));
    const changed: string[] = [];
    for (const [uri, { seedFindings, version, bomInDocument }] of seeds) {
      if (token.cancelled) break;
      const kept = seedFindings!.filter((finding) => !effect.off.has(finding.rule));
      if (effect.rerun.length === 0) this.store.setSeed(uri, kept, version, bomInDocument);
      else {
        const read = await this.texts.read(uri);
        if (!read.ok || read.version !== version) continue;
        this.store.setSeed(uri, corpus.recheck(uri, analyseSeed(read.text, corpus.config), kept, this.now(), effect.rerun), version, bomInDocument);
      }
      changed.push(uri);
      if (changed.length % RECONFIGURE_BATCH === 0) await yieldToEventLoop();
    }
    this.publisher.changed(changed);
  }

  /** Closed seeds are checked only when the whole corpus is. */
  wanted(uri: string): boolean {
    return this.texts.isOpen(uri) || this.settings.for(uri).checkCorpus;
  }

  async checkIndexed(uri: string): Promise<boolean> {
    const corpus = this.corpora.corpusFor(uri);
    if (!corpus || corpus.index.idOf(uri) === undefined || !this.wanted(uri)) return false;
    const read = await this.texts.read(uri);
    if (!read.ok) return false;
    const seed = analyseSeed(read.text, corpus.config);
    const previous = this.store.get(uri);
    // Only other seeds changed: findings that depend on this seed's text alone are still right.
    const findings = previous?.seedFindings && previous.version === read.version ? corpus.recheck(uri, seed, previous.seedFindings, this.now()) : corpus.check(uri, seed, this.now());
    this.store.setSeed(uri, findings, read.version, bomInDocument(read));
    return true;
  }
}

/** Seeds re-checked between two yields to the event loop after a config change. */
const RECONFIGURE_BATCH = 25;

/** Only an open document's BOM is a column for the client: editors strip a file's BOM when they open it. */
function bomInDocument(read: { text: string; version?: number }): boolean {
  return read.version !== undefined && startsWithBom(read.text);
}

export const UNREADABLE = 'unreadable';

function unreadable(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: UNREADABLE,
    source: SOURCE,
    message: `This seed cannot be checked: ${reason}.`,
    // For the Corpus view's list of the seeds that cannot be read.
    data: { reason },
  };
}
