/** Small text helpers the seed builders share. */
import type { Random } from '../random';

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Hard-wraps a paragraph at `width` columns, as mail and news readers did. Runs of spaces inside
 * a line are kept (two after a full stop); a break swallows them.
 */
export function wrap(paragraph: string, width = 72): string[] {
  const lines: string[] = [];
  let start = 0;
  while (paragraph.length - start > width) {
    let cut = paragraph.lastIndexOf(' ', start + width);
    if (cut <= start) cut = paragraph.indexOf(' ', start + width);
    if (cut < 0) break;
    let end = cut;
    while (end > start && paragraph.charCodeAt(end - 1) === 32) end--;
    lines.push(paragraph.slice(start, end));
    start = cut + 1;
    while (paragraph.charCodeAt(start) === 32) start++;
  }
  lines.push(paragraph.slice(start));
  return lines;
}

const FOLDED: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };

/** An ASCII file-name slug of the first words of a title (a plain loop: it runs once per seed). */
export function slug(title: string, words = 5): string {
  let result = '';
  let count = 0;
  let gap = false;
  for (const char of title.toLowerCase()) {
    const folded = (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9') ? char : FOLDED[char];
    if (folded === undefined) {
      gap = result.length > 0;
      continue;
    }
    if (gap) {
      if (++count === words) break;
      result += '-';
      gap = false;
    }
    result += folded;
  }
  return result || 'untitled';
}

/** `1234567` as `1,234,567` (or with `separator`): Intl formatting is slow when locales alternate. */
export function thousands(value: number, separator = ','): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, separator);
}

export const pad2 = (value: number): string => String(value).padStart(2, '0');

/** A dotted price-list row: `  Starter motor ........ $35`. */
export function dottedRow(label: string, value: string, width = 44): string {
  return `  ${label} ${'.'.repeat(Math.max(3, width - label.length))} ${value}`;
}

/**
 * A body paragraph of two to four sentences, at most one of them a figure, so that no paragraph
 * states the same kind of fact twice; the language gives its figures and its other sentences.
 */
export function paragraphOf(r: Random, figure: (r: Random) => string, sentence: (r: Random) => string): string {
  const sentences: string[] = [];
  const count = r.int(2, 4);
  let hasFigure = false;
  for (let i = 0; i < count; i++) {
    if (!hasFigure && r.chance(0.4)) {
      hasFigure = true;
      sentences.push(figure(r));
    } else sentences.push(sentence(r));
  }
  return sentences.join(' ');
}
