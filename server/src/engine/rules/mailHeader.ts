import { KEPT_MAIL_FIELDS, mailHeaderAsFrontMatter } from '../headerEdits';
import type { SeedRule } from './rule';
import { headerSpanForReport } from './reportSpans';

/** How many dropped fields a message names before it counts the rest. */
const NAMED = 4;

export const mailHeader: SeedRule<'mail-header'> = {
  id: 'mail-header',
  defaultSeverity: 'warning',
  summary: 'A mail, news or HTTP-style header block at the top: its Subject, Date and From are read as title, date and author.',
  check(context) {
    const { parsed } = context.seed;
    if (parsed.header.kind !== 'mail') return [];
    const dropped = [...new Set(parsed.header.fields.filter((field) => !KEPT_MAIL_FIELDS.includes(field.key)).map((field) => field.key))];
    const named = dropped.slice(0, NAMED).join(', ') + (dropped.length > NAMED ? ` and ${dropped.length - NAMED} more` : '');
    return [
      {
        span: headerSpanForReport(parsed),
        message: `A mail header of ${parsed.header.fields.length} fields${dropped.length > 0 ? `; front matter would drop ${named}` : ''}.`,
        // It drops the transport fields: a curator's choice, never applied unasked.
        fixes: [{ kind: 'edit', title: 'Turn the mail header into front matter', preferred: true, edits: [mailHeaderAsFrontMatter(parsed)] }],
      },
    ];
  },
};
