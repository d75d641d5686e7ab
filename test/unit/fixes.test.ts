import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SpanEdit } from '../../server/src/engine/findings';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { applyEdits, compatibleFixes } from '../../server/src/engine/fixes';
import { editsOf } from './fixtureCorpus';

/** Offsets into the text; a second line starts at offset 100 in these tests. */
const edit = (line: number, from: number, to: number, newText: string): SpanEdit => ({ span: { start: line * 100 + from, end: line * 100 + to }, newText });

describe('compatibleFixes', () => {
  it('applies a fix whole or not at all', () => {
    const first = [edit(0, 0, 3, 'ONE')];
    const spanning = [edit(0, 2, 5, 'x'), edit(1, 0, 1, 'y')];
    const plan = compatibleFixes([spanning, first]);
    assert.equal(plan.fixes, 1);
    assert.deepEqual(plan.edits, first);
  });

  it('keeps an insertion and a replacement that start at one point, insertion first', () => {
    const plan = compatibleFixes([[edit(0, 0, 4, '')], [edit(0, 0, 0, 'lang: nb\n')]]);
    assert.equal(plan.fixes, 2);
    assert.equal(applyEdits('Foto and text\n', plan.edits), 'lang: nb\n and text\n');
  });

  it('keeps only the first of two insertions at one point', () => {
    const plan = compatibleFixes([[edit(0, 0, 0, 'a')], [edit(0, 0, 0, 'b')]]);
    assert.equal(plan.fixes, 1);
  });
});

describe('a fix with several edits', () => {
  it('deletes every repeat of a seed at once, each passage kept once', () => {
    const text = 'Ferry back after repairs\n\nThe ferry sailed again on Tuesday after five months in dock.\n\nThe ferry sailed again on Tuesday after five months in dock.\n\nTickets cost the same as last year, the operator says.\n\nTickets cost the same as last year, the operator says.';
    const uri = 'file:///corpus/ferry.txt';
    const corpus = new Corpus({ folder: '/corpus', config: defaultConfig(), configProblems: [] });
    const findings = corpus.check(uri, corpus.update(uri, text).seed);
    const deleteAll = findings.find((f) => f.rule === 'duplicate-passage')!.fixes.find((fix) => fix.title.startsWith('Delete all'));
    const fixed = applyEdits(text, editsOf(deleteAll));
    assert.equal(fixed, 'Ferry back after repairs\n\nThe ferry sailed again on Tuesday after five months in dock.\n\nTickets cost the same as last year, the operator says.');
  });

  it('merges deletions that would overlap (repeats that end the seed)', () => {
    const a = 'The ferry sailed again on Tuesday after five months in dock.';
    const b = 'Tickets cost the same as last year, the operator says.';
    const text = `Ferry back after repairs\n\n${a}\n\n${b}\n\n${a}\n\n${b}`;
    const uri = 'file:///corpus/ferry.txt';
    const corpus = new Corpus({ folder: '/corpus', config: defaultConfig(), configProblems: [] });
    const findings = corpus.check(uri, corpus.update(uri, text).seed);
    const deleteAll = findings.find((f) => f.rule === 'duplicate-passage')!.fixes.find((fix) => fix.title.startsWith('Delete all'));
    const edits = editsOf(deleteAll);
    assert.equal(compatibleFixes([edits]).fixes, 1, 'the edits of one fix do not overlap');
    assert.equal(applyEdits(text, edits).trimEnd(), `Ferry back after repairs\n\n${a}\n\n${b}`);
  });
});
