import type { Block, BlockKind, LeadChrome, Passage, Span } from '../model';
import { isByline, isBylineLine } from './byline';
import { hash53OfWords, matchWords } from '../text/normalize';
import type { LineMap } from '../text/lineMap';
import {
  isBreadcrumbTrail, isButtonLine, isCapitalised, isCaptionLine, isCrumbTrail, isMenuEntry, isMenuItem, isNavigationLine,
  isNumberedMenuLine, isSectionLabel, isSectionWord,
} from './chrome';

const isBlank = (text: string) => text.trim().length === 0;

/**
 * Lines before the article that are navigation or a photo caption. Navigation always leaves a
 * headline behind it: when what follows is no headline (a paragraph, or nothing), its last line
 * was the title ("LG G5 review | Phones | Gadget Shed") and is not chrome.
 */
export function findLeadChrome(lines: LineMap, firstLine: number, isHeadline: (line: number) => boolean): LeadChrome[] {
  const lead: LeadChrome[] = [];
  for (let line = firstLine; line < lines.lineCount; line++) {
    if (isBlank(lines.lineText(line))) continue;
    const kind = leadKind(lines, line, lead);
    if (!kind) break;
    addLine(lead, lines, line, kind, 'before-title', isTrail(lines.lineText(line)));
  }
  const last = lead[lead.length - 1];
  if (last?.kind === 'navigation') {
    const lastLine = last.lines[last.lines.length - 1];
    const mayBeTitle = !isMenuItem(lines.lineText(lastLine)) && !isNumberedMenuLine(lines.lineText(lastLine));
    if (mayBeTitle && !isHeadline(firstContentLine(lines, lastLine + 1)) && isHeadline(lastLine)) removeLastLine(lead, lines);
  }
  return lead;
}

/** Menus and buttons right under a first-line title, before any blank line: `News | Politics`, `Jump to Recipe`. */
export function findChromeUnderTitle(lines: LineMap, titleLastLine: number): LeadChrome[] {
  const chrome: LeadChrome[] = [];
  for (let line = titleLastLine + 1; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!(isTrail(text) || isButtonLine(text))) break;
    addLine(chrome, lines, line, 'navigation', 'under-title', isTrail(text));
  }
  return chrome;
}

/** A breadcrumb trail or a one-line menu: a finding of its own, apart from the menu lines around it. */
function isTrail(text: string): boolean {
  return isBreadcrumbTrail(text) || isCrumbTrail(text) || isNumberedMenuLine(text);
}

/**
 * Adds a line to the chrome found so far: to the last entry when it is of the same kind and right
 * above, unless either is a line that stands alone.
 */
function addLine(chrome: LeadChrome[], lines: LineMap, line: number, kind: LeadChrome['kind'], where: LeadChrome['where'], standsAlone: boolean): void {
  const previous = chrome[chrome.length - 1];
  const end = lines.lineEndWithBreak(line);
  const previousAlone = previous !== undefined && previous.lines.length === 1 && isTrail(lines.lineText(previous.lines[0]));
  if (previous && !standsAlone && !previousAlone && previous.kind === kind && previous.lines[previous.lines.length - 1] === line - 1) {
    previous.lines.push(line);
    previous.span.end = end;
  } else {
    chrome.push({ kind, span: { start: lines.lineStarts[line], end }, lines: [line], where });
  }
}

function removeLastLine(chrome: LeadChrome[], lines: LineMap): void {
  const last = chrome[chrome.length - 1];
  last.lines.pop();
  if (last.lines.length === 0) chrome.pop();
  else last.span.end = lines.lineEndWithBreak(last.lines[last.lines.length - 1]);
}

function leadKind(lines: LineMap, line: number, lead: LeadChrome[]): LeadChrome['kind'] | undefined {
  const text = lines.lineText(line);
  const next = lines.lineText(line + 1);
  if (isCaptionLine(text)) return 'caption';
  const afterNavigation = followsNavigation(lead, line);
  // A menu: numbered or bulleted items, the first short (`1. Home`), the rest continuing it.
  const startsMenu = isMenuItem(text) && text.trim().split(/\s+/).length <= 4 && isMenuItem(next);
  const continuesMenu = afterNavigation && isMenuItem(text) && isMenuItem(lines.lineText(line - 1));
  if (startsMenu || continuesMenu || isBreadcrumbTrail(text) || isNumberedMenuLine(text)) return 'navigation';
  // A line in capitals is a site name only over a menu (`VALLEY COURIER` / `Home › News`); alone it is a title (`LG G5`).
  const overMenu = isCapitalised(text) && !isSectionWord(text) ? isNavigationLine(next) : !isBlank(next);
  if (isSectionLabel(text) && overMenu) return 'navigation';
  // A crumb of a trail written one per line (`Home` / `News` / `Local`) follows another crumb.
  if (afterNavigation && (isCrumbTrail(text) || isMenuEntry(text)) && !isBlank(next)) return 'navigation';
  return undefined;
}

