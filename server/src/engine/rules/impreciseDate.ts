import { agrees, checkIsoDate } from '../dates/isoDate';
import { fieldOf } from '../model';
import { dateCandidates } from './dateCandidates';
import type { CorpusRule } from './rule';

export const impreciseDate: CorpusRule<'imprecise-date'> = {
  id: 'imprecise-date',
  defaultSeverity: 'info',
  crossSeed: true,
  summary: 'A date of year or month precision only.',
  check(context) {
    const field = fieldOf(context.seed.parsed.header, 'date');
    if (!field) return [];
    const check = checkIsoDate(field.value, context.now);
    if (!check.valid || (check.precision !== 'year' && check.precision !== 'month')) return [];
    const fuller = dateCandidates(context).filter((candidate) => agrees(check.value, candidate.value));
    return [
      {
        span: field.valueSpan,
        message: `The date ${check.value} gives only the ${check.precision}.${fuller.length > 0 ? ` The ${fuller[0].from} says ${fuller[0].value}.` : ''}`,
        fixes: fuller.map((candidate, i) => ({
          kind: 'edit',
          title: `Complete the date as ${candidate.value} (from ${candidate.from})`,
          preferred: i === 0,
          edits: [{ span: field.valueSpan, newText: candidate.value }],
        })),
        details: { candidates: fuller },
      },
    ];
  },
};
