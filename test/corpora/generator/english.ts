import type { Random } from '../random';
import { capitalise, paragraphOf, thousands } from './text';

/**
 * English news prose from phrase lists. Every slot has dozens of fillers so that two generated
 * paragraphs share a sentence only by the chance a real corpus has, and near-duplicate detection
 * is not flooded by template text.
 */

export const FIRST_NAMES = [
  'Alice', 'Amir', 'Beth', 'Callum', 'Chloe', 'Daniel', 'Dev', 'Eleanor', 'Fiona', 'Gareth', 'Grace', 'Hamza', 'Helen', 'Ian',
  'Isla', 'Jack', 'Janet', 'Kofi', 'Laura', 'Liam', 'Maya', 'Martin', 'Nadia', 'Niall', 'Olivia', 'Owen', 'Priya', 'Rhys',
  'Ruth', 'Sam', 'Sandra', 'Tom', 'Una', 'Victor', 'Wendy', 'Yusuf', 'Zoe', 'Bernard', 'Carla', 'Duncan',
];
export const SURNAMES = [
  'Abbott', 'Baxter', 'Bell', 'Carver', 'Collins', 'Danvers', 'Ellison', 'Fairley', 'Greaves', 'Hale', 'Holt', 'Iqbal',
  'Jenner', 'Kaur', 'Lowry', 'Marsh', 'Mensah', 'Moss', 'Nolan', 'Okafor', 'Price', 'Pryce', 'Quinn', 'Rowe', 'Shah',
  'Sutton', 'Thorne', 'Underwood', 'Vance', 'Walsh', 'Whitaker', 'Young', 'Ashby', 'Brennan', 'Crowther', 'Dunmore',
];
const ROLES = [
  'the council leader', 'a spokesperson for the operator', 'the harbour master', 'who chairs the residents\' association',
  'the head teacher', 'the chief executive of the trust', 'a local shop owner', 'the county\'s director of transport',
  'the opposition spokesperson on housing', 'a retired engineer who has followed the scheme for years',
  'the chair of the planning committee', 'the union\'s regional organiser', 'a councillor for the east ward',
  'the project manager', 'the station manager', 'the museum\'s curator', 'a nurse at the district hospital',
];
export const TOWNS = ['Eastport', 'Northfield', 'Holm Bay', 'Kirkby Vale', 'Stanmouth', 'Ashcombe', 'Brackenridge', 'Fenwick', 'Marlow Cross', 'Westerhay', 'Carrow', 'Dunmere'];
const SUBJECTS = [
  'The council', 'The county council', 'The ferry operator', 'The health board', 'Local residents', 'The planning committee',
  'Shop owners on the high street', 'The water company', 'Parents at the primary school', 'The harbour board', 'Police',
  'The transport minister', 'Campaigners', 'The fire service', 'The bus company', 'The university', 'Union members',
  'The museum trust', 'Farmers in the valley', 'The housing association', 'The rail operator', 'Environmental groups',
];
const VERBS = [
  'approved plans for', 'rejected plans for', 'postponed a decision on', 'warned against', 'called for an inquiry into',
  'set aside money for', 'raised concerns about', 'agreed to pay for', 'launched a consultation on', 'voted to scrap',
  'welcomed', 'criticised', 'promised to review', 'asked the government to fund', 'began work on', 'objected to',
  'published a report on', 'announced a delay to', 'signed a contract for', 'withdrew its support for',
];
const OBJECTS = [
  'a new footbridge over the river', 'the closure of the branch library', 'longer opening hours at the swimming pool',
  'a car park on the old market site', 'cycle lanes along the seafront', 'the sale of two council buildings',
  'a second ferry on the island route', 'repairs to the harbour wall', 'a wind farm off the headland',
  'the merger of three primary schools', 'free parking in the town centre at weekends', 'a flood barrier at the estuary',
  'new homes on the former army camp', 'a ban on cars outside the school gates', 'the reopening of the railway station',
  'cuts to the evening bus service', 'a bigger maternity unit at the hospital', 'a festival in the castle grounds',
  'the demolition of the old cinema', 'solar panels on every council roof', 'a walk-in clinic in the shopping centre',
  'a new lifeboat station', 'speed cameras on the coast road', 'the conversion of the mill into flats',
];
const ADJUNCTS = [
  'on Tuesday', 'on Wednesday night', 'last week', 'earlier this month', 'after a three-hour meeting',
  'despite strong opposition', 'for the second time this year', 'at a packed public meeting', 'in a letter to residents',
  'following months of talks', 'at short notice', 'without a vote', 'after a petition signed by thousands',
  'in the town hall', 'before the summer holidays', 'as part of a wider review', 'on Friday afternoon', 'late on Monday',
];
const AMOUNTS = ['£1.2 million', '£340,000', '£4.5 million', '£18 million', '£760,000', '£2.8 million', '£95,000', '£11 million'];
const DURATIONS = ['six weeks', 'three months', 'two years', 'eighteen months', 'four years', 'a fortnight', 'nine months'];
const QUOTES = [
  'We have listened to what people told us and changed the plans accordingly',
  'Nobody wanted it to come to this, but the money simply is not there',
  'This is the best news the town has had in a decade',
  'I have lived here for forty years and I have never seen anything like it',
  'We will keep fighting until someone in charge listens to us',
  'The figures do not add up, and everyone in the room knew it',
  'It is a small step, but it is a step in the right direction',
  'Families here cannot afford another increase this year',
  'We expect the work to finish on time and within the budget',
  'People deserve a straight answer, and they have not had one',
  'It was always going to be a difficult decision',
  'The safety of passengers has to come first',
  'Our members have been patient for long enough',
  'We are confident that the new system will work once the teething problems are sorted out',
];
const FACTS = [
  (r: Random) => `The scheme will cost ${r.pick(AMOUNTS)} and take ${r.pick(DURATIONS)} to complete, according to the council's figures.`,
  (r: Random) => `About ${r.int(2, 95) * 10} people attended the meeting, and ${r.int(3, 60)} of them asked to speak.`,
  (r: Random) => `A consultation last year drew ${thousands(r.int(200, 4000))} responses, of which ${r.int(20, 80)} per cent supported the plan.`,
  (r: Random) => `The service carries around ${thousands(r.int(10, 990) * 1000)} passengers a year, many of them commuters from ${r.pick(TOWNS)}.`,
  (r: Random) => `Figures published in ${r.pick(['January', 'March', 'June', 'September', 'November'])} showed a rise of ${r.int(2, 40)} per cent on the previous year.`,
  (r: Random) => `The building has stood empty since ${r.int(1985, 2018)}, when the last tenants moved out.`,
  (r: Random) => `Work is due to start in ${r.pick(['the spring', 'the autumn', 'April', 'September', 'the new year'])} and the road will be closed for ${r.pick(DURATIONS)}.`,
  (r: Random) => `The committee voted ${r.int(7, 30)} to ${r.int(1, 6)} in favour, with ${r.pick(['no', 'two', 'three'])} abstentions.`,
];

