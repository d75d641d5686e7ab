import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldOf } from '../../server/src/engine/model';
import { parseSeed } from '../../server/src/engine/parse/parseSeed';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('parseSeed', () => {
  it('reads front matter with the exact ranges of each key and value', () => {
    const text = '---\ntitle: Fergen er tilbake\ndate: 2023-05-02\nlang: nb\nsection: lokalt\n---\nFergen gikk igjen tirsdag.\n';
    const seed = parseSeed(text);
    assert.equal(seed.header.kind, 'front-matter');
    assert.deepEqual(seed.header.fields.map((f) => [f.key, f.value]), [['title', 'Fergen er tilbake'], ['date', '2023-05-02'], ['lang', 'nb'], ['section', 'lokalt']]);
    const date = fieldOf(seed.header, 'date')!;
    assert.equal(slice(text, date.keySpan), 'date');
    assert.equal(slice(text, date.valueSpan), '2023-05-02');
    assert.equal(seed.title?.text, 'Fergen er tilbake');
    assert.equal(seed.title?.from, 'header');
    assert.equal(slice(text, { start: seed.bodyStart, end: text.length }), 'Fergen gikk igjen tirsdag.\n');
  });

  it('keeps a date written as a YAML timestamp as the curator wrote it', () => {
    const seed = parseSeed('---\ndate: 2020-08-15T09:30:00Z\n---\nText.\n');
    assert.equal(fieldOf(seed.header, 'date')?.value, '2020-08-15T09:30:00Z');
  });

  it('reads a legacy header and finds body text fused to it', () => {
    const text = ' date 2021-03 Regjeringen la fram forslaget fredag.\n\nMer tekst her.';
    const seed = parseSeed(text);
    assert.equal(seed.header.kind, 'legacy');
    assert.equal(fieldOf(seed.header, 'date')?.value, '2021-03');
    assert.equal(slice(text, { start: seed.header.fused!.bodyStart, end: text.indexOf('\n') }), 'Regjeringen la fram forslaget fredag.');
    assert.equal(seed.passages[0].text, 'Regjeringen la fram forslaget fredag.');
    assert.equal(seed.title, undefined);
  });

  it('takes a headline on the first line as the title, and short lines between paragraphs as subheadings', () => {
    const text = 'Ferry returns after repairs\n\nThe ferry carried its first passengers on Tuesday.\n\nNew engines\n\nEngineers replaced both engines over the winter.\n';
    const seed = parseSeed(text);
    assert.equal(seed.title?.text, 'Ferry returns after repairs');
    assert.equal(seed.title?.from, 'first-line');
    assert.deepEqual(seed.blocks.map((b) => [b.kind, slice(text, b.span)]), [
      ['paragraph', 'The ferry carried its first passengers on Tuesday.'],
      ['subheading', 'New engines'],
      ['paragraph', 'Engineers replaced both engines over the winter.'],
    ]);
  });

  it('reads a byline under the headline as a byline, never a subheading, in English and Norwegian', () => {
    const english = 'Ferry returns after repairs\nBy Jane Smith\n\nThe ferry carried its first passengers on Tuesday.\n\nNew engines\n\nEngineers replaced both engines.\n';
    assert.deepEqual(parseSeed(english).blocks.map((b) => [b.kind, slice(english, b.span)]), [
      ['byline', 'By Jane Smith'],
      ['paragraph', 'The ferry carried its first passengers on Tuesday.'],
      ['subheading', 'New engines'],
      ['paragraph', 'Engineers replaced both engines.'],
    ]);
    const norwegian = 'Fergen går igjen\n\n02.05.2023\n\nAv Kari Nordmann og Ola Nordmann\n\nFergen fraktet sine første passasjerer tirsdag.\n\nNye motorer\n\nVerkstedet byttet motorene.\n';
    assert.deepEqual(parseSeed(norwegian).blocks.map((b) => b.kind), ['byline', 'byline', 'paragraph', 'subheading', 'paragraph']);
  });

  it('keeps short lines that only open like a byline, and dates further down, as subheadings', () => {
    const text = 'Fergen går igjen\n\nFergen fraktet sine første passasjerer tirsdag.\n\nAv og til stopper den\n\nMotoren har sviktet to ganger.\n\n3. mai 2023\n\nDa gikk den som den skulle.\n';
    assert.deepEqual(parseSeed(text).blocks.map((b) => [b.kind, slice(text, b.span)]), [
      ['paragraph', 'Fergen fraktet sine første passasjerer tirsdag.'],
      ['subheading', 'Av og til stopper den'],
      ['paragraph', 'Motoren har sviktet to ganger.'],
      ['subheading', '3. mai 2023'],
      ['paragraph', 'Da gikk den som den skulle.'],
    ]);
  });

  it('makes each line a paragraph when the seed has no blank lines', () => {
    const seed = parseSeed('The first sentence stands alone.\nThe second one too.\nAnd a third.\n');
    assert.equal(seed.blocks.length, 3);
    assert.ok(seed.blocks.every((b) => b.kind === 'paragraph'));
  });

  it('joins hard-wrapped lines into one passage but keeps repeated lines apart', () => {
    const wrapped = parseSeed('Title here\n\nThis sentence was wrapped\nby the scraper at a fixed width.\n');
    assert.deepEqual(wrapped.passages.filter((p) => !p.isTitle).map((p) => p.words.length), [11]);
    const repeated = parseSeed('Title here\n\nA caption. Photo: Ann Lee\nA caption. Photo: Ann Lee\n');
    assert.equal(repeated.passages.filter((p) => !p.isTitle).length, 2);
  });

  it('finds navigation and captions before the title', () => {
    const text = 'sport\n  1. Home\n  2. Sport\n\nTeam wins the cup\n\nThe team won the cup final on Sunday.\n';
    const seed = parseSeed(text);
    assert.deepEqual(seed.lead.map((l) => [l.kind, l.lines]), [['navigation', [0, 1, 2]]]);
    assert.equal(seed.title?.text, 'Team wins the cup');
    const captioned = parseSeed('The captain lifts the cup. Photo: Per Olsen / NTB\nThe team won the cup final on Sunday.\nFans celebrated in the streets.\n');
    assert.deepEqual(captioned.lead.map((l) => l.kind), ['caption']);
  });

  it('takes first lines ending in a colon, comma, ellipsis or site name for headlines, but not bylines or wrapped lines', () => {
    const title = (text: string) => parseSeed(text).title?.text;
    assert.equal(title('Three things to know before you vote:\n\nPolls open at seven.\n'), 'Three things to know before you vote:');
    assert.equal(title('Rain, wind, and then more rain…\n\nThe forecast is grim.\n'), 'Rain, wind, and then more rain…');
    assert.equal(title('Bus fares frozen | Transport | Westbay Herald\n\nFares stay as they are.\n'), 'Bus fares frozen');
    assert.equal(title('By Lena Ford\n\nFares stay as they are.\n'), undefined);
    assert.equal(title('By the river, a new ferry quay\n\nWork starts in May.\n'), 'By the river, a new ferry quay');
    assert.equal(title('Posted on 7/23/2012 by gardengal\nThe tomatoes are ripening.\nMore soon.\n'), undefined);
    assert.equal(title('The council said on Thursday that the pool will close at the end\nof the year.\n\nMore soon.\n'), undefined);
  });

  it('sets a fused kicker and a site suffix apart from the title, and continues a title ending in a colon', () => {
    const kicker = parseSeed('Anmeldelse:«Fyrvokteren»\nEt stille drama\n\nFilmen tar seg tid.\n');
    assert.equal(kicker.title?.text, '«Fyrvokteren»');
    assert.equal(kicker.title?.kicker?.text, 'Anmeldelse');
    const review = parseSeed('Film review: The Quiet Harbour\n\nIt takes its time.\n');
    assert.equal(review.title?.kicker?.text, 'Film review');
    assert.equal(parseSeed('Storm Vera: ferries cancelled\n\nAll crossings were cancelled.\n').title?.kicker, undefined);
    assert.equal(parseSeed('Re:Snow tyres\n\nMine are four years old.\n').title?.kicker, undefined);
    const book = parseSeed('Bokanmeldelse:Sigrun Dahl:\nEn sterk debut\n\nSigrun Dahl skriver om en barndom.\n');
    assert.equal(book.title?.text, 'Sigrun Dahl: En sterk debut');
    assert.equal(book.blocks[0].firstLine, 3);
    const suffixed = parseSeed('Bus fares frozen | Transport | Westbay Herald\n\nFares stay as they are.\n');
    assert.deepEqual([suffixed.title?.suffix?.sections.map((s) => s.text), suffixed.title?.suffix?.site.text], [['Transport'], 'Westbay Herald']);
  });

  it('never takes the headline for navigation', () => {
    const kinds = (text: string) => parseSeed(text).lead.map((chrome) => [chrome.where, chrome.lines]);
    assert.deepEqual(kinds('LG G5\nMarch 3, 2016 by Sam Okafor\n\nThe G5 is modular.\n'), []);
    assert.deepEqual(kinds('Anmeldelse:«Is og ild»\nActionfylt, men hul | Filmpuls\n\nFilmen er lang.\n'), []);
    assert.deepEqual(kinds('WESTBAY HERALD\nHome › News\nBus fares frozen\n\nFares stay as they are.\n'), [['before-title', [0]], ['before-title', [1]]]);
    assert.deepEqual(kinds('Home\nRecipes\nRye bread with seeds\nJump to Recipe\nPrint Recipe\n\nI bake it every Sunday.\n'), [['before-title', [0, 1]], ['under-title', [3, 4]]]);
    assert.equal(parseSeed('Home\nNews\nCouncil Budget Approved\n\nThe council approved the budget.\n').title?.text, 'Council Budget Approved');
    assert.equal(parseSeed('Skip to content\n1. Home 2. News 3. Local\nBus fares frozen\n\nFares stay.\n').title?.text, 'Bus fares frozen');
  });

  it('sets a BOM aside and keeps CRLF offsets exact', () => {
    const text = '\ufeff---\r\ntitle: Tittel\r\n---\r\nTekst.\r\n';
    const seed = parseSeed(text);
    assert.equal(seed.hasBom, true);
    assert.equal(seed.lines.eol, '\r\n');
    assert.equal(slice(seed.text, fieldOf(seed.header, 'title')!.valueSpan), 'Tittel');
  });

  it('survives empty, binary-looking and very long input', () => {
    assert.equal(parseSeed('').passages.length, 0);
    assert.ok(parseSeed('\u0000\u0001\u0002').passages.length <= 1);
    const long = parseSeed(`${'word '.repeat(200_000)}\n`);
    assert.equal(long.passages.length, 1);
  });
});
