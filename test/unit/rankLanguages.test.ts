import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { francAll } from 'franc';
import { expressions } from 'franc/expressions.js';
import { languageSample } from '../../server/src/engine/language/languageSample';
import { rankLanguages } from '../../server/src/engine/language/rankLanguages';
import { TEXTS } from './languageTexts';

const NORDIC_AND_ENGLISH = ['nob', 'nno', 'dan', 'swe', 'eng', 'sco'];
const ONLY_LISTS = [NORDIC_AND_ENGLISH, ['eng', 'sco'], ['deu', 'fra', 'spa', 'ita', 'nld'], ['rus', 'ukr'], []];

/** franc's answer and rankLanguages' must be the same list, score for score. */
function assertSameRanking(text: string, only: string[], minLength = 20): void {
  assert.deepEqual(rankLanguages(text, only, minLength), francAll(text, { only, minLength }), `different ranking of ${JSON.stringify(text.slice(0, 80))} among [${only}]`);
}

/** Every `.txt` file under the repo's test and example folders: seeds of many shapes and languages. */
function repoTexts(): string[] {
  const root = path.resolve(__dirname, '../../..');
  return ['examples', 'test/fixtures', 'server/src/engine/rules/fixtures'].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
      .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8')),
  );
}

describe('rankLanguages: franc’s ranking, computed faster', () => {
  it('answers as franc does on every seed of the repo, whole, sampled and paragraph by paragraph', () => {
    const texts = repoTexts();
    assert.ok(texts.length > 50, `${texts.length} seeds found`);
    for (const text of texts) {
      for (const part of [text, languageSample(text), ...text.split(/\n\s*\n/)]) assertSameRanking(part, NORDIC_AND_ENGLISH);
    }
  });

  it('answers as franc does on paragraphs in every language, among any languages', () => {
    for (const paragraphs of Object.values(TEXTS)) for (const paragraph of paragraphs) for (const only of ONLY_LISTS) assertSameRanking(paragraph, only);
  });

  it('answers as franc does on random text of letters, digits, punctuation, white space and other scripts', () => {
    const pieces = ['the ', 'og ', 'ikkje ', 'å', 'ø', 'Æ', 'ß', 'İ', 'e', 'n', 's', ' ', '  ', '\n', '\t', '\u00a0', '.', ',', '!', '@', '7', '1999', '«', '—', 'ж', 'мир ', '中', 'ا', '😀', 'ﬁ', 'Ⅻ', '\u{10780}'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...ONLY_LISTS), fc.constantFrom(0, 10, 20), (value, only, minLength) => assertSameRanking(value, only, minLength)),
      { numRuns: 3000 },
    );
  });

  it('relies on franc’s script classes sharing no character with the Latin one', () => {
    // A text more than half Latin is then in the Latin script, which is what rankLanguages assumes.
    const latin = new RegExp(`^(?:${expressions.Latin.source})$`);
    const others = Object.entries(expressions)
      .filter(([script]) => script !== 'Latin')
      .map(([script, expression]) => [script, new RegExp(`^(?:${expression.source})$`)] as const);
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCodePoint(codePoint);
      if (!latin.test(character)) continue;
      for (const [script, expression] of others) assert.ok(!expression.test(character), `U+${codePoint.toString(16)} is both Latin and ${script}`);
    }
  });
});
