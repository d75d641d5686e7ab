import type { AnnotatedTextEdit, ChangeAnnotation, DeleteFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { LocatedEdit, LocatedFix, SeedFinding } from '../engine/findings';
import { compatibleFixes } from '../engine/fixes';
import type { CorpusFixParams, CorpusFixResult } from '../protocol/protocol';
import { pastBom } from './bomColumn';
import type { Corpus } from '../engine/corpus/corpus';
import { CORPUS_WIDE_RULES, type CorpusWideRule } from '../engine/corpus/corpusWide';
import type { SeedTexts } from './documents';
import type { Findings, FindingsStore } from './findings';

/**
 * The fix one finding gets when a rule is fixed in every seed: its preferred edit (set the
 * detected `lang`, insert the proposed date, delete a boilerplate line), or for a copy of another
 * seed its deletion; nothing for a finding that only opens a place or records a choice.
 */
function corpusFixOf(finding: SeedFinding): LocatedFix | undefined {
  return finding.fixes.find((fix) => fix.preferred && fix.kind === 'edit') ?? finding.fixes.find((fix) => fix.kind === 'delete-seed');
}

/**
 * `seedCurator/corpusFix`: one workspace edit fixing every finding of a rule across the corpora,
 * each change annotated by its fix's title and, when `confirmEach`, as needing confirmation, so an
 * editor shows it in a refactor preview where the curator checks what to apply. Within a seed, fixes that overlap one kept before are
 * left out (a next run fixes them against the new text).
 */
/** A seed's findings as a corpus fix reads them. */
type FixableSeed = Pick<Findings, 'seedFindings' | 'version' | 'bomInDocument'>;

/**
 * The findings of a rule in every seed: those published, but for a rule a corpus tells of once
 * (a corpus-wide summary, see engine/corpus/corpusWide.ts), each seed's own finding, worked out
 * afresh: fixing it "in every seed" means every seed lacking the field, not only the one the
 * summary sits on.
 */
export async function findingsToFix(rule: string, store: FindingsStore, corpora: readonly Corpus[], texts: SeedTexts): Promise<Map<string, FixableSeed>> {
  const seeds = new Map<string, FixableSeed>(store.entries());
  if (!(CORPUS_WIDE_RULES as readonly string[]).includes(rule)) return seeds;
  const textOf = async (uri: string) => {
    const read = await texts.read(uri);
    return read.ok ? read.text : undefined;
  };
  for (const corpus of corpora) {
    if (!corpus.config.summarise.corpusWide) continue;
    for (const [uri, seedFindings] of await corpus.eachSeedsFindings(rule as CorpusWideRule, textOf)) {
      const published = store.get(uri);
      seeds.set(uri, { seedFindings, version: published?.version, bomInDocument: published?.bomInDocument });
    }
  }
  return seeds;
}

export function corpusFix(seeds: ReadonlyMap<string, FixableSeed>, { rule, confirmEach }: CorpusFixParams): CorpusFixResult {
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  const documentChanges: (TextDocumentEdit | DeleteFile)[] = [];
  let fixes = 0;
  const annotate = (title: string) => {
    changeAnnotations[title] ??= { label: title, needsConfirmation: confirmEach };
    return title;
  };
  for (const [uri, found] of seeds) {
    const chosen = (found.seedFindings ?? []).filter((finding) => finding.rule === rule).flatMap((finding) => {
      const fix = corpusFixOf(finding);
      return fix ? [fix] : [];
    });
    const deletion = chosen.find((fix) => fix.kind === 'delete-seed');
    if (deletion) {
      documentChanges.push({ kind: 'delete', uri, annotationId: annotate(deletion.title) });
      fixes++;
      continue;
    }
    const titled = chosen.flatMap((fix) => (fix.kind === 'edit' ? [fix.edits.map((edit) => ({ ...edit, title: fix.title }))] : []));
    const plan = compatibleFixes<LocatedEdit & { title: string }>(titled);
    if (plan.fixes === 0) continue;
    const edits: AnnotatedTextEdit[] = plan.edits.map(({ range, newText, title }) => ({ range: found.bomInDocument ? pastBom(range) : range, newText, annotationId: annotate(title) }));
    documentChanges.push({ textDocument: { uri, version: found.version ?? null }, edits });
    fixes += plan.fixes;
  }
  return { edit: { documentChanges, changeAnnotations } satisfies WorkspaceEdit, seeds: documentChanges.length, fixes };
}
