import { danishLongDate, norwegianNumericDate, type Moment } from './dates';
import type { Random } from '../random';
import { thousands } from './text';

export type ReviewKind = 'film' | 'book' | 'product' | 'concert';

/**
 * What a Scandinavian review site writes around and inside a review, in one language. Sentences
 * are put together from parts (aspect, judgement, qualifier) so that reviews rarely share one.
 */
export interface ReviewLanguage {
  lang: 'nb' | 'nn' | 'da';
  by: string;
  published: (moment: Moment) => string;
  /** Section labels that scrapers fuse to the title ("Anmeldelse:«Tittel»"). */
  kickers: Record<ReviewKind, string>;
  /** Film fact-box labels, each on its own line with the value on the next. */
  filmLabels: { director: string; cast: string; age: string; length: string; premiere: string };
  ageValue: (r: Random) => string;
  lengthValue: (r: Random) => string;
  premiereValue: (r: Random) => string;
  novel: string;
  pages: string;
  publisher: string;
  price: (kroner: number) => string;
  productSpecs: (r: Random) => string[];
  conclusion: string;
  pros: string;
  cons: string;
  rating: (r: Random) => string;
  sites: string[];
  titles: string[];
  subtitles: string[];
  about: (title: string, premise: string) => string;
  premises: string[];
  aspects: string[];
  judgements: string[];
  qualifiers: string[];
  acting: (actor: string, r: Random) => string;
  verdicts: string[];
  productTypes: string[];
  productParts: string[];
  productJudgements: string[];
  prosList: string[];
  consList: string[];
  concertOpeners: string[];
  concertEvents: string[];
}

const dice = (r: Random) => `Terningkast ${r.int(2, 6)}`;
const stars = (r: Random) => {
  const count = r.int(2, 6);
  return '★'.repeat(count) + '☆'.repeat(6 - count);
};

export const BOKMAL: ReviewLanguage = {
  lang: 'nb',
  by: 'Av',
  published: (m) => `Publisert ${norwegianNumericDate(m)}`,
  kickers: { film: 'Anmeldelse', book: 'Bokanmeldelse', product: 'TEST', concert: 'Konsertanmeldelse' },
  filmLabels: { director: 'Regi:', cast: 'Med:', age: 'Aldersgrense:', length: 'Lengde:', premiere: 'Premiere:' },
  ageValue: (r) => `${r.pick([6, 9, 12, 15, 18])} år.`,
  lengthValue: (r) => `${r.int(1, 2)} t ${r.int(10, 59)} min`,
  premiereValue: (r) => `Kino ${r.int(1, 28)}. ${r.pick(['januar', 'mars', 'mai', 'august', 'oktober', 'november'])}`,
  novel: 'Roman',
  pages: 'sider',
  publisher: 'Forlaget',
  price: (kroner) => `Pris: ${thousands(kroner, ' ')} kr`,
  productSpecs: (r) => [`Batteri: ${r.int(20, 80) * 100} mAh`, `Vekt: ${r.int(150, 3900)} gram`, `Støynivå: ${r.int(40, 75)} dB`],
  conclusion: 'Konklusjon',
  pros: 'Pluss:',
  cons: 'Minus:',
  rating: dice,
  sites: ['Kinoguiden', 'Filmpuls', 'Kulturkanalen', 'Avisa Vest'],
  titles: ['Nattevakten', 'Havnebyen', 'Is og ild', 'Vinterlys', 'Den siste fergen', 'Grenseland', 'Stille vann', 'Fjordbyen', 'Brannvakt', 'Det tomme huset', 'Nordavind', 'Sølvtøy', 'Skarv', 'Lykkeland', 'Kystvakten', 'Tåkehorn'],
  subtitles: [
    'Stillferdig og vakkert om det som blir igjen', 'Actionfylt, men hul', 'En sterk debut som aldri helt slipper taket',
    'Flott å se på, tynt å tenke på', 'Årets mest overraskende', 'En varm og ærlig historie om å bli voksen', 'Mørkere enn noen gang',
    'Gjør vondt på en god måte', 'Lover mer enn den holder',
  ],
  about: (title, premise) => `«${title}» handler om ${premise}.`,
  premises: [
    'en pensjonert fyrvokter som tar nattevakter på et sykehjem', 'to søstre som må selge barndomshjemmet', 'en ung politikvinne i en liten kystby',
    'en familie som mister alt i en storm', 'en fotballtrener som får en siste sjanse', 'en gutt som rømmer til fjellet en sommer',
    'et vennskap mellom en flyktning og en bonde', 'en journalist som graver i en gammel drapssak', 'en sveiser som forelsker seg i direktørens datter',
    'en anleggsleder som kjører fra Oslo til Vardø for å tømme farens hus', 'en lærer som flytter til en øy der ingen vil ha henne',
  ],
  aspects: ['Fotoarbeidet', 'Musikken', 'Dialogen', 'Klippingen', 'Scenografien', 'Lyden', 'Manuset', 'Tempoet', 'Lyssettingen', 'Språket', 'Komposisjonen'],
  // Verbs, not adjectives: they need no agreement with the aspect's gender.
  judgements: ['fungerer godt', 'skurrer', 'løfter helheten', 'trekker ned', 'imponerer', 'halter', 'bærer fortellingen', 'faller gjennom', 'overrasker', 'sitter som støpt'],
  qualifiers: [
    'særlig i scenene ved sjøen', 'spesielt mot slutten', 'i første halvdel', 'uten å ta over', 'i de store scenene', 'gjennom hele fortellingen',
    'når historien først tar tak', 'i de stille øyeblikkene', 'i midtpartiet', 'fra første side',
  ],
  acting: (actor, r) => `${actor} er ${r.pick(['strålende', 'overbevisende', 'litt for forsiktig', 'en gave til filmen', 'overraskende morsom', 'helt malplassert'])} som ${r.pick(['den bitre faren', 'den unge sykepleieren', 'etterforskeren', 'nabokona', 'den eldste broren', 'sjefen på verftet', 'tolken'])}.`,
  verdicts: [
    'En liten film om store ting.', 'Flott å se på, tynt å tenke på.', 'Verdt et besøk for alle som liker stillferdige historier.',
    'Ha tålmodighet med starten, det lønner seg.', 'Den blir fort glemt når rulleteksten går.', 'Årets beste norske film så langt.',
    'Et godt kjøp, med noen forbehold.', 'Lover mer enn den holder.',
  ],
  productTypes: ['robotstøvsuger', 'hodetelefoner', 'elsykkel', 'kaffemaskin', 'smartklokke', 'mobiltelefon'],
  productParts: ['Batteriet', 'Appen', 'Lyden', 'Skjermen', 'Byggekvaliteten', 'Oppsettet', 'Støydempingen', 'Ladingen', 'Navigasjonen', 'Komforten'],
  productJudgements: ['holder lenger enn lovet', 'er rotete', 'er overraskende god', 'er solid', 'tar for lang tid', 'fungerer godt', 'skuffer', 'er bedre enn forventet'],
  prosList: ['God lyd for prisen', 'Lang batteritid', 'Enkel å sette opp', 'Solid byggekvalitet', 'Stille i vanlig modus', 'Rask lading'],
  consList: ['Rotete app', 'Setter seg fast', 'Tung', 'Middels støydemping', 'Kort garanti', 'Dyr'],
  concertOpeners: ['Fra første tone', 'Etter tre sanger', 'Midt i andre avdeling', 'Mot slutten av kvelden', 'Under ekstranummeret', 'Allerede i åpningslåten'],
  concertEvents: [
    'var det tydelig at publikum visste hva de hadde kommet for', 'kom bandet på scenen og lydbildet vokste', 'sang hele salen med på refrenget',
    'ble det helt stille i salen', 'tok cellisten over melodien', 'fikk de nye låtene en ny tyngde', 'sto hun alene med gitaren i et svakt lys',
  ],
};

