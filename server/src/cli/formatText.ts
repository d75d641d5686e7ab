import type { SeedFinding, Severity } from '../engine/findings';
import { displayPath } from './displayPath';
import { inert } from './inert';
import { BatchedWrite } from './batchedWrite';
import type { Progress } from './progress';
import { summarize, type CheckReport, type CorpusReport, type ReportWriter, type SeedReport, type Summary } from './report';

export interface TextStyle {
  colour: boolean;
  cwd: string;
}

const SEVERITY_COLOURS: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
const NAME_WIDTH = Math.max(...Object.keys(SEVERITY_COLOURS).map((name) => name.length));

/**
 * One line per finding, `path:line:col  severity  message  [rule-id]`, files apart (each written
 * as it is checked), a corpus's skipped seeds after its seeds, a summary last. Whatever comes from
 * a seed, a config or a file name is made inert: a seed must not drive the terminal it is reported on.
 */
export class TextReport implements ReportWriter {
  private readonly out: BatchedWrite;

  /** `progress` is cleared off the terminal before each write, so that the bar never mixes with the report. */
  constructor(
    stream: NodeJS.WritableStream,
    private readonly style: TextStyle,
    progress?: Progress,
  ) {
    this.out = new BatchedWrite(stream, () => progress?.clear?.());
  }

  async seed(seed: SeedReport): Promise<void> {
    const where = inert(displayPath(seed.file, this.style.cwd));
    const lines = seed.findings.map((finding) => findingLine(where, finding, this.paint));
    if (seed.unwritten !== undefined) lines.push(`${where}  ${this.label(31, 'unfixed')}  ${inert(seed.unwritten)}`);
    if (lines.length > 0) await this.out.write(`${lines.join('\n')}\n\n`);
  }

  async corpusDone(corpus: CorpusReport): Promise<void> {
    for (const skipped of corpus.skipped) await this.out.write(`${inert(displayPath(skipped.file, this.style.cwd))}  ${this.label(33, 'skipped')}  ${inert(skipped.reason)}\n\n`);
  }

  async end(report: CheckReport): Promise<void> {
    await this.out.write(`${this.paint(1, summaryLine(summarize(report)))}\n`);
    await this.out.flush();
  }

  private readonly paint = (code: number, text: string) => (this.style.colour ? `\x1b[${code}m${text}\x1b[0m` : text);

  private label(code: number, name: string): string {
    return this.paint(code, name.padEnd(NAME_WIDTH));
  }
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
