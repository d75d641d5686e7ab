import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkJson, FIXTURE_CORPUS, removeFolder, tempCopy } from './cliHarness';

const BOM = '\uFEFF';
/** A seed with a BOM and CRLF line endings: two safe findings, and two (a date to rewrite, boilerplate) that need a person. */
const MESSY = [
  '---',
  'title: Storm damages the old pier',
  'date: 15/08/2020',
  'lang: en',
  '---',
  'The storm damaged the old pier on Sunday night, tearing away a long stretch of its wooden deck.   ',
  '',
  '',
  '',
  'The council has closed the pier until engineers have checked what is left of the supports.',
  '',
  'Advertisement',
  '',
  'Repairs are expected to take most of the summer.',
  '',
].join('\r\n');
const FIXED = [
  '---',
  'title: Storm damages the old pier',
  'date: 15/08/2020',
  'lang: en',
  '---',
  'The storm damaged the old pier on Sunday night, tearing away a long stretch of its wooden deck.',
  '',
  'The council has closed the pier until engineers have checked what is left of the supports.',
  '',
  'Advertisement',
  '',
  'Repairs are expected to take most of the summer.',
  '',
].join('\r\n');

describe('seed-curator check --fix', () => {
  let corpus: string;
  let messy: string;
  before(() => {
    corpus = tempCopy(FIXTURE_CORPUS);
    messy = path.join(corpus, 'messy.txt');
    fs.writeFileSync(messy, BOM + MESSY);
  });
  after(() => removeFolder(corpus));

  it('applies the safe fixes, keeps the BOM, the CRLFs and all other text, and reports what remains', async () => {
    const cleanBefore = fs.readFileSync(path.join(corpus, 'clean.txt'));
    const { run, report } = await checkJson(['--fix'], corpus);

    assert.equal(fs.readFileSync(messy, 'utf8'), BOM + FIXED);
    assert.deepEqual(fs.readFileSync(path.join(corpus, 'clean.txt')), cleanBefore, 'a seed without safe fixes is left alone');
    // A run of blank lines and trailing spaces; the two invalid dates (bad-date.txt and messy.txt) stay errors.
    assert.equal(report.summary.fixed, 2);
    assert.equal(report.summary.errors, 2);
    assert.equal(run.code, 1, run.stderr);
    const remaining = report.seeds.find((seed) => seed.path === 'messy.txt')!.diagnostics.map((d) => d.code);
    // Reading 15/08/2020 as 2020-08-15 is offered, but it rewrites what the curator wrote: not applied unasked.
    assert.deepEqual(remaining, ['invalid-date', 'boilerplate']);
    assert.deepEqual(fs.readdirSync(corpus).filter((name) => name.endsWith('.tmp')), [], 'no temp file is left behind');
  });

  it('has nothing left to fix on a second run', async () => {
    const before = fs.readFileSync(messy);
    const { report } = await checkJson(['--fix'], corpus);
    assert.equal(report.summary.fixed, 0);
    assert.deepEqual(fs.readFileSync(messy), before);
  });
});
