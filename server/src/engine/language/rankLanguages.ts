import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * franc's ranking of a text's languages (`francAll(text, { only, minLength })`), computed the
 * way franc computes it, only faster: franc was the costliest step of a check, building a
 * dictionary of trigram strings for every text, looking each up in the model objects of every
 * language, and running some thirty script expressions over the text. Here a trigram is a pair
 * of integers counted in a hash table of typed arrays and looked up once in a table of the
 * ranks every language asked about gives it. The answer is franc's own, score for score (a test
 * compares them on random and real texts); franc's own code is not even loaded, as building its
 * models of every language at start-up cost each worker thread more than the whole ranking.
 *
 * - franc reads the first 2,048 characters and picks the script most of them are in (a script
 *   franc knows one language of is that language). Its script classes share no character, so
 *   a text more than half of whose characters are Latin letters is in the Latin script whatever
 *   the rest holds, and only other texts need every script counted.
 * - Its trigrams are those of the text with runs of ASCII punctuation and digits read as one
 *   space, white space collapsed and trimmed, lower-cased, and a space added at each end.
 * - A language's distance is, over the distinct trigrams of the text, |count − rank − 1| where
 *   its model ranks the trigram, else 300; languages rank by distance (ties in franc's order of
 *   its models), and a score is 1 − (distance − best) / (length × 300 − best).
 */
export type Ranking = [string, number][];

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const UNDETERMINED = 'und';
const SPACE = 0x20;

const ASCII_PUNCTUATION_AND_DIGITS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;
const LATIN_CHARACTER = new RegExp(`^(?:${expressions.Latin.source})$`);

export function rankLanguages(text: string, only: readonly string[], minLength: number): Ranking {
  if (!text || text.length < minLength) return [[UNDETERMINED, 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const allowed = (language: string) => only.length === 0 || only.includes(language);
  if (!(script in data)) return share === 0 || !allowed(script) ? [[UNDETERMINED, 1]] : [[script, 1]];
  const models = modelsOf(script, only, allowed);
  if (models.languages.length === 0) return [[UNDETERMINED, 1]];
  const ranking: Ranking = models.distances(value).map((distance, index) => [models.languages[index], distance]);
  ranking.sort((a, b) => a[1] - b[1]);
  const best = ranking[0][1];
  const worst = value.length * MAX_DIFFERENCE - best;
  for (const entry of ranking) entry[1] = 1 - (entry[1] - best) / worst || 0;
  return ranking;
}

/** The script franc names for `value`, and the share of its characters in it; the first script on a tie, as franc. */
function topScript(value: string): [string, number] {
  const latin = latinLetters(value) / value.length;
  if (latin > 0.5) return ['Latin', latin];
  let top: [string, number] = ['', -1];
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > top[1]) top = [script, share];
  }
  return top;
}

/** 1 for each UTF-16 code unit franc's Latin class holds: a table, as its expression cost more than the ranking. */
const IS_LATIN = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) IS_LATIN[code] = LATIN_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0;

/** How many matches franc's Latin expression finds in `value`. */
function latinLetters(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (IS_LATIN[code]) count++;
    // The class also holds a few letters beyond the BMP, each a surrogate pair.
    else if (code >= 0xd800 && code <= 0xdbff && LATIN_CHARACTER.test(value.slice(index, index + 2))) {
      count++;
      index++;
    }
  }
  return count;
}

/**
 * An open-addressed hash table keyed by a trigram's two halves: its first code unit, and its
 * second and third in one 32-bit integer. Its size is a power of two at least twice the entries.
 */
class TrigramTable {
  readonly first: Int32Array;
  readonly rest: Int32Array;
  readonly used: Uint8Array;
  private readonly mask: number;
  /** A multiplicative hash's high bits are its well-mixed ones: the slot is the top log2(size) bits. */
  private readonly shift: number;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.first = new Int32Array(1 << bits);
    this.rest = new Int32Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** The slot holding the trigram, entered there if new. */
  claim(first: number, rest: number): number {
    const slot = this.probe(first, rest);
    this.used[slot] = 1;
    this.first[slot] = first;
    this.rest[slot] = rest;
    return slot;
  }

  /** The slot holding the trigram, or -1. */
  find(first: number, rest: number): number {
    const slot = this.probe(first, rest);
    return this.used[slot] ? slot : -1;
  }

