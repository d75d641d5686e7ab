import type { ConfigProblem } from '../engine/config/config';
import type { SeedFinding, Severity } from '../engine/findings';
import type { SeedFacts } from '../engine/metadata';

/** What one check run found, before any formatting. */
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
  /** The seeds the command line named, in path order. */
  seeds: SeedReport[];
  /** Named seeds that could not be read or checked in time: reported, never fatal. */
  skipped: SkippedSeed[];
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
  const seeds = report.corpora.flatMap((corpus) => corpus.seeds);
  const count = (severity: Severity) => seeds.reduce((sum, seed) => sum + seed.findings.filter((finding) => finding.severity === severity).length, 0);
  const summary: Summary = {
    seeds: seeds.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    hints: 0,
    skipped: report.corpora.reduce((sum, corpus) => sum + corpus.skipped.length, 0),
  };
  if (report.fixing) {
    summary.fixed = seeds.reduce((sum, seed) => sum + seed.fixesApplied, 0);
    summary.unwritten = seeds.filter((seed) => seed.unwritten !== undefined).length;
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
