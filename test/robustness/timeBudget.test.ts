import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { TIMED_SEED_CHARS } from '../../server/src/host/timeBudget';
import { checkJson, removeFolder } from '../cli/cliHarness';
import { fixableSeed, makeCorpus, PLAIN_SEED, skippedReasons } from './robustHarness';

/**
 * One paragraph repeated throughout, with trailing spaces to fix: the costliest shape of seed
 * known (its repeats meet each other in the index). Over the size from which seeds are timed,
 * and far too much work for the 1 ms budget the tests give it, however fast the engine gets.
 */
function pathologicalSeed(): string {
  const paragraph = 'Hviterusslands president Aleksandr Lukasjenko sier at Russland skal bidra til å sørge for sikkerhet i landet, etter samtalen lørdag.   ';
  const text = `---\ntitle: Gjentatt\ndate: 2020-08-15\nlang: nb\n---\n${Array(4000).fill(paragraph).join('\n\n')}\n`;
  assert.ok(text.length > TIMED_SEED_CHARS);
  return text;
}

describe('robustness: a per-seed time budget', () => {
  const folders: string[] = [];
  after(() => folders.forEach(removeFolder));

  it('skips a seed whose check takes too long, and checks and fixes the others', { timeout: 120_000 }, async () => {
    const small = fixableSeed('Small and quick');
    const slow = pathologicalSeed();
    const folder = makeCorpus({ 'slow.txt': slow, 'small.txt': small.before, 'plain.txt': PLAIN_SEED });
    folders.push(folder);

    const check = await checkJson(['--seed-timeout', '0.001'], folder);
    assert.equal(check.run.code, 0, check.run.stderr);
    assert.deepEqual(skippedReasons(check.report), { 'slow.txt': 'checking it took longer than 0.001 s; skipped (see --seed-timeout)' });
    assert.deepEqual(check.report.seeds.map((seed) => seed.path), ['plain.txt', 'small.txt'], 'small seeds are never timed');

    // Within the default budget, the same seed is timed and checked like any other.
    const timed = await checkJson([], folder);
    assert.deepEqual(timed.report.seeds.map((seed) => seed.path), ['plain.txt', 'slow.txt', 'small.txt']);
    assert.ok(timed.report.seeds[1].diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-passage'));

    const fix = await checkJson(['--fix', '--seed-timeout', '0.001'], folder);
    assert.equal(fix.run.code, 0, fix.run.stderr);
    assert.deepEqual(skippedReasons(fix.report), { 'slow.txt': 'fixing it took longer than 0.001 s; skipped (see --seed-timeout)' });
    assert.equal(fs.readFileSync(path.join(folder, 'slow.txt'), 'utf8'), slow);
    assert.equal(fs.readFileSync(path.join(folder, 'small.txt'), 'utf8'), small.after);
  });
});
