import type { AcceptedEntry } from '../findings';
import { matchWords } from '../text/normalize';
import type { AcceptedDuplicate, CorpusConfig } from './config';

/** Words of a passage written into an accepted entry: enough to know it again, few enough to read. */
export const ACCEPTED_WORDS = 8;

/** An accepted entry as `.seedcurator.json` keeps it: the passage's first words and the seeds it may repeat in. */
export function acceptedEntryOf(passageText: string, paths: readonly string[]): AcceptedEntry {
  const words = passageText.trim().split(/\s+/);
  const passage = words.length > ACCEPTED_WORDS ? `${words.slice(0, ACCEPTED_WORDS).join(' ')} …` : words.join(' ');
  return { passage, paths: [...new Set(paths)].sort() };
}

/** The accepted entries of one config, ready to ask: fingerprints of version 0.1, entries by their normalised first words. */
interface AcceptedIndex {
  fingerprints: ReadonlySet<string>;
  byStart: ReadonlyMap<string, ReadonlySet<string>[]>;
  /** How many first words the entries give (at most ACCEPTED_WORDS distinct lengths). */
  lengths: readonly number[];
}

const indexes = new WeakMap<CorpusConfig, AcceptedIndex>();

/**
 * Where the repeat of a passage is accepted, for a seed at `path`: 'everywhere' for a fingerprint
 * of version 0.1, else the paths of the seeds it may repeat in (empty when none accepts it here).
 * A look-up per entry length, however many entries there are.
 */
export function acceptedPlaces(config: CorpusConfig, path: string, fingerprint: string, words: readonly string[]): 'everywhere' | ReadonlySet<string> {
  let index = indexes.get(config);
  if (!index) indexes.set(config, (index = indexOf(config.accepted)));
  if (index.fingerprints.has(fingerprint)) return 'everywhere';
  const places = new Set<string>();
  for (const length of index.lengths) {
    if (length > words.length) continue;
    for (const paths of index.byStart.get(words.slice(0, length).join(' ')) ?? []) if (paths.has(path)) for (const other of paths) places.add(other);
  }
  return places;
}

function indexOf(accepted: readonly AcceptedDuplicate[]): AcceptedIndex {
  const fingerprints = new Set<string>();
  const byStart = new Map<string, ReadonlySet<string>[]>();
  const lengths = new Set<number>();
  for (const entry of accepted) {
    if (typeof entry === 'string') {
      fingerprints.add(entry);
      continue;
    }
    const words = matchWords(entry.passage);
    if (words.length === 0) continue;
    const start = words.join(' ');
    byStart.set(start, [...(byStart.get(start) ?? []), new Set(entry.paths)]);
    lengths.add(words.length);
  }
  return { fingerprints, byStart, lengths: [...lengths] };
}
