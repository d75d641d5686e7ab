import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';

/** The shape a request's params must have before a handler reads them. */
export type ParamsCheck = (params: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const hasUri: ParamsCheck = (params) => isObject(params) && typeof params.uri === 'string';

export const hasTextDocument: ParamsCheck = (params) => isObject(params) && hasUri(params.textDocument);

export const hasPosition: ParamsCheck = (params) => isObject(params) && isPosition(params.position);

const isPosition = (value: unknown) => isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);

const isRange = (value: unknown) => isObject(value) && isPosition(value.start) && isPosition(value.end);

export const isCodeActionParams: ParamsCheck = (params) =>
  hasTextDocument(params) && isObject(params) && isRange(params.range) && isObject(params.context) && Array.isArray(params.context.diagnostics);

export const isCommandParams: ParamsCheck = (params) => isObject(params) && typeof params.command === 'string' && (params.arguments === undefined || Array.isArray(params.arguments));

const EDITABLE_KEYS = ['title', 'date', 'lang'];

export const isHeaderEditParams: ParamsCheck = (params) => hasUri(params) && isObject(params) && EDITABLE_KEYS.includes(params.key as string) && typeof params.value === 'string';

export const isCorpusFixParams: ParamsCheck = (params) => isObject(params) && typeof params.rule === 'string' && typeof params.confirmEach === 'boolean';

export const all =
  (...checks: ParamsCheck[]): ParamsCheck =>
  (params) =>
    checks.every((check) => check(params));

/**
 * A request handler that answers malformed params with InvalidParams and a failure with a short
 * InternalError, its stack going to the log: a client is never sent the engine's TypeError text,
 * and one bad request leaves the server answering the next.
 */
export function guarded<P, R>(method: string, isWellFormed: ParamsCheck, logError: (error: unknown) => void, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R | ResponseError<never>> {
  return async (params) => {
    if (!isWellFormed(params)) return new ResponseError<never>(ErrorCodes.InvalidParams, `Seed Curator: malformed parameters for ${method}.`);
    try {
      return await handler(params);
    } catch (error) {
      logError(error);
      return new ResponseError<never>(ErrorCodes.InternalError, `Seed Curator could not answer ${method}; its log tells why.`);
    }
  };
}
