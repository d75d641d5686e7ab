import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_OPTIONS, corpusBesideCache } from '../corpora/generateCorpus';
import { runCli } from './cliHarness';

/**
 * `--cache` changes how fast a corpus is checked again, never what is reported: warm, after a
 * seed changed (which changes other seeds' duplicate findings), and with a damaged cache, the
 * report is the one a check without a cache gives.
 */
describe('check --cache', () => {
  let root: string;
  let corpus: string;
  let cache: string;
  const check = async (...extra: string[]) => {
    const run = await runCli(['check', '.', '--format', 'json', ...extra], corpus);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    return run;
  };

  before(() => {
    ({ root, corpus, cache } = corpusBesideCache('seed-curator-cache-', { ...DEFAULT_OPTIONS, kind: 'mixed', seeds: 120, syndicatedShare: 0.2, nearDuplicateShare: 0.1 }));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports the same cold, warm, after an edit, and from a damaged cache', async () => {
    const uncached = (await check()).stdout;
    const cold = await check(`--cache=${cache}`);
    assert.equal(cold.stdout, uncached, 'cold');
    assert.equal(cold.stderr, '', 'a new cache is no news');
    const cacheFiles = () => fs.readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cache'));
    assert.ok(cacheFiles().length > 0, 'the cache was written');
    assert.deepEqual(fs.readdirSync(corpus).filter((name) => !['news', 'posts', 'reviews', '.seedcurator.json', 'generated.json'].includes(name)), [], 'nothing written into the corpus');
    assert.equal((await check(`--cache=${cache}`)).stdout, uncached, 'warm');

    // One seed takes a paragraph of another: both seeds' findings change, the others' stay.
    const [first, second] = fs.readdirSync(path.join(corpus, 'news')).sort();
    const donor = fs.readFileSync(path.join(corpus, 'news', first), 'utf8').split('\n\n');
    fs.appendFileSync(path.join(corpus, 'news', second), `\n\n${donor.reduce((a, b) => (b.length > a.length ? b : a))}\n`);
    const edited = (await check()).stdout;
    assert.notEqual(edited, uncached);
    assert.equal((await check(`--cache=${cache}`)).stdout, edited, 'after an edit');

    for (const name of cacheFiles()) {
      const file = path.join(cache, name);
      const bytes = fs.readFileSync(file);
      for (let at = 64; at < bytes.length; at += 97) bytes[at] ^= 0x5a;
      fs.writeFileSync(file, bytes);
    }
    const damaged = await check(`--cache=${cache}`);
    const { corpora, ...findings } = JSON.parse(damaged.stdout) as { corpora: { notices: string[] }[] };
    const { corpora: _, ...expected } = JSON.parse(edited) as { corpora: unknown };
    assert.deepEqual(findings, expected, 'from a damaged cache');
    assert.match(corpora[0].notices.join('\n'), /damaged/, 'the damage is named in the report');
    assert.match(damaged.stderr, /damaged/, 'and on stderr');
  });
});
