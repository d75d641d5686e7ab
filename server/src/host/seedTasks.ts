import { analyseSeed, digestOf, textHashOf, type AnalysedSeed, type SeedDigest } from '../engine/analyse';
import type { CorpusConfig } from '../engine/config/config';
import type { CorpusFacts } from '../engine/corpus/corpusFacts';
import { describeSeed, type DescribedSeed } from '../engine/describe';
import type { FileFailure } from './fileErrors';
import { currentFileVersion } from './readRegularFile';
import { readSeedFile, type SeedFileRead } from './readSeedFile';
import type { DetectedLanguage } from '../engine/language/detectLanguage';
import { KeptAnalyses } from './keptAnalyses';
import { OVER_BUDGET, SeedTimeBudget } from './timeBudget';

/**
 * The work on one seed file that needs no corpus index: reading and analysing it (a digest for
 * the index), and checking it with the facts the index gave. Both read the file themselves, so
 * that no seed text crosses threads; the check reuses the digest's analysis where the same thread
 * still keeps it (see KeptAnalyses), and otherwise reads the file again, checking it did not change. They
 * run the same in a worker thread (see seedWorker) and in the calling thread. A check whose
 * thread kept the analysis does not read the file at all if its version (inode, size, times) is
 * the one the digest read.
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
  /** The file's text, when the caller has read it already (to look it up in a cache), and its version then. */
  text?: string;
  fileVersion?: string;
}

/** `kept`: the thread that made the digest keeps the seed's analysis for its check (see KeptAnalyses). */
export type DigestOutcome = { ok: true; digest: SeedDigest; text?: string; kept?: boolean } | FileFailure;

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
}

export type DescribeOutcome = { ok: true; described: DescribedSeed } | { ok: false; reason: string } | { ok: false; overBudget: true };

export type SeedTask = DigestTask | DescribeTask;

export const CHANGED_SINCE_INDEXED = 'the file changed while the corpus was checked; check it again';

/** Runs seed tasks for the corpora it has been told of. */
export class SeedTaskRunner {
  private readonly corpora = new Map<number, CorpusSetup>();
  private readonly kept = new KeptAnalyses();

  setUp(key: number, setup: CorpusSetup): void {
    this.corpora.set(key, setup);
  }

  async run(task: SeedTask): Promise<DigestOutcome | DescribeOutcome> {
    const setup = this.corpora.get(task.corpus);
    if (!setup) throw new Error(`no corpus ${task.corpus} was set up`);
    if (task.kind === 'describe' && task.text === undefined) {
      // The file is not read again when this thread keeps the analysis of its digest and the file has not changed since.
      const kept = this.kept.take(task.corpus, task.file, task.textHash);
      if (kept?.fileVersion !== undefined && kept.fileVersion === currentFileVersion(task.file)) return this.describe(task, setup, kept.seed);
    }
    const file = task.text !== undefined ? { ok: true as const, text: task.text, fileVersion: task.kind === 'digest' ? task.fileVersion : undefined } : await readSeedFile(task.file);
    const read = setup.refuseEmpty ? refuseEmpty(file) : file;
    if (!read.ok) return read;
    if (task.kind === 'digest') {
      const seed = analyseSeed(read.text, setup.config);
      const digest = digestOf(seed, setup.config);
      const kept = setup.keepAnalyses && this.kept.keep(task.corpus, task.file, { textHash: digest.textHash, seed, fileVersion: read.fileVersion }, read.text.length);
      return { ok: true, digest, kept, ...(task.keepText && { text: read.text }) };
    }
    if (textHashOf(read.text) !== task.textHash) return { ok: false, reason: CHANGED_SINCE_INDEXED };
    return this.describe(task, setup, analyseSeed(read.text, setup.config, task.language));
  }

  private describe(task: DescribeTask, setup: CorpusSetup, seed: AnalysedSeed): DescribeOutcome {
    const budget = new SeedTimeBudget(task.seedTimeout);
    const described = budget.run(seed.parsed.text.length, () =>
      describeSeed({ uri: task.uri, path: task.path, seed, config: setup.config, configUri: setup.configUri, corpus: task.facts, now: new Date(task.now) }),
    );
    return described === OVER_BUDGET ? { ok: false, overBudget: true } : { ok: true, described };
  }
}

/** An empty seed has nothing to check, and every rule would only say so in its own way. */
function refuseEmpty(read: SeedFileRead): SeedFileRead {
  return read.ok && read.text.replace(/^\uFEFF/, '') === '' ? { ok: false, reason: 'an empty file; nothing to check' } : read;
}
