import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { FixData, SeedDiagnosticData } from './lint';
import { LineMap } from './text/lineMap';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.seed-curator`;

export function fixesOf(diagnostic: Diagnostic): FixData[] {
  const data = diagnostic.data as SeedDiagnosticData | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

/** Quick fixes for the diagnostics a client sends back: read from their `data`, not recomputed. */
export function quickFixes(diagnostics: readonly Diagnostic[]): CodeAction[] {
  return diagnostics.flatMap((diagnostic) =>
    fixesOf(diagnostic).map((fix): CodeAction => {
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
      if (fix.preferred) action.isPreferred = true;
      if (fix.edit) action.edit = fix.edit;
      if (fix.command) action.command = fix.command;
      return action;
    }),
  );
}

/** The safe fixes' edits to one document, leaving out any that overlap an earlier one. */
export function safeEdits(uri: string, diagnostics: readonly Diagnostic[]): TextEdit[] {
  const edits = diagnostics.flatMap((diagnostic) => {
    const fix = fixesOf(diagnostic).find((candidate) => candidate.safe && candidate.edit?.changes?.[uri]);
    return fix ? fix.edit!.changes![uri] : [];
  });
  return withoutOverlaps(edits);
}

function compare(a: TextEdit, b: TextEdit): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function before(a: TextEdit['range']['end'], b: TextEdit['range']['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const edit of [...edits].sort(compare)) {
    const last = kept[kept.length - 1];
    const insertionAtSamePoint = last && edit.range.start.line === last.range.end.line && edit.range.start.character === last.range.end.character && last.range.start.line === last.range.end.line && last.range.start.character === last.range.end.character;
    if (!last || (before(last.range.end, edit.range.start) && !insertionAtSamePoint)) kept.push(edit);
  }
  return kept;
}

/** Applies non-overlapping edits to a text (without BOM). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineMap(text);
  let result = text;
  for (const edit of withoutOverlaps([...edits]).reverse()) {
    const start = lines.offsetAt(edit.range.start);
    const end = lines.offsetAt(edit.range.end);
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}
