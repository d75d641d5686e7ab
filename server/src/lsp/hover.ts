import { splitLines } from '../engine/text/lineBreaks';
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PassagePlace } from '../protocol/protocol';
import { withoutBom } from './bomColumn';
import type { SeedTexts } from './documents';

/** Longest excerpt of another place shown in a hover. */
const EXCERPT_CHARS = 600;
/** Twins quoted in one hover. */
const MAX_PLACES = 3;
/** Further places named by path in one hover; the rest are counted. */
const MAX_NAMED = 20;

interface Place {
  uri: string;
  range: Range;
  /** How to name the place: a path relative to the corpus root, or "this seed". */
  label: string;
}

/**
 * On a duplicate, the other places' text and path, read from the open document or from disk. A
 * corpus duplicate's finding lists a few places; the hover asks the index for all of them.
 */
export async function duplicateHover(
  texts: SeedTexts,
  uri: string,
  findings: readonly SeedFinding[],
  position: Position,
  markdown: boolean,
  allPlaces: (position: Position) => Promise<PassagePlace[]>,
): Promise<Hover | null> {
  const finding = findings.find((f) => contains(f.range, position) && placesOf(uri, f).length > 0);
  if (!finding) return null;
  const places = finding.rule === 'corpus-duplicate' ? (await allPlaces(finding.range.start)).map((place) => ({ ...place, label: place.path })) : placesOf(uri, finding);
  const sections = await Promise.all(places.slice(0, MAX_PLACES).map((place) => describe(texts, place, markdown)));
  const named = places.slice(MAX_PLACES, MAX_PLACES + MAX_NAMED).map((place) => `${markdown ? escapeMarkdown(place.label) : place.label} (line ${place.range.start.line + 1})`);
  if (named.length > 0) sections.push(`Also in: ${named.join(', ')}${places.length > MAX_PLACES + MAX_NAMED ? `, and ${places.length - MAX_PLACES - MAX_NAMED} other places` : ''}.`);
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join('\n\n') }, range: finding.range };
}

function placesOf(uri: string, finding: SeedFinding): Place[] {
  switch (finding.rule) {
    case 'duplicate-passage':
      return finding.related.filter(({ location }) => location.uri === uri).map(({ location }) => ({ ...location, label: 'this seed' }));
    case 'corpus-duplicate':
      return (finding.details?.twins ?? []).map((twin) => ({ ...twin.location, label: twin.path }));
    case 'duplicate-seed': {
      const details = finding.details;
      // The whole other seed is the duplicate; its opening is what identifies it.
      // The seed to keep's note lists its copies as related places, not one twin.
      return details && 'other' in details ? [{ uri: details.other, range: { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } }, label: details.otherPath }] : [];
    }
    default:
      return [];
  }
}

async function describe(texts: SeedTexts, place: Place, markdown: boolean): Promise<string> {
  const line = place.range.start.line + 1;
  const read = await texts.read(place.uri);
  // Places are the engine's ranges, which never count a BOM, whether the text is an open document's or a file's.
  const excerpt = read.ok ? clip(TextDocument.create(place.uri, 'seed', 0, withoutBom(read.text)).getText(place.range)) : `(${read.reason})`;
  if (!markdown) return `In ${place.label}, line ${line}:\n${excerpt}`;
  const link = `${place.uri}#L${line}`;
  const quoted = splitLines(excerpt).map((text) => `> ${escapeMarkdown(text)}`).join('\n');
  return `**In [${escapeMarkdown(place.label)}](${link}), line ${line}:**\n\n${quoted}`;
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > EXCERPT_CHARS ? `${trimmed.slice(0, EXCERPT_CHARS - 1)}…` : trimmed;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

function contains(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
