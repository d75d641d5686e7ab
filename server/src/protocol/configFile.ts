/**
 * What the client and the server both know of `.seedcurator.json`: its name, its shape and defaults
 * (the client writes them into a new corpus), and which files its `include` makes seeds (the
 * client's document selector). The server reads the rest of it (`engine/config/config.ts`).
 */
import { globProblem, MAX_PATTERNS } from './globs';
import type { AcceptedEntry } from './protocol';

export const CONFIG_FILE = '.seedcurator.json';

export type SeverityName = 'off' | 'info' | 'warning' | 'error';

/** A corpus's settings; the engine narrows `Rule` to its own rule ids. */
export interface CorpusConfig<Rule extends string = string> {
  include: string[];
  exclude: string[];
  rules: Partial<Record<Rule, SeverityName>>;
  /** BCP 47 tags the language detector chooses among. */
  languages: string[];
  duplicates: { minWords: number; similarity: number; containment: number };
  /** `keep`: lines that are article text however often they recur (told by "Not boilerplate"). */
  boilerplate: { phrases: string[]; keep: string[]; minSeeds: number };
  /** Corpus duplicates a curator accepted: readable entries, or the fingerprints of version 0.1. */
  accepted: AcceptedDuplicate[];
  /** Rules ignored in some seeds, by path or glob relative to the corpus root (see the engine's `ignoredRules`). */
  ignore: Record<string, Rule[]>;
  /**
   * What is told once rather than on every seed: `copies`, the seed to keep's note instead of a
   * `corpus-duplicate` per passage found in its copies (see `duplicate-seed`); `corpusWide`, a date
   * or `lang` missing from most seeds (see `engine/corpus/corpusWide.ts`). `"summarise": false`
   * sets both false, as version 0.1 reported.
   */
  summarise: { copies: boolean; corpusWide: boolean };
}

/**
 * An accepted repeat: the passage that starts with these words is not reported between these
 * seeds. A plain string is a fingerprint of version 0.1, accepted wherever the passage is.
 */
export type AcceptedDuplicate = string | AcceptedEntry;

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.seed'];
/** Without a config file a folder is no corpus, and only `*.seed` files are seeds. */
export const UNCONFIGURED_INCLUDE = ['**/*.seed'];
export const DEFAULT_LANGUAGES = ['nb', 'nn', 'da', 'sv', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'fi', 'pl'];

/** The defaults name no rule, so they are a corpus config whatever the rule ids. */
export function defaultConfig(include = DEFAULT_INCLUDE): CorpusConfig<never> {
  return {
    include,
    exclude: ['**/node_modules/**', '**/.git/**'],
    rules: {},
    languages: DEFAULT_LANGUAGES,
    duplicates: { minWords: 8, similarity: 0.8, containment: 0.8 },
    boilerplate: { phrases: [], keep: [], minSeeds: 5 },
    accepted: [],
    ignore: {},
    summarise: { copies: true, corpusWide: true },
  };
}

/** A config file's JSON, or why it is none (with the offset of the fault in the text). */
export type ConfigJson = { ok: true; value: unknown } | { ok: false; message: string; offset: number };

export function readConfigJson(text: string): ConfigJson {
  // Editors on Windows save JSON with a BOM; JSON.parse calls it an unexpected character.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    return { ok: true, value: text.trim().length === 0 ? {} : JSON.parse(text.slice(bom)) };
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, message, offset: Number(/position (\d+)/.exec(message)?.[1] ?? 0) + bom };
  }
}

/**
 * The usable patterns of `include` or `exclude`, each other one named to `problem`. Undefined when
 * none is usable, and the defaults hold, as for any broken setting; an empty list is taken as written.
 */
export function usablePatterns(key: 'include' | 'exclude', patterns: string[], problem: (message: string) => void): string[] | undefined {
  if (patterns.length > MAX_PATTERNS) {
    problem(`"${key}" holds ${patterns.length} patterns; at most ${MAX_PATTERNS} are read.`);
    return undefined;
  }
  const usable = patterns.filter((pattern) => {
    const wrong = globProblem(pattern);
    if (wrong) problem(`The "${key}" pattern ${JSON.stringify(pattern.slice(0, 80))} ${wrong}; it is left out.`);
    return !wrong;
  });
  return usable.length > 0 || patterns.length === 0 ? usable : undefined;
}

/** The `include` globs of a config file's text, read as the server reads them; what is wrong in it the server reports. */
export function includeOf(text: string): string[] {
  const json = readConfigJson(text);
  const include = json.ok && isObject(json.value) ? json.value.include : undefined;
  return (isStringArray(include) ? usablePatterns('include', include, () => {}) : undefined) ?? DEFAULT_INCLUDE;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
