import { isoDay } from './isoDate';
import { fullYear } from './mailDate';

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['january', 'jan', 'januar'], ['february', 'feb', 'februar'], ['march', 'mar', 'mars'], ['april', 'apr'],
  ['may', 'mai'], ['june', 'jun', 'juni'], ['july', 'jul', 'juli'], ['august', 'aug'],
  ['september', 'sep', 'sept'], ['october', 'oct', 'oktober', 'okt'], ['november', 'nov'], ['december', 'dec', 'desember', 'des'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})';

/** Which comes first in a date written with slashes. */
type DayOrder = 'day-first' | 'month-first';

interface DatePattern {
  regex: RegExp;
  /**
   * What every match holds, found far faster than the pattern (a month's name in any case is
   * slow to look for): a text without it is not searched. Many articles name no year, and
   * hardly any a time of day.
   */
  holds: RegExp;
  /** `order`: the order the text's unambiguous slashed dates show, if they agree. */
  read: (m: RegExpExecArray, order: DayOrder | undefined) => string | undefined;
}

const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g;
const A_YEAR = /(?:19|20)\d{2}/;
const A_TIME = /\d:\d{2}/;

const month = (name: string) => MONTHS[name.toLowerCase()];

/** Absolute dates as English and Norwegian articles write them. */
const PATTERNS: DatePattern[] = [
  // 2020-08-15
  { holds: A_YEAR, regex: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, read: (m) => isoDay(+m[1], +m[2], +m[3]) },
  // 15 August 2020, 9. august 2020, 15th of August, 2020
  { holds: A_YEAR, regex: new RegExp(`\\b${DAY}(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'giu'), read: (m) => isoDay(+m[3], month(m[2]), +m[1]) },
  // August 15, 2020
  { holds: A_YEAR, regex: new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'giu'), read: (m) => isoDay(+m[3], month(m[1]), +m[2]) },
  // 15.08.2020 (day first, as in Norway and Britain)
  { holds: A_YEAR, regex: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g, read: (m) => isoDay(+m[3], +m[2], +m[1]) },
  // 7/23/2012 (American) or 23/7/2012 (British): see unambiguousDay
  { holds: A_YEAR, regex: SLASHED, read: (m, order) => unambiguousDay(+m[1], +m[2], +m[3], order) },
  // Fri, 2 Apr 93 21:22:59: a two-digit year only as mail and news dates write it, before a time of day ("5 May 20 people" is no date)
  { holds: A_TIME, regex: new RegExp(`\\b${DAY}\\s+${MONTH}\\s+(\\d{2})(?=\\s+\\d{1,2}:\\d{2})`, 'giu'), read: (m) => isoDay(fullYear(m[3]), month(m[2]), +m[1]) },
];

/**
 * A day written with its day and month in either order: read when only one order makes a real
 * day (`7/23/2012`, `23/7/2012`) or both give the same (`5/5/2012`). `3/4/2020` is the 3rd of April
 * in Britain and the 4th of March in the United States, and no language tells which (English is
 * written both ways): it is read only in the `order` the same text's unambiguous dates show.
 */
export function unambiguousDay(first: number, second: number, year: number, order?: DayOrder): string | undefined {
  const dayFirst = isoDay(year, second, first);
  const monthFirst = isoDay(year, first, second);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) return order === 'day-first' ? dayFirst : order === 'month-first' ? monthFirst : undefined;
  return dayFirst ?? monthFirst;
}

/** The order a text writes its slashed dates in, when those that can be read one way only agree on it. */
function slashedOrder(text: string): DayOrder | undefined {
  const orders = new Set<DayOrder>();
  for (const m of text.matchAll(SLASHED)) {
    if (+m[1] > 12 && +m[2] <= 12) orders.add('day-first');
    if (+m[2] > 12 && +m[1] <= 12) orders.add('month-first');
  }
  return orders.size === 1 ? [...orders][0] : undefined;
}

export interface TextDate {
  value: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
}

export function findTextDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  // Each prefilter is tried once however many patterns share it; the slashed dates' order only matters where there are any.
  const held = new Map<RegExp, boolean>();
  const holds = (prefilter: RegExp) => held.get(prefilter) ?? held.set(prefilter, prefilter.test(text)).get(prefilter)!;
  const order = holds(A_YEAR) ? slashedOrder(text) : undefined;
  for (const { regex, holds: prefilter, read } of PATTERNS) {
    if (!holds(prefilter)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const value = read(m, order);
      const overlaps = found.some((d) => m!.index < d.end && d.start < m!.index + m![0].length);
      if (value && !overlaps) found.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A time of day and zone after a date: `, 07:45`, ` kl. 10:42`, ` 21:22:59 GMT`, ` 8:10 AM`, ` 14:05:21 -0500`. */
const TIME_TAIL = /(?:,\s*|\s+)(?:kl\.?\s*|at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{1,5}|[+-]\d{4}|\([A-Z]{1,5}\)))*$/i;
/** A weekday before a date: `Fri, `, `Thursday `. */
const WEEKDAY_HEAD = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TWO_DIGIT_YEAR = new RegExp(`^${DAY}\\.?\\s+${MONTH}\\s+(\\d{2})$`, 'iu');

/**
 * Reads a malformed header date when there is one reading: `15/08/2020`, `7/23/2012`,
 * `15.08.2020`, `15 August 2020`, `2020/08/15`, RFC 2822's `Fri, 2 Apr 93 21:22:59 GMT`, a date
 * with a time of day after it. `03/04/2020` has two readings and is left alone. The day is what is
 * read: a time of day is dropped (so a rewrite that drops one is not safe; see textKept).
 */
export function readLooseDate(raw: string): string | undefined {
  const value = raw.trim().replace(TIME_TAIL, '').replace(WEEKDAY_HEAD, '');
  const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(value);
  if (dotted) return isoDay(+dotted[3], +dotted[2], +dotted[1]);
  const slashed = /^(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})$/.exec(value);
  if (slashed) return unambiguousDay(+slashed[1], +slashed[2], +slashed[3]);
  const yearFirst = /^((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value);
  if (yearFirst) return isoDay(+yearFirst[1], +yearFirst[2], +yearFirst[3]);
  const twoDigitYear = TWO_DIGIT_YEAR.exec(value);
  if (twoDigitYear) return isoDay(fullYear(twoDigitYear[3]), month(twoDigitYear[2]), +twoDigitYear[1]);
  const inText = findTextDates(value);
  return inText.length === 1 && inText[0].text.length >= value.length - 1 ? inText[0].value : undefined;
}
