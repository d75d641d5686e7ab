import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostic } from '../edge/diagnostics';
import { summarize, type CheckReport, type ReportWriter, type SeedReport } from './report';
import { SpooledJson, STREAMED_ARRAY } from './streamJson';

/** The `--format json` object: version 1, one entry per seed (streamed), a summary. */
export class JsonReport implements ReportWriter {
  private readonly entries: SpooledJson;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    pretty: boolean,
  ) {
    this.entries = new SpooledJson(pretty);
  }

  seed(seed: SeedReport): void {
    this.entries.add(seedEntry(seed));
  }

  end(report: CheckReport): Promise<void> {
    const skeleton = {
      version: 1,
      corpora: report.corpora.map((corpus) => ({
        root: corpus.folder,
        configFile: corpus.configFile ?? null,
        configProblems: corpus.configProblems.map((problem) => problem.message),
        notices: corpus.notices,
      })),
      seeds: STREAMED_ARRAY,
      skipped: report.corpora.flatMap((corpus) => corpus.skipped.map(({ path, reason }) => ({ path, root: corpus.folder, reason }))),
      summary: summarize(report),
    };
    return this.entries.end(skeleton, this.stream);
  }
}

function seedEntry(seed: SeedReport): { path: string; metadata: object; diagnostics: Diagnostic[]; unwritten?: string } {
  // The path is the entry's own.
  const { path: _path, ...metadata } = seed.metadata;
  const entry = { path: seed.path, metadata, diagnostics: seed.findings.map((finding) => toDiagnostic(finding)) };
  return seed.unwritten === undefined ? entry : { ...entry, unwritten: seed.unwritten };
}
