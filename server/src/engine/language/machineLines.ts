/**
 * Lines written for machines, not readers: mail, Usenet and HTTP header fields (`Path:`,
 * `Xref:`, `Message-ID:` …) and lines made mostly of addresses (URLs, e-mail addresses, host
 * names and UUCP bang paths such as `news.example.com!rutgers!uunet`). They are in no language,
 * and franc, reading their trigrams, names one at random: language detection leaves them out.
 */
const HEADER_FIELD =
  /^(?:path|xref|newsgroups|from|to|cc|subject|date|message-id|references|in-reply-to|sender|reply-to|followup-to|organi[sz]ation|lines|distribution|keywords|summary|approved|expires|nntp-posting-host|nntp-posting-date|article-i\.d\.|mime-version|content-type|content-transfer-encoding|content-length|user-agent|host|x-[a-z0-9-]+)\s*:/i;
/** A word that is a URL, an e-mail address, or a name of three or more parts joined by dots or `!`. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^@]+@[\w-]+\.\w|^[\w-]+(?:[.!][\w-]+){2,}/i;
/** Characters at or below the space separate words. */
const SPACE = 0x20;
/** An address holds one of `.`, `!`, `@` or `/`. */
const isAddressPunctuation = (code: number) => code === 0x2e || code === 0x21 || code === 0x40 || code === 0x2f;
/** A line whose addresses cover at least this share of its visible characters is made of them. */
const ADDRESS_SHARE = 0.5;

export function isMachineLine(line: string): boolean {
  const text = line.trim();
  if (HEADER_FIELD.test(text)) return true;
  let visible = 0;
  let addressed = 0;
  let wordStart = -1;
  // Most words of prose hold no address punctuation: only the others meet the costlier pattern.
  let punctuated = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : SPACE;
    if (code > SPACE) {
      if (wordStart < 0) wordStart = index;
      punctuated ||= isAddressPunctuation(code);
      continue;
    }
    if (wordStart < 0) continue;
    visible += index - wordStart;
    if (punctuated && ADDRESS.test(text.slice(wordStart, index))) addressed += index - wordStart;
    wordStart = -1;
    punctuated = false;
  }
  return visible > 0 && addressed / visible >= ADDRESS_SHARE;
}

/** The passages a reader reads: machine lines left out. */
export function proseOf<P extends { text: string }>(passages: readonly P[]): P[] {
  return passages.filter((passage) => !isMachineLine(passage.text));
}
