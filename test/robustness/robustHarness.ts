import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { JsonReport, RunAs } from '../cli/cliHarness';

/**
 * The user the permission tests run the CLI as. Root reads and writes through any mode bits, so
 * `chmod 000` denies it nothing: under root the CLI runs as nobody, for whom it does. Otherwise it
 * runs as the test's own user, whom `chmod` binds already.
 */
export const UNPRIVILEGED: RunAs | undefined = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** A corpus in the temp folder, open to UNPRIVILEGED, holding `files` and (unless null) a config. */
export function makeCorpus(files: Record<string, string | Buffer>, config: string | null = '{}\n'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-robust-'));
  fs.chmodSync(folder, 0o777);
  if (config !== null) fs.writeFileSync(path.join(folder, '.seedcurator.json'), config);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

export function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** The skipped files of a JSON report, path to reason. */
export function skippedReasons(report: JsonReport): Record<string, string> {
  return Object.fromEntries(report.skipped.map(({ path: file, reason }) => [file, reason]));
}

/** Temporary files `--fix` leaves when it is killed before its rename. */
export function tempFilesIn(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

/** A seed with two safe fixes (trailing spaces, a run of blank lines), as written and as fixed. */
export function fixableSeed(title: string): { before: string; after: string } {
  const head = `---\ntitle: ${title}\ndate: 2021-03-04\nlang: en\n---\nThe harbour board met about ${title} to decide the future of the old pier and its deck.`;
  const tail = 'Repairs will take most of the summer, the board said on Tuesday evening.\n';
  return { before: `${head}   \n\n\n\n${tail}`, after: `${head}\n\n${tail}` };
}

/** A seed with no finding of error severity and nothing to fix. */
export const PLAIN_SEED = '---\ntitle: Ferry back in service\ndate: 2021-03-04\nlang: en\n---\nThe ferry sailed again on Tuesday after five months in dry dock, the operator said.\n';
