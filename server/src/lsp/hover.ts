import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SeedTexts } from './documents';

/** Longest excerpt of another place shown in a hover. */
const EXCERPT_CHARS = 600;
/** Twins shown in one hover; the rest are counted. */
const MAX_PLACES = 3;

interface Place {
  uri: string;
  range: Range;
  /** How to name the place: a path relative to the corpus root, or "this seed". */
  label: string;
}

/** On a duplicate, the other place's text and path, read from the open document or from disk. */
export async function duplicateHover(texts: SeedTexts, uri: string, findings: readonly SeedFinding[], position: Position, markdown: boolean): Promise<Hover | null> {
  const finding = findings.find((f) => contains(f.range, position) && placesOf(uri, f).length > 0);
  if (!finding) return null;
  const places = placesOf(uri, finding);
  const sections = await Promise.all(places.slice(0, MAX_PLACES).map((place) => describe(texts, place, markdown)));
  if (places.length > MAX_PLACES) sections.push(`…and ${places.length - MAX_PLACES} other places.`);
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
      return details ? [{ uri: details.other, range: { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } }, label: details.otherPath }] : [];
    }
    default:
      return [];
  }
}

async function describe(texts: SeedTexts, place: Place, markdown: boolean): Promise<string> {
  const line = place.range.start.line + 1;
  const read = await texts.read(place.uri);
  const excerpt = read.ok ? clip(TextDocument.create(place.uri, 'seed', 0, read.text).getText(place.range)) : `(${read.reason})`;
  if (!markdown) return `In ${place.label}, line ${line}:\n${excerpt}`;
  const link = `${place.uri}#L${line}`;
  const quoted = excerpt.split(/\r?\n/).map((text) => `> ${escapeMarkdown(text)}`).join('\n');
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
