import * as vscode from 'vscode';
import type { IndexState } from '../../server/src/protocol/protocol';
import type { SeedCuratorContext } from './context';

/** The status bar item: corpus indexing progress, then the corpus findings by severity. */
export function createStatusItem(ctx: SeedCuratorContext): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('seedCurator.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Seed Curator';
  item.command = 'workbench.actions.view.problems';
  const show = (state: IndexState) => {
    item.text = statusText(state);
    item.tooltip = statusTooltip(state);
    item.show();
  };
  return vscode.Disposable.from(
    item,
    ctx.onDidChangeIndexState(show),
    ctx.onDidChangeClient((client) => (client ? show({ state: 'indexing', indexed: 0, total: 0 }) : item.hide())),
  );
}

function statusText(state: IndexState): string {
  if (state.state === 'indexing') {
    return state.total > 0 ? `$(sync~spin) Seeds ${state.indexed}/${state.total}` : '$(sync~spin) Seeds';
  }
  const seeds = `$(library) ${state.total} seeds`;
  const counts = state.counts;
  return counts ? `${seeds}  $(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}` : seeds;
}

function statusTooltip(state: IndexState): string {
  if (state.state === 'indexing') return `Seed Curator: indexing the corpus (${state.indexed} of ${state.total} seeds)`;
  const counts = state.counts;
  const findings = counts ? `: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos` : '';
  return `Seed Curator: ${state.total} seeds checked${findings}. Click to open the Problems panel.`;
}
