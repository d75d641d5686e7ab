import { deserialize, serialize } from 'node:v8';
import { textHashOf } from '../engine/analyse';
import { readSeedFile } from './readSeedFile';
import { serializedDigest } from './outcomeWire';
import { plainDataBytes, plainDataOf } from './plainData';
import { contentHash, type AnalysisCache } from './analysisCache';
import { DAY_MS, type RecordedSeed } from './corpusRecord';
import { currentFileVersion } from './readRegularFile';
import type { FileFailure } from './fileErrors';
import type { SeedFinding } from '../engine/findings';
import type { SeedFacts } from '../engine/metadata';
import { digestKeyOf, refusing, type CorpusSetup, type DescribeOutcome, type DescribeTask, type DigestOutcome, type DigestTask, type ReadOutcome, type ReadTask } from './seedTasks';
import type { SeedWork } from './seedWorkers';

/**
 * Seed work through an analysis cache: a seed's digest is kept under the hash of its text, and
 * its findings under the hash of everything they are made from (its text, the facts the index
 * gave, its path and the day). A corpus checked again unchanged is read from the cache, not
 * analysed; a changed seed, or one whose duplicates changed, is worked out again. Digests are
 * v8-serialised, findings and metadata JSON (see `plainDataBytes`): the cache is valid for one
 * engine version, and an entry that does not read back is worked out again.
 */
export class CachedSeedWork implements SeedWork {
  /** Each file's content key (see `contentKeyOf`) and the key its findings were cached under, in this run (see CorpusRecords). */
  readonly contentKeys = new Map<string, string>();
  readonly describedKeys = new Map<string, string>();
  /** Each file's version when it was read for its content key, and the hash and digest key of the text read, where the digest is of that text. */
  readonly fileVersions = new Map<string, VersionRead>();
  /** Files found at a recorded version, unread, with the key their digest was cached under then (see `trustUnread`). */
  private readonly unread = new Map<string, { fileVersion: string; digestKey: string }>();

  /** `refusal`: whether the corpus refuses empty seeds, as the reads for its digests do (see SeedTaskRunner). */
  constructor(
    private readonly work: SeedWork,
    private readonly cache: AnalysisCache,
    private readonly refusal: Pick<CorpusSetup, 'refuseEmpty'>,
  ) {}

  get inFlight(): number {
    return this.work.inFlight;
  }

  read(task: Omit<ReadTask, 'kind'>): Promise<ReadOutcome> {
    return this.work.read(task);
  }

  /**
   * The text is read and hashed where it is analysed, and kept there: on a miss it is not read twice.
   * With `keepText` it is read here, as the caller gets it back even from the cache.
   */
  async digest(task: Omit<DigestTask, 'kind'>): Promise<DigestOutcome> {
    if (task.keepText) return this.digestRead(task);
    const unread = this.unreadDigest(task.file);
    if (unread) return unread;
    const read = await this.work.read({ file: task.file, keepFor: task.corpus });
    this.fileVersions.delete(task.file);
    if (!read.ok) {
      this.contentKeys.set(task.file, unreadableKey(read));
      return read;
    }
    const cached = this.lookUp<DigestOutcome & { ok: true }>(read.digestKey);
    this.contentKeys.set(task.file, read.digestKey);
    if (read.fileVersion !== undefined) this.fileVersions.set(task.file, { fileVersion: read.fileVersion, textHash: read.textHash, digestKey: read.digestKey });
    if (cached) return cached;
    const outcome = await this.work.digest({ ...task, digestKey: read.digestKey, forCache: true });
    // The file may have changed since its read: its digest is of the text the outcome names.
    const key = outcome.ok && outcome.digestKey !== undefined ? outcome.digestKey : read.digestKey;
    this.contentKeys.set(task.file, key);
    if (key !== read.digestKey) this.fileVersions.delete(task.file);
    if (outcome.ok) this.cache.set(key, outcome.digestBytes ?? serializedDigest(outcome.digest));
    return outcome;
  }

  /**
   * A file found at the version a record names (see RecordedStart) still has the text it had then:
   * its digest, cached under the key of that text, is taken without reading the file again, if it
   * is still at that version and the digest is still cached.
   */
  trustUnread(file: string, fileVersion: string, digestKey: string): void {
    this.unread.set(file, { fileVersion, digestKey });
  }

  private unreadDigest(file: string): DigestOutcome | undefined {
    const unread = this.unread.get(file);
    if (!unread) return undefined;
    this.unread.delete(file);
    if (currentFileVersion(file) !== unread.fileVersion) return undefined;
    const cached = this.lookUp<DigestOutcome & { ok: true }>(unread.digestKey);
    if (!cached) return undefined;
    this.contentKeys.set(file, unread.digestKey);
    this.fileVersions.set(file, { ...unread, textHash: cached.digest.textHash });
    return cached;
  }

  private async digestRead(task: Omit<DigestTask, 'kind'>): Promise<DigestOutcome> {
    const read = await readSeedFile(task.file);
    if (!read.ok) {
      this.contentKeys.set(task.file, unreadableKey(read));
      return read;
    }
    const key = digestKeyOf(read.text);
    this.contentKeys.set(task.file, key);
    const cached = this.lookUp<DigestOutcome & { ok: true }>(key);
    if (cached) return { ...cached, text: read.text };
    const outcome = await this.work.digest({ ...task, text: read.text, fileVersion: read.fileVersion, forCache: true });
    if (outcome.ok) this.cache.set(key, outcome.digestBytes ?? serializedDigest(outcome.digest));
    return outcome;
  }

