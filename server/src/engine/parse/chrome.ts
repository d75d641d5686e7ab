/**
 * Recognises lines of site chrome by their shape. The parser uses these to find where the article
 * starts; the rules report what they find.
 */

const CAPTION_PATTERNS = [
  /\b(foto|photo|bilde|picture|image|illustrasjon|illustration)\s*:/i,
  /\/\s*(reuters|afp|ap|ntb|scanpix|epa|getty images|anadolu)\b/i,
  /\bntb\s+scanpix\b/i,
  /\((photo|foto|picture)\b[^)]*\)/i,
  /\b(getty images|shutterstock|ap photo|reuters\/[a-z]+)\b/i,
];

export function isCaptionLine(line: string): boolean {
  return CAPTION_PATTERNS.some((pattern) => pattern.test(line));
}

const NUMBERED_ITEM = /^\s*(\d{1,2}[.)]|[-*•·›»])\s+\S/;
const TRAIL_SEPARATOR = /\s(?:>|›|»|\/|\||•)\s/g;
const SECTION_WORDS = new Set([
  'home', 'news', 'nyheter', 'politics', 'politikk', 'world', 'verden', 'sport', 'business', 'economy', 'økonomi',
  'menu', 'meny', 'search', 'søk', 'share', 'del', 'innenriks', 'utenriks', 'opinion', 'meninger', 'culture',
  'kultur', 'tech', 'technology', 'science', 'health', 'europe', 'uk', 'us', 'live', 'video', 'skip to content',
  'scorecard', 'log in', 'logg inn', 'subscribe', 'abonner',
]);

/** A numbered or bulleted menu item, such as `  1. Home`. */
export function isMenuItem(line: string): boolean {
  return NUMBERED_ITEM.test(line);
}

/** `Home > World > Europe`, `Nyheter | Utenriks`. */
export function isBreadcrumbTrail(line: string): boolean {
  const separators = line.match(TRAIL_SEPARATOR)?.length ?? 0;
  if (separators < 2) return false;
  return line.split(TRAIL_SEPARATOR).every((part) => part.trim().split(/\s+/).length <= 4);
}

/** One to three words, no sentence punctuation: the shape of a menu entry. */
export function isLabelShaped(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 30 && !/[.!?,;:]$/.test(text) && text.split(/\s+/).length <= 3;
}

/** A section label: `scorecard`, `Politics`, `NYHETER`. */
export function isSectionLabel(line: string): boolean {
  const text = line.trim();
  if (!isLabelShaped(text)) return false;
  return SECTION_WORDS.has(text.toLowerCase()) || /^\p{Ll}/u.test(text) || (text === text.toUpperCase() && /\p{Lu}/u.test(text));
}
