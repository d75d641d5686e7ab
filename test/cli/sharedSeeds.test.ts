import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkJson, fixTitles, REPO, removeFolder, tempCopy, textAt, type JsonReport } from './cliHarness';

/** The five real seeds of issue 2, read at run time and never copied into the repository. */
const SHARED_SEEDS = path.resolve(REPO, '..', 'shared', 'seeds');
const absent = !fs.existsSync(SHARED_SEEDS);
if (absent) console.log(`# skipping the shared seeds test: ${SHARED_SEEDS} does not exist in this checkout`);

describe('seed-curator check on the shared seeds (issue 2)', { skip: absent && `${SHARED_SEEDS} is absent` }, () => {
  let corpus: string;
  let report: JsonReport;
  const seed = (prefix: string) => {
    const entry = report.seeds.find((candidate) => candidate.path.startsWith(prefix));
    assert.ok(entry, `seed ${prefix} in the report`);
    const text = fs.readFileSync(path.join(corpus, entry.path), 'utf8');
    const found = (code: string) => entry.diagnostics.filter((d) => d.code === code);
    const one = (code: string, covering?: RegExp): Diagnostic => {
      const matching = found(code).filter((d) => !covering || covering.test(textAt(text, d.range)));
      assert.ok(matching.length > 0, `${entry.path}: ${code}${covering ? ` on ${covering}` : ''} among ${entry.diagnostics.map((d) => `${d.code}@${d.range.start.line}`).join(', ')}`);
      return matching[0];
    };
    return { entry, text, found, one };
  };

  before(async () => {
    corpus = tempCopy(SHARED_SEEDS);
    fs.writeFileSync(path.join(corpus, '.seedcurator.json'), '{}\n');
    report = (await checkJson([], corpus)).report;
  });
  after(() => removeFolder(corpus));

  it('000: the repeated photo caption, one note naming its copy 001 (which carries the duplicate findings), a date offered from 001', () => {
    const { one, found } = seed('000');
    one('duplicate-passage', /^DRØFTET: Russlands president/);
    const note = one('duplicate-seed');
    assert.equal(note.severity, 3);
    assert.match(String(note.message), /has 1 copy: 001_f9e14b9678df4b6e\.txt/);
    assert.match(note.relatedInformation![0].location.uri, /001_f9e14b9678df4b6e\.txt$/);
    assert.deepEqual(found('corpus-duplicate'), []);
    assert.ok(fixTitles(one('missing-date')).some((title) => title.includes('2020-08') && title.includes('001_')));
  });

  it('001: fused header, imprecise date, the title of 000 offered, contained in 000, stray whitespace', () => {
    const { one } = seed('001');
    const titleOf000 = seed('000').text.split('\n')[0].trim();
    one('fused-header', /date 2020-08/);
    one('imprecise-date', /2020-08/);
    assert.ok(fixTitles(one('missing-title')).some((title) => title.includes(titleOf000) && title.includes('000_')));
    assert.match(String(one('duplicate-seed').message), /000_73a38da33ded0de9\.txt/);
    one('stray-whitespace');
  });

  it('002: no date; "Leave a Reply" and the e-mail notice are boilerplate', () => {
    const { one } = seed('002');
    one('missing-date');
    one('boilerplate', /^Leave a Reply/);
    one('boilerplate', /^Your email address will not be published/);
  });

  it('003: a caption on its first line; no date', () => {
    const { one } = seed('003');
    assert.equal(one('caption-header').range.start.line, 0);
    one('missing-date');
  });

  it('004: navigation header, the repeated headline, three kinds of boilerplate, no date', () => {
    const { one } = seed('004');
    const navigation = one('navigation-header', /^scorecard/);
    assert.ok(navigation.range.end.line >= 5, 'the breadcrumbs 1. Home … 5. are part of it');
    one('duplicate-passage', /^Vladimir Putin has offered to send military assistance/);
    one('boilerplate', /^Advertisement/);
    one('boilerplate', /^READ MORE ARTICLES ON/);
    one('boilerplate', /^Politics2 min read/);
    one('missing-date');
  });

  it('detects nb, nb, en, nb, en and raises no language rule', () => {
    assert.deepEqual(report.seeds.map((entry) => entry.metadata.language.detected), ['nb', 'nb', 'en', 'nb', 'en']);
    const languageRules = report.seeds.flatMap((entry) => entry.diagnostics.filter((d) => d.code === 'language-mismatch' || d.code === 'mixed-language'));
    assert.deepEqual(languageRules, []);
  });
});
