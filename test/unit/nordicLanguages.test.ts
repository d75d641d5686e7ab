import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LANGUAGES } from '../../server/src/protocol/configFile';
import { detectLanguage } from '../../server/src/engine/language/detectLanguage';
import { languageChoices } from '../../server/src/engine/language/languageChoices';
import { voteNordic } from '../../server/src/engine/language/nordicMarkers';
import { TEXTS } from './languageTexts';

const NORDIC = ['nb', 'nn', 'da'];

describe('Bokmål, Nynorsk and Danish', () => {
  for (const lang of ['nb', 'nn', 'da'] as const) {
    it(`reads each ${lang} paragraph as ${lang}`, () => {
      for (const text of TEXTS[lang]) assert.equal(detectLanguage(text, DEFAULT_LANGUAGES).lang, lang, text);
    });
  }

  it('does not count the Bokmål conjunction "at" as Danish', () => {
    assert.equal(voteNordic('Han sier at det er sant, og at de vet at hun kommer etter jul.', NORDIC)?.lang, 'nb');
  });

  it('calls a lead clear only when the winner has two more marker words than the runner-up, and a quarter more', () => {
    assert.deepEqual(voteNordic('ikkje eg kva ho', NORDIC), { lang: 'nn', clear: true });
    assert.deepEqual(voteNordic('ikkje mye', NORDIC), { lang: 'nb', clear: false }, 'one each: a tie goes to the first, unclear');
    assert.deepEqual(voteNordic('ikkje eg mye', NORDIC), { lang: 'nn', clear: false });
    // "av" is Bokmål and Nynorsk, "mye" Bokmål only.
    assert.deepEqual(voteNordic('av av av mye mye', NORDIC), { lang: 'nb', clear: true }, '5 to 3');
    assert.deepEqual(voteNordic(`${'av '.repeat(9)}mye mye`, NORDIC), { lang: 'nb', clear: false }, '11 to 9');
    assert.equal(voteNordic('the council met on Monday', NORDIC), undefined);
  });

  it('settles on Bokmål in a longer Bokmål text, though Bokmål and Nynorsk share many marker words', () => {
    const seed = [...TEXTS.nb, ...TEXTS.nb].join('\n\n');
    assert.deepEqual([detectLanguage(seed, DEFAULT_LANGUAGES).lang, detectLanguage(seed, DEFAULT_LANGUAGES).settled], ['nb', true]);
  });

  it('votes only among the languages detection allows', () => {
    assert.equal(voteNordic('ikkje eg kva ho sier', ['nb', 'da'])?.lang, 'nb');
  });
});

describe('languageChoices', () => {
  const detected = (lang: string, settled: boolean, confident = true) => ({
    lang,
    confident,
    settled,
    candidates: [{ lang: 'nb', score: 1 }, { lang: 'da', score: 0.99 }, { lang: 'nn', score: 0.98 }, { lang: 'sv', score: 0.9 }],
  });

  it('prefers the detected language when detection is settled, and offers the others of its group', () => {
    assert.deepEqual(languageChoices(detected('nb', true)), [{ lang: 'nb', preferred: true }, { lang: 'da', preferred: false }, { lang: 'nn', preferred: false }]);
  });

  it('prefers nothing when the choice within the group is unclear, and offers Bokmål and Nynorsk on a seed read as Danish', () => {
    assert.deepEqual(languageChoices(detected('da', false)), [{ lang: 'da', preferred: false }, { lang: 'nb', preferred: false }, { lang: 'nn', preferred: false }]);
  });

  it('offers nothing without a confident answer, and no runner-up from another group', () => {
    assert.deepEqual(languageChoices(detected('nb', false, false)), []);
    const english = { lang: 'en', confident: true, settled: true, candidates: [{ lang: 'en', score: 1 }, { lang: 'fr', score: 0.97 }] };
    assert.deepEqual(languageChoices(english), [{ lang: 'en', preferred: true }]);
  });
});
