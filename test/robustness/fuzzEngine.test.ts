import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixSeed } from '../../server/src/cli/fixSeed';
import type { AnalysedSeed } from '../../server/src/engine/analyse';
import type { CorpusConfig } from '../../server/src/engine/config/config';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import type { Range, SeedFinding, SpanEdit } from '../../server/src/engine/findings';
import { applyEdits, safeFixes } from '../../server/src/engine/fixes';
import { LineMap } from '../../server/src/engine/text/lineMap';
import { comparableLines, linesLost } from '../../server/src/engine/textKept';
import { hostileSeed, hostileSeedOf, sharingSeed, sharingSeedOf, splitsPair } from './hostileSeeds';

/**
 * Property tests of the engine on hostile text (see `hostileSeeds.ts`): the parser, every rule,
 * every fix and the corpus index, through the engine's public ways in (`Corpus`, `safeFixes`,
 * `applyEdits`, the CLI's `fixSeed`). Each property prints how many inputs it tried.
 */

const NOW = new Date('2026-11-21T12:00:00Z');
/** Boilerplate by repetition from two seeds on, so that small generated corpora reach it. */
const CONFIG: CorpusConfig = { ...defaultConfig(), boilerplate: { ...defaultConfig().boilerplate, phrases: ['Advertisement'], minSeeds: 2 } };
const URIS = ['a.txt', 'b.txt', 'news/c.txt', 'news/d.txt', 'e.seed'].map((name) => `file:///corpus/${name}`);

function newCorpus(): Corpus {
  return new Corpus({ folder: '/corpus', configFile: '/corpus/.seedcurator.json', config: CONFIG, configProblems: [] });
}

/** `SEED_CURATOR_FUZZ_SCALE=10` tries ten times as many inputs (each run draws new ones; a failure prints its seed). */
const SCALE = Number(process.env.SEED_CURATOR_FUZZ_SCALE ?? 1);

