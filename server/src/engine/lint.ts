import { severityOf } from './config/config';
import { ignoredRules } from './config/ignoredRules';
import { summarised } from './corpus/corpusWide';
import type { Fix, LocatedFix, SeedFinding } from './findings';
import type { AnyRule, CorpusContext, Finding } from './rules/rule';
import { RULE_IDS, type RuleId } from './rules/ruleIds';
import { ALL_RULES } from './rules/allRules';
import type { LineMap } from './text/lineMap';
import { TextKeeper } from './textKept';

/**
 * Runs every rule that is not off, nor ignored in this seed (`ignore` in the config), on one seed
 * and returns its findings, by position. A corpus-wide fact is told by one seed only (see
 * `corpus/corpusWide.ts`): the others do not run its rule at all, so a seed without `lang` in a
 * corpus of such seeds costs no language detection when it is checked again.
 */
export function lintSeed(context: CorpusContext, rules: readonly AnyRule[] = ALL_RULES): SeedFinding[] {
  const ignored = ignoredRules(context.config, context.path);
  const summaries = context.corpus.corpusWide;
  const toldElsewhere = new Set<RuleId>(summaries.filter((summary) => summary.representative !== context.uri).map((summary) => summary.rule));
  const lines = context.seed.parsed.lines;
  const keeper = new TextKeeper(lines.text);
  // A fix shared by many findings ("delete all repeats") is located once.
  const located = new Map<Fix, LocatedFix>();
  const locate = (fix: Fix): LocatedFix => {
    let result = located.get(fix);
    if (!result) located.set(fix, (result = locateFix(lines, keeper, fix)));
    return result;
  };
  const findings: SeedFinding[] = [];
  for (const rule of rules) {
    const severity = severityOf(context.config, rule.id, rule.defaultSeverity);
    if (severity === 'off' || ignored.has(rule.id) || toldElsewhere.has(rule.id)) continue;
    const locateOwn = rule.fixesSafely ? locate : (fix: Fix) => locate(fix.kind === 'edit' && fix.safe ? { ...fix, safe: false } : fix);
    for (const finding of bounded(rule.check(context), lines)) {
      findings.push({
        rule: rule.id,
        severity: finding.note ? 'info' : severity,
        span: finding.span,
        range: lines.range(finding.span.start, finding.span.end),
        message: finding.message,
        unnecessary: finding.unnecessary,
        related: finding.related ?? [],
        fixes: (finding.fixes ?? []).map(locateOwn),
        details: finding.details,
      } as SeedFinding);
    }
  }
  return sortByPosition(summarised(findings, summaries.filter((summary) => summary.representative === context.uri)));
}

/**
 * Findings of one rule in one seed kept one by one; the rest become one finding that counts them.
 * A seed of one paragraph pasted 57,000 times then gets 101 findings, not 57,000.
 */
export const MAX_FINDINGS_PER_RULE = 100;

function bounded<R extends RuleId>(findings: Finding<R>[], lines: LineMap): Finding<R>[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  findings.sort((a, b) => a.span.start - b.span.start);
  const rest = findings.slice(MAX_FINDINGS_PER_RULE);
  const first = rest[0];
  const last = rest[rest.length - 1];
  const summary: Finding<R> = {
    span: { start: first.span.start, end: last.span.end },
    message: `${rest.length} more like this in this seed (lines ${lines.lineAt(first.span.start) + 1}–${lines.lineAt(last.span.end) + 1}): ${first.message}`,
    unnecessary: first.unnecessary,
    // A fix made for all of them ("delete all repeats") still serves; each one's own fix does not.
    fixes: (first.fixes ?? []).filter((fix) => fix.kind === 'edit' && fix.spansFindings),
  };
  return [...findings.slice(0, MAX_FINDINGS_PER_RULE), summary];
}

/** By position, then in the catalogue's order of rules, however the list was put together. */
export function sortByPosition(findings: SeedFinding[]): SeedFinding[] {
  return findings.sort((a, b) => a.span.start - b.span.start || RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule));
}

/** Adds ranges to a fix's edits, and keeps it safe only when the text check agrees as it is built. */
function locateFix(lines: LineMap, keeper: TextKeeper, fix: Fix): LocatedFix {
  if (fix.kind !== 'edit') return fix;
  const edits = fix.edits.map((edit) => ({ ...edit, range: lines.range(edit.span.start, edit.span.end) }));
  const { safe: claimed, ...rest } = fix;
  return claimed && keeper.keeps(fix.edits) ? { ...rest, safe: true, edits } : { ...rest, edits };
}
