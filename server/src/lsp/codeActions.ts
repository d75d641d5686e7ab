import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import { FIX_ALL_KIND, quickFixes, safeFixes } from '../engine/fixes';
import { SOURCE } from '../engine/lint';

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/**
 * Quick fixes for the diagnostics the client sends back, read from their `data`; and fix-all with
 * the safe fixes of every finding in the document (`documentFindings`, not only those in range).
 */
export function codeActions(params: CodeActionParams, documentFindings: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wanted(params.context.only, CodeActionKind.QuickFix)) {
    actions.push(...quickFixes(params.context.diagnostics.filter((diagnostic) => diagnostic.source === SOURCE)));
  }
  if (wanted(params.context.only, FIX_ALL_KIND)) {
    const { edits } = safeFixes(params.textDocument.uri, documentFindings);
    if (edits.length > 0) {
      actions.push({ title: 'Fix all safe Seed Curator problems', kind: FIX_ALL_KIND, edit: { changes: { [params.textDocument.uri]: edits } } });
    }
  }
  return actions;
}

/** A kind is wanted when the client asks for no kind in particular, or for it or a parent of it. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
