import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { splitLines } from '../engine/text/lineBreaks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ClientCommands, type CompareArgs, type ComparedPlace, type PassagePlace } from '../protocol/protocol';
import { withoutBom } from './bomColumn';
import type { SeedTexts } from './documents';
import { otherPlaces, ownPlace } from './otherPlaces';
import type { RuleDocs } from '../edge/ruleDocs';

/**
 * Longest opening of another place shown in a hover: enough to recognise it. The hover sits over
 * the passage it belongs beside, so it names the twin and links to a diff instead of quoting it.
 */
const OPENING_CHARS = 80;
/** Twins with their opening in one hover. */
const MAX_PLACES = 3;
/** Further places named by path in one hover; the rest are counted. */
const MAX_NAMED = 20;

export interface HoverOptions {
  markdown: boolean;
  /** `command:` links run the client's commands (ClientCommands.compare). */
  commandLinks: boolean;
  docs: RuleDocs;
}

/**
 * On a finding, its rule in one line with a link to its documentation; on a duplicate, the other
 * places by path and opening, each with a link to compare it. A corpus duplicate's finding lists a
 * few places; the hover asks the index for all of them.
 */
export async function findingHover(
  texts: SeedTexts,
  uri: string,
  findings: readonly SeedFinding[],
  position: Position,
  options: HoverOptions,
  allPlaces: (position: Position) => Promise<PassagePlace[]>,
): Promise<Hover | null> {
  const here = findings.filter((finding) => contains(finding.range, position));
  if (here.length === 0) return null;
  const rules = [...new Set(here.map((finding) => finding.rule))];
  const sections = rules.map((rule) => ruleLine(rule, options));
  const duplicate = here.find((finding) => otherPlaces(uri, finding).length > 0);
  if (duplicate) sections.push(...(await duplicateSections(texts, uri, duplicate, options, allPlaces)));
  return { contents: { kind: options.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join('\n\n') }, range: (duplicate ?? here[0]!).range };
}

function ruleLine(rule: string, { markdown, docs }: HoverOptions): string {
  const summary = docs.summary(rule) ?? '';
  if (!markdown) return `${rule}: ${summary}`;
  return `**${rule}**: ${summary} [Documentation](${docs.href(rule)})`;
}

async function duplicateSections(
  texts: SeedTexts,
  uri: string,
  finding: SeedFinding,
  options: HoverOptions,
  allPlaces: (position: Position) => Promise<PassagePlace[]>,
): Promise<string[]> {
  const places: ComparedPlace[] =
    finding.rule === 'corpus-duplicate' ? (await allPlaces(finding.range.start)).map((place) => ({ uri: place.uri, range: place.range, label: place.path })) : otherPlaces(uri, finding);
  const own = ownPlace(uri, finding);
  const sections = await Promise.all(places.slice(0, MAX_PLACES).map((place) => describe(texts, place, own, options)));
  const named = places.slice(MAX_PLACES, MAX_PLACES + MAX_NAMED).map((place) => `${text(place.label, options.markdown)} (line ${lineOf(place)})`);
  if (named.length > 0) sections.push(`Also in: ${named.join(', ')}${places.length > MAX_PLACES + MAX_NAMED ? `, and ${places.length - MAX_PLACES - MAX_NAMED} other places` : ''}.`);
  return sections;
}

async function describe(texts: SeedTexts, place: ComparedPlace, own: ComparedPlace, options: HoverOptions): Promise<string> {
  const read = await texts.read(place.uri);
  // Places are the engine's ranges, which never count a BOM, whether the text is an open document's or a file's.
  const seedText = read.ok ? withoutBom(read.text) : '';
  const range = place.range ?? openingLine(seedText);
  const opening = read.ok ? clip(TextDocument.create(place.uri, 'seed', 0, seedText).getText(range)) : `(${read.reason})`;
  const where = place.range ? `, line ${lineOf(place)}` : '';
  if (!options.markdown) return `Also in ${place.label}${where}: ${opening}`;
  const link = `[${text(place.label, true)}](${place.uri}#L${lineOf(place)})`;
  const compare = options.commandLinks ? ` · [Compare](${compareLink({ left: place, right: own })})` : '';
  return `Also in ${link}${where}: “${text(opening, true)}”${compare}`;
}

function compareLink(args: CompareArgs): string {
  return `command:${ClientCommands.compare}?${encodeURIComponent(JSON.stringify([args]))}`;
}

/** The first line of text of a whole seed (past blank lines and a `---`), which identifies it. */
function openingLine(text: string): Range {
  const line = Math.max(0, splitLines(text).findIndex((candidate) => candidate.trim() !== '' && candidate.trim() !== '---'));
  return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
}

function lineOf(place: ComparedPlace): number {
  return (place.range?.start.line ?? 0) + 1;
}

/** The start of a passage on one line, cut at a word. */
function clip(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  if (flat.length <= OPENING_CHARS) return flat;
  const cut = flat.slice(0, OPENING_CHARS);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > OPENING_CHARS / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

function text(value: string, markdown: boolean): string {
  return markdown ? value.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&') : value;
}

function contains(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
