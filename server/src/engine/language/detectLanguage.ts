import { francAll } from 'franc';

/** BCP 47 tags and the ISO 639-3 codes franc answers with. */
const ISO639_3: Record<string, string> = {
  nb: 'nob', nn: 'nno', da: 'dan', sv: 'swe', en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita',
  nl: 'nld', pt: 'por', fi: 'fin', pl: 'pol', ru: 'rus', is: 'isl', et: 'est', cs: 'ces', hu: 'hun',
};
const BCP47 = Object.fromEntries(Object.entries(ISO639_3).map(([tag, code]) => [code, tag]));
// franc answers Scots on many English articles: Scots counts as English.
BCP47.sco = 'en';

/**
 * Languages franc cannot tell apart reliably: a decision is only confident between groups, and
 * within the Norwegian–Danish group the vote of marker words decides.
 */
const GROUP_OF: Record<string, string> = { nb: 'nordic-west', nn: 'nordic-west', da: 'nordic-west', en: 'en' };

const MARKERS: Record<string, Set<string>> = {
  nb: new Set(['hva', 'etter', 'av', 'mye', 'nå', 'noen', 'ble', 'sier', 'mellom', 'seg', 'meg', 'deg', 'fikk', 'gjennom', 'å', 'hennes', 'ikke', 'jeg', 'fra', 'være', 'en', 'et', 'hvordan']),
  nn: new Set(['ikkje', 'eg', 'kva', 'ho', 'frå', 'berre', 'vere', 'mykje', 'nokon', 'vart', 'dei', 'seier', 'kjem', 'ein', 'eit', 'korleis', 'òg', 'sjølv', 'heile', 'fekk', 'å', 'etter', 'av', 'seg', 'meg']),
  da: new Set(['hvad', 'efter', 'af', 'meget', 'nu', 'nogen', 'blev', 'siger', 'mellem', 'sig', 'mig', 'dig', 'fik', 'gennem', 'at', 'hendes', 'ikke', 'jeg', 'fra', 'være', 'en', 'et', 'hvordan']),
};

/** Shortest text on which an answer can be confident. */
export const MIN_CONFIDENT_LENGTH = 200;
/** How far the best group must lead every other group in franc's normalised scores. */
const GROUP_MARGIN = 0.01;
/** franc's cost grows with length; a sample of this size decides as well as the whole text. */
const SAMPLE_LENGTH = 4000;

export interface LanguageGuess {
  lang: string;
  score: number;
}

export interface DetectedLanguage {
  lang?: string;
  confident: boolean;
  candidates: LanguageGuess[];
}

export function detectLanguage(text: string, languages: readonly string[]): DetectedLanguage {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const only = languages.map((tag) => ISO639_3[tag]).filter((code): code is string => code !== undefined);
  if (only.includes('eng')) only.push('sco');
  const ranked = francAll(sample, { only, minLength: 20 });
  if (ranked[0][0] === 'und') return { confident: false, candidates: [] };
  const candidates = mergeCandidates(ranked);
  let lang = candidates[0].lang;
  const group = groupOf(lang);
  const bestOutside = candidates.find((c) => groupOf(c.lang) !== group);
  const confident = sample.length >= MIN_CONFIDENT_LENGTH && (!bestOutside || candidates[0].score - bestOutside.score >= GROUP_MARGIN);
  if (group === 'nordic-west') lang = voteNordic(sample, candidates) ?? lang;
  return { lang, confident, candidates: candidates.slice(0, 5) };
}

export function groupOf(lang: string): string {
  return GROUP_OF[lang] ?? lang;
}

/** The language a declared BCP 47 tag names, as detection answers it: `nb-NO` → `nb`; `no` (Norwegian) → `nb`. */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return primary === 'no' ? 'nb' : primary;
}

function mergeCandidates(ranked: [string, number][]): LanguageGuess[] {
  const merged: LanguageGuess[] = [];
  for (const [code, score] of ranked) {
    const lang = BCP47[code];
    if (lang && !merged.some((c) => c.lang === lang)) merged.push({ lang, score });
  }
  return merged;
}

function voteNordic(text: string, candidates: LanguageGuess[]): string | undefined {
  const votes: Record<string, number> = { nb: 0, nn: 0, da: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of Object.keys(votes)) if (MARKERS[lang].has(word)) votes[lang]++;
  }
  const allowed = Object.keys(votes).filter((lang) => candidates.some((c) => c.lang === lang));
  const best = allowed.sort((a, b) => votes[b] - votes[a])[0];
  return best && votes[best] > 0 ? best : undefined;
}
