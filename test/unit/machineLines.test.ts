import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSeed } from '../../server/src/engine/analyse';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { isMachineLine } from '../../server/src/engine/language/machineLines';
import { TEXTS } from './languageTexts';

describe('isMachineLine', () => {
  it('knows mail, Usenet and HTTP header fields', () => {
    for (const line of ['Path: news.example.com!rutgers!uunet!not-for-mail', 'Xref: news.example.com comp.lang.misc:1234', 'Message-ID: <1993Apr2.1234@example.edu>', 'NNTP-Posting-Host: host.example.edu', 'X-Newsreader: TIN [version 1.1 PL8]', 'Subject: Re: what the polls got wrong']) {
      assert.ok(isMachineLine(line), line);
    }
  });

  it('knows lines made of host names, bang paths, URLs and addresses', () => {
    for (const line of ['news.example.com!rutgers!uunet!cs.utexas.edu!not-for-mail', 'https://example.org/news/2020/08/15/article.html', 'jdoe@example.edu (John Doe)', 'www.example.com | www.example.org']) {
      assert.ok(isMachineLine(line), line);
    }
  });

  it('leaves prose alone, addresses and labels inside it too', () => {
    for (const line of ['The U.S. economy grew by 3.5% in the third quarter, the report at www.example.gov said.', 'Lukasjenko: – Putin skal bidra til å sørge for sikkerhet', 'Sanksjoner', 'Date palms grow in the desert.']) {
      assert.ok(!isMachineLine(line), line);
    }
  });

  it('keeps them out of the seed’s language', () => {
    const prose = `${TEXTS.en.join('\n\n')}\n`;
    const header = 'Path: news.example.com!rutgers!uunet!cs.utexas.edu!sun-barr!olivea!decwrl!pa.dec.com!news.example.org!not-for-mail\nXref: news.example.com comp.lang.misc:1234 comp.compilers:5678\nnews.example.com!rutgers!uunet!cs.utexas.edu!sun-barr!olivea!decwrl\n\n';
    assert.deepEqual(analyseSeed(header + prose, defaultConfig()).language, analyseSeed(prose, defaultConfig()).language);
  });
});
