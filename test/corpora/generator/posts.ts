import { later, mailDate, pad2Date, usenetDate, type Moment } from './dates';
import { FIRST_NAMES, SURNAMES } from './english';
import { NORWEGIAN_FIRST_NAMES, NORWEGIAN_SURNAMES } from './norwegian';
import type { Random } from '../random';
import { capitalise, dottedRow, wrap } from './text';

/**
 * Usenet posts and list mail: a header block, hard-wrapped paragraphs, quotes of earlier posts of
 * the same group, game results or price lists, sign-offs and signatures.
 */
export interface Post {
  group: Group;
  author: { name: string; email: string; organisation: string };
  subject: string;
  messageId: string;
  moment: Moment;
  /** The post it answers, when it is a reply. */
  inReplyTo?: Post;
  /** Body lines, wrapped, quotes included. */
  body: string[];
  /** The author's own paragraphs (wrapped lines), which replies quote from. */
  paragraphs: string[][];
  /** Set on a copy that the archive holds twice (crossposted), to vary its transport lines. */
  archiveCopy?: number;
}

interface Group {
  name: string;
  lang: 'en' | 'nb';
  things: string[];
  subjects: string[];
  extra?: (r: Random) => string[];
}

const TEAMS = ['Montreal', 'Quebec', 'Boston', 'Buffalo', 'Pittsburgh', 'New Jersey', 'Toronto', 'Detroit', 'Chicago', 'St. Louis'];
const gameResults = (r: Random) => {
  const lines: string[] = [];
  for (let game = r.int(1, 3), n = r.int(3, 6); n > 0; n--) {
    const [home, away] = r.sample(TEAMS, 2);
    lines.push(`Gm ${game}: ${home} ${r.int(0, 7)}  ${away} ${r.int(0, 7)}${r.chance(0.2) ? ' (OT)' : ''}`);
    if (r.chance(0.4)) game++;
  }
  return lines;
};
const PARTS = ['Alternator, rebuilt', 'Starter motor', 'Radiator, no leaks', 'Front brake calipers (pair)', 'Rear brake calipers (pair)', 'Tail light assembly', 'Roof rack with cross bars', 'Set of 4 steel wheels', 'Owner\'s manual', 'Tow hitch'];
const priceList = (r: Random) => r.sample(PARTS, r.int(3, 7)).map((part) => dottedRow(part, `$${r.int(2, 30) * 5}`));
const ingredients = (r: Random) => {
  const amounts = ['1/4', '1/3', '1/2', '½', '2/3', '1', '1 1/2', '2', '3'];
  return ['flour', 'brown sugar', 'white sugar', 'butter, softened', 'rolled oats', 'raisins', 'milk'].slice(0, r.int(4, 7)).map((item) => `${r.pick(amounts)} cup ${item}`);
};

const GROUPS: readonly Group[] = [
  { name: 'rec.sport.hockey', lang: 'en', things: ['the power play', 'the goalie situation', 'the playoff format', 'the second line', 'the penalty kill'], subjects: ['Division semifinal results', 'Playoff predictions', 'Who won last night?', 'Goalie stats through week'], extra: gameResults },
  { name: 'rec.autos.marketplace', lang: 'en', things: ['the alternator', 'the automatic gearbox', 'my old wagon', 'the rear brakes', 'the roof rack'], subjects: ['FS: parts from a 1986 wagon', 'WTB: roof rack', 'FS: set of steel wheels', 'Price check on a 240'], extra: priceList },
  { name: 'sci.space', lang: 'en', things: ['the shuttle tiles', 'the launch schedule', 'the orbital debris figures', 'the telescope repair mission', 'the station budget'], subjects: ['How are shuttle tiles inspected?', 'Launch delays again', 'Orbital debris question', 'Station budget numbers'] },
  { name: 'rec.food.cooking', lang: 'en', things: ['my sourdough starter', 'the oatmeal cookies', 'a cast-iron pan', 'homemade stock', 'the bread machine'], subjects: ['RECIPE: oatmeal cookies', 'REQ: sourdough help', 'Cast iron seasoning', 'Stock that gels?'], extra: ingredients },
  { name: 'comp.sys.ibm.pc.hardware', lang: 'en', things: ['a 14.4 modem', 'the IRQ settings', 'a SCSI controller', 'the 486 motherboard', 'the new hard disk'], subjects: ['Modem drops carrier', 'IRQ conflict with sound card', 'SCSI termination question', 'Which 486 board?'] },
  { name: 'no.fritid.sykkel', lang: 'nb', things: ['piggdekkene', 'girene', 'bremsene', 'den gamle terrengsykkelen', 'lyktene'], subjects: ['Piggdekk - verdt pengene?', 'Girene hopper', 'Sykkel til jobben om vinteren', 'Lykter som tåler regn'] },
  { name: 'no.alt.mat', lang: 'nb', things: ['surdeigen', 'lefsene', 'fiskesuppa', 'stekepanna', 'brødmaskinen'], subjects: ['Oppskrift på fiskesuppe', 'Surdeig som ikke hever', 'Lefser som mormor laget'] },
];

