import type { Block, Passage, Span } from '../model';
import { isBoilerplateLine } from '../parse/boilerplatePhrases';
import { deleteLinesEdit, type Finding, type CorpusRule, type SeedContext } from './rule';

export const boilerplate: CorpusRule<'boilerplate'> = {
  id: 'boilerplate',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'Site chrome in the body: "Advertisement", "Leave a Reply", "Les også", fused bylines, and short lines repeated across many seeds.',
  check(context) {
    const { parsed } = context.seed;
    const findings: Finding<'boilerplate'>[] = [];
    const minSeeds = context.config.boilerplate.minSeeds;
    // A subheading heads the paragraph after it; a short line with nothing after it is no subheading.
    // A byline names the writer, who writes many seeds: repeated, it is still no chrome.
    const headed = (block: Block, i: number) => (block.kind === 'subheading' && parsed.blocks[i + 1]?.kind === 'paragraph') || block.kind === 'byline';
    const subheadings = new Set(parsed.blocks.filter(headed).map((block) => block.firstLine));
    const labelled = labelledLines(parsed.passages);
    const kept = keptLines(context);
    parsed.passages.forEach((passage) => {
      if (passage.isTitle || kept(passage.text)) return;
      const known = isBoilerplateLine(passage.text, context.config);
      const seeds = known || subheadings.has(passage.line) || labelled.has(passage.line) || isStructure(passage) ? 0 : (context.corpus.shortLineSeeds.get(passage.key) ?? 0);
      const repeated = passage.words.length < context.config.duplicates.minWords && seeds >= minSeeds;
      if (!known && !repeated) return;
      findings.push(lineFinding(context, passage.span, passage.text, known ? 'is site boilerplate, not article text' : `appears in ${seeds} seeds: it looks like site boilerplate`, known));
    });
    // Inside a chrome block, which its own rule reports, only the known phrases are named line by line.
    const { lines } = parsed;
    for (const chrome of parsed.bodyChrome) {
      for (let line = chrome.firstLine; line <= chrome.lastLine; line++) {
        const text = lines.lineText(line).trim();
        if (!isBoilerplateLine(text, context.config) || kept(text)) continue;
        const start = lines.lineStarts[line] + lines.lineText(line).indexOf(text);
        findings.push(lineFinding(context, { start, end: start + text.length }, text, 'is site boilerplate, not article text', true));
      }
    }
    return findings;
  },
};

/** `byPhrase`: a known phrase says so, not repetition across seeds. */
function lineFinding(context: SeedContext, span: Span, text: string, what: string, byPhrase: boolean): Finding<'boilerplate'> {
  return {
    span,
    message: `"${text}" ${what}.`,
    unnecessary: true,
    fixes: [{ kind: 'edit', title: 'Delete this boilerplate line', preferred: true, edits: [deleteLinesEdit(context, span)] }],
    details: { line: text.trim(), byPhrase },
  };
}

/**
 * The lines a curator said are not boilerplate (`boilerplate.keep`, compared as phrases are: the
 * whole line, case aside). They are still left out of comparisons when a phrase names them too.
 */
function keptLines(context: SeedContext): (line: string) => boolean {
  const kept = new Set(context.config.boilerplate.keep.map((line) => line.trim().toLowerCase()));
  return (line) => kept.size > 0 && kept.has(line.trim().toLowerCase());
}

const LABEL = /^[\p{L}][\p{L} /&-]{0,30}:(\s|$)/u;

/**
 * Lines that recur across seeds because articles of a kind share a shape, not because a site
 * pasted them: fact-box labels, ratings and other lines with numbers ("Terningkast 5"), greetings
 * and sign-offs ("Thanks,"). With subheadings ("Konklusjon") and the lines under a label (see
 * `labelledLines`), repetition alone never makes them boilerplate.
 */
function isStructure(passage: Passage): boolean {
  const text = passage.text.trim();
  return LABEL.test(text) || /\p{N}/u.test(text) || /[,!]$/.test(text);
}

/**
 * Lines under a label, up to the next blank line: the values of a fact box ("Regi:" / "Hilde Sand")
 * and the items of a labelled list ("Minus:" / "Dyr" / "Tung"). One pass over the passages.
 */
function labelledLines(passages: readonly Passage[]): Set<number> {
  const lines = new Set<number>();
  let underLabel = false;
  passages.forEach((passage, position) => {
    const contiguous = position > 0 && passages[position - 1].line === passage.line - 1;
    if (underLabel && contiguous) lines.add(passage.line);
    else underLabel = false;
    if (LABEL.test(passage.text.trim())) underLabel = true;
  });
  return lines;
}
