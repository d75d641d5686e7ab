import { URI } from 'vscode-uri';
import { textHashOf } from '../engine/analyse';
import type { Corpus } from '../engine/corpus/corpus';
import type { CachedSeedWork } from '../host/cachedSeedWork';
import { DAY_MS, withSettledVersions, type CheckedListing, type CorpusRecords, type RecordedSeed } from '../host/corpusRecord';
import { currentFileVersion, isSettledVersion } from '../host/readRegularFile';
import { inOrder } from '../host/seedWorkers';
import type { SeedChecker } from './checker';
import type { SeedTexts } from './documents';
import { TimeSlice } from './eventLoop';
import { shownFindingsForm, type FindingsStore } from './findings';
import { ShownFindings } from './shownFindings';

/** What a replay published: each seed with the result id its findings got, and the record it read. */
export interface Replay {
  record: RecordedSeed[];
  published: Map<string, string>;
}

/** Seeds published together at most (fewer if their slice of time is spent: see TimeSlice). */
const PUBLISH_BATCH = 100;

/**
 * The language server's use of CorpusRecords: when it opens a corpus whose every seed has the text
 * it had at the last complete check (the editor's buffer for an open seed), the closed seeds'
 * findings are published from the cache at once, before the index is built; only what the record
 * does not cover (open seeds, seeds it did not check) is checked once the index is complete.
 */
export class RecordedStart {
  /** The day of the checks this start replays or records: findings about dates depend on it. */
  private day: number;

  constructor(
    private readonly records: CorpusRecords,
    private readonly work: CachedSeedWork,
    private readonly texts: SeedTexts,
    private readonly checker: SeedChecker,
    private readonly store: FindingsStore,
  ) {
    this.day = today(checker);
  }

  /** Wall-clock time before this start read any file (see `isSettledVersion`). */
  private readonly readAfter = Date.now();

  /** Publishes the findings the record holds if every seed is as recorded; undefined if it is not. */
  async replay(uris: readonly string[]): Promise<Replay | undefined> {
    this.day = today(this.checker);
    const record = this.records.get(this.listing(uris));
    if (!record) return undefined;
    const slice = new TimeSlice();
    for await (const [recorded, current] of inOrder(record, (seed) => this.contentKeyOf(seed), this.work.inFlight)) {
      if (current !== recorded.contentKey || (recorded.described !== undefined && !this.work.has(recorded.described))) return undefined;
      // Reads resolve as microtasks: without a turn of the event loop now and then, no request would be answered until all are read.
      if (slice.spent) await slice.next();
    }
    const published = new Map<string, string>();
    let batch: string[] = [];
    for (const { file: uri, described } of record) {
      if (described === undefined || this.texts.isOpen(uri) || !this.checker.wanted(uri)) continue;
      if (!this.publishFromCache(uri, described)) continue;
      published.set(uri, this.store.get(uri)!.resultId);
      batch.push(uri);
      if (batch.length < PUBLISH_BATCH && !slice.spent) continue;
      const written = this.checker.published(batch);
      batch = [];
      // Requests waiting meanwhile (a hover, an open seed's check) are answered between batches, the batch written first.
      await written;
      await slice.next();
    }
    void this.checker.published(batch);
    return { record, published };
  }

  /**
   * Stores a seed's findings from the cache: the diagnostics kept with them as they are (no object
   * is made, and the message carries their JSON: see RawJson), else made from the findings, and
   * kept for the next start. False if the cache no longer holds the findings.
   */
  private publishFromCache(uri: string, described: string): boolean {
    const kept = this.work.shown(described, shownFindingsForm());
    const shown = kept && ShownFindings.fromBytes(kept.shown);
    if (kept && shown) {
      this.store.setShown(uri, shown, kept.findingsBytes);
      return true;
    }
    const findings = this.work.findings(described);
    if (!findings) return false;
    this.store.setClosedSeed(uri, findings, undefined, (shown) => this.work.keepShown(described, shownFindingsForm(), shown));
    return true;
  }

  /**
   * The seeds still to check once the index is built: those the replay did not publish, and those
   * whose findings were worked out again meanwhile (an edit re-checks the seeds it affects, against
   * the index as it then stood). Every seed, if the index does not hold the texts recorded.
   */
  toCheck(corpus: Corpus, uris: readonly string[], { record, published }: Replay): string[] {
    if (!this.holdsRecorded(corpus, record) || today(this.checker) !== this.day) return [...uris];
    return uris.filter((uri) => published.get(uri) === undefined || this.store.get(uri)?.resultId !== published.get(uri));
  }

