import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkJson, FIXTURE_CORPUS, removeFolder, runCli, tempCopy } from './cliHarness';

/** What "Ignore <rule> in this seed" and "Turn off <rule> for this corpus" write, honoured by the CLI as by the editor. */
describe('seed-curator check: rules ignored by the config', () => {
  let corpus: string;
  before(() => {
    corpus = tempCopy(FIXTURE_CORPUS);
    fs.writeFileSync(path.join(corpus, '.seedcurator.json'), JSON.stringify({ languages: ['nb', 'en'], ignore: { 'bad-date.txt': ['invalid-date'] } }, null, 2));
  });
  after(() => removeFolder(corpus));

  it('leaves a rule out of the seed whose path "ignore" names, in JSON, SARIF and text, and exits 0 without its error', async () => {
    const { run, report } = await checkJson(['.'], corpus);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(report.corpora[0].configProblems, []);
    const badDate = report.seeds.find((seed) => seed.path === 'bad-date.txt')!;
    assert.ok(!badDate.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-date'));
    assert.equal(report.summary.errors, 0);

    const sarif = await runCli(['check', '.', '--format', 'sarif'], corpus);
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[] }[] }).runs[0].results;
    assert.ok(!results.some((result) => result.ruleId === 'invalid-date'));

    const text = await runCli(['check', '.', '-q'], corpus);
    assert.doesNotMatch(text.stdout, /invalid-date/);
  });

  it('still runs the rule in a seed the entry does not name', async () => {
    fs.copyFileSync(path.join(corpus, 'bad-date.txt'), path.join(corpus, 'bad-date-too.txt'));
    try {
      const { run, report } = await checkJson(['.'], corpus);
      assert.equal(run.code, 1);
      assert.ok(report.seeds.find((seed) => seed.path === 'bad-date-too.txt')!.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-date'));
    } finally {
      fs.rmSync(path.join(corpus, 'bad-date-too.txt'));
    }
  });
});
