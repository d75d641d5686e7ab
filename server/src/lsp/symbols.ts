import { splitLines } from '../engine/text/lineBreaks';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { AnalysedSeed } from '../engine/analyse';
import type { CorpusConfig } from '../engine/config/config';
import type { LeadChrome, Span } from '../engine/model';
import { isBoilerplateLine } from '../engine/parse/boilerplatePhrases';
import { isCaptionLine } from '../engine/parse/chrome';

const PREVIEW = 60;
/** Chrome is an event in the page; a byline, like the header, says who wrote it and when. */
const SYMBOL_KINDS = { boilerplate: SymbolKind.Event, caption: SymbolKind.Event, byline: SymbolKind.Property, paragraph: SymbolKind.String };

/**
 * The outline: front matter and its keys, the title, bylines, subheadings with the paragraphs under
 * them, and blocks of boilerplate and captions.
 */
export function documentSymbols(seed: AnalysedSeed, config: CorpusConfig): DocumentSymbol[] {
  const { parsed } = seed;
  const lines = parsed.lines;
  const symbol = (name: string, detail: string, kind: SymbolKind, span: Span, children: DocumentSymbol[] = []): DocumentSymbol => {
    const range = lines.range(span.start, span.end);
    return { name: name.trim() || '(empty)', detail, kind, range, selectionRange: range, children };
  };
  const symbols: DocumentSymbol[] = [];
  if (parsed.header.kind !== 'none') {
    const keys = parsed.header.fields.map((field) => symbol(field.key, field.value, SymbolKind.Property, field.span));
    symbols.push(symbol(parsed.header.kind === 'front-matter' ? 'Front matter' : 'Header', `${keys.length} keys`, SymbolKind.Namespace, parsed.header.span, keys));
  }
  const chromeSymbol = (chrome: LeadChrome) =>
    symbol(chrome.kind === 'navigation' ? 'Navigation' : 'Caption', lines.lineText(chrome.lines[0]).trim(), SymbolKind.Event, chrome.span);
  // In the order of the text: chrome before the title, the title, chrome under it.
  symbols.push(...parsed.lead.filter((chrome) => chrome.where === 'before-title').map(chromeSymbol));
  if (parsed.title) symbols.push(symbol(parsed.title.text, 'title', SymbolKind.String, parsed.title.span));
  symbols.push(...parsed.lead.filter((chrome) => chrome.where === 'under-title').map(chromeSymbol));

  let section: DocumentSymbol | undefined;
  for (const block of parsed.blocks) {
    const text = lines.text.slice(block.span.start, block.span.end).trim();
    const firstLine = splitLines(text)[0].trim();
    if (block.kind === 'subheading' && !isBoilerplateLine(text, config)) {
      section = symbol(text, 'subheading', SymbolKind.Module, block.span);
      symbols.push(section);
      continue;
    }
    const kind = isBoilerplateLine(firstLine, config) ? 'boilerplate' : isCaptionLine(firstLine) ? 'caption' : block.kind === 'byline' ? 'byline' : 'paragraph';
    const name = firstLine.length > PREVIEW ? `${firstLine.slice(0, PREVIEW - 1)}…` : firstLine;
    const item = symbol(name, kind, SYMBOL_KINDS[kind], block.span);
    if (section) {
      section.children!.push(item);
      section.range = { start: section.range.start, end: item.range.end };
    } else symbols.push(item);
  }
  return symbols;
}
