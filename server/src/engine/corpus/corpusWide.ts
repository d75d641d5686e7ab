import type { CorpusFixIntent, SeedFinding } from '../findings';
import type { ParsedSeed } from '../model';
import { lacksDate } from '../rules/missingDate';
import { lacksLanguage } from '../rules/missingLanguage';

/**
 * Corpus-wide facts: when most seeds of a corpus lack a date or a language, a finding on each
 * says the same thing thousands of times and none can usefully be fixed alone. Then the first
 * seed lacking it (in path order) carries one summary, with the seed's own fixes and a fix for
 * the whole corpus; the others carry none. `"summarise": false` (or `{"corpusWide": false}`) in the
 * config reports each.
 */
export type CorpusWideRule = 'missing-date' | 'missing-language';

export const CORPUS_WIDE_RULES: readonly CorpusWideRule[] = ['missing-date', 'missing-language'];

/** Below this many seeds a corpus is read seed by seed, and a summary would hide little. */
export const SUMMARY_MIN_SEEDS = 20;
/** A fact is corpus-wide when more than this share of the seeds lack the field. */
export const SUMMARY_SHARE = 0.5;

const LACKS: Record<CorpusWideRule, (parsed: ParsedSeed) => boolean> = { 'missing-date': lacksDate, 'missing-language': lacksLanguage };

/** The corpus-wide rules whose field the seed lacks: what its digest tells the tally. */
export function lackedFields(parsed: ParsedSeed): CorpusWideRule[] {
  return CORPUS_WIDE_RULES.filter((rule) => LACKS[rule](parsed));
}
const WHAT: Record<CorpusWideRule, { field: string; intent: CorpusFixIntent; fix: string }> = {
  'missing-date': { field: 'date', intent: 'insert-proposed-dates', fix: 'Insert the proposed date in every seed that has none' },
  'missing-language': { field: 'language', intent: 'insert-detected-languages', fix: 'Insert the detected lang in every seed that has none' },
};

export interface CorpusWideSummary {
  rule: CorpusWideRule;
  /** Seeds lacking the field, and seeds in all. */
  lacking: number;
  seeds: number;
  /** The seed that carries the summary: the first lacking the field, in path order. */
  representative: string;
}

/**
 * Which seeds lack each field, kept as seeds are indexed and removed: the counts cost nothing to
 * ask, and the representative is found again (one pass) only when it is removed, gains the field,
 * or the config changes. A seed that ignores the rule still counts, but never carries the summary.
 */
export class CorpusWideTally {
  constructor(private readonly ignores: (uri: string, rule: CorpusWideRule) => boolean) {}

  private readonly paths = new Map<string, string>();
  private readonly lacking: Record<CorpusWideRule, Set<string>> = { 'missing-date': new Set(), 'missing-language': new Set() };
  private readonly representatives = new Map<CorpusWideRule, string | undefined>();

  /** Records which fields a seed lacks (see `lackedFields`); returns the other seeds whose findings change (a summary appears, goes or moves). */
  set(uri: string, path: string, lacked: readonly CorpusWideRule[]): string[] {
    return this.change(uri, () => this.record(uri, path, lacked));
  }

  /** As `set`, without working out whose findings change: for a whole corpus loaded before any check. */
  record(uri: string, path: string, lacked: readonly CorpusWideRule[]): void {
    this.forget(uri);
    this.paths.set(uri, path);
    for (const rule of lacked) {
      this.lacking[rule].add(uri);
      // Not known yet: found when first asked for.
      if (!this.representatives.has(rule)) continue;
      const representative = this.representatives.get(rule);
      if ((representative === undefined || path < this.paths.get(representative)!) && !this.ignores(uri, rule)) this.representatives.set(rule, uri);
    }
  }

  remove(uri: string): string[] {
    return this.change(uri, () => this.forget(uri));
  }

  /** The summary of a rule when most seeds lack its field; undefined when each seed is to be told (or all of them ignore it). */
  summary(rule: CorpusWideRule): CorpusWideSummary | undefined {
    const lacking = this.lacking[rule].size;
    const seeds = this.paths.size;
    if (seeds < SUMMARY_MIN_SEEDS || lacking <= seeds * SUMMARY_SHARE) return undefined;
    const representative = this.representativeOf(rule);
    return representative === undefined ? undefined : { rule, lacking, seeds, representative };
  }

  /** The seeds lacking a rule's field, whether or not a summary tells of them. */
  lackingSeeds(rule: CorpusWideRule): string[] {
    return [...this.lacking[rule]];
  }

  /** The seeds that carry a summary now. */
  representativesNow(): string[] {
    return CORPUS_WIDE_RULES.flatMap((rule) => this.summary(rule)?.representative ?? []);
  }

  /** The config changed: which seeds ignore which rule may have too. */
  reconfigured(): void {
    this.representatives.clear();
  }

  private forget(uri: string): void {
    if (!this.paths.delete(uri)) return;
    for (const rule of CORPUS_WIDE_RULES) {
      this.lacking[rule].delete(uri);
      if (this.representatives.get(rule) === uri) this.representatives.delete(rule);
    }
  }

  private representativeOf(rule: CorpusWideRule): string | undefined {
    if (!this.representatives.has(rule)) {
      let first: string | undefined;
      for (const uri of this.lacking[rule]) if ((first === undefined || this.paths.get(uri)! < this.paths.get(first)!) && !this.ignores(uri, rule)) first = uri;
      this.representatives.set(rule, first);
    }
    return this.representatives.get(rule);
  }

  private change(uri: string, apply: () => void): string[] {
    const before = CORPUS_WIDE_RULES.map((rule) => this.summary(rule));
    apply();
    const affected = new Set<string>();
    CORPUS_WIDE_RULES.forEach((rule, i) => {
      const after = this.summary(rule);
      // Summarised now and not before, or the other way: every seed lacking the field gains or loses its finding.
      if ((before[i] === undefined) !== (after === undefined)) for (const other of this.lacking[rule]) affected.add(other);
      else if (before[i] && after && before[i].representative !== after.representative) affected.add(before[i].representative).add(after.representative);
    });
    affected.delete(uri);
    return [...affected];
  }
}

/** The representative's own finding becomes the corpus's summary: its message counts the others, and a fix for all is added. */
export function summarised(findings: SeedFinding[], summaries: readonly CorpusWideSummary[]): SeedFinding[] {
  if (summaries.length === 0) return findings;
  return findings.map((finding) => {
    const summary = summaries.find((candidate) => candidate.rule === finding.rule);
    if (!summary) return finding;
    const { field, intent, fix } = WHAT[summary.rule];
    const counted = summary.lacking === summary.seeds ? `All ${summary.seeds} seeds` : `${summary.lacking} of the ${summary.seeds} seeds`;
    const message = `${counted} of this corpus have no ${field}: told once, here, not on each ("summarise": {"corpusWide": false} in .seedcurator.json tells each). ${finding.message}`;
    return { ...finding, message, fixes: [...finding.fixes, { kind: 'corpus-fix', title: fix, intent }] } as SeedFinding;
  });
}
