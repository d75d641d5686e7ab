/**
 * franc's cost grows with the length it reads, and a seed's language shows in a few of its
 * sentences: detection reads a sample rather than the whole text (on the BBC articles and the
 * shared seeds, 512 characters give the languages and confidences franc's own 2,048 give). The
 * sample is a few chunks spread evenly from the opening to the end, so that one paragraph in
 * another language (a quoted abstract, an English lead-in to a Norwegian article) weighs in the
 * sample about as much as in the seed, instead of filling a sample taken from the opening alone.
 */
export const SAMPLE_LENGTH = 512;
const CHUNKS = 4;
/** A chunk starts at the next word unless the word is longer than this. */
const LONGEST_WORD = 40;

/** At most `length` characters of `text`: all of it when short, else `CHUNKS` chunks spread evenly over it. */
export function languageSample(text: string, length = SAMPLE_LENGTH): string {
  if (text.length <= length) return text;
  const chunkLength = Math.floor(length / CHUNKS);
  const chunks: string[] = [];
  for (let index = 0; index < CHUNKS; index++) {
    const start = wordStart(text, Math.floor(((text.length - chunkLength) * index) / (CHUNKS - 1)));
    chunks.push(wordChunk(text, start, chunkLength));
  }
  return chunks.join('\n');
}

/** The first offset at or after `offset` that starts a word, unless that word is too long to skip. */
function wordStart(text: string, offset: number): number {
  if (offset === 0 || /\s/.test(text[offset - 1])) return offset;
  const space = text.slice(offset, offset + LONGEST_WORD).search(/\s/);
  return space < 0 ? offset : offset + space + 1;
}

/** Up to `length` characters from `start`, ending before a partial word where a space allows. */
function wordChunk(text: string, start: number, length: number): string {
  const end = start + length;
  if (end >= text.length) return text.slice(start);
  const space = text.lastIndexOf(' ', end);
  return text.slice(start, space > start ? space : end);
}
