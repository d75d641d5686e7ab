import type { ChromeKind, LeadChrome } from '../model';
import { deleteLinesEdit, type SeedRule } from './rule';
import type { RuleId } from './ruleIds';

/** navigation-header and caption-header differ only in the kind of chrome around the title they report. */
export function leadChromeRule<R extends RuleId>(id: R, kind: ChromeKind, summary: string, describe: (lines: string[], where: LeadChrome['where']) => string, fixTitle: string): SeedRule<R> {
  return {
    id,
    defaultSeverity: 'warning',
    summary,
    check(context) {
      const { lead, lines } = context.seed.parsed;
      return lead
        .filter((chrome) => chrome.kind === kind)
        .map((chrome) => ({
          span: { start: chrome.span.start, end: lines.lineEnd(chrome.lines[chrome.lines.length - 1]) },
          message: describe(chrome.lines.map((line) => lines.lineText(line).trim()), chrome.where),
          unnecessary: true,
          fixes: [{ kind: 'edit', title: fixTitle, preferred: true, edits: [deleteLinesEdit(context, chrome.span)] }],
        }));
    },
  };
}
