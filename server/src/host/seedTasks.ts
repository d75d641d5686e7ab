import { analyseSeed, digestOf, textHashOf, type AnalysedSeed, type SeedDigest } from '../engine/analyse';
import type { CorpusConfig } from '../engine/config/config';
import type { CorpusFacts } from '../engine/corpus/corpusFacts';
import { describeSeed, type DescribedSeed } from '../engine/describe';
import type { FileFailure } from './fileErrors';
import { currentFileVersion } from './readRegularFile';
import { readSeedFile, type SeedFileRead } from './readSeedFile';
import type { DetectedLanguage } from '../engine/language/detectLanguage';
import { contentHash } from './analysisCache';
import { KeptUntilTaken, seedFileKey, type KeptAnalysis } from './keptAnalyses';
import { OVER_BUDGET, SeedTimeBudget } from './timeBudget';

/**
 * The work on one seed file that needs no corpus index: reading it for its keys, analysing it (a
 * digest for the index), and checking it with the facts the index gave. Each reads the file
 * itself, so that no seed text crosses threads. The check reuses the digest's analysis where the
 * same thread still keeps it (see KeptUntilTaken): without reading the file again if its version
 * (inode, size, times) is the one the digest read, else once the file read again has the same
 * hash. They run the same in a worker thread (see seedWorker) and in the calling thread.
 */
export interface CorpusSetup {
  config: CorpusConfig;
  configUri?: string;
  /** The CLI reports an empty file as skipped; the editor checks it like any other seed. */
  refuseEmpty: boolean;
  /** Keep each seed's analysis from its digest for its check (see `keepsAnalysesOf`). */
  keepAnalyses: boolean;
}

export interface DigestTask {
  kind: 'digest';
  corpus: number;
  file: string;
  /** Send the text back too: `--fix` fixes the text it read, and writes only over that text. */
  keepText?: boolean;
  /** The file's text, when the caller has read it already, and its version then. */
  text?: string;
  fileVersion?: string;
  /**
   * The cache key a read task gave the file (see ReadTask): the text that read kept is analysed if
   * it still has this key, else the file is read again; the outcome names the key of the text analysed.
   */
  digestKey?: string;
  /** The outcome goes to a cache: a worker thread posts it serialised (see outcomeWire). */
  forCache?: boolean;
}

/**
 * `kept`: the thread that made the digest keeps the seed's analysis for its check. `digestKey`:
 * the key of the text analysed, when the task gave one. `digestBytes`: the digest serialised, as
 * it came from a worker thread (see outcomeWire).
 */
export type DigestOutcome = { ok: true; digest: SeedDigest; text?: string; kept?: boolean; digestKey?: string; digestBytes?: Uint8Array } | FileFailure;

/**
 * Reads a file for the keys it is looked up by: in a cache of digests, in a record of a check.
 * With `keepFor` (a corpus), the thread keeps the text for the digest of the file that may follow.
 */
export interface ReadTask {
  kind: 'read';
  file: string;
  keepFor?: number;
}

/** `textHash`: the `textHash` of its digest; `digestKey`: the key its digest is cached under. */
/** `fileVersion`: the file's version as read (see `currentFileVersion`), if known. */
export type ReadOutcome = { ok: true; textHash: number; digestKey: string; fileVersion?: string } | FileFailure;

export interface DescribeTask {
  kind: 'describe';
  corpus: number;
  file: string;
  uri: string;
  path: string;
  /** The text the index holds: a file that changed since is not checked against it. */
  textHash: number;
  /** The text itself, when the caller holds it (see `keepText`): the file is not read again. */
  text?: string;
  language: DetectedLanguage;
  facts: CorpusFacts;
  now: number;
  seedTimeout: number;
  /** The outcome goes to a cache: a worker thread posts it serialised (see outcomeWire). */
  forCache?: boolean;
}

/**
 * `findingsBytes`, `metadataBytes`: the findings and metadata serialised, as they came from a worker
 * thread (see outcomeWire) or from a cache; `cacheKey`: the key a cache keeps the findings under.
 */
export type DescribeOutcome =
  | { ok: true; described: DescribedSeed; findingsBytes?: Uint8Array; metadataBytes?: Uint8Array; cacheKey?: string }
  | { ok: false; reason: string }
  | { ok: false; overBudget: true };

export type SeedTask = ReadTask | DigestTask | DescribeTask;

export const CHANGED_SINCE_INDEXED = 'the file changed while the corpus was checked; check it again';

/** Runs seed tasks for the corpora it has been told of. */
export class SeedTaskRunner {
  private readonly corpora = new Map<number, CorpusSetup>();
  private readonly analyses = new KeptUntilTaken<KeptAnalysis>();
  private readonly texts = new KeptUntilTaken<KeptText>();

