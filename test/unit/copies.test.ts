import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSeed, digestOf, indexInputOf } from '../../server/src/engine/analyse';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { MIN_SHARED_WORDS, seedContaining } from '../../server/src/engine/corpus/copies';
import { CorpusIndex, indexOptionsOf, type SeedInfo } from '../../server/src/engine/corpus/corpusIndex';
import { compareOriginals } from '../../server/src/engine/corpus/originals';
import { corpusSummary } from '../../server/src/lsp/corpusSummary';
import { ARTICLE, PARAGRAPHS } from './busArticle';

const config = defaultConfig();

function add(index: CorpusIndex, name: string, text: string): Set<number> {
  return index.upsert(indexInputOf(digestOf(analyseSeed(text, config), config), `file:///corpus/${name}`, name));
}

const idOf = (index: CorpusIndex, name: string) => index.idOf(`file:///corpus/${name}`)!;
const shareOf = (index: CorpusIndex, name: string, other: string) => index.containmentIn(idOf(index, name), idOf(index, other))?.share;


describe('containment', () => {
  it('counts the title on neither side, so a copy with its headline is 100 %, not more', () => {
    const index = new CorpusIndex(indexOptionsOf(config));
    add(index, 'a.txt', `Bus line for the valley towns\n\n${ARTICLE}\n`);
    add(index, 'b.txt', `Bus line for the valley towns\n\n${ARTICLE}\n`);
    assert.equal(shareOf(index, 'a.txt', 'b.txt'), 1);
  });

  it('counts short lines on both sides, so a seed of mostly short lines is not a copy of its one shared paragraph', () => {
    const index = new CorpusIndex(indexOptionsOf(config));
    const list = Array.from({ length: 20 }, (_, i) => `Stop ${i + 1}: Market Street`).join('\n');
    add(index, 'timetable.txt', `Bus timetable\n\n${PARAGRAPHS[0]} ${PARAGRAPHS[1]} ${PARAGRAPHS[2]}\n\n${list}\n`);
    add(index, 'article.txt', `Bus news\n\n${PARAGRAPHS[0]} ${PARAGRAPHS[1]} ${PARAGRAPHS[2]}\n`);
    assert.ok(shareOf(index, 'timetable.txt', 'article.txt')! < 0.5);
    assert.equal(shareOf(index, 'article.txt', 'timetable.txt'), 1);
    // A copy has its short lines too: subheadings and list items are matched exactly.
    add(index, 'timetable-copy.txt', `Timetable\n\n${PARAGRAPHS[0]} ${PARAGRAPHS[1]} ${PARAGRAPHS[2]}\n\n${list}\n`);
    assert.equal(shareOf(index, 'timetable.txt', 'timetable-copy.txt'), 1);
  });

  it(`calls no seed a copy below ${MIN_SHARED_WORDS} shared content words`, () => {
    const index = new CorpusIndex(indexOptionsOf(config));
    const dateLine = 'On Mon, 3 May 1993 12:03:04 GMT, the moderator of the list wrote the following note:';
    add(index, 'post-1.txt', `Re: meeting\n\n${dateLine}\n`);
    add(index, 'post-2.txt', `Re: meeting\n\n${dateLine}\n\nSee you there, all of you.\n`);
    assert.equal(shareOf(index, 'post-1.txt', 'post-2.txt'), 1);
    assert.equal(seedContaining(index, idOf(index, 'post-1.txt')), undefined);
  });

  it('counts boilerplate and short lines repeated across many seeds on neither side', () => {
    const options = indexOptionsOf(config);
    const index = new CorpusIndex(options);
    const chrome = 'The Valley Courier newsroom\n\nYour email address will not be published. Fields marked * are required';
    add(index, 'copy.txt', `Bus news\n\n${ARTICLE}\n\n${chrome}\n`);
    add(index, 'original.txt', `Bus news\n\n${ARTICLE}\n`);
    // "The Valley Courier newsroom" is in one seed: content, not found in the original.
    assert.ok(shareOf(index, 'copy.txt', 'original.txt')! < 1);
    const affected = new Set<number>();
    for (let i = 1; i < options.chromeSeeds; i++) for (const id of add(index, `page-${i}.txt`, `Page ${i}\n\nSomething else entirely happened in the town number ${i} today.\n\n${chrome}\n`)) affected.add(id);
    // The last page made the line chrome: the copy's containment changed, and it was told so.
    assert.ok(affected.has(idOf(index, 'copy.txt')));
    assert.equal(shareOf(index, 'copy.txt', 'original.txt'), 1);
  });
});

describe('compareOriginals', () => {
  const info = (path: string, date?: string, declares = { frontMatter: true, title: true }): SeedInfo => ({ uri: `file:///corpus/${path}`, path, date, declares });

  it('takes the earlier date, at the precision of the less precise one', () => {
    assert.ok(compareOriginals(info('z.txt', '2021-03-02'), info('a.txt', '2021-03-09')) < 0);
    assert.ok(compareOriginals(info('z.txt', '2021-02'), info('a.txt', '2021-03-01')) < 0);
    assert.ok(compareOriginals(info('a.txt', '2021-03'), info('z.txt', '2021-03-09')) < 0, 'same month: path decides');
    assert.ok(compareOriginals(info('z.txt', '2021-03-02T10:00:00Z'), info('a.txt', '2021-03-09')) < 0);
  });

  it('then the richer header, then the path', () => {
    const bare = { frontMatter: false, title: false };
    assert.ok(compareOriginals(info('z.txt', '2021-03-02'), info('a.txt', undefined)) < 0);
    assert.ok(compareOriginals(info('z.txt', undefined), info('a.txt', undefined, bare)) < 0);
    assert.ok(compareOriginals(info('z.txt', 'yesterday'), info('a.txt', '15/08/2020', bare)) < 0);
    assert.ok(compareOriginals(info('a.txt'), info('b.txt')) < 0);
    assert.equal(compareOriginals(info('a.txt'), info('a.txt')), 0);
  });
});

