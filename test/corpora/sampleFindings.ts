/**
 * `node out/test/corpora/sampleFindings.js DIR [--per-rule 25] [--seed S] [--rule ID]`: checks
 * the corpus at DIR as `seed-curator check` does and prints, for each rule, a random sample of its
 * findings with the flagged lines and the lines of the places they relate to, so that a person can
 * read them and judge how many are right. The same seed gives the same sample.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { progressFor } from '../../server/src/cli/progress';
import { integerOption, parseArgs, UsageError } from './args';
import { checkCorpusFolder, type CheckedSeed } from './checkFolder';
import type { Finding } from './findings';
import { Random } from './random';

export interface SampledFinding {
  seed: CheckedSeed;
  finding: Finding;
}

export interface RuleSample {
  rule: string;
  total: number;
  seeds: number;
  sample: SampledFinding[];
}

/** Up to `perRule` findings of each rule, drawn uniformly with a seeded PRNG, then put in path order. */
export function sampleFindings(seeds: readonly CheckedSeed[], perRule: number, seed: number): RuleSample[] {
  const byRule = new Map<string, SampledFinding[]>();
  for (const checked of seeds) {
    for (const finding of checked.findings) {
      const list = byRule.get(finding.rule) ?? [];
      list.push({ seed: checked, finding });
      byRule.set(finding.rule, list);
    }
  }
  const random = new Random(seed);
  return [...byRule.keys()].sort().map((rule) => {
    const all = byRule.get(rule)!;
    const sample = random.sample(all, perRule).sort((a, b) => a.seed.path.localeCompare(b.seed.path) || a.finding.line - b.finding.line);
    return { rule, total: all.length, seeds: new Set(all.map((entry) => entry.seed.path)).size, sample };
  });
}

/** Lines shown per place: enough to judge a finding, few enough to read twenty-five of them. */
const MAX_LINES = 6;
const MAX_WIDTH = 160;
const MAX_RELATED = 3;

class SeedLines {
  private readonly cache = new Map<string, string[]>();
  constructor(private readonly root: string) {}

  /** 1-based lines `first`..`last` of a seed, numbered, shortened for reading. */
  excerpt(seedPath: string, first: number, last: number, indent: string): string[] {
    let lines = this.cache.get(seedPath);
    if (!lines) {
      try {
        lines = readFileSync(path.join(this.root, seedPath), 'utf8').split(/\r?\n/);
      } catch {
        lines = [];
      }
      this.cache.set(seedPath, lines);
    }
    const shown: string[] = [];
    const end = Math.min(last, first + MAX_LINES - 1, lines.length);
    for (let line = first; line <= end; line++) {
      const text = lines[line - 1];
      shown.push(`${indent}${String(line).padStart(5)} | ${text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH - 1)}…` : text}`);
    }
    if (last > end) shown.push(`${indent}        … ${last - end} more lines`);
    return shown;
  }
}

export function formatSamples(samples: readonly RuleSample[], root: string): string {
  const lines = new SeedLines(root);
  const out: string[] = ['Findings per rule:', ...samples.map(({ rule, total, seeds }) => `  ${rule.padEnd(24)} ${String(total).padStart(7)} in ${seeds} seeds`), ''];
  for (const { rule, total, sample } of samples) {
    out.push(`=== ${rule}: ${sample.length} of ${total} ===`, '');
    sample.forEach(({ seed, finding }, i) => {
      out.push(`[${i + 1}] ${seed.path}:${finding.line}  ${finding.message}`);
      if (finding.preferredFix) out.push(`    preferred fix: ${finding.preferredFix}`);
      out.push(...lines.excerpt(seed.path, finding.line, finding.endLine, '  '));
      for (const place of finding.related.slice(0, MAX_RELATED)) {
        out.push(`    related ${place.path}:${place.line}`, ...lines.excerpt(place.path, place.line, place.line, '    '));
      }
      if (finding.related.length > MAX_RELATED) out.push(`    … and ${finding.related.length - MAX_RELATED} other places`);
      out.push('');
    });
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { options: ['per-rule', 'seed', 'rule'] });
  if (args.positional.length !== 1) throw new UsageError('usage: sampleFindings.js DIR [--per-rule 25] [--seed S] [--rule ID]');
  const root = path.resolve(args.positional[0]);
  const seeds = await checkCorpusFolder(root, new Date(), progressFor(process.stderr, process.env, false));
  const only = args.options.get('rule');
  const samples = sampleFindings(seeds, integerOption(args, 'per-rule', 25, 1), integerOption(args, 'seed', 1)).filter((sample) => !only || sample.rule === only);
  process.stdout.write(`${formatSamples(samples, root)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`sampleFindings: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
