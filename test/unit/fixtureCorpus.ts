import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { AnalysedSeed } from '../../server/src/engine/analyse';
import { parseConfig, type CorpusConfig } from '../../server/src/engine/config/config';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import type { LocatedEdit, LocatedFix, SeedFinding } from '../../server/src/engine/findings';

export const FIXTURES = path.resolve(__dirname, '../../../server/src/engine/rules/fixtures');
/** Checks run as of this day, so that "in the future" does not move under the fixtures. */
export const NOW = new Date('2026-11-21T12:00:00Z');

/**
 * Fixtures carry their expectations inline, markdownlint-style: `⟦rule-id⟧` at the end of a line
 * says that rule reports a finding starting on that line. Markers (and one space before) are
 * removed before the text is checked.
 */
const MARKER = /[ ]?⟦([a-z-]+)⟧/g;

export interface FixtureSeed {
  name: string;
  uri: string;
  text: string;
  /** `line:rule` for every marker, lines 0-based. */
  expected: string[];
}

export function readFixture(folder: string): { seeds: FixtureSeed[]; config: CorpusConfig } {
  const dir = path.join(FIXTURES, folder);
  const files = readdirSync(dir).sort();
  const configText = files.includes('.seedcurator.json') ? readFileSync(path.join(dir, '.seedcurator.json'), 'utf8') : undefined;
  const config = configText ? parseConfig(configText).config : defaultConfig();
  const seeds = files
    .filter((file) => /\.(txt|seed)$/.test(file))
    .map((name) => {
      const raw = readFileSync(path.join(dir, name), 'utf8');
      const expected: string[] = [];
      const text = raw
        .split('\n')
        .map((line, index) => line.replace(MARKER, (_, rule: string) => (expected.push(`${index}:${rule}`), '')))
        .join('\n');
      return { name, uri: URI.file(path.join('/corpus', name)).toString(), text, expected };
    });
  return { seeds, config };
}

export interface CheckedSeed {
  seed: FixtureSeed;
  text: string;
  analysed: AnalysedSeed;
  findings: SeedFinding[];
}

/** Indexes every seed (as the CLI does), then checks each. `transform` rewrites texts first (CRLF, BOM). */
export function checkCorpus(seeds: FixtureSeed[], config: CorpusConfig, transform: (text: string) => string = (t) => t): CheckedSeed[] {
  const corpus = new Corpus({ folder: '/corpus', configFile: '/corpus/.seedcurator.json', config, configProblems: [] });
  const analysed = seeds.map((seed) => ({ seed, text: transform(seed.text), analysed: corpus.update(seed.uri, transform(seed.text)).seed }));
  return analysed.map((entry) => ({ ...entry, findings: corpus.check(entry.seed.uri, entry.analysed, NOW) }));
}

export function reported(findings: readonly SeedFinding[], rules: ReadonlySet<string>): string[] {
  return findings.filter((f) => rules.has(f.rule)).map((f) => `${f.range.start.line}:${f.rule}`).sort();
}

/** The text edits of a fix; none for fixes that open, accept or delete. */
export function editsOf(fix: LocatedFix | undefined): LocatedEdit[] {
  return fix?.kind === 'edit' ? fix.edits : [];
}
