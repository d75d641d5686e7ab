import { hash53OfWords, matchWords } from './normalize';

/** Sentences shorter than this are too common ("Thanks for the tip.") to say where a quote comes from. */
export const MIN_SENTENCE_WORDS = 6;

const SENTENCE_BREAK = /(?<=[.!?…])["”»')]*\s+(?=["“«(]?[\p{Lu}\d])/u;
const QUOTE_MARKS = /^[ \t]*(?:\|?>[ \t]?)+/gm;

/**
 * Keys of a text's sentences of MIN_SENTENCE_WORDS words or more, quote marks and line breaks read
 * past: a quote that takes two sentences out of a paragraph is found by them, where the
 * paragraph's own key and its near-duplicate signature would not match.
 */
export function sentenceKeys(text: string): number[] {
  // Looking for quote marks at each line start costs more than knowing there is no `>` at all.
  return (text.includes('>') ? text.replace(QUOTE_MARKS, '') : text)
    .split(SENTENCE_BREAK)
    .map(matchWords)
    .filter((words) => words.length >= MIN_SENTENCE_WORDS)
    .map(hash53OfWords);
}
