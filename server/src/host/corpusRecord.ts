import { plainDataBytes, plainDataOf } from './plainData';
import { contentHash, type AnalysisCache } from './analysisCache';
import { isSettledVersion } from './readRegularFile';

/** A day in milliseconds: findings about dates depend on the day they are checked. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** One seed of a whole-corpus check as the cache recorded it. */
export interface RecordedSeed {
  file: string;
  /** The key its digest is cached under: the hash of its text (see `CachedSeedWork.contentKeyOf`). */
  contentKey: string;
  /**
   * The file's version when it was read for that key, if it was settled then (see
   * `isSettledVersion`): the same version now, and it still has that content, unread.
   */
  fileVersion?: string;
  /**
   * With `fileVersion`, where the content key is not itself the key of the seed's digest (the
   * language server's records): that key, so that a file still at that version is indexed from its
   * cached digest unread (see `CachedSeedWork.trustUnread`).
   */
  digestKey?: string;
  /** The key its findings are cached under, if it was checked and asked for; else why it was skipped, if it was. */
  described?: string;
  skipped?: string;
}

/** What a whole-corpus check is made of besides the seeds' texts: which files, which were asked for, the day and the time limit. */
export interface CheckedListing {
  files: readonly string[];
  selected: ReadonlySet<string>;
  now: number;
  seedTimeout: number;
}

/**
 * A whole-corpus check, remembered in the analysis cache: for the same listing of files, every
 * seed's content key and the cache key of its findings. A corpus checked again whose every file
 * still has its recorded content gives the same findings (the cache is for one engine version and
 * one configuration), so they are read back without building the index or asking it anything,
 * which is most of a warm check of a large corpus. One changed file and the record is not used.
 */
export class CorpusRecords {
  constructor(private readonly cache: AnalysisCache) {}

  /** The record of this listing: one entry per file, in its order; undefined if there is none, or it does not read back as one. */
  get(listing: CheckedListing): RecordedSeed[] | undefined {
    const bytes = this.cache.get(listingKey(listing));
    if (!bytes) return undefined;
    let record: RecordedSeed[];
    try {
      record = plainDataOf<RecordedSeed[]>(bytes);
    } catch {
      return undefined;
    }
    const matches = record.length === listing.files.length && record.every((seed, index) => seed.file === listing.files[index]);
    return matches ? record : undefined;
  }

  set(listing: CheckedListing, seeds: readonly RecordedSeed[]): void {
    this.cache.set(listingKey(listing), plainDataBytes(seeds));
  }
}

function listingKey({ files, selected, now, seedTimeout }: CheckedListing): string {
  return contentHash(JSON.stringify({ record: 'corpus', files, selected: files.filter((file) => selected.has(file)), day: Math.floor(now / DAY_MS), seedTimeout }));
}

/**
 * The record with the versions of files read since for the content it records (`versionRead`,
 * with the key of the digest of what was read where the record keeps it apart), where it had none
 * and they are settled (see `isSettledVersion`); undefined if none is added. A file read within a
 * tick of its last change is recorded without its version, and read again at each start until the
 * record is written again: this writes it again once the version settled.
 */
export function withSettledVersions(record: readonly RecordedSeed[], versionRead: (file: string) => Pick<RecordedSeed, 'fileVersion' | 'digestKey'> | undefined, readAfter: number): RecordedSeed[] | undefined {
  let added = false;
  const updated = record.map((seed) => {
    if (seed.fileVersion !== undefined) return seed;
    const read = versionRead(seed.file);
    if (read?.fileVersion === undefined || !isSettledVersion(read.fileVersion, readAfter)) return seed;
    added = true;
    return { ...seed, ...read };
  });
  return added ? updated : undefined;
}
