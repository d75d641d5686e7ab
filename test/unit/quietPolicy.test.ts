import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSeed } from '../../server/src/engine/analyse';
import { parseConfig, type CorpusConfig } from '../../server/src/engine/config/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { SUMMARY_MIN_SEEDS } from '../../server/src/engine/corpus/corpusWide';
import { configEffect } from '../../server/src/engine/corpus/configEffect';
import type { SeedFinding } from '../../server/src/engine/findings';
import { ARTICLE, PARAGRAPHS } from './busArticle';

const NOW = new Date('2024-06-01T00:00:00Z');
const uriOf = (name: string) => `file:///corpus/${name}`;


/** A corpus of these seeds under this config, indexed, with a way to check any of them. */
function corpusOf(seeds: Record<string, string>, configText = '{}') {
  const { config, problems } = parseConfig(configText);
  assert.deepEqual(problems, []);
  const corpus = new Corpus({ folder: '/corpus', configFile: '/corpus/.seedcurator.json', config, configProblems: [] });
  for (const [name, text] of Object.entries(seeds)) corpus.update(uriOf(name), text);
  const check = (name: string): SeedFinding[] => corpus.check(uriOf(name), analyseSeed(seeds[name], corpus.config), NOW);
  return { corpus, check };
}

const rulesOf = (findings: SeedFinding[]) => findings.map((finding) => finding.rule);

/** A seed of its own words (no two alike), with or without a date and a lang. */
function article(i: number, header: { date?: boolean; lang?: boolean } = {}): string {
  const fields = [header.date ? 'date: 2021-03-02' : '', header.lang ? 'lang: en' : ''].filter(Boolean);
  const front = fields.length > 0 ? `---\n${fields.join('\n')}\n---\n` : '';
  return `${front}Notice number ${i} of the harbour office\n\nThe harbour office posted notice ${i} about berth ${i * 7} and the tides of week ${i}, with thanks to crew ${i * 3}.\n`;
}

function seedsOf(count: number, dated: (i: number) => boolean): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`n${String(i).padStart(3, '0')}.txt`, article(i, { date: dated(i), lang: true })]));
}

describe('quiet by default: copies', () => {
  const seeds = {
    'a-first.txt': `---\ntitle: Bus line\ndate: 2021-03-02\n---\n${ARTICLE}\n`,
    'b-copy.txt': `---\ntitle: Bus line\ndate: 2021-03-09\n---\n${ARTICLE}\n`,
    'c-copy.txt': `${ARTICLE}\n`,
  };

  it('gives the seed to keep one note naming its copies, and no corpus-duplicate for what they share', () => {
    const { check } = corpusOf(seeds);
    const kept = check('a-first.txt');
    assert.deepEqual(rulesOf(kept).filter((rule) => rule.includes('duplicate')), ['duplicate-seed']);
    const [note] = kept.filter((finding) => finding.rule === 'duplicate-seed');
    assert.equal(note.severity, 'info');
    assert.match(note.message, /has 2 copies: b-copy\.txt, c-copy\.txt\b/);
    assert.deepEqual(note.related.map((place) => place.location.uri), [uriOf('b-copy.txt'), uriOf('c-copy.txt')]);
  });

  it('leaves the findings on the copies', () => {
    const { check } = corpusOf(seeds);
    for (const copy of ['b-copy.txt', 'c-copy.txt']) {
      const [finding] = check(copy).filter((f) => f.rule === 'duplicate-seed');
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /is also in a-first\.txt/);
    }
  });

  it('reports every shared passage on the seed to keep with "summarise": false', () => {
    const { check } = corpusOf(seeds, '{"summarise": false}');
    const kept = check('a-first.txt');
    assert.equal(kept.filter((finding) => finding.rule === 'corpus-duplicate').length, PARAGRAPHS.length);
    assert.ok(!rulesOf(kept).includes('duplicate-seed'));
  });
});

