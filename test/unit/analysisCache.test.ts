import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import { AnalysisCache, contentHash, type CacheOptions } from '../../server/src/host/analysisCache';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cache-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

/** A new cache folder, and the options to open it with, its log kept. */
function fresh(overrides: Partial<CacheOptions> = {}): { folder: string; options: CacheOptions; logged: string[] } {
  const logged: string[] = [];
  const folder = path.join(scratch, `cache-${folders++}`);
  return { folder, logged, options: { engineVersion: '0.2.0+abc', configHash: 'cfg1', log: (message) => logged.push(message), ...overrides } };
}

async function open(folder: string, options: CacheOptions): Promise<AnalysisCache> {
  const cache = await AnalysisCache.open(folder, options);
  assert.ok(cache, 'the cache opens');
  return cache;
}

const valueOf = (i: number, size = 64) => new Uint8Array(size).fill(i % 251);
const keyOf = (i: number) => contentHash(`seed ${i}`);

/** A cache folder holding `count` entries, flushed. */
async function filled(count: number, overrides: Partial<CacheOptions> = {}, size = 64) {
  const setup = fresh(overrides);
  const cache = await open(setup.folder, setup.options);
  for (let i = 0; i < count; i++) cache.set(keyOf(i), valueOf(i, size));
  await cache.flush();
  return { ...setup, cache };
}

const cacheFiles = (folder: string) => fs.readdirSync(folder).filter((name) => name.endsWith('.cache'));
const folderBytes = (folder: string) => cacheFiles(folder).reduce((sum, name) => sum + fs.statSync(path.join(folder, name)).size, 0);

/** How many of the first `count` entries a reopened cache still holds, each with its own value. */
async function entriesKept(folder: string, options: CacheOptions, count: number): Promise<number> {
  const cache = await open(folder, options);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const value = cache.get(keyOf(i));
    if (value === undefined) continue;
    assert.deepEqual(value, valueOf(i, value.length), `entry ${i} holds its own value`);
    kept++;
  }
  return kept;
}

