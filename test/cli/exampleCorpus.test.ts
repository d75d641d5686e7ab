import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, REPO } from './cliHarness';

/** The defect each example seed was written to show; the README sends new users here first. */
const SHOWN: Record<string, string[]> = {
  '01-harbour-bridge-reopens.txt': [],
  '02-ferje-innstilt.txt': ['invalid-date', 'corpus-duplicate'],
  '03-ferjestreik-truer.txt': ['missing-date', 'boilerplate', 'corpus-duplicate'],
  '04-ferjestreik-kopi.txt': ['duplicate-seed', 'fused-header', 'imprecise-date', 'stray-whitespace'],
  '05-library-opening.txt': ['navigation-header', 'duplicate-passage', 'boilerplate', 'stray-whitespace'],
  '06-storm-photo.txt': ['imprecise-date', 'caption-header'],
  '07-ny-skole.txt': ['missing-date', 'stray-whitespace'],
};

describe('the example corpus', () => {
  it('shows each defect it was written for, and the clean seed has none', async () => {
    const { run, report } = await checkJson([path.join(REPO, 'examples', 'corpus')], REPO);
    assert.equal(run.code, 1, 'the examples hold error-severity findings by design');
    assert.deepEqual(report.seeds.map((seed) => seed.path), Object.keys(SHOWN));
    for (const seed of report.seeds) {
      const codes = new Set(seed.diagnostics.map((d) => d.code));
      for (const code of SHOWN[seed.path]) assert.ok(codes.has(code), `${seed.path} shows ${code}; it has ${[...codes].join(', ')}`);
      if (SHOWN[seed.path].length === 0) assert.deepEqual([...codes], [], seed.path);
      assert.ok(!codes.has('language-mismatch') && !codes.has('mixed-language'), `${seed.path}: no language rule`);
    }
    assert.equal(report.summary.skipped, 0);
  });
});
