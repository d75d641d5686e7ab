import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from '../lsp/diagnostics';
import { summarize, type CheckReport, type SeedReport } from './report';

/** The `--format json` object of the spec (§4): version 1, one entry per seed, a summary. */
export function formatJson(report: CheckReport): string {
  const output = {
    version: 1,
    corpora: report.corpora.map((corpus) => ({
      root: corpus.folder,
      configFile: corpus.configFile ?? null,
      configProblems: corpus.configProblems.map((problem) => problem.message),
    })),
    seeds: report.corpora.flatMap((corpus) => corpus.seeds.map(seedEntry)),
    skipped: report.corpora.flatMap((corpus) => corpus.skipped.map(({ path, reason }) => ({ path, root: corpus.folder, reason }))),
    summary: summarize(report),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function seedEntry(seed: SeedReport): { path: string; metadata: object; diagnostics: Diagnostic[] } {
  // The path is the entry's own.
  const { path: _path, ...metadata } = seed.metadata;
  return { path: seed.path, metadata, diagnostics: seed.findings.map((finding) => toDiagnostic(finding)) };
}
