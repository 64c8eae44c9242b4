// The analyst's annotations in hover cards: label, linked entity, note, and for a moved annotation the
// words it was made on with Confirm / Re-place links. In analyzed texts they are part of the entity card
// (hovers.ts), so the note shows with the facts; elsewhere this provider shows them alone. Article text
// and notes are untrusted: they go in through appendText (escaped), and links may run only our commands.
import * as vscode from 'vscode';
import type { Annotation } from '../../core/sidecar/model';
import { isSidecarPath } from '../../core/sidecar/model';
import { isAnalyzed } from '../config';
import { AnnotationCommand } from './ids';
import type { SidecarStore } from './sidecarStore';

/** Commands hover links may run. */
export const ANNOTATION_LINK_COMMANDS = [
  AnnotationCommand.addNote,
  AnnotationCommand.annotateSelection,
  AnnotationCommand.rejectEntity,
  AnnotationCommand.confirmAnnotation,
  AnnotationCommand.replaceAnnotation,
];

/** A command link whose arguments ask the command to prompt for what is missing, as from the palette. */
export function commandLink(title: string, command: string, args: object): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify([{ ...args, interactive: true }]))})`;
}

/** Appends one section per annotation. */
export function appendAnnotations(md: vscode.MarkdownString, document: vscode.TextDocument, annotations: readonly Annotation[]): void {
  const text = document.getText();
  for (const [i, a] of annotations.entries()) {
    if (i) md.appendMarkdown('\n\n---\n\n');
    const target = { uri: document.uri.toString(), id: a.id };
    if (a.moved) {
      md.appendMarkdown('$(question) **Moved, please confirm:** the text changed; annotated “');
      md.appendText(a.quote);
      md.appendMarkdown('”, found only approximately at “');
      md.appendText(text.slice(a.start, a.end));
      md.appendMarkdown(`”. ${commandLink('Confirm', AnnotationCommand.confirmAnnotation, target)} · ${commandLink('Re-place…', AnnotationCommand.replaceAnnotation, target)}\n\n`);
    }
    md.appendMarkdown('**Annotation:** ');
    md.appendText(a.label);
    if (a.conflict) md.appendMarkdown(' _(conflict copy)_');
    md.appendMarkdown(' — “');
    md.appendText(a.quote);
    md.appendMarkdown('”');
    if (a.entity) {
      md.appendMarkdown('\n\n**Entity:** ');
      md.appendText(a.entity);
    }
    if (a.note) {
      md.appendMarkdown('\n\n**Note:**\n\n');
      // Keep the note's own line breaks: each line as its own escaped paragraph line.
      a.note.split(/\r?\n/).forEach((line, j) => {
        if (j) md.appendMarkdown('  \n');
        md.appendText(line);
      });
    }
    md.appendMarkdown(`\n\n${commandLink(a.note ? 'Edit note' : 'Add note', AnnotationCommand.addNote, { ...target, start: a.start, end: a.end })}`);
  }
}

export function annotationCard(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ANNOTATION_LINK_COMMANDS };
  md.supportHtml = false;
  return md;
}

/** Annotations in texts the entity cards do not cover (files outside `diplomatic.include`). */
export function registerAnnotationHover(store: SidecarStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ scheme: 'file' }, {
    async provideHover(document, position) {
      if (isSidecarPath(document.uri.path) || isAnalyzed(document)) return undefined;
      await store.entry(document.uri);
      const hits = store.annotationsAt(document.uri, document.offsetAt(position));
      if (!hits.length) return undefined;
      const md = annotationCard();
      appendAnnotations(md, document, hits);
      return new vscode.Hover(md, new vscode.Range(document.positionAt(hits[0].start), document.positionAt(hits[0].end)));
    },
  });
}
