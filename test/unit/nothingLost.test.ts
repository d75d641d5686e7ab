import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixSeed } from '../../server/src/cli/fixSeed';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { comparableLine, linesLost } from '../../server/src/engine/textKept';

/**
 * Lines of the kinds that differ only in numbers or repeat legitimately: results, prices, recipe
 * lists, tables, time stamps, phone numbers. A fix that treats two of them as one loses text.
 */
const numbered = fc.oneof(
  fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)).map(([game, a, b]) => `Gm ${game}: Harbour Rovers ${a}, Bay City ${b}`),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([kr, øre]) => `Price per ticket for the ferry: ${kr},${String(øre).padStart(2, '0')} kr`),
  fc.constantFrom('1/3 cup brown sugar for the cake', '½ cup brown sugar for the cake', '1/2 cup brown sugar for the cake', '2 cups brown sugar for the cake'),
  fc.tuple(fc.nat(23), fc.nat(59)).map(([h, m]) => `Posted at ${h}:${String(m).padStart(2, '0')} by harbourfan in the comments`),
  fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `| Bergen | ${a} | ${b} | sold out |`),
  fc.nat(9999).map((n) => `Phone: +47 55 ${String(n).padStart(4, '0')} 00, fax: +47 55 ${String(n).padStart(4, '0')} 01`),
  fc.tuple(fc.constantFrom('-', '*', '1.', '2.'), fc.nat(20)).map(([bullet, n]) => `${bullet} ${n} litres of water for the soup pot`),
);

const prose = fc.constantFrom(
  'The ferry sailed again on Tuesday after five months in dock.',
  'Fergen gikk igjen tirsdag etter fem måneder i tørrdokk, sier rederiet.',
  'THE FERRY SAILED AGAIN ON TUESDAY AFTER FIVE MONTHS IN DOCK!',
  'Tickets cost the same as last year, the operator says.',
  'Advertisement',
  'Konklusjon',
);

const noise = fc.oneof(fc.constant(''), fc.constant(''), fc.constant('   '), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** A seed of such lines, some repeated with other spacing, with CRLF or LF, a BOM or not, front matter or not. */
const seedText = fc
  .record({
    lines: fc.array(fc.oneof(numbered, prose, noise), { minLength: 1, maxLength: 40 }),
    repeats: fc.array(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\t')), { maxLength: 10 }),
    frontMatter: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ lines, repeats, frontMatter, crlf, bom, finalNewline }) => {
    const all = [...lines];
    for (const [at, spacing] of repeats) all.splice(at % (all.length + 1), 0, `${spacing}${lines[at % lines.length]}${spacing}`);
    const header = frontMatter ? ['---', 'title: Harbour notes', 'lang: en', '---'] : [];
    const eol = crlf ? '\r\n' : '\n';
    return (bom ? '\uFEFF' : '') + [...header, ...all].join(eol) + (finalNewline ? eol : '');
  });

function fixOnce(text: string): { text: string; fixes: number } {
  const corpus = new Corpus({ folder: '/corpus', config: defaultConfig(), configProblems: [] });
  const uri = 'file:///corpus/seed.txt';
  const fixed = fixSeed(corpus, uri, corpus.update(uri, text).seed);
  return { text: fixed.text, fixes: fixed.fixes };
}

describe('nothing lost by the safe fixes (check --fix, fix-all)', () => {
  it('keeps every non-blank line of a seed somewhere in the result, up to whitespace; a second run fixes nothing', () => {
    fc.assert(
      fc.property(seedText, (text) => {
        const once = fixOnce(text);
        assert.deepEqual(linesLost(text.replace(/^\uFEFF/, ''), once.text.replace(/^\uFEFF/, '')), []);
        assert.equal(once.text.startsWith('\uFEFF'), text.startsWith('\uFEFF'), 'the BOM is kept');
        assert.equal(fixOnce(once.text).fixes, 0, 'fix-all is idempotent');
      }),
      { numRuns: 400 },
    );
  });

  it('deletes a repeated line that stands verbatim elsewhere, but never one that differs in a number', () => {
    const text = 'Results\n\nGm 1: Harbour Rovers 3, Bay City 2\n\nGm 2: Harbour Rovers 5, Bay City 4\n\nThe ferry sailed again on Tuesday after five months in dock.\n\nThe ferry sailed again on Tuesday after five months in dock.\n';
    const { text: fixed } = fixOnce(text);
    assert.match(fixed, /Gm 1: Harbour Rovers 3, Bay City 2/);
    assert.match(fixed, /Gm 2: Harbour Rovers 5, Bay City 4/);
    assert.equal(fixed.split('The ferry sailed').length - 1, 1, 'the verbatim repeat is deleted once');
  });

  it('keeps a repeat that differs in case or punctuation: it is reported, but deleting it is not safe', () => {
    const text = 'Ferry notes\n\nThe ferry sailed again on Tuesday after five months in dock.\n\nTHE FERRY SAILED AGAIN ON TUESDAY AFTER FIVE MONTHS IN DOCK!\n';
    assert.equal(fixOnce(text).text, text);
  });

  it('keeps a list item or table row that repeats: the same ingredient in two lists is not deleted unasked', () => {
    const text = 'Cake\n\nFor the cake:\n\n- 1 cup brown sugar, packed\n- 2 cups flour\n\nFor the topping:\n\n- 1 cup brown sugar, packed\n- 1/2 cup butter\n';
    assert.equal(fixOnce(text).text, text);
  });

  it('compares lines up to whitespace only', () => {
    assert.equal(comparableLine('  a\t b  '), 'a b');
    assert.deepEqual(linesLost('a\n b \nc', 'a\nb'), ['c']);
  });
});
