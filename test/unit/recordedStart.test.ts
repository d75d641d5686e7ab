import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import type { Corpus } from '../../server/src/engine/corpus/corpus';
import type { CachedSeedWork } from '../../server/src/host/cachedSeedWork';
import type { CorpusRecords, RecordedSeed } from '../../server/src/host/corpusRecord';
import { currentFileVersion } from '../../server/src/host/readRegularFile';
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

/**
 * A closed seed still at the file version recorded with its text is taken to hold that text
 * unread (see `isSettledVersion`); an open one is read from its buffer. A version is recorded only
 * for a text the index holds as read from that file, and only once it is settled.
 */
describe('RecordedStart and file versions', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-recorded-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** What `make` makes as if ten seconds had passed: a start whose files were written that long before it. */
  function tenSecondsOn<T>(make: () => T): T {
    const realNow = Date.now;
    Date.now = () => realNow() + 10_000;
    try {
      return make();
    } finally {
      Date.now = realNow;
    }
  }

  function startOn(files: string[], options: { open?: boolean; recorded?: RecordedSeed[]; fileVersions?: CachedSeedWork['fileVersions'] }) {
    let reads = 0;
    let written: RecordedSeed[] | undefined;
    const records = { get: () => options.recorded, set: (_: unknown, seeds: RecordedSeed[]) => (written = seeds) } as unknown as CorpusRecords;
    const trusted: string[][] = [];
    const keptShown: string[] = [];
    const work = {
      inFlight: 2,
      has: () => true,
      findings: () => [],
      // A cache filled before the server kept diagnostics beside findings: made from the findings, and kept for the next start.
      shown: () => undefined,
      keepShown: (key: string) => void keptShown.push(key),
      trustUnread: (...unread: string[]) => void trusted.push(unread),
      fileVersions: options.fileVersions ?? new Map(),
      contentKeys: new Map(),
      describedKeys: new Map(files.map((file) => [file, `findings of ${file}`])),
    } as unknown as CachedSeedWork;
    const texts = { isOpen: () => options.open === true, read: async (uri: string) => (reads++, { ok: true, text: fs.readFileSync(URI.parse(uri).fsPath, 'utf8') }) } as unknown as SeedTexts;
    const checker = { now: () => new Date(), wanted: () => true, published: () => undefined } as unknown as SeedChecker;
    const start = new RecordedStart(records, work, texts, checker, new FindingsStore());
    return { start, reads: () => reads, written: () => written, trusted, keptShown };
  }

  it('replays a closed seed at its recorded version without reading it, and reads an open one', async () => {
    const file = path.join(folder, 'a.txt');
    fs.writeFileSync(file, 'Title\n\nAs recorded.\n');
    const uri = URI.file(file).toString();
    // A key no text of the file has: a replay that took it did not read the file.
    const recorded = [{ file: uri, contentKey: '#recorded', fileVersion: currentFileVersion(file)!, described: 'findings' }];
    const closed = startOn([file], { recorded: [{ ...recorded[0], digestKey: 'digest recorded' }] });
    assert.notEqual(await closed.start.replay([uri]), undefined);
    assert.equal(closed.reads(), 0);
    assert.deepEqual(closed.trusted, [[file, recorded[0].fileVersion, 'digest recorded']], 'its digest is to be taken unread too');
    assert.deepEqual(closed.keptShown, ['findings'], 'the diagnostics made from the findings are kept beside them');
    const open = startOn([file], { recorded, open: true });
    assert.equal(await open.start.replay([uri]), undefined, 'the buffer holds another text than the key says');
    assert.equal(open.reads(), 1);
  });

  it('records the version of a file read for the index, once settled, only where the index holds the text read', async () => {
    const [a, b] = ['b.txt', 'c.txt'].map((name) => path.join(folder, name));
    fs.writeFileSync(a, 'Title\n\nRead for the index.\n');
    fs.writeFileSync(b, 'Title\n\nRead, then opened and edited.\n');
    const fileVersions = new Map([a, b].map((file) => [file, { fileVersion: currentFileVersion(file)!, textHash: 7, digestKey: `digest of ${file}` }]));
    const held = corpusHolding({ [URI.file(a).toString()]: 7, [URI.file(b).toString()]: 8 });
    const recordOn = (start: RecordedStart) => start.record({ ...held, contentChanges: 0 } as Corpus, [a, b].map((file) => URI.file(file).toString()), 0);

    const now = startOn([a, b], { fileVersions });
    recordOn(now.start);
    assert.deepEqual(now.written()?.map((seed) => seed.fileVersion), [undefined, undefined], 'written just now: not settled');

    const later = tenSecondsOn(() => startOn([a, b], { fileVersions }));
    recordOn(later.start);
    assert.deepEqual(later.written()?.map((seed) => seed.fileVersion), [fileVersions.get(a)!.fileVersion, undefined]);
    assert.deepEqual(later.written()?.map((seed) => seed.digestKey), [`digest of ${a}`, undefined], 'with the key its digest is cached under');
  });

  it('after a replay, writes the record again with the versions of files read for the index, once settled', () => {
    const [a, b] = ['d.txt', 'e.txt'].map((name) => path.join(folder, name));
    for (const file of [a, b]) fs.writeFileSync(file, `Title\n\n${file}\n`);
    const [uriA, uriB] = [a, b].map((file) => URI.file(file).toString());
    const recorded: RecordedSeed[] = [
      { file: uriA, contentKey: '#7', described: 'findings' },
      { file: uriB, contentKey: '#8', described: 'findings' },
    ];
    // b was read for another text than the index holds (an open seed's buffer, say).
    const fileVersions = new Map([a, b].map((file) => [file, { fileVersion: currentFileVersion(file)!, textHash: 7, digestKey: `digest of ${file}` }]));
    const held = corpusHolding({ [uriA]: 7, [uriB]: 8 });
    const replay: Replay = { record: recorded, published: new Map() };

    const now = startOn([a, b], { fileVersions });
    now.start.refreshVersions(held, replay);
    assert.equal(now.written(), undefined, 'nothing settled yet: the record stays');
    const later = tenSecondsOn(() => startOn([a, b], { fileVersions }));
    later.start.refreshVersions(held, replay);
    assert.deepEqual(later.written()?.map((seed) => seed.fileVersion), [fileVersions.get(a)!.fileVersion, undefined]);
    assert.deepEqual(later.written()?.map((seed) => seed.digestKey), [`digest of ${a}`, undefined]);
    const otherTexts = tenSecondsOn(() => startOn([a, b], { fileVersions }));
    otherTexts.start.refreshVersions(corpusHolding({ [uriA]: 9, [uriB]: 8 }), replay);
    assert.equal(otherTexts.written(), undefined, 'an index holding other texts than recorded vouches for nothing');
  });
});
