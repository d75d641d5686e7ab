import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO, removeFolder, runCli } from '../cli/cliHarness';
import { fixableSeed, makeCorpus, tempFilesIn } from './robustHarness';

const SEEDS = 3000;
/**
 * Kill points, as counts of file events in the corpus folder (each write makes a few: the
 * temporary file created, written, renamed over its seed): at the first write, midway, late.
 */
const KILL_AFTER_EVENTS = [1, 3000, 7000];

const nameOf = (i: number) => `s${String(i).padStart(4, '0')}.txt`;

/** Runs `check --fix` and SIGKILLs it once the folder has seen `events` file events; resolves when it is gone. */
function fixAndKill(folder: string, events: number): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'seed-curator.js'), 'check', '--fix', '--quiet'], { cwd: folder, stdio: 'ignore' });
    let seen = 0;
    let killed = false;
    const watcher = fs.watch(folder, () => {
      if (++seen < events || killed) return;
      killed = child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => {
      watcher.close();
      resolve({ killed });
    });
  });
}

describe('robustness: a killed --fix', () => {
  let folder: string;
  after(() => removeFolder(folder));

  it(`leaves each of ${SEEDS} seeds old or fixed, never torn, and the next --fix removes its temporary files`, { timeout: 600_000 }, async (t) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < SEEDS; i++) files[nameOf(i)] = fixableSeed(`Seed ${i}`).before;
    folder = makeCorpus(files);

    let fixedBefore = 0;
    for (const events of KILL_AFTER_EVENTS) {
      const { killed } = await fixAndKill(folder, events);
      let fixed = 0;
      for (let i = 0; i < SEEDS; i++) {
        const text = fs.readFileSync(path.join(folder, nameOf(i)), 'utf8');
        const { before, after: fixedText } = fixableSeed(`Seed ${i}`);
        assert.ok(text === before || text === fixedText, `${nameOf(i)} is neither its old nor its fixed text after a kill at event ${events}`);
        if (text === fixedText) fixed++;
      }
      assert.ok(fixed >= fixedBefore, 'a fixed seed stays fixed');
      if (killed) assert.ok(fixed < SEEDS, `killed at event ${events}, yet all seeds are fixed`);
      fixedBefore = fixed;
      t.diagnostic(`killed after ${events} file events: ${fixed} of ${SEEDS} seeds fixed, ${tempFilesIn(folder).length} temporary files left`);
    }
    assert.ok(fixedBefore > 0 && fixedBefore < SEEDS, `the kills fell among the writes (${fixedBefore} of ${SEEDS} fixed)`);

    // Each killed run swept the temporary files of the one before; these are the last one's.
    const leftBehind = tempFilesIn(folder).length;
    const last = await runCli(['check', '--fix', '--quiet'], folder);
    assert.equal(last.code, 0, last.stderr);
    for (let i = 0; i < SEEDS; i++) assert.equal(fs.readFileSync(path.join(folder, nameOf(i)), 'utf8'), fixableSeed(`Seed ${i}`).after);
    assert.deepEqual(tempFilesIn(folder), [], 'no temporary file is left');
    if (leftBehind > 0) assert.match(last.stderr, new RegExp(`removed ${leftBehind} temporary files? left by an interrupted --fix`));
  });
});
