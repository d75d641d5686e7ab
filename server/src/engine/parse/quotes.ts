import type { QuotedReply } from '../model';
import type { LineMap } from '../text/lineMap';
import { passageOf } from './body';

/** `> text`, `>> text`, `|> text`: a line quoted from another message. */
const QUOTED = /^\s*(?:\|?>\s?)+/;
/** "In article <…>, kari@example.org (Kari) writes:", "On Monday, Ola wrote:", "Kari skrev:". */
const ATTRIBUTION_END = /\b(writes|wrote|skriver|skrev|skreiv|schrieb|a écrit)\s*:\s*$/i;
const ATTRIBUTION_START = /^(in article|in message|on .+,|den .+,|\S+@\S+)/i;

/** Runs of quoted lines from `firstLine` on, each with its introducing line(s). */
export function findQuotes(lines: LineMap, firstLine: number): QuotedReply[] {
  const quotes: QuotedReply[] = [];
  for (let line = firstLine; line < lines.lineCount; line++) {
    if (!QUOTED.test(lines.lineText(line))) continue;
    const first = attributionStart(lines, line, firstLine);
    let last = line;
    while (last + 1 < lines.lineCount && QUOTED.test(lines.lineText(last + 1))) last++;
    quotes.push({ span: { start: lines.lineStarts[first], end: lines.lineEnd(last) }, firstLine: first, lastLine: last, passages: quotedPassages(lines, line, last) });
    line = last;
  }
  return quotes;
}

/** The first line of the attribution just above a quote ("In article <…>," may wrap onto a second line), else the quote's own. */
function attributionStart(lines: LineMap, quoteLine: number, firstLine: number): number {
  const above = quoteLine - 1;
  if (above < firstLine || !ATTRIBUTION_END.test(lines.lineText(above))) return quoteLine;
  return above - 1 >= firstLine && ATTRIBUTION_START.test(lines.lineText(above - 1).trim()) && !ATTRIBUTION_START.test(lines.lineText(above).trim()) ? above - 1 : above;
}

/** Each quoted paragraph (quoted lines between empty quoted lines) as one passage. */
function quotedPassages(lines: LineMap, first: number, last: number): QuotedReply['passages'] {
  const passages: QuotedReply['passages'] = [];
  let start = first;
  for (let line = first; line <= last + 1; line++) {
    const empty = line > last || lines.lineText(line).replace(QUOTED, '').trim() === '';
    if (!empty) continue;
    if (line > start) {
      const passage = passageOf(lines, { start: lines.lineStarts[start], end: lines.lineEnd(line - 1) }, start, false);
      if (passage) passages.push(passage);
    }
    start = line + 1;
  }
  return passages;
}
