import { setHeaderField } from '../headerEdits';
import { isBylineLine } from '../parse/byline';
import type { Fix, CorpusRule } from './rule';

const MAX_TITLE = 120;
const HEADLINE_WORDS = 15;

export const missingTitle: CorpusRule<'missing-title'> = {
  id: 'missing-title',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'No title in the header and no headline on the first line.',
  check(context) {
    const { parsed } = context.seed;
    const firstPassage = parsed.passages[0];
    if (parsed.title || !firstPassage) return [];
    const fixes: Fix[] = [];
    // Only the seed this one is a copy of has its title: a seed that merely shares a paragraph or a line is another article.
    const original = context.corpus.container?.info;
    if (original?.title) {
      fixes.push({ kind: 'edit', title: `Insert title: ${original.title} (from ${original.path})`, preferred: true, edits: [setHeaderField(parsed, 'title', original.title)] });
    }
    // A byline or dateline on top ("Posted on 7/23/2012 by …") is no title; the text under it may be.
    const titleSource = parsed.passages.find((passage) => !isBylineLine(passage.text)) ?? firstPassage;
    const firstLine = firstSentence(titleSource.text);
    // A long sentence of the body is a poor title: offered, but not as the fix to take.
    const headlineLike = firstLine.split(/\s+/).length <= HEADLINE_WORDS;
    fixes.push({ kind: 'edit', title: `Use the first line as title: ${firstLine}`, preferred: fixes.length === 0 && headlineLike, edits: [setHeaderField(parsed, 'title', firstLine)] });
    return [{ span: firstPassage.span, message: 'This seed has no title: no "title" in the header and no headline on the first line.', fixes }];
  },
};

function firstSentence(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const trimmed = sentence.replace(/[.]$/, '');
  return trimmed.length > MAX_TITLE ? `${trimmed.slice(0, MAX_TITLE - 1).trimEnd()}…` : trimmed;
}
