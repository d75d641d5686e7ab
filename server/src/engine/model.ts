import { readMailDate } from './dates/mailDate';
import type { LineMap } from './text/lineMap';

/** Half-open offsets into a seed's text (without its BOM). */
export interface Span {
  start: number;
  end: number;
}

export interface HeaderField {
  key: string;
  /** The value as text; objects and lists are shown as YAML. */
  value: string;
  /** True when the YAML value is a string, number or boolean. */
  scalar: boolean;
  keySpan: Span;
  valueSpan: Span;
  /** The whole `key: value` entry. */
  span: Span;
}

export interface HeaderProblem {
  kind: 'unclosed' | 'yaml' | 'duplicate-key' | 'non-scalar';
  message: string;
  span: Span;
  key?: string;
}

export interface Header {
  /** Front matter, `key value` lines written before it, or a mail/news/HTTP header block. */
  kind: 'front-matter' | 'legacy' | 'mail' | 'none';
  /** From the first byte of the header to the start of the body. */
  span: Span;
  fields: HeaderField[];
  problems: HeaderProblem[];
  /** A legacy value fused with body text on one line, such as ` date 2020-08 Meldingen ...`. */
  fused?: { field: HeaderField; bodyStart: number; lineSpan: Span };
}

export type ChromeKind = 'navigation' | 'caption';

/**
 * Site chrome around the title: menus, breadcrumbs, section labels and photo captions before it,
 * and menus and buttons right under a first-line title.
 */
export interface LeadChrome {
  kind: ChromeKind;
  span: Span;
  lines: number[];
  where: 'before-title' | 'under-title';
}

/** A piece of a title line as written, such as a kicker or a site name. */
export interface TitlePart {
  text: string;
  span: Span;
}

export interface Title {
  /** The title as metadata: without a kicker or a site suffix fused to a first-line title. */
  text: string;
  /** Where the title is written, kicker and suffix included: the span of its passage and outline entry. */
  span: Span;
  from: 'header' | 'first-line';
  /** A section label fused before a first-line title: `Anmeldelse:` in `Anmeldelse:«Risen»`. */
  kicker?: TitlePart;
  /** Sections and the site after a first-line title: `Regional`, `Valley Courier` in `Headline | Regional | Valley Courier`. */
  suffix?: { sections: TitlePart[]; site: TitlePart };
}

/** A byline block says who wrote the piece or when ("By Jane Smith", a dateline under the headline): it heads no section. */
export type BlockKind = 'paragraph' | 'subheading' | 'byline';

export type BodyChromeKind = 'share bar' | 'related links' | 'comments' | 'comment form' | 'footer' | 'signature' | 'boilerplate';

/** Site chrome in or after the article (share bars, related links, comment threads, footers, a signature): a block of whole lines. */
export interface BodyChrome {
  /** What the block holds, in the order found. */
  kinds: BodyChromeKind[];
  span: Span;
  firstLine: number;
  lastLine: number;
}

/** Lines quoted from another message (`> …`), with the line that introduces them ("… writes:") when there is one. */
export interface QuotedReply {
  span: Span;
  firstLine: number;
  lastLine: number;
  /** The quoted paragraphs, their `>` marks read past: how the quote is looked up in the corpus. */
  passages: Passage[];
}

/** A paragraph, subheading or byline of the body. */
export interface Block {
  kind: BlockKind;
  span: Span;
  firstLine: number;
  lastLine: number;
}

/**
 * A run of sentences read as one unit for duplicate detection: a line of a paragraph, or
 * hard-wrapped lines joined. Captions repeated twice in one paragraph are two passages.
 */
export interface Passage {
  span: Span;
  text: string;
  /** Normalised words (see matchWords). */
  words: string[];
  /** Hash of the normalised words: equal passages have equal keys. */
  key: number;
  line: number;
  /** The title counts as a passage too, so a repeated headline is found. */
  isTitle: boolean;
}

export interface ParsedSeed {
  text: string;
  hasBom: boolean;
  lines: LineMap;
  header: Header;
  lead: LeadChrome[];
  title?: Title;
  /** Offset where the body (after the header and lead chrome) begins. */
  bodyStart: number;
  blocks: Block[];
  /** The article's own text: the title and the body's passages, but not chrome and quotes. */
  passages: Passage[];
  bodyChrome: BodyChrome[];
  quotes: QuotedReply[];
}

export function fieldOf(header: Header, key: string): HeaderField | undefined {
  return header.fields.find((field) => field.key === key);
}

/**
 * The header's date as the rules and views read it: as written, but for a mail header's RFC 2822
 * `Date:`, which is read as its ISO day when it can be (converting it is the mail-header fix's job).
 */
export function headerDate(header: Header): string | undefined {
  const written = fieldOf(header, 'date')?.value.trim();
  if (!written) return undefined;
  return header.kind === 'mail' ? (readMailDate(written) ?? written) : written;
}
