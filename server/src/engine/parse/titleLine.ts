import type { Span, TitlePart } from '../model';

/** A title line read apart: the kicker before the headline, the sections and site after it. Offsets are into the line. */
export interface TitleLine {
  headline: Span;
  kicker?: TitlePart;
  suffix?: { sections: TitlePart[]; site: TitlePart };
}

/** A label fused to the title without a space, as scrapers join two elements: `Anmeldelse:«Risen»`, `TEST:Philips`. */
const FUSED_KICKER = /^(\p{Lu}[\p{L}-]{1,29}):(?=[\p{L}«"“‘'(])/u;
/** A label and a space: a kicker only when it names a kind of article (`Review: …`, `Filmanmeldelse: …`). */
const SPACED_KICKER = /^((?:\p{L}+ )?\p{L}+):[ \t]+(?=\S)/u;
/** Kinds of article a label names; the first group also ends compounds (`Konsertanmeldelse`, `Boganmeldelse`). */
const KIND_OF_ARTICLE = /(?:anmeldelse|anmeldelser|anmeldelsen|melding|omtale|kritikk)$|^(?:(?:\p{L}+ )?review|test|kommentar|analyse|leder|debatt|kronikk|intervju|interview|reportasje|portrett|essay|opinion|editorial|preview)$/iu;
/** Reply and forward prefixes look like fused labels but belong to the subject. */
const REPLY_PREFIX = /^(?:re|sv|aw|fw|fwd|vs)$/i;

const SUFFIX_SEPARATOR = ' | ';
const MAX_SUFFIX_PARTS = 3;
const MAX_SUFFIX_WORDS = 4;

/** Reads a title line (trimmed) into its headline and the labels fused around it. */
export function readTitleLine(text: string): TitleLine {
  const kicker = readKicker(text);
  const headlineStart = kicker ? kicker.span.end : 0;
  const suffix = readSuffix(text, headlineStart);
  const headlineEnd = suffix ? (suffix.sections[0] ?? suffix.site).span.start - SUFFIX_SEPARATOR.length : text.length;
  return { headline: { start: headlineStart, end: headlineEnd }, kicker, suffix };
}

function readKicker(text: string): TitlePart | undefined {
  const fused = FUSED_KICKER.exec(text);
  const spaced = fused ? undefined : SPACED_KICKER.exec(text);
  const match = fused ?? (spaced && KIND_OF_ARTICLE.test(spaced[1]) ? spaced : undefined);
  if (!match || REPLY_PREFIX.test(match[1]) || match[0].length >= text.length) return undefined;
  return { text: match[1], span: { start: 0, end: match[0].length } };
}

/** `Headline | Section | Site`: up to three short parts after the headline, the last the site. */
function readSuffix(text: string, from: number): TitleLine['suffix'] {
  const parts: TitlePart[] = [];
  let end = text.length;
  while (parts.length < MAX_SUFFIX_PARTS) {
    const at = text.lastIndexOf(SUFFIX_SEPARATOR, end - SUFFIX_SEPARATOR.length);
    if (at <= from) break;
    const start = at + SUFFIX_SEPARATOR.length;
    const part = text.slice(start, end).trim();
    if (part.length === 0 || part.split(/\s+/).length > MAX_SUFFIX_WORDS) break;
    parts.unshift({ text: part, span: { start, end } });
    end = at;
  }
  if (parts.length === 0 || text.slice(from, end).trim().length === 0) return undefined;
  return { sections: parts.slice(0, -1), site: parts[parts.length - 1] };
}
