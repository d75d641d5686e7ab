import type { Header, HeaderField } from '../model';
import type { LineMap } from '../text/lineMap';

/** `Name: value`, a header field as RFC 5322 writes it. */
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]*(.*?)[ \t]*$/;
/** `HTTP/1.1 200 OK` opens an HTTP response's headers: read as a field named `HTTP/1.1`. */
const HTTP_STATUS = /^(HTTP\/\d(?:\.\d)?)\s+(\d{3}\b.*?)[ \t]*$/;
/** A folded header line continues the field before it. */
const CONTINUATION = /^[ \t]+\S/;

/**
 * Fields that only mail, news and HTTP headers have: one of them is what tells a header block from
 * a legacy `title:`/`date:` header or a first sentence with a colon.
 */
const TRANSPORT_FIELDS = new Set([
  'path', 'from', 'newsgroups', 'subject', 'message-id', 'xref', 'lines', 'organization', 'references', 'sender',
  'reply-to', 'to', 'cc', 'nntp-posting-host', 'mime-version', 'content-type', 'content-transfer-encoding',
  'received', 'return-path', 'distribution', 'followup-to', 'keywords', 'summary', 'expires', 'approved',
  'article-i.d.', 'in-reply-to', 'user-agent', 'x-newsreader', 'x-mailer', 'last-modified', 'content-length',
]);

/** Header fields that name what the canonical header keeps, under the canonical key. */
const CANONICAL_KEYS: Record<string, string> = { subject: 'title', date: 'date', from: 'author' };

/**
 * Reads a leading mail, Usenet or HTTP-style header block: `Name: value` lines (folded lines
 * included) up to the first blank line, holding at least one transport field. Subject, Date and
 * From become the title, date and author; every other field is kept under its own lower-case name.
 */
export function parseMailHeader(lines: LineMap): Header | undefined {
  const fields: HeaderField[] = [];
  let transport = false;
  let line = 0;
  for (; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '') break;
    const previous = fields[fields.length - 1];
    if (previous && CONTINUATION.test(text)) {
      previous.valueSpan.end = previous.span.end = lines.lineEnd(line);
      previous.value = lines.text.slice(previous.valueSpan.start, previous.valueSpan.end).replace(/\s+/g, ' ');
      continue;
    }
    const match = FIELD.exec(text) ?? (line === 0 ? HTTP_STATUS.exec(text) : null);
    if (!match) return undefined;
    const name = match[1].toLowerCase();
    transport ||= TRANSPORT_FIELDS.has(name) || name.startsWith('x-') || name.startsWith('http/');
    const keyStart = lines.lineStarts[line];
    const valueStart = keyStart + text.indexOf(match[2], match[1].length);
    fields.push({
      key: CANONICAL_KEYS[name] ?? name,
      value: match[2],
      scalar: true,
      keySpan: { start: keyStart, end: keyStart + match[1].length },
      valueSpan: { start: valueStart, end: valueStart + match[2].length },
      span: { start: keyStart, end: valueStart + match[2].length },
    });
  }
  if (fields.length < 2 || !transport) return undefined;
  // The blank line that closes the block belongs to it, as the closing `---` does to front matter.
  const end = line < lines.lineCount ? lines.lineEndWithBreak(line) : lines.text.length;
  return { kind: 'mail', span: { start: 0, end }, fields, problems: [] };
}
