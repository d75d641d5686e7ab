/**
 * Paragraphs written for these tests, the same news items in each language, so that a test
 * compares languages and not topics. Each is long enough (≥ 200 characters) for a confident answer.
 */
export const TEXTS = {
  en: [
    'The council has decided that the old fire station will be demolished in the spring. The building has stood empty for many years, and the neighbours have long complained that it is falling apart. The mayor says the site will be used for new homes for young families.',
    "There were crowds in the square on Saturday morning when the farmers' market opened for the season. Many had brought their children, and the queue at the bakery was long well before ten o'clock. 'We are very pleased with the turnout,' said the organiser.",
    'The weather will be changeable over the next few days, with rain in the west and sunshine in the east. Forecasters have asked people heading into the mountains to keep an eye on the warnings, as snow could fall on high ground as early as Wednesday.',
  ],
  nb: [
    'Kommunen har bestemt at den gamle brannstasjonen skal rives i løpet av våren. Bygningen har stått tom i mange år, og naboene har lenge klaget over at den forfaller. Ordføreren sier at tomten skal brukes til nye boliger for unge familier, og at hun ikke vil vente lenger.',
    'Det var mye folk på torget lørdag formiddag da bondens marked åpnet for sesongen. Mange hadde med seg barn, og køen ved bakeriet ble lang allerede før klokken ti. – Vi er veldig fornøyde med oppmøtet, sier arrangøren, som også mener det er viktig å handle lokalt.',
    'Været blir skiftende de neste dagene, med regn på Vestlandet og sol i øst. Meteorologene ber folk som skal på fjellet om å følge med på varslene, fordi det kan komme snø i høyden allerede på onsdag. Hva som skjer etter helgen, er fortsatt usikkert.',
  ],
  nn: [
    'Kommunen har bestemt at den gamle brannstasjonen skal rivast i løpet av våren. Bygningen har stått tom i mange år, og naboane har lenge klaga over at han forfell. Ordføraren seier at tomta skal nyttast til nye bustader for unge familiar, og at ho ikkje vil venta lenger.',
    'Det var mykje folk på torget laurdag føremiddag då bondens marknad opna for sesongen. Mange hadde med seg born, og køen ved bakeriet vart lang alt før klokka ti. – Eg er svært nøgd med oppmøtet, seier arrangøren, som òg meiner det er viktig å handla lokalt.',
  ],
  da: [
    'Kommunen har besluttet, at den gamle brandstation skal rives i løbet af foråret. Bygningen har stået tom i mange år, og naboerne har længe klaget over, at den forfalder. Borgmesteren siger, at grunden skal bruges til nye boliger for unge familier, og at hun ikke vil vente længere.',
    'Der var mange mennesker på torvet lørdag formiddag, da markedet åbnede for sæsonen. Mange havde deres børn med, og køen ved bageren blev lang allerede før klokken ti. – Vi er meget tilfredse med fremmødet, siger arrangøren, som også mener, at det er vigtigt at handle lokalt.',
  ],
  sv: [
    'Kommunen har beslutat att den gamla brandstationen ska rivas under våren. Byggnaden har stått tom i många år, och grannarna har länge klagat på att den förfaller. Kommunalrådet säger att tomten ska användas till nya bostäder för unga familjer och att hon inte vill vänta längre.',
  ],
} as const;
