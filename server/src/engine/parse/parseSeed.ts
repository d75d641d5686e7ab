import { fieldOf, type Block, type BodyChrome, type Header, type ParsedSeed, type Passage, type QuotedReply, type Title } from '../model';
import { LineMap } from '../text/lineMap';
import { findChromeUnderTitle, firstContentLine, findLeadChrome, passageOf, passagesOf, splitBlocks } from './body';
import { parseFrontMatter, startsWithFrontMatter } from './frontMatter';
import { headlineAt } from './headline';
import { parseLegacyHeader } from './legacyHeader';
import { parseMailHeader } from './mailHeader';
import { findBodyChrome } from './bodyChrome';
import { findQuotes } from './quotes';

const NO_HEADER: Header = { kind: 'none', span: { start: 0, end: 0 }, fields: [], problems: [] };

/** Parses a seed's text. A leading BOM is set aside (and kept by writers) so that offsets match an editor's. */
export function parseSeed(rawText: string): ParsedSeed {
  const hasBom = rawText.charCodeAt(0) === 0xfeff;
  const text = hasBom ? rawText.slice(1) : rawText;
  const lines = new LineMap(text);
  const header = startsWithFrontMatter(lines) ? parseFrontMatter(lines) : (parseMailHeader(lines) ?? parseLegacyHeader(lines) ?? NO_HEADER);
  return header.fused ? parseFusedBody(text, hasBom, lines, header) : parseBody(text, hasBom, lines, header);
}

function parseBody(text: string, hasBom: boolean, lines: LineMap, header: Header): ParsedSeed {
  const afterHeader = lines.lineAt(header.span.end);
  const headerTitle = fieldOf(header, 'title');
  const titled = headerTitle !== undefined && headerTitle.value.trim().length > 0;
  const lead = findLeadChrome(lines, afterHeader, (line) => !titled && headlineAt(lines, line) !== undefined);
  const afterLead = lead.length > 0 ? lines.lineAt(lead[lead.length - 1].span.end - 1) + 1 : afterHeader;
  const firstLine = firstContentLine(lines, afterLead);
  const title: Title | undefined = titled
    ? { text: headerTitle.value.trim(), span: headerTitle.valueSpan, from: 'header' }
    : headlineAt(lines, firstLine);
  const titleLastLine = title?.from === 'first-line' ? lines.lineAt(title.span.end) : firstLine - 1;
  const underTitle = title?.from === 'first-line' ? findChromeUnderTitle(lines, titleLastLine) : [];
  lead.push(...underTitle);
  const bodyFirstLine = underTitle.length > 0 ? underTitle[underTitle.length - 1].lines.at(-1)! + 1 : titleLastLine + 1;
  const blocks = splitBlocks(lines, bodyFirstLine);
  const { passages, bodyChrome, quotes } = articleText(lines, blocks, bodyFirstLine);
  if (title?.from === 'first-line') {
    const titlePassage = passageOf(lines, title.span, firstLine, true);
    if (titlePassage) passages.unshift(titlePassage);
  }
  const bodyStart = lines.lineStarts[Math.min(bodyFirstLine, lines.lineCount - 1)];
  return { text, hasBom, lines, header, lead, title, bodyStart, blocks, passages, bodyChrome, quotes };
}

/** The body starts inside the header's last line, right after the fused value. */
function parseFusedBody(text: string, hasBom: boolean, lines: LineMap, header: Header): ParsedSeed {
  const fused = header.fused!;
  const fusedLine = lines.lineAt(fused.bodyStart);
  const blocks = splitBlocks(lines, fusedLine);
  if (blocks.length > 0 && blocks[0].firstLine === fusedLine) blocks[0].span.start = fused.bodyStart;
  const { passages, bodyChrome, quotes } = articleText(lines, blocks, fusedLine);
  if (passages.length > 0 && passages[0].line === fusedLine) {
    const fusedPassage = passageOf(lines, { start: fused.bodyStart, end: passages[0].span.end }, fusedLine, false);
    if (fusedPassage) passages[0] = fusedPassage;
  }
  return { text, hasBom, lines, header, lead: [], bodyStart: fused.bodyStart, blocks, passages, bodyChrome, quotes };
}

/** The body's passages without those of quotes and chrome, which are found first. */
function articleText(lines: LineMap, blocks: Block[], firstLine: number): { passages: Passage[]; bodyChrome: BodyChrome[]; quotes: QuotedReply[] } {
  const quotes = findQuotes(lines, firstLine);
  const quoted = new Set(quotes.flatMap((quote) => range(quote.firstLine, quote.lastLine)));
  const bodyChrome = findBodyChrome(lines, firstLine, (line) => quoted.has(line));
  const notArticle = new Set([...quoted, ...bodyChrome.flatMap((chrome) => range(chrome.firstLine, chrome.lastLine))]);
  const passages = blocks.flatMap((block) => passagesOf(lines, block)).filter((passage) => !notArticle.has(passage.line));
  return { passages, bodyChrome, quotes };
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
