import { fieldOf, headerDate, type ParsedSeed } from './model';
import type { SpanEdit } from './rules/rule';

/** YAML needs quotes around values that would otherwise read as something else. */
export function yamlValue(value: string): string {
  if (value === '') return '';
  return /^[\w\u00c0-\uffff][^:#'"\n]*$/u.test(value) && !/^(true|false|null|yes|no|~)$/i.test(value) && value.trim() === value
    ? value
    : JSON.stringify(value);
}

/**
 * Sets a header key, in the header's own style: replaces the value, adds a line to the front
 * matter or legacy header, or opens front matter at the top.
 */
export function setHeaderField(seed: ParsedSeed, key: string, value: string): SpanEdit {
  const { header, lines } = seed;
  // A line added to a mail header would not be front matter: the block becomes front matter, with the key.
  if (header.kind === 'mail') return mailHeaderAsFrontMatter(seed, { key, value });
  const existing = fieldOf(header, key);
  if (existing) return { span: existing.valueSpan, newText: header.kind === 'front-matter' ? yamlValue(value) : value };
  const eol = lines.eol;
  if (header.kind === 'front-matter') {
    // Before the closing `---`, or after the last line of an unclosed block.
    const closed = !header.problems.some((problem) => problem.kind === 'unclosed');
    const at = closed ? lines.lineStarts[lines.lineAt(header.span.end - 1)] : header.span.end;
    const needsBreak = at === lines.text.length && !lines.text.endsWith('\n');
    return { span: { start: at, end: at }, newText: `${needsBreak ? eol : ''}${key}: ${yamlValue(value)}${eol}` };
  }
  if (header.kind === 'legacy') return { span: { start: 0, end: 0 }, newText: `${key}: ${value}${eol}` };
  return { span: { start: 0, end: 0 }, newText: `---${eol}${key}: ${yamlValue(value)}${eol}---${eol}` };
}

/** Front matter holding these fields, as the canonical header is written. */
export function frontMatterText(fields: { key: string; value: string }[], eol: string): string {
  return `---${eol}${fields.map((f) => `${f.key}: ${yamlValue(f.value)}${eol}`).join('')}---${eol}`;
}

/** Mail and news fields worth keeping in front matter; the rest (Path, Xref, Message-ID, Lines …) only carried the message. */
export const KEPT_MAIL_FIELDS = ['title', 'date', 'author', 'newsgroups', 'organization', 'keywords', 'summary'];

/** Replaces a mail header block with front matter holding what a curator needs, and `extra` when given. */
export function mailHeaderAsFrontMatter(seed: ParsedSeed, extra?: { key: string; value: string }): SpanEdit {
  const { header, lines } = seed;
  const kept = KEPT_MAIL_FIELDS.flatMap((key) => {
    if (key === extra?.key) return [];
    const value = key === 'date' ? headerDate(header) : fieldOf(header, key)?.value;
    return value ? [{ key, value }] : [];
  });
  return { span: { start: 0, end: header.span.end }, newText: frontMatterText(extra ? [...kept, extra] : kept, lines.eol) };
}
