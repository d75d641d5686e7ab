import { groupOf, type DetectedLanguage } from './detectLanguage';

export interface LanguageChoice {
  lang: string;
  /** Safe to apply unasked: detection is settled on it. */
  preferred: boolean;
}

/** Languages offered by one finding: Bokmål, Nynorsk and Danish are the largest group of close relatives. */
const MAX_CHOICES = 3;

/**
 * The languages a fix may write into `lang`, best first: the detected one, preferred only when
 * detection is settled on it, then the other candidates of its group in the detector's order
 * (Bokmål, Nynorsk and Danish behind another of them), as a close call between them makes each
 * worth one click. None when detection is not confident.
 */
export function languageChoices(language: DetectedLanguage): LanguageChoice[] {
  const best = language.lang;
  if (!language.confident || !best) return [];
  const relatives = language.candidates.filter((c) => c.lang !== best && groupOf(c.lang) === groupOf(best)).map((c) => ({ lang: c.lang, preferred: false }));
  return [{ lang: best, preferred: language.settled }, ...relatives].slice(0, MAX_CHOICES);
}