describe('quiet by default: corpus-wide facts', () => {
  it(`tells a date missing from most of at least ${SUMMARY_MIN_SEEDS} seeds once, on the first such seed in path order, with a fix for the corpus`, () => {
    const seeds = seedsOf(SUMMARY_MIN_SEEDS, (i) => i % 4 === 0);
    const { check } = corpusOf(seeds);
    const told = Object.keys(seeds).filter((name) => rulesOf(check(name)).includes('missing-date'));
    assert.deepEqual(told, ['n001.txt']);
    const [summary] = check('n001.txt').filter((finding) => finding.rule === 'missing-date');
    assert.match(summary.message, /^15 of the 20 seeds of this corpus have no date/);
    assert.ok(summary.fixes.some((fix) => fix.kind === 'corpus-fix' && fix.intent === 'insert-proposed-dates'));
    assert.ok(summary.fixes.some((fix) => fix.kind === 'edit' && /^Insert an empty date/.test(fix.title)), 'the seed keeps its own fixes');
  });

  it('tells each seed when half or fewer lack the field, or the corpus is small', () => {
    const half = seedsOf(SUMMARY_MIN_SEEDS, (i) => i % 2 === 0);
    const { check } = corpusOf(half);
    assert.equal(Object.keys(half).filter((name) => rulesOf(check(name)).includes('missing-date')).length, SUMMARY_MIN_SEEDS / 2);
    const small = seedsOf(SUMMARY_MIN_SEEDS - 1, () => false);
    const smallCorpus = corpusOf(small);
    assert.equal(Object.keys(small).filter((name) => rulesOf(smallCorpus.check(name)).includes('missing-date')).length, SUMMARY_MIN_SEEDS - 1);
  });

  for (const config of ['{"summarise": false}', '{"summarise": {"corpusWide": false}}']) {
    it(`tells each seed with ${config}`, () => {
      const seeds = seedsOf(SUMMARY_MIN_SEEDS, () => false);
      const { check } = corpusOf(seeds, config);
      assert.equal(Object.keys(seeds).filter((name) => rulesOf(check(name)).includes('missing-date')).length, SUMMARY_MIN_SEEDS);
    });
  }

  it('moves the summary to the next seed when the first ignores the rule', () => {
    const seeds = seedsOf(SUMMARY_MIN_SEEDS, () => false);
    const { check } = corpusOf(seeds, '{"ignore": {"n000.txt": ["missing-date"]}}');
    const told = Object.keys(seeds).filter((name) => rulesOf(check(name)).includes('missing-date'));
    assert.deepEqual(told, ['n001.txt']);
  });

  it('names the seeds whose findings change when the summary appears, moves or goes', () => {
    const seeds = seedsOf(SUMMARY_MIN_SEEDS, (i) => i >= 11);
    const { corpus } = corpusOf(seeds);
    // 11 of 20 undated: summarised. Dating one more makes it 10 of 20: each of the other ten is told again.
    const affected = corpus.update(uriOf('n005.txt'), article(5, { date: true, lang: true })).affected;
    for (let i = 0; i < 11; i++) if (i !== 5) assert.ok(affected.includes(uriOf(`n${String(i).padStart(3, '0')}.txt`)), `n${i} is affected`);
    // 15 of 20 undated, told on n000; dating n000 moves the summary to n001, and no one else is concerned.
    const mostly = corpusOf(seedsOf(SUMMARY_MIN_SEEDS, (i) => i >= 15)).corpus;
    const moved = mostly.update(uriOf('n000.txt'), article(0, { date: true, lang: true })).affected;
    assert.deepEqual(moved, [uriOf('n001.txt')]);
  });
});

describe('ignore', () => {
  const seeds = { 'news/a.txt': `Harbour notice\n\n${PARAGRAPHS[0]}\n`, 'news/b.txt': `Bus notice\n\n${PARAGRAPHS[1]}\n` };

  it('runs no ignored rule in a seed named by its path or by a glob, and every rule elsewhere', () => {
    const { check } = corpusOf(seeds, '{"ignore": {"news/a.txt": ["missing-date"], "news/*.txt": ["missing-language"]}}');
    assert.ok(!rulesOf(check('news/a.txt')).includes('missing-date'));
    assert.ok(!rulesOf(check('news/a.txt')).includes('missing-language'));
    assert.ok(rulesOf(check('news/b.txt')).includes('missing-date'));
    assert.ok(!rulesOf(check('news/b.txt')).includes('missing-language'));
  });

  it('names an unknown rule and keeps the known ones', () => {
    const { config, problems } = parseConfig('{"ignore": {"a.txt": ["missing-date", "no-such-rule"]}}');
    assert.deepEqual(config.ignore, { 'a.txt': ['missing-date'] });
    assert.match(problems[0].message, /Unknown rule "no-such-rule" in "ignore"/);
  });
});

