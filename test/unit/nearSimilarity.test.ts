import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jaccard } from '../../server/src/engine/fingerprint/shingles';
import { similarityAtLeast } from '../../server/src/engine/corpus/nearSimilarity';

/** A sorted set of distinct values drawn from a small range, so that random pairs share some. */
function randomSet(random: () => number, size: number, range: number): Uint32Array {
  const values = new Set<number>();
  while (values.size < size) values.add(Math.floor(random() * range));
  return Uint32Array.from([...values].sort((a, b) => a - b));
}

/** A fixed sequence, so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('similarityAtLeast', () => {
  it('answers as jaccard compared with the threshold, on sets of every size and overlap', () => {
    const random = seeded(7);
    let above = 0;
    for (let trial = 0; trial < 20000; trial++) {
      const range = 2 + Math.floor(random() * 120);
      const a = randomSet(random, Math.floor(random() * Math.min(range, 60)), range);
      const b = random() < 0.3 ? a.slice(0, Math.floor(random() * (a.length + 1))) : randomSet(random, Math.floor(random() * Math.min(range, 60)), range);
      const threshold = [0, 0.1, 0.5, 0.8, 0.85, 0.9, 1, random()][trial % 8];
      const exact = jaccard(a, b);
      const expected = exact >= threshold ? exact : -1;
      assert.equal(similarityAtLeast(a, b, threshold), expected, `${[...a]} / ${[...b]} at ${threshold}`);
      // The same set as part of a larger array, as the index holds it.
      const before = randomSet(random, Math.min(3, range), range);
      const within = Uint32Array.from([...before, ...b, ...a]);
      assert.equal(similarityAtLeast(a, within, threshold, before.length, before.length + b.length), expected);
      if (expected >= 0) above++;
    }
    // Both answers were tried many times: pairs over the threshold and pairs under it.
    assert.ok(above > 1000 && above < 19000, `${above} pairs over the threshold`);
  });

  it('finds no similarity between two empty sets', () => {
    assert.equal(similarityAtLeast(new Uint32Array(), new Uint32Array(), 0), -1);
  });
});
