import * as vscode from 'vscode';
import { CorpusRequest, type CorpusSummary, type DuplicateCluster, type SeedRef } from '../../../server/src/protocol/protocol';
import type { SeedCuratorContext } from '../context';
import { CONFIG_FILE } from '../../../server/src/protocol/configFile';
import { fileStart, openLocationCommand } from '../location';
import { NodeTreeProvider, countLabel, percent, type TreeNode } from './treeNodes';

const CORPUS_VIEW_ID = 'seedCurator.corpus';
const CLUSTERS_NODE_ID = 'clusters';

export interface CorpusView {
  provider: NodeTreeProvider;
  /** Shows the view with the duplicate clusters expanded and selected. */
  revealClusters(): Promise<void>;
  disposable: vscode.Disposable;
}

/** The Corpus view: the seeds of every corpus by language, the undated ones and duplicate clusters. */
export function createCorpusView(ctx: SeedCuratorContext): CorpusView {
  const provider = new NodeTreeProvider(() => loadCorpus(ctx));
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const revealClusters = async () => {
    await vscode.commands.executeCommand(`${CORPUS_VIEW_ID}.focus`);
    const clusters = (await provider.roots()).find((node) => node.id === CLUSTERS_NODE_ID);
    if (clusters) await view.reveal(clusters, { select: true, focus: true, expand: true });
  };
  return {
    provider,
    revealClusters,
    disposable: vscode.Disposable.from(
      view,
      provider,
      ctx.onDidChangeClient(() => provider.refresh()),
      ctx.onDidChangeIndexState((state) => state.state === 'ready' && provider.refresh()),
    ),
  };
}

async function loadCorpus(ctx: SeedCuratorContext): Promise<TreeNode[]> {
  const client = ctx.client;
  if (!client?.isRunning() || ctx.layout.roots.length === 0) return [];
  try {
    return corpusNodes(await client.sendRequest(CorpusRequest, {}));
  } catch (error) {
    ctx.output.error(`Corpus summary: ${String(error)}`);
    return [];
  }
}

function corpusNodes(summary: CorpusSummary): TreeNode[] {
  const roots: TreeNode[] = summary.roots.map((root) => {
    const folder = vscode.Uri.parse(root.uri);
    const progress = root.indexed < root.seeds ? `, ${root.indexed} indexed` : '';
    return {
      id: `root/${root.uri}`,
      label: rootLabel(folder),
      description: root.configError ? 'configuration error' : `${countLabel(root.seeds, 'seed', 'seeds')}${progress}`,
      tooltip: root.configError ?? folder.fsPath,
      icon: new vscode.ThemeIcon(root.configError ? 'error' : 'root-folder'),
      command: openLocationCommand(fileStart(vscode.Uri.joinPath(folder, CONFIG_FILE).toString())),
    };
  });
  return [
    ...roots,
    {
      id: 'languages',
      label: 'Languages',
      icon: new vscode.ThemeIcon('globe'),
      expanded: true,
      children: summary.languages.map((group) => ({
        id: `languages/${group.lang}`,
        label: group.lang,
        description: countLabel(group.seeds.length, 'seed', 'seeds'),
        children: group.seeds.map((seed) => seedNode(`languages/${group.lang}`, seed)),
      })),
    },
    {
      id: 'undated',
      label: 'Without date',
      description: countLabel(summary.undated.length, 'seed', 'seeds'),
      icon: new vscode.ThemeIcon('calendar'),
      children: summary.undated.map((seed) => seedNode('undated', seed)),
    },
    {
      id: CLUSTERS_NODE_ID,
      label: 'Duplicate clusters',
      description: countLabel(summary.clusters.length, 'cluster', 'clusters'),
      icon: new vscode.ThemeIcon('files'),
      children: summary.clusters.map(clusterNode),
    },
  ];
}

/** A workspace folder by its name, a corpus inside one by its relative path. */
function rootLabel(folder: vscode.Uri): string {
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(folder);
  if (workspaceFolder?.uri.toString() === folder.toString()) return workspaceFolder.name;
  return vscode.workspace.asRelativePath(folder, true);
}

function seedNode(parentId: string, seed: SeedRef, description = seed.title): TreeNode {
  return {
    id: `${parentId}/${seed.uri}`,
    label: seed.path,
    description,
    tooltip: seed.title ? `${seed.path}\n${seed.title}` : seed.path,
    resourceUri: vscode.Uri.parse(seed.uri),
    command: openLocationCommand(fileStart(seed.uri)),
  };
}

function clusterNode(cluster: DuplicateCluster, index: number): TreeNode {
  const [original, ...copies] = cluster.seeds;
  const id = `${CLUSTERS_NODE_ID}/${original?.uri ?? index}`;
  return {
    id,
    label: original ? original.path : `Cluster ${index + 1}`,
    description: `and ${countLabel(copies.length, 'copy', 'copies')}`,
    icon: new vscode.ThemeIcon('copy'),
    children: cluster.seeds.map((seed) => seedNode(id, seed, `${percent(seed.share)} contained`)),
  };
}
