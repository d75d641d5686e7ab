import { checkIsoDate } from '../dates/isoDate';
import { readLooseDate } from '../dates/textDates';
import { fieldOf, headerDate } from '../model';
import type { SeedRule } from './rule';

export const invalidDate: SeedRule<'invalid-date'> = {
  id: 'invalid-date',
  defaultSeverity: 'error',
  fixesSafely: true,
  summary: 'A header date that is not a real ISO 8601 date, or lies in the future.',
  check(context) {
    const field = fieldOf(context.seed.parsed.header, 'date');
    const date = headerDate(context.seed.parsed.header);
    if (!field || !date) return [];
    const check = checkIsoDate(date, context.now);
    if (check.valid) return [];
    const readable = readLooseDate(field.value);
    const usable = readable && checkIsoDate(readable, context.now).valid ? readable : undefined;
    return [
      {
        span: field.valueSpan,
        message: `Invalid date: ${check.reason}${usable ? ` It reads as ${usable}.` : ''}`,
        fixes: usable ? [{ kind: 'edit', title: `Rewrite the date as ${usable}`, preferred: true, safe: true, edits: [{ span: field.valueSpan, newText: usable }] }] : [],
        details: usable ? { rewrite: usable } : undefined,
      },
    ];
  },
};
