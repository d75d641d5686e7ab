import { DEFAULT_LANGUAGES } from '../../protocol/configFile';
import { hash53 } from '../text/normalize';
import { BoundedMemo } from './boundedMemo';
import { languageSample } from './languageSample';
import { rankLanguages } from './rankLanguages';
import { voteNordic } from './nordicMarkers';

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
 * within the Norwegian–Danish group the vote of marker words decides (see nordicMarkers).
 */
const GROUP_OF: Record<string, string> = { nb: 'nordic-west', nn: 'nordic-west', da: 'nordic-west', en: 'en' };

/** Shortest text on which an answer can be confident. */
export const MIN_CONFIDENT_LENGTH = 200;
/** How far the best group must lead every other group in franc's normalised scores. */
const GROUP_MARGIN = 0.01;
/** Counting marker words costs little next to franc, and more text makes their vote clearer. */
const MARKER_SAMPLE_LENGTH = 4096;
/**
 * Answers remembered by text: a seed re-checked because another seed changed, a seed
 * syndicated into several files, and the passages a keystroke left alone need no new run of
 * franc (the costliest step of a check). Enough for the seeds and passages being edited; the
 * least recently used go first.
 */
const MEMO_CAPACITY = 20_000;
const answers = new BoundedMemo<string, DetectedLanguage>(MEMO_CAPACITY);

export interface LanguageGuess {
  lang: string;
  score: number;
}

export interface DetectedLanguage {
  lang?: string;
  /** The language group is clear: rules may report on it. */
  confident: boolean;
  /** Confident, and the language within its group is clear too: a fix may set it unasked. */
  settled: boolean;
  candidates: LanguageGuess[];
}

/** The language of a text among `languages`, decided on a sample of it (see languageSample). */
export function detectLanguage(text: string, languages: readonly string[]): DetectedLanguage {
  return answers.getOrCompute(`${languages.join(',')}:${hash53(text)}`, () => detectUnremembered(text, languages));
}

function detectUnremembered(text: string, languages: readonly string[]): DetectedLanguage {
  const sample = languageSample(text);
  const ranked = rankLanguages(sample, francCodes(languages), 20);
  if (ranked[0][0] === 'und') return { confident: false, settled: false, candidates: [] };
  const candidates = mergeCandidates(ranked);
  const group = groupOf(candidates[0].lang);
  const bestOutside = candidates.find((c) => groupOf(c.lang) !== group);
  const confident = sample.length >= MIN_CONFIDENT_LENGTH && (!bestOutside || candidates[0].score - bestOutside.score >= GROUP_MARGIN);
  if (group !== 'nordic-west') return { lang: candidates[0].lang, confident, settled: confident, candidates: candidates.slice(0, 5) };
  const allowed = candidates.map((c) => c.lang);
  const vote = voteNordic(languageSample(text, MARKER_SAMPLE_LENGTH), allowed);
  return { lang: vote?.lang ?? candidates[0].lang, confident, settled: confident && vote?.clear === true, candidates: candidates.slice(0, 5) };
}

/**
 * franc's codes for the configured tags (`nb-NO` reads as `nb`). franc reads ~190 languages
 * unless restricted, at several times the cost and with answers no tag names: a list that names
 * none it knows means the default list.
 */
function francCodes(languages: readonly string[]): string[] {
  const known = (tags: readonly string[]) => tags.map((tag) => ISO639_3[primaryLanguage(tag)]).filter((code): code is string => code !== undefined);
  const codes = known(languages);
  const only = codes.length > 0 ? codes : known(DEFAULT_LANGUAGES);
  return only.includes('eng') ? [...only, 'sco'] : only;
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
