import type { SeedFinding } from '../../server/src/engine/findings';

/**
 * A finding as a person reads it in a report: 1-based lines, other places as corpus paths. The
 * scoring and the sampler work on this shape, so they do not depend on how diagnostics carry
 * their fixes and related places.
 */
export interface Finding {
  rule: string;
  /** First line of the finding's range, 1-based. */
  line: number;
  /** Last line the range touches, 1-based (a range ending at the start of a line stops before it). */
  endLine: number;
  message: string;
  /** Paths (relative to the corpus root) of the other places the finding names. */
  related: { path: string; line: number }[];
  /** Title of the preferred quick fix, when there is one. */
  preferredFix?: string;
}

/** `pathOf` turns a document uri into a corpus-relative path (or returns the uri when outside). */
export function findingOf(finding: SeedFinding, pathOf: (uri: string) => string): Finding {
  const { start, end } = finding.range;
  const endsAtLineStart = end.line > start.line && end.character === 0;
  return {
    rule: finding.rule,
    line: start.line + 1,
    endLine: endsAtLineStart ? end.line : end.line + 1,
    message: finding.message,
    related: finding.related.map((info) => ({ path: pathOf(info.location.uri), line: info.location.range.start.line + 1 })),
    preferredFix: finding.fixes.find((fix) => fix.preferred)?.title,
  };
}
