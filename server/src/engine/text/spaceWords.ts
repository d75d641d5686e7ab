const SPACES = /\s+/g;

/**
 * Whether the text has at most `max` words as white space parts them (`text.split(/\s+/)`),
 * found without splitting: a test of a short line's shape then reads a long paragraph only as far
 * as its `max`-th space.
 */
export function hasAtMostWords(text: string, max: number): boolean {
  SPACES.lastIndex = 0;
  let words = 1;
  while (words <= max && SPACES.test(text)) words++;
  return words <= max;
}
