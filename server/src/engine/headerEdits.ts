import { endsWithLineBreak } from './text/lineBreaks';
import { fieldOf, headerDate, type ParsedSeed } from './model';
import { LEGACY_KEYS } from './parse/legacyHeader';
import type { SpanEdit } from './rules/rule';

/** YAML needs quotes around values that would otherwise read as something else. */
export function yamlValue(value: string): string {
  if (value === '') return '';
  return /^[\w\u00c0-\uffff][^:#'"\n]*$/u.test(value) && !/^(true|false|null|yes|no|~)$/i.test(value) && value.trim() === value
    ? value
    : JSON.stringify(value);
}

/** A header key and the value a fix gives it. */
export interface HeaderValue {
  key: string;
  value: string;
}

/**
 * Sets a header key, in the header's own style: replaces the value, adds a line to the front
 * matter or legacy header, or opens front matter at the top.
 */
export function setHeaderField(seed: ParsedSeed, key: string, value: string): SpanEdit {
  return setHeaderFields(seed, [{ key, value }])[0];
}

/**
 * Sets header keys (see setHeaderField): one edit per value replaced and one for the keys added.
 * A legacy header holds only its own keys, so one given another key becomes front matter.
 */
export function setHeaderFields(seed: ParsedSeed, values: HeaderValue[]): SpanEdit[] {
  const { header, lines } = seed;
  // A line added to a mail header would not be front matter: the block becomes front matter, with the keys.
  if (header.kind === 'mail') return [mailHeaderAsFrontMatter(seed, values)];
  if (header.kind === 'legacy' && values.some(({ key }) => !LEGACY_KEYS.includes(key))) {
    const kept = header.fields.filter((field) => !values.some(({ key }) => key === field.key));
    return [{ span: { start: 0, end: header.span.end }, newText: frontMatterText([...kept, ...values], lines.eol) }];
  }
  const edits: SpanEdit[] = [];
  const added: HeaderValue[] = [];
  for (const { key, value } of values) {
    const existing = fieldOf(header, key);
    if (existing) edits.push({ span: existing.valueSpan, newText: header.kind === 'front-matter' ? yamlValue(value) : value });
    else added.push({ key, value });
  }
  if (added.length > 0) edits.push(addedFields(seed, added));
  return edits;
}

function addedFields(seed: ParsedSeed, values: HeaderValue[]): SpanEdit {
  const { header, lines } = seed;
  const eol = lines.eol;
  if (header.kind === 'front-matter') {
    // Before the closing `---`, or after the last line of an unclosed block.
    const closed = !header.problems.some((problem) => problem.kind === 'unclosed');
    const at = closed ? lines.lineStarts[lines.lineAt(header.span.end - 1)] : header.span.end;
    const needsBreak = at === lines.text.length && !endsWithLineBreak(lines.text);
    return { span: { start: at, end: at }, newText: `${needsBreak ? eol : ''}${values.map(({ key, value }) => `${key}: ${yamlValue(value)}${eol}`).join('')}` };
  }
  if (header.kind === 'legacy') return { span: { start: 0, end: 0 }, newText: values.map(({ key, value }) => `${key}: ${value}${eol}`).join('') };
  return { span: { start: 0, end: 0 }, newText: frontMatterText(values, eol) };
}

/** Front matter holding these fields, as the canonical header is written. */
export function frontMatterText(fields: HeaderValue[], eol: string): string {
  return `---${eol}${fields.map((f) => `${f.key}: ${yamlValue(f.value)}${eol}`).join('')}---${eol}`;
}

/** Mail and news fields worth keeping in front matter; the rest (Path, Xref, Message-ID, Lines …) only carried the message. */
export const KEPT_MAIL_FIELDS = ['title', 'date', 'author', 'newsgroups', 'organization', 'keywords', 'summary'];

/** Replaces a mail header block with front matter holding what a curator needs, and `extra` keys when given. */
export function mailHeaderAsFrontMatter(seed: ParsedSeed, extra: HeaderValue[] = []): SpanEdit {
  const { header, lines } = seed;
  const kept = KEPT_MAIL_FIELDS.flatMap((key) => {
    if (extra.some((value) => value.key === key)) return [];
    const value = key === 'date' ? headerDate(header) : fieldOf(header, key)?.value;
    return value ? [{ key, value }] : [];
  });
  return { span: { start: 0, end: header.span.end }, newText: frontMatterText([...kept, ...extra], lines.eol) };
}
