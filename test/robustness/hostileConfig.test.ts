import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkJson, removeFolder, type CliRun } from '../cli/cliHarness';
import { fixableSeed, makeCorpus, mkfifo, PLAIN_SEED, UNPRIVILEGED } from './robustHarness';

const SEEDS = { 'a.txt': PLAIN_SEED, 'drafts/b.txt': PLAIN_SEED.replace('ferry', 'boat'), 'c.seed': PLAIN_SEED.replace('ferry', 'bus') };
/** Every config below is checked in well under this; a hang (a backtracking glob, a blocking read) fails the test. */
const BOUNDED = { timeout: 60_000 };

/** Each stderr line is one `seed-curator: …` message, and none is an internal error. */
function assertCleanMessages(run: CliRun): string[] {
  const lines = run.stderr.split('\n').filter(Boolean);
  for (const line of lines) assert.match(line, /^seed-curator: \.seedcurator\.json: /, run.stderr);
  assert.doesNotMatch(run.stderr, /internal error|\n {4}at /);
  return lines;
}

describe('robustness: a broken or hostile .seedcurator.json is named, and the defaults hold for it', () => {
  const folders: string[] = [];
  const corpus = (config: string | null, files: Record<string, string | Buffer> = SEEDS) => {
    const folder = makeCorpus(files, config);
    folders.push(folder);
    return folder;
  };
  after(() => folders.forEach(removeFolder));

  const cases: { name: string; config: string; messages: RegExp[]; seeds: string[] }[] = [
    {
      name: 'an empty include pattern',
      config: '{"include": [""]}',
      messages: [/The "include" pattern "" is empty; it is left out\. The defaults hold for it\.$/],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'an empty exclude pattern beside a good one',
      config: '{"exclude": ["", "drafts/**"]}',
      messages: [/The "exclude" pattern "" is empty; it is left out\./],
      seeds: ['a.txt', 'c.seed'],
    },
    {
      name: 'patterns escaping the root or absolute',
      config: '{"include": ["../**", "/etc/**", "**/../../*.txt"]}',
      messages: [
        /The "include" pattern "\.\.\/\*\*" reaches outside the corpus root/,
        /The "include" pattern "\/etc\/\*\*" is an absolute path/,
        /The "include" pattern "\*\*\/\.\.\/\.\.\/\*\.txt" reaches outside the corpus root/,
      ],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'a glob that would backtrack for minutes on one name',
      config: '{"include": ["**/*a*a*a*a*a*a*a*a*a*b", "*.txt"]}',
      messages: [/The "include" pattern "\*\*\/\*a\*a\*a\*a\*a\*a\*a\*a\*a\*b" has 11 wildcards .*; it is left out\./],
      seeds: ['a.txt'],
    },
    {
      name: 'wrong types everywhere',
      config: '{"include": "**/*.txt", "exclude": [1], "rules": [], "duplicates": 5, "boilerplate": {"minSeeds": "many", "phrases": "x"}, "languages": {}, "accepted": null, "ignore": [], "summarise": "yes"}',
      messages: [
        /"include" must be a list of strings\./,
        /"exclude" must be a list of strings\./,
        /"languages" must be a list of strings\./,
        /"accepted" must be a list of \{"passage": "its first words", "paths": \["a\.txt", "b\.txt"\]\} entries/,
        /"ignore" must map seed paths \(or globs\) to lists of rule ids\./,
        /"summarise" must be true, false, or \{"copies": true or false, "corpusWide": true or false\}\./,
        /"rules" must map rule ids/,
        /"duplicates" must be an object\./,
        /"boilerplate\.minSeeds" must be a number\./,
        /"boilerplate\.phrases" must be a list of strings\./,
      ],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'huge and infinite numbers',
      config: '{"duplicates": {"minWords": 1e308, "similarity": 1e999, "containment": -1e308}, "boilerplate": {"minSeeds": 1e308}}',
      messages: [/"duplicates\.similarity" must be a number\./, /"duplicates\.containment" must be between 0 and 1\./],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'keys that would pollute prototypes',
      config: '{"__proto__": {"include": ["nothing"]}, "rules": {"__proto__": "off", "constructor": "off"}, "duplicates": {"__proto__": {"minWords": 1}}, "ignore": {"__proto__": ["missing-date"]}}',
      messages: [/Unknown rule "__proto__"/, /Unknown rule "constructor"/, /Unknown setting "__proto__"/],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'JSON nested half a million deep',
      config: `{"rules": ${'['.repeat(500_000)}${']'.repeat(500_000)}}`,
      messages: [/"rules" must map rule ids/],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'a config over 1 MB',
      config: `{"accepted": [${Array.from({ length: 70_000 }, (_, i) => `"${String(i).padStart(12, '0')}"`).join(',')}]}`,
      messages: [/\.seedcurator\.json cannot be read: too large to check \(1\.\d MB; the limit is 1 MB\)\./],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
    {
      name: 'a config in UTF-16',
      config: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"include": ["*.seed"]}', 'utf16le')]).toString('latin1'),
      messages: [/\.seedcurator\.json cannot be read: UTF-16 text; convert it to UTF-8 to check it\./],
      seeds: ['a.txt', 'c.seed', 'drafts/b.txt'],
    },
  ];
  for (const { name, config, messages, seeds } of cases) {
    it(`${name}: named on stderr, the rest of the config and the defaults hold`, BOUNDED, async () => {
      const folder = corpus(null);
      fs.writeFileSync(path.join(folder, '.seedcurator.json'), config, name === 'a config in UTF-16' ? 'latin1' : 'utf8');
      const { run, report } = await checkJson([], folder);
      const lines = assertCleanMessages(run);
      assert.equal(lines.length, messages.length, run.stderr);
      for (const message of messages) assert.ok(lines.some((line) => message.test(line)), `${message} in\n${run.stderr}`);
      assert.equal(run.code, 0);
      assert.deepEqual(report.seeds.map((seed) => seed.path), seeds);
    });
  }

  it('accepts a config with a BOM', async () => {
    const folder = corpus('\uFEFF{"include": ["*.seed"]}');
    const { run, report } = await checkJson([], folder);
    assert.equal(run.stderr, '');
    assert.deepEqual(report.seeds.map((seed) => seed.path), ['c.seed']);
  });

  it('names a config that is a folder, a FIFO or unreadable, and checks the corpus with the defaults', BOUNDED, async () => {
    const asFolder = corpus(null);
    fs.mkdirSync(path.join(asFolder, '.seedcurator.json'));
    const asFifo = corpus(null);
    mkfifo(path.join(asFifo, '.seedcurator.json'));
    const unreadable = corpus('{"include": ["*.seed"]}');
    fs.chmodSync(path.join(unreadable, '.seedcurator.json'), 0o000);
    for (const [folder, reason] of [
      [asFolder, 'not a regular file \\(a folder\\)'],
      [asFifo, 'not a regular file \\(a FIFO\\)'],
      [unreadable, 'permission denied'],
    ]) {
      const { run, report } = await checkJson([], folder, UNPRIVILEGED);
      assert.match(run.stderr, new RegExp(`^seed-curator: \\.seedcurator\\.json: \\.seedcurator\\.json cannot be read: ${reason}\\. The defaults hold for it\\.\\n$`));
      assert.equal(run.code, 0);
      assert.deepEqual(report.seeds.map((seed) => seed.path), ['a.txt', 'c.seed', 'drafts/b.txt']);
    }
  });

  it('says so when include matches no file, instead of a silent "0 seeds"', async () => {
    const folder = corpus('{"include": ["**/*.md"]}');
    const { run, report } = await checkJson([], folder);
    assert.equal(run.stderr, 'seed-curator: .seedcurator.json: no file is a seed: none matches "include" ["**/*.md"] without matching "exclude" ["**/node_modules/**","**/.git/**"].\n');
    assert.deepEqual(report.corpora[0].notices, ['no file is a seed: none matches "include" ["**/*.md"] without matching "exclude" ["**/node_modules/**","**/.git/**"].']);
    assert.equal(report.summary.seeds, 0);
  });

  it('lets --fix write nothing in a corpus whose config has problems, and exits 2', async () => {
    const seed = fixableSeed('Pier closed');
    const folder = corpus('{"rules": {"stray-whitespace": "of"}}', { 'a.txt': seed.before });
    const { run, report } = await checkJson(['--fix'], folder);
    assert.equal(fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'), seed.before);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--fix writes nothing in a corpus until they are fixed\.\n$/);
    assert.equal(report.seeds[0].unwritten, '2 fixes not written: .seedcurator.json has problems, and --fix writes nothing in a corpus until they are fixed');
    assert.equal(report.summary.unwritten, 1);
  });
});
