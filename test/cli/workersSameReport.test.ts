import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_OPTIONS, writeCorpus } from '../corpora/generateCorpus';
import { REPO, runCli, tempCopy } from './cliHarness';

/**
 * Worker threads change how fast a corpus is checked, never what is reported: the JSON report
 * of a corpus with copies, near copies, posts and reviews is the same byte for byte with none,
 * one and two threads, and so is what `--fix` writes.
 */
describe('check with worker threads', () => {
  let corpus: string;

  before(() => {
    corpus = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-workers-')), 'corpus');
    writeCorpus(corpus, { ...DEFAULT_OPTIONS, kind: 'mixed', seeds: 300, syndicatedShare: 0.2, nearDuplicateShare: 0.1 });
    // The realistic corpus's posts, reviews and scraped pages, beside the generated ones.
    fs.cpSync(path.join(REPO, 'test', 'fixtures', 'realistic'), path.join(corpus, 'realistic'), { recursive: true, filter: (source) => !source.endsWith('.json') });
  });
  after(() => fs.rmSync(path.dirname(corpus), { recursive: true, force: true }));

  it('reports the same JSON with 0, 1 and 2 threads', async () => {
    const reports = [];
    for (const jobs of ['0', '1', '2']) {
      const run = await runCli(['check', '.', '--format', 'json', '--jobs', jobs], corpus);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      reports.push(run.stdout);
    }
    const seeds = (JSON.parse(reports[0]) as { summary: { seeds: number } }).summary.seeds;
    assert.ok(seeds > 300, `checked ${seeds} seeds`);
    assert.equal(reports[1], reports[0], 'one thread');
    assert.equal(reports[2], reports[0], 'two threads');
  });

  it('fixes the same way with and without threads', async () => {
    const texts = [];
    for (const jobs of ['0', '2']) {
      const copy = tempCopy(corpus);
      try {
        const run = await runCli(['check', '.', '--fix', '--format', 'json', '--jobs', jobs], copy);
        assert.ok(run.code === 0 || run.code === 1, run.stderr);
        const files = fs.readdirSync(copy, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.txt')).sort();
        texts.push({ report: run.stdout.replace(new RegExp(copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '<root>'), files: files.map((file) => `${file}\n${fs.readFileSync(path.join(copy, file), 'utf8')}`).join('\n') });
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    }
    const fixed = (JSON.parse(texts[0].report) as { summary: { fixed?: number } }).summary.fixed ?? 0;
    assert.ok(fixed > 0, `the corpus had ${fixed} safe fixes to make`);
    assert.equal(texts[1].files, texts[0].files);
    assert.equal(texts[1].report, texts[0].report);
  });
});
