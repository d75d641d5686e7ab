import type { Diagnostic } from 'vscode-languageserver-types';
import type { ConfigProblem } from '../engine/config/config';
import type { SeedMetadata } from '../protocol/protocol';

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
  metadata: SeedMetadata;
  diagnostics: Diagnostic[];
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
  const diagnostics = seeds.flatMap((seed) => seed.diagnostics);
  const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
  const summary: Summary = {
    seeds: seeds.length,
    errors: count(1),
    warnings: count(2),
    infos: count(3),
    hints: count(4),
    skipped: report.corpora.reduce((sum, corpus) => sum + corpus.skipped.length, 0),
  };
  if (report.fixing) summary.fixed = seeds.reduce((sum, seed) => sum + seed.fixesApplied, 0);
  return summary;
}

/** The process exit status the spec fixes: 1 when any finding is an error. */
export function exitCodeOf(summary: Summary): 0 | 1 {
  return summary.errors > 0 ? 1 : 0;
}
