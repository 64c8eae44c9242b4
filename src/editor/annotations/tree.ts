// The `diplomatic.annotations` view: document → label → annotation, plus an "Orphaned" group per
// document. Clicking an annotation reveals its span through `_diplomatic.revealAnnotation`.
import * as vscode from 'vscode';
import type { Annotation } from '../../core/sidecar';
import { AnnotationCommand } from './ids';
import type { SidecarStore } from './sidecarStore';

export type AnnotationNode =
  | { kind: 'document'; uri: vscode.Uri }
  | { kind: 'label'; uri: vscode.Uri; label: string }
  | { kind: 'orphaned'; uri: vscode.Uri }
  | { kind: 'annotation'; uri: vscode.Uri; annotation: Annotation };

export class AnnotationsTree implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly store: SidecarStore) {
    this.sub = store.onDidChangeAnnotations(() => this.emitter.fire(undefined));
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    if (!node) {
      return this.store
        .all()
        .sort((a, b) => (a.textUri.path < b.textUri.path ? -1 : 1))
        .map((e) => ({ kind: 'document', uri: e.textUri }));
    }
    const anns = this.store.peek(node.uri)?.annotations ?? [];
    if (node.kind === 'document') {
      const labels = [...new Set(anns.filter((a) => !a.orphaned).map((a) => a.label))].sort();
      const out: AnnotationNode[] = labels.map((label) => ({ kind: 'label', uri: node.uri, label }));
      if (anns.some((a) => a.orphaned)) out.push({ kind: 'orphaned', uri: node.uri });
      return out;
    }
    if (node.kind === 'label') return anns.filter((a) => !a.orphaned && a.label === node.label).map((annotation) => ({ kind: 'annotation', uri: node.uri, annotation }));
    if (node.kind === 'orphaned') return anns.filter((a) => a.orphaned).map((annotation) => ({ kind: 'annotation', uri: node.uri, annotation }));
    return [];
  }

  getParent(node: AnnotationNode): AnnotationNode | undefined {
    if (node.kind === 'document') return undefined;
    if (node.kind === 'annotation') return node.annotation.orphaned ? { kind: 'orphaned', uri: node.uri } : { kind: 'label', uri: node.uri, label: node.annotation.label };
    return { kind: 'document', uri: node.uri };
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    const key = node.uri.toString();
    switch (node.kind) {
      case 'document': {
        const entry = this.store.peek(node.uri);
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `doc:${key}`;
        item.contextValue = 'annotatedDocument';
        item.description = entry?.state === 'invalid' ? 'annotations file has errors' : `${entry?.annotations.length ?? 0}`;
        if (entry?.state === 'invalid') item.iconPath = new vscode.ThemeIcon('error');
        return item;
      }
      case 'label': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `label:${key}:${node.label}`;
        item.contextValue = 'annotationLabel';
        item.iconPath = new vscode.ThemeIcon(node.label === 'reject' ? 'circle-slash' : 'tag');
        return item;
      }
      case 'orphaned': {
        const item = new vscode.TreeItem('Orphaned', vscode.TreeItemCollapsibleState.Expanded);
        item.id = `orphaned:${key}`;
        item.contextValue = 'annotationOrphans';
        item.iconPath = new vscode.ThemeIcon('warning');
        item.tooltip = 'The annotated text was not found any more. These annotations are kept in the sidecar; edit or remove them there.';
        return item;
      }
      case 'annotation': {
        const a = node.annotation;
        const item = new vscode.TreeItem(a.quote.replace(/\s+/g, ' ') || '(empty)', vscode.TreeItemCollapsibleState.None);
        item.id = `ann:${key}:${a.id}`;
        item.contextValue = 'annotation';
        item.description = [a.orphaned ? a.label : '', a.entity ?? '', a.conflict ? 'conflict' : '', a.note ? a.note.split('\n')[0] : ''].filter(Boolean).join(' · ');
        const tip = new vscode.MarkdownString();
        tip.appendText(`${a.label}: ${a.quote}`);
        if (a.note) tip.appendMarkdown('\n\n').appendText(a.note);
        item.tooltip = tip;
        item.command = a.orphaned
          ? { command: AnnotationCommand.openSidecar, title: 'Open annotations file', arguments: [{ uri: node.uri.toString() }] }
          : { command: AnnotationCommand.revealAnnotation, title: 'Reveal', arguments: [{ uri: node.uri.toString(), start: a.start, end: a.end }] };
        return item;
      }
    }
  }
}
