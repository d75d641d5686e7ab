/**
 * fast-check generators of seed texts as a scraper leaves them, and worse: any Unicode (lone
 * surrogates, combining marks, right-to-left text, emoji, NUL), every line ending and mixes of
 * them, a BOM, very long lines, a paragraph pasted hundreds of times, numbers and lists, lines
 * that look like headers (front matter, mail and HTTP headers), quoted replies.
 */
import fc from 'fast-check';

/** Characters that have broken text tools before; `fc.string` alone seldom draws them. */
const NASTY_CHARS = [
  '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\u0301', '\u0308', '\u200B', '\u200D', '\u200E', '\u200F',
  '\u202E', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C', '\u00A0', '\u3000', '\u001B', '\t', '\r', '\n', '😀', '👩‍👩‍👧',
  '🇳🇴', 'ﬁ', '½', 'İ', 'ß', 'ǅ', 'א', 'ب', '中', '\u0E33', '>', '-', ':', '#', '*', '|', '©',
];

const nastyChar = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_CHARS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 5, arbitrary: fc.constantFrom(...'aeiou tnsrlETAOIN.,'.split('')) },
);

/** Any string of code units, surrogate halves and line breaks included. */
const anyText = fc.string({ unit: nastyChar, maxLength: 80 });

const PROSE = [
  'The harbour bridge was closed to all traffic on Thursday morning after engineers found cracks in two cables.',
  'Fergen gikk igjen tirsdag etter fem måneder i tørrdokk, sier rederiet til avisen i dag.',
  'Repairs to the western side are expected to last until the summer, according to the roads authority.',
  'THE HARBOUR BRIDGE WAS CLOSED TO ALL TRAFFIC ON THURSDAY MORNING AFTER ENGINEERS FOUND CRACKS IN TWO CABLES!',
  'הגשר נסגר לתנועה ביום חמישי בבוקר לאחר שמהנדסים מצאו סדקים בשני כבלים.',
  'أغلق الجسر أمام حركة المرور صباح الخميس بعد أن وجد المهندسون شقوقا في كابلين.',
  'Cafe\u0301 owners near the pier said the closure cost them half of their customers 😀 this week.',
  'Advertisement',
  'Read more: Harbour news',
  '© 2021 The Valley Courier. All rights reserved.',
];

const prose = fc.constantFrom(...PROSE);

const numbered = fc.oneof(
  fc.tuple(fc.nat(9), fc.nat(9)).map(([a, b]) => `Gm 1: Harbour Rovers ${a}, Bay City ${b}`),
  fc.tuple(fc.constantFrom('-', '*', '1.', '2.', '•'), fc.nat(20)).map(([bullet, n]) => `${bullet} ${n} litres of water for the soup pot`),
  fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `| Bergen | ${a} | ${b} |`),
  fc.integer().map(String),
);

const headerLike = fc.constantFrom(
  '---', '...', 'title: Harbour notes', 'title:', 'date: 2020-02-30', 'date: 2021-03-04', 'date 2020-08 Tekst', 'lang: nb', 'lang: xx',
  'url: javascript:alert(1)', 'url: https://example.org/a b', 'author:', '  - Ann', 'key: [unclosed', 'tags: {a: 1', '"quote',
  'From: Ann <ann@example.org>', 'Subject: Re: the bridge', 'Date: Tue, 1 Mar 2022 10:00:00 +0000', 'Newsgroups: no.general',
  'HTTP/1.1 200 OK', 'Content-Type: text/html', 'Home › News › Local', 'Foto: NTB', 'Les også: mer', 'BREAKING NEWS',
);

const quoted = fc.tuple(fc.constantFrom('> ', '>> ', '>', '> > '), fc.oneof(prose, anyText)).map(([mark, line]) => mark + line);

const longLine = fc.tuple(fc.constantFrom('word ', 'x', '😀', 'a\u0301', '\uD800'), fc.integer({ min: 500, max: 12_000 })).map(([piece, times]) => piece.repeat(times));

const line = fc.oneof(
  { weight: 6, arbitrary: prose },
  { weight: 4, arbitrary: anyText },
  { weight: 3, arbitrary: numbered },
  { weight: 3, arbitrary: headerLike },
  { weight: 2, arbitrary: quoted },
  { weight: 4, arbitrary: fc.constantFrom('', '', ' ', '\t', '   ') },
  { weight: 1, arbitrary: longLine },
);

/** A long line pasted hundreds of times makes megabytes: the checks are linear, but the suite has a time budget. */
const MAX_PASTED_CHARS = 60_000;

const eol = fc.constantFrom('\n', '\r\n', '\r');

/**
 * Lines joined with one ending or a mix, a paragraph pasted up to `maxPasted` times perhaps (by
 * default past `MAX_FINDINGS_PER_RULE`, where findings are summarised), a BOM perhaps.
 */
export function hostileSeedOf({ maxPasted = 240 } = {}): fc.Arbitrary<string> {
  return fc
  .record({
    lines: fc.array(line, { maxLength: 40 }),
    endings: fc.oneof(eol.map((one) => [one]), fc.array(eol, { minLength: 1, maxLength: 5 })),
    pasted: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 2, max: maxPasted })), { freq: 6 }),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
  })
  .map(({ lines, endings, pasted, bom, finalEol }) => {
    const all = [...lines];
    if (pasted && all.length > 0) {
      const paragraph = all[pasted[0] % all.length];
      const times = Math.min(pasted[1], Math.ceil(MAX_PASTED_CHARS / (paragraph.length + 1)));
      all.push(...Array.from({ length: times }, () => ['', paragraph]).flat());
    }
    const text = all.map((text, i) => text + (i < all.length - 1 || finalEol ? endings[i % endings.length] : '')).join('');
    return (bom ? '\uFEFF' : '') + text;
  });
}

export const hostileSeed = hostileSeedOf();

/**
 * Seeds that share paragraphs and lines, so the corpus rules (duplicates across seeds, whole
 * duplicate seeds, boilerplate by repetition) have something to find.
 */
export function sharingSeedOf(own = hostileSeed): fc.Arbitrary<string> {
  return fc
  .tuple(fc.subarray(PROSE, { minLength: 1 }), own, fc.boolean())
  .map(([shared, own, first]) => {
    const common = shared.join('\n\n');
    return first ? `${common}\n\n${own}` : `${own}\n\n${common}`;
  });
}

export const sharingSeed = sharingSeedOf();

/** Whether a split between `text[offset - 1]` and `text[offset]` cuts a surrogate pair in two. */
export function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
