export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export type IsoDateCheck =
  | { valid: true; precision: DatePrecision; value: string }
  | { valid: false; reason: string };

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Checks a header date: ISO 8601 (reduced precision allowed), a real calendar day, not in the future. */
export function checkIsoDate(raw: string, now: Date): IsoDateCheck {
  const value = raw.trim();
  const match = ISO.exec(value);
  if (!match) return { valid: false, reason: `"${value}" is not an ISO 8601 date (YYYY-MM-DD).` };
  const [, year, month, day, hour, minute, second] = match;
  const y = Number(year);
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return { valid: false, reason: `"${value}" has no month ${month}.` };
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(y, Number(month)))) {
    return { valid: false, reason: `"${value}" is not a real day: ${year}-${month} has ${daysInMonth(y, Number(month))} days.` };
  }
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) {
    return { valid: false, reason: `"${value}" has an impossible time of day.` };
  }
  const precision: DatePrecision = hour !== undefined ? 'time' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const earliest = Date.UTC(y, month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  if (earliest > now.getTime()) return { valid: false, reason: `"${value}" lies in the future.` };
  return { valid: true, precision, value };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A reduced date agrees with a fuller one when the fuller one starts with it (`2020-08` and `2020-08-15`). */
export function agrees(reduced: string, fuller: string): boolean {
  return fuller.length > reduced.length && fuller.startsWith(reduced);
}
