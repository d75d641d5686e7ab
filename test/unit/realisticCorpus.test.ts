import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckedSeed } from '../corpora/checkFolder';
import type { Finding } from '../corpora/findings';
import { parseManifest } from '../corpora/manifest';
import { REALISTIC_CORPUS, scoreFolder } from '../corpora/realisticCorpus';
import { scoreCorpus } from '../corpora/scoreFindings';
import { formatScore } from '../corpora/scoreTable';

describe('realistic corpus (test/fixtures/realistic)', () => {
  it('reports what expected.json expects of every seed; pending statements are tabled, not asserted', async () => {
    const score = await scoreFolder(REALISTIC_CORPUS);
    console.log(`\n${formatScore(score)}\n`);
    if (score.nowHolding.length > 0) console.log(`Pending statements that hold now:\n  ${score.nowHolding.join('\n  ')}\n`);
    assert.deepEqual(score.failures, []);
  });
});

/** The scoring must be able to fail: each way a seed can disagree with its manifest is caught. */
describe('scoreCorpus', () => {
  const finding = (rule: string, line: number, more: Partial<Finding> = {}): Finding => ({ rule, line, endLine: line, message: rule, related: [], ...more });
  const seed = (findings: Finding[], metadata: CheckedSeed['metadata'] = {}): CheckedSeed => ({ path: 'a.txt', file: '/corpus/a.txt', findings, metadata });
  const manifestOf = (statements: object) => parseManifest({ now: '2026-01-01', seeds: { 'a.txt': { about: 'a seed', ...statements } } });

  it('passes when every finding is expected and every expectation met', () => {
    const score = scoreCorpus(manifestOf({ expect: [{ rule: 'missing-date' }, { rule: 'boilerplate', lines: [3, 4] }] }), [seed([finding('missing-date', 1), finding('boilerplate', 4)])]);
    assert.deepEqual(score.failures, []);
    assert.deepEqual(score.rules.map((row) => [row.rule, row.truePositives, row.falsePositives, row.expected - row.met]), [['boilerplate', 1, 0, 0], ['missing-date', 1, 0, 0]]);
  });

  it('fails on a finding nothing expects, and on a missing expected finding', () => {
    const score = scoreCorpus(manifestOf({ expect: [{ rule: 'missing-date' }] }), [seed([finding('boilerplate', 2)])]);
    assert.equal(score.failures.length, 2);
    assert.match(score.failures.join('\n'), /a\.txt:2 boilerplate is unexpected/);
    assert.match(score.failures.join('\n'), /expected missing-date, not found/);
  });

  it('fails on a forbidden finding unless the statement is pending, which is counted as known wrong', () => {
    const forbidden = scoreCorpus(manifestOf({ forbid: [{ rule: 'boilerplate', line: 2 }] }), [seed([finding('boilerplate', 2)])]);
    assert.equal(forbidden.failures.length, 1);
    const pending = scoreCorpus(manifestOf({ forbid: [{ rule: 'boilerplate', line: 2, pending: 'issue 8' }] }), [seed([finding('boilerplate', 2)])]);
    assert.deepEqual(pending.failures, []);
    assert.equal(pending.knownWrong.length, 1);
    assert.equal(pending.rules[0].falsePositives, 1);
  });

  it('counts findings beyond max as false positives and the expectation as unmet', () => {
    const score = scoreCorpus(manifestOf({ expect: [{ rule: 'stray-whitespace', max: 1 }] }), [seed([finding('stray-whitespace', 1), finding('stray-whitespace', 2)])]);
    assert.equal(score.rules[0].truePositives, 1);
    assert.equal(score.rules[0].falsePositives, 1);
    assert.equal(score.rules[0].met, 0);
    assert.equal(score.failures.length, 2);
  });

  it('needs the related place and the preferred fix an expectation names', () => {
    const manifest = manifestOf({ expect: [{ rule: 'duplicate-seed', related: 'b.txt', preferredFix: 'Open b.txt' }] });
    const wrongPlace = scoreCorpus(manifest, [seed([finding('duplicate-seed', 1, { related: [{ path: 'c.txt', line: 1 }], preferredFix: 'Open c.txt' })])]);
    assert.equal(wrongPlace.failures.length, 1);
    const right = scoreCorpus(manifest, [seed([finding('duplicate-seed', 1, { related: [{ path: 'b.txt', line: 1 }], preferredFix: 'Open b.txt' })])]);
    assert.deepEqual(right.failures, []);
  });

  it('tells pending statements that hold now, and tolerates what an allow covers', () => {
    const score = scoreCorpus(manifestOf({ expect: [{ rule: 'mail-header', lines: [1, 5], pending: 'issue 8' }], allow: [{ rule: 'boilerplate' }] }), [seed([finding('mail-header', 1, { endLine: 5 }), finding('boilerplate', 9)])]);
    assert.deepEqual(score.failures, []);
    assert.equal(score.nowHolding.length, 1);
    assert.equal(score.rules.find((row) => row.rule === 'boilerplate')?.tolerated, 1);
  });

  it('compares metadata, titles without quotes and case, dates by their ISO prefix', () => {
    const manifest = manifestOf({ metadata: { title: { value: '«Nattevakten»' }, date: { value: '1993-04-02' }, language: { value: 'nb' } } });
    const right = scoreCorpus(manifest, [seed([], { title: 'nattevakten', date: '1993-04-02T21:22:59Z', language: 'nb' })]);
    assert.deepEqual(right.failures, []);
    const wrong = scoreCorpus(manifest, [seed([], { title: 'Anmeldelse:«Nattevakten»', language: 'da' })]);
    assert.equal(wrong.failures.length, 3);
  });

  it('fails on seeds missing from either side, and rejects unknown rules and keys in a manifest', () => {
    const score = scoreCorpus(manifestOf({}), [{ ...seed([]), path: 'b.txt' }]);
    assert.equal(score.failures.length, 2);
    assert.throws(() => manifestOf({ expect: [{ rule: 'no-such-rule' }] }), /unknown rule/);
    assert.throws(() => manifestOf({ expect: [{ rule: 'boilerplate', pendng: 'issue 8' }] }), /unknown key pendng/);
  });
});
