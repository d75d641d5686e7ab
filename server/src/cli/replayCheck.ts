import { URI } from 'vscode-uri';
import type { Corpus } from '../engine/corpus/corpus';
import type { CachedSeedWork } from '../host/cachedSeedWork';
import { withSettledVersions, type CheckedListing, type CorpusRecords, type RecordedSeed } from '../host/corpusRecord';
import { isSettledVersion } from '../host/readRegularFile';
import { inOrder } from '../host/seedWorkers';
import type { Progress } from './progress';
import { addToTally, emptyTally, type ReportSink, type SeedTally, type SkippedSeed, type UnwrittenSeed } from './report';
import type { CorpusTarget } from './targets';

export interface CheckedSeeds {
  tally: SeedTally;
  unwritten: UnwrittenSeed[];
  skipped: SkippedSeed[];
}

export function noneChecked(): CheckedSeeds {
  return { tally: emptyTally(), unwritten: [], skipped: [] };
}

/** What a replay sent to the sink, and the seeds asked for that it could not send (checked the usual way after it). */
export interface Replayed {
  checked: CheckedSeeds;
  /** Seeds that could not be read, as recorded (the same as now: their content keys name the reason). */
  skipped: SkippedSeed[];
  rest: Set<string>;
  /** The record replayed. */
  record: RecordedSeed[];
}

/**
 * Reports a corpus checked before from its record (see CorpusRecords), if every file still has the
 * content recorded and every seed's findings are still cached: then no seed is analysed or
 * indexed. Undefined, with nothing sent to the sink, otherwise. Every file is read and hashed (or
 * found at the version recorded) before the first report goes out; a cached entry that cannot be read back after all leaves that
 * seed and the ones after it to the caller (`rest`).
 */
export async function replayRecord(corpus: Corpus, target: CorpusTarget, record: RecordedSeed[] | undefined, work: CachedSeedWork, sink: ReportSink, progress: Progress): Promise<Replayed | undefined> {
  if (!record) return undefined;
  progress.start('Reading', record.length);
  let unchanged = true;
  for await (const [recorded, current] of inOrder(record, (seed) => work.contentKeyOf(seed.file, seed), work.inFlight)) {
    progress.tick();
    if (current !== recorded.contentKey || (recorded.described !== undefined && !work.has(recorded.described))) {
      unchanged = false;
      break;
    }
  }
  progress.end();
  if (!unchanged) return undefined;
  const replayed: Replayed = { checked: noneChecked(), skipped: [], rest: new Set(), record };
  for (const { file, described, skipped } of record) {
    if (!target.selected.has(file)) continue;
    const uri = URI.file(file).toString();
    const path = corpus.relativePath(uri) ?? file;
    if (skipped !== undefined) {
      replayed.skipped.push({ file, path, reason: skipped });
      continue;
    }
    const outcome = replayed.rest.size === 0 && described !== undefined ? work.described(described) : undefined;
    if (!outcome?.ok) {
      replayed.rest.add(file);
      continue;
    }
    const report = { file, uri, path, metadata: outcome.described.metadata, findings: outcome.described.findings, fixesApplied: 0, unwritten: undefined };
    addToTally(replayed.checked.tally, report);
    await sink.seed(report);
  }
  return replayed;
}

/**
 * Records a whole-corpus check for the next run, when it can be replayed as it was: every seed
 * asked for was either checked or could not be read (a seed over its time limit, or changed while
 * checked, would be reported differently the next time). `readAfter`: the time before the run read
 * any file (see `isSettledVersion`).
 */
export function recordCheck(records: CorpusRecords, listing: CheckedListing, work: CachedSeedWork, unreadable: readonly SkippedSeed[], checked: CheckedSeeds, readAfter: number): void {
  if (checked.skipped.length > 0) return;
  const unreadableReasons = new Map(unreadable.map(({ file, reason }) => [file, reason]));
  const seeds: RecordedSeed[] = [];
  for (const file of listing.files) {
    const key = work.contentKeys.get(file);
    if (key === undefined) return;
    const described = listing.selected.has(file) ? work.describedKeys.get(file) : undefined;
    const skipped = listing.selected.has(file) ? unreadableReasons.get(file) : undefined;
    if (listing.selected.has(file) && described === undefined && skipped === undefined) return;
    const fileVersion = work.fileVersions.get(file)?.fileVersion;
    const settled = fileVersion !== undefined && isSettledVersion(fileVersion, readAfter);
    seeds.push({ file, contentKey: key, ...(settled && { fileVersion }), ...(described !== undefined && { described }), ...(skipped !== undefined && { skipped }) });
  }
  records.set(listing, seeds);
}

/** After a whole replay, the record written again with the versions of the files it read, where they have settled since (see `withSettledVersions`). */
export function refreshRecord(records: CorpusRecords, listing: CheckedListing, record: readonly RecordedSeed[], work: CachedSeedWork, readAfter: number): void {
  // Every file read in the replay had the content recorded, or the replay would not have been whole.
  const updated = withSettledVersions(record, (file) => ({ fileVersion: work.fileVersions.get(file)?.fileVersion }), readAfter);
  if (updated) records.set(listing, updated);
}
