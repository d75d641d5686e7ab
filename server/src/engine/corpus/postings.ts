/** Beyond this many values a key's values go into a Set, so adding and removing stay constant-time. */
const LIST_LIMIT = 16;
/** Slots filled (by keys, or by keys removed) past this share of the table, it is rebuilt. */
const MAX_LOAD = 0.75;
/** Keys are non-negative: these two mark a slot never used and a slot whose key was removed. */
const EMPTY = -1;
const REMOVED = -2;

/**
 * A compact multimap from numeric keys (non-negative integers up to 2^53) to non-negative integer
 * values (seed ids, passage refs). Most keys hold a single value: each slot of an open-addressing
 * table is a key and its value side by side in one Float64Array, with no object per key, so that a
 * 100,000-seed corpus's millions of keys fit in memory, and a look-up reads one cache line (in a
 * table of millions of keys each read is a miss: three arrays cost three). A key with more values
 * points to a list kept aside: an array of up to LIST_LIMIT values, or a Set for a key shared by
 * thousands of seeds (a header line, chrome), so that indexing such a corpus stays linear. Values
 * are visited in the order they were added.
 */
export class Postings {
  /** Per slot: the key (or EMPTY, REMOVED), then its one value, or -(n + 1) for its values in `lists[n]`. */
  private table = new Float64Array(32).fill(EMPTY);
  private readonly lists: (number[] | Set<number> | undefined)[] = [];
  private readonly freeLists: number[] = [];
  private live = 0;
  /** Slots that are not EMPTY: probes stop only at an empty one. */
  private filled = 0;

  get size(): number {
    return this.live;
  }

  add(key: number, value: number): void {
    const slot = this.slotOf(key);
    if (slot < 0) {
      this.insert(key, value);
      return;
    }
    const current = this.table[slot + 1];
    if (current >= 0) {
      if (current !== value) this.table[slot + 1] = this.newList([current, value]);
      return;
    }
    const list = this.lists[-current - 1]!;
    if (list instanceof Set) list.add(value);
    else if (!list.includes(value)) {
      if (list.length < LIST_LIMIT) list.push(value);
      else this.lists[-current - 1] = new Set([...list, value]);
    }
  }

  remove(key: number, value: number): void {
    const slot = this.slotOf(key);
    if (slot < 0) return;
    const current = this.table[slot + 1];
    if (current >= 0) {
      if (current === value) this.removeSlot(slot);
      return;
    }
    const listIndex = -current - 1;
    const list = this.lists[listIndex]!;
    if (list instanceof Set) {
      list.delete(value);
      if (list.size <= LIST_LIMIT) this.lists[listIndex] = [...list];
    } else {
      const index = list.indexOf(value);
      if (index >= 0) list.splice(index, 1);
    }
    const left = this.lists[listIndex]!;
    const size = left instanceof Set ? left.size : left.length;
    if (size > 1) return;
    this.lists[listIndex] = undefined;
    this.freeLists.push(listIndex);
    if (size === 1) this.table[slot + 1] = (left as number[])[0];
    else this.removeSlot(slot);
  }

  /** Visits the key's values until `visit` returns false. */
  forEach(key: number, visit: (value: number) => boolean | void): void {
    this.forEachOfAtMost(key, Infinity, visit);
  }

  /**
   * Visits the key's values until `visit` returns false, if it has at most `most` of them; returns
   * how many it has. One look-up where `count` and then `forEach` would make two.
   */
  forEachOfAtMost(key: number, most: number, visit: (value: number) => boolean | void): number {
    const slot = this.slotOf(key);
    if (slot < 0) return 0;
    const current = this.table[slot + 1];
    if (current >= 0) {
      if (most >= 1) visit(current);
      return 1;
    }
    const list = this.lists[-current - 1]!;
    const count = list instanceof Set ? list.size : list.length;
    if (count <= most) for (const value of list) if (visit(value) === false) break;
    return count;
  }

  count(key: number): number {
    const slot = this.slotOf(key);
    if (slot < 0) return 0;
    const current = this.table[slot + 1];
    if (current >= 0) return 1;
    const list = this.lists[-current - 1]!;
    return list instanceof Set ? list.size : list.length;
  }

  private newList(values: number[]): number {
    const index = this.freeLists.pop() ?? this.lists.length;
    this.lists[index] = values;
    return -index - 1;
  }

  private removeSlot(slot: number): void {
    this.table[slot] = REMOVED;
    this.live--;
  }

  /** The slot (the index of its key in `table`) holding the key, or -1. */
  private slotOf(key: number): number {
    const table = this.table;
    const mask = table.length - 2;
    for (let slot = (hashOf(key) * 2) & mask; ; slot = (slot + 2) & mask) {
      const held = table[slot];
      if (held === key) return slot;
      if (held === EMPTY) return -1;
    }
  }

  /** Puts a key that is not in the table in the first free slot of its probe. */
  private insert(key: number, value: number): void {
    if (key < 0) throw new RangeError(`a posting key must not be negative: ${key}`);
    if (this.filled + 1 > (this.table.length / 2) * MAX_LOAD) this.rebuild();
    const table = this.table;
    const mask = table.length - 2;
    let slot = (hashOf(key) * 2) & mask;
    while (table[slot] >= 0) slot = (slot + 2) & mask;
    if (table[slot] === EMPTY) this.filled++;
    table[slot] = key;
    table[slot + 1] = value;
    this.live++;
  }

  /** Grows the table when the keys fill it, or drops the removed ones in place when they do. */
  private rebuild(): void {
    const old = this.table;
    const slots = old.length / 2;
    const capacity = this.live + 1 > slots * (MAX_LOAD / 2) ? slots * 2 : slots;
    this.table = new Float64Array(capacity * 2).fill(EMPTY);
    this.live = 0;
    this.filled = 0;
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] >= 0) this.insert(old[slot], old[slot + 1]);
  }
}

/** Mixes both halves of a key up to 2^53 (the index's keys are such hashes, refs such numbers). */
function hashOf(key: number): number {
  let h = (key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
