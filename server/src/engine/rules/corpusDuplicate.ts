import { acceptedEntryOf, acceptedPlaces } from '../config/acceptedDuplicates';
import { severityOf } from '../config/config';
import { containerOf, duplicateSeed } from './duplicateSeed';
import type { Twin } from '../findings';
import type { Fix, Finding, CorpusRule } from './rule';
import { deletePassageEdit, isWholeParagraph } from './passageEdits';

/** Places a finding lists; the message counts the rest, and `seedCurator/duplicates` gives them all. */
export const MAX_RELATED = 5;

/** The stable name of a passage's normalised text, as version 0.1 recorded an accepted duplicate (still honoured). */
export function fingerprintOf(key: number): string {
  return key.toString(36);
}

/**
 * The closest twin first, then by path and line: the index lists places in the order seeds
 * reached it, which differs between an editor session and a `check` run of the same corpus.
 */
function byPlace(a: Twin, b: Twin): number {
  return b.similarity - a.similarity || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.location.range.start.line - b.location.range.start.line;
}

export const corpusDuplicate: CorpusRule<'corpus-duplicate'> = {
  id: 'corpus-duplicate',
  defaultSeverity: 'warning',
  crossSeed: true,
  summary: 'A passage found again in other seeds, exactly (after normalising) or nearly (similarity over a threshold).',
  check(context) {
    const findings: Finding<'corpus-duplicate'>[] = [];
    const path = context.path;
    // A seed reported as a duplicate of another is one finding; its passages found there are not
    // repeated one by one. Nor, quiet by default, are passages found in other copies of the same
    // article, the seed to keep among them (see `duplicate-seed`).
    const told = severityOf(context.config, 'duplicate-seed', duplicateSeed.defaultSeverity) !== 'off';
    const container = told ? containerOf(context)?.info.uri : undefined;
    const quiet = told && context.config.summarise.copies;
    const sameArticle = new Set(quiet ? context.corpus.sameArticle : []);
    const toldElsewhere = (uri: string) => uri === container || sameArticle.has(uri);
    context.seed.parsed.passages.forEach((passage, position) => {
      const found = context.corpus.twins.get(position);
      if (!found) return;
      const fingerprint = fingerprintOf(passage.key);
      const accepted = acceptedPlaces(context.config, path, fingerprint, passage.words);
      if (accepted === 'everywhere') return;
      const twins = found.places.filter((twin) => !toldElsewhere(twin.location.uri) && !accepted.has(twin.path)).sort(byPlace);
      if (twins.length === 0) return;
      const count = found.count - (found.places.length - twins.length);
      const first = twins[0];
      const where = `${first.path} (line ${first.location.range.start.line + 1})`;
      const others = count > 1 ? ` and ${count - 1} other place${count > 2 ? 's' : ''}` : '';
      const how = first.similarity >= 1 ? 'also appears in' : `is ${Math.round(first.similarity * 100)}% similar to a passage in`;
      // Only a later copy (in path order) is offered for deletion first, so that fixing every seed keeps one copy.
      const isLaterCopy = twins.some((twin) => twin.location.uri < context.uri);
      // A title or a line out of a paragraph is no paragraph to delete first, however often it recurs.
      const deletable = !passage.isTitle && isWholeParagraph(context, passage);
      const fixes: Fix[] = [{ kind: 'edit', title: 'Delete this passage here', preferred: isLaterCopy && deletable, edits: [deletePassageEdit(context, passage)] }];
      if (context.configUri) {
        fixes.push({
          kind: 'accept-duplicate',
          title: 'Accept this duplicate (record it in .seedcurator.json)',
          configUri: context.configUri,
          entry: acceptedEntryOf(passage.text, [path, ...twins.slice(0, MAX_RELATED).map((twin) => twin.path)]),
        });
      }
      findings.push({
        span: passage.span,
        message: `This ${passage.isTitle ? 'title' : 'passage'} ${how} ${where}${others}.`,
        related: twins.slice(0, MAX_RELATED).map((twin) => ({
          location: twin.location,
          message: twin.similarity >= 1 ? `Same passage in ${twin.path}` : `${Math.round(twin.similarity * 100)}% similar passage in ${twin.path}`,
        })),
        fixes,
        details: { fingerprint, twins: twins.slice(0, MAX_RELATED), count },
      });
    });
    return findings;
  },
};
