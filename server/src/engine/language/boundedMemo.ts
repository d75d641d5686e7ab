/**
 * A map that holds at most `capacity` entries and forgets the least recently used first, so a
 * long-running server that sees every seed of a large corpus keeps the answers it reuses (the
 * seeds being edited) in bounded memory. A Map iterates in insertion order: re-inserting an
 * entry on each use keeps the least recently used one first.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  /** The remembered value, or `compute()`'s remembered in its place. */
  getOrCompute(key: K, compute: () => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }
}
