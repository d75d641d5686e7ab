import type { Random } from '../random';

/** Lines of running prose: long, with many spaces (header and table lines are left alone). */
const isProse = (line: string) => line.length >= 60 && (line.match(/ /g)?.length ?? 0) >= 8 && !/^[A-Z][\w-]*: /.test(line);
const isWord = (token: string) => /^\p{L}{4,}$/u.test(token);

/**
 * A near duplicate: the same text with a few words changed, as when a page is re-scraped after an
 * edit. In one to three prose lines, one word is swapped for another word of the same line.
 */
export function retouch(text: string, r: Random): string {
  const lines = text.split('\n');
  const prose: number[] = [];
  lines.forEach((line, index) => isProse(line) && prose.push(index));
  let toChange = r.int(1, 3);
  // Lines in random order until enough have changed: a line whose words are all alike is skipped.
  for (const index of r.sample(prose, prose.length)) {
    if (toChange === 0) break;
    const words = lines[index].split(' ');
    const at = words.findIndex((word, i) => i > 0 && isWord(word) && r.chance(0.5));
    const others = at > 0 ? words.filter((word) => isWord(word) && word !== words[at]) : [];
    if (others.length === 0) continue;
    words[at] = r.pick(others);
    lines[index] = words.join(' ');
    toChange--;
  }
  return lines.join('\n');
}
