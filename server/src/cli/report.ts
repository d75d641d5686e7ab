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
  /** The seeds the command line named, in path order. */
  seeds: SeedReport[];
  /** Named seeds that could not be read: reported, never fatal. */
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
  if (report.fixing) summary.fixed = seeds.reduce((sum, seed) => sum + seed.fixesApplied, 0);
  return summary;
}

/** The process exit status the spec fixes: 1 when any finding is an error. */
export function exitCodeOf(summary: Summary): 0 | 1 {
  return summary.errors > 0 ? 1 : 0;
}
