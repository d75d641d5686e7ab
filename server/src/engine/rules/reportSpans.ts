import type { ParsedSeed, Span } from '../model';

/** Where a finding about the whole header goes: the header's lines, or the seed's first line. */
export function headerSpanForReport(seed: ParsedSeed): Span {
  const lines = seed.lines;
  if (seed.header.kind === 'none' || seed.header.span.end === 0) return { start: 0, end: lines.lineEnd(0) };
  const lastLine = lines.lineAt(Math.max(0, seed.header.span.end - 1));
  return { start: 0, end: lines.lineEnd(lastLine) };
}
