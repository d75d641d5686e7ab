import { endsWithLineBreak } from '../text/lineBreaks';
import type { CorpusConfig } from '../config/config';
import type { AnalysedSeed } from '../analyse';
import type { CorpusFacts } from '../corpus/corpusFacts';
import type { DetailsOf, Fix, RelatedPlace, SpanEdit } from '../findings';
import type { Span } from '../model';
import type { RuleId, SeverityName } from './ruleIds';

export type { Fix, SpanEdit } from '../findings';

/** What a rule reports; the lint step adds its rule id, severity and ranges. */
export interface Finding<R extends RuleId = RuleId> {
  span: Span;
  message: string;
  fixes?: Fix[];
  related?: RelatedPlace[];
  /** Shown faded: text that can go. */
  unnecessary?: boolean;
  /** Nothing to fix, only worth knowing (the seed to keep of a duplicate): reported as info, whatever the rule's severity. */
  note?: boolean;
  details?: DetailsOf<R>;
}

/** What a rule that reads one seed's own text is given. */
export interface SeedContext {
  uri: string;
  /** Relative to the corpus root, with `/` (the uri outside it): how the config names the seed. */
  path: string;
  seed: AnalysedSeed;
  config: CorpusConfig;
  /** The corpus config file, where accepted duplicates are recorded; absent without one. */
  configUri?: string;
  now: Date;
}

/** What a rule that reads other seeds too is given: the seed's facts from the corpus index. */
export interface CorpusContext extends SeedContext {
  corpus: CorpusFacts;
}

interface RuleBase<R extends RuleId> {
  id: R;
  defaultSeverity: Exclude<SeverityName, 'off'>;
  /** One line for the docs and the JSON schema. */
  summary: string;
}

/** A rule of one seed's own text: it cannot read the corpus, so another seed's edit never changes its findings. */
export interface SeedRule<R extends RuleId = RuleId> extends RuleBase<R> {
  crossSeed?: false;
  /**
   * It offers fixes that may be safe. `check --fix` runs only these rules between its passes; a
   * safe claim from any other rule is dropped as the fix is built. Only seed rules may: a safe fix
   * never depends on other seeds.
   */
  fixesSafely?: boolean;
  check(context: SeedContext): Finding<R>[];
}

/** A rule whose findings depend on other seeds, so they change when another seed does. */
export interface CorpusRule<R extends RuleId = RuleId> extends RuleBase<R> {
  crossSeed: true;
  fixesSafely?: never;
  check(context: CorpusContext): Finding<R>[];
}

export type Rule<R extends RuleId = RuleId> = SeedRule<R> | CorpusRule<R>;

/** Any rule of the catalogue, each with its own id and details. */
export type AnyRule = { [R in RuleId]: Rule<R> }[RuleId];

/**
 * Deletes the whole lines a span touches. A blank line after them goes too when one is before
 * them, so no run of blank lines is left; at the end of the text, the blank lines before go, and
 * the text keeps the final line break it had.
 */
export function deleteLinesEdit(context: SeedContext, span: Span): SpanEdit {
  const lines = context.seed.parsed.lines;
  const isBlank = (line: number) => lines.lineText(line).trim() === '';
  const first = lines.lineAt(span.start);
  const last = lines.lineAt(Math.max(span.start, span.end - 1));
  const atEnd = lines.text.slice(lines.lineEnd(last)).trim() === '';
  if (atEnd && first > 0) {
    let previous = first - 1;
    while (previous > 0 && isBlank(previous)) previous--;
    return { span: { start: lines.lineEnd(previous), end: lines.text.length }, newText: endsWithLineBreak(lines.text) ? lines.eol : '' };
  }
  const blankAround = !atEnd && isBlank(last + 1) && (first === 0 || isBlank(first - 1));
  return { span: { start: lines.lineStarts[first], end: lines.lineEndWithBreak(blankAround ? last + 1 : last) }, newText: '' };
}

/** Deletions of one fix merged where they touch or overlap, so that the fix stays a valid edit. */
export function mergedDeletions(edits: SpanEdit[]): SpanEdit[] {
  const merged: SpanEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const last = merged[merged.length - 1];
    if (last && edit.span.start <= last.span.end) last.span = { start: last.span.start, end: Math.max(last.span.end, edit.span.end) };
    else merged.push({ span: { ...edit.span }, newText: '' });
  }
  return merged;
}
