import {
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { SeedTexts } from './documents';
import type { FindingsStore } from './findings';

/** Answers `textDocument/diagnostic` from the stored findings; `unchanged` when the client has them. */
export function documentReport(store: FindingsStore, params: DocumentDiagnosticParams, enabled: (uri: string) => boolean): DocumentDiagnosticReport {
  const findings = enabled(params.textDocument.uri) ? store.get(params.textDocument.uri) : undefined;
  if (!findings) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  if (params.previousResultId === findings.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: findings.resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: findings.resultId, items: findings.diagnostics };
}

/**
 * Answers `workspace/diagnostic` with the findings of files not open (open ones are pulled one by
 * one), and empty reports for files the client knew of that have none any more.
 */
export function workspaceReport(store: FindingsStore, texts: SeedTexts, params: WorkspaceDiagnosticParams, enabled: (uri: string) => boolean): WorkspaceDiagnosticReport {
  const previous = new Map(params.previousResultIds.map(({ uri, value }) => [uri, value]));
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (const [uri, findings] of store.entries()) {
    if (texts.isOpen(uri) || !enabled(uri)) continue;
    const known = previous.get(uri);
    previous.delete(uri);
    if (known === findings.resultId) {
      items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: findings.resultId });
    } else {
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: findings.resultId, items: findings.diagnostics });
    }
  }
  for (const uri of new Set([...previous.keys(), ...store.takeCleared()])) {
    if (!texts.isOpen(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
  }
  return { items };
}
