import type { Diagnostic } from 'vscode-languageserver-types';
import { fixesOf } from '../../server/src/engine/fixes';

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
export function findingOf(diagnostic: Diagnostic, pathOf: (uri: string) => string): Finding {
  const { start, end } = diagnostic.range;
  const endsAtLineStart = end.line > start.line && end.character === 0;
  return {
    rule: String(diagnostic.code),
    line: start.line + 1,
    endLine: endsAtLineStart ? end.line : end.line + 1,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    related: (diagnostic.relatedInformation ?? []).map((info) => ({ path: pathOf(info.location.uri), line: info.location.range.start.line + 1 })),
    preferredFix: fixesOf(diagnostic).find((fix) => fix.preferred)?.title,
  };
}
