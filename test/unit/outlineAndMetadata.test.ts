import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSeed } from '../../server/src/engine/analyse';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { NO_CORPUS } from '../../server/src/engine/corpus/corpusFacts';
import { seedMetadata } from '../../server/src/engine/metadata';
import { documentSymbols } from '../../server/src/lsp/symbols';

const config = defaultConfig();
const text = [
  '---',
  'title: Fergen går igjen etter vinteren',
  'date: 2023-05-02',
  'source: Havneposten',
  'section: lokalt',
  '---',
  'Havnefergen fraktet sine første passasjerer for sesongen tirsdag morgen, etter fem måneder i tørrdokk. Mannskapet sier at det var godt å komme ut på fjorden igjen.',
  '',
  'Annonse',
  '',
  'Nye motorer',
  '',
  'Verkstedet byttet begge motorene og hele styringen i løpet av vinteren, opplyser rederiet i en pressemelding. Billettprisene er de samme som i fjor, og rutetidene er ikke endret.',
  '',
].join('\n');

describe('outline and metadata', () => {
  const seed = analyseSeed(text, config);

  it('outlines front matter keys, title, boilerplate and subheadings with their paragraphs', () => {
    const symbols = documentSymbols(seed, config);
    assert.deepEqual(symbols.map((s) => [s.name, s.detail]), [
      ['Front matter', '4 keys'],
      ['Fergen går igjen etter vinteren', 'title'],
      ['Havnefergen fraktet sine første passasjerer for sesongen ti…', 'paragraph'],
      ['Annonse', 'boilerplate'],
      ['Nye motorer', 'subheading'],
    ]);
    assert.deepEqual(symbols[0].children!.map((c) => c.name), ['title', 'date', 'source', 'section']);
    assert.equal(symbols[4].children!.length, 1);
    assert.equal(symbols[4].range.end.line, 12);
  });

  it('gives title, date and its origin, detected language, counts and unknown keys', () => {
    const metadata = seedMetadata({ uri: 'file:///c/a.txt', path: 'a.txt', seed, corpus: NO_CORPUS, findings: [], now: new Date('2026-11-21') });
    assert.deepEqual(metadata.title, { text: 'Fergen går igjen etter vinteren', from: 'header' });
    assert.deepEqual(metadata.date, { value: '2023-05-02', from: 'front matter', precision: 'day', valid: true });
    assert.equal(metadata.language.detected, 'nb');
    assert.equal(metadata.language.confident, true);
    assert.equal(metadata.source, 'Havneposten');
    assert.deepEqual(metadata.fields.find((f) => f.key === 'section'), { key: 'section', value: 'lokalt' });
    assert.equal(metadata.paragraphs, 2);
    assert.ok(metadata.words > 50 && metadata.words < 70, `${metadata.words} words`);
  });
  it('lists a byline and a date under the headline on their own, the article beside them, not under them', () => {
    const outline = (seedText: string) => documentSymbols(analyseSeed(seedText, config), config);
    const english = outline('Ferry returns after repairs\nBy Jane Smith\n\nThe ferry carried its first passengers on Tuesday morning.\n\nNew engines\n\nEngineers replaced both engines over the winter.\n');
    assert.deepEqual(english.map((s) => [s.name, s.detail, s.children!.length]), [
      ['Ferry returns after repairs', 'title', 0],
      ['By Jane Smith', 'byline', 0],
      ['The ferry carried its first passengers on Tuesday morning.', 'paragraph', 0],
      ['New engines', 'subheading', 1],
    ]);
    const norwegian = outline('Fergen går igjen etter vinteren\n\n02.05.2023\n\nAv Kari Nordmann\n\nHavnefergen fraktet sine første passasjerer tirsdag morgen.\n\nNye motorer\n\nVerkstedet byttet begge motorene.\n');
    assert.deepEqual(norwegian.map((s) => [s.name, s.detail, s.children!.length]), [
      ['Fergen går igjen etter vinteren', 'title', 0],
      ['02.05.2023', 'byline', 0],
      ['Av Kari Nordmann', 'byline', 0],
      ['Havnefergen fraktet sine første passasjerer tirsdag morgen.', 'paragraph', 0],
      ['Nye motorer', 'subheading', 1],
    ]);
  });
});
