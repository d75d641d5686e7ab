import type { Passage } from '../model';
import { isBoilerplateLine } from '../parse/boilerplatePhrases';
import { mergedDeletions, type Finding, type Fix, type SeedRule, type SeedContext } from './rule';
import { deletePassageEdit, isWholeParagraph, lineOf } from './passageEdits';

/** Shorter repeats are chrome or style ("– Ja."), not duplicated passages. */
const MIN_WORDS = 4;

/**
 * A list item or a table row: bullets, numbered items, cells between bars or tabs, or a line of a
 * block of three or more short lines that end no sentence (an ingredient list). Such a line
 * repeats on purpose (the same ingredient in two lists, the same row in two tables): it is no
 * duplicated passage.
 */
const LIST_OR_TABLE_ROW = /^\s*(?:[-*•+▪◦]\s|\d{1,3}[.)]\s)|\|.*\||\t/;
const ROW_MAX_WORDS = 8;

function listRowLines(context: SeedContext): Set<number> {
  const { blocks, lines } = context.seed.parsed;
  const rows = new Set<number>();
  for (const block of blocks) {
    if (block.lastLine - block.firstLine < 2) continue;
    const texts = Array.from({ length: block.lastLine - block.firstLine + 1 }, (_, i) => lines.lineText(block.firstLine + i).trim());
    if (texts.every((text) => text.split(/\s+/).length <= ROW_MAX_WORDS && !/[.!?]$/.test(text))) texts.forEach((_, i) => rows.add(block.firstLine + i));
  }
  return rows;
}

export const duplicatePassage: SeedRule<'duplicate-passage'> = {
  id: 'duplicate-passage',
  defaultSeverity: 'warning',
  fixesSafely: true,
  summary: 'A passage (paragraph, title or sentence run) that appears again in the same seed.',
  check(context) {
    const groups = new Map<number, Passage[]>();
    const rows = listRowLines(context);
    for (const passage of context.seed.parsed.passages) {
      if (passage.words.length < MIN_WORDS || isBoilerplateLine(passage.text, context.config)) continue;
      if (rows.has(passage.line) || LIST_OR_TABLE_ROW.test(passage.text)) continue;
      const group = groups.get(passage.key) ?? [];
      group.push(passage);
      groups.set(passage.key, group);
    }
    const allRepeats = [...groups.values()].flatMap(([, ...repeats]) => repeats);
    // One fix object for every finding: built once, so a seed of thousands of repeats stays linear.
    const deleteAll: Fix | undefined =
      allRepeats.length > 1
        ? { kind: 'edit', title: `Delete all ${allRepeats.length} repeats in this seed`, spansFindings: true, edits: mergedDeletions(allRepeats.map((r) => deletePassageEdit(context, r))) }
        : undefined;
    const findings: Finding<'duplicate-passage'>[] = [];
    for (const [first, ...repeats] of groups.values()) {
      for (const repeat of repeats) findings.push(repeatFinding(context, first, repeat, deleteAll));
    }
    return findings;
  },
};

function repeatFinding(context: SeedContext, first: Passage, repeat: Passage, deleteAll: Fix | undefined): Finding<'duplicate-passage'> {
  const firstLine = lineOf(context, first.span.start);
  // A repeat that is one line of a paragraph leaves the paragraph torn if it goes unasked, though its words stand elsewhere.
  const fixes: Fix[] = [{ kind: 'edit', title: 'Delete this repeat', preferred: true, safe: isWholeParagraph(context, repeat), edits: [deletePassageEdit(context, repeat)] }];
  if (deleteAll) fixes.push(deleteAll);
  return {
    span: repeat.span,
    message: `This passage repeats line ${firstLine}${first.isTitle ? ' (the title)' : ''}.`,
    unnecessary: true,
    related: [{ location: { uri: context.uri, range: context.seed.parsed.lines.range(first.span.start, first.span.end) }, message: 'First occurrence' }],
    fixes,
  };
}
