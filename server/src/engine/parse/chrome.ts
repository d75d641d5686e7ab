/**
 * Recognises lines of site chrome by their shape. The parser uses these to find where the article
 * starts; the rules report what they find.
 */

/** A caption word as a label: not inside a token such as `rec.photo:58419` or a URL. */
const CAPTION_LABEL = /(?<![\p{L}\p{N}._/-])(foto|photo|bilde|picture|image|illustrasjon|illustration)\s*:(?!\d)/iu;
const CAPTION_PATTERNS = [
  CAPTION_LABEL,
  /\/\s*(reuters|afp|ap|ntb|scanpix|epa|getty images|anadolu)\b/i,
  /\bntb\s+scanpix\b/i,
  /\((photo|foto|picture)\b[^)]*\)/i,
  /\b(getty images|shutterstock|ap photo|reuters\/[a-z]+)\b/i,
];

/**
 * A photo caption or credit. A line that opens with the label ("Photo: the night the northern
 * lights came") is a headline when what follows is no credit and it does not end a sentence:
 * captions credit a name ("Photo: Ken Ward") or describe the picture in a sentence.
 */
export function isCaptionLine(line: string): boolean {
  if (!CAPTION_PATTERNS.some((pattern) => pattern.test(line))) return false;
  const opening = new RegExp(`^\\s*${CAPTION_LABEL.source}\\s*(.*)$`, 'iu').exec(line);
  if (!opening) return true;
  const after = opening[2].trim();
  return isCredit(after) || /[.!]$/.test(after) || CAPTION_PATTERNS.slice(1).some((pattern) => pattern.test(after));
}

/** `Ken Ward`, `Per Olsen / NTB`, `Reuters`: a few capitalised names. */
function isCredit(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && words.length <= 5 && words.every((word) => /^[\p{Lu}©(]/u.test(word));
}

const NUMBERED_ITEM = /^\s*(\d{1,2}[.)]|[-*•·›»])\s+\S/;
const TRAIL_SEPARATOR = /\s(?:>|›|»|\/|\||•)\s/g;
const SECTION_WORDS = new Set([
  'home', 'news', 'nyheter', 'politics', 'politikk', 'world', 'verden', 'sport', 'business', 'economy', 'økonomi',
  'menu', 'meny', 'search', 'søk', 'share', 'del', 'innenriks', 'utenriks', 'opinion', 'meninger', 'culture',
  'kultur', 'tech', 'technology', 'science', 'health', 'europe', 'uk', 'us', 'live', 'video', 'skip to content',
  'hopp til hovedinnhold', 'scorecard', 'log in', 'logg inn', 'subscribe', 'abonner',
]);
/** Words of the buttons sites put under a title: "Jump to Recipe", "Print", "Del på Facebook". */
const BUTTON_WORDS = new Set([
  'jump', 'print', 'share', 'email', 'e-mail', 'save', 'comment', 'comments', 'tweet', 'pin', 'listen', 'follow',
  'subscribe', 'skip', 'del', 'skriv', 'lytt', 'kommentarer', 'kopier', 'facebook', 'twitter', 'whatsapp', 'linkedin',
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

/**
 * A trail of menu entries, however short: `News | Politics`. With one separator a headline could
 * pass for a trail ("Tidsreise til Bergen | Kinoguiden"), so every part must be a menu entry.
 */
export function isCrumbTrail(line: string): boolean {
  const parts = line.split(TRAIL_SEPARATOR);
  return parts.length >= 2 && parts.every((part) => isMenuEntry(part));
}

/** A menu on one line, its items numbered from 1: `1. Home 2. News 3. Europe`. */
export function isNumberedMenuLine(line: string): boolean {
  const items = line.trim().split(/(?:^|\s+)(\d{1,2})[.)]\s+/);
  // split keeps the numbers: ['', '1', 'Home', '2', 'News', …]
  if (items[0] !== '' || items.length < 5) return false;
  for (let i = 1; i < items.length; i += 2) {
    if (Number(items[i]) !== (i + 1) / 2 || items[i + 1].split(/\s+/).length > 4) return false;
  }
  return true;
}

/** One to three words, no sentence punctuation: the shape of a menu entry. */
export function isLabelShaped(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 30 && !/[.!?,;:]$/.test(text) && text.split(/\s+/).length <= 3;
}

/** Small words a menu entry may leave in lower case: "Jump to Recipe", "Del på Facebook". */
const JOINERS = new Set(['a', 'an', 'and', 'the', 'to', 'of', 'in', 'on', 'for', 'og', 'i', 'på', 'til', 'av', '&']);

/**
 * A menu entry: a known section, or one to three capitalised words (`Local News`, `Jump to
 * Recipe`), no punctuation inside. A short headline or subtitle is written as a sentence
 * ("Weekend buttermilk pancakes", "Actionfylt, men hul"), which tells it from the entries around it.
 */
export function isMenuEntry(line: string): boolean {
  const text = line.trim();
  if (!isLabelShaped(text)) return false;
  if (isSectionWord(text)) return true;
  if (/[,;:!?.]/.test(text)) return false;
  const words = text.split(/\s+/);
  return /^\p{Lu}/u.test(words[0]) && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || JOINERS.has(word));
}

export function isSectionWord(line: string): boolean {
  return SECTION_WORDS.has(line.trim().toLowerCase());
}

/** A line in capitals: `VALLEY COURIER`, but also a title such as `LG G5` or `GUNNAR HALVORSEN`. */
export function isCapitalised(line: string): boolean {
  const text = line.trim();
  return text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/**
 * A section label: `scorecard`, `Politics`, `NYHETER`. A label in capitals that is no known
 * section may as well be a title; the parser decides by what follows it.
 */
export function isSectionLabel(line: string): boolean {
  const text = line.trim();
  if (!isLabelShaped(text)) return false;
  return isSectionWord(text) || /^\p{Ll}/u.test(text) || isCapitalised(text);
}

/** A line of buttons or links, such as the ones under a title: "Jump to Recipe", "Print Recipe". */
export function isButtonLine(line: string): boolean {
  const text = line.trim();
  return isMenuEntry(text) && text.toLowerCase().split(/\s+/).some((word) => BUTTON_WORDS.has(word));
}

/** Any line that can only be navigation: a menu item, a trail, a one-line menu, a known section. */
export function isNavigationLine(line: string): boolean {
  return isMenuItem(line) || isBreadcrumbTrail(line) || isCrumbTrail(line) || isNumberedMenuLine(line) || isSectionWord(line);
}
