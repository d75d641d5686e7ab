/**
 * Plain data (objects, arrays, strings, numbers, booleans) as the cache keeps it: JSON, as UTF-8.
 * A seed's findings and metadata (the JSON report is made of them) and a corpus's record are such
 * data, and JSON reads back in about half the time v8's deserializer takes on such object trees:
 * reading them is most of a warm start (20,000 seeds: 120 MB of findings). A property left
 * undefined is no property once read back, as in the report: nothing may tell an undefined
 * property from a missing one. A digest holds typed arrays, and stays v8-serialised.
 */
export function plainDataBytes(value: unknown): Uint8Array {
  return Buffer.from(JSON.stringify(value));
}

/** Throws, as v8's deserializer does, on bytes that are not what `plainDataBytes` wrote. */
export function plainDataOf<T>(bytes: Uint8Array): T {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as T;
}
