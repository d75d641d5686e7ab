import { ServerCommands } from '../../protocol/protocol';
import type { Rule } from './rule';

export const duplicateSeed: Rule = {
  id: 'duplicate-seed',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'A seed mostly contained in another one (containment over a threshold, default 0.8).',
  check(context) {
    const threshold = context.config.duplicates.containment;
    const container = context.corpus.containments.find((c) => c.share >= threshold && !keepsThisOne(context.uri, c.info.uri, c.share));
    if (!container) return [];
    const lines = context.seed.parsed.lines;
    const percent = Math.round(container.share * 100);
    const firstLine = { start: 0, end: lines.lineEnd(0) };
    return [
      {
        span: firstLine,
        message: `${percent}% of this seed is also in ${container.info.path} (${container.passages} passage${container.passages === 1 ? '' : 's'}).`,
        related: [{ location: { uri: container.info.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, message: `The seed that contains it: ${container.info.path}` }],
        fixes: [
          { title: 'Delete this seed file', deleteFile: true },
          {
            title: `Open ${container.info.path}`,
            preferred: true,
            command: { title: `Open ${container.info.path}`, command: ServerCommands.openLocation, arguments: [{ uri: container.info.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] },
          },
        ],
        details: { other: container.info.uri, otherPath: container.info.path, share: container.share },
      },
    ];
  },
};

/**
 * Two copies of one article contain each other: only one of them should be told it is the
 * duplicate, so the first in path order is kept.
 */
function keepsThisOne(uri: string, otherUri: string, share: number): boolean {
  return share >= 0.999 && uri < otherUri;
}
