import { groupOf, type DetectedLanguage } from './detectLanguage';

export interface LanguageChoice {
  lang: string;
  /** Safe to apply unasked: detection is settled on it. */
  preferred: boolean;
}

/**
 * The languages a fix may write into `lang`, best first: the detected one, preferred only when
 * detection is settled on it, and the runner-up of its group (Bokmål, Nynorsk or Danish behind
 * another of them), which a close call between them makes worth one click. None when detection
 * is not confident.
 */
export function languageChoices(language: DetectedLanguage): LanguageChoice[] {
  const best = language.lang;
  if (!language.confident || !best) return [];
  const runnerUp = language.candidates.find((c) => c.lang !== best && groupOf(c.lang) === groupOf(best));
  const choices = [{ lang: best, preferred: language.settled }];
  return runnerUp ? [...choices, { lang: runnerUp.lang, preferred: false }] : choices;
}
