import picomatch from 'picomatch';
import { severityOf, type CorpusConfig } from '../config/config';
import { ALL_RULES } from '../rules/allRules';
import type { AnyRule } from '../rules/rule';
import type { RuleId } from '../rules/ruleIds';

/** What a config change that leaves the index as it is asks of the seeds' findings. */
export interface ConfigEffect {
  /** Rules turned off: their findings go, nothing is read. */
  off: ReadonlySet<RuleId>;
  /** Rules to run again on every checked seed (parsed again, not re-indexed). */
  rerun: readonly AnyRule[];
  /** When only `ignore` entries of exact paths and accepted entries changed, the paths they name: no other seed is concerned. */
  paths?: ReadonlySet<string>;
  /** The seeds concerned (see `Corpus.reconfigure`); every seed when absent. */
  seeds?: (uri: string) => boolean;
}

/** Rules whose findings read one config setting besides their own severity. */
const READERS: { changed: (a: CorpusConfig, b: CorpusConfig) => boolean; rules: readonly RuleId[] }[] = [
  { changed: (a, b) => differ(a.boilerplate.keep, b.boilerplate.keep), rules: ['boilerplate'] },
  { changed: (a, b) => a.summarise.copies !== b.summarise.copies, rules: ['duplicate-seed', 'corpus-duplicate'] },
  { changed: (a, b) => a.summarise.corpusWide !== b.summarise.corpusWide, rules: ['missing-date', 'missing-language'] },
  // `corpus-duplicate` leaves out what `duplicate-seed` reports only while that one is on.
  { changed: (a, b) => (severityOf(a, 'duplicate-seed', 'warning') === 'off') !== (severityOf(b, 'duplicate-seed', 'warning') === 'off'), rules: ['corpus-duplicate'] },
];

export function configEffect(before: CorpusConfig, after: CorpusConfig): ConfigEffect {
  const off = new Set<RuleId>();
  const rerun = new Set<RuleId>();
  for (const rule of ALL_RULES) {
    const [was, is] = [severityOf(before, rule.id, rule.defaultSeverity), severityOf(after, rule.id, rule.defaultSeverity)];
    if (is === 'off' && was !== 'off') off.add(rule.id);
    else if (is !== was) rerun.add(rule.id);
  }
  for (const reader of READERS) if (reader.changed(before, after)) reader.rules.forEach((rule) => rerun.add(rule));
  // What concerns only the seeds it names: `ignore` entries of exact paths, accepted entries (their paths).
  const bySeed = off.size === 0 && rerun.size === 0;
  const changedIgnores = [...new Set([...Object.keys(before.ignore), ...Object.keys(after.ignore)])].filter((where) => differ(before.ignore[where], after.ignore[where]));
  for (const where of changedIgnores) [...(before.ignore[where] ?? []), ...(after.ignore[where] ?? [])].forEach((rule) => rerun.add(rule));
  const changedAccepted = symmetricDifference(before.accepted, after.accepted);
  if (changedAccepted.length > 0) rerun.add('corpus-duplicate');
  const paths = [...changedIgnores, ...changedAccepted.flatMap((entry) => (typeof entry === 'string' ? [] : entry.paths))];
  // A glob may name any seed, and a fingerprint of version 0.1 accepts its passage everywhere.
  const exact = bySeed && changedIgnores.every((where) => !picomatch.scan(where).isGlob) && changedAccepted.every((entry) => typeof entry !== 'string');
  return { off, rerun: ALL_RULES.filter((rule) => rerun.has(rule.id) && !off.has(rule.id)), ...(exact && { paths: new Set(paths) }) };
}

/** The entries in one list and not the other, compared as written. */
function symmetricDifference<T>(a: readonly T[], b: readonly T[]): T[] {
  const written = (list: readonly T[]) => new Set(list.map((item) => JSON.stringify(item)));
  const [inA, inB] = [written(a), written(b)];
  return [...a.filter((item) => !inB.has(JSON.stringify(item))), ...b.filter((item) => !inA.has(JSON.stringify(item)))];
}

function differ(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
