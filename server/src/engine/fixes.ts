import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver-types';
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

/** Edits that can be applied together, and how many whole fixes they make. */
export interface FixPlan {
  edits: TextEdit[];
  fixes: number;
}

/** The safe fixes of one document that can be applied together (see `compatibleFixes`). */
export function safeFixes(uri: string, diagnostics: readonly Diagnostic[]): FixPlan {
  return compatibleFixes(
    diagnostics.flatMap((diagnostic) => {
      const fix = fixesOf(diagnostic).find((candidate) => candidate.safe && candidate.edit?.changes?.[uri]);
      return fix ? [fix.edit!.changes![uri]] : [];
    }),
  );
}

/**
 * Whole fixes in document order, each left out when one of its edits overlaps an edit kept
 * before it: a fix is applied entirely or not at all, and what is left out can be fixed in a
 * next pass, against the new text.
 */
export function compatibleFixes(fixes: readonly TextEdit[][]): FixPlan {
  const edits: TextEdit[] = [];
  let count = 0;
  for (const fix of fixes.filter((f) => f.length > 0).sort((a, b) => compare(a[0], b[0]))) {
    if (!fix.every((edit) => edits.every((kept) => !overlaps(edit.range, kept.range)))) continue;
    edits.push(...fix);
    count++;
  }
  return { edits: edits.sort(compare), fixes: count };
}

/** By start, then by end: an insertion goes before a replacement starting at the same point. */
function compare(a: TextEdit, b: TextEdit): number {
  return comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function atOrBefore(a: Position, b: Position): boolean {
  return comparePositions(a, b) <= 0;
}

const isInsertion = (range: Range) => comparePositions(range.start, range.end) === 0;

/** Touching ranges do not overlap; two insertions at one point do, since their order would be a guess. */
function overlaps(a: Range, b: Range): boolean {
  if (isInsertion(a) && isInsertion(b)) return comparePositions(a.start, b.start) === 0;
  return !(atOrBefore(a.end, b.start) || atOrBefore(b.end, a.start));
}

/** Applies edits that do not overlap (a `FixPlan`'s) to a text without BOM. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineMap(text);
  let result = text;
  for (const edit of [...edits].sort(compare).reverse()) {
    const start = lines.offsetAt(edit.range.start);
    const end = lines.offsetAt(edit.range.end);
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}
