import type { Command, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { CorpusConfig } from '../config/config';
import type { AnalysedSeed } from '../analyse';
import type { CorpusFacts } from '../corpus/corpusFacts';
import type { Span } from '../model';
import type { RuleId, SeverityName } from './ruleIds';

export interface SpanEdit {
  span: Span;
  newText: string;
}

/** One quick fix, computed with the finding so that applying it needs no new analysis. */
export interface Fix {
  title: string;
  preferred?: boolean;
  /** Loses nothing a curator wrote: applied by fix-all and `seed-curator check --fix`. */
  safe?: boolean;
  edits?: SpanEdit[];
  /** Deletes the seed file itself. */
  deleteFile?: boolean;
  command?: Command;
}

export interface Finding {
  span: Span;
  message: string;
  fixes?: Fix[];
  related?: DiagnosticRelatedInformation[];
  /** Shown faded: text that can go. */
  unnecessary?: boolean;
  /** Facts for clients and quick fixes, merged into the diagnostic's `data`. */
  details?: Record<string, unknown>;
}

export interface RuleContext {
  uri: string;
  seed: AnalysedSeed;
  config: CorpusConfig;
  corpus: CorpusFacts;
  /** The corpus config file, where accepted duplicates are recorded; absent without one. */
  configUri?: string;
  now: Date;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Exclude<SeverityName, 'off'>;
  /** One line for the docs and the JSON schema. */
  summary: string;
  /** Its findings depend on other seeds, so they change when another seed does. */
  crossSeed?: boolean;
  check(context: RuleContext): Finding[];
}

/** Deletes whole lines from `start` up to the start of the line after `end`. */
export function deleteLinesEdit(context: RuleContext, span: Span): SpanEdit {
  const lines = context.seed.parsed.lines;
  const first = lines.lineAt(span.start);
  const last = lines.lineAt(Math.max(span.start, span.end - 1));
  let end = lines.lineEndWithBreak(last);
  let start = lines.lineStarts[first];
  // Take one following blank line along, so no gap of two blank lines is left behind.
  if (end < lines.text.length && lines.lineText(last + 1).trim() === '' && (first === 0 || lines.lineText(first - 1).trim() === '')) {
    end = lines.lineEndWithBreak(last + 1);
  } else if (end === lines.text.length && first > 0) {
    // At the end of the file, remove the line break before instead, so the text still ends cleanly.
    start = lines.lineEnd(first - 1);
    end = lines.lineEnd(last);
  }
  return { span: { start, end }, newText: '' };
}
