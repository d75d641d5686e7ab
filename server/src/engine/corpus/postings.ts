/** Beyond this many values a key's values go into a Set, so adding and removing stay constant-time. */
const LIST_LIMIT = 16;
/** Slots filled (by keys, or by keys removed) past this share of the table, it is rebuilt. */
const MAX_LOAD = 0.75;
const EMPTY = 0;
const LIVE = 1;
const REMOVED = 2;

/**
 * A compact multimap from numeric keys to non-negative integer values (seed ids, passage refs).
 * Most keys hold a single value: keys and values live in flat typed arrays (an open-addressing
 * table), with no object per key, so that a 100,000-seed corpus's millions of keys fit in memory.
 * A key with more values points to a list kept aside: an array of up to LIST_LIMIT values, or a
 * Set for a key shared by thousands of seeds (a header line, chrome), so that indexing such a
 * corpus stays linear. Values are visited in the order they were added.
 */
export class Postings {
  private keys = new Float64Array(16);
  /** Per slot: the key's one value, or -(n + 1) for its values in `lists[n]`. */
  private values = new Float64Array(16);
  private states = new Uint8Array(16);
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
    const current = this.values[slot];
    if (current >= 0) {
      if (current !== value) this.values[slot] = this.newList([current, value]);
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
    const current = this.values[slot];
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
    if (size === 1) this.values[slot] = (left as number[])[0];
    else this.removeSlot(slot);
  }

  /** Visits the key's values until `visit` returns false. */
  forEach(key: number, visit: (value: number) => boolean | void): void {
    const slot = this.slotOf(key);
    if (slot < 0) return;
    const current = this.values[slot];
    if (current >= 0) {
      visit(current);
      return;
    }
    for (const value of this.lists[-current - 1]!) if (visit(value) === false) return;
  }

  count(key: number): number {
    const slot = this.slotOf(key);
    if (slot < 0) return 0;
    const current = this.values[slot];
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
    this.states[slot] = REMOVED;
    this.live--;
  }

  /** The slot holding the key, or -1. */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const state = this.states[slot];
      if (state === EMPTY) return -1;
      if (state === LIVE && this.keys[slot] === key) return slot;
    }
  }

  /** Puts a key that is not in the table in the first free slot of its probe. */
  private insert(key: number, value: number): void {
    if (this.filled + 1 > this.keys.length * MAX_LOAD) this.rebuild();
    const mask = this.keys.length - 1;
    let slot = hashOf(key) & mask;
    while (this.states[slot] === LIVE) slot = (slot + 1) & mask;
    if (this.states[slot] === EMPTY) this.filled++;
    this.states[slot] = LIVE;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.live++;
  }

  /** Grows the table when the keys fill it, or drops the removed ones in place when they do. */
  private rebuild(): void {
    const { keys, values, states } = this;
    const capacity = this.live + 1 > keys.length * (MAX_LOAD / 2) ? keys.length * 2 : keys.length;
    this.keys = new Float64Array(capacity);
    this.values = new Float64Array(capacity);
    this.states = new Uint8Array(capacity);
    this.live = 0;
    this.filled = 0;
    for (let slot = 0; slot < states.length; slot++) if (states[slot] === LIVE) this.insert(keys[slot], values[slot]);
  }
}

/** Mixes both halves of a key up to 2^53 (the index's keys are such hashes, refs such numbers). */
function hashOf(key: number): number {
  let h = (key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
