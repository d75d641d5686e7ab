import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Progress } from '../../server/src/cli/progress';
import { replayRecord } from '../../server/src/cli/replayCheck';
import type { CheckReport, ReportSink, SeedReport } from '../../server/src/cli/report';
import { runCheck } from '../../server/src/cli/runCheck';
import { resolveTargets, type CorpusTarget } from '../../server/src/cli/targets';
import { parseConfig } from '../../server/src/engine/config/config';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import type { CachedSeedWork } from '../../server/src/host/cachedSeedWork';
import type { RecordedSeed } from '../../server/src/host/corpusRecord';
import type { DescribeOutcome } from '../../server/src/host/seedTasks';
import { DEFAULT_OPTIONS, corpusBesideCache } from '../corpora/generateCorpus';

interface Run {
  /** The phases the progress bar showed. */
  phases: string[];
  seeds: SeedReport[];
  report: CheckReport;
}

const NOW = new Date('2026-11-27T12:00:00Z');

async function check(folder: string, cache: string | undefined, paths: string[] = [folder]): Promise<Run> {
  const phases: string[] = [];
  const progress: Progress = { start: (label) => phases.push(label), tick() {}, end() {} };
  const seeds: SeedReport[] = [];
  const sink: ReportSink = { seed: (seed) => void seeds.push(seed) };
  const report = await runCheck(await resolveTargets(paths, folder), { fix: false, now: NOW, progress, workers: 0, cache }, sink);
  return { phases, seeds, report };
}

/** What a run reports, the cache's own notices aside, as its JSON report says it (a property left undefined is no property there). */
function said(run: Run): unknown {
  return JSON.parse(JSON.stringify({ seeds: run.seeds, corpora: run.report.corpora.map(({ notices: _, ...corpus }) => corpus) }));
}

/**
 * A corpus checked again unchanged with `--cache` is reported from the record of the last check:
 * no seed is indexed or analysed (the progress shows only "Reading"), and the report is the one a
 * check without a cache gives. One changed file anywhere and the corpus is checked as usual.
 */
