import type { BodyChrome, BodyChromeKind } from '../model';
import type { LineMap } from '../text/lineMap';
import { isKnownBoilerplate } from './boilerplatePhrases';
import { isBreadcrumbTrail, isLabelShaped } from './chrome';
import { hasAtMostWords } from '../text/spaceWords';

/**
 * Site chrome inside or after an article — share bars, related links, comment threads and their
 * forms, footers, signatures — found as blocks, so that a curator hears "lines 40–130 are site
 * chrome" once instead of a finding per line, and no other rule reads them as article text.
 *
 * Lines are sorted into three kinds: *marked* chrome, which no article sentence looks like (a
 * share bar, "3 comments", "© 2019 …", a comment form's "Name *"); *plain* lines that chrome is
 * made of but an article may hold too (short labels, link titles, time stamps, user names,
 * "Reply"); and text. A block starts at a marked line and runs over the marked and plain lines
 * after it (a lone line of known boilerplate is left to the boilerplate rule): plain lines before the first mark are left alone, since a headline,
 * a byline or a subheading looks just like them. A comment thread runs from its marker to the end
 * of the seed, comments and all; a signature runs from its `-- ` line to the end.
 */

const SOCIAL = new Set(['facebook', 'twitter', 'x', 'email', 'e-mail', 'e-post', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'print', 'skriv', 'ut', 'messenger', 'share', 'del', 'on', 'på', 'this', 'story', 'copy', 'link', 'kopier', 'lenke', 'tweet', 'mail']);

interface Marker {
  kind: BodyChromeKind;
  test: (text: string) => boolean;
}

const MARKERS: Marker[] = [
  // "Kommentar" alone is a genre label over an opinion piece, so a singular needs its count ("1 comment").
  { kind: 'comments', test: (t) => /^(\d+\s+)?(comments|kommentarer|responses|replies)(\s*\(\d+\))?:?$/i.test(t) || /^\d+\s+(comment|kommentar|response|reply)$/i.test(t) || /^(leave a (reply|comment)|comments are closed|join the discussion|skriv en kommentar)\b/i.test(t) },
  { kind: 'comment form', test: (t) => /^(name|email|e-post|navn|website|nettsted|comment|kommentar)\s*\*$/i.test(t) || /^(post comment|send kommentar|save my name\b|notify me of\b|your email address will not be published\b|required fields are marked\b)/i.test(t) },
  // The network named first: a short line seldom names one, and splitting it into words costs more.
  { kind: 'share bar', test: (t) => t.length <= 80 && /facebook|twitter|linkedin|whatsapp|e-?mail|e-post/i.test(t) && t.split(/\s+/).every((word) => SOCIAL.has(word.toLowerCase().replace(/[^\p{L}-]/gu, ''))) },
  // "Del" alone is Norwegian for "part" ("Del 2 av 3"): a share line names what or where.
  { kind: 'share bar', test: (t) => t.length <= 50 && /^(share|del)( (this|on|via|to|på|denne|artikkelen|saken)\b.*)?$/i.test(t) && !/[.!?]$/.test(t) },
  { kind: 'related links', test: (t) => /^(related( articles| stories| posts)?|most read|mest lest|les også|more from\b.*|more stories|popular|trending|you may also like|recommended|anbefalt|siste nytt)$/i.test(t) },
  // "Copyright" inside a sentence is news about copyright; a footer opens with it or with ©.
  { kind: 'footer', test: (t) => t.length <= 160 && (/^(©|\(c\)\s|copyright\b)|©\s*\d{4}|all rights reserved|alle rettigheter/i.test(t) || (isBreadcrumbTrail(t) && t.includes('|'))) },
  { kind: 'boilerplate', test: isKnownBoilerplate },
];

