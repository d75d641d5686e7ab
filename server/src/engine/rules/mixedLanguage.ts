import { detectLanguage, groupOf, MIN_CONFIDENT_LENGTH, primaryLanguage } from '../language/detectLanguage';
import { passagesUnlikeTheirSeed } from '../language/passagesUnlikeTheirSeed';
import { fieldOf, type Passage } from '../model';
import type { Finding, SeedRule } from './rule';

/**
 * One paragraph is little text, and names or quotes sway franc: the seed's own language must
 * trail the passage's by this much in franc's normalised score before the passage counts as mixed.
 */
const PASSAGE_MARGIN = 0.1;
/** Team sheets and lists of names are in no language: a passage mostly of capitalised words is left alone. */
const MAX_CAPITALISED_SHARE = 0.4;

function capitalisedShare(text: string): number {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / Math.max(1, words.length);
}

const isLongEnough = (passage: Passage) => passage.text.length >= MIN_CONFIDENT_LENGTH;
const isMostlyNames = (passage: Passage) => capitalisedShare(passage.text) > MAX_CAPITALISED_SHARE;

export const mixedLanguage: SeedRule<'mixed-language'> = {
  id: 'mixed-language',
  defaultSeverity: 'info',
  summary: 'A long passage confidently in another language than the seed.',
  check(context) {
    const { parsed, language, prose } = context.seed;
    const declared = fieldOf(parsed.header, 'lang')?.value.trim();
    // The text's own language where it is clear: a wrong header is language-mismatch's finding, not every passage's.
    const seedLang = language.confident && language.lang ? language.lang : declared ? primaryLanguage(declared) : undefined;
    if (!seedLang) return [];
    if (!prose.some(isLongEnough)) return [];
    const seedGroup = groupOf(seedLang);
    // Where the text itself reads as the seed's language, a passage like the rest of it reads so too and needs no franc.
    const textIsSeedLanguage = language.confident && language.lang !== undefined && groupOf(language.lang) === seedGroup;
    const suspects = textIsSeedLanguage ? passagesUnlikeTheirSeed(prose, isLongEnough) : prose.filter(isLongEnough);
    const findings: Finding<'mixed-language'>[] = [];
    for (const passage of suspects) {
      if (isMostlyNames(passage)) continue;
      const detected = detectLanguage(passage.text, context.config.languages);
      if (!detected.confident || !detected.lang || groupOf(detected.lang) === seedGroup) continue;
      const seedScore = Math.max(0, ...detected.candidates.filter((c) => groupOf(c.lang) === seedGroup).map((c) => c.score));
      if (seedScore > 1 - PASSAGE_MARGIN) continue;
      findings.push({
        span: passage.span,
        message: `This passage reads as "${detected.lang}", not "${seedLang}" like the rest of the seed.`,
        details: { detected: detected.lang },
      });
    }
    return findings;
  },
};
