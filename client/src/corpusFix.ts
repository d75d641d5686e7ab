import * as vscode from 'vscode';
import { CorpusFixRequest } from '../../server/src/protocol/protocol';
import type { SeedCuratorContext } from './context';
import { seedProblems } from './seedDiagnostics';
import type { TreeNode } from './views/treeNodes';

/** A rule row of "Problems by rule": its context menu fixes the rule in every seed. */
export const RULE_PROBLEMS_CONTEXT = 'seedCurator.ruleProblems';

/**
 * Fixes every finding of a rule across the corpus (the row's rule, or one picked): the server's
 * edit, every change needing confirmation, opens VS Code's refactor preview, where the curator
 * unchecks what should stay before applying; one undo takes it back.
 */
export function fixRuleInCorpus(ctx: SeedCuratorContext): (node?: TreeNode) => Promise<void> {
  return async (node) => {
    const client = ctx.client;
    if (!client?.isRunning()) {
      ctx.showProblem('the language server is not running.');
      return;
    }
    const rule = typeof node?.argument === 'string' ? node.argument : await pickRule();
    if (!rule) return;
    const result = await client.sendRequest(CorpusFixRequest, { rule });
    if (result.fixes === 0) {
      void vscode.window.showInformationMessage(`Seed Curator: no ${rule} finding has a fix to apply everywhere.`);
      return;
    }
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  };
}

async function pickRule(): Promise<string | undefined> {
  const counts = new Map<string, number>();
  for (const { rule } of seedProblems()) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const items = [...counts].sort((a, b) => b[1] - a[1]).map(([rule, count]) => ({ label: rule, description: `${count}` }));
  return (await vscode.window.showQuickPick(items, { title: 'Fix every finding of a rule in the corpus (a preview comes first)' }))?.label;
}
