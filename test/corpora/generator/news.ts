import { commentStamp, isoDate, later, mailDate, type Moment } from './dates';
import { englishHeadline, englishName, englishParagraph, englishQuote, FIRST_NAMES, TOWNS } from './english';
import { norwegianHeadline, norwegianName, norwegianParagraph, norwegianQuote, NORWEGIAN_PLACES } from './norwegian';
import type { Random } from '../random';
import { otherSite, sitesIn, type Site } from './sites';
import { fareList, leagueTable, specSheet, timetable } from './tables';
import { slug } from './text';

/** A scraped news or blog page: the article, and the site whose chrome surrounds it. */
export interface Article {
  site: Site;
  section: string;
  title: string;
  author: string;
  moment: Moment;
  /** Blocks of lines: a paragraph is one line, a table several. */
  body: string[][];
  caption?: string;
  /** The page was saved with its HTTP response header. */
  httpHeader: boolean;
  /** A curator already cleaned it: front matter, no chrome. */
  curated: boolean;
  /** Titles of the site's other articles, for its related-links chrome. */
  related: string[];
}

const PRODUCT_TITLES = ['ZEPHYR X2', 'NORDVIK R8', 'AURORA S5', 'KESTREL 7', 'LUMEN PRO 14', 'ORCA BUDS', 'TALON 5G', 'PIXELMATE 3'];
const CAPTIONS_EN = ['Crews at the scene on Tuesday morning', 'The harbour at low tide', 'Protesters outside the town hall', 'The old station building', 'Councillors at Wednesday\'s meeting'];
const CAPTIONS_NB = ['Mannskaper på stedet tirsdag morgen', 'Havna ved fjære sjø', 'Demonstranter utenfor rådhuset', 'Den gamle stasjonsbygningen'];
const USERNAMES = ['islandmum84', 'Pete_W', 'techgrandpa', 'Marta K.', 'harbourwatcher', 'jb1970', 'Not_A_Bot', 'Sue from Ashcombe', 'ferryfan', 'grumpy_cyclist'];
const COMMENTS = [
  'Another year, another rise. When do the sailings get more reliable?',
  'Still cheaper than it was ten years ago, if you do the sums.',
  'Has anyone on the council actually been down there at rush hour?',
  'Great news, about time something was done.',
  'I will believe it when I see it.',
  'My street has been waiting for this since 2015.',
  'The photo makes it look far nicer than it is.',
  'Removable battery in this day and age, I never thought I would see it.',
  'Does anyone know if the old timetable still applies at weekends?',
];

const ENGLISH_SITES = sitesIn('en');
const NORWEGIAN_SITES = sitesIn('nb');

/** A fresh article on a random site of `lang`. */
export function createArticle(r: Random, moment: Moment, lang: 'en' | 'nb', related: (site: Site) => string[]): Article {
  const site = r.pick(lang === 'en' ? ENGLISH_SITES : NORWEGIAN_SITES);
  const english = lang === 'en';
  const paragraphCount = r.int(7, 15);
  const body: string[][] = [];
  for (let i = 0; i < paragraphCount; i++) {
    body.push([english ? (r.chance(0.25) ? englishQuote(r) : englishParagraph(r)) : r.chance(0.3) ? norwegianQuote(r) : norwegianParagraph(r)]);
  }
  if (site.name === 'Gadget Shed') body.splice(r.int(1, body.length), 0, specSheet(r));
  else if (r.chance(0.15)) {
    const [from, to] = r.sample(english ? TOWNS : NORWEGIAN_PLACES, 2);
    body.splice(r.int(1, body.length), 0, r.pick([() => timetable(r, from, to, lang), () => fareList(r, lang), () => (english ? leagueTable(r) : fareList(r, lang))])());
  }
  const title = site.name === 'Gadget Shed' && r.chance(0.4) ? r.pick(PRODUCT_TITLES) : english ? englishHeadline(r) : norwegianHeadline(r);
  const caption = r.chance(0.08) ? (english ? `${r.pick(CAPTIONS_EN)}. Photo: ${englishName(r)}` : `${r.pick(CAPTIONS_NB)}. Foto: ${norwegianName(r)} / NTB`) : undefined;
  return { site, section: r.pick(site.sections), title, author: english ? englishName(r) : norwegianName(r), moment, body, caption, httpHeader: r.chance(0.03), curated: r.chance(0.08), related: related(site) };
}

/** The same article as another site publishes it a little later: other chrome, same text. */
export function syndicate(article: Article, r: Random, related: (site: Site) => string[]): Article {
  const site = otherSite(article.site, r);
  return { ...article, site, section: r.pick(site.sections), moment: later(article.moment, r.int(5, 240)), caption: undefined, httpHeader: false, curated: false, related: related(site) };
}

export function renderArticle(article: Article, r: Random): string {
  const { site } = article;
  if (article.curated) return renderCurated(article);
  const lines: string[] = [];
  if (article.httpHeader) lines.push('HTTP/1.1 200 OK', `Date: ${mailDate(later(article.moment, r.int(60, 5000)))}`, 'Server: nginx', 'Content-Type: text/html; charset=utf-8', 'Cache-Control: max-age=300', '');
  if (article.caption) lines.push(article.caption);
  lines.push(...site.top(article.section));
  const title = site.title(article.title, article.section);
  if (title) lines.push(title);
  lines.push(...site.underTitle(article.author, article.moment, article.section));
  if (site.sentencePerLine) {
    // One sentence per line, each with a trailing space, and no blank lines: a blog's habit.
    for (const block of article.body) for (const line of block) lines.push(...line.split(/(?<=[.!?]"?) (?=[A-Z"])/).map((sentence) => `${sentence} `));
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  const advertAt = site.advert ? r.int(1, article.body.length - 1) : -1;
  article.body.forEach((block, i) => {
    if (i === advertAt) lines.push(site.advert!, '');
    lines.push(...block, '');
  });
  if (site.related && article.related.length > 0) lines.push(...site.related(article.related), '');
  if (site.comments && r.chance(0.7)) lines.push(...comments(article.moment, r), '');
  lines.push(...site.footer(article.moment));
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function renderCurated(article: Article): string {
  const header = ['---', `title: ${JSON.stringify(article.title)}`, `date: ${isoDate(article.moment)}`, `lang: ${article.site.lang}`, `source: ${article.site.name}`, `url: https://example.org/${slug(article.title, 8)}`, '---'];
  return `${[...header, ...article.body.flatMap((block) => [...block, ''])].join('\n').trimEnd()}\n`;
}

function comments(moment: Moment, r: Random): string[] {
  const count = r.int(1, 6);
  const lines = [`${count + r.int(0, 20)} comments`, ''];
  let stamp = moment;
  for (const comment of r.sample(COMMENTS, count)) {
    stamp = later(stamp, r.int(3, 600));
    lines.push(r.chance(0.2) ? `${r.pick(FIRST_NAMES)} ${r.pick(['K.', 'B.', 'in Leeds', 'from Carrow'])}` : r.pick(USERNAMES), commentStamp(stamp), comment, 'Reply', '');
  }
  lines.push('Leave a Reply', 'Your email address will not be published. Fields marked * are required', 'Comment', 'Name *', 'Email *', 'Post Comment');
  return lines;
}
