import type { ConfigProblem } from '../engine/config/config';
import type { SeedFinding, Severity } from '../engine/findings';
import type { SeedFacts } from '../engine/metadata';

/**
 * What one check run found besides each seed's findings, which go to a `ReportSink` as each seed
 * is checked (a report on a large corpus is written as it goes, not held).
 */
export interface CheckReport {
  corpora: CorpusReport[];
  /** Whether `--fix` ran, so that reports say how many fixes were applied. */
  fixing: boolean;
}

export interface CorpusReport {
  /** The corpus root (file system path). */
  folder: string;
  configFile?: string;
  configProblems: ConfigProblem[];
  /** What is worth saying about the corpus that is no finding: an include matching nothing, stale temporary files removed. */
  notices: string[];
  /** The counts of the seeds checked, which the sink was given. */
  tally: SeedTally;
  /** The checked seeds whose fixes `--fix` did not write, in path order. */
  unwritten: UnwrittenSeed[];
  /** Named seeds that could not be read or checked in time: reported, never fatal. */
  skipped: SkippedSeed[];
}

/** Where the report of each seed goes as it is checked, in path order. */
export interface ReportSink {
  seed(seed: SeedReport): void | Promise<void>;
  /** Every seed of a corpus was given: its skipped seeds are known. */
  corpusDone?(corpus: CorpusReport): void | Promise<void>;
}

/** A report format: told of each seed as it is checked, and of the rest at the end. */
export interface ReportWriter extends ReportSink {
  /** Writes what is left of the report, once the run is over. */
  end(report: CheckReport): Promise<void>;
}

export interface SeedTally {
  seeds: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings that `--fix` removed. */
  fixesApplied: number;
}

export function emptyTally(): SeedTally {
  return { seeds: 0, errors: 0, warnings: 0, infos: 0, fixesApplied: 0 };
}

const TALLIED: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

export function addToTally(tally: SeedTally, seed: SeedReport): void {
  tally.seeds++;
  tally.fixesApplied += seed.fixesApplied;
  for (const finding of seed.findings) tally[TALLIED[finding.severity]]++;
}

export interface UnwrittenSeed {
  file: string;
  reason: string;
}

export interface SeedReport {
  file: string;
  uri: string;
  /** Relative to the corpus root, with `/`. */
  path: string;
  metadata: SeedFacts;
  findings: SeedFinding[];
  /** Findings that `--fix` removed from this seed. */
  fixesApplied: number;
  /** Why `--fix` did not write this seed's fixes (its findings are those of the text on disk). */
  unwritten?: string;
}

export interface SkippedSeed {
  file: string;
  path: string;
  reason: string;
}

export interface Summary {
  seeds: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  skipped: number;
  /** Present only with `--fix`. */
  fixed?: number;
  /** Seeds whose fixes `--fix` did not write; present only with `--fix`. */
  unwritten?: number;
}

export function summarize(report: CheckReport): Summary {
  const sum = (count: (corpus: CorpusReport) => number) => report.corpora.reduce((total, corpus) => total + count(corpus), 0);
  const summary: Summary = {
    seeds: sum((corpus) => corpus.tally.seeds),
    errors: sum((corpus) => corpus.tally.errors),
    warnings: sum((corpus) => corpus.tally.warnings),
    infos: sum((corpus) => corpus.tally.infos),
    hints: 0,
    skipped: sum((corpus) => corpus.skipped.length),
  };
  if (report.fixing) {
    summary.fixed = sum((corpus) => corpus.tally.fixesApplied);
    summary.unwritten = sum((corpus) => corpus.unwritten.length);
  }
  return summary;
}

export const EXIT_STATUS = {
  clean: 0,
  /** Some finding is an error. */
  errors: 1,
  /** Bad usage, an unreadable path, or a seed `--fix` did not write: the run did not do what was asked. */
  failed: 2,
} as const;

/** 2 when `--fix` left a seed unwritten (it outranks findings: the tree is not what was asked for), else 1 with any error finding. */
export function exitCodeOf(summary: Summary): number {
  if (summary.unwritten) return EXIT_STATUS.failed;
  return summary.errors > 0 ? EXIT_STATUS.errors : EXIT_STATUS.clean;
}
