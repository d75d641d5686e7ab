import { endsWithLineBreak } from '../text/lineBreaks';
import type { SeedRule } from './rule';

export const malformedFrontMatter: SeedRule<'malformed-front-matter'> = {
  id: 'malformed-front-matter',
  defaultSeverity: 'error',
  fixesSafely: true,
  summary: 'Unclosed `---`, YAML errors, duplicate keys, non-scalar values.',
  check(context) {
    const { header, lines } = context.seed.parsed;
    return header.problems.map((problem) => ({
      span: problem.span,
      message: problem.message,
      fixes:
        problem.kind === 'unclosed'
          ? [{ kind: 'edit', title: 'Close the front matter here', preferred: true, safe: true, edits: [{ span: { start: header.span.end, end: header.span.end }, newText: `${header.span.end === lines.text.length && !endsWithLineBreak(lines.text) ? lines.eol : ''}---${lines.eol}` }] }]
          : [],
      details: { problem: problem.kind },
    }));
  },
};
