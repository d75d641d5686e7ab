import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageSample, SAMPLE_LENGTH } from '../../server/src/engine/language/languageSample';

/** `count` numbered words: every word tells where in the text it stands. */
const numberedWords = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

describe('languageSample', () => {
  it('keeps a text no longer than the sample whole', () => {
    const text = numberedWords(100);
    assert.ok(text.length <= SAMPLE_LENGTH);
    assert.equal(languageSample(text), text);
  });

  it('reads at most SAMPLE_LENGTH characters of a long text, in whole words', () => {
    const text = numberedWords(5000);
    const sample = languageSample(text);
    assert.ok(sample.length <= SAMPLE_LENGTH, `${sample.length} characters`);
    const words = new Set(text.split(' '));
    for (const word of sample.split(/\s+/)) assert.ok(words.has(word), `"${word}" is cut from a longer word`);
  });

  it('spreads the sample from the opening to the end, not the opening alone', () => {
    const count = 5000;
    const positions = languageSample(numberedWords(count))
      .split(/\s+/)
      .map((word) => Number(word.slice(1)));
    assert.equal(positions[0], 0);
    assert.ok(positions.some((position) => position > count * 0.3 && position < count * 0.7), 'nothing from the middle');
    assert.ok(Math.max(...positions) > count * 0.95, 'nothing from the end');
  });

  it('lets one paragraph weigh in the sample about as much as in the text', () => {
    const english = 'the council said the plan would go ahead ';
    const other = 'kommunen sier at planen skal gjennomføres ';
    // One sixth of the text, at its opening: a sample of the opening alone would be all of it.
    const text = other.repeat(50) + english.repeat(250);
    const sample = languageSample(text);
    const share = (sample.match(/kommunen/g) ?? []).length / (sample.match(/kommunen|council/g) ?? []).length;
    assert.ok(share < 0.4, `the opening paragraph is ${(share * 100).toFixed(0)} % of the sample`);
  });
});
