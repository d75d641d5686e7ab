import type { CheckedMetadata, CheckedSeed } from './checkFolder';
import type { Finding } from './findings';
import { METADATA_FIELDS, type Expectation, type Manifest, type MetadataField, type SeedExpectations } from './manifest';

/** One rule's row of the precision/recall table. */
export interface RuleScore {
  rule: string;
  /** `expect` statements for this rule. */
  expected: number;
  /** Of those, how many a finding met. */
  met: number;
  truePositives: number;
  /** Findings that a `forbid` names, that exceed an expectation's `max`, or that nothing expects. */
  falsePositives: number;
  /** Findings an `allow` covers: neither right nor wrong. */
  tolerated: number;
  /** Statements (expect or forbid) about this rule that wait on an issue. */
  pending: number;
}

export interface MetadataScore {
  field: MetadataField;
  right: number;
  wrong: number;
}

export interface Score {
  rules: RuleScore[];
  metadata: MetadataScore[];
  /** Statements not pending that do not hold, and findings nothing expects: what a test asserts. */
  failures: string[];
  /** Pending statements that hold today: their `pending` can go. */
  nowHolding: string[];
  /** Known-wrong findings and unmet expectations that wait on an issue, for the reader of the table. */
  knownWrong: string[];
}

export const precisionOf = (score: RuleScore): number | undefined =>
  score.truePositives + score.falsePositives === 0 ? undefined : score.truePositives / (score.truePositives + score.falsePositives);

export const recallOf = (score: RuleScore): number | undefined => (score.expected === 0 ? undefined : score.met / score.expected);

/**
 * Compares each seed's findings with the manifest. Every finding is judged: a finding that no
 * statement covers is a false positive and a failure, so that the manifest stays exhaustive.
 */
export function scoreCorpus(manifest: Manifest, seeds: readonly CheckedSeed[]): Score {
  const tally = new Tally();
  const checked = new Set(seeds.map((seed) => seed.path));
  for (const path of manifest.seeds.keys()) {
    if (!checked.has(path)) tally.failures.push(`${path}: in the manifest but not in the corpus`);
  }
  for (const seed of seeds) {
    const expectations = manifest.seeds.get(seed.path);
    if (!expectations) tally.failures.push(`${seed.path}: not in the manifest (${seed.findings.length} findings unjudged)`);
    else scoreSeed(seed, expectations, tally);
  }
  return tally.score();
}

function scoreSeed(seed: CheckedSeed, expectations: SeedExpectations, tally: Tally): void {
  const assigned = new Map<Expectation, Finding[]>(expectations.expect.map((expectation) => [expectation, []]));
  /** Expectations that more findings touched than their `max` allows: not met, however right the first ones. */
  const exceeded = new Set<Expectation>();
  for (const finding of seed.findings) {
    const where = `${seed.path}:${finding.line} ${finding.rule}`;
    const forbidden = expectations.forbid.filter((forbid) => touches(forbid, finding));
    if (forbidden.length > 0) {
      tally.falsePositive(finding.rule);
      report(tally, forbidden, `${where} is forbidden: ${describe(forbidden[0])}`);
      continue;
    }
    const expecting = expectations.expect.filter((expect) => touches(expect, finding));
    const open = expecting.find((expect) => assigned.get(expect)!.length < (expect.max ?? Infinity));
    if (open) {
      assigned.get(open)!.push(finding);
      tally.rule(finding.rule).truePositives++;
    } else if (expecting.length > 0) {
      for (const expect of expecting) exceeded.add(expect);
      tally.falsePositive(finding.rule);
      report(tally, expecting, `${where} is one more than the ${expecting[0].max} expected: ${describe(expecting[0])}`);
    } else if (expectations.allow.some((allow) => touches(allow, finding))) {
      tally.rule(finding.rule).tolerated++;
    } else {
      tally.falsePositive(finding.rule);
      tally.failures.push(`${where} is unexpected: "${finding.message}"`);
    }
  }
  for (const [expect, findings] of assigned) {
    const right = findings.find((finding) => hasDetails(expect, finding));
    const met = right !== undefined && !exceeded.has(expect);
    const rule = right?.rule ?? rulesOf(expect)[0];
    const score = tally.rule(rule);
    score.expected++;
    if (met) score.met++;
    if (expect.pending) score.pending++;
    const what = `${seed.path}: expected ${describe(expect)}`;
    if (met && expect.pending) tally.nowHolding.push(`${what} (holds now; ${expect.pending} no longer pending)`);
    if (!met) (expect.pending ? tally.knownWrong : tally.failures).push(`${what}${exceeded.has(expect) ? '; found more' : findings.length > 0 ? `; found ${findings.map((f) => `"${f.message}" (fix: ${f.preferredFix ?? 'none'})`).join(', ')}` : ', not found'}`);
  }
  for (const forbid of expectations.forbid) {
    if (!forbid.pending) continue;
    tally.rule(rulesOf(forbid)[0]).pending++;
    if (!seed.findings.some((finding) => touches(forbid, finding))) tally.nowHolding.push(`${seed.path}: forbidden ${describe(forbid)} (holds now; ${forbid.pending} no longer pending)`);
  }
  for (const field of METADATA_FIELDS) {
    const expected = expectations.metadata[field];
    if (!expected) continue;
    const actual = seed.metadata[field];
    const right = sameValue(field, expected.value, actual);
    tally.metadata(field, right);
    const what = `${seed.path}: ${field} ${JSON.stringify(expected.value)}, found ${JSON.stringify(actual ?? null)}`;
    if (right && expected.pending) tally.nowHolding.push(`${what} (holds now; ${expected.pending} no longer pending)`);
    if (!right) (expected.pending ? tally.knownWrong : tally.failures).push(what);
  }
}

