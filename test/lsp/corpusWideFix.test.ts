import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CorpusFixRequest } from '../../server/src/protocol/protocol';
import { DEFAULT_OPTIONS, writeCorpus } from '../corpora/generateCorpus';
import { PUSH_CLIENT, TestClient, withCode } from './lspTestClient';

const SEEDS = 30;

/**
 * Quiet by default, a corpus where most seeds have no date hears it once, on one seed; fixing
 * the rule in the whole corpus still inserts a date in every seed that has none and can be given one.
 */
describe('fixing a corpus-wide finding in every seed', () => {
  let generated: string;
  let client: TestClient;

  before(async () => {
    generated = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-lsp-corpus-fix-')), 'corpus');
    writeCorpus(generated, { ...DEFAULT_OPTIONS, kind: 'news', seeds: SEEDS, syndicatedShare: 0, nearDuplicateShare: 0 });
    client = new TestClient(generated);
    await client.start(PUSH_CLIENT);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(path.dirname(generated), { recursive: true, force: true });
  });

  it('plans a date for every seed lacking one, though one seed carries the finding', async () => {
    const carriers = [...client.pushed.values()].filter(withCode('missing-date'));
    assert.equal(carriers.length, 1, 'one summary for the corpus');
    const { seeds, fixes, edit } = await client.connection.sendRequest(CorpusFixRequest, { rule: 'missing-date', confirmEach: false });
    assert.ok(seeds > SEEDS / 2, `${seeds} of ${SEEDS} seeds get a date`);
    assert.equal(fixes, seeds);
    const inserted = (edit.documentChanges ?? []).flatMap((change) => ('edits' in change ? change.edits.map((e) => ('newText' in e ? e.newText : '')) : []));
    assert.ok(inserted.every((text) => /date: \d{4}-\d{2}-\d{2}/.test(text)), inserted.join(' | '));
  });
});
