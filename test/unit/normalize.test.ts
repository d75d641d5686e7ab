import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jaccard, shingleSet } from '../../server/src/engine/fingerprint/shingles';
import fc from 'fast-check';
import { countWords, hash53, hash53OfWords, hasLetter, hasNumber, matchWords, numberMaskKey, READER_WORD } from '../../server/src/engine/text/normalize';

const same = (a: string, b: string) => assert.deepEqual(matchWords(a), matchWords(b), `${a} = ${b}`);
const different = (a: string, b: string) => assert.notDeepEqual(matchWords(a), matchWords(b), `${a} ≠ ${b}`);

describe('matchWords', () => {
  it('ignores case, whitespace, punctuation and Unicode compatibility forms', () => {
    same('Over 7 000 DEMONSTRANTER!', '  over 7\u00a0000 demonstranter ');
    same('“Det var på tide,” sier hun.', '– Det var på tide – sier hun');
    same('Ｔｅａｍ ５', 'team 5');
    same('ﬁnal score: 3–2', 'final score 3-2');
    same('Gm 2: Team 5 Other 4.', 'GM 2 - Team 5, Other 4');
  });

  it('keeps numbers significant', () => {
    different('Gm 2: Team 5 Other 4', 'Gm 1: Team 3 Other 2');
    different('Phone 22 33 44 55', 'Phone 22 33 44 56');
    different('Season ticket NOK 1 450', 'Season ticket NOK 1 540');
    different('Anna wrote at 12:03', 'Anna wrote at 12:04');
    different('played 7 won 5 drawn 1 lost 1', 'played 7 won 4 drawn 2 lost 1');
    different('It cost 1.5 million', 'It cost 15 million');
    different('−5 °C at kick-off', '5 °C at kick-off');
    different('a .45 calibre pistol', 'a 45 calibre pistol');
  });

  it('keeps fractions apart from each other and from whole numbers', () => {
    different('1/3 cup brown sugar', '½ cup brown sugar');
    different('1½ cups of flour', '11/2 cups of flour');
    different('¾ cup', '3/4 4 cup');
    same('½ cup brown sugar', '1/2 cup brown sugar');
    same('½ cup brown sugar', '1⁄2 cup brown sugar');
    same('1½ cups of flour', '1 1/2 cups of flour');
  });

  it('keeps a power apart from the number it raises', () => {
    different('10² square metres', '102 square metres');
    same('10² square metres', '10^2 square metres');
  });

  it('compares digit grouping as written, never equating two different numbers', () => {
    // "7.000" is seven thousand in Norwegian and seven in English; "7 000" may be two table cells.
    different('Over 7.000 demonstranter', 'Over 7 000 demonstranter');
    different('Over 7 000 demonstranter', 'Over 7000 demonstranter');
    different('Over 7.000 demonstranter', 'Over 7000 demonstranter');
  });

  it('finds the same words in a line of ASCII as in one that needs Unicode normalising', () => {
    // A line of ASCII only takes a shorter way; one letter past ASCII sends the same words the long way.
    const ascii = "Gm 2: Team -5, a .45 calibre; 1.5/3 at 12:03, 3-2 and 5'11 ^ 10^2 UPPER lower +7 x.5";
    const words = matchWords(ascii);
    assert.deepEqual(matchWords(`${ascii} \u00e9`), [...words, '\u00e9']);
    assert.deepEqual(words.slice(0, 4), ['gm', '2', 'team', '-5']);
  });

  it('gives passages that differ only in a number different word 5-grams', () => {
    const a = shingleSet(matchWords('Anna wrote at 12:03 on Sunday that the match was the best of the season.'));
    const b = shingleSet(matchWords('Anna wrote at 12:04 on Sunday that the match was the best of the season.'));
    assert.ok(jaccard(a, b) < 1);
    const short = (n: string) => shingleSet(matchWords(`Gm 2: Team ${n} Other 4`));
    assert.equal(jaccard(short('5'), short('6')), 0);
  });
});

/** Words of ASCII and of other scripts, with digits, other numerals (², ½, ٣) and letters mixed. */
const word = fc.array(fc.constantFrom('a', 'Z', '7', '0', '-', "'", 'é', 'ø', '²', '½', '٣', 'ж', '文', '\u{1d7d8}'), { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));

describe('number masks and letter tests read ASCII by code', () => {
  it('numberMaskKey is hash53 of the words joined, each number masked', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        assert.equal(numberMaskKey(words), hash53(words.map((w) => (/\p{N}/u.test(w) ? '#' : w)).join(' ')));
      }),
      { numRuns: 3000 },
    );
  });

  it('hasNumber and hasLetter answer as \\p{N} and \\p{L} do', () => {
    fc.assert(
      fc.property(word, (w) => {
        assert.equal(hasNumber(w), /\p{N}/u.test(w), w);
        assert.equal(hasLetter(w), /\p{L}/u.test(w), w);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Text mixing scripts, numerals, joiners and astral letters (𝟘 is a digit, 𝐀 a letter, 😀 neither). */
const anyText = fc
  .array(fc.constantFrom('a', 'Z', '7', ' ', '-', "'", '’', '.', ',', 'é', 'ø', '²', '½', '٣', 'ж', '文', '\u0301', '\u{1d7d8}', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00'), { maxLength: 30 })
  .map((chars) => chars.join(''));

describe('words read character by character find what the regular expressions find', () => {
  it('countWords counts READER_WORD’s matches in any text', () => {
    fc.assert(
      fc.property(anyText, (text) => assert.equal(countWords(text), text.match(READER_WORD)?.length ?? 0, JSON.stringify(text))),
      { numRuns: 20000 },
    );
  });

  it('hash53OfWords is hash53 of the words joined by spaces', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => assert.equal(hash53OfWords(words), hash53(words.join(' ')))),
      { numRuns: 3000 },
    );
  });
});
