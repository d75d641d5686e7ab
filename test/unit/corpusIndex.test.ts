import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSeed, digestOf, indexInputOf, quoteKeysOf } from '../../server/src/engine/analyse';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { CorpusIndex, indexOptionsOf } from '../../server/src/engine/corpus/corpusIndex';
import { DEFAULT_OPTIONS, generateSeeds } from '../corpora/generateCorpus';

const config = defaultConfig();
const options = indexOptionsOf(config);
const shared = 'The regional council agreed on Monday to fund a new bus line between the two valley towns.';
const nearlyShared = 'The regional council agreed on Monday to fund a new bus line between the two valley villages.';

function add(index: CorpusIndex, name: string, text: string): Set<number> {
  const uri = `file:///corpus/${name}`;
  return index.upsert(indexInputOf(digestOf(analyseSeed(text, config), config), uri, name));
}

describe('CorpusIndex', () => {
  it('matches passages exactly after normalising case and punctuation', () => {
    const index = new CorpusIndex(options);
    add(index, 'a.txt', `Bus news\n\n${shared}\n`);
    add(index, 'b.txt', `Other news\n\n${shared.toUpperCase().replace('.', '!')}\n`);
    const matches = index.matchesOf(index.idOf('file:///corpus/a.txt')!).matches;
    assert.equal(matches.length, 1);
    assert.equal(matches[0].similarity, 1);
    assert.equal(index.info(matches[0].other.seed)?.path, 'b.txt');
  });

  it('verifies near-duplicate candidates against the threshold', () => {
    const loose = new CorpusIndex({ ...options, similarity: 0.5 });
    add(loose, 'a.txt', `Bus news\n\n${shared}\n`);
    add(loose, 'b.txt', `Bus news\n\n${nearlyShared}\n`);
    const found = loose.matchesOf(loose.idOf('file:///corpus/a.txt')!).matches.filter((m) => m.similarity < 1);
    assert.equal(found.length, 1);
    assert.ok(found[0].similarity >= 0.5 && found[0].similarity < 1);
    const strict = new CorpusIndex({ ...options, similarity: 0.95 });
    add(strict, 'a.txt', `Bus news\n\n${shared}\n`);
    add(strict, 'b.txt', `Bus news\n\n${nearlyShared}\n`);
    assert.deepEqual(strict.matchesOf(strict.idOf('file:///corpus/a.txt')!).matches, []);
  });

  it('never takes passages that differ only in numbers for near duplicates, however long', () => {
    const long = (week: number, town = 'towns') => `The regional council agreed on Monday to fund a new bus line between the two valley ${town}, and work on the new stops along the river road starts in week ${week}.`;
    const index = new CorpusIndex({ ...options, similarity: 0.5 });
    add(index, 'a.txt', `Bus news\n\n${long(11)}\n`);
    add(index, 'b.txt', `Bus news\n\n${long(42)}\n`);
    assert.deepEqual(index.matchesOf(index.idOf('file:///corpus/a.txt')!).matches, []);
    add(index, 'c.txt', `Bus news\n\n${long(11, 'villages')}\n`);
    assert.deepEqual(index.matchesOf(index.idOf('file:///corpus/a.txt')!).matches.map((m) => index.info(m.other.seed)?.path), ['c.txt']);
  });

  it('finds a near copy in a corpus full of one template filled in hundreds of ways', () => {
    const index = new CorpusIndex(options);
    // Siblings differ only in the last word: most of their LSH bands are shared by all 400 (a template's, proposing nothing).
    const syllables = ['holm', 'car', 'dun', 'fen', 'mar', 'north', 'kirk', 'brack', 'ash', 'wick', 'ley', 'ton', 'by', 'stead', 'ford', 'mouth', 'bridge', 'well', 'combe', 'den'];
    const template = (i: number) => `Work is due to start in the spring and the old road through the valley will be closed for three months near ${syllables[i % 20]}${syllables[Math.floor(i / 20) % 20]}.`;
    for (let i = 0; i < 400; i++) add(index, `t${i}.txt`, `Roadworks ${i}

${template(i)}
`);
    const story = 'Engineers from the county found cracks in two of the piers last winter, and the bridge has carried only one lane of traffic since then, with long queues at';
    add(index, 'a.txt', `Bridge repairs

${template(7)}

${story} both ends every morning.
`);
    add(index, 'b.txt', `Bridge to close

${template(123)}

${story} both ends every evening.
`);
    const near = index.matchesOf(index.idOf('file:///corpus/a.txt')!).matches.filter((m) => m.similarity < 1 && index.info(m.other.seed)?.path === 'b.txt');
    assert.equal(near.length, 1, 'the story is found nearly in b.txt');
    assert.ok(near[0].similarity >= options.similarity);
  });

  it('updates one seed at a time and reports which other seeds are affected', () => {
    const index = new CorpusIndex(options);
    add(index, 'a.txt', `Bus news\n\n${shared}\n`);
    const unrelated = add(index, 'c.txt', 'Weather\n\nSun all week long, with light winds from the west and warm evenings.\n');
    assert.equal(unrelated.size, 0);
    const affected = add(index, 'b.txt', `Bus news\n\n${shared}\n`);
    assert.deepEqual([...affected].map((id) => index.info(id)?.path), ['a.txt']);
    // The copy is edited away: a.txt is affected again, and no longer matches.
    const afterEdit = add(index, 'b.txt', 'Bus news\n\nNothing about buses remains in this seed after the edit today.\n');
    assert.deepEqual([...afterEdit].map((id) => index.info(id)?.path), ['a.txt']);
    assert.deepEqual(index.matchesOf(index.idOf('file:///corpus/a.txt')!).matches, []);
    assert.deepEqual([...index.remove('file:///corpus/b.txt')], []);
    assert.equal(index.size, 2);
  });

  it('measures containment as the share of words found in the other seed', () => {
    const index = new CorpusIndex(options);
    const other = 'A second paragraph with enough words to count as a passage of its own here.';
    add(index, 'big.txt', `Bus news\n\n${shared}\n\n${other}\n\nA third paragraph, only in the bigger seed, long enough to be compared too.\n`);
    add(index, 'small.txt', `Bus news\n\n${shared}\n\n${other}\n`);
    const small = index.containmentOf(index.idOf('file:///corpus/small.txt')!);
    assert.equal(small[0].share, 1);
    const big = index.containmentOf(index.idOf('file:///corpus/big.txt')!);
    assert.ok(big[0].share > 0.5 && big[0].share < 0.8);
  });

  it('counts short lines across seeds', () => {
    const index = new CorpusIndex(options);
    for (const name of ['a', 'b', 'c']) add(index, `${name}.txt`, `News ${name}\n\nSomething happened in town ${name} today, and people talked about it.\n\nThe Valley Courier newsroom\n`);
    const key = analyseSeed('The Valley Courier newsroom', config).parsed.passages[0].key;
    assert.equal(index.shortLineSeedCounts(index.idOf('file:///corpus/a.txt')!).get(key), 3);
  });
});

