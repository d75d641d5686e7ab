import type { Diagnostic } from 'vscode-languageserver-types';
import { displayPath } from './displayPath';
import { messageText } from './messageText';
import { summarize, type CheckReport, type Summary } from './report';

export interface TextStyle {
  colour: boolean;
  cwd: string;
}

const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
const SEVERITY_COLOURS: Record<number, number> = { 1: 31, 2: 33, 3: 36, 4: 90 };
const NAME_WIDTH = Math.max(...Object.values(SEVERITY_NAMES).map((name) => name.length));

/** One line per finding, `path:line:col  severity  message  [rule-id]`, files apart, a summary last. */
export function formatText(report: CheckReport, style: TextStyle): string {
  const paint = (code: number, text: string) => (style.colour ? `\x1b[${code}m${text}\x1b[0m` : text);
  const blocks: string[] = [];
  for (const corpus of report.corpora) {
    for (const seed of corpus.seeds) {
      if (seed.diagnostics.length === 0) continue;
      const where = displayPath(seed.file, style.cwd);
      blocks.push(seed.diagnostics.map((diagnostic) => findingLine(where, diagnostic, paint)).join('\n'));
    }
    for (const skipped of corpus.skipped) {
      blocks.push(`${displayPath(skipped.file, style.cwd)}  ${paint(33, 'skipped'.padEnd(NAME_WIDTH))}  ${skipped.reason}`);
    }
  }
  blocks.push(paint(1, summaryLine(summarize(report))));
  return `${blocks.join('\n\n')}\n`;
}

function findingLine(where: string, diagnostic: Diagnostic, paint: (code: number, text: string) => string): string {
  const { line, character } = diagnostic.range.start;
  const severity = diagnostic.severity ?? 1;
  const name = (SEVERITY_NAMES[severity] ?? 'error').padEnd(NAME_WIDTH);
  return `${where}:${line + 1}:${character + 1}  ${paint(SEVERITY_COLOURS[severity] ?? 0, name)}  ${messageText(diagnostic)}  ${paint(90, `[${diagnostic.code}]`)}`;
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
