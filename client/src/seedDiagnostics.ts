import * as vscode from 'vscode';
import { SOURCE } from '../../server/src/protocol/protocol';

/** A Seed Curator finding as VS Code holds it: in the Problems panel, whichever way it came. */
export interface SeedProblem {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
  rule: string;
}

/** Every Seed Curator finding VS Code holds, seed by seed. */
export function seedProblems(): SeedProblem[] {
  return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) =>
    diagnostics.filter((diagnostic) => diagnostic.source === SOURCE).map((diagnostic) => ({ uri, diagnostic, rule: ruleOf(diagnostic) })),
  );
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : (code ?? 'unknown'));
}

/** Coalesces the bursts of diagnostics that one edit or one corpus pass publishes. */
const SETTLE_MS = 500;

/** Calls `listener` once Seed Curator's findings have changed and settled for a moment. */
export function onSeedProblemsChanged(listener: () => void): vscode.Disposable {
  let pending: NodeJS.Timeout | undefined;
  const changes = vscode.languages.onDidChangeDiagnostics(() => {
    clearTimeout(pending);
    pending = setTimeout(listener, SETTLE_MS);
  });
  return vscode.Disposable.from(changes, { dispose: () => clearTimeout(pending) });
}
