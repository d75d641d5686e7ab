import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passagesUnlikeTheirSeed } from '../../server/src/engine/language/passagesUnlikeTheirSeed';
import { similaritiesToRest, trigramBuckets } from '../../server/src/engine/language/trigramProfile';
import { TEXTS } from './languageTexts';

const passages = (...texts: string[]) => texts.map((text) => ({ text }));
const all = () => true;
const textsOf = (found: { text: string }[]) => found.map((passage) => passage.text);

describe('trigram profile', () => {
  /** Counts by bucket, the slow and plain way. */
  const countsOf = (...texts: string[]) => {
    const counts = new Map<number, number>();
    for (const text of texts) for (const bucket of trigramBuckets(text)) counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    return counts;
  };
  const dot = (a: Map<number, number>, b: Map<number, number>) => [...a].reduce((sum, [bucket, count]) => sum + count * (b.get(bucket) ?? 0), 0);

  it('reads the trigrams of letters, case and punctuation aside', () => {
    // " aha aha ": " ah", "aha", "ha " twice each, and "a a"
    assert.deepEqual([...countsOf('Aha, aha!').values()].sort(), [1, 2, 2, 2]);
    assert.deepEqual(trigramBuckets('  AHA -- aha '), trigramBuckets('Aha, aha!'));
    assert.equal(trigramBuckets('').length, 0);
    assert.equal(trigramBuckets('å').length, 1, '" å "');
  });

  it('gives each passage its cosine similarity with the rest of the text, and only to the wanted ones', () => {
    const texts = [...TEXTS.en, TEXTS.nb[0]];
    const similarities = similaritiesToRest(texts.map(trigramBuckets), (index) => index !== 1);
    texts.forEach((text, index) => {
      if (index === 1) return assert.ok(Number.isNaN(similarities[index]));
      const part = countsOf(text);
      const rest = countsOf(...texts.filter((_, other) => other !== index));
      const cosine = dot(part, rest) / Math.sqrt(dot(part, part) * dot(rest, rest));
      assert.ok(Math.abs(similarities[index] - cosine) < 1e-12, `${similarities[index]} ≠ ${cosine}`);
    });
  });

  it('leaves nothing behind for the next text', () => {
    const texts = TEXTS.en.map(trigramBuckets);
    const first = similaritiesToRest(texts, () => true);
    similaritiesToRest(TEXTS.nb.map(trigramBuckets), () => true);
    assert.deepEqual(similaritiesToRest(texts, () => true), first);
  });
});

describe('passagesUnlikeTheirSeed', () => {
  // The test paragraphs are short: twice over, they make a seed the length of a news article.
  const article = (texts: readonly string[]) => [...texts, ...texts];

  it('keeps a paragraph in another language and lets the seed’s own go', () => {
    const english = passages(...article(TEXTS.en), TEXTS.nb[0]);
    assert.deepEqual(textsOf(passagesUnlikeTheirSeed(english, all)), [TEXTS.nb[0]]);
    const norwegian = passages(...article(TEXTS.nb), TEXTS.en[0]);
    assert.deepEqual(textsOf(passagesUnlikeTheirSeed(norwegian, all)), [TEXTS.en[0]]);
  });

  it('keeps Swedish among Norwegian paragraphs on the same news item, for franc to tell', () => {
    const found = textsOf(passagesUnlikeTheirSeed(passages(TEXTS.nb[0], TEXTS.nb[1], TEXTS.sv[0]), all));
    assert.ok(found.includes(TEXTS.sv[0]));
  });

  it('keeps a passage with no rest to compare it with', () => {
    assert.deepEqual(textsOf(passagesUnlikeTheirSeed(passages(TEXTS.en[0]), all)), [TEXTS.en[0]]);
  });

  it('looks only at the candidates, but compares them with every passage', () => {
    const seed = passages(...article(TEXTS.en), TEXTS.nb[0]);
    const norwegian = seed[seed.length - 1];
    assert.deepEqual(passagesUnlikeTheirSeed(seed, (passage) => passage !== norwegian), []);
  });
});
