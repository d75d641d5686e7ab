import type { CorpusConfig } from './config/config';
import type { IndexInput, SeedInfo } from './corpus/corpusIndex';
import { findTextDates, type TextDate } from './dates/textDates';
import { detectLanguage, type DetectedLanguage } from './language/detectLanguage';
import { proseOf } from './language/machineLines';
import { fieldOf, type ParsedSeed } from './model';
import { parseSeed } from './parse/parseSeed';
import { hash53 } from './text/normalize';

/** A parsed seed plus what is costly to compute and used by several rules. */
export interface AnalysedSeed {
  parsed: ParsedSeed;
  readonly language: DetectedLanguage;
  textDates: TextDate[];
  /** The passages' text, chrome left out: what word counts read. */
  bodyText: string;
}

export function analyseSeed(text: string, config: CorpusConfig): AnalysedSeed {
  const parsed = parseSeed(text);
  const bodyText = parsed.passages.map((passage) => passage.text).join('\n');
  let language: DetectedLanguage | undefined;
  return {
    parsed,
    // franc is the costliest step: a seed re-checked only for what other seeds changed never needs it.
    get language() {
      return (language ??= detectLanguage(proseOf(parsed.passages).map((passage) => passage.text).join('\n'), config.languages));
    },
    textDates: findTextDates(parsed.text.slice(parsed.header.span.end)).map((date) => ({
      ...date,
      start: date.start + parsed.header.span.end,
      end: date.end + parsed.header.span.end,
    })),
    bodyText,
  };
}

/**
 * Short lines are compared as written, digits included: "1600 GMT" and "2000 GMT" are a kick-off
 * time each, not one repeated line of chrome.
 */
export function shortLineKey(text: string): number {
  return hash53(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** What the corpus index keeps of a seed. */
export function indexInputOf(seed: AnalysedSeed, uri: string, path: string, minWords: number): IndexInput {
  const { parsed } = seed;
  const header = parsed.header;
  const info: SeedInfo = {
    uri,
    path,
    title: parsed.title?.text,
    date: fieldOf(header, 'date')?.value || undefined,
    lang: fieldOf(header, 'lang')?.value || (seed.language.confident ? seed.language.lang : undefined),
  };
  const lines = parsed.lines;
  const passages = parsed.passages.map((passage) => ({
    key: passage.key,
    words: passage.words,
    range: lines.range(passage.span.start, passage.span.end),
    isTitle: passage.isTitle,
  }));
  const shortLineKeys = parsed.passages.filter((p) => !p.isTitle && p.words.length < minWords && /\p{L}/u.test(p.text)).map((p) => shortLineKey(p.text));
  return { info, passages, shortLineKeys };
}
