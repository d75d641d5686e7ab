import { detectLanguage, groupOf, MIN_CONFIDENT_LENGTH } from '../language/detectLanguage';
import { fieldOf } from '../model';
import type { Finding, Rule } from './rule';

export const mixedLanguage: Rule = {
  id: 'mixed-language',
  defaultSeverity: 'info',
  summary: 'A long passage confidently in another language than the seed.',
  check(context) {
    const { parsed, language } = context.seed;
    const seedLang = fieldOf(parsed.header, 'lang')?.value.trim().toLowerCase().split('-')[0] || (language.confident ? language.lang : undefined);
    if (!seedLang) return [];
    const findings: Finding[] = [];
    for (const passage of parsed.passages) {
      if (passage.text.length < MIN_CONFIDENT_LENGTH) continue;
      const detected = detectLanguage(passage.text, context.config.languages);
      if (!detected.confident || !detected.lang || groupOf(detected.lang) === groupOf(seedLang === 'no' ? 'nb' : seedLang)) continue;
      findings.push({
        span: passage.span,
        message: `This passage reads as "${detected.lang}", not "${seedLang}" like the rest of the seed.`,
        details: { detected: detected.lang },
      });
    }
    return findings;
  },
};
