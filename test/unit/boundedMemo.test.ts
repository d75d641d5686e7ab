import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoundedMemo } from '../../server/src/engine/language/boundedMemo';
import { detectLanguage } from '../../server/src/engine/language/detectLanguage';
import { TEXTS } from './languageTexts';

describe('BoundedMemo', () => {
  /** A memo and how often it computed each key. */
  function counted(capacity: number) {
    const memo = new BoundedMemo<string, string>(capacity);
    const computed = new Map<string, number>();
    const get = (key: string) =>
      memo.getOrCompute(key, () => {
        computed.set(key, (computed.get(key) ?? 0) + 1);
        return key.toUpperCase();
      });
    return { get, computed };
  }

  it('computes each key once while it is remembered', () => {
    const { get, computed } = counted(3);
    assert.equal(get('a'), 'A');
    assert.equal(get('a'), 'A');
    assert.equal(computed.get('a'), 1);
  });

  it('holds at most its capacity, forgetting the least recently used first', () => {
    const { get, computed } = counted(3);
    for (const key of ['a', 'b', 'c']) get(key);
    get('a'); // now b is the least recently used
    get('d'); // over capacity: b goes
    get('a');
    get('c');
    assert.equal(computed.get('a'), 1);
    assert.equal(computed.get('c'), 1);
    get('b');
    assert.equal(computed.get('b'), 2);
  });

  it('never grows past its capacity however many keys pass through', () => {
    const { get, computed } = counted(10);
    for (let index = 0; index < 1000; index++) get(`k${index}`);
    for (let index = 0; index < 1000; index++) get(`k${index}`);
    // A memo without a cap would have computed each of the 1,000 keys once.
    assert.equal([...computed.values()].reduce((sum, count) => sum + count, 0), 2000);
  });
});

describe('detectLanguage memo', () => {
  it('answers the same text again without a new detection', () => {
    const languages = ['en', 'nb'];
    const text = TEXTS.en.join('\n');
    assert.equal(detectLanguage(text, languages), detectLanguage(`${text}`, languages));
    assert.notEqual(detectLanguage(text, languages), detectLanguage(text, ['en', 'nb', 'da']), 'another language list is another question');
  });
});
