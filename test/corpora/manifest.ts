import { readFileSync } from 'node:fs';
import { RULE_IDS } from '../../server/src/engine/rules/ruleIds';

/**
 * Rules the catalogue does not have yet but issue 8 plans; a manifest may expect them (pending)
 * so that the table shows what they must find once they exist.
 */
export const PLANNED_RULE_IDS = ['mail-header', 'chrome-block', 'quoted-reply', 'fused-kicker'] as const;

const KNOWN_RULES = new Set<string>([...RULE_IDS, ...PLANNED_RULE_IDS]);

/**
 * One statement about a seed's findings. In `expect`: a finding of `rule` must touch the lines.
 * In `forbid`: no finding of `rule` may touch them. In `allow`: a finding there is neither right
 * nor wrong. Without `line`/`lines` the statement is about the whole seed.
 */
export interface Expectation {
  /** A rule id, or alternatives when either rule would be right (say navigation or chrome). */
  rule: string | string[];
  /** 1-based line. */
  line?: number;
  /** 1-based first and last line, inclusive. */
  lines?: [number, number];
  /** `expect` only: a corpus path the finding must name among its related places. */
  related?: string;
  /** `expect` only: text the title of the finding's preferred quick fix must contain. */
  preferredFix?: string;
  /** `expect` only: the most findings this statement accepts; further ones are false positives. */
  max?: number;
  /** The issue whose work will make this hold ("issue 8"); pending statements are reported, not asserted. */
  pending?: string;
  /** Why this is expected: for the person who reads a failure. */
  note?: string;
}

/** The value a metadata field must have; `null` when the seed must have none. */
export interface MetadataExpectation {
  value: string | null;
  pending?: string;
  note?: string;
}

export const METADATA_FIELDS = ['title', 'date', 'language'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface SeedExpectations {
  /** What kind of seed this is and what it tests. */
  about: string;
  expect: Expectation[];
  forbid: Expectation[];
  allow: Expectation[];
  metadata: Partial<Record<MetadataField, MetadataExpectation>>;
}

export interface Manifest {
  /** The moment the corpus is checked at, so that "a date in the future" does not move. */
  now: Date;
  /** By seed path relative to the corpus root. Every seed of the corpus must be listed. */
  seeds: Map<string, SeedExpectations>;
}

export class ManifestError extends Error {}

export function readManifest(file: string): Manifest {
  return parseManifest(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
}

/** Checks the shape strictly: a typo in a manifest must fail loudly, not silently expect nothing. */
export function parseManifest(json: unknown, where = 'manifest'): Manifest {
  const top = objectAt(json, where, ['$comment', 'now', 'seeds']);
  const now = new Date(stringAt(top.now, `${where}: now`));
  if (Number.isNaN(now.getTime())) throw new ManifestError(`${where}: now is not a date`);
  const seeds = new Map<string, SeedExpectations>();
  for (const [path, value] of Object.entries(objectAt(top.seeds, `${where}: seeds`))) {
    seeds.set(path, parseSeed(value, `${where}: ${path}`));
  }
  return { now, seeds };
}

function parseSeed(json: unknown, where: string): SeedExpectations {
  const seed = objectAt(json, where, ['about', 'expect', 'forbid', 'allow', 'metadata']);
  const list = (key: 'expect' | 'forbid' | 'allow') =>
    seed[key] === undefined ? [] : arrayAt(seed[key], `${where}: ${key}`).map((item, index) => parseExpectation(item, `${where}: ${key}[${index}]`, key === 'expect'));
  const metadata: SeedExpectations['metadata'] = {};
  if (seed.metadata !== undefined) {
    for (const [field, value] of Object.entries(objectAt(seed.metadata, `${where}: metadata`, [...METADATA_FIELDS]))) {
      metadata[field as MetadataField] = parseMetadata(value, `${where}: metadata.${field}`);
    }
  }
  return { about: stringAt(seed.about, `${where}: about`), expect: list('expect'), forbid: list('forbid'), allow: list('allow'), metadata };
}

function parseExpectation(json: unknown, where: string, isExpect: boolean): Expectation {
  const keys = ['rule', 'line', 'lines', 'pending', 'note', ...(isExpect ? ['related', 'preferredFix', 'max'] : [])];
  const item = objectAt(json, where, keys);
  const rules = Array.isArray(item.rule) ? item.rule : [item.rule];
  for (const rule of rules) {
    if (typeof rule !== 'string' || !KNOWN_RULES.has(rule)) throw new ManifestError(`${where}: unknown rule ${JSON.stringify(rule)}`);
  }
  const expectation: Expectation = { rule: item.rule as string | string[] };
  if (item.line !== undefined) expectation.line = positiveIntegerAt(item.line, `${where}: line`);
  if (item.lines !== undefined) {
    const lines = arrayAt(item.lines, `${where}: lines`).map((line) => positiveIntegerAt(line, `${where}: lines`));
    if (lines.length !== 2 || lines[0] > lines[1]) throw new ManifestError(`${where}: lines must be [first, last]`);
    expectation.lines = [lines[0], lines[1]];
  }
  if (expectation.line !== undefined && expectation.lines) throw new ManifestError(`${where}: give line or lines, not both`);
  if (item.related !== undefined) expectation.related = stringAt(item.related, `${where}: related`);
  if (item.preferredFix !== undefined) expectation.preferredFix = stringAt(item.preferredFix, `${where}: preferredFix`);
  if (item.max !== undefined) expectation.max = positiveIntegerAt(item.max, `${where}: max`);
  if (item.pending !== undefined) expectation.pending = pendingAt(item.pending, `${where}: pending`);
  if (item.note !== undefined) expectation.note = stringAt(item.note, `${where}: note`);
  return expectation;
}

function parseMetadata(json: unknown, where: string): MetadataExpectation {
  const item = objectAt(json, where, ['value', 'pending', 'note']);
  if (item.value !== null && typeof item.value !== 'string') throw new ManifestError(`${where}: value must be a string or null`);
  const expectation: MetadataExpectation = { value: item.value };
  if (item.pending !== undefined) expectation.pending = pendingAt(item.pending, `${where}: pending`);
  if (item.note !== undefined) expectation.note = stringAt(item.note, `${where}: note`);
  return expectation;
}

function objectAt(json: unknown, where: string, keys?: string[]): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ManifestError(`${where}: expected an object`);
  const unknown = keys ? Object.keys(json).filter((key) => !keys.includes(key)) : [];
  if (unknown.length > 0) throw new ManifestError(`${where}: unknown key ${unknown.join(', ')}`);
  return json as Record<string, unknown>;
}

function arrayAt(json: unknown, where: string): unknown[] {
  if (!Array.isArray(json)) throw new ManifestError(`${where}: expected an array`);
  return json;
}

function stringAt(json: unknown, where: string): string {
  if (typeof json !== 'string' || json.length === 0) throw new ManifestError(`${where}: expected a non-empty string`);
  return json;
}

function positiveIntegerAt(json: unknown, where: string): number {
  if (typeof json !== 'number' || !Number.isInteger(json) || json < 1) throw new ManifestError(`${where}: expected a positive integer`);
  return json;
}

/** "issue 8": a pending statement names the work that will make it hold. */
function pendingAt(json: unknown, where: string): string {
  const text = stringAt(json, where);
  if (!/^issue \d+$/.test(text)) throw new ManifestError(`${where}: expected "issue N"`);
  return text;
}
