import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE_BYTES_PER_SEED, DEFAULT_CACHE_MAX_BYTES } from '../host/analysisCache';
import { userCacheFolder } from '../host/cacheFolder';
import { DEFAULT_SEED_TIMEOUT_SECONDS } from '../host/timeBudget';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckOptions {
  paths: string[];
  format: Format;
  fix: boolean;
  quiet: boolean;
  /** Indented JSON and SARIF; compact by default, since reports on large corpora are read by programs. */
  pretty: boolean;
  /** Seconds the check (or the fixing) of one large seed may take before it is skipped; 0 for no limit. */
  seedTimeout: number;
  /** Worker threads; undefined: one per core (up to 4) for a corpus of 200 seeds or more. */
  jobs?: number;
  /** The folder of the analysis cache (absolute), with `--cache`; no cache without it. */
  cache?: string;
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
  --cache[=DIR]               keep each seed's analysis in a cache, so that the next check of an
                              unchanged seed reads it instead of analysing it again
                              (default DIR: ${userCacheFolder()})
  --seed-timeout <seconds>    skip a seed whose check or fixing takes longer (default: ${DEFAULT_SEED_TIMEOUT_SECONDS};
                              0: no limit); only seeds over 256 KB can take that long
  -j, --jobs <n>              worker threads reading and checking seeds (default: one per core,
                              up to 4, for 200 seeds or more; 0: none); the report is the same
  -q, --quiet                 no progress bar (problems in .seedcurator.json are still named)
  -h, --help                  show this help
  -v, --version               show the version

A file named on the command line is checked even if the config's include leaves it out. Seeds
that cannot be read as UTF-8 text (binary, UTF-16, empty, over 20 MB, FIFOs, links out of the
corpus) or that take too long are listed as skipped and do not change the exit status. A broken
.seedcurator.json is named on stderr and its defaults hold, but --fix then writes nothing in
that corpus.

--fix writes each seed atomically, keeping its owner, mode and links, and only if the file still
holds the text it read. It leaves alone, and reports as not written, a seed that changed or
vanished meanwhile, a read-only one, one with several hard links, and one it cannot write.

The cache holds one folder per corpus, never inside the corpus unless DIR is there. It is valid
for one version of seed-curator and one configuration: a changed seed, config or program is
analysed again, and a damaged cache is ignored and rebuilt. Its entries for seeds gone from the
corpus are dropped; it holds ${DEFAULT_CACHE_MAX_BYTES / 2 ** 20} MB at most, or ${CACHE_BYTES_PER_SEED / 1024} KB a seed for a larger corpus. DIR follows --cache after "=", since a word after a
space is a PATH to check.

Exit status: 0 with no error-severity finding, 1 with any, 2 for bad usage, an unreadable path,
or a seed --fix did not write.`;

/** Reads the command line (without `node` and the script). Never throws: bad usage is a result. */
export function parseCommand(argv: readonly string[]): ParsedCommand {
  const { args, cache } = takeCacheOption(argv);
  if (cache === '') return { kind: 'usage-error', message: '--cache= names no folder; give --cache alone for the default one' };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        pretty: { type: 'boolean', default: false },
        'seed-timeout': { type: 'string', default: String(DEFAULT_SEED_TIMEOUT_SECONDS) },
        jobs: { type: 'string', short: 'j' },
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
  const seedTimeout = Number(values['seed-timeout']);
  if (values['seed-timeout'].trim() === '' || !Number.isFinite(seedTimeout) || seedTimeout < 0) {
    return { kind: 'usage-error', message: `--seed-timeout "${values['seed-timeout']}" is not a number of seconds (0 for no limit)` };
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (values.jobs!.trim() === '' || !Number.isInteger(jobs) || jobs < 0 || jobs > 64)) {
    return { kind: 'usage-error', message: `--jobs "${values.jobs}" is not a number of threads from 0 to 64` };
  }
  return {
    kind: 'check',
    options: {
      paths: paths.length > 0 ? paths : ['.'],
      format: format as Format,
      fix: values.fix,
      quiet: values.quiet,
      pretty: values.pretty,
      seedTimeout,
      jobs,
      ...(cache !== undefined && { cache: path.resolve(cache === true ? userCacheFolder() : cache) }),
    },
  };
}

/**
 * `--cache` and `--cache=DIR`, taken out before parseArgs, which knows no option with an optional
 * value: true for the default folder, the text after "=" for another. Nothing after `--` is an option.
 */
function takeCacheOption(argv: readonly string[]): { args: string[]; cache?: string | true } {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  let cache: string | true | undefined;
  const args = options.filter((arg) => {
    if (arg === '--cache') cache = true;
    else if (arg.startsWith('--cache=')) cache = arg.slice('--cache='.length);
    else return true;
    return false;
  });
  return { args: end === -1 ? args : [...args, ...argv.slice(end)], cache };
}
