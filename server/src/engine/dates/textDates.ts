import { isoDay } from './isoDate';

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

interface DatePattern {
  regex: RegExp;
  read: (m: RegExpExecArray) => string | undefined;
}

const month = (name: string) => MONTHS[name.toLowerCase()];

/** Absolute dates as English and Norwegian articles write them. */
const PATTERNS: DatePattern[] = [
  // 2020-08-15
  { regex: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, read: (m) => isoDay(+m[1], +m[2], +m[3]) },
  // 15 August 2020, 9. august 2020, 15th of August, 2020
  { regex: new RegExp(`\\b${DAY}(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'giu'), read: (m) => isoDay(+m[3], month(m[2]), +m[1]) },
  // August 15, 2020
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'giu'), read: (m) => isoDay(+m[3], month(m[1]), +m[2]) },
  // 15.08.2020 (day first, as in Norway and Britain)
  { regex: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g, read: (m) => isoDay(+m[3], +m[2], +m[1]) },
];

export interface TextDate {
  value: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
}

export function findTextDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const value = read(m);
      const overlaps = found.some((d) => m!.index < d.end && d.start < m!.index + m![0].length);
      if (value && !overlaps) found.push({ value, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Reads a malformed header date when there is one reading: `15/08/2020`, `15.08.2020`,
 * `15 August 2020`, `2020/08/15`. `03/04/2020` has two readings and is left alone.
 */
export function readLooseDate(raw: string): string | undefined {
  const value = raw.trim();
  const slashed = /^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})$/.exec(value);
  if (slashed) {
    const [a, b, year] = [+slashed[1], +slashed[2], +slashed[3]];
    if (a > 12 || slashed[0].includes('.')) return isoDay(year, b, a);
    if (b > 12) return isoDay(year, a, b);
    return a === b ? isoDay(year, a, b) : undefined;
  }
  const yearFirst = /^((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value);
  if (yearFirst) return isoDay(+yearFirst[1], +yearFirst[2], +yearFirst[3]);
  const inText = findTextDates(value);
  return inText.length === 1 && inText[0].text.length >= value.length - 1 ? inText[0].value : undefined;
}
