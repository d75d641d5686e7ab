import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { SeedFinding, Severity } from '../engine/findings';
import { SOURCE } from '../protocol/protocol';
import { RuleDocs } from './ruleDocs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic's `data` holds: its fixes by name (their edits stay with the finding) and the rule's details. */
export interface DiagnosticData {
  /** The finding's position in its seed's list, so a code action request finds it again. */
  finding?: number;
  fixes: { title: string; preferred?: boolean; safe?: boolean }[];
  [detail: string]: unknown;
}

/**
 * A finding as the LSP (and the JSON report, which the spec gives the same shape) shows it; its
 * rule's documentation linked in `docs` (the server's shipped copy; the web page in reports,
 * which must not name a file of the machine they were made on).
 */
export function toDiagnostic(finding: SeedFinding, position?: number, docs: RuleDocs = RuleDocs.ON_THE_WEB): Diagnostic {
  const data: DiagnosticData = {
    ...finding.details,
    fixes: finding.fixes.map(({ title, preferred, ...rest }) => ({ title, ...(preferred && { preferred }), ...(rest.kind === 'edit' && rest.safe && { safe: true }) })),
  };
  if (position !== undefined) data.finding = position;
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: docs.href(finding.rule) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.related.length > 0) diagnostic.relatedInformation = finding.related;
  return diagnostic;
}
