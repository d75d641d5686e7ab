import { parseArgs } from 'node:util';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  paths: string[];
  format: Format;
  fix: boolean;
  quiet: boolean;
  /** Indented JSON and SARIF; compact by default, since reports on large corpora are read by programs. */
  pretty: boolean;
}

export type ParsedCommand =
  | { kind: 'check'; options: CheckOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: seed-curator check [PATH...] [options]

Checks the seeds of every corpus (a folder holding .seedcurator.json) at or under each PATH
(default: the current folder). A PATH may be a folder or a seed file; the whole corpus is
indexed either way, so that findings across seeds are complete.

Options:
  --format <text|json|sarif>  the report's format (default: text)
  --fix                       apply the safe fixes, write the changed seeds, report what remains
  --pretty                    indent JSON and SARIF (compact by default)
  -q, --quiet                 no progress bar (problems in .seedcurator.json are still named)
  -h, --help                  show this help
  -v, --version               show the version

A file named on the command line is checked even if the config's include leaves it out. Seeds
that cannot be read as UTF-8 text are listed as skipped and do not change the exit status. A broken
.seedcurator.json is named on stderr and its defaults hold.

Exit status: 0 with no error-severity finding, 1 with any, 2 for bad usage or an unreadable path.`;

/** Reads the command line (without `node` and the script). Never throws: bad usage is a result. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        pretty: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // Node's own message for an unknown option runs to three sentences; the option's name is what helps.
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option;
    return { kind: 'usage-error', message: unknown ? `unknown option ${option}` : (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command; try "seed-curator check"' };
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command "${command}"; the command is "check"` };
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { kind: 'usage-error', message: `unknown --format "${format}"; use ${FORMATS.join(', ')}` };
  }
  return {
    kind: 'check',
    options: { paths: paths.length > 0 ? paths : ['.'], format: format as Format, fix: values.fix, quiet: values.quiet, pretty: values.pretty },
  };
}
