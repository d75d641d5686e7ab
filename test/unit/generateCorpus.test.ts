import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseArgs } from '../corpora/args';
import { DEFAULT_OPTIONS, generateSeeds, optionsFromArgs, writeCorpus, type CorpusKind, type GeneratedSeed } from '../corpora/generateCorpus';

const generate = (kind: CorpusKind, seeds: number, seed = DEFAULT_OPTIONS.seed): GeneratedSeed[] => [...generateSeeds({ ...DEFAULT_OPTIONS, kind, seeds, seed })];

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed, and another for another seed', () => {
    const first = generate('mixed', 300);
    assert.deepEqual(generate('mixed', 300), first);
    assert.notDeepEqual(generate('mixed', 300, 2).map((seed) => seed.text), first.map((seed) => seed.text));
  });

  it('makes as many seeds as asked, of the kind asked, under unique paths', () => {
    for (const kind of ['news', 'posts', 'reviews'] as const) {
      const seeds = generate(kind, 150);
      assert.equal(seeds.length, 150);
      assert.equal(new Set(seeds.map((seed) => seed.path)).size, 150);
      assert.ok(seeds.every((seed) => seed.path.startsWith(`${kind}/`) && seed.path.endsWith('.txt')), kind);
    }
    const folders = new Set(generate('mixed', 200).map((seed) => seed.path.split('/')[0]));
    assert.deepEqual([...folders].sort(), ['news', 'posts', 'reviews']);
  });

  it('writes seeds of 2 to 4 KB on average, each ending with a line break', () => {
    const seeds = generate('mixed', 1000);
    const average = seeds.reduce((sum, seed) => sum + Buffer.byteLength(seed.text), 0) / seeds.length;
    assert.ok(average > 2048 && average < 4096, `average ${average} bytes`);
    assert.ok(seeds.every((seed) => seed.text.endsWith('\n')));
  });

  it('copies earlier originals in about the requested shares: verbatim, republished, near duplicates', () => {
    const seeds = generate('mixed', 2000);
    const paths = new Map(seeds.map((seed, index) => [seed.path, index]));
    const copies = seeds.filter((seed) => seed.copyOf);
    const share = copies.length / seeds.length;
    const expected = DEFAULT_OPTIONS.syndicatedShare + DEFAULT_OPTIONS.nearDuplicateShare;
    assert.ok(Math.abs(share - expected) < 0.04, `copy share ${share}`);
    for (const copy of copies) {
      const original = paths.get(copy.copyOf!.path);
      assert.ok(original !== undefined && original < paths.get(copy.path)!, `${copy.path} copies an earlier seed`);
      const originalText = seeds[original].text;
      if (copy.copyOf!.how === 'verbatim') assert.equal(copy.text, originalText);
      else assert.notEqual(copy.text, originalText, `${copy.path} (${copy.copyOf!.how}) differs from its original`);
    }
    assert.deepEqual(new Set(copies.map((copy) => copy.copyOf!.how)), new Set(['verbatim', 'republished', 'near-duplicate']));
  });

  it('writes a corpus folder with its config and the list of copies, and refuses a folder that is not empty', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-generated-'));
    try {
      const written = writeCorpus(folder, { ...DEFAULT_OPTIONS, kind: 'posts', seeds: 40 });
      const files = fs.readdirSync(path.join(folder, 'posts'));
      assert.equal(files.length, 40);
      assert.equal(written.seeds, 40);
      assert.ok(fs.existsSync(path.join(folder, '.seedcurator.json')));
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'generated.json'), 'utf8')) as { copies: unknown[] };
      assert.equal(manifest.copies.length, written.copies);
      assert.throws(() => writeCorpus(folder, { ...DEFAULT_OPTIONS, kind: 'posts', seeds: 1 }), /not empty/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads its command line strictly', () => {
    const { out, options } = optionsFromArgs(parseArgs(['--kind', 'news', '--seeds', '20', '--out', 'x', '--seed', '7'], { options: ['kind', 'seeds', 'out', 'seed'] }));
    assert.equal(out, 'x');
    assert.deepEqual([options.kind, options.seeds, options.seed], ['news', 20, 7]);
    assert.throws(() => optionsFromArgs(parseArgs(['--kind', 'poems', '--out', 'x'], { options: ['kind', 'out'] })), /--kind/);
    assert.throws(() => optionsFromArgs(parseArgs(['--seeds', '0', '--out', 'x'], { options: ['seeds', 'out'] })), /--seeds/);
    assert.throws(() => parseArgs(['--sedes', '3'], { options: ['seeds'] }), /unknown option/);
  });
});
