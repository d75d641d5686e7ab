/**
 * Characters a terminal acts on rather than shows: C0 controls (ESC starts the sequences that
 * retitle a window, move the cursor or rewrite the clipboard), DEL, C1 controls (U+009B is a
 * one-character CSI), and the bidirectional overrides and isolates that make a line display
 * something else than it holds. Line and paragraph separators break a report's one-line records.
 */
const ACTIVE = /[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The active characters JSON.stringify writes raw (it escapes only C0). */
const ACTIVE_IN_JSON = /[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a seed, a config or a file name, made safe to print to a terminal: each active
 * character is written as an escape (`\x1b`, `\u202e`), visible and inert. Newlines too: every
 * line of a report is one record.
 */
export function inert(text: string): string {
  return text.replace(ACTIVE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON text with the active characters JSON.stringify leaves raw written as `\uXXXX` escapes:
 * the same data to a program, and inert in a terminal that shows the report. They can only stand
 * inside strings, where the escape is valid JSON.
 */
export function inertJson(json: string): string {
  return json.replace(ACTIVE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
