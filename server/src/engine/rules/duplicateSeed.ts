import type { SeedContainment } from '../corpus/corpusFacts';
import type { Range } from '../findings';
import type { CorpusRule, CorpusContext } from './rule';

const START_OF_FILE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export const duplicateSeed: CorpusRule<'duplicate-seed'> = {
  id: 'duplicate-seed',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'A seed mostly contained in another one (containment over a threshold, default 0.8).',
  check(context) {
    const container = containerOf(context);
    if (!container) return [];
    const lines = context.seed.parsed.lines;
    const percent = Math.round(container.share * 100);
    const firstLine = { start: 0, end: lines.lineEnd(0) };
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
 * The seed this one is a duplicate of, if any: the one `duplicate-seed` names. Two seeds that
 * contain each other are copies of one article, and only the one that is not the original is
 * told so (the corpus decides, see `seedContaining` in `corpus/copies.ts`).
 */
export function containerOf(context: CorpusContext): SeedContainment | undefined {
  return context.corpus.container;
}
