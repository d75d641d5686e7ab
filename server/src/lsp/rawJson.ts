import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';
import { plainDataOf } from '../host/plainData';

/**
 * JSON text a message carries as it is, unparsed (see RAW_JSON_ENCODER): a seed's diagnostics as
 * the store keeps them. Serialised any other way (over node IPC, in a trace), it is parsed first.
 */
export class RawJson {
  constructor(readonly json: Uint8Array) {}

  toJSON(): unknown {
    return plainDataOf(this.json);
  }
}

/**
 * Encodes messages as vscode-jsonrpc's own encoder does (JSON, in the writer's charset), but for
 * the `RawJson` values a message's params hold, whose bytes go into the message as they are.
 * Publishing a warm start's findings was mostly parsing the cache's JSON and serialising it again:
 * 700,000 diagnostics, 600 MB, for 100,000 seeds.
 */
export const RAW_JSON_ENCODER: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message: Message, options: ContentTypeEncoderOptions) => Promise.resolve(encodeMessage(message, options.charset)),
};

function encodeMessage(message: Message, charset: BufferEncoding): Uint8Array {
  const params = (message as { params?: unknown }).params;
  const rawKeys = isRecord(params) ? Object.keys(params).filter((key) => params[key] instanceof RawJson) : [];
  if (!isRecord(params) || rawKeys.length === 0 || !isUtf8(charset)) return Buffer.from(JSON.stringify(message), charset);
  const { params: _params, ...envelope } = message as Message & { params: unknown };
  const rest = { ...params };
  for (const key of rawKeys) delete rest[key];
  const head = JSON.stringify(envelope);
  const restJson = JSON.stringify(rest);
  // `{"jsonrpc":…,"params":{"uri":…` then `,"diagnostics":` and the bytes, for each raw value, then `}}`.
  let text = `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"params":${restJson.slice(0, -1)}`;
  let separator = restJson.length > 2 ? ',' : '';
  const parts: Uint8Array[] = [];
  for (const key of rawKeys) {
    parts.push(Buffer.from(`${text}${separator}${JSON.stringify(key)}:`), (params[key] as RawJson).json);
    text = '';
    separator = ',';
  }
  parts.push(Buffer.from(`${text}}}`));
  return Buffer.concat(parts);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUtf8(charset: string): boolean {
  return /^utf-?8$/i.test(charset);
}
