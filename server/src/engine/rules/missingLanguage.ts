import { setHeaderField } from '../headerEdits';
import { languageChoices } from '../language/languageChoices';
import { fieldOf } from '../model';
import type { SeedRule } from './rule';
import { headerSpanForReport } from './reportSpans';

export const missingLanguage: SeedRule<'missing-language'> = {
  id: 'missing-language',
  defaultSeverity: 'info',
  summary: 'No `lang` in the header.',
  check(context) {
    const { parsed, language } = context.seed;
    if (fieldOf(parsed.header, 'lang')?.value.trim() || parsed.passages.length === 0) return [];
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