/** A line a comment thread or a list of links is made of, but an article might hold too. */
function isPlain(text: string, next: string): boolean {
  if (isLabelShaped(text)) return true;
  if (/^(reply|svar|like|liker|report|rapporter|svar på kommentar)$/i.test(text)) return true;
  // A time stamp with a few words around it: "March 14, 2019 at 9:02 am", "14.03.2019 kl. 12:05".
  if (hasAtMostWords(text, 8) && /\d{1,2}[:.]\d{2}/.test(text)) return true;
  // A user name: one token with a digit, an underscore or an @.
  if (/^@?[\p{L}\d_.-]{2,30}$/u.test(text) && /[\d_@]/.test(text)) return true;
  // A link title: short, capitalised, no sentence end, not wrapped onto the next line.
  return hasAtMostWords(text, 12) && /^[\p{Lu}\d«"“]/u.test(text) && !/[.!?:;,]$/.test(text) && !/^\p{Ll}/u.test(next);
}

/** A short sentence between two marked lines is part of their block: a footer's "Edited by the rules of the press". */
function bridges(lines: LineMap, markers: LineMarkers, line: number): boolean {
  let next = line + 1;
  while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
  return hasAtMostWords(lines.lineText(line).trim(), 15) && next < lines.lineCount && markers.at(next) !== undefined;
}

/** Each line's marker, worked out once: the search for chrome running to the end and the block search ask of most lines. */
class LineMarkers {
  private readonly markers: (Marker | null)[] = [];

  constructor(private readonly lines: LineMap) {}

  at(line: number): Marker | undefined {
    let marker = this.markers[line];
    if (marker === undefined) this.markers[line] = marker = MARKERS.find((candidate) => candidate.test(this.lines.lineText(line).trim())) ?? null;
    return marker ?? undefined;
  }
}

const SIGNATURE = /^--\s?$/;
/** A signature is a few lines; more after `-- ` is no signature. */
const MAX_SIGNATURE_LINES = 10;

/** The body chrome blocks of the lines from `firstLine` on, in order; `isQuoted` lines are another message's text, never chrome. */
export function findBodyChrome(lines: LineMap, firstLine: number, isQuoted: (line: number) => boolean): BodyChrome[] {
  const blocks: BodyChrome[] = [];
  const text = (line: number) => lines.lineText(line).trim();
  const markers = new LineMarkers(lines);
  const end = tailStart(lines, markers, firstLine, isQuoted);
  let run: { first: number; last: number; kinds: Set<BodyChromeKind>; count: number } | undefined;
  const close = () => {
    // One line of known boilerplate is the boilerplate rule's; one share bar or footer line is a block.
    if (run && (run.count >= 2 || !run.kinds.has('boilerplate'))) blocks.push(block(lines, run.first, run.last, run.kinds));
    run = undefined;
  };
  for (let line = firstLine; line < end.line; line++) {
    const current = text(line);
    if (current === '') continue;
    const marker = isQuoted(line) ? undefined : markers.at(line);
    if (!marker && (isQuoted(line) || !isPlain(current, text(line + 1))) && !(run && bridges(lines, markers, line))) {
      close();
      continue;
    }
    if (!run && !marker) continue;
    run ??= { first: line, last: line, kinds: new Set(), count: 0 };
    run.last = line;
    run.count++;
    if (marker) run.kinds.add(marker.kind);
  }
  close();
  if (!end.block) return blocks;
  // A block that only blank lines part from the chrome running to the end is one with it.
  const previous = blocks[blocks.length - 1];
  if (previous && nonBlankLines(lines, previous.lastLine + 1, end.block.firstLine - 1) === 0) {
    blocks[blocks.length - 1] = block(lines, previous.firstLine, end.block.lastLine, new Set([...previous.kinds, ...end.block.kinds]));
  } else blocks.push(end.block);
  return blocks;
}

/**
 * Where chrome that runs to the end of the seed starts: a signature, a comment thread, or a run of
 * marked and plain lines that nothing but chrome follows.
 */
function tailStart(lines: LineMap, markers: LineMarkers, firstLine: number, isQuoted: (line: number) => boolean): { line: number; block?: BodyChrome } {
  const text = (line: number) => lines.lineText(line).trim();
  let last = lines.lineCount - 1;
  while (last >= firstLine && text(last) === '') last--;
  for (let line = firstLine; line <= last; line++) {
    if (SIGNATURE.test(lines.lineText(line)) && nonBlankLines(lines, line + 1, last) <= MAX_SIGNATURE_LINES && line < last) {
      return { line, block: block(lines, line, last, new Set(['signature'])) };
    }
    if (markers.at(line)?.kind === 'comments') return { line, block: block(lines, line, last, kindsIn(markers, line, last)) };
  }
  let start = last + 1;
  while (start - 1 >= firstLine && !isQuoted(start - 1) && (text(start - 1) === '' || markers.at(start - 1) || isPlain(text(start - 1), text(start)))) start--;
  while (start <= last && !markers.at(start)) start++;
  const kinds = kindsIn(markers, start, last);
  if (kinds.size === 0 || nonBlankLines(lines, start, last) < 2) return { line: lines.lineCount };
  return { line: start, block: block(lines, start, last, kinds) };
}

function kindsIn(markers: LineMarkers, first: number, last: number): Set<BodyChromeKind> {
  const kinds = new Set<BodyChromeKind>();
  for (let line = first; line <= last; line++) {
    const marker = markers.at(line);
    if (marker) kinds.add(marker.kind);
  }
  return kinds;
}

function nonBlankLines(lines: LineMap, first: number, last: number): number {
  let count = 0;
  for (let line = first; line <= last; line++) if (lines.lineText(line).trim() !== '') count++;
  return count;
}

function block(lines: LineMap, firstLine: number, lastLine: number, kinds: Set<BodyChromeKind>): BodyChrome {
  return { kinds: [...kinds], span: { start: lines.lineStarts[firstLine], end: lines.lineEnd(lastLine) }, firstLine, lastLine };
}
