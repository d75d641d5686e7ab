import * as vscode from 'vscode';
import type { IndexState } from '../../server/src/protocol/protocol';
import type { SeedCuratorContext } from './context';
import { countLabel } from './views/treeNodes';

/**
 * The status bar item: the corpus's seeds and findings by severity, as the server announces them
 * after every change. While the corpus is indexed it is hidden: the server's progress ("Reading
 * seeds 120/2225", then "Checking seeds …") is the one item that shows it.
 */
export function createStatusItem(ctx: SeedCuratorContext): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('seedCurator.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Seed Curator';
  item.command = 'workbench.actions.view.problems';
  const show = (state: IndexState) => {
    if (state.state === 'indexing') return item.hide();
    item.text = statusText(state);
    item.tooltip = statusTooltip(state);
    // Read out instead of the icons' numbers.
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };
  return vscode.Disposable.from(
    item,
    ctx.onDidChangeIndexState(show),
    ctx.onDidChangeClient(() => item.hide()),
  );
}

function statusText(state: IndexState): string {
  const seeds = `$(library) ${countLabel(state.total, 'seed', 'seeds')}`;
  const counts = state.counts;
  return counts ? `${seeds}  $(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}` : seeds;
}

function statusTooltip(state: IndexState): string {
  const counts = state.counts;
  const findings = counts
    ? `: ${countLabel(counts.error, 'error', 'errors')}, ${countLabel(counts.warning, 'warning', 'warnings')}, ${countLabel(counts.info, 'info', 'infos')}`
    : '';
  return `Seed Curator: ${countLabel(state.total, 'seed', 'seeds')} checked${findings}. Click to open the Problems panel.`;
}