export const NYNORSK: ReviewLanguage = {
  ...BOKMAL,
  lang: 'nn',
  kickers: { film: 'Melding', book: 'Bokmelding', product: 'TEST', concert: 'Konsertmelding' },
  filmLabels: { director: 'Regi:', cast: 'Med:', age: 'Aldersgrense:', length: 'Lengd:', premiere: 'Premiere:' },
  sites: ['Dagsavisa Nord', 'Framtida Kultur'],
  titles: ['Sommarfuglen', 'Fjellvegen', 'Ljoset i fjorden', 'Heimkomst', 'Dei som blir att', 'Nordlys over garden', 'Kvitsymre', 'Straumen'],
  subtitles: ['Ein film som lever vidare etter at lyset er tent', 'Varm og ærleg om å verte vaksen', 'Stillferdig og vakker', 'Lovar meir enn han held'],
  about: (title, premise) => `«${title}» handlar om ${premise}.`,
  premises: [
    'ei jente som vert send til bestefaren på ein gard i Sogn', 'to brør som må selje heimegarden', 'ein lærar som flyttar til ei øy i Nordfjord',
    'ein familie som miste alt i ein storm', 'ein gamal fiskar som ikkje vil gje opp båten', 'ei dotter som kjem heim etter tjue år',
  ],
  aspects: ['Fotoarbeidet', 'Musikken', 'Dialogen', 'Klippinga', 'Scenografien', 'Lyden', 'Manuset', 'Tempoet', 'Språket'],
  judgements: ['fungerer godt', 'skurrar', 'løftar heilskapen', 'trekkjer ned', 'imponerer', 'haltar', 'ber forteljinga', 'overraskar'],
  qualifiers: ['særleg i scenene ved sjøen', 'spesielt mot slutten', 'i første halvdel', 'utan å ta over', 'gjennom heile forteljinga', 'i dei stille augneblinka', 'når historia først tek tak'],
  acting: (actor, r) => `${actor} er ${r.pick(['strålande', 'overtydande', 'litt for forsiktig', 'ei openberring'])} som ${r.pick(['den bitre faren', 'bestefaren', 'den unge læraren', 'grannekona', 'den eldste broren'])}.`,
  verdicts: ['Ein liten film om store ting.', 'Ein varm og ærleg film.', 'Ha tolmod med starten, det løner seg.', 'Han vert fort gløymd når rulleteksten går.'],
  concertOpeners: ['Frå første tone', 'Etter tre songar', 'Mot slutten av kvelden', 'Under ekstranummeret'],
  concertEvents: ['var det tydeleg at publikum visste kva dei hadde kome for', 'kom bandet på scena og lydbiletet voks', 'song heile salen med på refrenget', 'vart det heilt stille i salen'],
};

