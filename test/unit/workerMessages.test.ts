import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { describe, it } from 'node:test';
import { analyseSeed, digestOf, quoteKeysOf } from '../../server/src/engine/analyse';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { NO_CORPUS } from '../../server/src/engine/corpus/corpusFacts';
import { describeSeed } from '../../server/src/engine/describe';
import { factsFromWire, factsToWire, type WireFacts } from '../../server/src/host/taskWire';
import { MessageBatch } from '../../server/src/host/messageBatch';
import { fromWire, serializedDigest, toWire } from '../../server/src/host/outcomeWire';
import { plainDataOf } from '../../server/src/host/plainData';
import type { DescribeTask, DigestTask } from '../../server/src/host/seedTasks';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { DEFAULT_OPTIONS, generateSeeds } from '../corpora/generateCorpus';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('MessageBatch', () => {
  it('sends the messages of one turn together, at most `most` to a batch, and a later turn apart', async () => {
    const sent: number[][] = [];
    const batch = new MessageBatch<number>((messages) => sent.push(messages), 3);
    for (let i = 1; i <= 5; i++) batch.push(i);
    assert.deepEqual(sent, [[1, 2, 3]], 'a full batch goes at once');
    await turn();
    assert.deepEqual(sent, [[1, 2, 3], [4, 5]]);
    batch.push(6);
    await turn();
    assert.deepEqual(sent, [[1, 2, 3], [4, 5], [6]]);
    await turn();
    assert.equal(sent.length, 3, 'nothing empty is sent');
  });
});

describe('outcomes crossing threads', () => {
  const config = defaultConfig();
  const seed = analyseSeed('---\ntitle: A seed\n---\n\nA paragraph long enough to be compared with the paragraphs of other seeds.\n\nAdvertisement\n', config);
  const digest = digestOf(seed, config);
  const described = describeSeed({ uri: 'file:///a.txt', path: 'a.txt', seed, config, corpus: NO_CORPUS, now: new Date(Date.UTC(2026, 10, 27)) });
  const digestTask: DigestTask = { kind: 'digest', corpus: 0, file: '/a.txt' };
  const describeTask: DescribeTask = { kind: 'describe', corpus: 0, file: '/a.txt', uri: 'file:///a.txt', path: 'a.txt', textHash: digest.textHash, language: digest.language, facts: NO_CORPUS, now: 0, seedTimeout: 0 };

  it('go as they are unless bound for a cache', () => {
    const outcome = { ok: true as const, digest, kept: true };
    assert.equal(toWire(outcome, digestTask), outcome);
  });

  it('bound for a cache, go serialised as the cache keeps them (findings and metadata as JSON) and come back whole', () => {
    const posted = toWire({ ok: true, digest, kept: true }, { ...digestTask, forCache: true });
    assert.ok('digestBytes' in posted && !('digest' in posted));
    assert.deepEqual(Buffer.from(posted.digestBytes), Buffer.from(serializedDigest(digest)));
    const received = fromWire(structuredClone(posted));
    assert.ok(received.ok && 'digest' in received);
    assert.deepEqual(received.digest, digest);
    assert.equal(received.kept, true);

    assert.ok(described.findings.length > 0, 'the seed has findings');
    const postedFindings = toWire({ ok: true, described }, { ...describeTask, forCache: true });
    assert.ok('findingsBytes' in postedFindings);
    // As the JSON report has them: a property left undefined is no property.
    const asReported = JSON.parse(JSON.stringify(described)) as typeof described;
    assert.deepEqual(plainDataOf(postedFindings.findingsBytes), asReported.findings);
    const back = fromWire(structuredClone(postedFindings));
    assert.ok(back.ok && 'described' in back);
    assert.deepEqual(back.described, asReported);
  });

  it('a failure goes as it is', () => {
    const failure = { ok: false as const, reason: 'a binary file, not text' };
    assert.equal(fromWire(toWire(failure, { ...digestTask, forCache: true })), failure);
  });
});

describe('corpus facts crossing threads', () => {
  // Syndicated news with quotes: passages found in many seeds, and quotes found in others.
  const corpus = new Corpus({ folder: '/corpus', config: defaultConfig(), configProblems: [] });
  const seeds = [...generateSeeds({ ...DEFAULT_OPTIONS, kind: 'mixed', seeds: 300, syndicatedShare: 0.4 })];
  for (const seed of seeds) corpus.load(`file:///corpus/${seed.path}`, seed.text);
  const factsOfEach = seeds.map((seed) => corpus.factsOf(`file:///corpus/${seed.path}`, quoteKeysOf(analyseSeed(seed.text, corpus.config).parsed)));

  it('arrive as they left, twins and quote sources in order, in a fraction of the bytes', () => {
    assert.ok(factsOfEach.some((facts) => [...facts.twins.values()].some((entry) => entry.places.length > 3)), 'passages have several twins');
    assert.ok(factsOfEach.some((facts) => facts.quoteSources.some((sources) => sources.length > 0)), 'quotes have sources');
    let posted = 0;
    let wire = 0;
    for (const facts of factsOfEach) {
      const bytes = serialize(factsToWire(facts));
      const arrived = factsFromWire(deserialize(bytes) as WireFacts);
      assert.deepEqual(arrived, facts);
      assert.deepEqual(Object.keys(arrived), Object.keys(facts), 'the keys in their order');
      posted += serialize(facts).length;
      wire += bytes.length;
    }
    assert.ok(wire < posted / 2, `${wire} bytes posted, against ${posted}`);
  });
});