function followsNavigation(lead: LeadChrome[], line: number): boolean {
  const previous = lead[lead.length - 1];
  return previous !== undefined && previous.kind === 'navigation' && previous.lines[previous.lines.length - 1] === line - 1;
}

/** The first non-blank line at or after `from`. */
export function firstContentLine(lines: LineMap, from: number): number {
  let line = from;
  while (line < lines.lineCount && isBlank(lines.lineText(line))) line++;
  return line;
}

const SUBHEADING_MAX_WORDS = 8;

function isSubheading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 60 && trimmed.split(/\s+/).length <= SUBHEADING_MAX_WORDS && !/[.,;:!?"”»]$/.test(trimmed);
}

/**
 * Paragraphs are separated by blank lines; a seed with no blank line in its body has one
 * paragraph per line.
 */
export function splitBlocks(lines: LineMap, fromLine: number): Block[] {
  const groups: [number, number][] = [];
  let start = -1;
  for (let line = fromLine; line <= lines.lineCount; line++) {
    const blank = line === lines.lineCount || isBlank(lines.lineText(line));
    if (!blank && start < 0) start = line;
    if (blank && start >= 0) {
      groups.push([start, line - 1]);
      start = -1;
    }
  }
  const oneLinePerParagraph = groups.length === 1 && groups[0][1] - groups[0][0] >= 2;
  const ranges = oneLinePerParagraph
    ? Array.from({ length: groups[0][1] - groups[0][0] + 1 }, (_, i): [number, number] => [groups[0][0] + i, groups[0][0] + i])
    : groups;
  let beforeFirstParagraph = true;
  return ranges.map(([first, last]) => {
    const span = { start: lines.lineStarts[first], end: lines.lineEnd(last) };
    const kind = first === last ? lineBlockKind(lines.lineText(first), beforeFirstParagraph) : 'paragraph';
    if (kind === 'paragraph') beforeFirstParagraph = false;
    return { kind, span, firstLine: first, lastLine: last };
  });
}

/**
 * A block of one line. A byline heads no section: were it a subheading, the outline would put the
 * whole article under the writer's name. Over the first paragraph, a dateline or a date is one too
 * ("14.03.2019" under the headline); further down a date may head a section (a diary's days).
 */
function lineBlockKind(text: string, beforeFirstParagraph: boolean): BlockKind {
  if (isByline(text) || (beforeFirstParagraph && isBylineLine(text))) return 'byline';
  return isSubheading(text) ? 'subheading' : 'paragraph';
}

const SENTENCE_END = /[.!?:;»"”')\]…]$/;

/** Passages of a block: its lines, with hard-wrapped lines joined back into one. */
export function passagesOf(lines: LineMap, block: Block): Passage[] {
  const passages: Passage[] = [];
  let runStart = block.firstLine;
  for (let line = block.firstLine; line <= block.lastLine; line++) {
    const text = lines.lineText(line).trimEnd();
    const next = line < block.lastLine ? lines.lineText(line + 1).trimStart() : '';
    const wrapped = next.length > 0 && !SENTENCE_END.test(text) && /^\p{Ll}/u.test(next);
    if (wrapped) continue;
    const passage = passageOf(lines, { start: lines.lineStarts[runStart], end: lines.lineEnd(line) }, runStart, false);
    if (passage) passages.push(passage);
    runStart = line + 1;
  }
  return passages;
}

export function passageOf(lines: LineMap, span: Span, line: number, isTitle: boolean): Passage | undefined {
  const raw = lines.text.slice(span.start, span.end);
  const text = raw.trim();
  if (text.length === 0) return undefined;
  const start = span.start + (raw.length - raw.trimStart().length);
  const words = matchWords(text);
  if (words.length === 0) return undefined;
  return { span: { start, end: start + text.length }, text, words, key: hash53OfWords(words), line, isTitle };
}
