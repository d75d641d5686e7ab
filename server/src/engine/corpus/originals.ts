import type { SeedInfo } from './corpusIndex';

/** The date part of an ISO 8601 header date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/**
 * Orders two copies of one article, the original first: the one with the earlier date; when their
 * dates cannot tell (equal, one missing or unreadable), the one whose header declares more (front
 * matter, a title, a date), since it is the curated one; then the first in path order, so that the
 * choice never depends on the order seeds were indexed in.
 */
export function compareOriginals(a: SeedInfo, b: SeedInfo): number {
  return compareDates(a.date, b.date) || metadataRichness(b) - metadataRichness(a) || comparePaths(a.path, b.path);
}

/**
 * Dates compare at the precision of the less precise one: `2020-08` is neither before nor after
 * `2020-08-15`, but it is before `2020-09-01`.
 */
function compareDates(a: string | undefined, b: string | undefined): number {
  const dayA = a === undefined ? undefined : ISO_DATE.exec(a.trim())?.[0];
  const dayB = b === undefined ? undefined : ISO_DATE.exec(b.trim())?.[0];
  if (dayA === undefined || dayB === undefined) return 0;
  const precision = Math.min(dayA.length, dayB.length);
  return comparePaths(dayA.slice(0, precision), dayB.slice(0, precision));
}

function metadataRichness(info: SeedInfo): number {
  return Number(info.declares.frontMatter) + Number(info.declares.title) + Number(info.date !== undefined);
}

/** Plain code-unit order, the same in every locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
