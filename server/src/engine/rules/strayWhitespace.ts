import type { Finding, Rule } from './rule';

const TRAILING = /[ \t\u00a0]+$/;

export const strayWhitespace: Rule<'stray-whitespace'> = {
  id: 'stray-whitespace',
  defaultSeverity: 'info',
  fixesSafely: true,
  summary: 'Leading whitespace at the top, runs of blank lines, trailing spaces, no final newline.',
  check(context) {
    const { lines, text } = context.seed.parsed;
    if (text.length === 0) return [];
    const findings: Finding<'stray-whitespace'>[] = [];
    const fix = (title: string, start: number, end: number, newText: string) => [{ kind: 'edit' as const, title, preferred: true, safe: true, edits: [{ span: { start, end }, newText }] }];

    const leading = /^\s+/.exec(text)?.[0].length ?? 0;
    if (leading > 0 && leading < text.length) {
      findings.push({ span: { start: 0, end: leading }, message: 'Whitespace before the first line of text.', fixes: fix('Remove the leading whitespace', 0, leading, '') });
    }
    let blankRun = 0;
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
        findings.push({ span: { start: lines.lineStarts[line - blankRun], end }, message: `${blankRun} blank lines in a row; one separates paragraphs.`, fixes: fix('Keep one blank line', start, end, '') });
      }
      blankRun = 0;
      const trailing = TRAILING.exec(content);
      if (trailing && !blank) {
        const start = lines.lineStarts[line] + trailing.index;
        findings.push({ span: { start, end: start + trailing[0].length }, message: 'Trailing whitespace.', fixes: fix('Remove the trailing whitespace', start, start + trailing[0].length, '') });
      }
    }
    if (!text.endsWith('\n')) {
      findings.push({ span: { start: text.length, end: text.length }, message: 'The seed does not end with a line break.', fixes: fix('Add a final line break', text.length, text.length, lines.eol) });
    }
    return findings;
  },
};
