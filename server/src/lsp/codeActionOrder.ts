import type { CodeAction, Diagnostic, Position, Range } from 'vscode-languageserver/node';

/**
 * The diagnostics a client sends with a code action request, the one the user is on first: those
 * holding the cursor before those only touching the selection, then the most severe, then the
 * narrowest (a problem on a word before the one on its whole paragraph). Clients keep the order
 * of the actions they are given, after the preferred ones.
 */
export function underCursorFirst(diagnostics: readonly Diagnostic[], selection: Range): Diagnostic[] {
  const holdsCursor = (diagnostic: Diagnostic) => (contains(diagnostic.range, selection.start) ? 0 : 1);
  return [...diagnostics].sort((a, b) => holdsCursor(a) - holdsCursor(b) || (a.severity ?? 1) - (b.severity ?? 1) || extent(a.range) - extent(b.range));
}

/**
 * Keeps "preferred" on the fixes of the first diagnostic that has a preferred fix only: clients
 * list preferred actions first and apply the preferred one on "auto fix", which must be the fix
 * of the problem under the cursor, not of another one on the same line.
 */
export function preferUnderCursor(actions: CodeAction[]): void {
  const chosen = actions.find((action) => action.isPreferred)?.diagnostics?.[0];
  for (const action of actions) if (action.isPreferred && action.diagnostics?.[0] !== chosen) delete action.isPreferred;
}

function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** A range's size, lines before characters. */
function extent(range: Range): number {
  return (range.end.line - range.start.line) * 1_000_000 + (range.end.character - range.start.character);
}
