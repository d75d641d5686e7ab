import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MIN_SEEDS_FOR_WORKERS } from '../../server/src/host/seedWorkers';
import { runCli } from '../cli/cliHarness';
import { DEFAULT_OPTIONS, writeCorpus } from '../corpora/generateCorpus';
import { PUSH_CLIENT, TestClient } from './lspTestClient';

/** Just above the size from which the server starts worker threads (MIN_SEEDS_FOR_WORKERS). */
const SEEDS = MIN_SEEDS_FOR_WORKERS + 20;
/** Longer than other tests wait: a few hundred seeds on a loaded 2-core machine take a while. */
const INDEXING_DEADLINE_MS = 180_000;

/** What a curator reads of a finding in Problems. */
const shown = (diagnostics: readonly Diagnostic[]) => diagnostics.map(({ range, code, severity, message }) => JSON.stringify({ range, code, severity, message })).sort();

/**
 * A corpus large enough for the server to index it on worker threads gets the findings the CLI
 * reports without any: the threads change the speed of indexing, never its results.
 */
describe('indexing a large corpus on worker threads', () => {
  let generated: string;
  let client: TestClient;

  before(async () => {
    generated = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-lsp-workers-')), 'corpus');
    writeCorpus(generated, { ...DEFAULT_OPTIONS, kind: 'mixed', seeds: SEEDS, syndicatedShare: 0.2, nearDuplicateShare: 0.1 });
    client = new TestClient(generated);
    const ready = client.indexState((state) => state.state === 'ready', INDEXING_DEADLINE_MS);
    await client.start(PUSH_CLIENT, { hasCorpus: false });
    await ready;
  });
  after(async () => {
    await client.stop();
    fs.rmSync(path.dirname(generated), { recursive: true, force: true });
  });

  it('publishes for every seed what the CLI reports without threads', async () => {
    const run = await runCli(['check', '.', '--format', 'json', '--jobs', '0'], client.folder);
    const report = JSON.parse(run.stdout) as { seeds: { path: string; diagnostics: Diagnostic[] }[] };
    assert.equal(report.seeds.length, SEEDS);
    for (const seed of report.seeds) {
      const uri = URI.file(path.join(client.folder, seed.path)).toString();
      const expected = shown(seed.diagnostics);
      const published = await client.diagnostics(uri, (diagnostics) => diagnostics.length === expected.length);
      assert.deepEqual(shown(published), expected, seed.path);
    }
  });
});
