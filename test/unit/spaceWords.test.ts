import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAtMostWords } from '../../server/src/engine/text/spaceWords';

describe('hasAtMostWords', () => {
  it('counts words as splitting on white space does', () => {
    for (const text of ['', 'one', 'one two', ' one  two\tthree\nfour ', 'a\u00a0b\u3000c', 'x '.repeat(20)]) {
      const parts = text.split(/\s+/).length;
      for (let max = 0; max <= parts + 1; max++) assert.equal(hasAtMostWords(text, max), parts <= max, `${JSON.stringify(text)} ≤ ${max}`);
    }
  });
});