const ORGANISATIONS = ['Lakeside College, Thunder Bay, Ontario', 'Queen\'s University, Kingston', 'University of Colorado, Boulder', 'Middle Tennessee State University', 'Dalhousie University, Halifax', 'University of Washington', 'Universitetet i Bergen', 'Norges teknisk-naturvitenskapelige universitet'];
const HOSTS = ['caen', 'uunet', 'zaphod.mps.ohio-state.edu', 'howland.reston.ans.net', 'spool.mu.edu', 'gatech', 'cs.utexas.edu', 'uwm.edu', 'news.uio.no', 'uninett.no'];

const ENGLISH_SENTENCES = [
  (t: string, r: Random) => `I have been trying to sort out ${t} for ${r.int(2, 9)} weeks and I am running out of ideas.`,
  (t: string) => `Has anyone here had the same trouble with ${t}?`,
  (t: string) => `The manual says one thing about ${t} and the shop says another.`,
  (t: string, r: Random) => `In my experience ${t} lasts about ${r.int(2, 12)} years if you look after it.`,
  (t: string) => `For what it is worth, I had the same problem with ${t} last winter.`,
  (t: string) => `Try looking at ${t} first, that is what fixed it for me.`,
  () => 'I would appreciate any pointers, even to an old FAQ.',
  () => 'E-mail me if you want the details, no need to clutter the group.',
  (t: string, r: Random) => `I paid $${r.int(2, 60) * 5} for ${t} and I am not sure it was worth it.`,
  (t: string) => `Nobody I asked locally has ever seen ${t} behave like this.`,
  (t: string, r: Random) => `${capitalise(t)} was fine until about ${r.int(2, 11)} o'clock last night.`,
];
const NORWEGIAN_SENTENCES = [
  (t: string, r: Random) => `Jeg har prøvd å få orden på ${t} i ${r.int(2, 9)} uker nå, og begynner å gå tom for ideer.`,
  (t: string) => `Er det noen her som har hatt samme problem med ${t}?`,
  (t: string) => `Butikken sier én ting om ${t}, og bruksanvisningen sier noe annet.`,
  (t: string, r: Random) => `Etter min erfaring holder ${t} i ${r.int(2, 9)} år hvis man tar vare på dem.`,
  (t: string, r: Random) => `Jeg betalte ${r.int(2, 60) * 10} kr for ${t}, og er ikke sikker på om det var verdt det.`,
  () => 'Alle tips mottas med takk.',
  () => 'Send meg gjerne en e-post hvis du vil ha detaljene.',
];
const SIGN_OFFS = { en: ['Thanks,', 'Regards,', 'Cheers,', 'Thanks in advance,', ''], nb: ['Mvh', 'Hilsen', 'Takk for svar!', ''] };
const GREETINGS = { en: ['Hi all,', 'Hello,', ''], nb: ['Hei!', 'Hei alle sammen,', ''] };

