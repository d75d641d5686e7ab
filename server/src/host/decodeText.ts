import type { FileFailure } from './fileErrors';

export type DecodedText = { ok: true; text: string } | FileFailure;

// ignoreBOM keeps a BOM in the text, so the parser sees it and fixes can write it back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How much of a file decides whether it is text: enough for any header, little for a 20 MB dump. */
const SAMPLE_BYTES = 8192;

/** Longest byte-order marks first: the UTF-32LE mark begins with the UTF-16LE one. */
const WIDE_BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16' },
];

/**
 * Decodes a file's bytes as UTF-8, the only encoding seeds are written in (and `--fix` writes).
 * UTF-16 and UTF-32 text is named as such rather than decoded: checking it would be fine, but a
 * fix would have to write it back in an encoding no other tool of the corpus expects.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const wide = wideEncodingOf(bytes);
  if (wide) return { ok: false, reason: `${wide} text; convert it to UTF-8 to check it` };
  if (bytes.subarray(0, SAMPLE_BYTES).includes(0)) return { ok: false, reason: 'a binary file, not text' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
}

function wideEncodingOf(bytes: Uint8Array): string | undefined {
  const marked = WIDE_BOMS.find(({ bytes: bom }) => bom.every((byte, i) => bytes[i] === byte));
  if (marked) return marked.encoding;
  // An even number of bytes, so that the sample holds whole UTF-16 code units.
  return looksLikeUnmarkedUtf16(bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1)) ? 'UTF-16' : undefined;
}

/**
 * UTF-16 without a byte-order mark, as some Windows tools write it: text in Latin script has a
 * NUL in every other byte, mostly on one side (some fall on the other inside emoji and other
 * characters), and read as UTF-16 the sample is text without control characters. Binary files
 * decode to control characters and broken surrogates.
 */
function looksLikeUnmarkedUtf16(sample: Uint8Array): boolean {
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
  const units = sample.length / 2;
  const [high, low] = oddNuls > evenNuls ? [oddNuls, evenNuls] : [evenNuls, oddNuls];
  if (units === 0 || high < units / 4 || low * 3 > high) return false;
  const text = new TextDecoder(oddNuls > evenNuls ? 'utf-16le' : 'utf-16be').decode(sample);
  // The sample may end inside a surrogate pair: its last character does not count.
  return !/[\0-\x08\x0e-\x1f\ufffd]/.test(text.slice(0, -1));
}
