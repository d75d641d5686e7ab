import type { Passage } from '../model';
import { deleteLinesEdit, type RuleContext, type SpanEdit } from './rule';

/** Deletes a passage: its whole lines when it has them to itself, else only its text. */
export function deletePassageEdit(context: RuleContext, passage: Passage): SpanEdit {
  const lines = context.seed.parsed.lines;
  const first = lines.lineAt(passage.span.start);
  const last = lines.lineAt(passage.span.end);
  const before = lines.text.slice(lines.lineStarts[first], passage.span.start);
  const after = lines.text.slice(passage.span.end, lines.lineEnd(last));
  if (before.trim() === '' && after.trim() === '') return deleteLinesEdit(context, passage.span);
  return { span: passage.span, newText: '' };
}

export function lineOf(context: RuleContext, offset: number): number {
  return context.seed.parsed.lines.lineAt(offset) + 1;
}
