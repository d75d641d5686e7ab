import * as vscode from 'vscode';
import { RULE_PROBLEMS_CONTEXT } from '../corpusFix';
import { openLocationCommand } from '../location';
import { seedProblems, type SeedProblem } from '../seedDiagnostics';
import { countLabel, type TreeNode } from './treeNodes';

const PROBLEMS_NODE_ID = 'problemsByRule';
/** Seeds listed under one rule, most findings first; the rest are counted (the Problems panel has them all). */
const MAX_SEEDS_PER_RULE = 100;

/** The Corpus view's "Problems by rule": each rule with its count, then its seeds with theirs. */
export function problemsByRuleNode(): TreeNode {
  const byRule = new Map<string, Map<string, SeedProblem[]>>();
  const problems = seedProblems();
  for (const problem of problems) {
    const seeds = byRule.get(problem.rule) ?? new Map<string, SeedProblem[]>();
    byRule.set(problem.rule, seeds);
    const key = problem.uri.toString();
    const found = seeds.get(key);
    if (found) found.push(problem);
    else seeds.set(key, [problem]);
  }
  const rules = [...byRule].map(([rule, seeds]) => ({ rule, seeds: [...seeds.values()], count: [...seeds.values()].reduce((sum, found) => sum + found.length, 0) }));
  rules.sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  return {
    id: PROBLEMS_NODE_ID,
    label: 'Problems by rule',
    description: countLabel(problems.length, 'problem', 'problems'),
    icon: new vscode.ThemeIcon('list-tree'),
    children: rules.map(({ rule, seeds, count }) => ruleNode(rule, seeds, count)),
  };
}

function ruleNode(rule: string, seeds: SeedProblem[][], count: number): TreeNode {
  const id = `${PROBLEMS_NODE_ID}/${rule}`;
  const ranked = [...seeds].sort((a, b) => b.length - a.length);
  const shown = ranked.slice(0, MAX_SEEDS_PER_RULE).map((found): TreeNode => {
    const [first] = found as [SeedProblem];
    return {
      id: `${id}/${first.uri.toString()}`,
      label: vscode.workspace.asRelativePath(first.uri, false),
      description: countLabel(found.length, 'problem', 'problems'),
      tooltip: first.diagnostic.message,
      resourceUri: first.uri,
      command: openLocationCommand(new vscode.Location(first.uri, first.diagnostic.range), 'Go to the first'),
    };
  });
  const rest = seeds.length - shown.length;
  const more: TreeNode[] = rest > 0 ? [{ id: `${id}/more`, label: `and ${countLabel(rest, 'other seed', 'other seeds')}`, description: 'see the Problems panel' }] : [];
  return {
    id,
    label: rule,
    description: `${count} in ${countLabel(seeds.length, 'seed', 'seeds')}`,
    icon: new vscode.ThemeIcon('symbol-event'),
    contextValue: RULE_PROBLEMS_CONTEXT,
    argument: rule,
    children: [...shown, ...more],
  };
}