export function createPost(r: Random, written: Moment, earlier: (group: string) => Post | undefined): Post {
  const group = r.pick(GROUPS);
  const english = group.lang === 'en';
  const first = english ? r.pick(FIRST_NAMES) : r.pick(NORWEGIAN_FIRST_NAMES);
  const last = english ? r.pick(SURNAMES) : r.pick(NORWEGIAN_SURNAMES);
  const organisation = r.pick(ORGANISATIONS);
  const domain = organisation.toLowerCase().replace(/[^a-z]+/g, '').slice(0, 10) + (english ? '.edu' : '.no');
  const author = { name: `${first} ${last}`, email: `${first.toLowerCase().replace(/[^a-z]/g, '')}${r.int(1, 99)}@${domain}`, organisation };
  const original = r.chance(0.45) ? earlier(group.name) : undefined;
  // A reply comes after what it quotes.
  const moment = original ? later(original.moment, r.int(20, 3000)) : written;
  const body: string[] = [];
  const greeting = r.pick(GREETINGS[group.lang]);
  if (greeting && !original) body.push(greeting, '');
  if (original) body.push(...quoteOf(original, r), '');
  const sentences = english ? ENGLISH_SENTENCES : NORWEGIAN_SENTENCES;
  const paragraphs: string[][] = [];
  for (let i = r.int(6, 12); i > 0; i--) {
    let paragraph = r.pick(sentences)(r.pick(group.things), r);
    for (let n = r.int(2, 4); n > 0; n--) paragraph += `  ${r.pick(sentences)(r.pick(group.things), r)}`;
    const lines = wrap(paragraph);
    paragraphs.push(lines);
    body.push(...lines, '');
    if (group.extra && r.chance(0.3)) body.push(...group.extra(r), '');
  }
  const signOff = r.pick(SIGN_OFFS[group.lang]);
  if (signOff) body.push(signOff);
  body.push(first);
  if (r.chance(0.7)) body.push(r.chance(0.8) ? '-- ' : '--', `${author.name}  ${author.email}`, `${organisation}${r.chance(0.5) ? `  (${r.int(200, 989)}) 555-0${r.int(100, 199)}` : ''}`);
  const subject = original ? `Re: ${original.subject.replace(/^Re: /, '')}` : r.pick(group.subjects);
  return { group, author, subject, messageId: `<${pad2Date(moment)}.${r.int(1000, 999999)}@${domain}>`, moment, inReplyTo: original, body, paragraphs };
}

/** The archive holds the post twice (a crosspost or a re-feed): same body, other transport lines. */
export function archiveCopy(post: Post, r: Random): Post {
  return { ...post, archiveCopy: r.int(1000, 99999) };
}

/** An attribution line and one or two quoted paragraphs of the original, prefixed as readers did. */
function quoteOf(original: Post, r: Random): string[] {
  const prefix = r.pick(['> ', '>', '|> ']);
  const attribution = r.pick([
    `In article ${original.messageId}, ${original.author.email} (${original.author.name}) writes:`,
    `${original.author.email} (${original.author.name}) writes:`,
    original.group.lang === 'nb' ? `På ${mailDate(original.moment)}, ${original.author.name} skrev:` : `${original.author.name} wrote:`,
  ]);
  const quoted = r.sample(original.paragraphs, r.int(1, 2));
  return [attribution, ...quoted.flatMap((paragraph, i) => [...(i > 0 ? [prefix.trimEnd()] : []), ...paragraph.map((line) => prefix + line)])];
}

export function renderPost(post: Post, r: Random): string {
  const serial = post.archiveCopy ?? r.int(1000, 99999);
  const path = [r.pick(['news.northfield.edu', 'news.uio.no']), ...r.sample(HOSTS, r.int(2, 5)), post.author.email.split('@')[0]].join('!');
  const date = post.group.lang === 'nb' || r.chance(0.15) ? mailDate(post.moment) : usenetDate(post.moment);
  const header = [
    `Xref: news.northfield.edu ${post.group.name}:${serial}`,
    `Path: ${path}`,
    `From: ${post.author.email} (${post.author.name})`,
    `Newsgroups: ${post.group.name}`,
    `Subject: ${post.subject}`,
    `Message-ID: ${post.messageId}`,
    `Date: ${date}`,
    ...(post.inReplyTo ? [`References: ${post.inReplyTo.messageId}`] : []),
    `Organization: ${post.author.organisation}`,
    `Lines: ${post.body.length}`,
  ];
  // Archives disagree on where Xref goes: first in some spools, last in others.
  if (r.chance(0.3)) header.push(header.shift()!);
  return `${[...header, '', ...post.body].join('\n')}\n`;
}