describe('Corpus.recheck', () => {
  it('gives the same findings as a full check when only other seeds changed', () => {
    const corpus = new Corpus({ folder: '/corpus', config, configProblems: [] });
    const twin = `Bus news\n\n${shared}\n\nAdvertisement\n`;
    const a = corpus.update('file:///corpus/a.txt', twin).seed;
    const before = corpus.check('file:///corpus/a.txt', a);
    assert.ok(!before.some((f) => f.rule === 'corpus-duplicate'));
    corpus.update('file:///corpus/b.txt', `Other\n\n${shared}\n`);
    const again = analyseSeed(twin, config);
    const rechecked = corpus.recheck('file:///corpus/a.txt', again, before);
    assert.ok(rechecked.some((f) => f.rule === 'corpus-duplicate'));
    assert.deepEqual(rechecked, corpus.check('file:///corpus/a.txt', again));
  });
});

describe('corpus-duplicate, whatever order the seeds were indexed in', () => {
  it('names the same places first: the closest, then by path (a counterexample of the fuzz suite)', () => {
    const messages = [['news/d.txt', 'b.txt', 'a.txt'], ['b.txt', 'news/d.txt', 'a.txt']].map((order) => {
      const corpus = new Corpus({ folder: '/corpus', config, configProblems: [] });
      const seeds = new Map(order.map((name) => [name, corpus.update(`file:///corpus/${name}`, `${name}\n\n${shared}\n`).seed]));
      const finding = corpus.check('file:///corpus/a.txt', seeds.get('a.txt')!).find((f) => f.rule === 'corpus-duplicate')!;
      return [finding.message, ...finding.related.map((place) => place.location.uri)];
    });
    assert.deepEqual(messages[0], ['This passage also appears in b.txt (line 3) and 1 other place.', 'file:///corpus/b.txt', 'file:///corpus/news/d.txt']);
    assert.deepEqual(messages[1], messages[0]);
  });
});

