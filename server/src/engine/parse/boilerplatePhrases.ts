import type { CorpusConfig } from '../config/config';

/** Whole lines of site chrome that scrapers keep, in English and Norwegian. */
export const PHRASES: RegExp[] = [
  /^advertisement$/i,
  /^annonse$/i,
  /^reklame$/i,
  /^leave a (reply|comment)$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^read more( articles)?( on)?\b.{0,40}$/i,
  /^les (også|mer)(?!\p{L}).{0,60}$/iu,
  /^(share|del) (this|denne) (article|artikkelen|saken)$/i,
  /^(sign up|subscribe) (for|to) our newsletter\b/i,
  /^click here to (subscribe|read more)\b/i,
  /^(related|relaterte) (articles|stories|saker)$/i,
  /^(følg oss|tips oss)(?!\p{L}).{0,40}$/iu,
  /^(skip to (main )?content|hopp til innhold)$/i,
  // A section label fused with a reading time: "Politics2 min read".
  /^[\p{L} &]{0,30}\d+\s*min(ute)?s?\s+read$/iu,
  /^\d+\s*min(ute)?s?\s+(read|lesetid)$/i,
];

/**
 * PHRASES as one regular expression per set of flags (`u` reads by code point, so that `.` takes a
 * whole emoji), each an alternation of its phrases: every line of every seed is tested, and one
 * test costs less than sixteen.
 */
const PHRASES_BY_FLAGS = [...new Set(PHRASES.map((pattern) => pattern.flags))].map(
  (flags) => new RegExp(PHRASES.filter((pattern) => pattern.flags === flags).map((pattern) => `(?:${pattern.source})`).join('|'), flags),
);

/** A line of the built-in phrases: what the parser can tell without a corpus's config. */
export function isKnownBoilerplate(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 120 && PHRASES_BY_FLAGS.some((pattern) => pattern.test(text));
}

/** A line of the built-in phrases or of the corpus's own `boilerplate.phrases`. */
export function isBoilerplateLine(line: string, config: CorpusConfig): boolean {
  const lower = line.trim().toLowerCase();
  return isKnownBoilerplate(line) || (lower.length > 0 && config.boilerplate.phrases.some((phrase) => lower === phrase.toLowerCase()));
}
