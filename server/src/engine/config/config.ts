import picomatch from 'picomatch';
import { CONFIG_FILE, defaultConfig, isObject, isStringArray, readConfigJson, usablePatterns, type AcceptedDuplicate, type CorpusConfig as ConfigOf } from '../../protocol/configFile';
import { globProblem } from '../../protocol/globs';
import { RULE_IDS, type RuleId, type SeverityName } from '../rules/ruleIds';

export type CorpusConfig = ConfigOf<RuleId>;
export type { AcceptedDuplicate };

export interface ConfigProblem {
  message: string;
  /** Offset in the config text, when known. */
  offset: number;
}

export interface LoadedConfig {
  config: CorpusConfig;
  problems: ConfigProblem[];
}

const SEVERITIES: readonly SeverityName[] = ['off', 'info', 'warning', 'error'];

/** Numbers that make no sense outside these bounds fall back to their defaults. */
const BOUNDS: { section: 'duplicates' | 'boilerplate'; key: string; check: (value: number) => boolean; rule: string }[] = [
  { section: 'duplicates', key: 'minWords', check: (v) => Number.isInteger(v) && v >= 1, rule: 'a whole number of at least 1' },
  { section: 'duplicates', key: 'similarity', check: (v) => v >= 0 && v <= 1, rule: 'between 0 and 1' },
  { section: 'duplicates', key: 'containment', check: (v) => v >= 0 && v <= 1, rule: 'between 0 and 1' },
  { section: 'boilerplate', key: 'minSeeds', check: (v) => Number.isInteger(v) && v >= 2, rule: 'a whole number of at least 2' },
];

/** Reads `.seedcurator.json`. What is wrong is reported, and defaults hold for it. */
export function parseConfig(text: string): LoadedConfig {
  const config: CorpusConfig = defaultConfig();
  const problems: ConfigProblem[] = [];
  const json = readConfigJson(text);
  if (!json.ok) return { config, problems: [{ message: `${CONFIG_FILE} is not valid JSON: ${json.message}`, offset: json.offset }] };
  const raw = json.value;
  if (!isObject(raw)) return { config, problems: [{ message: `${CONFIG_FILE} must hold a JSON object.`, offset: 0 }] };
  const at = (key: string) => Math.max(0, text.indexOf(`"${key}"`));
  const problem = (key: string, message: string) => problems.push({ message, offset: at(key) });

  for (const key of ['include', 'exclude', 'languages'] as const) {
    if (raw[key] === undefined) continue;
    if (!isStringArray(raw[key])) problem(key, `"${key}" must be a list of strings.`);
    else if (key === 'include' || key === 'exclude') readPatterns(key, raw[key], config, problem);
    else config[key] = raw[key];
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problem('rules', '"rules" must map rule ids to "off", "info", "warning" or "error".');
    else {
      for (const [id, severity] of Object.entries(raw.rules)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) problem(id, `Unknown rule "${id}". Known rules: ${RULE_IDS.join(', ')}.`);
        else if (!SEVERITIES.includes(severity as SeverityName)) problem(id, `The severity of "${id}" must be "off", "info", "warning" or "error".`);
        else config.rules[id as RuleId] = severity as SeverityName;
      }
    }
  }
  if (raw.accepted !== undefined) {
    if (Array.isArray(raw.accepted) && raw.accepted.every(isAcceptedDuplicate)) config.accepted = raw.accepted;
    else problem('accepted', '"accepted" must be a list of {"passage": "its first words", "paths": ["a.txt", "b.txt"]} entries (or fingerprints).');
  }
  if (raw.ignore !== undefined) readIgnore(raw.ignore, config, problem);
  if (raw.summarise !== undefined) readSummarise(raw.summarise, config, problem);
  readNumbers(raw, 'duplicates', config.duplicates, problem);
  readNumbers(raw, 'boilerplate', config.boilerplate, problem);
  for (const key of ['phrases', 'keep'] as const) {
    if (!isObject(raw.boilerplate) || raw.boilerplate[key] === undefined) continue;
    if (isStringArray(raw.boilerplate[key])) config.boilerplate[key] = raw.boilerplate[key];
    else problem(key, `"boilerplate.${key}" must be a list of strings.`);
  }
  const defaults = defaultConfig();
  for (const { section, key, check, rule } of BOUNDS) {
    const target = config[section] as Record<string, number>;
    if (check(target[key])) continue;
    problem(key, `"${section}.${key}" must be ${rule}.`);
    target[key] = (defaults[section] as Record<string, number>)[key];
  }
  const known = new Set(['$schema', 'include', 'exclude', 'rules', 'languages', 'duplicates', 'boilerplate', 'accepted', 'ignore', 'summarise']);
  for (const key of Object.keys(raw)) if (!known.has(key)) problem(key, `Unknown setting "${key}".`);
  return { config, problems };
}

