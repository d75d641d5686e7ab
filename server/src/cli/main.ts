import * as path from 'node:path';
import { CONFIG_FILE } from '../protocol/configFile';
import { parseCommand, USAGE, type CheckOptions } from './args';
import { displayPath } from './displayPath';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { progressFor } from './progress';
import { inert } from './inert';
import { EXIT_STATUS, exitCodeOf, summarize, type CheckReport } from './report';
import { runCheck } from './runCheck';
import { writeChunks } from './streamJson';
import { PathError, resolveTargets } from './targets';
import { packageVersion } from '../host/version';

/** `seed-curator` with its arguments (without `node` and the script); resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${packageVersion()}\n`);
      return 0;
    case 'usage-error':
      complain(`${command.message} (see seed-curator --help)`);
      return EXIT_STATUS.failed;
    case 'check':
      return check(command.options);
  }
}

async function check(options: CheckOptions): Promise<number> {
  const cwd = process.cwd();
  let report: CheckReport;
  try {
    const targets = await resolveTargets(options.paths, cwd);
    // A broken config does not stop the check: its problems are named and the defaults hold, as in the editor.
    for (const { root } of targets) {
      for (const problem of root.configProblems) complain(`${configPath(root, cwd)}: ${problem.message} The defaults hold for it.`);
    }
    report = await runCheck(targets, { fix: options.fix, progress: progressFor(process.stderr, process.env, options.quiet), seedTimeout: options.seedTimeout, workers: options.jobs, cache: options.cache });
  } catch (error) {
    // Every file a check reads or writes is reported on its own; what is left is a path that cannot be checked at all.
    if (!(error instanceof PathError)) throw error;
    complain(error.message);
    return EXIT_STATUS.failed;
  }
  for (const corpus of report.corpora) for (const notice of corpus.notices) complain(`${configPath(corpus, cwd)}: ${notice}`);
  await writeChunks(process.stdout, render(report, options, cwd));
  return exitCodeOf(summarize(report));
}

/** One line on stderr; file names and config keys in it are made inert, like the report. */
function complain(message: string): void {
  process.stderr.write(`seed-curator: ${inert(message)}\n`);
}

function configPath(corpus: { folder: string; configFile?: string }, cwd: string): string {
  return displayPath(corpus.configFile ?? path.join(corpus.folder, CONFIG_FILE), cwd);
}

function render(report: CheckReport, options: CheckOptions, cwd: string): Iterable<string> {
  switch (options.format) {
    case 'json':
      return formatJson(report, options.pretty);
    case 'sarif':
      return formatSarif(report, { cwd, version: packageVersion(), pretty: options.pretty });
    case 'text':
      return formatText(report, { cwd, colour: wantsColour(process.stdout, process.env) });
  }
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColour(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

// A reader that stops early (`| head`) is no failure of the check.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The stack goes out whole (it is what a bug report needs), but inert: it may quote a file name.
    process.stderr.write(`seed-curator: internal error: ${(error instanceof Error ? (error.stack ?? error.message) : String(error)).split('\n').map(inert).join('\n')}\n`);
    process.exitCode = EXIT_STATUS.failed;
  },
);
