import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AnalysisCache } from '../../server/src/host/analysisCache';
import { CachedSeedWork } from '../../server/src/host/cachedSeedWork';
import { currentFileVersion, isSettledVersion } from '../../server/src/host/readRegularFile';
import { digestKeyOf } from '../../server/src/host/seedTasks';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { SeedWorkers, type SeedWork } from '../../server/src/host/seedWorkers';

/**
 * A warm start compares each file with the record of the last check. A file at the version recorded
 * (inode, size, write and change times) is taken to hold the text recorded, unread, if that version
 * was settled when it was read: its change time at least one coarse clock tick (2 s) earlier.
 */
describe('file versions standing for their content', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-versions-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('are settled only once their change time is two seconds past', () => {
    const file = path.join(folder, 'fresh.txt');
    fs.writeFileSync(file, 'Title\n\nJust written.\n');
    const version = currentFileVersion(file)!;
    const changed = fs.statSync(file).ctimeMs;
    assert.equal(isSettledVersion(version, Date.now()), false, 'a file written just now could be written again within its tick');
    assert.equal(isSettledVersion(version, changed + 1_000), false);
    assert.equal(isSettledVersion(version, changed + 2_001), true);
  });

  it('give the recorded key of a file at its recorded version, and the key of what a file rewritten in place holds', async () => {
    const cache = await AnalysisCache.open(path.join(folder, 'cache'), { engineVersion: 'test', configHash: 'test', log: () => undefined });
    const work = new CachedSeedWork(new SeedWorkers(0), cache!, { refuseEmpty: false });
    const file = path.join(folder, 'seed.txt');
    fs.writeFileSync(file, 'Title\n\nThe text as it was recorded.\n');
    const recorded = { file, contentKey: 'the key recorded', fileVersion: currentFileVersion(file)! };
    assert.equal(await work.contentKeyOf(file, recorded), 'the key recorded', 'taken from the record, not read');

    // As many bytes, the old modification time set back: the change time still moved.
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'Title\n\nThe text as it WAS recorded.\n');
    fs.utimesSync(file, atime, mtime);
    assert.equal(await work.contentKeyOf(file, recorded), digestKeyOf(fs.readFileSync(file, 'utf8')));
  });

  it('index a file found at its recorded version from its cached digest, unread, until the file moves', async () => {
    const cache = await AnalysisCache.open(path.join(folder, 'cache-unread'), { engineVersion: 'test', configHash: 'test', log: () => undefined });
    const workers = new SeedWorkers(0);
    const corpus = workers.setUp({ config: defaultConfig(), refuseEmpty: false, keepAnalyses: false });
    let reads = 0;
    const counting = { inFlight: 1, read: (task) => (reads++, workers.read(task)), digest: (task) => workers.digest(task), describe: (task) => workers.describe(task) } satisfies SeedWork;
    const work = new CachedSeedWork(counting, cache!, { refuseEmpty: false });
    const file = path.join(folder, 'indexed.txt');
    fs.writeFileSync(file, 'Title\n\nThe text its digest was cached for.\n');
    const first = await work.digest({ corpus, file });
    assert.equal(reads, 1);
    const read = work.fileVersions.get(file)!;

    work.trustUnread(file, read.fileVersion, read.digestKey);
    const unread = await work.digest({ corpus, file });
    assert.ok(unread.ok && first.ok);
    assert.deepEqual(unread.digest, first.digest, 'the cached digest, the file not read');
    assert.equal(reads, 1);
    assert.deepEqual(work.fileVersions.get(file), read, 'its version stands for the text digested');

    work.trustUnread(file, read.fileVersion, read.digestKey);
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'Title\n\nThe text its digest was CACHED for.\n');
    fs.utimesSync(file, atime, mtime);
    const second = await work.digest({ corpus, file });
    assert.equal(reads, 2, 'a file whose version moved is read');
    assert.ok(second.ok && first.ok && second.digest.textHash !== first.digest.textHash);
  });
});

/**
 * The CLI refuses empty seeds; the language server checks them. Where both use one cache folder, a
 * digest the server cached for an empty file must not have the CLI check the seed, and the key a
 * replay compares must be the one the check recorded.
 */
describe('an empty seed through a cache another kind of run filled', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-empty-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is refused where the corpus refuses empty seeds, its content key as a replay reads it', async () => {
    const cache = await AnalysisCache.open(path.join(folder, 'cache'), { engineVersion: 'test', configHash: 'test', log: () => undefined });
    const workers = new SeedWorkers(0);
    const config = defaultConfig();
    const file = path.join(folder, 'empty.txt');
    fs.writeFileSync(file, '');
    const server = new CachedSeedWork(workers, cache!, { refuseEmpty: false });
    assert.equal((await server.digest({ corpus: workers.setUp({ config, refuseEmpty: false, keepAnalyses: false }), file })).ok, true, 'the server checks it');
    const cli = new CachedSeedWork(workers, cache!, { refuseEmpty: true });
    const refused = await cli.digest({ corpus: workers.setUp({ config, refuseEmpty: true, keepAnalyses: false }), file });
    assert.deepEqual(refused, { ok: false, reason: 'an empty file; nothing to check' });
    assert.equal(await cli.contentKeyOf(file), cli.contentKeys.get(file));
  });
});

/**
 * The server keeps what a client is shown of a seed's findings (its diagnostics' JSON) beside the
 * findings, to publish them as they are at the next start: never without the findings, which code
 * actions read, and apart from any other form.
 */
describe('what a client is shown of findings, kept beside them', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-shown-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('is kept only beside findings the cache holds, and read back with them, in its form', async () => {
    const cache = (await AnalysisCache.open(path.join(folder, 'cache'), { engineVersion: 'test', configHash: 'test', log: () => undefined }))!;
    const work = new CachedSeedWork(new SeedWorkers(0), cache, { refuseEmpty: false });
    const findings = Buffer.from('[{"rule":"missing-date"}]');
    const shown = Buffer.from('[{"code":"missing-date"}]');
    cache.set('findings-key', findings);
    assert.deepEqual(work.keepShown('findings-key', 'lsp-a', shown), new Uint8Array(shown), 'the cache keeps its own copy');
    assert.deepEqual(work.shown('findings-key', 'lsp-a'), { shown: new Uint8Array(shown), findingsBytes: new Uint8Array(findings) });
    assert.equal(work.shown('findings-key', 'lsp-b'), undefined, 'another form (docs elsewhere) is not this one');
    assert.equal(work.keepShown('no-findings', 'lsp-a', shown), undefined);
    assert.equal(work.shown('no-findings', 'lsp-a'), undefined);
  });
});
