import { isoDay } from './isoDate';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `[Fri, ]2 Apr 93 21:22:59 GMT`, `Mon, 05 Apr 1993 14:05:21 -0500`: RFC 2822 (and 822's two-digit years). */
const RFC_2822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\b/;

/**
 * The day of a mail or news `Date:` header, as ISO 8601. Two-digit years follow RFC 2822 §4.3:
 * 00–49 are 20xx, 50–99 are 19xx. The time of day is left out: a curator dates an article by its day.
 */
export function readMailDate(raw: string): string | undefined {
  const match = RFC_2822.exec(raw.trim());
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
  if (month === 0) return undefined;
  return isoDay(fullYear(match[3]), month, Number(match[1]));
}

/** A year as written, two-digit years read as RFC 2822 §4.3 does: 00–49 are 20xx, 50–99 are 19xx. */
export function fullYear(written: string): number {
  const year = Number(written);
  if (written.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}
