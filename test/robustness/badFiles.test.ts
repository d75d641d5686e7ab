import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { decodeText } from '../../server/src/host/decodeText';
import { readSeedFile } from '../../server/src/host/readSeedFile';
import { MAX_FOLDER_DEPTH } from '../../server/src/host/corpusFiles';
import { checkJson, removeFolder, runCli } from '../cli/cliHarness';
import { makeCorpus, mkfifo, PLAIN_SEED, skippedReasons, UNPRIVILEGED } from './robustHarness';

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const LINE = 'Fergen gikk igjen tirsdag etter fem måneder i tørrdokk, sier rederiet.\n';
/** Every test ends well before this: a read that blocks fails the test instead of hanging the suite. */
const NEVER_BLOCKS = { timeout: 60_000 };

describe('robustness: bad files are named and the rest of the corpus is checked', () => {
  const folders: string[] = [];
  const corpus = (files: Record<string, string | Buffer>, config?: string | null) => {
    const folder = makeCorpus(files, config);
    folders.push(folder);
    return folder;
  };
  after(() => folders.forEach(removeFolder));

  it('skips binary, UTF-16, UTF-32, invalid UTF-8, empty and oversized files, FIFOs and bad links, each with its reason', NEVER_BLOCKS, async () => {
    const folder = corpus({
      'good.txt': PLAIN_SEED,
      'store/kept.dat': PLAIN_SEED.replace('ferry', 'boat'),
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
      'latin1.txt': Buffer.from(LINE, 'latin1'),
      'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(LINE)]),
      'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LINE)]),
      'utf16le.txt': utf16le(LINE.repeat(3)),
      'utf16be.txt': utf16be(LINE.repeat(3)),
      'utf32.txt': Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]),
      'empty.txt': '',
      'bom-only.txt': '\uFEFF',
    });
    // Sparse: 21 MB on paper, nothing on disk; it must be refused from its size, never read.
    fs.writeFileSync(path.join(folder, 'huge.txt'), '');
    fs.truncateSync(path.join(folder, 'huge.txt'), 21 * 1024 * 1024);
    mkfifo(path.join(folder, 'fifo.txt'));
    fs.symlinkSync('loop.txt', path.join(folder, 'loop.txt'));
    fs.symlinkSync('/etc/hostname', path.join(folder, 'outside.txt'));
    fs.symlinkSync('no-such-file', path.join(folder, 'broken.txt'));
    fs.symlinkSync('good.txt', path.join(folder, 'again.txt'));
    fs.symlinkSync('store', path.join(folder, 'folder.txt'));
    fs.symlinkSync('store/kept.dat', path.join(folder, 'linked.txt'));

    const { run, report } = await checkJson([], folder);

    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(skippedReasons(report), {
      'again.txt': 'a link to good.txt, which is checked already',
      'binary.txt': 'a binary file, not text',
      'bom-only.txt': 'an empty file; nothing to check',
      'broken.txt': 'a link to a file that does not exist',
      'empty.txt': 'an empty file; nothing to check',
      'fifo.txt': 'not a regular file (a FIFO)',
      'folder.txt': 'a link to a folder; not followed',
      'huge.txt': 'too large to check (21 MB; the limit is 20 MB)',
      'latin1.txt': 'not valid UTF-8',
      'loop.txt': 'a symbolic link loop',
      'outside.txt': 'a link to a file outside the corpus root; not followed',
      'utf16be-bom.txt': 'UTF-16 text; convert it to UTF-8 to check it',
      'utf16be.txt': 'UTF-16 text; convert it to UTF-8 to check it',
      'utf16le-bom.txt': 'UTF-16 text; convert it to UTF-8 to check it',
      'utf16le.txt': 'UTF-16 text; convert it to UTF-8 to check it',
      'utf32.txt': 'UTF-32 text; convert it to UTF-8 to check it',
    });
    // A link to a file inside the corpus that no other seed is, is a seed like any other.
    assert.deepEqual(report.seeds.map((seed) => seed.path), ['good.txt', 'linked.txt']);
    assert.equal(report.seeds[1].metadata.title?.text, 'Ferry back in service');

    const text = await runCli(['check'], folder);
    assert.match(text.stdout, /^fifo\.txt {2}skipped {2}not a regular file \(a FIFO\)$/m);
    assert.match(text.stdout, /^0 errors, 0 warnings, 0 infos in 2 seeds \(16 skipped\)\.$/m);
  });

  it('refuses a FIFO named on the command line at once, as a path it cannot check', NEVER_BLOCKS, async () => {
    const folder = corpus({ 'good.txt': PLAIN_SEED });
    mkfifo(path.join(folder, 'x.txt'));
    const run = await runCli(['check', 'x.txt'], folder);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'seed-curator: x.txt: neither a file nor a folder (a FIFO)\n');
  });

  it('names an unreadable seed and an unlistable folder, and checks the rest', NEVER_BLOCKS, async () => {
    const folder = corpus({ 'good.txt': PLAIN_SEED, 'secret.txt': PLAIN_SEED, 'locked/inner.txt': PLAIN_SEED });
    fs.chmodSync(path.join(folder, 'secret.txt'), 0o000);
    fs.chmodSync(path.join(folder, 'locked'), 0o000);
    const { run, report } = await checkJson([], folder, UNPRIVILEGED);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(skippedReasons(report), {
      locked: 'a folder that cannot be listed: permission denied',
      'secret.txt': 'permission denied',
    });
    assert.deepEqual(report.seeds.map((seed) => seed.path), ['good.txt']);
  });

  it('does not search folders nested too deep, and says so', async () => {
    const deep = Array.from({ length: MAX_FOLDER_DEPTH + 2 }, (_, i) => `d${i}`).join('/');
    const folder = corpus({ 'good.txt': PLAIN_SEED, [`${deep}/deep.txt`]: PLAIN_SEED });
    const { report } = await checkJson([], folder);
    assert.deepEqual(report.seeds.map((seed) => seed.path), ['good.txt']);
    assert.equal(report.skipped.length, 1);
    assert.match(report.skipped[0].reason, /^a folder nested more than 64 deep; not searched$/);
  });

  it('reads a seed rewritten over and over during the scan as one of its texts, or reports it', async () => {
    const one = PLAIN_SEED;
    const two = PLAIN_SEED.replace('Ferry back in service', 'Ferry in service again').replace('five months', 'five long months in all');
    const folder = corpus({ 'good.txt': PLAIN_SEED.replace('ferry', 'boat'), 'churning.txt': one });
    const churning = path.join(folder, 'churning.txt');
    // Truncate-and-write in a loop: a reader may catch it empty, short, or either text.
    const writer = spawn(process.execPath, ['-e', `const fs = require('fs'); const texts = ${JSON.stringify([one, two])}; for (let i = 0; ; i++) fs.writeFileSync(${JSON.stringify(churning)}, texts[i % 2]);`]);
    try {
      for (let run = 0; run < 5; run++) {
        const { report } = await checkJson([], folder);
        const seed = report.seeds.find((entry) => entry.path === 'churning.txt');
        const skipped = skippedReasons(report)['churning.txt'];
        if (seed) assert.ok(['Ferry back in service', 'Ferry in service again'].includes(seed.metadata.title?.text ?? ''), `a torn read: ${JSON.stringify(seed.metadata.title)}`);
        else assert.match(skipped, /^(it kept changing while it was read|an empty file; nothing to check)$/);
        assert.ok(report.seeds.some((entry) => entry.path === 'good.txt'));
      }
    } finally {
      writer.kill('SIGKILL');
    }
  });
});

