import { lackedFields, type CorpusWideRule } from './corpus/corpusWide';
import type { CorpusConfig } from './config/config';
import type { IndexInput, SeedInfo } from './corpus/corpusIndex';
import { packPassages, type LookupKeys, type PackedPassages } from './corpus/packedPassages';
import { shingleSet } from './fingerprint/shingles';
import { hasLetter, hash53, numberMaskKey } from './text/normalize';
import { findTextDates, type TextDate } from './dates/textDates';
import { detectLanguage, type DetectedLanguage } from './language/detectLanguage';
import { proseOf } from './language/machineLines';
import { fieldOf, headerDate, type ParsedSeed, type Passage } from './model';
import { parseSeed } from './parse/parseSeed';
import { isBoilerplateLine } from './parse/boilerplatePhrases';
import { sentenceKeys } from './text/sentences';

/** A parsed seed plus what is costly to compute and used by several rules. */
export interface AnalysedSeed {
  parsed: ParsedSeed;
  readonly language: DetectedLanguage;
  /** Dates written in the body; worked out when a rule first asks (a digest never does). */
  readonly textDates: TextDate[];
  /** The passages' text, chrome left out: what word counts read. */
  bodyText: string;
  /** The passages a reader reads, machine lines left out (see `proseOf`): what language is detected on. */
  readonly prose: Passage[];
}

/** `knownLanguage`: the language of a text this one differs from only by safe fixes, which change no language. */
export function analyseSeed(text: string, config: CorpusConfig, knownLanguage?: DetectedLanguage): AnalysedSeed {
  const parsed = parseSeed(text);
  const bodyText = parsed.passages.map((passage) => passage.text).join('\n');
  let language = knownLanguage;
  let textDates: TextDate[] | undefined;
  let prose: Passage[] | undefined;
  return {
    parsed,
    // franc is the costliest step: a seed re-checked only for what other seeds changed never needs it.
    get language() {
      return (language ??= detectLanguage(this.prose.map((passage) => passage.text).join('\n'), config.languages));
    },
    get prose() {
      return (prose ??= proseOf(parsed.passages));
    },
    get textDates() {
      return (textDates ??= findTextDates(parsed.text.slice(parsed.header.span.end)).map((date) => ({
        ...date,
        start: date.start + parsed.header.span.end,
        end: date.end + parsed.header.span.end,
      })));
    },
    bodyText,
  };
}

/**
 * What the corpus needs of a seed, worked out once where the seed is read: plain data (numbers,
 * strings, typed arrays) that a worker thread can send and a cache can keep, so that the index
 * never reads words and the language is never detected twice.
 */
export interface SeedDigest {
  /** `hash53` of the text analysed: a file read again is the same seed only if this agrees. */
  textHash: number;
  language: DetectedLanguage;
  info: Omit<SeedInfo, 'uri' | 'path'>;
  /** Its passages as the index keeps them, with the keys its quotes are looked up by. */
  passages: PackedPassages;
  /** For each quote of the seed, the keys of its paragraphs, to find where it was quoted from. */
  quotes: LookupKeys[][];
  /** The header fields it lacks that the corpus counts (see `corpus/corpusWide.ts`). */
  lacked: CorpusWideRule[];
}

/**
 * What checking a seed needs of the digest the index was given, once the index holds its passages:
 * what a whole-corpus run keeps of each seed between indexing and checking (at 100,000 seeds the
 * full digests, shingle sets and all, would not fit beside the index).
 */
export type CheckKeys = Pick<SeedDigest, 'textHash' | 'language' | 'quotes'>;

export function checkKeysOf({ textHash, language, quotes }: SeedDigest): CheckKeys {
  return { textHash, language, quotes };
}

export function digestOf(seed: AnalysedSeed, config: CorpusConfig): SeedDigest {
  const { parsed } = seed;
  const header = parsed.header;
  const lines = parsed.lines;
  const minWords = config.duplicates.minWords;
  const sentences = paragraphSentences(parsed, minWords);
  const quotes = quoteKeysOf(parsed);
  return {
    textHash: hashOfSeedText(parsed.text, parsed.hasBom),
    language: seed.language,
    info: {
      title: parsed.title?.text,
      date: headerDate(header),
      lang: fieldOf(header, 'lang')?.value || (seed.language.confident ? seed.language.lang : undefined),
      declares: { frontMatter: header.kind === 'front-matter', title: parsed.title?.from === 'header' },
    },
    lacked: lackedFields(parsed),
    passages: packPassages(
      parsed.passages.map((passage) => {
        const isBoilerplate = isBoilerplateLine(passage.text, config);
        const compared = !isBoilerplate && passage.words.length >= minWords;
        return {
          key: passage.key,
          wordCount: passage.words.length,
          hasLetter: passage.words.some(hasLetter),
          numberMaskKey: compared ? numberMaskKey(passage.words) : 0,
          shingles: compared ? shingleSet(passage.words) : NO_SHINGLES,
          range: lines.range(passage.span.start, passage.span.end),
          isTitle: passage.isTitle,
          isBoilerplate,
          sentenceKeys: sentences.get(passage) ?? [],
        };
      }),
      quotes,
      minWords,
    ),
    quotes,
  };
}

/** For each quote of a seed, the keys of its paragraphs, by which the index finds where it was quoted from. */
export function quoteKeysOf(parsed: ParsedSeed): LookupKeys[][] {
  return parsed.quotes.map((quote) =>
    quote.passages.map((passage) => ({ key: passage.key, shingles: shingleSet(passage.words), numberMaskKey: numberMaskKey(passage.words), sentenceKeys: sentenceKeys(passage.text) })),
  );
}

const NO_SHINGLES = new Uint32Array(0);

/** The `textHash` a digest of this text has (see `SeedDigest`). */
export function textHashOf(text: string): number {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  return hashOfSeedText(hasBom ? text.slice(1) : text, hasBom);
}

/** The text as the parser keeps it (the BOM set aside) and whether it had one: both make the seed. */
function hashOfSeedText(textWithoutBom: string, hasBom: boolean): number {
  return hash53(textWithoutBom, hasBom ? 1 : 0);
}

/** What the corpus index keeps of a seed. */
export function indexInputOf(digest: SeedDigest, uri: string, path: string): IndexInput {
  return { info: { uri, path, ...digest.info }, passages: digest.passages };
}

/**
 * The sentence keys of each paragraph, given to its first passage long enough to be indexed: a
 * sentence may run over two of a paragraph's passages (a hard-wrapped line that ends on a name).
 */
function paragraphSentences(parsed: ParsedSeed, minWords: number): Map<Passage, number[]> {
  const sentences = new Map<Passage, number[]>();
  let next = 0;
  for (const block of parsed.blocks) {
    if (block.kind !== 'paragraph') continue;
    while (next < parsed.passages.length && parsed.passages[next].span.start < block.span.start) next++;
    let holder: Passage | undefined;
    for (let i = next; i < parsed.passages.length && parsed.passages[i].span.start < block.span.end; i++) {
      if (!parsed.passages[i].isTitle && parsed.passages[i].words.length >= minWords) {
        holder = parsed.passages[i];
        break;
      }
    }
    if (holder) sentences.set(holder, sentenceKeys(parsed.text.slice(block.span.start, block.span.end)));
  }
  return sentences;
}
