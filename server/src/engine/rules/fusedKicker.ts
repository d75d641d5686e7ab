import { frontMatterText, setHeaderFields, type HeaderValue } from '../headerEdits';
import type { Span, Title } from '../model';
import { deleteLinesEdit, type SeedRule, type SeedContext, type SpanEdit } from './rule';

export const fusedKicker: SeedRule<'fused-kicker'> = {
  id: 'fused-kicker',
  defaultSeverity: 'warning',
  fixesSafely: true,
  summary: 'A section label or site name fused to the title: a kicker before it ("Anmeldelse:«Risen»"), sections and the site after it ("Headline | Section | Site").',
  check(context) {
    const title = context.seed.parsed.title;
    if (title?.from !== 'first-line' || (!title.kicker && !title.suffix)) return [];
    const values = headerValues(title);
    return [
      {
        span: decorationSpan(title),
        message: describe(title),
        fixes: [
          {
            kind: 'edit',
            title: `Split into front matter: ${values.map(({ key, value }) => `${key}: ${value}`).join(', ')}`,
            preferred: true,
            // Safe where it keeps every character (checked as it is built): a seed without a header whose first line is the title.
            safe: true,
            edits: splitEdits(context, title, values),
          },
        ],
      },
    ];
  },
};

/** The keys the title line holds, in the order it holds them, so that a split keeps its characters in order. */
function headerValues(title: Title): HeaderValue[] {
  const suffixSections = title.suffix?.sections.map((part) => part.text) ?? [];
  const site: HeaderValue[] = title.suffix ? [{ key: 'site', value: title.suffix.site.text }] : [];
  if (title.kicker) return [{ key: 'section', value: [title.kicker.text, ...suffixSections].join(' | ') }, { key: 'title', value: title.text }, ...site];
  const section: HeaderValue[] = suffixSections.length > 0 ? [{ key: 'section', value: suffixSections.join(' | ') }] : [];
  return [{ key: 'title', value: title.text }, ...section, ...site];
}

/**
 * Front matter in place of the title line when nothing but blank lines comes before it (one edit
 * that keeps every character); else the keys set in the header and the title line deleted.
 */
function splitEdits(context: SeedContext, title: Title, values: HeaderValue[]): SpanEdit[] {
  const { parsed } = context.seed;
  const { lines } = parsed;
  const titleEnd = lines.lineEndWithBreak(lines.lineAt(title.span.end));
  if (parsed.header.kind === 'none' && parsed.text.slice(0, title.span.start).trim() === '') {
    return [{ span: { start: 0, end: titleEnd }, newText: frontMatterText(values, lines.eol) }];
  }
  return [...setHeaderFields(parsed, values), deleteLinesEdit(context, title.span)];
}

/** From the kicker to the site name: the labels, not the headline between them. */
function decorationSpan(title: Title): Span {
  const suffixStart = title.suffix ? (title.suffix.sections[0] ?? title.suffix.site).span.start : undefined;
  return {
    start: title.kicker?.span.start ?? suffixStart!,
    end: title.suffix?.site.span.end ?? title.kicker!.span.end,
  };
}

function describe(title: Title): string {
  const suffix = title.suffix && [...title.suffix.sections, title.suffix.site].map((part) => part.text).join(' | ');
  if (title.kicker && suffix) return `The section label "${title.kicker.text}" and the site name "${suffix}" are fused to the title "${title.text}".`;
  if (title.kicker) return `The section label "${title.kicker.text}" is fused to the title "${title.text}".`;
  return `The title "${title.text}" ends in the site's section and name: "${suffix}".`;
}