function readPatterns(key: 'include' | 'exclude', patterns: string[], config: CorpusConfig, problem: (key: string, message: string) => void): void {
  const usable = usablePatterns(key, patterns, (message) => problem(key, message));
  if (usable) config[key] = usable;
}

function readNumbers(raw: Record<string, unknown>, section: string, target: Record<string, unknown>, problem: (key: string, message: string) => void): void {
  const value = raw[section];
  if (value === undefined) return;
  if (!isObject(value)) return problem(section, `"${section}" must be an object.`);
  for (const [key, current] of Object.entries(target)) {
    if (typeof current !== 'number' || value[key] === undefined) continue;
    if (typeof value[key] === 'number' && Number.isFinite(value[key])) target[key] = value[key];
    else problem(key, `"${section}.${key}" must be a number.`);
  }
}

/** `summarise` is true, false, or says which: `{"copies": true, "corpusWide": false}` (a key left out stays true). */
function readSummarise(raw: unknown, config: CorpusConfig, problem: (key: string, message: string) => void): void {
  if (typeof raw === 'boolean') config.summarise = { copies: raw, corpusWide: raw };
  else if (isObject(raw) && Object.entries(raw).every(([key, value]) => Object.hasOwn(config.summarise, key) && typeof value === 'boolean')) config.summarise = { ...config.summarise, ...raw };
  else problem('summarise', '"summarise" must be true, false, or {"copies": true or false, "corpusWide": true or false}.');
}

function isAcceptedDuplicate(value: unknown): value is AcceptedDuplicate {
  return typeof value === 'string' || (isObject(value) && typeof value.passage === 'string' && isStringArray(value.paths));
}

/** `ignore` maps a path or glob to the rule ids ignored there; unusable entries are named and left out. */
function readIgnore(raw: unknown, config: CorpusConfig, problem: (key: string, message: string) => void): void {
  if (!isObject(raw)) return problem('ignore', '"ignore" must map seed paths (or globs) to lists of rule ids.');
  for (const [where, rules] of Object.entries(raw)) {
    const wrong = globProblem(where);
    if (wrong) problem(where, `The "ignore" path ${JSON.stringify(where.slice(0, 80))} ${wrong}; it is left out.`);
    else if (!isStringArray(rules)) problem(where, `"ignore" of ${JSON.stringify(where.slice(0, 80))} must be a list of rule ids.`);
    else {
      const unknown = rules.filter((rule) => !(RULE_IDS as readonly string[]).includes(rule));
      if (unknown.length > 0) problem(where, `Unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((rule) => `"${rule}"`).join(', ')} in "ignore". Known rules: ${RULE_IDS.join(', ')}.`);
      // An own property whatever the key: `"__proto__"` would otherwise set the object's prototype.
      Object.defineProperty(config.ignore, where, { value: rules.filter((rule): rule is RuleId => !unknown.includes(rule)), enumerable: true, writable: true, configurable: true });
    }
  }
}

/** Tells whether a path relative to the corpus root (with `/`) is a seed. */
export function seedMatcher(config: CorpusConfig): (relativePath: string) => boolean {
  const included = picomatch(config.include, { dot: false });
  const excluded = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : () => false;
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}

export function severityOf(config: CorpusConfig, rule: RuleId, fallback: SeverityName): SeverityName {
  return config.rules[rule] ?? fallback;
}
