import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkJson, REPO, removeFolder, runCli, type JsonReport } from '../cli/cliHarness';
import { fixableSeed, makeCorpus, tempFilesIn, UNPRIVILEGED } from './robustHarness';

const IS_ROOT = process.getuid?.() === 0;

function unwrittenOf(report: JsonReport): Record<string, string> {
  return Object.fromEntries(report.seeds.flatMap((seed) => (seed.unwritten === undefined ? [] : [[seed.path, seed.unwritten]])));
}

describe('robustness: --fix writes only what it can write safely, and reports the rest', () => {
  const folders: string[] = [];
  const corpus = (files: Record<string, string>, config?: string) => {
    const folder = makeCorpus(files, config);
    folders.push(folder);
    return folder;
  };
  after(() => folders.forEach(removeFolder));

  it('keeps links, owner and mode; leaves hard-linked and read-only seeds alone; reports them in every format and exits 2', async () => {
    const seeds = Object.fromEntries(['plain', 'shared', 'linked', 'hard', 'readonly'].map((name) => [name, fixableSeed(`The ${name} seed`)]));
    const folder = corpus({
      'plain.txt': seeds.plain.before,
      'shared.txt': seeds.shared.before,
      'store/linked.dat': seeds.linked.before,
      'hard.txt': seeds.hard.before,
      'readonly.txt': seeds.readonly.before,
    });
    const file = (name: string) => path.join(folder, name);
    fs.chmodSync(file('shared.txt'), 0o664);
    if (IS_ROOT) fs.chownSync(file('shared.txt'), 1234, 5678);
    fs.symlinkSync('store/linked.dat', file('linked.txt'));
    fs.linkSync(file('hard.txt'), file('store/hard-copy.dat'));
    fs.chmodSync(file('readonly.txt'), 0o444);
    const sharedBefore = fs.statSync(file('shared.txt'));

    const { run, report } = await checkJson(['--fix'], folder);

    assert.equal(run.code, 2, run.stderr);
    assert.equal(fs.readFileSync(file('plain.txt'), 'utf8'), seeds.plain.after);
    assert.equal(fs.readFileSync(file('shared.txt'), 'utf8'), seeds.shared.after);
    const sharedAfter = fs.statSync(file('shared.txt'));
    assert.deepEqual([sharedAfter.mode, sharedAfter.uid, sharedAfter.gid], [sharedBefore.mode, sharedBefore.uid, sharedBefore.gid], 'owner, group and mode 664 are kept');
    assert.ok(fs.lstatSync(file('linked.txt')).isSymbolicLink(), 'the link stays a link');
    assert.equal(fs.readFileSync(file('store/linked.dat'), 'utf8'), seeds.linked.after, 'its target is fixed');
    assert.equal(fs.readFileSync(file('hard.txt'), 'utf8'), seeds.hard.before);
    assert.equal(fs.statSync(file('hard.txt')).ino, fs.statSync(file('store/hard-copy.dat')).ino, 'the hard link holds');
    assert.equal(fs.readFileSync(file('readonly.txt'), 'utf8'), seeds.readonly.before);
    assert.equal(fs.statSync(file('readonly.txt')).mode & 0o777, 0o444);
    assert.deepEqual(unwrittenOf(report), {
      'hard.txt': '2 fixes not written: it has 2 hard links, which a rewrite would split (the other names would keep the old text)',
      'readonly.txt': '2 fixes not written: it is read-only',
    });
    assert.deepEqual([report.summary.fixed, report.summary.unwritten], [6, 2]);
    assert.deepEqual(tempFilesIn(folder), []);

    const text = await runCli(['check', '--fix'], folder);
    assert.equal(text.code, 2);
    assert.match(text.stdout, /^readonly\.txt {2}unfixed {2}2 fixes not written: it is read-only$/m);
    assert.match(text.stdout, /; 0 fixes applied, 2 seeds not written\.\n$/);
    const sarif = JSON.parse((await runCli(['check', '--fix', '--format', 'sarif'], folder)).stdout);
    const invocation = sarif.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    const notes = invocation.toolExecutionNotifications.filter((note: { level: string }) => note.level === 'error');
    assert.deepEqual(
      notes.map((note: { message: { text: string } }) => note.message.text),
      ['Not fixed hard.txt: 2 fixes not written: it has 2 hard links, which a rewrite would split (the other names would keep the old text)', 'Not fixed readonly.txt: 2 fixes not written: it is read-only'],
    );
  });

  it('leaves alone a seed saved or deleted after it was read, writes the others, and exits 2', { timeout: 120_000 }, async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`s${String(i).padStart(3, '0')}.txt`] = fixableSeed(`Seed ${i}`).before;
    const saved = fixableSeed('Saved meanwhile');
    const deleted = fixableSeed('Deleted meanwhile');
    const folder = corpus({ ...files, 'zz-saved.txt': saved.before, 'zz-deleted.txt': deleted.before });
    const curatorsText = `${saved.before}A paragraph the curator added while --fix was running.   \n`;

    // Writes go in path order: the first temporary file means every seed has been read, and the zz- seeds are written last.
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'seed-curator.js'), 'check', '--fix', '--format', 'json'], { cwd: folder, env: { ...process.env, CI: '1' } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    let tampered: Error | true | undefined;
    const watcher = fs.watch(folder, (_event, name) => {
      if (tampered || !name || !/\.seed-curator-\d+-[0-9a-f]{8}\.tmp$/.test(name)) return;
      child.kill('SIGSTOP');
      try {
        assert.equal(fs.readFileSync(path.join(folder, 'zz-saved.txt'), 'utf8'), saved.before, 'stopped in time, before --fix reached zz-saved.txt');
        fs.writeFileSync(path.join(folder, 'zz-saved.txt'), curatorsText);
        fs.rmSync(path.join(folder, 'zz-deleted.txt'));
        tampered = true;
      } catch (error) {
        tampered = error as Error;
      }
      child.kill('SIGCONT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    watcher.close();
    if (tampered !== true) throw tampered ?? new Error('--fix wrote no temporary file');

    const report = JSON.parse(stdout) as JsonReport;
    assert.equal(code, 2);
    assert.equal(fs.readFileSync(path.join(folder, 'zz-saved.txt'), 'utf8'), curatorsText, "the curator's text is kept");
    assert.equal(fs.existsSync(path.join(folder, 'zz-deleted.txt')), false, 'a deleted seed is not brought back');
    assert.deepEqual(unwrittenOf(report), {
      'zz-deleted.txt': '2 fixes not written: it could not be written: the file no longer exists',
      'zz-saved.txt': '2 fixes not written: it changed on disk since it was read; left as it is',
    });
    for (let i = 0; i < 400; i++) assert.equal(fs.readFileSync(path.join(folder, `s${String(i).padStart(3, '0')}.txt`), 'utf8'), fixableSeed(`Seed ${i}`).after);
    assert.deepEqual(tempFilesIn(folder), []);
  });

  it('reports a seed it cannot write (a locked folder; an owner it cannot keep) and writes the others', async () => {
    const seeds = Object.fromEntries(['free', 'locked', 'owned'].map((name) => [name, fixableSeed(`The ${name} seed`)]));
    const folder = corpus({ 'free.txt': seeds.free.before, 'locked/in.txt': seeds.locked.before, ...(IS_ROOT ? { 'owned.txt': seeds.owned.before } : {}) });
    if (UNPRIVILEGED) {
      // Its own files, in folders it may write, but for the locked one (root's, 755) and a file of root's it may write but not own.
      for (const name of ['free.txt', 'locked/in.txt']) fs.chownSync(path.join(folder, name), UNPRIVILEGED.uid, UNPRIVILEGED.gid);
      fs.chmodSync(path.join(folder, 'owned.txt'), 0o666);
    }
    fs.chmodSync(path.join(folder, 'locked'), 0o555);

    const { run, report } = await checkJson(['--fix'], folder, UNPRIVILEGED);

    assert.equal(run.code, 2, run.stderr);
    assert.equal(fs.readFileSync(path.join(folder, 'free.txt'), 'utf8'), seeds.free.after);
    assert.equal(fs.readFileSync(path.join(folder, 'locked/in.txt'), 'utf8'), seeds.locked.before);
    const expected: Record<string, string> = { 'locked/in.txt': '2 fixes not written: it could not be written: permission denied' };
    // Only root can make a file owned by another user; when the tests run as root, the CLI runs as nobody and meets one.
    if (IS_ROOT) {
      expected['owned.txt'] = '2 fixes not written: its owner and group could not be kept (permission denied)';
      assert.equal(fs.readFileSync(path.join(folder, 'owned.txt'), 'utf8'), seeds.owned.before);
    }
    assert.deepEqual(unwrittenOf(report), expected);
    assert.deepEqual(tempFilesIn(folder), []);
  });

  it('removes the temporary files of a dead or long-gone --fix, and no other file', async () => {
    const seed = fixableSeed('Sweeping');
    const folder = corpus({ 'a.txt': seed.before, 'sub/b.txt': seed.before });
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = [`.a.txt.seed-curator-${deadPid}-0a0a0a0a.tmp`, `sub/.b.txt.seed-curator-${deadPid}-0b0b0b0b.tmp`, `.a.txt.seed-curator-${process.pid}-0c0c0c0c.tmp`];
    const kept = [`.a.txt.seed-curator-${process.pid}-0d0d0d0d.tmp`, '.notes.tmp', `a.txt.seed-curator-${deadPid}-0e0e0e0e.tmp`, `.a.txt.seed-curator-${deadPid}-zz.tmp`];
    for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(folder, name), 'half a seed');
    // This process is alive, but a temporary file of its PID an hour old was left by an earlier process of the same PID.
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    fs.utimesSync(path.join(folder, stale[2]), anHourAgo, anHourAgo);

    await runCli(['check'], folder);
    assert.equal(tempFilesIn(folder).length, stale.length + kept.length, 'a check without --fix writes nothing, and removes nothing');

    const { run, report } = await checkJson(['--fix'], folder);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, 'seed-curator: .seedcurator.json: removed 3 temporary files left by an interrupted --fix.\n');
    assert.deepEqual(report.corpora[0].notices, ['removed 3 temporary files left by an interrupted --fix.']);
    assert.deepEqual(tempFilesIn(folder).sort(), kept.sort());
    assert.equal(fs.readFileSync(path.join(folder, 'a.txt'), 'utf8'), seed.after);
  });
});
