import picomatch from 'picomatch';
import type { RuleId } from '../rules/ruleIds';
import { MAX_PATTERNS } from '../../protocol/globs';
import type { CorpusConfig } from './config';

/** The `ignore` of one config made ready to ask: exact paths looked up, globs matched. */
interface IgnoreMatcher {
  byPath: ReadonlyMap<string, readonly RuleId[]>;
  globs: { matches: (path: string) => boolean; rules: readonly RuleId[] }[];
}

const NOTHING_IGNORED: ReadonlySet<RuleId> = new Set();
const matchers = new WeakMap<CorpusConfig, IgnoreMatcher>();

/**
 * The rules a seed ignores, by its path relative to the corpus root: the `ignore` entry naming the
 * path itself, and every glob entry matching it. An exact path costs one look-up, however many
 * seeds ignore a rule ("Ignore … in this seed" writes exact paths); globs are few (at most
 * MAX_PATTERNS are read) and each is matched once per check.
 */
export function ignoredRules(config: CorpusConfig, relativePath: string): ReadonlySet<RuleId> {
  let matcher = matchers.get(config);
  if (!matcher) matchers.set(config, (matcher = matcherOf(config.ignore)));
  const rules = [...(matcher.byPath.get(relativePath) ?? []), ...matcher.globs.filter((glob) => glob.matches(relativePath)).flatMap((glob) => glob.rules)];
  return rules.length === 0 ? NOTHING_IGNORED : new Set(rules);
}

function matcherOf(ignore: CorpusConfig['ignore']): IgnoreMatcher {
  const byPath = new Map<string, readonly RuleId[]>();
  const globs: IgnoreMatcher['globs'] = [];
  for (const [where, rules] of Object.entries(ignore)) {
    byPath.set(where, rules);
    if (picomatch.scan(where).isGlob && globs.length < MAX_PATTERNS) globs.push({ matches: picomatch(where, { dot: true }), rules });
  }
  return { byPath, globs };
}
