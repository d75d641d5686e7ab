import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Postings } from '../../server/src/engine/corpus/postings';

/** A fixed sequence, so that a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function valuesOf(postings: Postings, key: number): number[] {
  const values: number[] = [];
  postings.forEach(key, (value) => {
    values.push(value);
  });
  return values;
}

describe('Postings', () => {
  it('holds what a map of key to values in insertion order holds, through adds and removes', () => {
    const random = seeded(3);
    const postings = new Postings();
    const model = new Map<number, number[]>();
    // Keys as the index makes them (53-bit hashes), few enough to collide, with lists past the Set limit.
    const keys = Array.from({ length: 300 }, () => Math.floor(random() * 2 ** 21) * 4294967296 + Math.floor(random() * 4294967296));
    for (let step = 0; step < 60000; step++) {
      const key = keys[Math.floor(random() ** 2 * keys.length)];
      const value = (1 + Math.floor(random() * 40)) * 65536 + Math.floor(random() * 3);
      const values = model.get(key) ?? [];
      if (random() < 0.55) {
        postings.add(key, value);
        if (!values.includes(value)) values.push(value);
      } else {
        postings.remove(key, value);
        if (values.includes(value)) values.splice(values.indexOf(value), 1);
      }
      if (values.length > 0) model.set(key, values);
      else model.delete(key);
      if (step % 97 === 0) {
        for (const probe of keys) {
          assert.deepEqual(valuesOf(postings, probe), model.get(probe) ?? []);
          assert.equal(postings.count(probe), model.get(probe)?.length ?? 0);
        }
        assert.equal(postings.size, model.size);
      }
    }
    assert.ok([...model.values()].some((values) => values.length > 16), 'some key went past the list limit');
  });

  it('stops visiting when told to', () => {
    const postings = new Postings();
    for (let value = 0; value < 40; value++) postings.add(7, value);
    let visited = 0;
    postings.forEach(7, () => ++visited < 5);
    assert.equal(visited, 5);
  });
});
