import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { LocatedEdit, SeedFinding } from '../../server/src/engine/findings';
import type { CorpusConfig } from '../../server/src/engine/config/config';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { applyEdits, compatibleFixes } from '../../server/src/engine/fixes';
import { matchWords } from '../../server/src/engine/text/normalize';
import { jaccard, shingleSet } from '../../server/src/engine/fingerprint/shingles';
import { checkCorpus, editsOf, FIXTURES, readFixture, type FixtureSeed } from './fixtureCorpus';

const SHARED_SEEDS = path.resolve(__dirname, '../../../../shared/seeds');

function sharedSeeds(): FixtureSeed[] {
  return readdirSync(SHARED_SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, uri: `file:///corpus/${name}`, text: readFileSync(path.join(SHARED_SEEDS, name), 'utf8'), expected: [] }));
}

/** The preferred fix of each finding that has one that edits this seed. */
function preferredFixes(findings: SeedFinding[]): LocatedEdit[][] {
  return findings.flatMap((f) => {
    const edits = editsOf(f.fixes.find((fix) => fix.preferred && fix.kind === 'edit'));
    return edits.length > 0 ? [edits] : [];
  });
}

/** Removes the edited ranges from a text: what must survive the edits byte for byte. */
function untouched(text: string, edits: LocatedEdit[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(text.slice(from, edit.span.start));
    from = edit.span.end;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/**
 * Clicking every preferred quick fix, pass after pass, as a curator would: afterwards no finding
 * with a preferred text fix is left, and every piece of text between the edits is still there, in order.
 */
function fixEverything(seeds: FixtureSeed[], config: CorpusConfig = defaultConfig()): void {
  const syndicated = new Set(passagesFlagged(seeds, config, 'corpus-duplicate'));
  let current = seeds;
  for (let pass = 0; pass < 15; pass++) {
    let changed = false;
    current = checkCorpus(current, config).map(({ seed, findings }) => {
      const { edits } = compatibleFixes(preferredFixes(findings));
      if (edits.length === 0) return seed;
      changed = true;
      const fixed = applyEdits(seed.text, edits);
      let cursor = 0;
      for (const piece of untouched(seed.text, edits)) {
        const at = fixed.indexOf(piece, cursor);
        assert.ok(at >= 0, `${seed.name}: text outside the fixes was changed: ${JSON.stringify(piece.slice(0, 80))}`);
        cursor = at + piece.length;
      }
      return { ...seed, text: fixed };
    });
    if (!changed) break;
  }
  const remaining = checkCorpus(current, config).flatMap(({ analysed }) => analysed.parsed.passages.map((p) => shingleSet(p.words)));
  const survives = (words: string[]) => remaining.some((other) => jaccard(shingleSet(words), other) >= config.duplicates.similarity);
  assert.deepEqual([...syndicated].filter((text) => !survives(text.split(' '))), [], 'a syndicated passage (or a near copy) must survive in one seed');
  for (const { seed, findings } of checkCorpus(current, config)) {
    const left = findings.filter((f) => preferredFixes([f]).length > 0);
    assert.deepEqual(left.map((f) => `${f.rule}@${f.range.start.line}: ${f.message}`), [], `${seed.name} after every fix:\n${seed.text}`);
  }
}

/** Copies match after normalising (Unicode, case, punctuation), so survival is judged on the same words. */
const normalised = (text: string) => matchWords(text).join(' ');

function passagesFlagged(seeds: FixtureSeed[], config: CorpusConfig, rule: string): string[] {
  return checkCorpus(seeds, config).flatMap(({ text, findings }) => {
    const body = text.replace(/^\ufeff/, '');
    return findings.filter((f) => f.rule === rule).map((f) => normalised(body.slice(f.span.start, f.span.end)));
  });
}

describe('every preferred fix at once', () => {
  it('leaves each rule fixture clean', () => {
    for (const folder of readdirSync(FIXTURES)) {
      const { seeds, config } = readFixture(folder);
      fixEverything(seeds, config);
    }
  });

  it('leaves the shared seeds clean', { skip: !existsSync(SHARED_SEEDS) && `${SHARED_SEEDS} is absent` }, () => {
    fixEverything(sharedSeeds());
  });
});
