import type { Span, Title, TitlePart } from '../model';
import type { LineMap } from '../text/lineMap';
import { firstContentLine } from './body';
import { isBylineLine } from './byline';
import { readTitleLine, type TitleLine } from './titleLine';

const MAX_CHARS = 200;
const MAX_WORDS = 30;

/**
 * A first line reads as a headline: short, without a final full stop (a colon, comma, semicolon,
 * ellipsis or `| Site` ending is fine), no byline or dateline, with body text after it. A kicker
 * fused before it and a site suffix after it are set apart from the title's text. A headline
 * ending in a colon continues on the line right under it when that line reads as a headline too
 * (`Bokanmeldelse:Jan Kjærstad:` over the book's title).
 */
export function headlineAt(lines: LineMap, line: number): Title | undefined {
  if (line >= lines.lineCount) return undefined;
  const first = readLine(lines, line);
  if (!first || !isHeadlineShaped(first.text, first.reading)) return undefined;
  // A line that runs on into a lower-case line below it is the start of a hard-wrapped paragraph.
  if (/^\s*\p{Ll}/u.test(lines.lineText(line + 1))) return undefined;
  const next = first.text.endsWith(':') && !first.reading.suffix ? readLine(lines, line + 1) : undefined;
  const continued = next && isHeadlineShaped(next.text, next.reading) && !next.reading.kicker ? next : undefined;
  if (firstContentLine(lines, continued ? line + 2 : line + 1) >= lines.lineCount) return undefined;
  // The kicker opens the first line; the suffix ends the last.
  const ending = continued ?? first;
  const { kicker } = first.reading;
  const { suffix } = ending.reading;
  const text = continued
    ? `${first.slice(first.reading.headline.start, first.text.length)} ${continued.slice(0, continued.reading.headline.end)}`
    : first.slice(first.reading.headline.start, first.reading.headline.end);
  return {
    text,
    span: { start: first.start, end: ending.start + ending.text.length },
    from: 'first-line',
    kicker: kicker && first.part(kicker),
    suffix: suffix && { sections: suffix.sections.map((part) => ending.part(part)), site: ending.part(suffix.site) },
  };
}

interface ReadLine {
  text: string;
  start: number;
  reading: TitleLine;
  slice(from: number, to: number): string;
  /** A part of the line, with its span in the seed. */
  part(part: TitlePart): TitlePart;
}

function readLine(lines: LineMap, line: number): ReadLine | undefined {
  if (line >= lines.lineCount) return undefined;
  const raw = lines.lineText(line);
  const text = raw.trim();
  if (text.length === 0) return undefined;
  const start = lines.lineStarts[line] + (raw.length - raw.trimStart().length);
  const at = (span: Span): Span => ({ start: start + span.start, end: start + span.end });
  return {
    text,
    start,
    reading: readTitleLine(text),
    slice: (from, to) => text.slice(from, to).trim(),
    part: (part) => ({ text: part.text, span: at(part.span) }),
  };
}

function isHeadlineShaped(text: string, reading: TitleLine): boolean {
  const headline = text.slice(reading.headline.start, reading.headline.end).trim();
  if (headline.length === 0 || text.length > MAX_CHARS || text.split(/\s+/).length > MAX_WORDS) return false;
  const endsSentence = /[.]$/.test(headline) && !/(?:\.\.\.|…)$/.test(headline);
  return !endsSentence && !isBylineLine(text);
}
