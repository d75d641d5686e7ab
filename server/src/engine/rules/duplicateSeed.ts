import type { SeedContainment } from '../corpus/corpusFacts';
import type { Range } from '../findings';
import type { Span } from '../model';
import type { CorpusRule, CorpusContext, Finding } from './rule';

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const duplicateSeed: CorpusRule<'duplicate-seed'> = {
  id: 'duplicate-seed',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'A seed mostly contained in another one (containment over a threshold, default 0.8); the seed to keep gets one note naming its copies.',
  check(context) {
    const container = containerOf(context);
    const lines = context.seed.parsed.lines;
    const firstLine = { start: 0, end: lines.lineEnd(0) };
    if (!container) return context.config.summarise.copies && context.corpus.copies.length > 0 ? [copiesNote(context, firstLine)] : [];
    const percent = Math.round(container.share * 100);
    return [
      {
        span: firstLine,
        message: `${percent}% of this seed is also in ${container.info.path} (${container.passages} passage${container.passages === 1 ? '' : 's'}).`,
        related: [{ location: { uri: container.info.uri, range: START_OF_FILE }, message: `The seed that contains it: ${container.info.path}` }],
        fixes: [
          { kind: 'delete-seed', title: 'Delete this seed file' },
          { kind: 'open-location', title: `Open ${container.info.path}`, preferred: true, target: { uri: container.info.uri, range: START_OF_FILE } },
        ],
        details: { other: container.info.uri, otherPath: container.info.path, share: container.share },
      },
    ];
  },
};

/**
 * The seed to keep is told once which seeds copy it, instead of a `corpus-duplicate` on every
 * passage they share: each copy names it, and carries the findings and the fixes.
 */
function copiesNote(context: CorpusContext, firstLine: Span): Finding<'duplicate-seed'> {
  const copies = context.corpus.copies;
  const listed = copies.slice(0, MAX_LISTED_COPIES).map((copy) => copy.info.path);
  const rest = copies.length - listed.length;
  const first = copies[0].info;
  return {
    span: firstLine,
    note: true,
    message: `This seed has ${copies.length} ${copies.length === 1 ? 'copy' : 'copies'}: ${listed.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}. ${copies.length === 1 ? 'It carries' : 'They carry'} the duplicate findings; this is the one to keep.`,
    related: copies.slice(0, MAX_LISTED_COPIES).map((copy) => ({ location: { uri: copy.info.uri, range: START_OF_FILE }, message: `A copy of this seed: ${copy.info.path}` })),
    fixes: [{ kind: 'open-location', title: `Open ${first.path}`, target: { uri: first.uri, range: START_OF_FILE } }],
    details: { copies: copies.length, copyPaths: listed },
  };
}

/** Copies named in the seed to keep's note; the message counts the rest. */
const MAX_LISTED_COPIES = 5;

/**
 * The seed this one is a duplicate of, if any: the one `duplicate-seed` names. Two seeds that
 * contain each other are copies of one article, and only the one that is not the original is
 * told so (the corpus decides, see `seedContaining` in `corpus/copies.ts`).
 */
export function containerOf(context: CorpusContext): SeedContainment | undefined {
  return context.corpus.container;
}
