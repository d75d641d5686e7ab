import type { LocatedEdit, SeedFinding, SpanEdit } from './findings';
import { comparableLines } from './textKept';

/** Edits that can be applied together, and how many whole fixes they make. */
export interface FixPlan<E extends SpanEdit = SpanEdit> {
  edits: E[];
  fixes: number;
}

/**
 * The safe fixes of one seed's findings that can be applied together (see `compatibleFixes`), in
 * the text (without BOM) they were found in. Each was checked alone as it was built; together,
 * two fixes could each delete the copy the other counts on, so the plan is checked once more on
 * its result, and a fix whose deleted lines no longer stand anywhere is left out.
 */
export function safeFixes(text: string, findings: readonly SeedFinding[]): FixPlan<LocatedEdit> {
  let candidates = findings.flatMap((finding) => {
    const fix = finding.fixes.find((candidate) => candidate.kind === 'edit' && candidate.safe);
    return fix?.kind === 'edit' ? [fix.edits] : [];
  });
  for (;;) {
    const plan = compatibleFixes(candidates);
    const kept = new Set(comparableLines(applyEdits(text, plan.edits)));
    const deletions = plan.edits.filter((edit) => !/\S/.test(edit.newText));
    const losing = new Set(deletions.filter((edit) => comparableLines(text.slice(edit.span.start, edit.span.end)).some((line) => !kept.has(line))));
    if (losing.size === 0) return plan;
    // Dropping a fix only puts text back, so this ends within as many rounds as there are fixes.
    candidates = candidates.filter((fix) => !fix.some((edit) => losing.has(edit)));
  }
}

/**
 * Whole fixes in text order, each left out when one of its edits overlaps an edit kept before
 * it: a fix is applied entirely or not at all, and what is left out can be fixed in a next pass,
 * against the new text.
 */
export function compatibleFixes<E extends SpanEdit>(fixes: readonly E[][]): FixPlan<E> {
  const edits: E[] = [];
  let count = 0;
  for (const fix of fixes.filter((f) => f.length > 0).sort((a, b) => compare(a[0], b[0]))) {
    if (!fix.every((edit) => edits.every((kept) => !overlaps(edit, kept)))) continue;
    edits.push(...fix);
    count++;
  }
  return { edits: edits.sort(compare), fixes: count };
}

/** By start, then by end: an insertion goes before a replacement starting at the same point. */
function compare(a: SpanEdit, b: SpanEdit): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** Touching spans do not overlap; two insertions at one point do, since their order would be a guess. */
function overlaps(a: SpanEdit, b: SpanEdit): boolean {
  const isInsertion = (edit: SpanEdit) => edit.span.start === edit.span.end;
  if (isInsertion(a) && isInsertion(b)) return a.span.start === b.span.start;
  return !(a.span.end <= b.span.start || b.span.end <= a.span.start);
}

/** Applies edits that do not overlap (a `FixPlan`'s) to the text their offsets count in (without BOM). */
export function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const edit of [...edits].sort(compare)) {
    pieces.push(text.slice(from, edit.span.start), edit.newText);
    from = edit.span.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}