/** Runs a property, prints how many inputs it was tried on, and fails with fast-check's report. */
function tryProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, property: (value: T) => void, numRuns: number): void {
  let tried = 0;
  const started = Date.now();
  try {
    fc.assert(
      fc.property(arbitrary, (value) => {
        tried++;
        property(value);
      }),
      { numRuns: Math.max(1, Math.round(numRuns * SCALE)) },
    );
  } finally {
    console.log(`fuzz: ${name}: ${tried} inputs tried in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

function assertInside(text: string, lines: LineMap, range: Range, what: string): void {
  for (const { line, character } of [range.start, range.end]) {
    assert.ok(line >= 0 && line < lines.lineCount, `${what}: line ${line} of ${lines.lineCount}`);
    assert.ok(character >= 0 && character <= lines.lineEnd(line) - lines.lineStarts[line], `${what}: column ${character} past the end of line ${line}`);
  }
  const start = lines.lineStarts[range.start.line] + range.start.character;
  const end = lines.lineStarts[range.end.line] + range.end.character;
  assert.ok(start <= end && end <= text.length, `${what}: range ends before it starts`);
}

function assertSpanInside(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are whole numbers`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: span ${span.start}–${span.end} outside 0–${text.length}`);
}

/** Every place a finding names in its own seed, and every edit it proposes, lies inside the seed's text. */
function assertFindingInside(uri: string, seed: AnalysedSeed, finding: SeedFinding): void {
  const text = seed.parsed.text;
  const lines = new LineMap(text);
  const what = `${finding.rule} "${finding.message.slice(0, 60)}"`;
  assertSpanInside(text, finding.span, what);
  assertInside(text, lines, finding.range, what);
  for (const { location } of finding.related) if (location.uri === uri) assertInside(text, lines, location.range, `${what}, a related place`);
  for (const fix of finding.fixes) {
    if (fix.kind !== 'edit') continue;
    for (const edit of fix.edits) {
      assertSpanInside(text, edit.span, `${what}, fix "${fix.title}"`);
      assertInside(text, lines, edit.range, `${what}, fix "${fix.title}"`);
      assert.ok(!splitsPair(text, edit.span.start) && !splitsPair(text, edit.span.end), `${what}, fix "${fix.title}" cuts a surrogate pair`);
    }
  }
}

function editsOf(finding: SeedFinding, safeOnly: boolean): SpanEdit[][] {
  return finding.fixes.flatMap((fix) => (fix.kind === 'edit' && (fix.safe || !safeOnly) ? [fix.edits] : []));
}

/** The text of a seed as on disk after `check --fix`, and how many fixes that took. */
function fixAll(text: string): { text: string; fixes: number } {
  const corpus = newCorpus();
  return fixSeed(corpus, URIS[0], corpus.update(URIS[0], text).seed);
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Lines a fix may split or rewrap (a header line split into front matter and body): a few together hold a changed line. */
const SPLIT_INTO = 4;

/**
 * The lines of `before` lost in `after`: neither standing there up to whitespace (the rule of
 * test/unit/nothingLost.test.ts) nor, as `engine/textKept.ts` allows, with every non-space
 * character, in order, in a few consecutive lines of `after`.
 */
function textLost(before: string, after: string): string[] {
  const afterLines = comparableLines(after);
  return linesLost(before, after).filter((line) => !afterLines.some((_, at) => keepsInOrder(line, afterLines.slice(at, at + SPLIT_INTO).join('\n'))));
}

function keepsInOrder(line: string, text: string): boolean {
  let at = 0;
  for (const char of line.replace(/\s/g, '')) {
    at = text.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

describe('fuzzing the engine with hostile text', () => {
  it('parses and checks any corpus: no rule throws, every finding, related place and edit lies inside its seed', () => {
    tryProperty(
      'parser and every rule',
      fc.array(fc.oneof(hostileSeed, sharingSeed), { minLength: 1, maxLength: 4 }),
      (texts) => {
        const corpus = newCorpus();
        const seeds = texts.map((text, i) => corpus.update(URIS[i], text).seed);
        seeds.forEach((seed, i) => {
          assert.equal(seed.parsed.text, withoutBom(texts[i]), 'the parser keeps the text, BOM set aside');
          const { findings } = corpus.describe(URIS[i], `seed-${i}.txt`, seed, NOW);
          for (const finding of findings) assertFindingInside(URIS[i], seed, finding);
        });
      },
      100,
    );
  });

  it('applies every fix alone without losing a line it calls safe; fix-all (check --fix) keeps every line and is idempotent', () => {
    tryProperty(
      'every fix, fix-all',
      hostileSeed,
      (text) => {
        const corpus = newCorpus();
        const seed = corpus.update(URIS[0], text).seed;
        const body = seed.parsed.text;
        for (const finding of corpus.check(URIS[0], seed, NOW)) {
          for (const edits of editsOf(finding, false)) applyEdits(body, edits);
          for (const edits of editsOf(finding, true)) assert.deepEqual(textLost(body, applyEdits(body, edits)), [], `the safe fix of ${finding.rule} loses no line`);
        }
        // Fix-all in the editor: one pass of the safe fixes that fit together.
        const onePass = applyEdits(body, safeFixes(body, corpus.check(URIS[0], seed, NOW)).edits);
        assert.deepEqual(textLost(body, onePass), [], 'one pass of fix-all loses no line');

        const once = fixAll(text);
        assert.deepEqual(textLost(withoutBom(text), withoutBom(once.text)), [], 'check --fix loses no line');
        assert.equal(once.text.startsWith('\uFEFF'), text.startsWith('\uFEFF'), 'check --fix keeps the BOM or its absence');
        assert.equal(fixAll(once.text).fixes, 0, 'a second check --fix finds nothing to fix');
      },
      100,
    );
  });

  it('gives, after updates and removals in any order, the findings of a corpus rebuilt from the final texts', () => {
    // A passage in more places than PASSAGE_FANOUT is common: by design an update does not tell its
    // other holders (that would grow with the square of its repeats), so a few pastes per seed here.
    const fewPastes = hostileSeedOf({ maxPasted: 8 });
    const step = fc.record({ at: fc.nat(URIS.length - 1), text: fc.option(fc.oneof(sharingSeedOf(fewPastes), fewPastes), { freq: 5 }) });
    tryProperty(
      'incremental index vs rebuilt',
      fc.array(step, { minLength: 1, maxLength: 14 }),
      (steps) => {
        // As the language server keeps them: a seed's findings are computed when it changes and
        // rechecked when an update says it is affected.
        const incremental = newCorpus();
        const seeds = new Map<string, AnalysedSeed>();
        const findings = new Map<string, SeedFinding[]>();
        const recheck = (affected: string[]) => {
          for (const uri of affected) findings.set(uri, incremental.recheck(uri, seeds.get(uri)!, findings.get(uri)!, NOW));
        };
        for (const { at, text } of steps) {
          const uri = URIS[at];
          if (text === null) {
            seeds.delete(uri);
            findings.delete(uri);
            recheck(incremental.remove(uri));
          } else {
            const { seed, affected } = incremental.update(uri, text);
            seeds.delete(uri); // An update indexes the seed anew, after the others: the rebuild follows that order.
            seeds.set(uri, seed);
            findings.set(uri, incremental.check(uri, seed, NOW));
            recheck(affected);
          }
        }
        // Rebuilt in the order the seeds were last indexed: ties (two seeds holding a third alike)
        // go to the seed indexed first, so a rebuild in path order may name another, as good.
        const rebuilt = newCorpus();
        const rebuiltSeeds = [...seeds].map(([uri, seed]) => [uri, rebuilt.update(uri, seed.parsed.hasBom ? `\uFEFF${seed.parsed.text}` : seed.parsed.text).seed] as const);
        for (const [uri, seed] of rebuiltSeeds) assert.deepEqual(findings.get(uri), rebuilt.check(uri, seed, NOW), `the findings of ${uri}`);
      },
      80,
    );
  });
});
