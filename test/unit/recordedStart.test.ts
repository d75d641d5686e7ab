import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Corpus } from '../../server/src/engine/corpus/corpus';
import type { CachedSeedWork } from '../../server/src/host/cachedSeedWork';
import type { CorpusRecords, RecordedSeed } from '../../server/src/host/corpusRecord';
import type { SeedChecker } from '../../server/src/lsp/checker';
import type { SeedTexts } from '../../server/src/lsp/documents';
import { FindingsStore } from '../../server/src/lsp/findings';
import { RecordedStart, type Replay } from '../../server/src/lsp/recordedStart';

const uris = ['file:///c/a.txt', 'file:///c/b.txt', 'file:///c/c.txt'];
const record: RecordedSeed[] = uris.map((file, index) => ({ file, contentKey: `#${index + 1}`, described: `findings of ${file}` }));

/** A corpus whose index holds these text hashes. */
function corpusHolding(held: Record<string, number>): Corpus {
  return { textHashOf: (uri: string) => held[uri], heldSeeds: Object.keys(held).length } as unknown as Corpus;
}

function setUp(now = new Date('2026-11-27T12:00:00Z')) {
  const store = new FindingsStore();
  const told: string[][] = [];
  const checker = { now: () => now, published: (batch: string[]) => void told.push(batch) } as unknown as SeedChecker;
  const start = new RecordedStart({} as CorpusRecords, {} as CachedSeedWork, {} as SeedTexts, checker, store);
  // What a replay left: every seed's findings published, each under the result id it got.
  for (const uri of uris) store.setSeed(uri, []);
  const replay: Replay = { record, published: new Map(uris.map((uri) => [uri, store.get(uri)!.resultId])) };
  return { store, start, replay, told, setNow: (date: Date) => (now = date) };
}

const asRecorded = { [uris[0]]: 1, [uris[1]]: 2, [uris[2]]: 3 };

/**
 * Once a server that published a corpus's findings from its record has built the index, it checks
 * what the record cannot vouch for: everything if the index holds other texts or other seeds or
 * the day changed, else only the seeds an edit re-checked meanwhile; and it takes back what it
 * published for files deleted meanwhile.
 */
describe('RecordedStart after the index is built', () => {
  it('checks only the seeds whose findings changed since the replay when the index holds the recorded texts', () => {
    const { store, start, replay } = setUp();
    assert.deepEqual(start.toCheck(corpusHolding(asRecorded), uris, replay), []);
    store.setSeed(uris[1], []);
    assert.deepEqual(start.toCheck(corpusHolding(asRecorded), uris, replay), [uris[1]]);
  });

  it('checks every seed when a seed has another text, another seed came, or the day changed', () => {
    const { start, replay, setNow } = setUp();
    assert.deepEqual(start.toCheck(corpusHolding({ ...asRecorded, [uris[2]]: 9 }), uris, replay), uris);
    assert.deepEqual(start.toCheck(corpusHolding({ ...asRecorded, 'file:///c/new.txt': 4 }), uris, replay), uris);
    setNow(new Date('2026-11-28T00:00:01Z'));
    assert.deepEqual(start.toCheck(corpusHolding(asRecorded), uris, replay), uris);
  });

  it('takes back the findings published for a file deleted meanwhile, and only those nothing checked since', () => {
    const { store, start, replay, told } = setUp();
    const { [uris[0]]: _, ...withoutA } = asRecorded;
    start.dropVanished(corpusHolding(withoutA), replay);
    assert.equal(store.get(uris[0]), undefined);
    assert.deepEqual(told, [[uris[0]]]);
    // A seed checked again since (it is unreadable now, say) keeps what that check found.
    const second = setUp();
    second.store.set(uris[0], []);
    second.start.dropVanished(corpusHolding(withoutA), second.replay);
    assert.notEqual(second.store.get(uris[0]), undefined);
  });
});
