import { endsWithLineBreak } from '../text/lineBreaks';
import type { SpanEdit } from '../findings';
import type { Finding, Fix, SeedRule } from './rule';

const TRAILING = /[ \t\u00a0]+$/;
/** `-- ` opens a signature: its space is part of the convention, not stray. */
const SIGNATURE_DELIMITER = /^-- $/;
/** Trailing whitespace on at least this share of a seed's lines is the seed's habit, reported once. */
const HABIT_SHARE = 0.5;
const HABIT_MIN_LINES = 3;

export const strayWhitespace: SeedRule<'stray-whitespace'> = {
  id: 'stray-whitespace',
  defaultSeverity: 'info',
  fixesSafely: true,
  summary: 'Leading whitespace at the top, runs of blank lines, trailing spaces, no final newline.',
  check(context) {
    const { lines, text } = context.seed.parsed;
    if (text.length === 0) return [];
    const findings: Finding<'stray-whitespace'>[] = [];
    const fix = (title: string, edits: SpanEdit[]): Fix[] => [{ kind: 'edit', title, preferred: true, safe: true, edits }];

    const leading = /^\s+/.exec(text)?.[0].length ?? 0;
    if (leading > 0 && leading < text.length) {
      findings.push({ span: { start: 0, end: leading }, message: 'Whitespace before the first line of text.', fixes: fix('Remove the leading whitespace', [{ span: { start: 0, end: leading }, newText: '' }]) });
    }
    let blankRun = 0;
    let contentLines = 0;
    const trailing: SpanEdit[] = [];
    for (let line = lines.lineAt(leading); line < lines.lineCount; line++) {
      const content = lines.lineText(line);
      const blank = content.trim().length === 0;
      const isLast = line === lines.lineCount - 1;
      if (blank && !isLast) {
        blankRun++;
        continue;
      }
      if (blankRun >= 2) {
        const start = lines.lineStarts[line - blankRun + 1];
        const end = lines.lineStarts[line];
        findings.push({ span: { start: lines.lineStarts[line - blankRun], end }, message: `${blankRun} blank lines in a row; one separates paragraphs.`, fixes: fix('Keep one blank line', [{ span: { start, end }, newText: '' }]) });
      }
      blankRun = 0;
      if (blank) continue;
      contentLines++;
      const match = TRAILING.exec(content);
      if (match && !SIGNATURE_DELIMITER.test(content)) {
        const start = lines.lineStarts[line] + match.index;
        trailing.push({ span: { start, end: start + match[0].length }, newText: '' });
      }
    }
    if (trailing.length >= HABIT_MIN_LINES && trailing.length >= contentLines * HABIT_SHARE) {
      const span = { start: trailing[0].span.start, end: trailing[trailing.length - 1].span.end };
      findings.push({ span, message: `Trailing whitespace on ${trailing.length} of ${contentLines} lines.`, fixes: fix('Remove the trailing whitespace of every line', trailing) });
    } else {
      for (const edit of trailing) findings.push({ span: edit.span, message: 'Trailing whitespace.', fixes: fix('Remove the trailing whitespace', [edit]) });
    }
    if (!endsWithLineBreak(text)) {
      findings.push({ span: { start: text.length, end: text.length }, message: 'The seed does not end with a line break.', fixes: fix('Add a final line break', [{ span: { start: text.length, end: text.length }, newText: lines.eol }]) });
    }
    return findings;
  },
};
