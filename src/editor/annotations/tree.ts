// The `diplomatic.annotations` view: document → label → annotation, plus per document a "Moved — please
// confirm" group (annotations re-anchoring found only approximately after an outside edit; inline
// Confirm and Re-place) and an "Orphaned" group. Clicking an annotation reveals its span.
import * as vscode from 'vscode';
import { Annotation, isAnchored } from '../../core/sidecar/model';
import { AnnotationCommand } from './ids';
import type { SidecarStore } from './sidecarStore';

export type AnnotationNode =
  | { kind: 'document'; uri: vscode.Uri }
  | { kind: 'label'; uri: vscode.Uri; label: string }
  | { kind: 'moved'; uri: vscode.Uri }
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
      const labels = [...new Set(anns.filter(isAnchored).map((a) => a.label))].sort();
      const out: AnnotationNode[] = labels.map((label) => ({ kind: 'label', uri: node.uri, label }));
      if (anns.some((a) => a.moved && !a.orphaned)) out.unshift({ kind: 'moved', uri: node.uri });
      if (anns.some((a) => a.orphaned)) out.push({ kind: 'orphaned', uri: node.uri });
      return out;
    }
    if (node.kind === 'label') return anns.filter((a) => isAnchored(a) && a.label === node.label).map((annotation) => ({ kind: 'annotation', uri: node.uri, annotation }));
    if (node.kind === 'moved') return anns.filter((a) => a.moved && !a.orphaned).map((annotation) => ({ kind: 'annotation', uri: node.uri, annotation }));
    if (node.kind === 'orphaned') return anns.filter((a) => a.orphaned).map((annotation) => ({ kind: 'annotation', uri: node.uri, annotation }));
    return [];
  }

  getParent(node: AnnotationNode): AnnotationNode | undefined {
    if (node.kind === 'document') return undefined;
    if (node.kind === 'annotation') {
      const a = node.annotation;
      return a.orphaned ? { kind: 'orphaned', uri: node.uri } : a.moved ? { kind: 'moved', uri: node.uri } : { kind: 'label', uri: node.uri, label: a.label };
    }
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
      case 'moved': {
        const item = new vscode.TreeItem('Moved — please confirm', vscode.TreeItemCollapsibleState.Expanded);
        item.id = `moved:${key}`;
        item.contextValue = 'annotationsMoved';
        item.iconPath = new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground'));
        item.tooltip = 'The text changed outside the editor and these annotations were found only approximately. They keep the words you annotated and do not change the analysis until you confirm the new place (✓) or re-place them.';
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
        item.contextValue = a.orphaned ? 'orphanedAnnotation' : a.moved ? 'movedAnnotation' : 'annotation';
        const now = a.moved && !a.orphaned ? this.textAt(node.uri, a.start, a.end) : undefined;
        item.description = [
          a.orphaned || a.moved ? a.label : '',
          now !== undefined ? `now “${now.replace(/\s+/g, ' ')}”` : '',
          a.entity ?? '',
          a.conflict ? 'conflict' : '',
          a.note ? a.note.split('\n')[0] : '',
        ].filter(Boolean).join(' · ');
        const tip = new vscode.MarkdownString();
        tip.appendText(`${a.label}: ${a.quote}`);
        if (a.moved && !a.orphaned) tip.appendMarkdown('\n\n').appendText(`Moved, please confirm: annotated “${a.quote}”${now !== undefined ? `, now on “${now}”` : ''}.`);
        if (a.note) tip.appendMarkdown('\n\n').appendText(a.note);
        item.tooltip = tip;
        if (a.moved && !a.orphaned) item.iconPath = new vscode.ThemeIcon('question', new vscode.ThemeColor('list.warningForeground'));
        item.command = a.orphaned
          ? { command: AnnotationCommand.openSidecar, title: 'Open annotations file', arguments: [{ uri: node.uri.toString() }] }
          : { command: AnnotationCommand.revealAnnotation, title: 'Reveal', arguments: [{ uri: node.uri.toString(), start: a.start, end: a.end }] };
        return item;
      }
    }
  }

  /** The text at a span, when the document is open (a closed one is not read just to label the tree). */
  private textAt(uri: vscode.Uri, start: number, end: number): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc ? doc.getText().slice(start, end) : undefined;
  }
}
