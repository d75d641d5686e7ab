import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RULE_IDS } from '../../server/src/engine/rules/ruleIds';
import { checkJson, FIXTURE_CORPUS, removeFolder, REPO, runCli, tempCopy } from './cliHarness';

describe('seed-curator check: reports', () => {
  let corpus: string;
  before(() => {
    corpus = tempCopy(FIXTURE_CORPUS);
  });
  after(() => removeFolder(corpus));

  it('--format json lists every seed by its path in the corpus, with LSP diagnostics and a summary', async () => {
    const { run, report } = await checkJson(['.'], corpus);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(report.version, 1);
    assert.deepEqual(report.seeds.map((seed) => seed.path), ['bad-date.txt', 'clean.txt', 'syndicated-a.txt', 'syndicated-b.txt']);
    const byPath = new Map(report.seeds.map((seed) => [seed.path, seed]));

    assert.deepEqual(byPath.get('clean.txt')!.diagnostics, []);
    assert.equal(byPath.get('clean.txt')!.metadata.title?.text, 'Village choir wins the regional competition');
    assert.equal(byPath.get('clean.txt')!.metadata.language.detected, 'en');

    const [invalidDate] = byPath.get('bad-date.txt')!.diagnostics;
    assert.equal(invalidDate.code, 'invalid-date');
    assert.equal(invalidDate.severity, 1);
    assert.equal(invalidDate.source, 'seed-curator');
    assert.deepEqual(invalidDate.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } });

    const [shared] = byPath.get('syndicated-a.txt')!.diagnostics;
    assert.equal(shared.code, 'corpus-duplicate');
    assert.equal(shared.range.start.line, 7);
    assert.match(shared.relatedInformation![0].location.uri, /^file:\/\/.*\/syndicated-b\.txt$/);

    assert.deepEqual(report.summary, { seeds: 4, errors: 1, warnings: 2, infos: 0, hints: 0, skipped: 0 });
    assert.equal(report.corpora.length, 1);
    assert.deepEqual(report.corpora[0].configProblems, []);
  });

  it('leaves nothing in the temporary folder, where JSON and SARIF items wait for the end of the run', () => {
    const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-tmpdir-'));
    try {
      for (const format of ['json', 'sarif']) {
        const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'seed-curator.js'), 'check', '--format', format, '.'], { cwd: corpus, encoding: 'utf8', env: { ...process.env, TMPDIR: temporary, CI: '1' } });
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stdout, /"diagnostics"|"results"/);
        assert.deepEqual(fs.readdirSync(temporary), []);
      }
    } finally {
      removeFolder(temporary);
    }
  });

  it('--format sarif is SARIF 2.1.0 with the rule catalogue and 1-based regions relative to the working folder', async () => {
    const run = await runCli(['check', '--format', 'sarif'], corpus);
    assert.equal(run.code, 1, run.stderr);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-schema-2\.1\.0\.json$/);
    const [sarifRun] = sarif.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'seed-curator');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), [...RULE_IDS]);
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      assert.ok(rule.helpUri.endsWith(`#${rule.id}`), rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.match(sarifRun.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
    assert.deepEqual(sarifRun.results.map((result: { ruleId: string }) => result.ruleId).sort(), ['corpus-duplicate', 'corpus-duplicate', 'invalid-date']);

    const invalidDate = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'invalid-date');
    assert.equal(invalidDate.level, 'error');
    assert.equal(driver.rules[invalidDate.ruleIndex].id, 'invalid-date');
    assert.deepEqual(invalidDate.locations[0].physicalLocation, {
      artifactLocation: { uri: 'bad-date.txt', uriBaseId: 'SRCROOT' },
      region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 17 },
    });
    assert.deepEqual(invalidDate.fixes, [
      {
        description: { text: 'Rewrite the date as 2020-08-15' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'bad-date.txt', uriBaseId: 'SRCROOT' },
            replacements: [{ deletedRegion: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 17 }, insertedContent: { text: '2020-08-15' } }],
          },
        ],
      },
    ]);
    const duplicate = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'corpus-duplicate');
    assert.equal(duplicate.level, 'warning');
    assert.equal(duplicate.relatedLocations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
    assert.match(duplicate.relatedLocations[0].physicalLocation.artifactLocation.uri, /^syndicated-[ab]\.txt$/);
  });

  it('--format text prints path:line:col, severity, message and rule id, then a summary line', async () => {
    const run = await runCli(['check'], corpus);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^bad-date\.txt:3:7 {2}error {4}Invalid date: "15\/08\/2020" .* {2}\[invalid-date\]$/);
    assert.ok(lines.some((line) => /^syndicated-a\.txt:8:1 {2}warning {2}.*syndicated-b\.txt.* {2}\[corpus-duplicate\]$/.test(line)), run.stdout);
    assert.equal(lines.at(-1), '1 error, 2 warnings, 0 infos in 4 seeds.');
    assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    assert.equal(run.stderr, '', 'no progress bar outside a terminal');
  });

  it('a single named seed is reported alone but checked against the whole corpus', async () => {
    const { run, report } = await checkJson(['syndicated-a.txt'], corpus);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(report.seeds.map((seed) => seed.path), ['syndicated-a.txt']);
    assert.deepEqual(report.seeds[0].diagnostics.map((d) => d.code), ['corpus-duplicate']);
  });

  it('checks every corpus nested in a folder, each against its own index and config', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cli-'));
    try {
      fs.cpSync(corpus, path.join(parent, 'first'), { recursive: true });
      fs.cpSync(corpus, path.join(parent, 'second'), { recursive: true });
      fs.writeFileSync(path.join(parent, 'second', '.seedcurator.json'), '{ "rules": { "invalid-date": "off" } }');
      const { run, report } = await checkJson([], parent);
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(report.corpora.map((c) => path.basename(c.root)), ['first', 'second']);
      assert.equal(report.summary.seeds, 8);
      assert.equal(report.summary.errors, 1, 'invalid-date is off in the second corpus');
      // Each corpus's index holds only its own seeds: the copies are not duplicates of each other.
      const related = report.seeds.flatMap((seed) => seed.diagnostics.flatMap((d) => d.relatedInformation ?? []));
      assert.ok(related.every((info) => info.location.uri.includes('/first/') !== info.location.uri.includes('/second/')));
      assert.equal(report.seeds.filter((seed) => seed.diagnostics.some((d) => d.code === 'corpus-duplicate')).length, 4);
    } finally {
      removeFolder(parent);
    }
  });
});
