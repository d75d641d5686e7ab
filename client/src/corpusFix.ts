import * as vscode from 'vscode';
import { CorpusFixRequest } from '../../server/src/protocol/protocol';
import type { SeedCuratorContext } from './context';
import { seedProblems } from './seedDiagnostics';
import type { TreeNode } from './views/treeNodes';

/** A rule row of "Problems by rule": its context menu fixes the rule in every seed. */
export const RULE_PROBLEMS_CONTEXT = 'seedCurator.ruleProblems';

const REVIEW = 'Review in Preview';
const APPLY_ALL = 'Apply All';

/**
 * Fixes every finding of a rule across the corpus (the row's rule, the rule named, or one picked), after asking:
 * *Review in Preview* opens VS Code's refactor preview with each change to check (the edit's
 * changes need confirmation); *Apply All* makes them at once. Either way one undo takes it back.
 */
export function fixRuleInCorpus(ctx: SeedCuratorContext): (target?: TreeNode | string) => Promise<void> {
  return async (target) => {
    const client = ctx.client;
    if (!client?.isRunning()) {
      ctx.showProblem('the language server is not running.');
      return;
    }
    const rule = typeof target === 'string' ? target : typeof target?.argument === 'string' ? target.argument : await pickRule();
    if (!rule) return;
    const planned = await client.sendRequest(CorpusFixRequest, { rule, confirmEach: true });
    if (planned.fixes === 0) {
      void vscode.window.showInformationMessage(`Seed Curator: no ${rule} finding has a fix to apply everywhere.`);
      return;
    }
    const choice = await vscode.window.showWarningMessage(
      `Fix ${planned.fixes} ${rule} ${planned.fixes === 1 ? 'finding' : 'findings'} in ${planned.seeds} ${planned.seeds === 1 ? 'seed' : 'seeds'}?`,
      { modal: true, detail: 'Review in Preview lists every change for you to check before applying; Apply All makes them at once. One undo takes them back.' },
      REVIEW,
      APPLY_ALL,
    );
    if (!choice) return;
    const result = choice === REVIEW ? planned : await client.sendRequest(CorpusFixRequest, { rule, confirmEach: false });
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.toString()));
    if (await vscode.workspace.applyEdit(edit, { isRefactoring: true })) await saveFixed(edit, dirtyBefore);
  };
}

/**
 * Saves the seeds the fix changed that had no unsaved changes before (thousands of them may be
 * left open and dirty otherwise); a seed the curator was editing stays unsaved.
 */
async function saveFixed(edit: vscode.WorkspaceEdit, dirtyBefore: Set<string>): Promise<void> {
  const changed = new Set(edit.entries().map(([uri]) => uri.toString()));
  const toSave = vscode.workspace.textDocuments.filter((document) => document.isDirty && changed.has(document.uri.toString()) && !dirtyBefore.has(document.uri.toString()));
  await Promise.all(toSave.map((document) => document.save()));
}

async function pickRule(): Promise<string | undefined> {
  const counts = new Map<string, number>();
  for (const { rule } of seedProblems()) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const items = [...counts].sort((a, b) => b[1] - a[1]).map(([rule, count]) => ({ label: rule, description: `${count}` }));
  return (await vscode.window.showQuickPick(items, { title: 'Fix every finding of a rule in the whole corpus' }))?.label;
}
