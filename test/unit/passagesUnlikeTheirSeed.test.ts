import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passagesUnlikeTheirSeed } from '../../server/src/engine/language/passagesUnlikeTheirSeed';
import { addProfile, dotProduct, similarityToRest, trigramProfile } from '../../server/src/engine/language/trigramProfile';
import { TEXTS } from './languageTexts';

const passages = (...texts: string[]) => texts.map((text) => ({ text }));
const all = () => true;
const textsOf = (found: { text: string }[]) => found.map((passage) => passage.text);

describe('trigram profile', () => {
  it('counts the trigrams of letters, case and punctuation aside', () => {
    const profile = trigramProfile('Aha, aha!');
    // " ah", "aha", "ha " twice each, and "a a" once: ` aha aha `
    assert.deepEqual([...profile.values()].sort(), [1, 2, 2, 2]);
    assert.deepEqual(trigramProfile('AHA aha'), profile);
  });

  it('similarityToRest is the cosine with the rest of the text, computed without building the rest', () => {
    const [part, ...others] = TEXTS.en.map(trigramProfile);
    const total = new Map();
    for (const profile of [part, ...others]) addProfile(total, profile);
    const rest = new Map();
    for (const profile of others) addProfile(rest, profile);
    const cosine = dotProduct(part, rest) / Math.sqrt(dotProduct(part, part) * dotProduct(rest, rest));
    assert.ok(Math.abs(similarityToRest(part, total, dotProduct(total, total)) - cosine) < 1e-12);
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
