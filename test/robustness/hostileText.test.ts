import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { inert } from '../../server/src/cli/inert';
import { checkJson, removeFolder, runCli } from '../cli/cliHarness';
import { makeCorpus } from './robustHarness';

const ESC = '\x1b';
const BEL = '\x07';
const CSI = '\x9b';
const RLO = '\u202e';
/** What a terminal would act on, besides the newlines that end each line of the report. */
const RAW_CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const EVIL_SEED = [
  '---',
  `title: Harbour news${ESC}]0;you have been owned${BEL}`,
  `date: ${ESC}]0;retitled${BEL}${CSI}2J`,
  'lang: en',
  '---',
  `The ferry sailed again on Tuesday ${RLO}after five months in dry dock${ESC}[8m, the operator said.`,
  '',
].join('\n');

/** A YAML bomb and the tags other YAML loaders turn into code. */
const YAML_SEED = [
  '---',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  "run: !!js/function \"function () { require('fs').writeFileSync('PWNED', 'js') }\"",
  'sys: !!python/object/apply:os.system ["touch PWNED"]',
  '---',
  'The ferry sailed again on Tuesday after five months in dry dock, the operator said.',
  '',
].join('\n');

describe('robustness: hostile text', () => {
  const folders: string[] = [];
  after(() => folders.forEach(removeFolder));

  it('prints control characters from seeds, configs and file names as visible escapes, never raw', async () => {
    const folder = makeCorpus(
      // Seeds without a date, so that their names are printed with a finding.
      { 'evil.txt': EVIL_SEED, [`${ESC}]0;name${BEL}.txt`]: 'A note about the ferry, without a header.\n', 'line\nbreak.txt': 'A note about the boat, without a header.\n' },
      '{"\\u001b]0;config\\u0007": 1, "include": ["\\u009b2J/**", "**/*.txt"]}',
    );
    folders.push(folder);

    const text = await runCli(['check'], folder);
    assert.doesNotMatch(text.stdout, RAW_CONTROL);
    assert.doesNotMatch(text.stderr, RAW_CONTROL);
    assert.match(text.stdout, /Invalid date: "\\x1b\]0;retitled\\x07\\x9b2J"/);
    assert.match(text.stdout, /^\\x1b\]0;name\\x07\.txt:/m);
    assert.match(text.stdout, /^line\\x0abreak\.txt:/m);
    assert.match(text.stderr, /Unknown setting "\\x1b\]0;config\\x07"\./);

    // JSON and SARIF escape them as JSON does; what the seed holds is kept, as data.
    const { run, report } = await checkJson([], folder);
    assert.doesNotMatch(run.stdout.trimEnd(), RAW_CONTROL);
    assert.equal(report.seeds.find((seed) => seed.path === 'evil.txt')!.metadata.title?.text, `Harbour news${ESC}]0;you have been owned${BEL}`);
    assert.match(run.stdout, /\\u009b2J/);
    const sarif = await runCli(['check', '--format', 'sarif'], folder);
    assert.doesNotMatch(sarif.stdout.trimEnd(), RAW_CONTROL);
    assert.equal(JSON.parse(sarif.stdout).runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'invalid-date').message.text, `Invalid date: "${ESC}]0;retitled${BEL}${CSI}2J" is not an ISO 8601 date (YYYY-MM-DD).`);
  });

  it('makes every active character inert, and leaves text alone', () => {
    assert.equal(inert(`a${ESC}[31mb${BEL}c\r\n${CSI}\u202e\u2066\u2028`), 'a\\x1b[31mb\\x07c\\x0d\\x0a\\x9b\\u202e\\u2066\\u2028');
    assert.equal(inert('Blåbær – «sitat» 😀 \u00a0'), 'Blåbær – «sitat» 😀 \u00a0');
  });

  it('runs nothing from a seed: YAML tags stay text, and a YAML bomb is a malformed header', { timeout: 60_000 }, async () => {
    const folder = makeCorpus({ 'yaml.txt': YAML_SEED });
    folders.push(folder);
    const { run, report } = await checkJson([], folder);
    assert.equal(fs.existsSync(path.join(folder, 'PWNED')), false);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(report.seeds[0].diagnostics.some((diagnostic) => diagnostic.code === 'malformed-front-matter'));
  });
});
