import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fixSeed } from '../../server/src/cli/fixSeed';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { FIXTURES, readFixture } from './fixtureCorpus';

/**
 * Beside each rule fixture `x.txt` stands `x.txt.fixed`: its text after every safe fix, as
 * `check --fix` leaves it. A change to what the safe fixes do shows here as a diff to read.
 * `UPDATE_GOLDEN=1 npm run test:fast` rewrites them.
 */
describe('rule fixtures after their safe fixes', () => {
  for (const folder of readdirSync(FIXTURES).sort()) {
    it(folder, () => {
      const { seeds, config } = readFixture(folder);
      const corpus = new Corpus({ folder: '/corpus', configFile: '/corpus/.seedcurator.json', config, configProblems: [] });
      const analysed = seeds.map((seed) => ({ seed, analysed: corpus.update(seed.uri, seed.text).seed }));
      for (const { seed, analysed: current } of analysed) {
        const fixed = fixSeed(corpus, seed.uri, current).text;
        const golden = path.join(FIXTURES, folder, `${seed.name}.fixed`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, fixed);
        assert.ok(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npm run test:fast`);
        assert.equal(fixed, readFileSync(golden, 'utf8'), `${folder}/${seed.name} after its safe fixes`);
      }
    });
  }
});
