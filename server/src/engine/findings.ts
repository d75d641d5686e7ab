/**
 * What the engine says about a seed, in its own terms: offsets into the seed's text, rule ids,
 * fix intents. The language server turns these into LSP diagnostics and code actions, the CLI
 * into text, JSON and SARIF; neither is known here.
 */
import type { AcceptedEntry, CorpusFixIntent, DateCandidate, LanguageGuess } from '../protocol/protocol';
import type { HeaderProblem, Span } from './model';
import type { RuleId } from './rules/ruleIds';

/** A place in a text by line and UTF-16 column, both from 0: how other seeds' passages are kept in the index. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

export type Severity = 'error' | 'warning' | 'info';

/** Another place that matters to a finding: the first occurrence, a twin in another seed. */
export interface RelatedPlace {
  location: Location;
  message: string;
}

export interface SpanEdit {
  span: Span;
  newText: string;
}

/** An edit with its place as a range too, for the edges that speak in lines (LSP, SARIF). */
export interface LocatedEdit extends SpanEdit {
  range: Range;
}

interface FixBase {
  title: string;
  preferred?: boolean;
}

/** What a quick fix does; the edges decide how (a workspace edit, a command, a file deletion). */
export type FixOf<E extends SpanEdit> =
  | (FixBase & {
      kind: 'edit';
      /** Checked to lose no text when it was built: applied by fix-all and `check --fix`. */
      safe?: boolean;
      edits: E[];
      /** Edits the places of other findings too ("delete all repeats"): left out where each finding lists its own fixes. */
      spansFindings?: boolean;
    })
  | (FixBase & { kind: 'delete-seed' })
  | (FixBase & { kind: 'open-location'; target: Location })
  | (FixBase & { kind: 'accept-duplicate'; configUri: string; entry: AcceptedEntry })
  /** A fix for the whole corpus, offered on a corpus-wide summary (see `engine/corpus/corpusWide.ts`); the client previews it. */
  | (FixBase & { kind: 'corpus-fix'; intent: CorpusFixIntent });

export type { AcceptedEntry, CorpusFixIntent };

/** A fix as a rule builds it: offsets only. */
export type Fix = FixOf<SpanEdit>;
/** A fix as findings carry it: offsets and ranges. */
export type LocatedFix = FixOf<LocatedEdit>;

export interface Twin {
  location: Location;
  /** Relative to the corpus root, with `/`. */
  path: string;
  similarity: number;
}

/** The facts each rule adds to its findings, for views, hovers and reports. */
export interface RuleDetails {
  /** `twins` lists the first few of `count` other places. */
  'corpus-duplicate': { fingerprint: string; twins: Twin[]; count: number };
  /** A copy names the seed that contains it; the seed to keep counts its copies and lists the first few. */
  /** The line as the config names it (`boilerplate.phrases`, `boilerplate.keep`). */
  boilerplate: { line: string; byPhrase: boolean };
  'duplicate-seed': { other: string; otherPath: string; share: number } | { copies: number; copyPaths: string[] };
  'missing-date': { candidates: DateCandidate[] };
  'imprecise-date': { candidates: DateCandidate[] };
  'invalid-date': { rewrite: string };
  'missing-language': { detected?: string; candidates: LanguageGuess[] };
  'language-mismatch': { detected: string; candidates: LanguageGuess[] };
  'malformed-front-matter': { problem: HeaderProblem['kind'] };
  'mixed-language': { detected: string };
}

export type DetailsOf<R extends RuleId> = R extends keyof RuleDetails ? RuleDetails[R] : never;

interface FindingOf<R extends RuleId> {
  rule: R;
  severity: Severity;
  span: Span;
  /** The span in lines and columns, computed once with the seed's line map. */
  range: Range;
  message: string;
  /** Shown faded: text that can go. */
  unnecessary?: boolean;
  /** At most a few; the message counts the rest. */
  related: RelatedPlace[];
  fixes: LocatedFix[];
  details?: DetailsOf<R>;
}

/** One finding of one rule in one seed. */
export type SeedFinding = { [R in RuleId]: FindingOf<R> }[RuleId];

export function detailsOf<R extends RuleId>(finding: SeedFinding, rule: R): DetailsOf<R> | undefined {
  return finding.rule === rule ? (finding.details as DetailsOf<R> | undefined) : undefined;
}
