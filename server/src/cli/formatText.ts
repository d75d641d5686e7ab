import type { SeedFinding, Severity } from '../engine/findings';
import { displayPath } from './displayPath';
import { inert } from './inert';
import { summarize, type CheckReport, type Summary } from './report';

export interface TextStyle {
  colour: boolean;
  cwd: string;
}

const SEVERITY_COLOURS: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
const NAME_WIDTH = Math.max(...Object.keys(SEVERITY_COLOURS).map((name) => name.length));

/**
 * One line per finding, `path:line:col  severity  message  [rule-id]`, files apart, a summary
 * last. Whatever comes from a seed, a config or a file name is made inert: a seed must not drive
 * the terminal it is reported on.
 */
export function* formatText(report: CheckReport, style: TextStyle): Generator<string> {
  const paint = (code: number, text: string) => (style.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const label = (code: number, name: string) => paint(code, name.padEnd(NAME_WIDTH));
  for (const corpus of report.corpora) {
    for (const seed of corpus.seeds) {
      const where = inert(displayPath(seed.file, style.cwd));
      const lines = seed.findings.map((finding) => findingLine(where, finding, paint));
      if (seed.unwritten !== undefined) lines.push(`${where}  ${label(31, 'unfixed')}  ${inert(seed.unwritten)}`);
      if (lines.length > 0) yield `${lines.join('\n')}\n\n`;
    }
    for (const skipped of corpus.skipped) {
      yield `${inert(displayPath(skipped.file, style.cwd))}  ${label(33, 'skipped')}  ${inert(skipped.reason)}\n\n`;
    }
  }
  yield `${paint(1, summaryLine(summarize(report)))}\n`;
}

function findingLine(where: string, finding: SeedFinding, paint: (code: number, text: string) => string): string {
  const { line, character } = finding.range.start;
  return `${where}:${line + 1}:${character + 1}  ${paint(SEVERITY_COLOURS[finding.severity], finding.severity.padEnd(NAME_WIDTH))}  ${inert(finding.message)}  ${paint(90, `[${finding.rule}]`)}`;
}

function summaryLine(summary: Summary): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
  if (summary.hints > 0) counts.push(plural(summary.hints, 'hint'));
  let line = `${counts.join(', ')} in ${plural(summary.seeds, 'seed')}`;
  if (summary.skipped > 0) line += ` (${summary.skipped} skipped)`;
  if (summary.fixed !== undefined) line += `; ${plural(summary.fixed, 'fix', 'fixes')} applied`;
  if (summary.unwritten) line += `, ${plural(summary.unwritten, 'seed')} not written`;
  return `${line}.`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
