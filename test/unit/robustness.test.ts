import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { applyEdits, compatibleFixes } from '../../server/src/engine/fixes';
import { LineMap } from '../../server/src/engine/text/lineMap';
import { checkCorpus, editsOf, type FixtureSeed } from './fixtureCorpus';

/** Pieces seeds are made of, and the debris scrapers leave: generated texts mix them at random. */
const PIECES = [
  '---', '...', 'title: Tittel', 'date: 2020-02-30', 'date 2020-08 Tekst', 'lang: nb', 'author:', '  - Ann', 'key: [unclosed',
  '"quote', '', '', ' ', '\t', '  1. Home', 'Home › News', 'Foto: NTB', 'Advertisement', 'Les også: mer',
  'Fergen gikk igjen tirsdag etter fem måneder i tørrdokk, sier rederiet.', 'The ferry sailed again on Tuesday after five months in dock.',
  '– Det var på tide, sier hun.', '\u00a0', '\ufeff', '\u0000', '\ud800', 'ﬁ ligatures and ½', '😀 emoji line', 'x'.repeat(5000),
];

function randomSeed(seed: number): string {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const lines = Array.from({ length: Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)]);
  return lines.join(next() < 0.3 ? '\r\n' : '\n') + (next() < 0.5 ? '\n' : '');
}

describe('robustness', () => {
  it('checks any text without throwing, with every range and every fix inside the text', () => {
    const seeds: FixtureSeed[] = Array.from({ length: 300 }, (_, i) => ({ name: `${i}.txt`, uri: `file:///corpus/${i}.txt`, text: randomSeed(i + 1), expected: [] }));
    for (const { seed, text, findings } of checkCorpus(seeds, defaultConfig())) {
      const lines = new LineMap(text.replace(/^\ufeff/, ''));
      const inside = (position: { line: number; character: number }) =>
        position.line < lines.lineCount && position.character <= lines.lineEnd(position.line) - lines.lineStarts[position.line];
      for (const finding of findings) {
        assert.ok(inside(finding.range.start) && inside(finding.range.end), `${seed.name}: ${finding.rule} range outside the text`);
        for (const fix of finding.fixes) {
          for (const edit of editsOf(fix)) assert.ok(inside(edit.range.start) && inside(edit.range.end), `${seed.name}: "${fix.title}" edits outside the text`);
        }
      }
      const all = findings.flatMap((f) => f.fixes.map(editsOf));
      applyEdits(lines.text, compatibleFixes(all).edits);
    }
  });
});
