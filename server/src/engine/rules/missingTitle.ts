import { setHeaderField } from '../headerEdits';
import { isBylineLine } from '../parse/byline';
import type { Fix, Rule } from './rule';

const MAX_TITLE = 120;

export const missingTitle: Rule<'missing-title'> = {
  id: 'missing-title',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'No title in the header and no headline on the first line.',
  check(context) {
    const { parsed } = context.seed;
    const firstPassage = parsed.passages[0];
    if (parsed.title || !firstPassage) return [];
    const fixes: Fix[] = [];
    for (const containment of context.corpus.containments) {
      const title = containment.info.title;
      if (title && !fixes.some((fix) => fix.title.includes(title))) {
        fixes.push({ kind: 'edit', title: `Insert title: ${title} (from ${containment.info.path})`, preferred: fixes.length === 0, edits: [setHeaderField(parsed, 'title', title)] });
      }
    }
    // A byline or dateline on top ("Posted on 7/23/2012 by …") is no title; the text under it may be.
    const titleSource = parsed.passages.find((passage) => !isBylineLine(passage.text)) ?? firstPassage;
    const firstLine = firstSentence(titleSource.text);
    fixes.push({ kind: 'edit', title: `Use the first line as title: ${firstLine}`, preferred: fixes.length === 0, edits: [setHeaderField(parsed, 'title', firstLine)] });
    return [{ span: firstPassage.span, message: 'This seed has no title: no `title` in the header and no headline on the first line.', fixes }];
  },
};

function firstSentence(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const trimmed = sentence.replace(/[.]$/, '');
  return trimmed.length > MAX_TITLE ? `${trimmed.slice(0, MAX_TITLE - 1).trimEnd()}…` : trimmed;
}