describe('duplicate clusters', () => {
  it('lead with the original duplicate-seed chooses, and list each copy once', () => {
    const corpus = new Corpus({ folder: '/corpus', config, configProblems: [] });
    const seeds: [string, string][] = [
      ['a-reprint.txt', `---\ntitle: Bus line\ndate: 2021-03-09\n---\n${ARTICLE}\n`],
      ['b-first.txt', `---\ntitle: Bus line\ndate: 2021-03-02\n---\n${ARTICLE}\n`],
      ['c-excerpt.txt', `${PARAGRAPHS.slice(0, 3).join('\n\n')}\n`],
    ];
    for (const [name, text] of seeds) corpus.update(`file:///corpus/${name}`, text);
    const [cluster, ...others] = corpusSummary([corpus], () => seeds.length, []).clusters;
    assert.deepEqual(others, []);
    assert.deepEqual(cluster.seeds.map((seed) => seed.path), ['b-first.txt', 'a-reprint.txt', 'c-excerpt.txt']);
    const findings = (name: string, text: string) => corpus.check(`file:///corpus/${name}`, analyseSeed(text, config)).filter((f) => f.rule === 'duplicate-seed');
    // The copies are told which seed holds them; the seed to keep only gets a note naming them.
    const reported = seeds.filter(([name, text]) => findings(name, text).some((f) => f.severity === 'warning'));
    assert.deepEqual(reported.map(([name]) => name), ['a-reprint.txt', 'c-excerpt.txt']);
    assert.match(findings(...seeds[1])[0].message, /has 2 copies: a-reprint\.txt, c-excerpt\.txt/);
  });
});

/** A deterministic generator (LCG), so that a failing case can be rerun. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
}

const SENTENCES = [
  ...PARAGRAPHS,
  'Gm 2: Harbour Rovers 5, Mill Street Athletic 4 at the old harbour ground',
  'Gm 1: Harbour Rovers 3, Mill Street Athletic 2 at the old harbour ground',
  'The ferry leaves at 07:15 and 16:45 every day from the north pier, all year.',
  'Add ½ cup brown sugar to the melted butter and stir until it is smooth.',
  'Add 1/3 cup brown sugar to the melted butter and stir until it is smooth.',
];
const SHORT_LINES = ['Share this story', 'Sanksjoner', 'Stop 3: Market Street', 'Advertisement', 'Most read', 'Gm 2: 5-4', '12:03'];

function randomSeedText(next: () => number): string {
  const lines: string[] = [];
  if (next() < 0.5) lines.push(`---\ntitle: Random ${Math.floor(next() * 4)}\ndate: 2021-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}\n---`);
  else if (next() < 0.5) lines.push('Bus line for the valley towns');
  for (let i = Math.floor(next() * 8); i > 0; i--) lines.push(next() < 0.6 ? SENTENCES[Math.floor(next() * SENTENCES.length)] : SHORT_LINES[Math.floor(next() * SHORT_LINES.length)]);
  return `${lines.join(next() < 0.5 ? '\n\n' : '\n')}\n`;
}

describe('containment over random corpora', () => {
  it('never exceeds 100 %, never counts more words than are shared, and never makes two seeds copies of each other', () => {
    for (let round = 1; round <= 20; round++) {
      const next = random(round);
      const options = { ...indexOptionsOf(config), chromeSeeds: 3 };
      const index = new CorpusIndex(options);
      for (let i = 0; i < 30; i++) index.upsert(indexInputOf(digestOf(analyseSeed(randomSeedText(next), config), config), `file:///corpus/${i}.txt`, `${i}.txt`));
      for (const [id] of index.allInfo()) {
        for (const containment of index.containmentOf(id)) {
          assert.ok(containment.share > 0 && containment.share <= 1, `round ${round}: share ${containment.share}`);
          assert.ok(containment.words > 0 && containment.passages > 0);
        }
        const container = seedContaining(index, id);
        if (container) assert.notEqual(seedContaining(index, container.seed)?.seed, id, `round ${round}: two seeds copies of each other`);
      }
    }
  });

  it('gives the same containment after edits and removals as an index built afresh', () => {
    for (let round = 1; round <= 10; round++) {
      const next = random(round * 7919);
      const options = { ...indexOptionsOf(config), chromeSeeds: 3 };
      const edited = new CorpusIndex(options);
      const texts = new Map<string, string>();
      for (let step = 0; step < 80; step++) {
        const name = `${Math.floor(next() * 12)}.txt`;
        if (next() < 0.2) {
          edited.remove(`file:///corpus/${name}`);
          texts.delete(name);
        } else {
          const text = randomSeedText(next);
          add(edited, name, text);
          texts.set(name, text);
        }
        // Read containment now and then, so that stale cached values would show.
        if (step % 5 === 0) for (const [id] of edited.allInfo()) edited.containmentOf(id);
      }
      const fresh = new CorpusIndex(options);
      for (const [name, text] of texts) add(fresh, name, text);
      for (const name of texts.keys()) {
        const view = (index: CorpusIndex) => index.containmentOf(idOf(index, name)).map((c) => `${index.info(c.seed)!.path} ${c.share.toFixed(6)} ${c.words}`).sort();
        assert.deepEqual(view(edited), view(fresh), `round ${round}: ${name}`);
      }
    }
  });
});
