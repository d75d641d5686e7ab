import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { severityOf } from './config/config';
import type { Fix, Rule, RuleContext } from './rules/rule';
import { RULE_IDS, type RuleId, type SeverityName } from './rules/ruleIds';
import { ALL_RULES } from './rules/allRules';

export const SOURCE = 'seed-curator';
export const RULES_DOC = 'https://github.com/seed-curator/seed-curator/blob/main/docs/rules.md';

/** A quick fix as it travels in a diagnostic's `data`. */
export interface FixData {
  title: string;
  preferred?: boolean;
  safe?: boolean;
  edit?: WorkspaceEdit;
  command?: Fix['command'];
}

export interface SeedDiagnosticData {
  fixes: FixData[];
  [detail: string]: unknown;
}

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Runs every rule that is not off on one seed and returns LSP diagnostics. */
export function lintSeed(context: RuleContext, rules: readonly Rule[] = ALL_RULES): Diagnostic[] {
  const lines = context.seed.parsed.lines;
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = severityOf(context.config, rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    for (const finding of rule.check(context)) {
      const diagnostic: Diagnostic = {
        range: lines.range(finding.span.start, finding.span.end),
        severity: SEVERITY[severity],
        code: rule.id,
        codeDescription: { href: `${RULES_DOC}#${rule.id}` },
        source: SOURCE,
        message: finding.message,
        data: { ...finding.details, fixes: (finding.fixes ?? []).map((fix) => fixData(context, fix)) } satisfies SeedDiagnosticData,
      };
      if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
      if (finding.related?.length) diagnostic.relatedInformation = finding.related;
      diagnostics.push(diagnostic);
    }
  }
  return sortByPosition(diagnostics);
}

/** By position, then in the catalogue's order of rules, however the list was put together. */
export function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => RULE_IDS.indexOf(d.code as RuleId);
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || rank(a) - rank(b));
}

function fixData(context: RuleContext, fix: Fix): FixData {
  const data: FixData = { title: fix.title };
  if (fix.preferred) data.preferred = true;
  if (fix.safe) data.safe = true;
  if (fix.command) data.command = fix.command;
  if (fix.deleteFile) data.edit = { documentChanges: [{ kind: 'delete', uri: context.uri }] };
  else if (fix.edits) {
    const lines = context.seed.parsed.lines;
    const edits: TextEdit[] = fix.edits.map((edit) => ({ range: lines.range(edit.span.start, edit.span.end), newText: edit.newText }));
    data.edit = { changes: { [context.uri]: edits } };
  }
  return data;
}
