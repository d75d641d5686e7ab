import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { LocatedEdit, SeedFinding } from '../../server/src/engine/findings';
import { applyEdits, compatibleFixes } from '../../server/src/engine/fixes';
import { ALL_RULES } from '../../server/src/engine/rules/allRules';
import { RULE_IDS } from '../../server/src/engine/rules/ruleIds';
import { LineMap } from '../../server/src/engine/text/lineMap';
import { checkCorpus, editsOf, FIXTURES, readFixture, reported, type FixtureSeed } from './fixtureCorpus';

/** Fixture folders are named after the rule they test, with an optional `--case` suffix. */
const folders = readdirSync(FIXTURES).sort();
const ruleOf = (folder: string) => folder.split('--')[0];

describe('rule fixtures', () => {
  it('no rule whose fixes may be safe reads other seeds: check --fix runs them without the corpus', () => {
    assert.deepEqual(ALL_RULES.filter((rule) => rule.fixesSafely && rule.crossSeed).map((rule) => rule.id), []);
  });

  it('every rule has at least one fixture', () => {
    const covered = new Set(folders.map(ruleOf));
    assert.deepEqual(RULE_IDS.filter((id) => !covered.has(id)), []);
  });

  for (const folder of folders) {
    const rule = ruleOf(folder);
    const rules = new Set([rule]);
    describe(folder, () => {
      const { seeds, config } = readFixture(folder);

      it('reports exactly the marked lines', () => {
        for (const { seed, findings } of checkCorpus(seeds, config)) {
          assert.deepEqual(reported(findings, rules), expectedFor(seed, rule), `${seed.name}`);
        }
      });

      it('reports the same with CRLF line endings and a BOM', () => {
        const crlfWithBom = (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`;
        for (const { seed, findings } of checkCorpus(seeds, config, crlfWithBom)) {
          assert.deepEqual(reported(findings, rules), expectedFor(seed, rule), `${seed.name} (CRLF, BOM)`);
        }
      });

      it('its preferred fixes clear its findings and keep all other text', () => {
        const fixed = applyPreferredFixes(seeds, config, rule);
        for (const { seed, findings } of checkCorpus(fixed, config)) {
          const unfixable = findings.filter((f) => f.rule === rule && !f.fixes.some((fix) => fix.kind === 'edit'));
          assert.deepEqual(reported(findings, rules), reported(unfixable, rules), `${seed.name} after fixes:\n${seed.text}`);
        }
      });
    });
  }
});

function expectedFor(seed: FixtureSeed, rule: string): string[] {
  return seed.expected.filter((e) => e.endsWith(`:${rule}`)).sort();
}

/** Applies the preferred text fix of each of the rule's findings, pass after pass, as a curator clicking would. */
function applyPreferredFixes(seeds: FixtureSeed[], config: Parameters<typeof checkCorpus>[1], rule: string): FixtureSeed[] {
  let current = seeds;
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    current = checkCorpus(current, config).map(({ seed, findings }) => {
      const fixes = findings
        .filter((f) => f.rule === rule)
        .map((f) => {
          const withEdits = f.fixes.filter((fix) => fix.kind === 'edit');
          const fixEdits = editsOf(withEdits.find((fix) => fix.preferred) ?? withEdits[0]);
          fixEdits.forEach((edit) => assertStaysNear(seed.text, f, edit, seed.name));
          return fixEdits;
        });
      const { edits } = compatibleFixes(fixes);
      if (edits.length === 0) return seed;
      changed = true;
      return { ...seed, text: applyEdits(seed.text, edits) };
    });
    if (!changed) break;
  }
  return current;
}

/**
 * A quick fix changes only its own place: the finding's lines (a deleted line may take the blank
 * lines around it along), or an insertion into the header above it.
 */
function assertStaysNear(text: string, diagnostic: SeedFinding, edit: LocatedEdit, name: string): void {
  const lines = new LineMap(text.replace(/^\ufeff/, ''));
  const insertionAbove = edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character && edit.range.start.line <= diagnostic.range.start.line;
  const onlyBlankBefore = lines.text.slice(lines.offsetAt(edit.range.start), lines.lineStarts[diagnostic.range.start.line]).trim() === '';
  const startsNear = edit.range.start.line >= diagnostic.range.start.line - 1 || onlyBlankBefore;
  const nearby = startsNear && edit.range.end.line <= diagnostic.range.end.line + 2;
  assert.ok(insertionAbove || nearby, `${name}: the fix for "${diagnostic.message}" edits lines ${edit.range.start.line}-${edit.range.end.line}`);
}