export const DANISH: ReviewLanguage = {
  ...BOKMAL,
  lang: 'da',
  by: 'Af',
  published: (m) => `Publiceret ${danishLongDate(m)}`,
  kickers: { film: 'Anmeldelse', book: 'Boganmeldelse', product: 'TEST', concert: 'Koncertanmeldelse' },
  filmLabels: { director: 'Instruktion:', cast: 'Medvirkende:', age: 'Censur:', length: 'Spilletid:', premiere: 'Premiere:' },
  ageValue: (r) => `Tilladt over ${r.pick([7, 11, 15])} år`,
  lengthValue: (r) => `${r.int(1, 2)} t. ${r.int(10, 59)} min.`,
  premiereValue: (r) => `I biografen ${r.int(1, 28)}. ${r.pick(['januar', 'marts', 'maj', 'august', 'oktober', 'november'])}`,
  novel: 'Roman',
  pages: 'sider',
  price: (kroner) => `Pris: ${kroner} kr.`,
  productSpecs: (r) => [`Batteri: ${r.int(20, 80) * 100} mAh`, `Vægt: ${r.int(150, 3900)} gram`],
  conclusion: 'Konklusion',
  pros: 'Plus:',
  cons: 'Minus:',
  rating: stars,
  sites: ['Filmland', 'Bogsiden', 'Kulturnyt'],
  titles: ['Havets børn', 'Stormflod', 'Vinterhavn', 'Den sidste sommer', 'Klitten', 'Fyrtårnet', 'Lyset over Thy', 'Efter regnen'],
  subtitles: ['Smuk og barsk fortælling fra Thy', 'En roman om at miste fodfæstet', 'Stille og stærk', 'Lover mere, end den holder'],
  about: (title, premise) => `«${title}» handler om ${premise}.`,
  premises: [
    'en fiskerfamilie gennem en vinter, hvor kvoterne bliver skåret ned', 'en ældre kvinde, der nægter at forlade sit hus på diget',
    'to søstre, der skal sælge forældrenes sommerhus', 'en ung betjent i en lille by ved Limfjorden', 'en dreng, der stikker af fra efterskolen',
  ],
  aspects: ['Fotografiet', 'Musikken', 'Dialogen', 'Klipningen', 'Scenografien', 'Lyden', 'Manuskriptet', 'Tempoet', 'Sproget'],
  judgements: ['fungerer godt', 'skurrer', 'løfter helheden', 'trækker ned', 'imponerer', 'halter', 'bærer fortællingen', 'overrasker'],
  qualifiers: ['især i scenerne ved havet', 'særligt mod slutningen', 'i første halvdel', 'uden at tage over', 'gennem hele fortællingen', 'i de stille øjeblikke'],
  acting: (actor, r) => `${actor} er ${r.pick(['fantastisk', 'overbevisende', 'lidt for forsigtig', 'en gave til filmen'])} som ${r.pick(['den bitre far', 'moren', 'den unge betjent', 'naboen'])}.`,
  verdicts: ['En lille film om store ting.', 'Smuk at se på, tynd at tænke på.', 'En af årets bedste danske film.', 'Hav tålmodighed med starten.'],
  productTypes: ['robotstøvsuger', 'høretelefoner', 'elcykel', 'kaffemaskine', 'smartur'],
  productParts: ['Batteriet', 'Appen', 'Lyden', 'Skærmen', 'Byggekvaliteten', 'Opsætningen', 'Støjdæmpningen'],
  productJudgements: ['holder længere end lovet', 'er rodet', 'er overraskende god', 'er solid', 'tager for lang tid', 'fungerer godt', 'skuffer'],
  prosList: ['God lyd for prisen', 'Lang batteritid', 'Nem at sætte op'],
  consList: ['Rodet app', 'Tung', 'Kort garanti'],
  concertOpeners: ['Fra første tone', 'Efter tre sange', 'Mod slutningen af aftenen', 'Under ekstranummeret'],
  concertEvents: ['var det tydeligt, at publikum vidste, hvad de var kommet for', 'kom bandet på scenen, og lydbilledet voksede', 'sang hele salen med på omkvædet', 'blev der helt stille i salen'],
};

/** Bokmål is the most common, as on Norwegian review sites; Nynorsk and Danish less so. */
export const REVIEW_LANGUAGES: readonly ReviewLanguage[] = [BOKMAL, BOKMAL, BOKMAL, NYNORSK, DANISH];
