import type { ParsedSeed, Span } from '../model';

/** Where a finding about the whole header goes: the header's first line, or the seed's first line. */
export function headerSpanForReport(seed: ParsedSeed): Span {
  const lines = seed.lines;
  return { start: 0, end: lines.lineEnd(0) };
}
