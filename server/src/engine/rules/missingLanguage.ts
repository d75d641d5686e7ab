import { setHeaderField } from '../headerEdits';
import { languageChoices } from '../language/languageChoices';
import { fieldOf, type ParsedSeed } from '../model';
import type { SeedRule } from './rule';
import { headerSpanForReport } from './reportSpans';

/** No `lang` in the header of a seed that has text: also what `engine/corpus/corpusWide.ts` counts. */
export function lacksLanguage(parsed: ParsedSeed): boolean {
  return !fieldOf(parsed.header, 'lang')?.value.trim() && parsed.passages.length > 0;
}

export const missingLanguage: SeedRule<'missing-language'> = {
  id: 'missing-language',
  defaultSeverity: 'info',
  summary: 'No `lang` in the header.',
  check(context) {
    const { parsed, language } = context.seed;
    if (!lacksLanguage(parsed)) return [];
    const choices = languageChoices(language);
    const detected = choices[0]?.lang;
    return [
      {
        span: headerSpanForReport(parsed),
        message: detected ? `This seed has no language; it reads as "${detected}".` : 'This seed has no language, and its text is too short or too mixed to tell.',
        fixes: choices.map(({ lang, preferred }) => ({ kind: 'edit', title: `Insert lang: ${lang}`, preferred, edits: [setHeaderField(parsed, 'lang', lang)] })),
        details: { detected, candidates: language.candidates },
      },
    ];
  },
};
