/** A command line of the corpus scripts: positional arguments, `--flag`s and `--option value`s. */
export interface Args {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class UsageError extends Error {}

/** Rejects what it does not know, so that a mistyped option is not silently ignored. */
export function parseArgs(argv: readonly string[], known: { flags?: string[]; options?: string[] }): Args {
  const args: Args = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      args.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (known.flags?.includes(name) && inline === undefined) args.flags.add(name);
    else if (known.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      args.options.set(name, value);
    } else throw new UsageError(`unknown option ${arg}`);
  }
  return args;
}

/** An option's value as a whole number of at least `min`, or its default. */
export function integerOption(args: Args, name: string, fallback: number, min = 0): number {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be a whole number of at least ${min}`);
  return value;
}