export const englishName = (r: Random): string => `${r.pick(FIRST_NAMES)} ${r.pick(SURNAMES)}`;

function statement(r: Random): string {
  const subject = r.pick(SUBJECTS);
  const adjunct = r.pick(ADJUNCTS);
  return r.chance(0.3) ? `${capitalise(adjunct)}, ${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.` : `${subject} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${adjunct}.`;
}

function reported(r: Random): string {
  return `${englishName(r)}, ${r.pick(ROLES)}, said ${r.pick(SUBJECTS).toLowerCase()} had ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(ADJUNCTS)}.`;
}

/** A body paragraph of two to four sentences. */
export function englishParagraph(r: Random): string {
  return paragraphOf(r, (rr) => rr.pick(FACTS)(rr), (rr) => (rr.chance(0.5) ? statement(rr) : reported(rr)));
}

export function englishQuote(r: Random): string {
  const [first, second] = r.sample(QUOTES, 2);
  return `"${first}," said ${englishName(r)}, ${r.pick(ROLES)}. "${second}."`;
}

const HEADLINES = [
  (r: Random, object: string) => `${r.pick(TOWNS)} ${r.pick(['backs', 'rejects', 'delays', 'wins', 'loses', 'debates'])} ${object}`,
  (r: Random, object: string) => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${object}`,
  (_r: Random, object: string) => `${capitalise(object)}: what happens next`,
  (r: Random, object: string) => `Anger in ${r.pick(TOWNS)} over ${object}`,
  (r: Random, object: string) => `${capitalise(object)} to cost ${r.pick(AMOUNTS)}`,
];

export function englishHeadline(r: Random): string {
  return capitalise(r.pick(HEADLINES)(r, r.pick(OBJECTS).replace(/^(a|an|the) /, '')));
}
