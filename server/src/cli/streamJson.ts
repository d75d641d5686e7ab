import { inertJson } from './inert';

/**
 * JSON written piece by piece: a report on a large corpus would pass V8's string limit (~512 MB)
 * as one string, so its long array goes out one element at a time.
 */

/** Stands in the skeleton where the streamed array goes; private-use characters, which JSON never escapes. */
const HOLE = '\uE000streamed\uE000';

/** A value for the place in a skeleton that `jsonChunks` fills with the streamed items. */
export const STREAMED_ARRAY: unknown = HOLE;

/**
 * The JSON of `skeleton`, with the items in place of STREAMED_ARRAY (which must occur once), as
 * chunks. Compact, or indented by two spaces like `JSON.stringify(value, null, 2)` when pretty.
 * Control characters from seeds are escaped, C1 and bidirectional ones too (see inertJson).
 */
export function* jsonChunks(skeleton: unknown, items: Iterable<unknown>, pretty: boolean): Generator<string> {
  const text = inertJson(JSON.stringify(skeleton, null, pretty ? 2 : undefined));
  const marker = JSON.stringify(HOLE);
  const at = text.indexOf(marker);
  const head = text.slice(0, at);
  const indent = pretty ? /^ */.exec(head.slice(head.lastIndexOf('\n') + 1))![0] : '';
  const itemStart = pretty ? `\n${indent}  ` : '';
  yield `${head}[`;
  let first = true;
  for (const item of items) {
    const json = inertJson(pretty ? JSON.stringify(item, null, 2).replace(/\n/g, itemStart) : JSON.stringify(item));
    yield `${first ? '' : ','}${itemStart}${json}`;
    first = false;
  }
  yield `${first || !pretty ? '' : `\n${indent}`}]${text.slice(at + marker.length)}\n`;
}

/** Writes chunks to a stream, batched, waiting whenever the stream asks to. */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  const BATCH = 1 << 16;
  let pending = '';
  const flush = async () => {
    if (!stream.write(pending)) await new Promise<void>((resolve) => stream.once('drain', resolve));
    pending = '';
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= BATCH) await flush();
  }
  if (pending) await flush();
}
