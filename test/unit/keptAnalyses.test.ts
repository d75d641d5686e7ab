import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { KeptUntilTaken } from '../../server/src/host/keptAnalyses';
import { CHANGED_SINCE_INDEXED, digestKeyOf, SeedTaskRunner } from '../../server/src/host/seedTasks';
import { textHashOf } from '../../server/src/engine/analyse';

const config = defaultConfig();
const REALISTIC = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'realistic');

describe('KeptUntilTaken', () => {
  it('gives a kept value once, and only under the key it was kept by', () => {
    const kept = new KeptUntilTaken<string>(1000);
    assert.equal(kept.keep('a', 'A', 100), true);
    assert.equal(kept.take('b'), undefined, 'another key');
    assert.equal(kept.take('a'), 'A');
    assert.equal(kept.take('a'), undefined, 'taken once');
    kept.keep('a', 'A', 100);
    kept.keep('a', 'A2', 100);
    assert.equal(kept.take('a'), 'A2', 'kept again, the newer value');
  });

  it('forgets the oldest past its budget, and keeps nothing larger than the budget', () => {
    const kept = new KeptUntilTaken<string>(8);
    assert.equal(kept.keep('a', 'A', 5), true);
    assert.equal(kept.keep('b', 'B', 5), true);
    assert.equal(kept.take('a'), undefined, 'the oldest went');
    assert.equal(kept.take('b'), 'B');
    assert.equal(kept.keep('c', 'C', 9), false);
    assert.equal(kept.take('c'), undefined);
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

  /** A runner that digested `file` and kept its analysis, and the check task of the file as indexed then. */
  async function digestedOnRunner(file: string) {
    const runner = new SeedTaskRunner();
    runner.setUp(0, { config, refuseEmpty: false, keepAnalyses: true });
    const corpus = new Corpus({ folder, config, configProblems: [] });
    const digest = await digestOn(runner, file);
    corpus.loadDigest(URI.file(file).toString(), digest);
    return { runner, check: describeTask(corpus, file, digest) };
  }

  it('still refuses a file that changed since its digest', async () => {
    const file = files[0];
    const { runner, check } = await digestedOnRunner(file);
    fs.appendFileSync(file, '\nA line added meanwhile.\n');
    assert.deepEqual(await runner.run(check), { ok: false, reason: CHANGED_SINCE_INDEXED });
  });

  it('refuses a file rewritten since its digest with as many bytes and its old modification time', async () => {
    const file = files[1];
    const { runner, check } = await digestedOnRunner(file);
    const { atime, mtime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/[a-z]/, 'x') === text ? text.replace(/x/, 'y') : text.replace(/[a-z]/, 'x'));
    fs.utimesSync(file, atime, mtime);
    assert.deepEqual(await runner.run(check), { ok: false, reason: CHANGED_SINCE_INDEXED });
  });
});

describe('SeedTaskRunner reading a file for its keys before its digest', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-read-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('refuses an empty seed for a corpus that refuses them, as its digest would, so that no cached digest serves it', async () => {
    const runner = new SeedTaskRunner();
    runner.setUp(0, { config, refuseEmpty: true, keepAnalyses: false });
    runner.setUp(1, { config, refuseEmpty: false, keepAnalyses: false });
    const file = path.join(folder, 'empty.txt');
    fs.writeFileSync(file, '\uFEFF');
    const refusing = await runner.run({ kind: 'read', file, keepFor: 0 });
    assert.deepEqual(refusing, await runner.run({ kind: 'digest', corpus: 0, file }));
    assert.equal(refusing.ok, false);
    assert.equal((await runner.run({ kind: 'read', file, keepFor: 1 })).ok, true);
  });

  it('digests the text it read for the key, and names the key of the text it digests', async () => {
    const runner = new SeedTaskRunner();
    runner.setUp(0, { config, refuseEmpty: false, keepAnalyses: false });
    const file = path.join(folder, 'a.txt');
    fs.writeFileSync(file, 'Title\n\nThe text as it was when its key was read.\n');
    const read = await runner.run({ kind: 'read', file, keepFor: 0 });
    assert.ok(read.ok && 'textHash' in read);
    assert.equal(read.digestKey, digestKeyOf(fs.readFileSync(file, 'utf8')));
    fs.writeFileSync(file, 'Title\n\nThe text as it is now, changed since.\n');
    const digested = await runner.run({ kind: 'digest', corpus: 0, file, digestKey: read.digestKey });
    assert.ok(digested.ok && 'digest' in digested);
    assert.equal(digested.digestKey, read.digestKey, 'the text read for the key');
    assert.equal(digested.digest.textHash, read.textHash);
    // Nothing kept for another key: the file is read again, and its own key named.
    const again = await runner.run({ kind: 'digest', corpus: 0, file, digestKey: read.digestKey });
    assert.ok(again.ok && 'digest' in again);
    assert.equal(again.digestKey, digestKeyOf(fs.readFileSync(file, 'utf8')));
    assert.equal(again.digest.textHash, textHashOf(fs.readFileSync(file, 'utf8')));
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
