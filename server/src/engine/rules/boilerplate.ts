import type { Passage, Span } from '../model';
import { isBoilerplateLine } from '../parse/boilerplatePhrases';
import { deleteLinesEdit, type Finding, type Rule, type RuleContext } from './rule';

export const boilerplate: Rule<'boilerplate'> = {
  id: 'boilerplate',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'Site chrome in the body: "Advertisement", "Leave a Reply", "Les også", fused bylines, and short lines repeated across many seeds.',
  check(context) {
    const { parsed } = context.seed;
    const findings: Finding<'boilerplate'>[] = [];
    const minSeeds = context.config.boilerplate.minSeeds;
    // A subheading heads the paragraph after it; a short line with nothing after it is no subheading.
    const subheadings = new Set(parsed.blocks.filter((block, i) => block.kind === 'subheading' && parsed.blocks[i + 1]?.kind === 'paragraph').map((block) => block.firstLine));
    parsed.passages.forEach((passage, position) => {
      if (passage.isTitle) return;
      const known = isBoilerplateLine(passage.text, context.config);
      const seeds = known || subheadings.has(passage.line) || isStructure(parsed.passages, position) ? 0 : context.corpus.shortLineSeedCount(passage.key);
      const repeated = passage.words.length < context.config.duplicates.minWords && seeds >= minSeeds;
      if (!known && !repeated) return;
      findings.push(lineFinding(context, passage.span, passage.text, known ? 'is site boilerplate, not article text' : `appears in ${seeds} seeds: it looks like site boilerplate`));
    });
    // Inside a chrome block, which its own rule reports, only the known phrases are named line by line.
    const { lines } = parsed;
    for (const chrome of parsed.bodyChrome) {
      for (let line = chrome.firstLine; line <= chrome.lastLine; line++) {
        const text = lines.lineText(line).trim();
        if (!isBoilerplateLine(text, context.config)) continue;
        const start = lines.lineStarts[line] + lines.lineText(line).indexOf(text);
        findings.push(lineFinding(context, { start, end: start + text.length }, text, 'is site boilerplate, not article text'));
      }
    }
    return findings;
  },
};

function lineFinding(context: RuleContext, span: Span, text: string, what: string): Finding<'boilerplate'> {
  return {
    span,
    message: `"${text}" ${what}.`,
    unnecessary: true,
    fixes: [{ kind: 'edit', title: 'Delete this boilerplate line', preferred: true, edits: [deleteLinesEdit(context, span)] }],
  };
}

const LABEL = /^[\p{L}][\p{L} /&-]{0,30}:(\s|$)/u;

/**
 * Lines that recur across seeds because articles of a kind share a shape, not because a site
 * pasted them: fact-box labels and their values ("Regi:" / "Hilde Sand", "Aldersgrense: 12 år"),
 * ratings and other lines with numbers ("Terningkast 5"), greetings and sign-offs ("Thanks,").
 * With subheadings ("Konklusjon"), repetition alone never makes them boilerplate.
 */
function isStructure(passages: readonly Passage[], position: number): boolean {
  const passage = passages[position];
  const text = passage.text.trim();
  if (LABEL.test(text) || /\p{N}/u.test(text) || /[,!]$/.test(text)) return true;
  const before = passages[position - 1];
  return before !== undefined && before.line === passage.line - 1 && LABEL.test(before.text.trim());
}