/** A forbidden finding fails the test unless every statement forbidding it is pending. */
function report(tally: Tally, statements: Expectation[], message: string): void {
  (statements.every((statement) => statement.pending) ? tally.knownWrong : tally.failures).push(message);
}

const rulesOf = (expectation: Expectation): string[] => (Array.isArray(expectation.rule) ? expectation.rule : [expectation.rule]);

/** Whether the finding is of the statement's rule and touches its lines (any line when it names none). */
function touches(expectation: Expectation, finding: Finding): boolean {
  if (!rulesOf(expectation).includes(finding.rule)) return false;
  const [first, last] = expectation.lines ?? (expectation.line !== undefined ? [expectation.line, expectation.line] : [1, Infinity]);
  return finding.line <= last && finding.endLine >= first;
}

function hasDetails(expectation: Expectation, finding: Finding): boolean {
  if (expectation.related && !finding.related.some((place) => place.path === expectation.related)) return false;
  if (expectation.preferredFix && !finding.preferredFix?.includes(expectation.preferredFix)) return false;
  return true;
}

function describe(expectation: Expectation): string {
  const where = expectation.lines ? ` on lines ${expectation.lines.join('–')}` : expectation.line !== undefined ? ` on line ${expectation.line}` : '';
  const details = [
    expectation.related && `related to ${expectation.related}`,
    expectation.preferredFix && `preferred fix "${expectation.preferredFix}"`,
    expectation.max !== undefined && `at most ${expectation.max}`,
  ].filter(Boolean);
  return `${rulesOf(expectation).join(' or ')}${where}${details.length > 0 ? ` (${details.join(', ')})` : ''}${expectation.note ? ` — ${expectation.note}` : ''}${expectation.pending ? ` [${expectation.pending}]` : ''}`;
}

/** Titles compare without case, spacing and enclosing quotes; dates by their leading ISO part. */
function sameValue(field: MetadataField, expected: string | null, actual: CheckedMetadata[MetadataField]): boolean {
  if (expected === null || actual === undefined) return expected === null && actual === undefined;
  if (field === 'date') return actual.startsWith(expected);
  if (field === 'title') return normaliseTitle(actual) === normaliseTitle(expected);
  return actual === expected;
}

const normaliseTitle = (title: string) =>
  title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[«"“'‘]+|[»"”'’]+$/g, '')
    .toLocaleLowerCase();

class Tally {
  readonly failures: string[] = [];
  readonly nowHolding: string[] = [];
  readonly knownWrong: string[] = [];
  private readonly rules = new Map<string, RuleScore>();
  private readonly fields = new Map<MetadataField, MetadataScore>();

  rule(rule: string): RuleScore {
    let score = this.rules.get(rule);
    if (!score) this.rules.set(rule, (score = { rule, expected: 0, met: 0, truePositives: 0, falsePositives: 0, tolerated: 0, pending: 0 }));
    return score;
  }

  falsePositive(rule: string): void {
    this.rule(rule).falsePositives++;
  }

  metadata(field: MetadataField, right: boolean): void {
    let score = this.fields.get(field);
    if (!score) this.fields.set(field, (score = { field, right: 0, wrong: 0 }));
    if (right) score.right++;
    else score.wrong++;
  }

  score(): Score {
    return {
      rules: [...this.rules.values()].sort((a, b) => a.rule.localeCompare(b.rule)),
      metadata: METADATA_FIELDS.map((field) => this.fields.get(field)).filter((score): score is MetadataScore => score !== undefined),
      failures: this.failures,
      nowHolding: this.nowHolding,
      knownWrong: this.knownWrong,
    };
  }
}