  setUp(key: number, setup: CorpusSetup): void {
    this.corpora.set(key, setup);
  }

  async run(task: SeedTask): Promise<ReadOutcome | DigestOutcome | DescribeOutcome> {
    if (task.kind === 'read') return this.read(task);
    const setup = this.corpora.get(task.corpus);
    if (!setup) throw new Error(`no corpus ${task.corpus} was set up`);
    const fileKey = seedFileKey(task.corpus, task.file);
    return task.kind === 'digest' ? this.digest(task, setup, fileKey) : this.check(task, setup, fileKey);
  }

  private async read(task: ReadTask): Promise<ReadOutcome> {
    // Refused as its digest would refuse it (and CachedSeedWork.contentKeyOf does): a digest cached by a run that does not refuse empty seeds must not serve one that does.
    const setup = task.keepFor === undefined ? undefined : this.corpora.get(task.keepFor);
    const file = await readSeedFile(task.file);
    const read = setup ? refusing(setup, file) : file;
    if (!read.ok) return read;
    const digestKey = digestKeyOf(read.text);
    if (task.keepFor !== undefined) this.texts.keep(seedFileKey(task.keepFor, task.file), { ...read, digestKey }, read.text.length);
    return { ok: true, textHash: textHashOf(read.text), digestKey, ...(read.fileVersion !== undefined && { fileVersion: read.fileVersion }) };
  }

  private async digest(task: DigestTask, setup: CorpusSetup, fileKey: string): Promise<DigestOutcome> {
    const read = refusing(setup, await this.textOf(task, fileKey));
    if (!read.ok) return read;
    const seed = analyseSeed(read.text, setup.config);
    const digest = digestOf(seed, setup.config);
    const kept = setup.keepAnalyses && this.analyses.keep(fileKey, { textHash: digest.textHash, seed, fileVersion: read.fileVersion }, read.text.length);
    return { ok: true, digest, kept, ...(task.keepText && { text: read.text }), ...(task.digestKey !== undefined && { digestKey: read.digestKey ?? digestKeyOf(read.text) }) };
  }

  /** The text a digest works on: the one it carries, the one a read task kept if it has the key the task expects, or the file's. */
  private async textOf(task: DigestTask, fileKey: string): Promise<TaskText> {
    if (task.text !== undefined) return { ok: true, text: task.text, fileVersion: task.fileVersion };
    if (task.digestKey !== undefined) {
      const kept = this.texts.take(fileKey);
      if (kept?.digestKey === task.digestKey) return kept;
    }
    return readSeedFile(task.file);
  }

  private async check(task: DescribeTask, setup: CorpusSetup, fileKey: string): Promise<DescribeOutcome> {
    const kept = this.analyses.take(fileKey);
    const analysed = kept?.textHash === task.textHash ? kept : undefined;
    // The file is not read again when this thread keeps the analysis of its digest and the file has not changed since.
    if (task.text === undefined && analysed?.fileVersion !== undefined && analysed.fileVersion === currentFileVersion(task.file)) return this.describe(task, setup, analysed.seed);
    const read = refusing(setup, task.text !== undefined ? { ok: true, text: task.text } : await readSeedFile(task.file));
    if (!read.ok) return read;
    if (textHashOf(read.text) !== task.textHash) return { ok: false, reason: CHANGED_SINCE_INDEXED };
    return this.describe(task, setup, analysed?.seed ?? analyseSeed(read.text, setup.config, task.language));
  }

  private describe(task: DescribeTask, setup: CorpusSetup, seed: AnalysedSeed): DescribeOutcome {
    const budget = new SeedTimeBudget(task.seedTimeout);
    const described = budget.run(seed.parsed.text.length, () =>
      describeSeed({ uri: task.uri, path: task.path, seed, config: setup.config, configUri: setup.configUri, corpus: task.facts, now: new Date(task.now) }),
    );
    return described === OVER_BUDGET ? { ok: false, overBudget: true } : { ok: true, described };
  }
}

/** A text read for its keys, kept for its digest. */
type KeptText = { ok: true; text: string; fileVersion?: string; digestKey: string };
type TaskText = { ok: true; text: string; fileVersion?: string; digestKey?: string } | FileFailure;

/** The key a seed's digest is cached under: the hash of its text. */
export function digestKeyOf(text: string): string {
  return contentHash(`digest\0${text}`);
}

/** An empty seed has nothing to check, and every rule would only say so in its own way (where the corpus asks so). */
export function refusing<T extends SeedFileRead>(setup: Pick<CorpusSetup, 'refuseEmpty'>, read: T): T | FileFailure {
  return setup.refuseEmpty && read.ok && read.text.replace(/^\uFEFF/, '') === '' ? { ok: false, reason: 'an empty file; nothing to check' } : read;
}
