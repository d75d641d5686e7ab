import type { Random } from '../random';
import { pad2 } from './text';

/** A moment in UTC, broken into the parts date formats need. */
export interface Moment {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NORWEGIAN_MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function randomMoment(random: Random, fromYear: number, toYear: number): Moment {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  return { year, month, day: random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate()), hour: random.int(0, 23), minute: random.int(0, 59), second: random.int(0, 59) };
}

/** The same moment `minutes` later (syndicated copies appear a little after the original). */
export function later(moment: Moment, minutes: number): Moment {
  const date = new Date(Date.UTC(moment.year, moment.month - 1, moment.day, moment.hour, moment.minute + minutes, moment.second));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() };
}

const weekday = (m: Moment) => WEEKDAYS[new Date(Date.UTC(m.year, m.month - 1, m.day)).getUTCDay()];
const clock = (m: Moment) => `${pad2(m.hour)}:${pad2(m.minute)}:${pad2(m.second)}`;

/** `19930402`, as message ids embed it. */
export const pad2Date = (m: Moment): string => `${m.year}${pad2(m.month)}${pad2(m.day)}`;
export const isoDate = (m: Moment): string => `${m.year}-${pad2(m.month)}-${pad2(m.day)}`;
/** Usenet's `2 Apr 93 21:22:59 GMT`, with a two-digit year. */
export const usenetDate = (m: Moment): string => `${m.day} ${ENGLISH_MONTHS[m.month - 1].slice(0, 3)} ${String(m.year).slice(2)} ${clock(m)} GMT`;
/** RFC 2822 with weekday and four-digit year: `Tue, 14 Mar 2006 09:12:44 +0100`. */
export const mailDate = (m: Moment): string => `${weekday(m)}, ${m.day} ${ENGLISH_MONTHS[m.month - 1].slice(0, 3)} ${m.year} ${clock(m)} +0100`;
export const englishDate = (m: Moment): string => `${m.day} ${ENGLISH_MONTHS[m.month - 1]} ${m.year}`;
export const americanLongDate = (m: Moment): string => `${ENGLISH_MONTHS[m.month - 1]} ${m.day}, ${m.year}`;
export const usDate = (m: Moment): string => `${m.month}/${m.day}/${m.year}`;
/** A comment's time stamp: `March 3, 2016 at 4:12 pm`. */
export const commentStamp = (m: Moment): string => `${americanLongDate(m)} at ${m.hour % 12 || 12}:${pad2(m.minute)} ${m.hour < 12 ? 'am' : 'pm'}`;
export const norwegianNumericDate = (m: Moment): string => `${pad2(m.day)}.${pad2(m.month)}.${m.year} kl. ${pad2(m.hour)}:${pad2(m.minute)}`;
export const norwegianLongDate = (m: Moment): string => `${m.day}. ${NORWEGIAN_MONTHS[m.month - 1]} ${m.year}`;
export const danishLongDate = (m: Moment): string => `${m.day}. ${DANISH_MONTHS[m.month - 1]} ${m.year} kl. ${pad2(m.hour)}.${pad2(m.minute)}`;
