import type { CorpusConfig } from './config/config';
import type { IndexInput, SeedInfo } from './corpus/corpusIndex';
import { findTextDates, type TextDate } from './dates/textDates';
import { detectLanguage, type DetectedLanguage } from './language/detectLanguage';
import { fieldOf, headerDate, type ParsedSeed } from './model';
import { parseSeed } from './parse/parseSeed';
import { isBoilerplateLine } from './rules/boilerplatePhrases';

/** A parsed seed plus what is costly to compute and used by several rules. */
export interface AnalysedSeed {
  parsed: ParsedSeed;
  readonly language: DetectedLanguage;
  textDates: TextDate[];
  /** The passages' text, chrome left out: what language detection and word counts read. */
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
      return (language ??= detectLanguage(bodyText, config.languages));
    },
    textDates: findTextDates(parsed.text.slice(parsed.header.span.end)).map((date) => ({
      ...date,
      start: date.start + parsed.header.span.end,
      end: date.end + parsed.header.span.end,
    })),
    bodyText,
  };
}

/** What the corpus index keeps of a seed. */
export function indexInputOf(seed: AnalysedSeed, uri: string, path: string, config: CorpusConfig): IndexInput {
  const { parsed } = seed;
  const header = parsed.header;
  const info: SeedInfo = {
    uri,
    path,
    title: parsed.title?.text,
    date: headerDate(header),
    lang: fieldOf(header, 'lang')?.value || (seed.language.confident ? seed.language.lang : undefined),
    declares: { frontMatter: header.kind === 'front-matter', title: parsed.title?.from === 'header' },
  };
  const lines = parsed.lines;
  const passages = parsed.passages.map((passage) => ({
    key: passage.key,
    words: passage.words,
    range: lines.range(passage.span.start, passage.span.end),
    isTitle: passage.isTitle,
    isBoilerplate: isBoilerplateLine(passage.text, config),
  }));
  return { info, passages };
}
