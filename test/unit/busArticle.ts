/** One short news article of four paragraphs, for tests of copies and duplicates across seeds. */
export const PARAGRAPHS = [
  'The regional council agreed on Monday to fund a new bus line between the two valley towns.',
  'Buses will run every half hour in the morning and evening, and every hour during the day.',
  'The first buses are expected in the spring, once the new stops along the river road are built.',
  'Residents had asked for the line for years, since the old train service closed in the eighties.',
];

export const ARTICLE = PARAGRAPHS.join('\n\n');
