import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_OPTIONS, corpusBesideCache } from '../corpora/generateCorpus';
import { checkJson } from '../cli/cliHarness';
import { PUSH_CLIENT, TestClient } from './lspTestClient';

const INDEXING_DEADLINE_MS = 120_000;

/** What a curator reads of each file's findings in Problems. */
function problems(client: TestClient): Map<string, string[]> {
  return new Map([...client.pushed].map(([uri, diagnostics]) => [uri, diagnostics.map(({ range, code, severity, message }: Diagnostic) => JSON.stringify({ range, code, severity, message }))]));
}

/** Starts a server on the corpus (with the cache folder, if any) and stops it once every seed is checked. */
async function openCorpus(corpus: string, cacheFolder?: string): Promise<{ problems: Map<string, string[]>; diagnostics: Map<string, Diagnostic[]>; publishedBeforeIndexing: boolean }> {
  const client = new TestClient(corpus, { inPlace: true, cacheFolder });
  const ready = client.indexState((state) => state.state === 'ready', INDEXING_DEADLINE_MS);
  await client.start(PUSH_CLIENT, { hasCorpus: false });
  const seeds = fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).length;
  const { indexStates } = await client.publishedFor(seeds, INDEXING_DEADLINE_MS);
  // Messages arrive in the order sent: no state counting an indexed seed came before the last seed's findings, so they came from the record.
  const publishedBeforeIndexing = indexStates.every((state) => state.indexed === 0);
  await ready;
  const found = problems(client);
  const diagnostics = new Map(client.pushed);
  await client.stop();
  return { problems: found, diagnostics, publishedBeforeIndexing };
}

/**
 * A server opening a corpus checked completely before, whose every seed is unchanged, publishes
 * every seed's findings from the analysis cache before it indexes anything (then builds its index
 * for what comes next); the findings are those of a cold start. A seed changed between sessions
 * changes other seeds' findings too, so the corpus is then checked as usual.
 */
describe('a warm start on an unchanged corpus', () => {
  let root: string;
  let corpus: string;
  let cacheFolder: string;

  before(() => {
    ({ root, corpus, cache: cacheFolder } = corpusBesideCache('seed-curator-lsp-warm-', { ...DEFAULT_OPTIONS, kind: 'news', seeds: 80, syndicatedShare: 0.3 }));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('publishes the findings of the last check before indexing, and checks a changed corpus again', async () => {
    const cold = await openCorpus(corpus, cacheFolder);
    assert.equal(cold.publishedBeforeIndexing, false, 'a cold start indexes first');
    assert.ok([...cold.problems.values()].some((found) => found.some((line) => line.includes('corpus-duplicate'))), 'the corpus has cross-seed findings');

    const warm = await openCorpus(corpus, cacheFolder);
    assert.equal(warm.publishedBeforeIndexing, true, 'published from the record');
    assert.deepEqual(warm.problems, cold.problems);
    // Whole, as a client reads them: what the cache kept of them is sent as it is (see RawJson).
    assert.deepEqual(warm.diagnostics, cold.diagnostics);

    // One seed takes a paragraph of another between sessions: the other's findings change, though its file did not.
    const news = path.join(corpus, 'news');
    const [first, second] = fs.readdirSync(news).sort();
    const donor = fs.readFileSync(path.join(news, first), 'utf8').split('\n\n');
    fs.appendFileSync(path.join(news, second), `\n\n${donor.reduce((a, b) => (b.length > a.length ? b : a))}\n`);
    const changed = await openCorpus(corpus, cacheFolder);
    assert.equal(changed.publishedBeforeIndexing, false, 'the record no longer holds');
    assert.deepEqual(changed.problems, (await openCorpus(corpus)).problems, 'as a start without a cache finds');
    assert.notDeepEqual(changed.problems, cold.problems);
    assert.equal((await openCorpus(corpus, cacheFolder)).publishedBeforeIndexing, true, 'the new check was recorded');
  });
});

/**
 * The editor's cache folder may be the one a curator gives the CLI (`--cache` with the user's
 * cache folder, which a server without workspace storage uses too). The server checks an empty
 * seed; the CLI skips it: what the server cached must not make the CLI check it.
 */
describe('a cache the language server filled, read by the CLI', () => {
  let root: string;
  let corpus: string;
  let cacheFolder: string;

  before(() => {
    ({ root, corpus, cache: cacheFolder } = corpusBesideCache('seed-curator-lsp-shared-', { ...DEFAULT_OPTIONS, kind: 'news', seeds: 20, syndicatedShare: 0.3 }));
    fs.writeFileSync(path.join(corpus, 'news', 'zz-empty.txt'), '');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('gives the report of a check without a cache, the empty seed skipped', async () => {
    const served = await openCorpus(corpus, cacheFolder);
    assert.ok(served.problems.has(pathToFileURL(path.join(corpus, 'news', 'zz-empty.txt')).href), 'the server checks the empty seed');
    const uncached = await checkJson([corpus], corpus);
    assert.ok(uncached.report.skipped.some((skipped) => skipped.path.endsWith('zz-empty.txt')), 'the CLI skips the empty seed');
    for (const run of ['cold', 'warm']) {
      const cached = await checkJson([corpus, '--cache', cacheFolder], corpus);
      assert.deepEqual(cached.report.seeds, uncached.report.seeds, run);
      assert.deepEqual(cached.report.skipped, uncached.report.skipped, run);
    }
  });
});
