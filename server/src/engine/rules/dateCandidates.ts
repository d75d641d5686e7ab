import type { DateCandidate } from '../../protocol/protocol';
import { checkIsoDate } from '../dates/isoDate';
import { readLooseDate } from '../dates/textDates';
import type { ParsedSeed } from '../model';
import type { CorpusContext } from './rule';

/** A body date this long before the newest candidate is history the article tells, not the day it was published. */
const HISTORY_MS = 365 * 24 * 3600 * 1000;
/** Header keys that name a moment, other than `date`: `published`, `last-modified`, `publisert`. */
const MOMENT_KEY = /published|updated|modified|created|posted|pubdate|publisert|oppdatert|dato/i;
/** A passage this long that ends a sentence is running text: the top of the seed (title, byline, dateline) lies above it. */
const RUNNING_TEXT_WORDS = 10;

/**
 * Dates a seed could have, best first, by where they stand: dates in other header fields
 * (`published:`, `last-modified:`); a dateline or byline at the top ("Published 14 March 2019, 07:45",
 * "Publisert: 14.03.2019 kl. 10:42", "NTB • 14. mars 2019 10:50": any date above the first
 * paragraph of running text); the dates of seeds it shares passages with; the other dates in its
 * text, in order, those that lie a year or more before the newest candidate last. A date after
 * `now` is left out: an article is not published in the future.
 */
export function dateCandidates(context: CorpusContext): DateCandidate[] {
  const { parsed } = context.seed;
  const lines = parsed.lines;
  const atStart = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const headerFields = parsed.header.fields.flatMap((field): DateCandidate[] => {
    const value = MOMENT_KEY.test(field.key) ? readHeaderDay(field.value, context.now) : undefined;
    return value ? [{ value, from: `header "${field.key}"`, location: { uri: context.uri, range: lines.range(field.valueSpan.start, field.valueSpan.end) } }] : [];
  });
  const copies = context.corpus.containments.flatMap((containment): DateCandidate[] =>
    containment.info.date ? [{ value: containment.info.date, from: containment.info.path, location: { uri: containment.info.uri, range: atStart } }] : [],
  );
  const topEnd = runningTextStart(parsed);
  const inText = context.seed.textDates.map((date) => ({
    top: date.start < topEnd,
    candidate: { value: date.value, from: `text "${date.text}"`, location: { uri: context.uri, range: lines.range(date.start, date.end) } },
  }));
  const datelines = inText.filter((date) => date.top).map((date) => date.candidate);
  const rest = inText.filter((date) => !date.top).map((date) => date.candidate);
  const newest = Math.max(...[...headerFields, ...datelines, ...copies, ...rest].map((candidate) => dayOf(candidate.value)));
  const historical = (candidate: DateCandidate) => dayOf(candidate.value) <= newest - HISTORY_MS;
  const ranked = [...headerFields, ...datelines, ...copies, ...rest.filter((c) => !historical(c)), ...rest.filter(historical)];
  const candidates: DateCandidate[] = [];
  for (const candidate of ranked) {
    if (dayOf(candidate.value) <= context.now.getTime() && !candidates.some((c) => c.value === candidate.value)) candidates.push(candidate);
  }
  return candidates;
}

/** A header value that reads as a day (`published: 2019-03-14`, `Last-Modified: Thu, 21 Feb 2019 09:14:02 GMT`). */
function readHeaderDay(value: string, now: Date): string | undefined {
  const check = checkIsoDate(value, now);
  if (check.valid) return check.precision === 'day' || check.precision === 'time' ? check.value.slice(0, 10) : undefined;
  return readLooseDate(value);
}

/** Where the first passage of running text starts (the seed's end when it has none). */
function runningTextStart(parsed: ParsedSeed): number {
  const passage = parsed.passages.find((p) => !p.isTitle && p.words.length >= RUNNING_TEXT_WORDS && /[.!?…»"”)]$/.test(p.text));
  return passage?.span.start ?? parsed.text.length;
}

/** The first moment of a date's day (of its first day, for a reduced date). */
function dayOf(value: string): number {
  const [year, month = '01', day = '01'] = value.slice(0, 10).split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}