describe('seeds affected by an update', () => {
  it('names a seed quoting a passage when another seed gains or loses that passage', () => {
    const corpus = new Corpus({ folder: '/corpus', config, configProblems: [] });
    corpus.update('file:///corpus/reply.txt', `Re: buses\n\nSomeone wrote:\n\n> ${shared}\n\nI agree with this.\n`);
    assert.deepEqual(corpus.update('file:///corpus/original.txt', `Buses\n\n${shared}\n`).affected, ['file:///corpus/reply.txt']);
    assert.deepEqual(corpus.remove('file:///corpus/original.txt'), ['file:///corpus/reply.txt']);
  });
});

/**
 * The language server works a seed's corpus facts out ahead in small steps while it indexes, so
 * that a request waits for one step, not for a syndicated seed's hundreds of containments.
 */
describe('corpus facts asked ahead in steps', () => {
  const generated = [...generateSeeds({ ...DEFAULT_OPTIONS, kind: 'mixed', seeds: 200, syndicatedShare: 0.5 })];
  const uriOf = (seed: { path: string }) => `file:///corpus/${seed.path}`;
  function corpusOf(seeds: readonly { path: string; text: string }[]): Corpus {
    const corpus = new Corpus({ folder: '/corpus', config: defaultConfig(), configProblems: [] });
    for (const seed of seeds) corpus.load(uriOf(seed), seed.text);
    return corpus;
  }
  const quotesOf = (corpus: Corpus, text: string) => quoteKeysOf(analyseSeed(text, corpus.config).parsed);

  it('are the facts asked at once, a passage or a seed a step', () => {
    const atOnce = corpusOf(generated);
    const ahead = corpusOf(generated);
    let mostSteps = 0;
    for (const seed of generated) {
      let steps = 0;
      for (const step = ahead.factsAhead(uriOf(seed)); !step.next().done; ) steps++;
      mostSteps = Math.max(mostSteps, steps);
      assert.deepEqual(ahead.factsOf(uriOf(seed), quotesOf(ahead, seed.text)), atOnce.factsOf(uriOf(seed), quotesOf(atOnce, seed.text)), seed.path);
    }
    assert.ok(mostSteps > 20, `a syndicated seed's facts take ${mostSteps} steps`);
  });

  it('are not stale when the corpus changes between two steps', () => {
    const syndicated = generated.find((seed) => {
      const corpus = corpusOf(generated);
      return corpus.factsOf(uriOf(seed), quotesOf(corpus, seed.text)).containments.length > 3;
    })!;
    const twin = generated.find((seed) => seed !== syndicated && seed.text.includes(syndicated.text.split('\n\n').filter((part) => part.length > 200)[0]))!;
    assert.ok(twin, 'a seed sharing a long passage with it');
    const corpus = corpusOf(generated);
    const steps = corpus.factsAhead(uriOf(syndicated));
    for (let step = 0; step < 5; step++) steps.next();
    corpus.remove(uriOf(twin));
    while (!steps.next().done);
    const fresh = corpusOf(generated.filter((seed) => seed !== twin));
    assert.deepEqual(corpus.factsOf(uriOf(syndicated), quotesOf(corpus, syndicated.text)), fresh.factsOf(uriOf(syndicated), quotesOf(fresh, syndicated.text)));
  });
});