  /** The slot holding the trigram, or the empty slot where it would go. */
  private probe(first: number, rest: number): number {
    let slot = Math.imul(rest ^ Math.imul(first, 0x9e3779b1), 0x85ebca6b) >>> this.shift;
    while (this.used[slot] && (this.first[slot] !== first || this.rest[slot] !== rest)) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/** The models of one script's languages that one `only` list allows, and a text's distance from each. */
class ScriptModels {
  /** Every trigram some model ranks; its slot's entry lists the languages that rank it and their ranks. */
  private readonly ranked: TrigramTable;
  private readonly entryOfSlot: Int32Array;
  private readonly entryStart: Int32Array;
  private readonly entryLanguages: Uint16Array;
  private readonly entryRanks: Int16Array;
  /**
   * A text's trigrams and their counts, emptied after each text. It has as many as characters
   * after cleaning: at most MAX_LENGTH, twice that if every one is an "İ", which lower-cases to two.
   */
  private readonly counted = new TrigramTable(2 * MAX_LENGTH);
  private readonly counts = new Int32Array(this.counted.used.length);
  private readonly slots: number[] = [];

  constructor(
    script: string,
    readonly languages: readonly string[],
  ) {
    // Each trigram's ranks, by language: franc keeps a trigram's first rank where a model lists it twice.
    const ranksOf = new Map<string, Map<number, number>>();
    languages.forEach((language, index) => {
      const model = data[script][language].split('|');
      for (let rank = model.length - 1; rank >= 0; rank--) {
        if (model[rank].length !== 3) continue;
        const ranks = ranksOf.get(model[rank]) ?? new Map<number, number>();
        ranksOf.set(model[rank], ranks.set(index, rank));
      }
    });
    this.ranked = new TrigramTable(ranksOf.size);
    this.entryOfSlot = new Int32Array(this.ranked.used.length);
    this.entryStart = new Int32Array(ranksOf.size + 1);
    const pairs = [...ranksOf.values()].reduce((sum, ranks) => sum + ranks.size, 0);
    this.entryLanguages = new Uint16Array(pairs);
    this.entryRanks = new Int16Array(pairs);
    let entry = 0;
    let pair = 0;
    for (const [trigram, ranks] of ranksOf) {
      this.entryOfSlot[this.ranked.claim(trigram.charCodeAt(0), (trigram.charCodeAt(1) << 16) | trigram.charCodeAt(2))] = entry;
      for (const [language, rank] of ranks) {
        this.entryLanguages[pair] = language;
        this.entryRanks[pair++] = rank;
      }
      this.entryStart[++entry] = pair;
    }
  }

  /**
   * Each language's distance: 300 for every trigram, less what a trigram its model ranks saves,
   * so that a trigram costs work only for the languages that rank it.
   */
  distances(value: string): number[] {
    this.count(value.replace(ASCII_PUNCTUATION_AND_DIGITS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase());
    const distances = new Array<number>(this.languages.length).fill(this.slots.length * MAX_DIFFERENCE);
    for (const slot of this.slots) {
      const count = this.counts[slot];
      const ranked = this.ranked.find(this.counted.first[slot], this.counted.rest[slot]);
      if (ranked >= 0) {
        const entry = this.entryOfSlot[ranked];
        for (let pair = this.entryStart[entry]; pair < this.entryStart[entry + 1]; pair++) {
          distances[this.entryLanguages[pair]] -= MAX_DIFFERENCE - Math.abs(count - this.entryRanks[pair] - 1);
        }
      }
      this.counts[slot] = 0;
      this.counted.used[slot] = 0;
    }
    this.slots.length = 0;
    return distances;
  }

  /** Counts the trigrams of ` ${cleaned} `, as franc pads the text, without building that string. */
  private count(cleaned: string): void {
    if (cleaned.length === 0) return;
    let first = SPACE;
    let second = cleaned.charCodeAt(0);
    for (let index = 1; index <= cleaned.length; index++) {
      const third = index < cleaned.length ? cleaned.charCodeAt(index) : SPACE;
      const slot = this.counted.claim(first, (second << 16) | third);
      if (this.counts[slot]++ === 0) this.slots.push(slot);
      first = second;
      second = third;
    }
  }
}

/** Built once per script and list of languages: a server or a CLI run asks about one or two lists. */
const modelsByKey = new Map<string, ScriptModels>();

function modelsOf(script: string, only: readonly string[], allowed: (language: string) => boolean): ScriptModels {
  const key = `${script}:${only.join(',')}`;
  let models = modelsByKey.get(key);
  if (!models) {
    models = new ScriptModels(script, Object.keys(data[script]).filter(allowed));
    modelsByKey.set(key, models);
  }
  return models;
}
