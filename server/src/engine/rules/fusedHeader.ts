import { frontMatterText } from '../headerEdits';
import type { SeedRule } from './rule';

export const fusedHeader: SeedRule<'fused-header'> = {
  id: 'fused-header',
  defaultSeverity: 'error',
  fixesSafely: true,
  summary: 'Header metadata fused with body text on one line.',
  check(context) {
    const { header, lines } = context.seed.parsed;
    if (!header.fused) return [];
    const { field, bodyStart } = header.fused;
    const fields = header.fields.map((f) => ({ key: f.key, value: f.value }));
    return [
      {
        span: { start: field.span.start, end: bodyStart },
        message: `The header "${field.key} ${field.value}" is fused with the first sentence of the text.`,
        fixes: [
          {
            kind: 'edit',
            title: 'Split into front matter and body',
            preferred: true,
            safe: true,
            edits: [{ span: { start: 0, end: bodyStart }, newText: frontMatterText(fields, lines.eol) }],
          },
        ],
      },
    ];
  },
};
