import { findTextDates } from '../dates/textDates';

/** "By Claire Danvers", "Av Per Arne Lunde": a name or two after the word. */
const BYLINE = /^(?:by|av|af)\s+(\p{Lu}.*)$/iu;
/** "Published 14 March 2019", "Posted on 7/23/2012 by …", "Publisert: 14.03.2019 kl. 10:42". */
const DATELINE = /^(?:posted|published|updated|publisert|oppdatert|publiceret|opdateret)\b.*\d/iu;
const MAX_NAME_WORDS = 6;

/**
 * A line that says who wrote a piece or when: a byline, a dateline, or a line that opens with a
 * date ("March 3, 2016 by Sam Okafor in Phones"). Such a line is never a headline.
 */
export function isBylineLine(line: string): boolean {
  const text = line.trim();
  if (BYLINE.test(text)) return isByline(text);
  return DATELINE.test(text) || findTextDates(text)[0]?.start === 0;
}

/**
 * "By Claire Danvers", "Av Kari Nordmann og Ola Nordmann": the word and a capitalised name (the
 * keyword is matched in any case, the name not, so that "Av og til" or "by the river" are no bylines).
 */
export function isByline(line: string): boolean {
  const name = BYLINE.exec(line.trim())?.[1];
  return name !== undefined && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= MAX_NAME_WORDS;
}
