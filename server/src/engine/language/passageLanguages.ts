import { hash53 } from '../text/normalize';
import { detectLanguage, type DetectedLanguage } from './detectLanguage';

/** Enough for the passages of the seeds being edited and re-checked; the oldest answers go first. */
const CAPACITY = 20_000;

/**
 * Languages of single passages, remembered by passage: a keystroke changes one passage, and the
 * others of the seed need no new run of franc (the costliest step of a check).
 */
export class PassageLanguages {
  private readonly answers = new Map<string, DetectedLanguage>();

  detect(text: string, languages: readonly string[]): DetectedLanguage {
    const key = `${languages.join(',')}:${hash53(text)}`;
    const known = this.answers.get(key);
    if (known) return known;
    const detected = detectLanguage(text, languages);
    if (this.answers.size >= CAPACITY) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, detected);
    return detected;
  }
}
