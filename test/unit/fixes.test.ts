import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { applyEdits, compatibleFixes } from '../../server/src/engine/fixes';

const edit = (line: number, from: number, to: number, newText: string): TextEdit => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});

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
