import { severityOf } from './config/config';
import type { Fix, LocatedFix, SeedFinding } from './findings';
import type { AnyRule, RuleContext } from './rules/rule';
import { RULE_IDS } from './rules/ruleIds';
import { ALL_RULES } from './rules/allRules';
import type { LineMap } from './text/lineMap';
import { TextKeeper } from './textKept';

/** Runs every rule that is not off on one seed and returns its findings, by position. */
export function lintSeed(context: RuleContext, rules: readonly AnyRule[] = ALL_RULES): SeedFinding[] {
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
    if (severity === 'off') continue;
    const locateOwn = rule.fixesSafely ? locate : (fix: Fix) => locate(fix.kind === 'edit' && fix.safe ? { ...fix, safe: false } : fix);
    for (const finding of rule.check(context)) {
      findings.push({
        rule: rule.id,
        severity,
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
  return sortByPosition(findings);
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
