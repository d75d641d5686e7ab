import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { parseConfig } from '../../server/src/engine/config/config';
import { NO_CORPUS } from '../../server/src/engine/corpus/corpusFacts';
import { SeedTaskRunner, type DescribeOutcome, type DigestOutcome } from '../../server/src/host/seedTasks';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-tasks-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const SEED = [
  'Ferry strike ends after three days',
  '',
  'By Kari Nordmann',
  '',
  'The ferry strike that stopped crossings on the fjord since Monday ended on 14 March 2019, the union said.',
  'Crossings run as before from Thursday morning, and the company will refund  tickets bought for the days lost.',
  '',
  'Share this article',
  'Facebook Twitter Email',
  '',
].join('\n');

function runner(): SeedTaskRunner {
  const tasks = new SeedTaskRunner();
  tasks.setUp(0, { config: parseConfig('{}').config, refuseEmpty: true });
  return tasks;
}

async function digest(tasks: SeedTaskRunner, file: string) {
  const outcome = (await tasks.run({ kind: 'digest', corpus: 0, file })) as DigestOutcome;
  assert.ok(outcome.ok);
  return outcome.digest;
}

async function describeFile(tasks: SeedTaskRunner, file: string, indexed: Awaited<ReturnType<typeof digest>>) {
  const outcome = (await tasks.run({ kind: 'describe', corpus: 0, file, uri: `file://${file}`, path: path.basename(file), textHash: indexed.textHash, language: indexed.language, facts: NO_CORPUS, now: Date.UTC(2020, 0, 1), seedTimeout: 0 })) as DescribeOutcome;
  assert.ok(outcome.ok);
  return outcome.described;
}

/**
 * A thread keeps the seed it parsed for a digest for the describe task that follows: what it
 * finds is the same as from a thread that parses the file afresh, and a file changed in between is
 * parsed again.
 */
describe('seed tasks', () => {
  it('describe a seed the thread digested as a fresh thread does', async () => {
    const file = path.join(scratch, 'ferry.txt');
    fs.writeFileSync(file, SEED);
    const digested = runner();
    const indexed = await digest(digested, file);
    const kept = await describeFile(digested, file, indexed);
    const fresh = await describeFile(runner(), file, indexed);
    assert.deepEqual(kept, fresh);
    assert.ok(kept.findings.length > 0, 'the seed has findings to compare');
  });

  it('parse a file again when it changed after the digest', async () => {
    const file = path.join(scratch, 'changed.txt');
    fs.writeFileSync(file, SEED);
    const tasks = runner();
    await digest(tasks, file);
    fs.writeFileSync(file, SEED.replace('Ferry strike ends', 'Bus strike ends'));
    // The index took the new text from another thread.
    const indexed = await digest(runner(), file);
    const described = await describeFile(tasks, file, indexed);
    assert.equal(described.metadata.title?.text, 'Bus strike ends after three days');
    assert.deepEqual(described, await describeFile(runner(), file, indexed));
  });
});
