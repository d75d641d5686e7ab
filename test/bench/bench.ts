/**
 * `npm run bench`: indexes and checks the 2,225 BBC articles of /work/shared/corpora/bbc (see its
 * README.TXT; read at run time, never committed) through the CLI's own code path, then times the
 * CLI end to end. Speed is measured here, never in a timed test.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Progress } from '../../server/src/cli/progress';
import { summarize } from '../../server/src/cli/report';
import { runCheck } from '../../server/src/cli/runCheck';
import { resolveTargets } from '../../server/src/cli/targets';

const REPO = path.resolve(__dirname, '../../..');
const BBC = path.resolve(REPO, '..', 'shared', 'corpora', 'bbc');

interface Phase {
  label: string;
  seeds: number;
  ms: number;
}

/** Times each phase of `runCheck` by the progress calls it already makes, and samples the heap as it goes. */
class PhaseClock implements Progress {
  readonly phases: Phase[] = [];
  peakHeap = 0;
  private current?: { label: string; total: number; started: number };

  start(label: string, total: number): void {
    this.current = { label, total, started: performance.now() };
  }
  tick(): void {
    this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
  }
  end(): void {
    if (!this.current) return;
    this.phases.push({ label: this.current.label, seeds: this.current.total, ms: performance.now() - this.current.started });
    this.current = undefined;
  }
}

function corpusBytes(folder: string): number {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function runCliJson(corpus: string): Promise<{ ms: number; code: number | null; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'seed-curator.js'), 'check', corpus, '--format', 'json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, bytes }));
  });
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  if (!fs.existsSync(BBC)) {
    console.log(`bench: ${BBC} is absent; nothing to measure.`);
    return;
  }
  // The BBC folder has no .seedcurator.json (and must stay untouched), so a copy gets one.
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-bench-'));
  try {
    fs.cpSync(BBC, corpus, { recursive: true });
    fs.writeFileSync(path.join(corpus, '.seedcurator.json'), '{}\n');
    const megabytes = corpusBytes(corpus) / 1048576;

    const clock = new PhaseClock();
    const report = await runCheck(await resolveTargets([corpus], process.cwd()), { fix: false, progress: clock });
    const summary = summarize(report);
    const findings = report.corpora.flatMap((c) => c.seeds.flatMap((s) => s.findings));
    const countOf = (rule: string) => findings.filter((f) => f.rule === rule).length;

    const rows = [['phase', 'seeds', 'total ms', 'seeds/s', 'MB/s']];
    for (const phase of clock.phases) {
      rows.push([phase.label.toLowerCase(), String(phase.seeds), phase.ms.toFixed(0), (phase.seeds / (phase.ms / 1000)).toFixed(0), (megabytes / (phase.ms / 1000)).toFixed(2)]);
    }
    const cli = await runCliJson(corpus);
    const seeds = summary.seeds + summary.skipped;
    rows.push(['cli --format json (end to end)', String(seeds), cli.ms.toFixed(0), (seeds / (cli.ms / 1000)).toFixed(0), (megabytes / (cli.ms / 1000)).toFixed(2)]);

    console.log(`Corpus: ${BBC} (${seeds} files, ${megabytes.toFixed(1)} MB)\n`);
    console.log(table(rows));
    console.log(`\npeak heap (sampled)  ${(clock.peakHeap / 1048576).toFixed(0)} MB`);
    console.log(`peak RSS             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    console.log(`findings             ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos; ${summary.skipped} skipped`);
    console.log(`duplicate-seed       ${countOf('duplicate-seed')}`);
    console.log(`corpus-duplicate     ${countOf('corpus-duplicate')}`);
    console.log(`cli exit status      ${cli.code}, ${(cli.bytes / 1048576).toFixed(1)} MB of JSON`);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
