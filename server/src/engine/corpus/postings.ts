/**
 * A compact multimap from numeric keys to numeric values. Most keys hold a single value, so a
 * value is stored bare until a second one arrives: this halves the memory of a large corpus.
 */
export class Postings {
  private readonly map = new Map<number, number | number[]>();

  get size(): number {
    return this.map.size;
  }

  add(key: number, value: number): void {
    const current = this.map.get(key);
    if (current === undefined) this.map.set(key, value);
    else if (typeof current === 'number') {
      if (current !== value) this.map.set(key, [current, value]);
    } else if (!current.includes(value)) current.push(value);
  }

  remove(key: number, value: number): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === 'number') {
      if (current === value) this.map.delete(key);
      return;
    }
    const index = current.indexOf(value);
    if (index >= 0) current.splice(index, 1);
    if (current.length === 1) this.map.set(key, current[0]);
  }

  forEach(key: number, visit: (value: number) => void): void {
    const current = this.map.get(key);
    if (current === undefined) return;
    if (typeof current === 'number') visit(current);
    else for (const value of current) visit(value);
  }

  count(key: number): number {
    const current = this.map.get(key);
    return current === undefined ? 0 : typeof current === 'number' ? 1 : current.length;
  }
}
