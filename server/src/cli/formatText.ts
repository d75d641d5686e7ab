import type { SeedFinding, Severity } from '../engine/findings';
import { displayPath } from './displayPath';
import { summarize, type CheckReport, type Summary } from './report';

export interface TextStyle {
  colour: boolean;
  cwd: string;
}

const SEVERITY_COLOURS: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
const NAME_WIDTH = Math.max(...Object.keys(SEVERITY_COLOURS).map((name) => name.length));

/** One line per finding, `path:line:col  severity  message  [rule-id]`, files apart, a summary last. */
export function* formatText(report: CheckReport, style: TextStyle): Generator<string> {
  const paint = (code: number, text: string) => (style.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  for (const corpus of report.corpora) {
    for (const seed of corpus.seeds) {
      if (seed.findings.length === 0) continue;
      const where = displayPath(seed.file, style.cwd);
      yield `${seed.findings.map((finding) => findingLine(where, finding, paint)).join('\n')}\n\n`;
    }
    for (const skipped of corpus.skipped) {
      yield `${displayPath(skipped.file, style.cwd)}  ${paint(33, 'skipped'.padEnd(NAME_WIDTH))}  ${skipped.reason}\n\n`;
    }
  }
  yield `${paint(1, summaryLine(summarize(report)))}\n`;
}

function findingLine(where: string, finding: SeedFinding, paint: (code: number, text: string) => string): string {
  const { line, character } = finding.range.start;
  return `${where}:${line + 1}:${character + 1}  ${paint(SEVERITY_COLOURS[finding.severity], finding.severity.padEnd(NAME_WIDTH))}  ${finding.message}  ${paint(90, `[${finding.rule}]`)}`;
}

function summaryLine(summary: Summary): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  if (summary.hints > 0) counts.push(plural(summary.hints, 'hint'));
  let line = `${counts.join(', ')} in ${plural(summary.seeds, 'seed')}`;
  if (summary.skipped > 0) line += ` (${summary.skipped} skipped: not readable as text)`;
  if (summary.fixed !== undefined) line += `; ${plural(summary.fixed, 'fix', 'fixes')} applied`;
  return `${line}.`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
