import * as vscode from 'vscode';

/** One row of a Seed Curator view; views build a whole tree of these per request to the server. */
export interface TreeNode {
  /** Stable across refreshes, so VS Code keeps what the user expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string | vscode.MarkdownString;
  icon?: vscode.ThemeIcon;
  /** Gives the row the file's icon. */
  resourceUri?: vscode.Uri;
  /** What clicking the row does, usually opening the place it names. */
  command?: vscode.Command;
  children?: TreeNode[];
  expanded?: boolean;
  /** Chooses the row's context-menu and inline commands (`viewItem` in package.json menus). */
  contextValue?: string;
  /** What those commands act on; they are given the node. */
  argument?: unknown;
}

/**
 * A tree view's data: the root nodes come from `load` (a request to the server), children are
 * already in the nodes. `refresh()` drops the loaded tree; VS Code asks again if it is visible.
 */
export class NodeTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private loaded: Promise<TreeNode[]> | undefined;
  private readonly parents = new WeakMap<TreeNode, TreeNode>();

  constructor(private readonly load: () => Promise<TreeNode[]>) {}

  refresh(): void {
    this.loaded = undefined;
    this.changed.fire();
  }

  roots(): Promise<TreeNode[]> {
    this.loaded ??= this.load().then((roots) => {
      roots.forEach((root) => this.recordParents(root));
      return roots;
    });
    return this.loaded;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, collapsibleState(node));
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = node.icon;
    item.resourceUri = node.resourceUri;
    item.command = node.command;
    item.contextValue = node.contextValue;
    return item;
  }

  getChildren(node?: TreeNode): vscode.ProviderResult<TreeNode[]> {
    return node ? node.children ?? [] : this.roots();
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.parents.get(node);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private recordParents(node: TreeNode): void {
    for (const child of node.children ?? []) {
      this.parents.set(child, node);
      this.recordParents(child);
    }
  }
}

function collapsibleState(node: TreeNode): vscode.TreeItemCollapsibleState {
  if (!node.children?.length) return vscode.TreeItemCollapsibleState.None;
  return node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
