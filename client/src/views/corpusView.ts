import * as vscode from 'vscode';
import { CorpusRequest, type CompareArgs, type CorpusSummary, type DuplicateCluster, type SeedRef } from '../../../server/src/protocol/protocol';
import type { SeedCuratorContext } from '../context';
import { CONFIG_FILE } from '../../../server/src/protocol/configFile';
import { fileStart, openLocationCommand } from '../location';
import { NodeTreeProvider, countLabel, percent, type TreeNode } from './treeNodes';
import { problemsByRuleNode } from './problemsByRule';
import { onSeedProblemsChanged } from '../seedDiagnostics';

const CORPUS_VIEW_ID = 'seedCurator.corpus';
const CLUSTERS_NODE_ID = 'clusters';
const REVEAL_ATTEMPTS = 3;
const TREE_CHANGES_GATHERED_MS = 300;
/** A copy in a duplicate cluster: its context menu compares it with the seed to keep. */
const CLUSTER_COPY_CONTEXT = 'seedCurator.clusterCopy';

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
  let shown: string | undefined;
  const revealClusters = async () => {
    await vscode.commands.executeCommand(`${CORPUS_VIEW_ID}.focus`);
    // A change announced by the server reloads the tree: a node loaded just before the reload is
    // no longer in the view. Again once VS Code has taken the new tree (it gathers a tree's changes
    // for 200 ms), a few times, then the error stands.
    for (let attempt = 1; ; attempt++) {
      const clusters = (await provider.roots()).find((node) => node.id === CLUSTERS_NODE_ID);
      if (!clusters) return;
      try {
        return await view.reveal(clusters, { select: true, focus: true, expand: true });
      } catch (error) {
        if (attempt === REVEAL_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, TREE_CHANGES_GATHERED_MS));
      }
    }
  };
  return {
    provider,
    revealClusters,
    disposable: vscode.Disposable.from(
      view,
      provider,
      ctx.onDidChangeClient(() => {
        shown = undefined;
        provider.refresh();
      }),
      ctx.onDidChangeIndexState((state) => {
        // Announced after every change of findings: reloaded only when the corpus's counts moved.
        const counts = JSON.stringify(state);
        if (state.state !== 'ready' || counts === shown) return;
        shown = counts;
        provider.refresh();
      }),
      // Problems by rule counts what VS Code holds, which changes with every publish.
      onSeedProblemsChanged(() => provider.refresh()),
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
    problemsByRuleNode(),
    ...unreadableNodes(summary),
  ];
}

/** Seeds that cannot be checked, named with the reason; no row when there are none. */
function unreadableNodes({ unreadable }: CorpusSummary): TreeNode[] {
  if (unreadable.length === 0) return [];
  return [
    {
      id: 'unreadable',
      label: 'Cannot be read',
      description: countLabel(unreadable.length, 'seed', 'seeds'),
      icon: new vscode.ThemeIcon('warning'),
      expanded: true,
      children: unreadable.map((seed) => seedNode('unreadable', seed, seed.reason)),
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

/** A cluster by its article's title: the seed to keep, then its copies, each of which can be compared with it. */
function clusterNode(cluster: DuplicateCluster, index: number): TreeNode {
  const [original, ...copies] = cluster.seeds;
  const id = `${CLUSTERS_NODE_ID}/${original?.uri ?? index}`;
  const copyNodes = copies.map((copy): TreeNode => ({
    ...seedNode(id, copy, `copy, ${percent(copy.share)} in the seed to keep`),
    contextValue: CLUSTER_COPY_CONTEXT,
    argument: original && ({ left: { uri: original.uri, label: original.path }, right: { uri: copy.uri, label: copy.path } } satisfies CompareArgs),
  }));
  return {
    id,
    label: original ? (original.title ?? original.path) : `Cluster ${index + 1}`,
    description: `${original ? `keep ${original.path}, ` : ''}${countLabel(copies.length, 'copy', 'copies')}`,
    icon: new vscode.ThemeIcon('copy'),
    children: [...(original ? [seedNode(id, original, 'keep')] : []), ...copyNodes],
  };
}