  async describe(task: Omit<DescribeTask, 'kind'>): Promise<DescribeOutcome> {
    const { textHash, facts, uri, path, language } = task;
    const key = contentHash(serialize({ textHash, facts, uri, path, language, day: Math.floor(task.now / DAY_MS) }));
    const cached = this.described(key);
    if (cached) {
      this.describedKeys.set(task.file, key);
      return cached;
    }
    const outcome = await this.work.describe({ ...task, forCache: true });
    if (!outcome.ok) return outcome;
    this.cache.set(key, outcome.findingsBytes ?? plainDataBytes(outcome.described.findings));
    this.cache.set(metadataKeyOf(key), outcome.metadataBytes ?? plainDataBytes(outcome.described.metadata));
    this.describedKeys.set(task.file, key);
    // The cache's copy of the findings' bytes, not a second one.
    return { ...outcome, findingsBytes: this.cache.get(key), cacheKey: key };
  }

  /**
   * Keeps what a client is shown of the findings cached under `key` beside them: bytes made by the
   * caller, in its `form` (the language server's diagnostics, say, whose links name where it runs).
   * Returns the cache's copy, for the caller to keep rather than its own.
   */
  keepShown(key: string, form: string, bytes: Uint8Array): Uint8Array | undefined {
    if (this.cache.get(key) === undefined) return undefined;
    this.cache.set(shownKeyOf(key, form), bytes);
    return this.cache.get(shownKeyOf(key, form));
  }

  /** What `keepShown` kept under `key` in `form`, with the bytes of the findings; undefined if either is gone. */
  shown(key: string, form: string): { shown: Uint8Array; findingsBytes: Uint8Array } | undefined {
    const shown = this.cache.get(shownKeyOf(key, form));
    const findingsBytes = shown && this.cache.get(key);
    return shown && findingsBytes && { shown, findingsBytes };
  }

  /**
   * The key of a file's text as it is now (its digest's key), to compare with its record; for a file
   * that cannot be read, its reason, which makes the same report. Its digest stays in the cache as
   * used, though not read, for the run after the next change.
   */
  async contentKeyOf(file: string, recorded?: RecordedSeed): Promise<string> {
    // A file whose version is the one recorded with its key still has the content it had then (see isSettledVersion).
    if (recorded?.fileVersion !== undefined && currentFileVersion(file) === recorded.fileVersion) {
      this.cache.get(recorded.contentKey);
      return recorded.contentKey;
    }
    // Read here: a task per file on a worker thread costs more in messages than the read itself.
    const read = refusing(this.refusal, await readSeedFile(file));
    if (!read.ok) return unreadableKey(read);
    const key = digestKeyOf(read.text);
    if (read.fileVersion !== undefined) this.fileVersions.set(file, { fileVersion: read.fileVersion, textHash: textHashOf(read.text), digestKey: key });
    this.cache.get(key);
    return key;
  }

  /** Whether a seed's findings and metadata are cached under `key`; they are then kept as used. */
  has(key: string): boolean {
    return this.cache.get(key) !== undefined && this.cache.get(metadataKeyOf(key)) !== undefined;
  }

  /** A seed's findings and metadata cached under `key` (see CorpusRecords); undefined if they are gone or do not read back. */
  described(key: string): DescribeOutcome | undefined {
    const findings = this.findings(key);
    const metadata = findings && this.lookUp<SeedFacts>(metadataKeyOf(key), plainDataOf);
    return findings && metadata ? { ok: true, described: { findings, metadata }, findingsBytes: this.cache.get(key), cacheKey: key } : undefined;
  }

  /**
   * Only the findings cached under `key`: what the language server publishes (a seed's metadata,
   * on the BBC articles twice the size of its findings, is worked out when a view asks).
   */
  findings(key: string): SeedFinding[] | undefined {
    return this.lookUp<SeedFinding[]>(key, plainDataOf);
  }

  /** The entry under `key` read back (by default, v8-deserialised); undefined if there is none or it does not read back. */
  private lookUp<T>(key: string, decode: (bytes: Uint8Array) => unknown = deserialize): T | undefined {
    const bytes = this.cache.get(key);
    if (!bytes) return undefined;
    try {
      return decode(bytes) as T;
    } catch {
      return undefined;
    }
  }
}

/** A file's version as read, with the hash of the text read and the key of its digest. */
export interface VersionRead {
  fileVersion: string;
  textHash: number;
  digestKey: string;
}

/** A seed's metadata is cached beside its findings, apart, so that what needs only the findings reads only them. */
function metadataKeyOf(findingsKey: string): string {
  return `${findingsKey}.metadata`;
}

/** Each form of what a client is shown of a seed's findings is cached beside them, apart. */
function shownKeyOf(findingsKey: string, form: string): string {
  return `${findingsKey}.shown.${form}`;
}

/** No content hash starts with a NUL. */
function unreadableKey(failure: FileFailure): string {
  return `\0${failure.reason}`;
}