  /**
   * Takes back the findings published of seeds the index does not hold now and that nothing
   * checked since: files deleted after they were compared (their deletion found no findings to
   * remove, as they were not yet published).
   */
  dropVanished(corpus: Corpus, { published }: Replay): void {
    const vanished = [...published].filter(([uri, resultId]) => corpus.textHashOf(uri) === undefined && this.store.get(uri)?.resultId === resultId).map(([uri]) => uri);
    for (const uri of vanished) this.store.delete(uri);
    void this.checker.published(vanished);
  }

  /** The index holds exactly the recorded texts: every seed's, and no other seed (one added meanwhile may be a copy of any). */
  private holdsRecorded(corpus: Corpus, record: readonly RecordedSeed[]): boolean {
    let readable = 0;
    for (const { file: uri, contentKey } of record) {
      const textHash = corpus.textHashOf(uri);
      if (textHash === undefined ? !contentKey.startsWith('\0') : contentKey !== textKey(textHash)) return false;
      if (textHash !== undefined) readable++;
    }
    return corpus.heldSeeds === readable;
  }

  /**
   * Records a complete check of the corpus, if every seed was checked against one corpus (no seed
   * changed since `changesBefore`, the count when checking began, and the index held only the
   * listed seeds) on the day this start began.
   */
  record(corpus: Corpus, uris: readonly string[], changesBefore: number): void {
    if (corpus.contentChanges !== changesBefore || today(this.checker) !== this.day) return;
    const seeds: RecordedSeed[] = [];
    let readable = 0;
    for (const uri of uris) {
      const file = URI.parse(uri).fsPath;
      const textHash = corpus.textHashOf(uri);
      if (textHash !== undefined) readable++;
      // A seed the index does not hold could not be read: the reason it gave is its content.
      const contentKey = textHash !== undefined ? textKey(textHash) : this.work.contentKeys.get(file);
      if (contentKey === undefined) return;
      const described = this.work.describedKeys.get(file);
      const read = this.versionReadFor(file, textHash);
      const settled = read !== undefined && isSettledVersion(read.fileVersion, this.readAfter);
      seeds.push({ file: uri, contentKey, ...(settled && read), ...(described !== undefined && { described }) });
    }
    if (corpus.heldSeeds !== readable) return;
    this.records.set(this.listing(uris), seeds);
  }

  /**
   * After a replay, once the index is built (from files read for it), the record written again with
   * the versions of those files where it had none and they have settled (see `withSettledVersions`).
   */
  refreshVersions(corpus: Corpus, { record }: Replay): void {
    if (!this.holdsRecorded(corpus, record) || today(this.checker) !== this.day) return;
    // The index holds the text recorded (above): a version read for that text stands for it.
    const updated = withSettledVersions(record, (uri) => this.versionReadFor(URI.parse(uri).fsPath, corpus.textHashOf(uri)), this.readAfter);
    if (updated) this.records.set(this.listing(record.map((seed) => seed.file)), updated);
  }

  /** The version of the file read for the index and the key of its digest, if the index holds the text read then (`textHash`; not an open seed's). */
  private versionReadFor(file: string, textHash: number | undefined): { fileVersion: string; digestKey: string } | undefined {
    const read = this.work.fileVersions.get(file);
    return read !== undefined && read.textHash === textHash ? { fileVersion: read.fileVersion, digestKey: read.digestKey } : undefined;
  }

  private listing(uris: readonly string[]): CheckedListing {
    return { files: uris, selected: new Set(uris), now: this.day * DAY_MS, seedTimeout: 0 };
  }

  /** The hash of the text the seed would be indexed with now, or the reason it cannot be read. */
  private async contentKeyOf(recorded: RecordedSeed): Promise<string> {
    const uri = recorded.file;
    // A closed file at the version recorded with its key still has the content it had then (see isSettledVersion).
    const file = URI.parse(uri).fsPath;
    if (recorded.fileVersion !== undefined && !this.texts.isOpen(uri) && currentFileVersion(file) === recorded.fileVersion) {
      if (recorded.digestKey !== undefined) this.work.trustUnread(file, recorded.fileVersion, recorded.digestKey);
      return recorded.contentKey;
    }
    const read = await this.texts.read(uri);
    return read.ok ? textKey(textHashOf(read.text)) : `\0${read.reason}`;
  }
}

function today(checker: SeedChecker): number {
  return Math.floor(checker.now().getTime() / DAY_MS);
}

function textKey(textHash: number): string {
  return `#${textHash}`;
}
