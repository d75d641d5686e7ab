import type { Block, Passage } from '../model';
import { deleteLinesEdit, type SeedContext, type SpanEdit } from './rule';

/** Deletes a passage: its whole lines when it has them to itself, else only its text. */
export function deletePassageEdit(context: SeedContext, passage: Passage): SpanEdit {
  const lines = context.seed.parsed.lines;
  const first = lines.lineAt(passage.span.start);
  const last = lines.lineAt(passage.span.end);
  const before = lines.text.slice(lines.lineStarts[first], passage.span.start);
  const after = lines.text.slice(passage.span.end, lines.lineEnd(last));
  if (before.trim() === '' && after.trim() === '') return deleteLinesEdit(context, passage.span);
  return { span: passage.span, newText: '' };
}

export function lineOf(context: SeedContext, offset: number): number {
  return context.seed.parsed.lines.lineAt(offset) + 1;
}

/** The passage is a block of its own (a paragraph, a subheading, a line of a one-line-per-paragraph seed), not a line out of one. */
export function isWholeParagraph(context: SeedContext, passage: Passage): boolean {
  const lines = context.seed.parsed.lines;
  const block = blockAt(context.seed.parsed.blocks, passage.line);
  if (!block) return true;
  return block.firstLine === passage.line && lines.lineAt(passage.span.end) === block.lastLine;
}

/** The block holding a line, by binary search: blocks are in text order, and a seed may have tens of thousands. */
function blockAt(blocks: readonly Block[], line: number): Block | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].lastLine < line) low = mid + 1;
    else if (blocks[mid].firstLine > line) high = mid - 1;
    else return blocks[mid];
  }
  return undefined;
}
