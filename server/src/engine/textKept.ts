import type { SpanEdit } from './findings';
import { lineEndOf, lineStartOf, splitLines } from './text/lineBreaks';

/**
 * A curator's text is sacred: a fix is safe (applied by fix-all and `check --fix` without anyone
 * looking) only when these checks show that no text goes. An edit keeps the text when it
 * - changes whitespace only, without joining two words;
 * - or keeps every non-space character it replaces, in order, in its new text (a split, a header
 *   turned into front matter);
 * - or deletes whole lines each of which still stands, up to whitespace, elsewhere in the seed.
 * Anything else (a rewrite such as a date read into ISO form, part of a line deleted) is not safe.
 */

/** A line as compared: whitespace at the ends dropped, runs inside made one space. */
export function comparableLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** The checks for one text; its line counts are made once, on first use, so a seed of many fixes stays linear. */
export class TextKeeper {
  private counts?: Map<string, number>;

  constructor(private readonly text: string) {}

  /** True when applying all the edits (one fix) loses no text. */
  keeps(edits: readonly SpanEdit[]): boolean {
    const deletedLines: string[] = [];
    for (const edit of edits) {
      const removed = this.text.slice(edit.span.start, edit.span.end);
      if (!/\S/.test(removed)) {
        if (!this.joinsWords(edit)) continue;
        return false;
      }
      if (keepsCharacters(removed, edit.newText)) continue;
      const lines = this.wholeLines(edit);
      if (!lines) return false;
      deletedLines.push(...lines);
    }
    return deletedLines.length === 0 || this.standElsewhere(deletedLines);
  }

  /** Deleting whitespace between two non-space characters with nothing in its place would fuse two words. */
  private joinsWords(edit: SpanEdit): boolean {
    if (edit.newText !== '' || edit.span.start === edit.span.end) return false;
    return !isSpace(this.text[edit.span.start - 1]) && !isSpace(this.text[edit.span.end]);
  }

  /**
   * The non-blank lines an edit deletes, when it deletes whole lines (up to whitespace around them)
   * and puts nothing but whitespace in their place.
   */
  private wholeLines(edit: SpanEdit): string[] | undefined {
    if (/\S/.test(edit.newText)) return undefined;
    const removed = this.text.slice(edit.span.start, edit.span.end);
    const first = edit.span.start + removed.search(/\S/);
    const last = edit.span.start + removed.trimEnd().length;
    const before = this.text.slice(lineStartOf(this.text, first), first);
    const after = this.text.slice(last, lineEndOf(this.text, last));
    if (/\S/.test(before) || /\S/.test(after)) return undefined;
    return comparableLines(this.text.slice(first, last));
  }

  /** Each deleted line occurs in the text more often than the fix deletes it. */
  private standElsewhere(deleted: string[]): boolean {
    const counts = (this.counts ??= lineCounts(this.text));
    const deleting = new Map<string, number>();
    for (const line of deleted) deleting.set(line, (deleting.get(line) ?? 0) + 1);
    for (const [line, times] of deleting) if ((counts.get(line) ?? 0) <= times) return false;
    return true;
  }
}

/** Every non-space character of `removed` is in `added`, in the same order. */
function keepsCharacters(removed: string, added: string): boolean {
  let at = 0;
  for (const char of removed) {
    if (isSpace(char)) continue;
    at = added.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

function lineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of splitLines(text)) {
    const key = comparableLine(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The non-blank lines of `before` that no longer stand anywhere in `after`, up to whitespace. */
export function linesLost(before: string, after: string): string[] {
  const kept = new Set(comparableLines(after));
  return comparableLines(before).filter((line) => !kept.has(line));
}

/** A text's non-blank lines, as compared. */
export function comparableLines(text: string): string[] {
  return splitLines(text)
    .map(comparableLine)
    .filter((line) => line.length > 0);
}