describe('accepted duplicates', () => {
  const seeds = { 'a.txt': `One\n\n${ARTICLE}\n\nA closing line of its own words here.\n`, 'b.txt': `Two\n\n${PARAGRAPHS[0]}\n\nSomething else entirely written for this seed.\n` };
  const duplicatesIn = (check: (name: string) => SeedFinding[], name: string) => check(name).filter((finding) => finding.rule === 'corpus-duplicate');

  it('offers a readable entry, the passage\'s first words and the paths, and honours it in both seeds', () => {
    const [finding] = duplicatesIn(corpusOf(seeds).check, 'a.txt');
    const accept = finding.fixes.find((fix) => fix.kind === 'accept-duplicate');
    assert.ok(accept && accept.kind === 'accept-duplicate');
    assert.deepEqual(accept.entry, { passage: 'The regional council agreed on Monday to fund …', paths: ['a.txt', 'b.txt'] });
    const accepted = corpusOf(seeds, JSON.stringify({ accepted: [accept.entry] }));
    assert.deepEqual(duplicatesIn(accepted.check, 'a.txt'), []);
    assert.deepEqual(duplicatesIn(accepted.check, 'b.txt'), []);
  });

  it('still reports the passage in a seed the entry does not name', () => {
    const three = { ...seeds, 'c.txt': `Three\n\n${PARAGRAPHS[0]}\n\nA third seed with words of its own to say.\n` };
    const { check } = corpusOf(three, JSON.stringify({ accepted: [{ passage: 'The regional council agreed on Monday to fund …', paths: ['a.txt', 'b.txt'] }] }));
    const [inA] = duplicatesIn(check, 'a.txt');
    assert.deepEqual(inA.details?.twins.map((twin) => twin.path), ['c.txt']);
    assert.equal(duplicatesIn(check, 'c.txt').length, 1);
  });

  it('still reads a fingerprint written by version 0.1', () => {
    const [finding] = duplicatesIn(corpusOf(seeds).check, 'a.txt');
    const fingerprint = finding.details!.fingerprint;
    const { check } = corpusOf(seeds, JSON.stringify({ accepted: [fingerprint] }));
    assert.deepEqual(duplicatesIn(check, 'a.txt'), []);
  });
});

describe('a config change that keeps the index', () => {
  const configOf = (text: string): CorpusConfig => parseConfig(text).config;

  it('drops the findings of a rule turned off without running anything, and re-runs a rule whose severity changed', () => {
    const effect = configEffect(configOf('{}'), configOf('{"rules": {"missing-date": "off", "boilerplate": "error"}}'));
    assert.deepEqual([...effect.off], ['missing-date']);
    assert.deepEqual(effect.rerun.map((rule) => rule.id), ['boilerplate']);
  });

  it('re-runs the rules an ignore entry, an accepted duplicate or summarise concern', () => {
    const effect = configEffect(configOf('{}'), configOf('{"ignore": {"a.txt": ["fused-kicker"]}, "accepted": [{"passage": "x y", "paths": ["a.txt"]}]}'));
    assert.deepEqual(effect.rerun.map((rule) => rule.id).sort(), ['corpus-duplicate', 'fused-kicker']);
    assert.deepEqual(configEffect(configOf('{}'), configOf('{"summarise": false}')).rerun.map((rule) => rule.id).sort(), ['corpus-duplicate', 'duplicate-seed', 'missing-date', 'missing-language']);
    assert.deepEqual(configEffect(configOf('{}'), configOf('{"summarise": {"corpusWide": false}}')).rerun.map((rule) => rule.id).sort(), ['missing-date', 'missing-language']);
  });

  it('concerns only the seeds an exact path names when nothing but their ignore entries changed', () => {
    assert.deepEqual([...(configEffect(configOf('{}'), configOf('{"ignore": {"a.txt": ["fused-kicker"]}}')).paths ?? [])], ['a.txt']);
    assert.equal(configEffect(configOf('{}'), configOf('{"ignore": {"news/*.txt": ["fused-kicker"]}}')).paths, undefined, 'a glob may name any seed');
    assert.equal(configEffect(configOf('{}'), configOf('{"ignore": {"a.txt": ["fused-kicker"]}, "rules": {"boilerplate": "error"}}')).paths, undefined);
    assert.deepEqual([...(configEffect(configOf('{}'), configOf('{"accepted": [{"passage": "x y", "paths": ["a.txt", "b.txt"]}]}')).paths ?? [])], ['a.txt', 'b.txt']);
    assert.equal(configEffect(configOf('{}'), configOf('{"accepted": ["1x3k9a"]}')).paths, undefined, 'a fingerprint accepts its passage everywhere');
  });

  it('re-checks the seeds that carry a summary before and after an ignore entry moves it', () => {
    const seeds = seedsOf(SUMMARY_MIN_SEEDS, () => false);
    const { corpus } = corpusOf(seeds);
    const effect = corpus.reconfigure({ ...corpus.root, config: configOf('{"ignore": {"n000.txt": ["missing-date"]}}') })!;
    const concerned = Object.keys(seeds).filter((name) => effect.seeds!(uriOf(name)));
    assert.deepEqual(concerned, ['n000.txt', 'n001.txt']);
  });

  it('is refused when what is indexed changes', () => {
    const { corpus } = corpusOf({});
    assert.equal(corpus.reconfigure({ ...corpus.root, config: configOf('{"boilerplate": {"phrases": ["Subscribe now"]}}') }), undefined);
    assert.ok(corpus.reconfigure({ ...corpus.root, config: configOf('{"boilerplate": {"keep": ["Subscribe now"]}}') }));
  });
});
