import * as path from 'node:path';
import { CONFIG_FILE } from '../protocol/configFile';
import { parseCommand, USAGE, type CheckOptions } from './args';
import { displayPath } from './displayPath';
import { JsonReport } from './formatJson';
import { SarifReport } from './formatSarif';
import { TextReport } from './formatText';
import { progressFor, type Progress } from './progress';
import { inert } from './inert';
import { EXIT_STATUS, exitCodeOf, summarize, type CheckReport, type ReportWriter } from './report';
import { runCheck } from './runCheck';
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
  let writer: ReportWriter;
  try {
    const targets = await resolveTargets(options.paths, cwd);
    // A broken config does not stop the check: its problems are named and the defaults hold, as in the editor.
    for (const { root } of targets) {
      for (const problem of root.configProblems) complain(`${configPath(root, cwd)}: ${problem.message} The defaults hold for it.`);
    }
    const progress = progressFor(process.stderr, process.env, options.quiet);
    // The report is written as seeds are checked: no seed's findings wait in memory for the others.
    writer = writerFor(options, cwd, progress);
    report = await runCheck(targets, { fix: options.fix, progress, seedTimeout: options.seedTimeout, workers: options.jobs, cache: options.cache }, writer);
  } catch (error) {
    // Every file a check reads or writes is reported on its own; what is left is a path that cannot be checked at all.
    if (!(error instanceof PathError)) throw error;
    complain(error.message);
    return EXIT_STATUS.failed;
  }
  for (const corpus of report.corpora) for (const notice of corpus.notices) complain(`${configPath(corpus, cwd)}: ${notice}`);
  await writer.end(report);
  return exitCodeOf(summarize(report));
}

/** One line on stderr; file names and config keys in it are made inert, like the report. */
function complain(message: string): void {
  process.stderr.write(`seed-curator: ${inert(message)}\n`);
}

function configPath(corpus: { folder: string; configFile?: string }, cwd: string): string {
  return displayPath(corpus.configFile ?? path.join(corpus.folder, CONFIG_FILE), cwd);
}

function writerFor(options: CheckOptions, cwd: string, progress: Progress): ReportWriter {
  switch (options.format) {
    case 'json':
      return new JsonReport(process.stdout, options.pretty);
    case 'sarif':
      return new SarifReport(process.stdout, { cwd, version: packageVersion(), pretty: options.pretty });
    case 'text':
      // A bar on the terminal the report is written to is cleared before each write.
      return new TextReport(process.stdout, { cwd, colour: wantsColour(process.stdout, process.env) }, process.stdout.isTTY ? progress : undefined);
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
