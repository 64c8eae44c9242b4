// What the corpus webviews share: a panel whose page is a bundled script (dist/webview/NAME.js, built
// from webview/NAME.ts and loaded only when the view opens) under a strict Content Security Policy
// with a nonce, theme colours from VS Code's CSS variables, nothing from the network; links from the
// page open the sentence beside the panel; the page reports what it has drawn (tests read it).
import * as vscode from 'vscode';
import type { FromWebview, RenderedState, SourceRef, ToWebview } from './protocol';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

export abstract class CorpusPanel implements vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedState>();
  /** Fires each time the page reports what it shows. */
  readonly onDidRender = this.renderedEmitter.event;
  lastRendered: RenderedState | undefined;
  private disposed = false;

  constructor(
    protected readonly extensionUri: vscode.Uri,
    viewType: string,
    title: string,
    private readonly script: 'dossier' | 'network' | 'timeline',
    column: vscode.ViewColumn = vscode.ViewColumn.Active,
  ) {
    const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(viewType, title, column, {
      enableScripts: true,
      localResourceRoots: [root],
      // Layouts are costly to redo; the page keeps its drawing while its tab is hidden.
      retainContextWhenHidden: script !== 'dossier',
      enableFindWidget: true,
    });
    this.panel.webview.html = this.html(root);
    this.disposables.push(
      this.renderedEmitter,
      this.panel.webview.onDidReceiveMessage((m: FromWebview) => void this.receive(m)),
      this.panel.onDidDispose(() => this.dispose()),
    );
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  protected post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  /** Resolves with the next rendered state that satisfies `accept` (or the current one if it does). */
  whenRendered(accept: (s: RenderedState) => boolean = () => true): Promise<RenderedState> {
    if (this.lastRendered && accept(this.lastRendered)) return Promise.resolve(this.lastRendered);
    return new Promise((resolve) => {
      const sub = this.onDidRender((s) => {
        if (!accept(s)) return;
        sub.dispose();
        resolve(s);
      });
    });
  }

  /** Acts on an element of the page as a click would (tests, screenshots); see the page's `click` handler. */
  click(target: string): void {
    this.post({ type: 'click', target });
  }

  /** Sends the page its data (on 'ready' and whenever the corpus changed). */
  abstract refresh(): void;

  protected abstract handle(message: FromWebview): void | Promise<void>;

  private async receive(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.refresh();
        return;
      case 'rendered':
        this.lastRendered = m.state;
        this.renderedEmitter.fire(m.state);
        return;
      case 'reveal':
        await revealBeside(m.source, this.panel.viewColumn);
        return;
      case 'dossier':
        await vscode.commands.executeCommand('diplomatic.openDossier', { id: m.id });
        return;
      default:
        await this.handle(m);
    }
  }

  private html(root: vscode.Uri): string {
    const webview = this.panel.webview;
    const n = nonce();
    const asset = (ext: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, `${this.script}.${ext}`)).toString();
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource} 'nonce-${n}'`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${n}'`,
    ].join('; ');
    // Cytoscape adds its container rule as a <style> element unless one with this id exists.
    const cytoscapeStyle = this.script === 'network'
      ? `<style nonce="${n}" id="__________cytoscape_stylesheet">.__________cytoscape_container { position: relative; }</style>` : '';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${cytoscapeStyle}
<link rel="stylesheet" href="${asset('css')}" nonce="${n}">
<title>${this.script}</title>
</head>
<body data-view="${this.script}">
<div id="app" role="main"><p class="loading">Loading…</p></div>
<script nonce="${n}" src="${asset('js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Opens the text with the span selected, in the editor group next to the panel (the chart stays in view). */
export async function revealBeside(source: SourceRef, panelColumn: vscode.ViewColumn | undefined): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(source.path));
  const end = Math.min(source.end, document.getText().length);
  const selection = new vscode.Selection(document.positionAt(Math.min(source.start, end)), document.positionAt(end));
  const viewColumn = panelColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(document, { selection, viewColumn, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
