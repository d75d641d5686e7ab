import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Location, Range, SeedFinding, Severity } from '../engine/findings';
import { RULES_DOC, SOURCE } from '../protocol/protocol';
import { ALL_RULES } from '../engine/rules/allRules';
import { displayPath } from './displayPath';
import { SpooledJson, STREAMED_ARRAY } from './streamJson';
import type { CheckReport, ReportWriter, SeedReport } from './report';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = RULES_DOC.slice(0, RULES_DOC.indexOf('/blob/'));
/** Artifact uris are relative to the working directory, which code-scanning tools take as the repository root. */
const SRCROOT = 'SRCROOT';

type Level = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifContext {
  cwd: string;
  version: string;
  pretty: boolean;
}

/** SARIF 2.1.0 with one run: the rule catalogue, a result per diagnostic (streamed), unreadable seeds and config problems as notifications. */
export class SarifReport implements ReportWriter {
  private readonly ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id as string, index]));
  private readonly location: ReturnType<typeof locationMaker>;
  private readonly results: SpooledJson;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly context: SarifContext,
  ) {
    this.location = locationMaker(context.cwd);
    this.results = new SpooledJson(context.pretty);
  }

  seed(seed: SeedReport): void {
    for (const finding of seed.findings) this.results.add(resultOf(finding, seed.uri, this.ruleIndex, this.location));
  }

  end(report: CheckReport): Promise<void> {
    return this.results.end(sarifSkeleton(report, this.context, this.location), this.stream);
  }
}

function sarifSkeleton(report: CheckReport, context: SarifContext, location: ReturnType<typeof locationMaker>) {
  const fileLocation = (file: string) => ({ physicalLocation: { artifactLocation: location.artifact(URI.file(file).toString()) } });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SOURCE,
            version: context.version,
            informationUri: INFORMATION_URI,
            rules: ALL_RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              helpUri: `${RULES_DOC}#${rule.id}`,
              defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${URI.file(context.cwd).toString()}/` } },
        invocations: [
          {
            // A seed --fix did not write: the run did not do all it was asked (exit status 2).
            executionSuccessful: report.corpora.every((corpus) => corpus.unwritten.length === 0),
            toolExecutionNotifications: report.corpora.flatMap((corpus) => [
              ...corpus.unwritten.map((seed) => ({ level: 'error', message: { text: `Not fixed ${displayPath(seed.file, context.cwd)}: ${seed.reason}` }, locations: [fileLocation(seed.file)] })),
              ...corpus.skipped.map((skipped) => ({
                level: 'warning',
                message: { text: `Skipped ${displayPath(skipped.file, context.cwd)}: ${skipped.reason}` },
                locations: [fileLocation(skipped.file)],
              })),
              ...corpus.notices.map((notice) => ({
                level: 'note',
                message: { text: notice },
                locations: [fileLocation(corpus.configFile ?? corpus.folder)],
              })),
            ]),
            toolConfigurationNotifications: report.corpora.flatMap((corpus) =>
              corpus.configProblems.map((problem) => ({
                level: 'error',
                message: { text: `${problem.message} The defaults hold for it.` },
                locations: [fileLocation(corpus.configFile ?? corpus.folder)],
              })),
            ),
          },
        ],
        results: STREAMED_ARRAY,
      },
    ],
  };
}

function resultOf(finding: SeedFinding, uri: string, ruleIndex: Map<string, number>, location: ReturnType<typeof locationMaker>) {
  const result: Record<string, unknown> = {
    ruleId: finding.rule,
    ruleIndex: ruleIndex.get(finding.rule),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [location.physical({ uri, range: finding.range })],
  };
  const fixes = sarifFixes(finding, uri, location);
  if (fixes.length > 0) result.fixes = fixes;
  if (finding.related.length > 0) {
    result.relatedLocations = finding.related.map((related, id) => ({
      id,
      message: { text: related.message },
      ...location.physical(related.location),
    }));
  }
  return result;
}

/**
 * The finding's own quick fixes that edit text, as SARIF fixes a code-scanning tool can offer as
 * suggestions. A fix that edits other findings' places too is left out: repeated in each of their
 * results, it would make the report grow with their square.
 */
function sarifFixes(finding: SeedFinding, uri: string, location: ReturnType<typeof locationMaker>) {
  return finding.fixes.flatMap((fix) =>
    fix.kind === 'edit' && !fix.spansFindings
      ? [
          {
            description: { text: fix.title },
            artifactChanges: [
              {
                artifactLocation: location.artifact(uri),
                replacements: fix.edits.map((edit) => ({ deletedRegion: regionOf(edit.range), insertedContent: { text: edit.newText } })),
              },
            ],
          },
        ]
      : [],
  );
}

function locationMaker(cwd: string) {
  const artifact = (uri: string) => {
    const file = URI.parse(uri).fsPath;
    const relative = path.relative(cwd, file);
    if (relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) return { uri };
    return { uri: displayPath(file, cwd).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  };
  return {
    artifact,
    physical: (where: Location) => ({ physicalLocation: { artifactLocation: artifact(where.uri), region: regionOf(where.range) } }),
  };
}

/** LSP counts lines and UTF-16 columns from 0, SARIF from 1 (and its default column kind is UTF-16 too). */
function regionOf(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
