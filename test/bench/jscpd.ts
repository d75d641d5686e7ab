/**
 * jscpd, the copy/paste detector (a devDependency: a Rust binary behind an npm wrapper), as the
 * peer that `npm run bench` compares against: it finds repeated passages across a folder, as
 * `duplicate-passage` and `corpus-duplicate` do, with none of the other rules.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTimed, type TimedRun } from './timedChild';

export interface JscpdRun extends TimedRun {
  /** Files it read and clones it reported, from its JSON report: proof that it saw the corpus. */
  sources: number;
  clones: number;
}

/** jscpd on the `.txt` files of `folder` (its `txt` format), writing its JSON report outside the corpus. */
export async function runJscpd(folder: string): Promise<JscpdRun> {
  const output = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-jscpd-'));
  try {
    const wrapper = require.resolve('jscpd/run-jscpd.js');
    const run = await runTimed(process.execPath, [wrapper, '--silent', '--no-tips', '--reporters', 'json', '--output', output, '--format', 'txt', folder]);
    const report = JSON.parse(fs.readFileSync(path.join(output, 'jscpd-report.json'), 'utf8')) as { statistics: { total: { sources: number; clones: number } } };
    return { ...run, sources: report.statistics.total.sources, clones: report.statistics.total.clones };
  } finally {
    fs.rmSync(output, { recursive: true, force: true });
  }
}
