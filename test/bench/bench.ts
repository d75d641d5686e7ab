/**
 * `npm run bench [-- --corpus DIR | --seeds N]`: indexes and checks a corpus through the CLI's own
 * code path, phase by phase, then times the CLI end to end and jscpd on the same files in the same
 * run, with the peak memory of each, and prints how many times jscpd's time seed-curator takes.
 * The corpus is a copy of DIR, or N seeds (default 2,000) from the project's generator. Speed is
 * measured here, never in a timed test.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Progress } from '../../server/src/cli/progress';
import { summarize, type SeedReport } from '../../server/src/cli/report';
import { runCheck } from '../../server/src/cli/runCheck';
import { resolveTargets } from '../../server/src/cli/targets';
import { prepareCorpus, seedBytes, untilSettled } from './benchCorpus';
import { runJscpd } from './jscpd';
import { runTimed } from './timedChild';

const REPO = path.resolve(__dirname, '../../..');

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

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

const megabytes = (bytes: number) => bytes / 1048576;
// '-' where not measured: the in-process phases share one process, and GNU time may be missing.
const rssCell = (mb: number | undefined) => (mb === undefined ? '-' : mb.toFixed(0));

async function main(): Promise<void> {
  const corpus = prepareCorpus(process.argv.slice(2), 'seed-curator-bench-');
  await untilSettled(corpus.folder);
  try {
    const mb = megabytes(seedBytes(corpus.folder));
    const row = (label: string, seeds: number, ms: number, rss?: number) => [label, String(seeds), ms.toFixed(0), (seeds / (ms / 1000)).toFixed(0), (mb / (ms / 1000)).toFixed(2), rssCell(rss)];

    const clock = new PhaseClock();
    const findingsByRule = new Map<string, number>();
    const countFindings = (seed: SeedReport) => {
      for (const finding of seed.findings) findingsByRule.set(finding.rule, (findingsByRule.get(finding.rule) ?? 0) + 1);
    };
    const report = await runCheck(await resolveTargets([corpus.folder], process.cwd()), { fix: false, progress: clock }, { seed: countFindings });
    const summary = summarize(report);
    const countOf = (rule: string) => findingsByRule.get(rule) ?? 0;
    const seeds = summary.seeds + summary.skipped;

    const rows = [['phase', 'seeds', 'total ms', 'seeds/s', 'MB/s', 'peak RSS MB']];
    for (const phase of clock.phases) rows.push(row(`in process: ${phase.label.toLowerCase()}`, phase.seeds, phase.ms));
    const seedCurator = (...extra: string[]) => runTimed(process.execPath, [path.join(REPO, 'bin', 'seed-curator.js'), 'check', corpus.folder, '--format', 'json', ...extra]);
    const cli = await seedCurator();
    rows.push(row('seed-curator check --format json', seeds, cli.ms, cli.peakRssMb));
    const oneThread = await seedCurator('--jobs', '0');
    rows.push(row('  the same, --jobs 0 (no worker threads)', seeds, oneThread.ms, oneThread.peakRssMb));
    const cacheFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-bench-cache-'));
    try {
      for (const start of ['cold', 'warm']) {
        const cached = await seedCurator(`--cache=${cacheFolder}`);
        rows.push(row(`  the same, --cache (${start})`, seeds, cached.ms, cached.peakRssMb));
      }
    } finally {
      fs.rmSync(cacheFolder, { recursive: true, force: true });
    }
    const jscpd = await runJscpd(corpus.folder);
    rows.push(row('jscpd --format txt', seeds, jscpd.ms, jscpd.peakRssMb));

    console.log(`Corpus: ${corpus.source} (${seeds} seeds, ${mb.toFixed(1)} MB)\n`);
    console.log(table(rows));
    console.log(`\nseed-curator / jscpd ${(cli.ms / jscpd.ms).toFixed(1)}× the wall time, ${cli.peakRssMb && jscpd.peakRssMb ? `${(cli.peakRssMb / jscpd.peakRssMb).toFixed(1)}×` : '?'} the peak RSS`);
    console.log(`in-process peak heap ${megabytes(clock.peakHeap).toFixed(0)} MB (sampled), RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    console.log(`findings             ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos; ${summary.skipped} skipped`);
    console.log(`duplicate-seed       ${countOf('duplicate-seed')}`);
    console.log(`corpus-duplicate     ${countOf('corpus-duplicate')}`);
    console.log(`cli exit status      ${cli.code}, ${megabytes(cli.stdoutBytes).toFixed(1)} MB of JSON`);
    console.log(`jscpd                exit ${jscpd.code}, ${jscpd.clones} clones in ${jscpd.sources} files`);
  } finally {
    corpus.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
