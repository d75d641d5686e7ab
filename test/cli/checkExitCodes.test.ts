import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkJson, FIXTURE_CORPUS, REPO, removeFolder, runCli, tempCopy } from './cliHarness';

/** The exit status and its stderr line: usage errors say one line, starting with the program's name. */
function assertUsageError(run: { code: number | null; stderr: string }, pattern: RegExp): void {
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^seed-curator: [^\n]+\n$/);
  assert.match(run.stderr, pattern);
}

describe('seed-curator check: exit status and bad input', () => {
  let corpus: string;
  before(() => {
    corpus = tempCopy(FIXTURE_CORPUS);
  });
  after(() => removeFolder(corpus));

  it('exits 0 without error-severity findings and 1 with any', async () => {
    assert.equal((await runCli(['check', 'clean.txt', 'syndicated-a.txt'], corpus)).code, 0);
    assert.equal((await runCli(['check', 'bad-date.txt'], corpus)).code, 1);
  });

  it('exits 2 on an unknown option, a bad --format, a missing command or a missing path', async () => {
    assertUsageError(await runCli(['check', '--colour'], corpus), /unknown option --colour/);
    assertUsageError(await runCli(['check', '--format', 'xml'], corpus), /--format "xml"/);
    assertUsageError(await runCli([], corpus), /missing command/);
    assertUsageError(await runCli(['check', 'clean.txt', 'no-such-folder'], corpus), /no-such-folder: no such file or folder/);
  });

  it('answers --help and --version', async () => {
    const help = await runCli(['--help'], corpus);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: seed-curator check \[PATH\.\.\.\]/);
    const version = await runCli(['--version'], corpus);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(version.stdout, `${manifest.version}\n`);
  });

  it('reports a binary and an invalid UTF-8 seed as skipped in every format, and goes on', async () => {
    const folder = tempCopy(FIXTURE_CORPUS);
    try {
      fs.writeFileSync(path.join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Blåbærsyltetøy på bordet i dag.\n', 'latin1'));
      const { run, report } = await checkJson([], folder);
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(report.skipped.map(({ path: file, reason }) => [file, reason]), [
        ['image.txt', 'a binary file, not text'],
        ['latin1.txt', 'not valid UTF-8'],
      ]);
      assert.equal(report.summary.skipped, 2);
      assert.equal(report.summary.seeds, 4);

      const text = await runCli(['check'], folder);
      assert.match(text.stdout, /^image\.txt {2}skipped {2}a binary file, not text$/m);
      assert.match(text.stdout, /^latin1\.txt {2}skipped {2}not valid UTF-8$/m);

      const sarif = JSON.parse((await runCli(['check', '--format', 'sarif'], folder)).stdout);
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
      assert.deepEqual(notes.map((note: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => note.locations[0].physicalLocation.artifactLocation.uri), ['image.txt', 'latin1.txt']);
    } finally {
      removeFolder(folder);
    }
  });

  it('names a broken config on stderr in one line, then checks with the defaults', async () => {
    const folder = tempCopy(FIXTURE_CORPUS);
    try {
      fs.writeFileSync(path.join(folder, '.seedcurator.json'), '{ "rules": { "invalid-date": "off", }');
      const { run, report } = await checkJson([], folder);
      assert.match(run.stderr, /^seed-curator: \.seedcurator\.json: \.seedcurator\.json is not valid JSON: .* The defaults hold for it\.\n$/);
      assert.equal(run.code, 1, 'invalid-date keeps its default severity, error');
      assert.equal(report.corpora[0].configProblems.length, 1);
      assert.equal(report.summary.seeds, 4);
    } finally {
      removeFolder(folder);
    }
  });

  it('in a folder without .seedcurator.json, checks only *.seed files', async () => {
    const folder = tempCopy(FIXTURE_CORPUS);
    try {
      fs.rmSync(path.join(folder, '.seedcurator.json'));
      fs.copyFileSync(path.join(folder, 'clean.txt'), path.join(folder, 'clean.seed'));
      const { run, report } = await checkJson([], folder);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(report.seeds.map((seed) => seed.path), ['clean.seed']);
    } finally {
      removeFolder(folder);
    }
  });
});
