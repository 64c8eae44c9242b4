// Hover over an annotated span: label, linked entity and note. Article text and notes are untrusted,
// so they go in through appendText (escaped), and the Markdown is not trusted.
import * as vscode from 'vscode';
import { isSidecarPath } from '../../core/sidecar/model';
import type { SidecarStore } from './sidecarStore';

export function registerAnnotationHover(store: SidecarStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ scheme: 'file' }, {
    async provideHover(document, position) {
      if (isSidecarPath(document.uri.path)) return undefined;
      const entry = await store.entry(document.uri);
      const offset = document.offsetAt(position);
      const hits = entry.annotations.filter((a) => !a.orphaned && offset >= a.start && offset <= a.end && a.end > a.start);
      if (!hits.length) return undefined;
      const md = new vscode.MarkdownString();
      md.isTrusted = false;
      md.supportHtml = false;
      for (const [i, a] of hits.entries()) {
        if (i) md.appendMarkdown('\n\n---\n\n');
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
      }
      const first = hits[0];
      return new vscode.Hover(md, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
    },
  });
}
