import { MAX_RELATED } from './corpusDuplicate';
import { deleteLinesEdit, type CorpusRule } from './rule';

export const quotedReply: CorpusRule<'quoted-reply'> = {
  id: 'quoted-reply',
  defaultSeverity: 'info',
  crossSeed: true,
  summary: 'Lines quoted from another message ("> …"), linked to the seed they come from when it is in the corpus.',
  check(context) {
    const { quotes } = context.seed.parsed;
    return quotes.map((quote, index) => {
      const sources = [...new Map((context.corpus.quoteSources[index] ?? []).map((twin) => [twin.location.uri, twin])).values()];
      const lines = `lines ${quote.firstLine + 1}–${quote.lastLine + 1}`;
      const first = sources[0];
      return {
        span: quote.span,
        message: first
          ? `Quoted text (${lines}) from ${first.path} (line ${first.location.range.start.line + 1})${sources.length > 1 ? ` and ${sources.length - 1} other seed${sources.length > 2 ? 's' : ''}` : ''}.`
          : `Quoted text (${lines}) from a message that is not in this corpus.`,
        related: sources.slice(0, MAX_RELATED).map((twin) => ({ location: twin.location, message: `Quoted from ${twin.path}` })),
        fixes: [{ kind: 'edit', title: 'Delete the quoted lines', edits: [deleteLinesEdit(context, quote.span)] }],
      };
    });
  },
};
