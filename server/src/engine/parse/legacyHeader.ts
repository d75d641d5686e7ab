import type { Header, HeaderField } from '../model';
import type { LineMap } from '../text/lineMap';

/** Keys whose value is one token, so that body text after it on the same line is "fused". */
const TOKEN_VALUES: Record<string, RegExp> = {
  date: /^(\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})/,
  lang: /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?=\s|$)/,
  url: /^https?:\/\/\S+/,
};
/** The keys a legacy header may hold: a line of any other key ends it. */
export const LEGACY_KEYS = ['title', 'date', 'lang', 'source', 'url', 'author'];
const LEGACY_LINE = new RegExp(`^([ \\t]*)(${LEGACY_KEYS.join('|')})([ \\t]*:[ \\t]*|[ \\t]+)(\\S.*?)[ \\t]*$`, 'i');

/**
 * Reads `key value` / `key: value` lines at the top of a seed written before front matter.
 * Text that follows a one-token value on the same line is body text fused to the header.
 */
export function parseLegacyHeader(lines: LineMap): Header | undefined {
  const fields: HeaderField[] = [];
  let end = 0;
  let fused: Header['fused'];
  for (let line = 0; line < lines.lineCount && !fused; line++) {
    const match = LEGACY_LINE.exec(lines.lineText(line));
    if (!match) break;
    const [, indent, rawKey, separator, rest] = match;
    const key = rawKey.toLowerCase();
    const hasColon = separator.includes(':');
    const token = TOKEN_VALUES[key]?.exec(rest);
    if (!hasColon && !token) break;
    const lineStart = lines.lineStarts[line];
    const keyStart = lineStart + indent.length;
    const valueStart = keyStart + rawKey.length + separator.length;
    const value = token ? token[0] : rest;
    const field: HeaderField = {
      key,
      value,
      scalar: true,
      keySpan: { start: keyStart, end: keyStart + rawKey.length },
      valueSpan: { start: valueStart, end: valueStart + value.length },
      span: { start: keyStart, end: valueStart + value.length },
    };
    fields.push(field);
    const after = rest.slice(value.length);
    if (token && after.trim().length > 0) {
      const bodyStart = valueStart + value.length + (after.length - after.trimStart().length);
      fused = { field, bodyStart, lineSpan: { start: lineStart, end: lines.lineEnd(line) } };
      end = bodyStart;
    } else {
      end = lines.lineEndWithBreak(line);
    }
  }
  if (fields.length === 0) return undefined;
  return { kind: 'legacy', span: { start: 0, end }, fields, problems: [], fused };
}
