/** Beyond this many values a key's values go into a Set, so adding and removing stay constant-time. */
const LIST_LIMIT = 16;

/**
 * A compact multimap from numeric keys to numeric values. Most keys hold a single value, so a
 * value is stored bare until a second one arrives (this halves the memory of a large corpus); a
 * few values live in an array; a key shared by thousands of seeds (a header line, chrome) gets a
 * Set, so that indexing such a corpus stays linear.
 */
export class Postings {
  private readonly map = new Map<number, number | number[] | Set<number>>();

  get size(): number {
    return this.map.size;
  }

  add(key: number, value: number): void {
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, value);
    else if (typeof current === 'number') {
      if (current !== value) this.map.set(key, [current, value]);
    } else if (current instanceof Set) current.add(value);
    else if (!current.includes(value)) {
      if (current.length < LIST_LIMIT) current.push(value);
      else this.map.set(key, new Set([...current, value]));
    }
  }

  remove(key: number, value: number): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === 'number') {
      if (current === value) this.map.delete(key);
      return;
    }
    if (current instanceof Set) {
      current.delete(value);
      if (current.size <= LIST_LIMIT) this.map.set(key, [...current]);
      return;
    }
    const index = current.indexOf(value);
    if (index >= 0) current.splice(index, 1);
    if (current.length === 1) this.map.set(key, current[0]);
  }

  /** Visits the key's values until `visit` returns false. */
  forEach(key: number, visit: (value: number) => boolean | void): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === 'number') {
      visit(current);
      return;
    }
    for (const value of current) if (visit(value) === false) return;
  }

  count(key: number): number {
    const current = this.map.get(key);
    if (current === undefined) return 0;
    if (typeof current === 'number') return 1;
    return current instanceof Set ? current.size : current.length;
  }
}
