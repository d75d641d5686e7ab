import { later, type Moment } from './dates';
import { norwegianName, NORWEGIAN_PLACES } from './norwegian';
import type { Random } from '../random';
import { REVIEW_LANGUAGES, type ReviewKind, type ReviewLanguage } from './reviewLanguages';

/** A Scandinavian review: kicker, headline, byline, fact box, body, conclusion, rating. */
export interface Review {
  language: ReviewLanguage;
  kind: ReviewKind;
  site: string;
  /** How the kicker meets the title: fused as scrapers leave it, spaced, or absent. */
  kicker: 'fused' | 'spaced' | 'none';
  subject: string;
  subtitle: string;
  author: string;
  moment: Moment;
  facts: string[];
  paragraphs: string[];
  conclusion: string;
  prosAndCons: string[];
  rating: string;
}

const BRANDS = ['Nordvik', 'Aurora', 'Fjellmann', 'Kvist', 'Lumo', 'Havbris'];
const VENUES = ['Olavshallen', 'Grieghallen', 'Rockefeller', 'Sentrum Scene', 'Stormen', 'Kulturhuset'];

export function createReview(r: Random, moment: Moment): Review {
  const language = r.pick(REVIEW_LANGUAGES);
  const kind = r.pick<ReviewKind>(['film', 'film', 'book', 'product', 'concert']);
  const title = r.pick(language.titles);
  const subject = {
    film: () => title,
    book: () => norwegianName(r),
    product: () => `${r.pick(BRANDS)} ${String.fromCharCode(65 + r.int(0, 25))}${r.int(2, 12)} ${r.pick(language.productTypes)}`,
    concert: () => `${norwegianName(r)}, ${r.pick(VENUES)}`,
  }[kind]();
  const paragraphs: string[] = [];
  for (let i = r.int(7, 12); i > 0; i--) paragraphs.push(bodyParagraph(r, language, kind, title, paragraphs.length === 0));
  return {
    language,
    kind,
    site: r.pick(language.sites),
    kicker: r.pick(['fused', 'fused', 'fused', 'spaced', 'none']),
    subject,
    subtitle: `${r.pick(language.subtitles)}${r.pick(['', '', '', '…', ` | ${r.pick(language.sites)}`])}`,
    author: norwegianName(r),
    moment,
    facts: factBox(r, language, kind, subject, title),
    paragraphs,
    conclusion: `${r.pick(language.verdicts)} ${craft(r, language)}`,
    prosAndCons: kind === 'product' ? [language.pros, ...r.sample(language.prosList, 2), language.cons, ...r.sample(language.consList, 2)] : [],
    rating: language.rating(r),
  };
}

/** The same review printed by another paper of the group, a little later. */
export function republishReview(review: Review, r: Random): Review {
  return { ...review, site: r.pick(review.language.sites.filter((site) => site !== review.site)), kicker: r.pick(['fused', 'spaced']), moment: later(review.moment, r.int(30, 2000)) };
}

export function renderReview(review: Review): string {
  const { language, kind } = review;
  const label = language.kickers[kind];
  const named = kind === 'film' ? `«${review.subject}»` : kind === 'book' ? `${review.subject}:` : review.subject;
  const kicker = review.kicker === 'fused' ? `${label}:${named}` : review.kicker === 'spaced' ? `${label}: ${named}` : named;
  const lines = [kicker, review.subtitle, `${language.by} ${review.author}`, language.published(review.moment), ...review.facts, ''];
  for (const paragraph of review.paragraphs) lines.push(paragraph, '');
  lines.push(language.conclusion, '', review.conclusion, '');
  if (review.prosAndCons.length > 0) lines.push(...review.prosAndCons, '');
  lines.push(review.rating, '', `${review.site} – ${language.lang === 'nn' ? 'kultur kvar dag' : 'kultur hver dag'}`);
  return `${lines.join('\n')}\n`;
}

function factBox(r: Random, language: ReviewLanguage, kind: ReviewKind, subject: string, title: string): string[] {
  switch (kind) {
    case 'film': {
      const labels = language.filmLabels;
      const cast = [norwegianName(r), norwegianName(r), norwegianName(r)].join(', ');
      return [labels.director, norwegianName(r), labels.cast, cast, labels.age, language.ageValue(r), labels.length, language.lengthValue(r), labels.premiere, language.premiereValue(r)];
    }
    case 'book':
      return ['', subject.replace(/:$/, ''), `«${title}»`, language.novel, `${language.publisher} ${r.pick(NORWEGIAN_PLACES)}`, `${r.int(120, 640)} ${language.pages}`, language.price(r.int(19, 59) * 10 - 1)];
    case 'product':
      return ['', language.price(r.int(5, 150) * 100 - 10), ...language.productSpecs(r)];
    case 'concert':
      return ['', language.rating(r)];
  }
}

function craft(r: Random, language: ReviewLanguage): string {
  return `${r.pick(language.aspects)} ${r.pick(language.judgements)}, ${r.pick(language.qualifiers)}.`;
}

function bodyParagraph(r: Random, language: ReviewLanguage, kind: ReviewKind, title: string, first: boolean): string {
  const sentences: string[] = [];
  if (kind === 'product') {
    for (let i = r.int(2, 4); i > 0; i--) sentences.push(`${r.pick(language.productParts)} ${r.pick(language.productJudgements)}${r.chance(0.5) ? (language.lang === 'da' ? ` efter ${r.int(2, 30)} dage` : ` etter ${r.int(2, 30)} dager`) : ''}.`);
    return sentences.join(' ');
  }
  if (kind === 'concert') {
    for (let i = r.int(2, 3); i > 0; i--) sentences.push(`${r.pick(language.concertOpeners)} ${r.pick(language.concertEvents)}.`);
    return sentences.join(' ');
  }
  if (first) sentences.push(language.about(title, r.pick(language.premises)));
  if (kind === 'film' && r.chance(0.6)) sentences.push(language.acting(norwegianName(r), r));
  for (let i = r.int(3, 6); i > 0; i--) sentences.push(craft(r, language));
  return sentences.join(' ');
}
