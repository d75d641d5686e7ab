import { groupOf, primaryLanguage } from '../language/detectLanguage';
import { languageChoices } from '../language/languageChoices';
import { fieldOf } from '../model';
import type { SeedRule } from './rule';

export const languageMismatch: SeedRule<'language-mismatch'> = {
  id: 'language-mismatch',
  defaultSeverity: 'warning',
  summary: '`lang` disagrees with the confidently detected language.',
  check(context) {
    const field = fieldOf(context.seed.parsed.header, 'lang');
    const { language } = context.seed;
    const declared = field?.value.trim();
    if (!field || !declared || !language.confident || !language.lang) return [];
    const detected = language.lang;
    // Same group: the same language, or Bokmål, Nynorsk and Danish, too close to overrule a curator's choice among them.
    if (groupOf(primaryLanguage(declared)) === groupOf(detected)) return [];
    return [
      {
        span: field.valueSpan,
        message: `The header says "${declared}", but the text reads as "${detected}".`,
        fixes: languageChoices(language).map(({ lang, preferred }) => ({ kind: 'edit', title: `Set lang to ${lang}`, preferred, edits: [{ span: field.valueSpan, newText: lang }] })),
        details: { detected, candidates: language.candidates },
      },
    ];
  },
};