describe('robustness: reading and decoding', () => {
  it('says a seed that vanished after it was listed no longer exists, and marks it gone', async () => {
    const folder = makeCorpus({ 'gone.txt': PLAIN_SEED });
    const file = path.join(folder, 'gone.txt');
    fs.rmSync(file);
    try {
      assert.deepEqual(await readSeedFile(file), { ok: false, reason: 'the file no longer exists', gone: true });
    } finally {
      removeFolder(folder);
    }
  });

  it('names UTF-16 and UTF-32 text, marked or not, and never calls it binary', () => {
    const cases: [string, Buffer][] = [
      ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('Привет, мир\n')])],
      ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Привет, мир\n')])],
      ['UTF-16 LE without BOM', utf16le(LINE)],
      ['UTF-16 BE without BOM', utf16be(LINE)],
      ['UTF-16 LE cut inside a surrogate pair', utf16le(`${'😀 ok '.repeat(2000)}`).subarray(0, 9000)],
    ];
    for (const [name, bytes] of cases) {
      assert.deepEqual(decodeText(bytes), { ok: false, reason: 'UTF-16 text; convert it to UTF-8 to check it' }, name);
    }
  });

  it('keeps calling binary what has NULs on both sides or control characters', () => {
    assert.equal((decodeText(Buffer.from([0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x03, 0x00])) as { reason: string }).reason, 'a binary file, not text');
    assert.equal((decodeText(Buffer.from([0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00])) as { reason: string }).reason, 'a binary file, not text');
  });

  it('decodes UTF-8 and keeps its BOM', () => {
    assert.deepEqual(decodeText(Buffer.from('\uFEFFTittel\r\n', 'utf8')), { ok: true, text: '\uFEFFTittel\r\n' });
  });
});
