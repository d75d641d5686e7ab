import { deleteLinesEdit, type Finding, type Rule } from './rule';
import { isBoilerplateLine } from './boilerplatePhrases';

export const boilerplate: Rule<'boilerplate'> = {
  id: 'boilerplate',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'Site chrome in the body: "Advertisement", "Leave a Reply", "Les også", fused bylines, and short lines repeated across many seeds.',
  check(context) {
    const { parsed } = context.seed;
    const findings: Finding<'boilerplate'>[] = [];
    const minSeeds = context.config.boilerplate.minSeeds;
    for (const passage of parsed.passages) {
      if (passage.isTitle) continue;
      const known = isBoilerplateLine(passage.text, context.config);
      const seeds = known ? 0 : context.corpus.shortLineSeedCount(passage.key);
      const repeated = passage.words.length < context.config.duplicates.minWords && seeds >= minSeeds;
      if (!known && !repeated) continue;
      findings.push({
        span: passage.span,
        message: known
          ? `"${passage.text}" is site boilerplate, not article text.`
          : `"${passage.text}" appears in ${seeds} seeds: it looks like site boilerplate.`,
        unnecessary: true,
        fixes: [{ kind: 'edit', title: 'Delete this boilerplate line', preferred: true, edits: [deleteLinesEdit(context, passage.span)] }],
      });
    }
    return findings;
  },
};
