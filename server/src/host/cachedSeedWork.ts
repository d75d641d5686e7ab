import { deserialize, serialize } from 'node:v8';
import { readSeedFile } from './readSeedFile';
import { contentHash, type AnalysisCache } from './analysisCache';
import type { DescribeOutcome, DescribeTask, DigestOutcome, DigestTask } from './seedTasks';
import type { SeedWork } from './seedWorkers';

/** A day in milliseconds: findings about dates depend on the day they are checked. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seed work through an analysis cache: a seed's digest is kept under the hash of its text, and
 * its findings under the hash of everything they are made from (its text, the facts the index
 * gave, its path and the day). A corpus checked again unchanged is read from the cache, not
 * analysed; a changed seed, or one whose duplicates changed, is worked out again. Entries are
 * v8-serialised: the cache is valid for one engine version, and an entry that does not
 * deserialise is worked out again.
 */
export class CachedSeedWork implements SeedWork {
  constructor(
    private readonly work: SeedWork,
    private readonly cache: AnalysisCache,
  ) {}

  get inFlight(): number {
    return this.work.inFlight;
  }

  /** The text is read here to be looked up; on a miss it goes to the analysis with the task, and is not read twice. */
  async digest(task: Omit<DigestTask, 'kind'>): Promise<DigestOutcome> {
    const read = await readSeedFile(task.file);
    if (!read.ok) return read;
    const key = contentHash(`digest\0${read.text}`);
    const cached = this.lookUp<DigestOutcome & { ok: true }>(key);
    if (cached) return task.keepText ? { ...cached, text: read.text } : cached;
    const outcome = await this.work.digest({ ...task, text: read.text });
    if (outcome.ok) this.cache.set(key, serialize({ ok: true, digest: outcome.digest }));
    return outcome;
  }

  async describe(task: Omit<DescribeTask, 'kind'>): Promise<DescribeOutcome> {
    const { textHash, facts, uri, path, language } = task;
    const key = contentHash(serialize({ textHash, facts, uri, path, language, day: Math.floor(task.now / DAY_MS) }));
    const cached = this.lookUp<DescribeOutcome>(key);
    if (cached) return cached;
    const outcome = await this.work.describe(task);
    if (outcome.ok) this.cache.set(key, serialize(outcome));
    return outcome;
  }

  private lookUp<T>(key: string): T | undefined {
    const bytes = this.cache.get(key);
    if (!bytes) return undefined;
    try {
      return deserialize(bytes) as T;
    } catch {
      return undefined;
    }
  }
}
