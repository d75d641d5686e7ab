import { americanLongDate, englishDate, norwegianLongDate, norwegianNumericDate, usDate, type Moment } from './dates';
import type { Random } from '../random';
import { pad2 } from './text';

/**
 * Invented news and blog sites: each wraps an article in its own chrome, so that pages of one site
 * share menus and footers and one article on two sites differs only in chrome.
 */
export interface Site {
  name: string;
  lang: 'en' | 'nb';
  sections: string[];
  /** Lines before the title: menus, breadcrumbs. */
  top: (section: string) => string[];
  /** The title line as the site prints it. */
  title: (title: string, section: string) => string;
  /** Lines right after the title: section trails, bylines, dates, share bars. */
  underTitle: (author: string, moment: Moment, section: string) => string[];
  /** A one-line interruption of the body, if the site shows ads. */
  advert?: string;
  /** Links to other articles of the site, after the body. */
  related?: (titles: string[]) => string[];
  /** Comments under the article. */
  comments: boolean;
  footer: (moment: Moment) => string[];
  /** Writes one sentence per line with a trailing space: a formatting habit some blogs have. */
  sentencePerLine?: boolean;
}

const clock = (m: Moment) => `${pad2(m.hour)}:${pad2(m.minute)}`;
const amPm = (m: Moment) => `${m.hour % 12 || 12}:${pad2(m.minute)} ${m.hour < 12 ? 'AM' : 'PM'}`;

export const SITES: readonly Site[] = [
  {
    name: 'The Harbour Post',
    lang: 'en',
    sections: ['Local', 'Politics', 'Business', 'Transport'],
    top: (section) => ['Skip to content', 'The Harbour Post', 'Menu', 'Search', `1. Home 2. News 3. ${section}`],
    title: (title) => title,
    underTitle: (author, m, section) => [`News | ${section}`, `By ${author}`, `Published ${englishDate(m)}, ${clock(m)}`, 'Share this article', 'Facebook Twitter Email'],
    advert: 'Advertisement',
    related: (titles) => ['Related articles', ...titles, '', 'Most read', ...titles.map((title, i) => `${i + 1}. ${title}`)],
    comments: false,
    footer: (m) => ['About us', 'Contact', 'Advertise with us', 'Terms of use', 'Privacy policy', `© ${m.year} The Harbour Post. All rights reserved.`],
  },
  {
    name: 'Valley Courier',
    lang: 'en',
    sections: ['Regional', 'Business', 'Politics'],
    top: (section) => ['VALLEY COURIER', `Home › News › ${section}`],
    title: (title, section) => `${title} | ${section} | Valley Courier`,
    underTitle: (_author, m) => [`Posted ${amPm(m)}, ${americanLongDate(m)} by Valley Courier Staff`, 'Share on Facebook   Share on Twitter   Email this story'],
    comments: true,
    footer: () => ['Valley Courier | About | Contact | Privacy'],
  },
  {
    name: 'Northfield Gazette',
    lang: 'en',
    sections: ['Local News', 'Sport', 'Business'],
    top: () => [],
    title: (title, section) => `${title} | ${section} | Northfield Gazette`,
    underTitle: () => [],
    advert: 'Advertisement',
    comments: false,
    footer: () => ['Read more articles on Local News', '', 'Northfield Gazette, 4 Mill Lane, Northfield', 'News tips: 01632 960 412'],
  },
  {
    name: 'Eastport Echo',
    lang: 'en',
    sections: ['News'],
    top: () => [],
    title: (title) => title,
    underTitle: (author) => [`By ${author}, Eastport Echo`],
    comments: false,
    footer: () => [],
  },
  {
    name: 'Gadget Shed',
    lang: 'en',
    sections: ['Phones', 'Laptops', 'Audio'],
    top: () => [],
    title: (title) => title,
    underTitle: (author, m, section) => [`${americanLongDate(m)} by ${author} in ${section}, Reviews`],
    related: (titles) => ['Share this:', 'Facebook', 'Twitter', 'Reddit', 'Email', '', 'Related', ...titles],
    comments: true,
    footer: (m) => [`© ${m.year} Gadget Shed · Powered by WordPress`],
  },
  {
    name: 'Garden Notes',
    lang: 'en',
    sections: ['Garden'],
    top: () => [],
    title: () => '',
    underTitle: (author, m) => [`Posted on ${usDate(m)} by ${author.split(' ')[0].toLowerCase()}`],
    comments: false,
    footer: () => [],
    sentencePerLine: true,
  },
  {
    name: 'Kystposten',
    lang: 'nb',
    sections: ['Innenriks', 'Lokalt', 'Økonomi'],
    top: (section) => ['Hopp til hovedinnhold', 'Kystposten', 'Meny', 'Søk', `Nyheter › ${section}`],
    title: (title) => title,
    underTitle: (_author, m) => [`Publisert: ${norwegianNumericDate(m)}`, 'NTB', 'Del artikkelen', 'Del på Facebook', 'Del på Twitter', 'Kopier lenke'],
    advert: 'Annonse',
    related: (titles) => [...titles.flatMap((title) => [`Les også: ${title}`, '']), 'Mest lest'],
    comments: false,
    footer: (m) => ['Kystposten', 'Ansvarlig redaktør: Lene Brekke', 'Kystposten arbeider etter Vær Varsom-plakatens regler for god presseskikk.', `© ${m.year} Kystposten AS`],
  },
  {
    name: 'Fjordavisa',
    lang: 'nb',
    sections: ['Innenriks', 'Lokalt'],
    top: () => ['FJORDAVISA', 'Nyheter | Innenriks | Sport | Kultur | Meninger'],
    title: (title) => title,
    underTitle: (_author, m) => [`NTB • ${norwegianLongDate(m)} ${clock(m)}`],
    advert: 'ANNONSE',
    comments: false,
    footer: () => ['Tips oss: 905 55 123', 'Fjordavisa – lokalavisa for Indre Sunnmøre'],
  },
  {
    name: 'Nordlandsnytt',
    lang: 'nb',
    sections: ['Nyheter'],
    top: () => [],
    title: (title) => title,
    underTitle: (author, m) => [`${author}`, `${norwegianNumericDate(m)}`],
    comments: false,
    footer: () => [],
  },
];

export const sitesIn = (lang: Site['lang']): Site[] => SITES.filter((site) => site.lang === lang);

/** Another site of the same language, for a syndicated copy. */
export function otherSite(site: Site, random: Random): Site {
  const others = SITES.filter((other) => other.lang === site.lang && other !== site && !other.sentencePerLine);
  return random.pick(others);
}
