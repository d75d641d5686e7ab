import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeFolder, runCli, type JsonReport } from './cliHarness';

const SEEDS = 2000;
const SHARED_LINE = 'Organization: The Harbour Users Group of the Western Coast, Bergen and Stavanger branches';
const WORDS = (
  'ferry harbour council bridge storm pier ticket island captain season weather engine dock crew route passenger timetable ' +
  'winter summer morning evening repair cost fare board vote plan river coast village town school road light tower signal ' +
  'north south east west market fish boat net catch price week month year report plan budget mayor office street square'
).split(' ');

/** A seed of unique paragraphs in invented sentences, and the one line every seed shares. */
function seedText(index: number): string {
  let state = index * 2654435761 + 1;
  const word = () => WORDS[((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % WORDS.length];
  const sentence = () => `${Array.from({ length: 14 }, word).join(' ')} ${index}.`;
  const paragraphs = Array.from({ length: 12 }, () => `${sentence()} ${sentence()}`);
  return [`Harbour notes number ${index}`, '', SHARED_LINE, '', ...paragraphs.join('\n\n').split('\n'), ''].join('\n');
}

describe('reports on a corpus where one line recurs in every seed', () => {
  let corpus: string;
  let corpusBytes = 0;
  before(() => {
    corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-bounded-'));
    fs.writeFileSync(path.join(corpus, '.seedcurator.json'), '{}\n');
    for (let i = 0; i < SEEDS; i++) {
      const text = seedText(i);
      corpusBytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(corpus, `post-${String(i).padStart(4, '0')}.txt`), text);
    }
  });
  after(() => removeFolder(corpus));

  it('--format json: every seed reported, the shared line counted in each with a few places listed, a report of a few times the corpus', async () => {
    const run = await runCli(['check', '--format', 'json'], corpus);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.seeds.length, SEEDS);
    const shared = report.seeds.map((seed) => seed.diagnostics.find((d) => d.code === 'corpus-duplicate'));
    const messages = shared.map((d) => String(d?.message));
    assert.deepEqual(messages.filter((message) => !/and 1998 other places/.test(message)), []);
    assert.ok(shared.every((d) => d!.relatedInformation!.length <= 5));
    assert.ok(report.seeds.every((seed) => seed.metadata.duplicates.length === 0), 'a common line makes no seed a copy of another');
    assert.ok(run.stdout.length < 4 * corpusBytes, `report ${run.stdout.length} bytes for a corpus of ${corpusBytes}`);
    assert.ok(!run.stdout.includes('\n  '), 'compact unless --pretty');
  });

  it('--format sarif --pretty: valid, indented, and bounded too', async () => {
    const run = await runCli(['check', '--format', 'sarif', '--pretty'], corpus);
    assert.equal(run.code, 0, run.stderr);
    const sarif = JSON.parse(run.stdout) as { runs: { results: { relatedLocations?: unknown[] }[] }[] };
    assert.ok(sarif.runs[0].results.length >= SEEDS);
    assert.ok(sarif.runs[0].results.every((result) => (result.relatedLocations?.length ?? 0) <= 5));
    assert.ok(run.stdout.includes('\n      "results": [\n        {'), 'indented by two spaces a level');
    assert.ok(run.stdout.length < 8 * corpusBytes, `report ${run.stdout.length} bytes for a corpus of ${corpusBytes}`);
  });
});
