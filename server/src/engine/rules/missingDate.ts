import { setHeaderField } from '../headerEdits';
import { fieldOf, type ParsedSeed } from '../model';
import { dateCandidates } from './dateCandidates';
import type { Fix, CorpusRule } from './rule';
import { headerSpanForReport } from './reportSpans';

/** No date in the header, or an empty one: also what `engine/corpus/corpusWide.ts` counts. */
export function lacksDate(parsed: ParsedSeed): boolean {
  return !fieldOf(parsed.header, 'date')?.value.trim();
}

export const missingDate: CorpusRule<'missing-date'> = {
  id: 'missing-date',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'No date in the header.',
  check(context) {
    const { parsed } = context.seed;
    if (!lacksDate(parsed)) return [];
    const candidates = dateCandidates(context);
    const fixes: Fix[] = candidates.map((candidate, i) => ({
      kind: 'edit',
      title: `Insert date: ${candidate.value} (from ${candidate.from})`,
      preferred: i === 0,
      edits: [setHeaderField(parsed, 'date', candidate.value)],
    }));
    fixes.push({ kind: 'edit', title: 'Insert an empty date', edits: [setHeaderField(parsed, 'date', '')] });
    const hint = candidates.length > 0 ? ` It could be ${candidates[0].value} (from ${candidates[0].from}).` : '';
    return [{ span: headerSpanForReport(parsed), message: `This seed has no date.${hint}`, fixes, details: { candidates } }];
  },
};
