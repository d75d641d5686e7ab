import type { Random } from '../random';
import { paragraphOf, thousands } from './text';

/** Bokmål news prose, in the NTB style of Norwegian local papers: subject–verb–object, dash quotes. */

export const NORWEGIAN_FIRST_NAMES = [
  'Kari', 'Ola', 'Ingrid', 'Lars', 'Siri', 'Anders', 'Marte', 'Jonas', 'Hilde', 'Erlend', 'Tuva', 'Magnus', 'Randi', 'Per Arne',
  'Silje', 'Knut', 'Liv', 'Håkon', 'Sunniva', 'Eirik', 'Torunn', 'Jostein', 'Amira', 'Ragnhild', 'Geir', 'Nora', 'Bjørn', 'Lene',
];
export const NORWEGIAN_SURNAMES = [
  'Moen', 'Berge', 'Farstad', 'Hovden', 'Lunde', 'Solbakken', 'Haugland', 'Lie', 'Aasen', 'Tveit', 'Kvam', 'Brekke', 'Sæbø',
  'Fosse', 'Aarø', 'Holm', 'Strand', 'Vik', 'Aune', 'Rønning', 'Helland', 'Mjelde', 'Kvalvik', 'Dahle', 'Sand', 'Eide', 'Hope',
];
export const NORWEGIAN_PLACES = ['Vestnes', 'Stranda', 'Kirkenes', 'Florø', 'Brønnøysund', 'Odda', 'Hjelmeland', 'Rørvik', 'Leknes', 'Tynset', 'Sauda', 'Vinstra'];
const ROLES = [
  'ordfører i kommunen', 'daglig leder i rederiet', 'leder i velforeningen', 'rektor ved skolen', 'prosjektleder i Statens vegvesen',
  'havnesjef', 'gruppeleder for opposisjonen', 'fylkesordfører', 'tillitsvalgt i forbundet', 'direktør i helseforetaket',
  'styreleder i næringsforeningen', 'leder i foreldreutvalget', 'fagsjef i fylkeskommunen',
];
const SUBJECTS = [
  'Kommunestyret', 'Fylkeskommunen', 'Rederiet', 'Helseforetaket', 'Naboene', 'Foreldreutvalget', 'Statens vegvesen', 'Politiet',
  'Fagforeningen', 'Regjeringen', 'Miljøvernforbundet', 'Bondelaget', 'Havnestyret', 'Universitetet', 'Busselskapet',
  'Brannvesenet', 'Næringsforeningen', 'Bystyret', 'Formannskapet', 'Skolen',
];
const VERBS = [
  'vedtok', 'stemte ned', 'utsatte behandlingen av', 'advarer mot', 'krever gransking av', 'har satt av penger til',
  'er bekymret for', 'gikk inn for', 'sendte på høring', 'la fram en rapport om', 'har startet arbeidet med', 'protesterer mot',
  'ba staten om penger til', 'trakk støtten til', 'signerte kontrakten om', 'la fram en plan for',
];
const OBJECTS = [
  'en ny gangbru over elva', 'nedleggelsen av filialen på biblioteket', 'lengre åpningstider i svømmehallen',
  'et parkeringshus på den gamle torgtomta', 'sykkelfelt langs strandpromenaden', 'salget av to kommunale bygg',
  'en ny ferge på øysambandet', 'reparasjon av moloen', 'en vindpark utenfor neset', 'sammenslåing av tre barneskoler',
  'gratis parkering i sentrum i helgene', 'en flomvoll ved elveosen', 'nye boliger på den gamle militærleiren',
  'bilforbud utenfor skoleporten', 'gjenåpning av jernbanestasjonen', 'kutt i kveldsrutene', 'en større fødeavdeling',
  'en festival på festningsområdet', 'riving av den gamle kinoen', 'solcellepaneler på alle kommunale tak',
  'et legevaktkontor på kjøpesenteret', 'en ny redningsstasjon', 'fotoboks på kystveien', 'ombygging av mølla til leiligheter',
];
const ADJUNCTS = [
  'tirsdag', 'onsdag kveld', 'forrige uke', 'tidligere denne måneden', 'etter et tre timer langt møte', 'til tross for sterke protester',
  'for andre gang i år', 'på et fullsatt folkemøte', 'i et brev til innbyggerne', 'etter flere måneders forhandlinger', 'på kort varsel',
  'uten avstemning', 'etter et opprop med tusenvis av underskrifter', 'i rådhuset', 'før sommerferien', 'fredag ettermiddag', 'sent mandag',
];
const QUOTES = [
  'Vi har lyttet til innbyggerne og endret planene', 'Ingen ønsket at det skulle gå så langt, men pengene finnes ikke',
  'Dette er den beste nyheten bygda har fått på ti år', 'Jeg har bodd her i førti år og aldri sett noe lignende',
  'Vi kommer til å kjempe videre til noen hører på oss', 'Tallene henger rett og slett ikke på greip',
  'Det er et lite skritt, men i riktig retning', 'Familiene her har ikke råd til en ny økning i år',
  'Vi regner med at arbeidet blir ferdig i tide', 'Folk fortjener et ærlig svar, og det har de ikke fått',
  'Det var hele tiden en vanskelig avgjørelse', 'Sikkerheten til passasjerene må komme først',
  'Vi har strukket oss langt, men nå er det nok', 'Vi håper fortsatt på en løsning før helgen',
];
const DURATIONS = ['seks uker', 'tre måneder', 'to år', 'halvannet år', 'fire år', 'fjorten dager', 'ni måneder'];
const FACTS = [
  (r: Random) => `Prosjektet skal koste ${r.int(2, 240)} millioner kroner og ta ${r.pick(DURATIONS)}, ifølge kommunens egne tall.`,
  (r: Random) => `Rundt ${r.int(2, 60) * 10} personer møtte opp, og ${r.int(3, 40)} av dem tok ordet.`,
  (r: Random) => `Høringen i fjor fikk ${r.int(80, 3000)} innspill, og ${r.int(20, 80)} prosent av dem var positive.`,
  (r: Random) => `Sambandet frakter rundt ${thousands(r.int(10, 900) * 1000, ' ')} passasjerer i året, mange av dem pendlere fra ${r.pick(NORWEGIAN_PLACES)}.`,
  (r: Random) => `Bygget har stått tomt siden ${r.int(1985, 2018)}, da de siste leietakerne flyttet ut.`,
  (r: Random) => `Forslaget ble vedtatt med ${r.int(12, 40)} mot ${r.int(1, 11)} stemmer.`,
  (r: Random) => `Arbeidet skal etter planen starte ${r.pick(['i vår', 'til høsten', 'i april', 'over nyttår', 'i september'])}, og veien blir stengt i ${r.pick(DURATIONS)}.`,
];

export const norwegianName = (r: Random): string => `${r.pick(NORWEGIAN_FIRST_NAMES)} ${r.pick(NORWEGIAN_SURNAMES)}`;

export function norwegianParagraph(r: Random): string {
  return paragraphOf(r, (rr) => rr.pick(FACTS)(rr), (rr) => `${rr.pick(SUBJECTS)} ${rr.pick(VERBS)} ${rr.pick(OBJECTS)} ${rr.pick(ADJUNCTS)}.`);
}

export function norwegianQuote(r: Random): string {
  return `– ${r.pick(QUOTES)}, sier ${norwegianName(r)}, som er ${r.pick(ROLES)}.`;
}

const HEADLINES = [
  (r: Random, object: string) => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${object}`,
  (r: Random, object: string) => `Strid i ${r.pick(NORWEGIAN_PLACES)} om ${object}`,
  (r: Random, object: string) => `${r.pick(NORWEGIAN_PLACES)} sier nei til ${object}`,
  (_r: Random, object: string) => `Nå kommer ${object}`,
];

export function norwegianHeadline(r: Random): string {
  return r.pick(HEADLINES)(r, r.pick(OBJECTS));
}
