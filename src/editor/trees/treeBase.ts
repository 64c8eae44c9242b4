// Shared machinery of the side bar trees: nodes with stable ids and parent links (reveal needs
// getParent), lazily built children, and a model rebuilt only when the index changed.
import * as vscode from 'vscode';
import type { RevealSpanArgs } from '../commands/commandIds';
import { revealSpanCommand } from '../commands/commandIds';
import type { WorkspaceIndex } from '../workspaceIndex';

export interface TreeNode {
  /** Stable across refreshes, so expansion and selection survive an update. */
  id: string;
  /** The node kind, used as contextValue by menus. */
  kind: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: string;
  parent?: TreeNode;
  /** Clicking the item reveals and selects this span. */
  reveal?: RevealSpanArgs;
  /** Built on first expansion. */
  load?: () => TreeNode[];
  children?: TreeNode[];
  /** Starts expanded (top levels whose content is the point of the view). */
  expanded?: boolean;
  /** The person, organization or meeting the node stands for. */
  key?: string;
}

export abstract class IndexTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: TreeNode[] | undefined;
  private builtAt = -1;
  private readonly listener: vscode.Disposable;

  constructor(protected readonly index: WorkspaceIndex) {
    this.listener = index.onDidChange(() => this.refresh());
  }

  /** Builds the top level from the index; deeper levels may use `load`. */
  protected abstract build(): TreeNode[];

  refresh(): void {
    this.roots = undefined;
    this.emitter.fire(undefined);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const hasChildren = node.load !== undefined || (node.children?.length ?? 0) > 0;
    const state = !hasChildren ? vscode.TreeItemCollapsibleState.None
      : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    item.contextValue = node.kind;
    item.description = node.description;
    item.tooltip = node.tooltip;
    if (node.icon) item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.reveal) item.command = revealSpanCommand(node.reveal);
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.rootNodes();
    if (!node.children && node.load) node.children = node.load();
    return node.children ?? [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  /** Finds a node by kind and key, expanding lazily built levels on the way (for reveal). */
  find(kind: string, key: string, maxDepth = 3): TreeNode | undefined {
    const walk = (nodes: TreeNode[], depth: number): TreeNode | undefined => {
      for (const n of nodes) {
        if (n.kind === kind && n.key === key) return n;
        if (depth < maxDepth) {
          const found = walk(this.getChildren(n), depth + 1);
          if (found) return found;
        }
      }
      return undefined;
    };
    return walk(this.rootNodes(), 1);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }

  private rootNodes(): TreeNode[] {
    if (!this.roots || this.builtAt !== this.index.core.generation) {
      this.roots = this.build();
      this.builtAt = this.index.core.generation;
    }
    return this.roots;
  }
}

/** Adopts `children` under `parent` (sets the back links reveal needs). */
export function adopt(parent: TreeNode, children: TreeNode[]): TreeNode[] {
  for (const c of children) c.parent = parent;
  return children;
}

export function byLabel(a: TreeNode, b: TreeNode): number {
  return a.label.localeCompare(b.label);
}
