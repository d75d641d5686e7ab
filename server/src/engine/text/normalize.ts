/**
 * Vulgar fractions (½, ⅓): NFKC spells them `1⁄2`, which would fuse with a whole number before
 * them ("1½" would read "11⁄2", eleven halves), so each is set apart first ("1 1/2").
 */
const VULGAR_FRACTION = /[\u00BC-\u00BE\u2150-\u215F\u2189]/gu;
/** Superscripts after a digit are a power: NFKC would turn "10²" into "102", so they become "10^2". */
const POWER = /(?<=\p{N})[\u00B2\u00B3\u00B9\u2070\u2074-\u207B]+/gu;
/**
 * A word: letters, marks and digits; inside a number the separators that change its value stay
 * ("1.5", "1,5", "12:03", "1/3", "3-2", "10^2", "5'11"), as does a sign or point before it ("-5", ".5").
 * Any other punctuation separates words.
 */
const WORD = /(?:(?<![\p{L}\p{M}\p{N}])[-+.\u2010-\u2015\u2212](?=\p{N}))?[\p{L}\p{M}\p{N}]+(?:(?<=\p{N})[-.,:/'^\u2010-\u2015\u2019\u2044\u2215\u2212](?=\p{N})[\p{L}\p{M}\p{N}]+)*/gu;
/** One spelling per separator: dashes and the minus sign, fraction and division slashes, apostrophes. */
const DASHES = /[\u2010-\u2015\u2212]/gu;
const SLASHES = /[\u2044\u2215]/gu;
const APOSTROPHES = /\u2019/gu;

/**
 * Normal forms for matching passages: Unicode (NFKC), case, whitespace and punctuation do not make
 * two passages different, but every number does. "Gm 2: Team 5" and "Gm 1: Team 3", "½ cup" and
 * "1/3 cup", "12:03" and "12:04" are different text; so are "7.000", "7 000" and "7000", which
 * are the same number only in some languages ("7.000" is seven in English), and are compared as
 * written rather than risk equating two different numbers.
 */
export function matchWords(text: string): string[] {
  // Every step but the lower-casing changes only characters past ASCII, and most lines have none:
  // they skip the steps that cost most of parsing.
  const normal = NON_ASCII.test(text) ? normalized(text) : text.toLowerCase();
  return normal.match(WORD) ?? [];
}

const NON_ASCII = /[^\x00-\x7F]/;

function normalized(text: string): string {
  return (
    text
      .replace(VULGAR_FRACTION, (fraction) => ` ${fraction}`)
      .replace(POWER, (power) => `^${power}`)
      .normalize('NFKC')
      .toLowerCase()
      // Once over the text rather than thrice per word: WORD joins words on these characters and
      // on what they become alike, so the words found are the same.
      .replace(DASHES, '-')
      .replace(SLASHES, '/')
      .replace(APOSTROPHES, "'")
  );
}

/**
 * The key of a passage's words with every number masked: two passages with the same mask and
 * different words differ only in numbers (two game results, two prices, two time stamps).
 */
export function numberMaskKey(words: readonly string[]): number {
  // hash53 of the words joined by spaces with each number as "#", fed character by character: no string is built.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    const masked = hasNumber(word);
    for (let i = w > 0 ? -1 : 0; i < (masked ? 1 : word.length); i++) {
      const ch = i < 0 ? SPACE : masked ? NUMBER_MASK : word.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finish53(h1, h2);
}

const SPACE = 0x20;
const NUMBER_MASK = 0x23; // '#'
const A_NUMBER = /\p{N}/u;
const A_LETTER = /\p{L}/u;

/** Whether a word holds a digit or other number (`\p{N}`): ASCII read by code, the rest by the regex. */
export function hasNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return A_NUMBER.test(word);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** Whether a word holds a letter (`\p{L}`): ASCII read by code, the rest by the regex. */
export function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return A_LETTER.test(word);
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return true;
  }
  return false;
}

/**
 * Words as a reader counts them: what READER_WORD matches, counted without listing them (it runs
 * over every seed's whole text).
 */
export function countWords(text: string): number {
  let count = 0;
  let index = 0;
  while (index < text.length) {
    if (!isLetterOrNumberAt(text, index)) {
      index++;
      continue;
    }
    index = afterLettersAndNumbers(text, index);
    while (isReaderJoiner(text.charCodeAt(index)) && isLetterOrNumberAt(text, index + 1)) index = afterLettersAndNumbers(text, index + 1);
    count++;
  }
  return count;
}

/** The words countWords counts (kept as the definition it is tested against). */
export const READER_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit below the surrogates: 0 not yet known, 1 no, 2 a letter or number. */
const letterOrNumberUnits = new Uint8Array(0xd800);

function isReaderJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d;
}

function afterLettersAndNumbers(text: string, index: number): number {
  // A letter past the BMP is two code units, a high surrogate first.
  while (index < text.length && isLetterOrNumberAt(text, index)) index += (text.charCodeAt(index) & 0xfc00) === 0xd800 ? 2 : 1;
  return index;
}

/** Whether the character (code point) at `index` is \p{L} or \p{N}; false past the end. */
function isLetterOrNumberAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0xd800) {
    let known = letterOrNumberUnits[code];
    if (known === 0) letterOrNumberUnits[code] = known = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 2 : 1;
    return known === 2;
  }
  // Past the end (NaN), a surrogate pair or a lone surrogate, or the rest of the BMP: rare enough for the regex.
  const point = text.codePointAt(index);
  return point !== undefined && LETTER_OR_NUMBER.test(String.fromCodePoint(point));
}

/** `hash53` of the words joined by spaces, without joining them. */
export function hash53OfWords(words: readonly string[]): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      h1 = Math.imul(h1 ^ SPACE, 2654435761);
      h2 = Math.imul(h2 ^ SPACE, 1597334677);
    }
    const word = words[w];
    for (let i = 0; i < word.length; i++) {
      const ch = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finish53(h1, h2);
}

/** cyrb53: a fast 53-bit string hash, so that a million passages have no practical collisions. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish53(h1, h2);
}

function finish53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 32-bit FNV-1a, for shingles, where a rare collision only blurs a similarity estimate. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 16777619;