describe('a whole-corpus check replayed from the cache', () => {
  let root: string;
  let corpus: string;
  let cache: string;

  before(() => {
    ({ root, corpus, cache } = corpusBesideCache('seed-curator-record-', { ...DEFAULT_OPTIONS, kind: 'news', seeds: 60, syndicatedShare: 0.3 }));
    // A seed that cannot be read is reported as skipped, replayed or not.
    fs.writeFileSync(path.join(corpus, 'news', 'zz-empty.txt'), '');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('replays an unchanged corpus, and checks it as usual once a file changed', async () => {
    const uncached = await check(corpus, undefined);
    assert.ok(uncached.seeds.some((seed) => seed.findings.some((finding) => finding.rule === 'corpus-duplicate')), 'the corpus has cross-seed findings');
    assert.ok(uncached.report.corpora[0].skipped.some((skipped) => skipped.file.endsWith('zz-empty.txt')));

    const cold = await check(corpus, cache);
    assert.deepEqual(cold.phases, ['Indexing', 'Checking']);
    assert.deepEqual(said(cold), said(uncached));

    const warm = await check(corpus, cache);
    assert.deepEqual(warm.phases, ['Reading'], 'nothing indexed or checked');
    assert.deepEqual(said(warm), said(uncached));

    // One seed takes a paragraph of another: the other's findings change too, though its file did not.
    const [first, second] = fs.readdirSync(path.join(corpus, 'news')).sort();
    const donor = fs.readFileSync(path.join(corpus, 'news', first), 'utf8').split('\n\n');
    fs.appendFileSync(path.join(corpus, 'news', second), `\n\n${donor.reduce((a, b) => (b.length > a.length ? b : a))}\n`);
    const edited = await check(corpus, undefined);
    assert.notDeepEqual(said(edited), said(uncached));
    const afterEdit = await check(corpus, cache);
    assert.deepEqual(afterEdit.phases, ['Reading', 'Indexing', 'Checking'], 'the record no longer holds');
    assert.deepEqual(said(afterEdit), said(edited));
    assert.deepEqual((await check(corpus, cache)).phases, ['Reading'], 'the new check was recorded');
  });

  it('keeps a record for each selection of seeds', async () => {
    const one = path.join(corpus, 'news', fs.readdirSync(path.join(corpus, 'news')).sort()[3]);
    const first = await check(corpus, cache, [one]);
    assert.deepEqual(first.phases, ['Indexing', 'Checking']);
    assert.equal(first.seeds.length, 1);
    const again = await check(corpus, cache, [one]);
    assert.deepEqual(again.phases, ['Reading']);
    assert.deepEqual(said(again), said(first));
  });
});

/** The seed files (.txt) under `folder` that `run` opens (the module every read goes through, watched). */
async function opening<T>(folder: string, run: () => Promise<T>): Promise<{ run: T; opened: number }> {
  const nodeFs = createRequire(__filename)('node:fs') as typeof fs;
  const realOpen = nodeFs.openSync;
  let opened = 0;
  nodeFs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    if (String(file).startsWith(folder) && String(file).endsWith('.txt')) opened++;
    return (realOpen as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync;
  try {
    return { run: await run(), opened };
  } finally {
    nodeFs.openSync = realOpen;
  }
}

/** Runs `run` as if the clock were `ahead` ms later: a check of files written that long before. */
async function later<T>(ahead: number, run: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  Date.now = () => realNow() + ahead;
  try {
    return await run();
  } finally {
    Date.now = realNow;
  }
}

/**
 * A corpus whose files were last written a while before it is checked (a curator's, not a test's
 * fresh copy) is replayed from the file versions recorded, without reading a seed; files written
 * just before a check are read at the next, which records their versions once settled; a seed
 * rewritten since with as many bytes and its old modification time is still read, and checked.
 */
describe('a replay of a corpus written before its last check', () => {
  let root: string;
  let corpus: string;
  let cache: string;

  before(() => ({ root, corpus, cache } = corpusBesideCache('seed-curator-versions-', { ...DEFAULT_OPTIONS, kind: 'news', seeds: 40, syndicatedShare: 0.3 })));
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('trusts an unchanged file version once settled, and reads a file rewritten in place', async () => {
    const cold = await check(corpus, cache);
    const justWritten = await opening(corpus, () => check(corpus, cache));
    assert.ok(justWritten.opened > 0, 'files written just before their check are read the next time');
    assert.deepEqual(said(justWritten.run), said(cold));
    // Ten seconds on, a replay writes the record again with the versions, settled by then.
    await later(10_000, () => check(corpus, cache));
    const warm = await opening(corpus, () => later(10_000, () => check(corpus, cache)));
    assert.equal(warm.opened, 0, 'no seed file read');
    assert.deepEqual(warm.run.phases, ['Reading']);
    assert.deepEqual(said(warm.run), said(cold));

    // A seed rewritten with as many bytes, its modification time set back: only its change time tells.
    const news = path.join(corpus, 'news');
    const file = path.join(news, fs.readdirSync(news).sort()[5]);
    const { atime, mtime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/\b(\w)(\w)/, '$2$1'));
    fs.utimesSync(file, atime, mtime);
    assert.equal(fs.statSync(file).size, Buffer.byteLength(text));
    const rewritten = await later(10_000, () => check(corpus, cache));
    assert.deepEqual(rewritten.phases, ['Reading', 'Indexing', 'Checking'], 'the record no longer holds');
    assert.deepEqual(said(rewritten), said(await check(corpus, undefined)));
  });
});

describe('replayRecord', () => {
  const seedFiles = ['/c/a.txt', '/c/b.txt', '/c/c.txt'];
  const target = { seedFiles, selected: new Set(seedFiles), refused: [] } as unknown as CorpusTarget;
  const corpus = new Corpus({ folder: '/c', config: parseConfig('{}').config, configProblems: [] });
  const record: RecordedSeed[] = seedFiles.map((file) => ({ file, contentKey: `text of ${file}`, described: `findings of ${file}` }));
  const outcome = { ok: true, described: { findings: [], metadata: {} } } as unknown as DescribeOutcome;
  const work = (contentKey: (file: string) => string, readable: (key: string) => boolean) =>
    ({ inFlight: 2, contentKeyOf: async (file: string) => contentKey(file), has: () => true, described: (key: string) => (readable(key) ? outcome : undefined) }) as unknown as CachedSeedWork;
  const replay = async (seedWork: CachedSeedWork) => {
    const sent: string[] = [];
    const replayed = await replayRecord(corpus, target, record, seedWork, { seed: (seed) => void sent.push(seed.file) }, { start() {}, tick() {}, end() {} });
    return { replayed, sent };
  };

  it('sends nothing when one file changed', async () => {
    const { replayed, sent } = await replay(work((file) => (file === '/c/c.txt' ? 'new text' : `text of ${file}`), () => true));
    assert.equal(replayed, undefined);
    assert.deepEqual(sent, []);
  });

  it('leaves to the caller the seed whose cached findings cannot be read, and every one after it', async () => {
    const { replayed, sent } = await replay(work((file) => `text of ${file}`, (key) => key !== 'findings of /c/b.txt'));
    assert.deepEqual(sent, ['/c/a.txt']);
    assert.deepEqual([...replayed!.rest], ['/c/b.txt', '/c/c.txt']);
  });
});