describe('analysis cache', () => {
  it('gives back what was set, in this run and after a restart', async () => {
    const { folder, options, cache, logged } = await filled(300);
    assert.deepEqual(cache.get(keyOf(7)), valueOf(7));
    assert.equal(cache.get(contentHash('never set')), undefined);
    assert.equal(await entriesKept(folder, options, 300), 300);
    assert.deepEqual(logged, []);
  });

  it('keeps a copy: changing the array set afterwards changes nothing', async () => {
    const { folder, options } = fresh();
    const cache = await open(folder, options);
    const value = valueOf(1);
    cache.set(keyOf(1), value);
    value.fill(0);
    assert.deepEqual(cache.get(keyOf(1)), valueOf(1));
  });

  it('keys a file by its content', () => {
    assert.equal(contentHash(Buffer.from('Ferry news\n')), contentHash('Ferry news\n'));
    assert.notEqual(contentHash('Ferry news\n'), contentHash('Ferry news \n'));
    assert.match(contentHash(''), /^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a key that could not be stored', async () => {
    const { folder, options } = fresh();
    const cache = await open(folder, options);
    assert.throws(() => cache.set('with space', valueOf(1)), TypeError);
    assert.throws(() => cache.set('x'.repeat(256), valueOf(1)), TypeError);
  });

  for (const [what, change] of [
    ['another engine version', { engineVersion: '0.2.0+def' }],
    ['another configuration', { configHash: 'cfg2' }],
  ] as const) {
    it(`is empty for ${what}, and its old files are replaced, not kept beside the new ones`, async () => {
      const { folder, options } = await filled(50);
      const filesBefore = cacheFiles(folder).length;
      const logged: string[] = [];
      const changed = { ...options, ...change, log: (message: string) => logged.push(message) };
      const cache = await open(folder, changed);
      assert.equal(cache.size, 0);
      assert.match(logged.join('\n'), what === 'another configuration' ? /written for another configuration/ : /written by another version of the engine/);
      cache.set(keyOf(1), valueOf(1));
      await cache.flush();
      assert.deepEqual(cacheFiles(folder).length, 1, `${filesBefore} old files replaced by one`);
      assert.equal(await entriesKept(folder, changed, 50), 1);
    });
  }

  describe('never trusts a file it did not write whole', () => {
    const damages: [string, (file: Buffer) => Buffer, RegExp][] = [
      ['a flipped byte in a value', (file) => flip(file, file.length - 3), /checksum does not match/],
      ['a flipped byte in the index', (file) => flip(file, 60), /checksum does not match/],
      ['a truncated file', (file) => file.subarray(0, file.length - 10), /truncated/],
      ['a file cut in its header', (file) => file.subarray(0, 12), /not a Seed Curator cache file|truncated/],
      ['bytes appended', (file) => Buffer.concat([file, Buffer.from('more')]), /longer than its header says/],
      ['random bytes', (file) => Buffer.from(Array.from({ length: file.length }, (_, i) => (i * 7919) % 256)), /not a Seed Curator cache file/],
      ['another format version', (file) => withVersion(file, 99), /cache format 99/],
      ['an empty file', () => Buffer.alloc(0), /not a Seed Curator cache file/],
      ['a wrong entry count under a right checksum', (file) => withCount(file, file.readUInt32LE(20) + 1), /damaged \(its (index|values) run/],
    ];
    for (const [what, damage, reason] of damages) {
      it(`ignores ${what}, keeps the other files' entries, and rebuilds it`, async () => {
        const { folder, options } = await filled(100);
        const [victim] = cacheFiles(folder);
        const held = await heldIn(folder, victim!, options);
        const file = path.join(folder, victim!);
        fs.writeFileSync(file, damage(fs.readFileSync(file)));
        const logged: string[] = [];
        const cache = await open(folder, { ...options, log: (message) => logged.push(message) });
        assert.equal(cache.size, 100 - held, 'only the damaged file is lost');
        assert.equal(logged.length, 1);
        assert.match(logged[0]!, reason);
        assert.match(logged[0]!, /Ignored 1 file of the analysis cache/);
        await cache.flush();
        const again: string[] = [];
        await open(folder, { ...options, log: (message) => again.push(message) });
        assert.deepEqual(again, [], 'the damaged file was replaced at the flush');
      });
    }
  });

  it('does not open, and says why, when its folder cannot be made', async () => {
    const blocker = path.join(scratch, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const { options, logged } = fresh();
    assert.equal(await AnalysisCache.open(path.join(blocker, 'cache'), options), undefined);
    assert.match(logged.join('\n'), /The analysis cache is off: .* cannot be made/);
  });

  it('does not open, and says why, when its folder cannot be listed', async () => {
    const { folder, options } = await filled(10);
    const script = `
      const { AnalysisCache } = require(${JSON.stringify(require.resolve('../../server/src/host/analysisCache'))});
      const logged = [];
      AnalysisCache.open(process.argv[1], { engineVersion: 'v', configHash: 'c', log: (m) => logged.push(m) })
        .then((cache) => console.log(JSON.stringify({ opened: cache !== undefined, logged })));`;
    fs.chmodSync(scratch, 0o755);
    fs.chmodSync(folder, 0o311); // may be entered, not listed
    const run = spawnSync(process.execPath, ['-e', script, folder], { encoding: 'utf8', ...asNobody() });
    fs.chmodSync(folder, 0o755);
    assert.equal(run.status, 0, run.stderr);
    const { opened, logged } = JSON.parse(run.stdout) as { opened: boolean; logged: string[] };
    assert.equal(opened, false);
    assert.deepEqual(logged.length, 1);
    assert.match(logged[0]!, /The analysis cache is off: .* cannot be read \(/);
    assert.equal(await entriesKept(folder, options, 10), 10, 'its files untouched');
  });

  it('names an unreadable file, ignores it, and says once when a file cannot be written', async () => {
    const { folder, options } = await filled(100);
    const [victim] = cacheFiles(folder);
    const held = await heldIn(folder, victim!, options);
    // A folder where a file should be: reading it and renaming over it both fail, even for root.
    fs.rmSync(path.join(folder, victim!));
    fs.mkdirSync(path.join(folder, victim!, 'inside'), { recursive: true });
    const logged: string[] = [];
    const cache = await open(folder, { ...options, log: (message) => logged.push(message) });
    assert.equal(cache.size, 100 - held);
    assert.match(logged.join('\n'), /unreadable/);
    for (let i = 0; i < 100; i++) cache.set(keyOf(i), valueOf(i));
    await cache.flush();
    await cache.flush();
    assert.equal(logged.filter((message) => /cannot be written/.test(message)).length, 1);
    assert.deepEqual(cache.get(keyOf(3)), valueOf(3), 'still held in memory');
  });

  it('reads a folder it may not write, and keeps its entries in memory only', async () => {
    const script = `
      const { AnalysisCache, contentHash } = require(${JSON.stringify(require.resolve('../../server/src/host/analysisCache'))});
      (async () => {
        const logged = [];
        const options = { engineVersion: 'v', configHash: 'c', log: (m) => logged.push(m) };
        const cache = await AnalysisCache.open(process.argv[1], options);
        const kept = cache.get(contentHash('seed 1')) !== undefined;
        cache.set(contentHash('new'), new Uint8Array(3));
        await cache.flush({ dropUnused: true });
        console.log(JSON.stringify({ kept, logged }));
      })();`;
    const setup = fresh({ engineVersion: 'v', configHash: 'c' });
    {
      const cache = await open(setup.folder, setup.options);
      cache.set(contentHash('seed 1'), valueOf(1));
      await cache.flush();
      const before = cacheFiles(setup.folder).map((name) => fs.readFileSync(path.join(setup.folder, name)));
      fs.chmodSync(scratch, 0o755);
      for (const name of cacheFiles(setup.folder)) fs.chmodSync(path.join(setup.folder, name), 0o644);
      fs.chmodSync(setup.folder, 0o555);
      const run = spawnSync(process.execPath, ['-e', script, setup.folder], { encoding: 'utf8', ...asNobody() });
      fs.chmodSync(setup.folder, 0o755);
      assert.equal(run.status, 0, run.stderr);
      const { kept, logged } = JSON.parse(run.stdout) as { kept: boolean; logged: string[] };
      assert.equal(kept, true);
      assert.equal(logged.length, 1);
      assert.match(logged[0]!, /cannot be written \(.*\); it is kept in memory only/);
      assert.deepEqual(cacheFiles(setup.folder).map((name) => fs.readFileSync(path.join(setup.folder, name))), before, 'its files untouched');
    }
  });

  it('stays under its size cap, keeping the most recently used entries', async () => {
    const maxBytes = 256 * 64 + 40 * 1024;
    const { folder, options } = fresh({ maxBytes });
    const cache = await open(folder, options);
    for (let i = 0; i < 200; i++) cache.set(keyOf(i), valueOf(i, 1024));
    for (let i = 0; i < 10; i++) cache.get(keyOf(i)); // the first ten, used again, are now the most recent
    await cache.flush();
    assert.ok(folderBytes(folder) <= maxBytes, `${folderBytes(folder)} bytes on disk, cap ${maxBytes}`);
    const reopened = await open(folder, options);
    for (let i = 0; i < 10; i++) assert.ok(reopened.get(keyOf(i)), `recently used entry ${i} kept`);
    for (let i = 190; i < 200; i++) assert.ok(reopened.get(keyOf(i)), `recently set entry ${i} kept`);
    for (let i = 10; i < 20; i++) assert.equal(reopened.get(keyOf(i)), undefined, `least recently used entry ${i} evicted`);
  });

  it('does not keep a value larger than the whole cap', async () => {
    const { folder, options } = fresh({ maxBytes: 256 * 64 + 1000 });
    const cache = await open(folder, options);
    cache.set(keyOf(1), valueOf(1, 10));
    cache.set(keyOf(2), valueOf(2, 20_000));
    assert.equal(cache.get(keyOf(2)), undefined);
    assert.deepEqual(cache.get(keyOf(1)), valueOf(1, 10));
  });

  it('drops the entries a run did not use when asked, and only then', async () => {
    const { folder, options } = await filled(20);
    const cache = await open(folder, options);
    for (let i = 0; i < 10; i++) cache.get(keyOf(i));
    cache.set(keyOf(100), valueOf(100));
    await cache.flush();
    assert.equal(await entriesKept(folder, options, 20), 20, 'a plain flush drops nothing');
    const run = await open(folder, options);
    for (let i = 0; i < 10; i++) run.get(keyOf(i));
    await run.flush({ dropUnused: true });
    const reopened = await open(folder, options);
    assert.equal(reopened.size, 10);
    assert.ok(reopened.get(keyOf(9)) && !reopened.get(keyOf(10)) && !reopened.get(keyOf(100)));
  });

  it('leaves the old files readable when a write is cut short, and clears what it left', async () => {
    const { folder, options } = await filled(30);
    // What a process killed between writing a temporary file and renaming it leaves behind.
    const [victim] = cacheFiles(folder);
    const deadPid = 2 ** 22 + 1; // above Linux's largest PID: no process has it
    const leftover = path.join(folder, `.${victim}.seed-curator-${deadPid}-0badc0de.tmp`);
    fs.writeFileSync(leftover, fs.readFileSync(path.join(folder, victim!)).subarray(0, 20));
    const logged: string[] = [];
    assert.equal(await entriesKept(folder, { ...options, log: (message) => logged.push(message) }, 30), 30);
    assert.deepEqual(logged, []);
    assert.equal(fs.existsSync(leftover), false);
  });

  it('writes a file again when it is changed during a flush', async () => {
    const { folder, options } = fresh();
    const cache = await open(folder, options);
    for (let i = 0; i < 300; i++) cache.set(keyOf(i), valueOf(i));
    const flushing = cache.flush();
    for (let i = 300; i < 600; i++) cache.set(keyOf(i), valueOf(i));
    await flushing;
    await cache.flush();
    assert.equal(await entriesKept(folder, options, 600), 600);
  });

  it('loads in time linear in its entries (50,000 take about twice 25,000)', async () => {
    const small = await filled(25_000, {}, 32);
    const large = await filled(50_000, {}, 32);
    const timeToOpen = async (folder: string, options: CacheOptions) => {
      const started = performance.now();
      const cache = await open(folder, options);
      const ms = performance.now() - started;
      assert.ok(cache.size > 0);
      return ms;
    };
    await timeToOpen(small.folder, small.options); // warm up the JIT and the page cache
    const ratios: number[] = [];
    for (let i = 0; i < 2; i++) ratios.push((await timeToOpen(large.folder, large.options)) / (await timeToOpen(small.folder, small.options)));
    const ratio = Math.min(...ratios);
    assert.ok(ratio < 3, `twice the entries took ${ratio.toFixed(2)}× the time`);
  });
});

/** Root may read and write anywhere: a child process meets permissions as "nobody". */
function asNobody(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
}

function flip(file: Buffer, at: number): Buffer {
  const copy = Buffer.from(file);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}

function withVersion(file: Buffer, version: number): Buffer {
  const copy = Buffer.from(file);
  copy.writeUInt32LE(version, 8);
  return copy;
}

/** A file that claims `count` entries, its checksum made to match: what only the index's own bounds can catch. */
function withCount(file: Buffer, count: number): Buffer {
  const copy = Buffer.from(file);
  copy.writeUInt32LE(count, 20);
  copy.writeUInt32LE(crc32(copy.subarray(20)), 16);
  return copy;
}

/** How many entries one file of a cache holds: the entries lost when that file alone is lost. */
async function heldIn(folder: string, name: string, options: CacheOptions): Promise<number> {
  const all = (await open(folder, options)).size;
  const aside = path.join(scratch, `aside-${folders++}`);
  fs.renameSync(path.join(folder, name), aside);
  const without = (await open(folder, options)).size;
  fs.renameSync(aside, path.join(folder, name));
  return all - without;
}
