import type { CorpusFacts, PassageTwins } from '../engine/corpus/corpusFacts';
import type { Twin } from '../engine/findings';
import type { DescribeTask, SeedTask } from './seedTasks';

/**
 * A seed's corpus facts as they cross to a worker thread, their places in columns. Posting an
 * object writes every key and string of every nested object: a twin (a place of a passage
 * elsewhere) took some 150 bytes, its seed's uri and path each time. A passage syndicated into
 * dozens of seeds lists dozens of twins, and on 20,000 generated seeds the facts posted came to
 * 178 MB, which the main thread, the busiest, cloned. Here each other seed's uri and path go once.
 */
export interface WireFacts extends Omit<CorpusFacts, 'twins' | 'quoteSources'> {
  /** The uri and path of each seed a place is in, in turn. */
  placeSeeds: string[];
  /** PLACE_FIELDS numbers per place: the twins' places first, passage by passage, then the quotes' sources. */
  places: Float64Array;
  /** Per passage with twins, in the order of `twins`: its position, its count of places in all, and how many places it lists. */
  twins: Uint32Array;
  /** Per quote: how many places are its sources. */
  quoteSources: Uint32Array;
}

/** Per place: the index of its seed in `placeSeeds` (its uri's), start line, start character, end line, end character, similarity. */
const PLACE_FIELDS = 6;

export function factsToWire(facts: CorpusFacts): WireFacts {
  const { twins, quoteSources, ...rest } = facts;
  const seedIndex = new Map<string, number>();
  const placeSeeds: string[] = [];
  const placeCount = [...twins.values()].reduce((sum, entry) => sum + entry.places.length, 0) + quoteSources.reduce((sum, sources) => sum + sources.length, 0);
  const places = new Float64Array(placeCount * PLACE_FIELDS);
  let offset = 0;
  const put = (twin: Twin) => {
    let seed = seedIndex.get(twin.location.uri);
    if (seed === undefined) {
      seedIndex.set(twin.location.uri, (seed = placeSeeds.length));
      placeSeeds.push(twin.location.uri, twin.path);
    }
    const { start, end } = twin.location.range;
    places[offset++] = seed;
    places[offset++] = start.line;
    places[offset++] = start.character;
    places[offset++] = end.line;
    places[offset++] = end.character;
    places[offset++] = twin.similarity;
  };
  const twinEntries = new Uint32Array(twins.size * 3);
  let entry = 0;
  for (const [position, { places: listed, count }] of twins) {
    twinEntries[entry++] = position;
    twinEntries[entry++] = count;
    twinEntries[entry++] = listed.length;
    listed.forEach(put);
  }
  quoteSources.forEach((sources) => sources.forEach(put));
  return { ...rest, placeSeeds, places, twins: twinEntries, quoteSources: Uint32Array.from(quoteSources, (sources) => sources.length) };
}

export function factsFromWire(wire: WireFacts): CorpusFacts {
  const { placeSeeds, places, twins: twinEntries, quoteSources: sourceCounts, containments, container, copies, sameArticle, corpusWide, shortLineSeeds } = wire;
  let offset = 0;
  const take = (count: number): Twin[] => {
    const taken: Twin[] = [];
    for (let i = 0; i < count; i++, offset += PLACE_FIELDS) {
      const seed = places[offset];
      // The shape twinOf builds, key for key: findings carry twins into reports as they are.
      taken.push({
        location: {
          uri: placeSeeds[seed],
          range: { start: { line: places[offset + 1], character: places[offset + 2] }, end: { line: places[offset + 3], character: places[offset + 4] } },
        },
        path: placeSeeds[seed + 1],
        similarity: places[offset + 5],
      });
    }
    return taken;
  };
  const twins = new Map<number, PassageTwins>();
  for (let entry = 0; entry < twinEntries.length; entry += 3) twins.set(twinEntries[entry], { places: take(twinEntries[entry + 2]), count: twinEntries[entry + 1] });
  const quoteSources = Array.from(sourceCounts, take);
  // The keys in corpusFactsOf's order, should anything ever serialise the facts a worker got.
  return { twins, containments, container, copies, sameArticle, corpusWide, quoteSources, shortLineSeeds };
}

/** A seed task as it is posted to a worker thread: a check's facts in columns. */
export type WireTask = Exclude<SeedTask, DescribeTask> | (Omit<DescribeTask, 'facts'> & { facts: WireFacts });

export function taskToWire(task: SeedTask): WireTask {
  return task.kind === 'describe' ? { ...task, facts: factsToWire(task.facts) } : task;
}

export function taskFromWire(task: WireTask): SeedTask {
  return task.kind === 'describe' ? { ...task, facts: factsFromWire(task.facts) } : task;
}
