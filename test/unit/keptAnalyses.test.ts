import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { analyseSeed } from '../../server/src/engine/analyse';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { KeptAnalyses } from '../../server/src/host/keptAnalyses';
import { CHANGED_SINCE_INDEXED, SeedTaskRunner } from '../../server/src/host/seedTasks';

const config = defaultConfig();
const REALISTIC = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'realistic');

describe('KeptAnalyses', () => {
  const seed = analyseSeed('Title\n\nA short text.\n', config);

  it('gives a kept analysis once, and only for the text it was made of', () => {
    const kept = new KeptAnalyses();
    assert.equal(kept.keep(0, '/a.txt', { textHash: 1, seed }, 100), true);
    assert.equal(kept.take(0, '/a.txt', 1)?.seed, seed);
    assert.equal(kept.take(0, '/a.txt', 1), undefined, 'taken once');
    kept.keep(0, '/a.txt', { textHash: 1, seed }, 100);
    assert.equal(kept.take(0, '/a.txt', 2), undefined, 'another text');
    assert.equal(kept.take(0, '/a.txt', 1), undefined, 'forgotten when the text differed');
    kept.keep(0, '/a.txt', { textHash: 1, seed }, 100);
    assert.equal(kept.take(1, '/a.txt', 1), undefined, 'another corpus');
  });

  it('forgets the oldest past its budget, and keeps no text longer than the budget', () => {
    const kept = new KeptAnalyses();
    assert.equal(kept.keep(0, '/a.txt', { textHash: 1, seed }, 5_000_000), true);
    assert.equal(kept.keep(0, '/b.txt', { textHash: 2, seed }, 5_000_000), true);
    assert.equal(kept.take(0, '/a.txt', 1), undefined, 'the oldest went');
    assert.equal(kept.take(0, '/b.txt', 2)?.seed, seed);
    assert.equal(kept.keep(0, '/c.txt', { textHash: 3, seed }, 9_000_000), false);
    assert.equal(kept.take(0, '/c.txt', 3), undefined);
  });
});

/**
 * A seed's check after its digest on the same runner reuses the digest's analysis: what it
 * reports is what a runner that never saw the digest reports, and a file changed in between is
 * still refused.
 */
describe('SeedTaskRunner reusing a digest for the check', () => {
  let folder: string;
  let files: string[];

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-kept-'));
    fs.cpSync(REALISTIC, folder, { recursive: true, filter: (source) => !source.endsWith('.json') && !source.endsWith('.md') });
    files = fs
      .readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(folder, name));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('reports the same as an analysis made for the check alone', async () => {
    const reusing = new SeedTaskRunner();
    const fresh = new SeedTaskRunner();
    reusing.setUp(0, { config, refuseEmpty: false, keepAnalyses: true });
    fresh.setUp(0, { config, refuseEmpty: false, keepAnalyses: false });
    const corpus = new Corpus({ folder, config, configProblems: [] });
    const digests = new Map<string, Awaited<ReturnType<typeof digestOn>>>();
    for (const file of files) {
      const digest = await digestOn(reusing, file);
      corpus.loadDigest(URI.file(file).toString(), digest);
      digests.set(file, digest);
    }
    assert.ok(files.length > 20, `${files.length} seeds`);
    let withFindings = 0;
    for (const file of files) {
      const task = describeTask(corpus, file, digests.get(file)!);
      const notKept = await fresh.run({ kind: 'digest', corpus: 0, file });
      assert.ok(notKept.ok && 'digest' in notKept && notKept.kept === false, 'a runner of a large corpus keeps nothing');
      const reused = await reusing.run(task);
      assert.deepEqual(reused, await fresh.run(task), file);
      if (reused.ok && 'described' in reused && reused.described.findings.length > 0) withFindings++;
    }
    assert.ok(withFindings > 10, `${withFindings} seeds with findings`);
  });

  it('still refuses a file that changed since its digest', async () => {
    const runner = new SeedTaskRunner();
    runner.setUp(0, { config, refuseEmpty: false, keepAnalyses: true });
    const corpus = new Corpus({ folder, config, configProblems: [] });
    const file = files[0];
    const digest = await digestOn(runner, file);
    corpus.loadDigest(URI.file(file).toString(), digest);
    fs.appendFileSync(file, '\nA line added meanwhile.\n');
    assert.deepEqual(await runner.run(describeTask(corpus, file, digest)), { ok: false, reason: CHANGED_SINCE_INDEXED });
  });

  it('refuses a file rewritten since its digest with as many bytes and its old modification time', async () => {
    const runner = new SeedTaskRunner();
    runner.setUp(0, { config, refuseEmpty: false, keepAnalyses: true });
    const corpus = new Corpus({ folder, config, configProblems: [] });
    const file = files[1];
    const digest = await digestOn(runner, file);
    corpus.loadDigest(URI.file(file).toString(), digest);
    const { atime, mtime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/[a-z]/, 'x') === text ? text.replace(/x/, 'y') : text.replace(/[a-z]/, 'x'));
    fs.utimesSync(file, atime, mtime);
    assert.deepEqual(await runner.run(describeTask(corpus, file, digest)), { ok: false, reason: CHANGED_SINCE_INDEXED });
  });
});

async function digestOn(runner: SeedTaskRunner, file: string) {
  const outcome = await runner.run({ kind: 'digest', corpus: 0, file });
  assert.ok(outcome.ok && 'digest' in outcome, file);
  assert.equal(outcome.kept, true, 'a seed of a few KB is kept');
  return outcome.digest;
}

function describeTask(corpus: Corpus, file: string, digest: Awaited<ReturnType<typeof digestOn>>) {
  const uri = URI.file(file).toString();
  return {
    kind: 'describe' as const,
    corpus: 0,
    file,
    uri,
    path: corpus.relativePath(uri)!,
    textHash: digest.textHash,
    language: digest.language,
    facts: corpus.factsOf(uri, digest.quotes),
    now: Date.UTC(2026, 10, 27),
    seedTimeout: 0,
  };
}
