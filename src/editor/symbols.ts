// Outline/breadcrumbs (meetings and officials of one text) and workspace symbol search (any official,
// organization or meeting in the corpus).
import * as vscode from 'vscode';
import type { EditorServices } from './editorServices';
import { toRange } from './entityAt';
import { meetingLabel, participantLabel } from './trees/meetingsTree';

export class DocumentSymbols implements vscode.DocumentSymbolProvider {
  constructor(private readonly services: EditorServices) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    const analysis = this.services.cache.get(document);
    if (!analysis || token.isCancellationRequested) return [];
    const length = document.getText().length;
    const fits = (s: { start: number; end: number }) => s.end <= length && s.start <= s.end;
    const symbols: vscode.DocumentSymbol[] = [];
    for (const m of analysis.meetings) {
      if (!fits(m)) continue;
      const range = toRange(document, m.start, m.end);
      const meeting = new vscode.DocumentSymbol(meetingLabel(m), m.referenced ? 'referenced meeting' : m.announced ? 'announced meeting' : 'meeting', vscode.SymbolKind.Event, range, range);
      for (const p of m.participants) {
        // The participant's mention inside the meeting sentence, else the meeting span.
        const person = analysis.persons.find((x) => x.id === p.id);
        const inside = person?.mentions.map((i) => analysis.entities[i]).find((e) => e && e.start >= m.start && e.end <= m.end);
        const sel = inside ? toRange(document, inside.start, inside.end) : range;
        meeting.children.push(new vscode.DocumentSymbol(participantLabel(p), p.country ?? '', vscode.SymbolKind.Field, range.union(sel), sel));
      }
      symbols.push(meeting);
    }
    for (const p of analysis.persons) {
      const spans = p.mentions.map((i) => analysis.entities[i]).filter((e) => e && fits(e));
      if (spans.length === 0) continue;
      const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
      const range = toRange(document, first.start, first.end);
      const detail = [p.rank, p.position].filter(Boolean).join(', ');
      symbols.push(new vscode.DocumentSymbol(p.name, detail, vscode.SymbolKind.Constant, range, range));
    }
    return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
  }
}

export class WorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly services: EditorServices) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.services.index.whenReady();
    if (token.isCancellationRequested) return [];
    const kinds = { official: vscode.SymbolKind.Constant, organization: vscode.SymbolKind.Module, meeting: vscode.SymbolKind.Event };
    const out: vscode.SymbolInformation[] = [];
    for (const s of this.services.index.core.searchSymbols(query)) {
      const uri = vscode.Uri.parse(s.path);
      // Ranges need line/column; open documents give exact ones, else the index's line table.
      const range = await this.rangeOf(uri, s.start, s.end);
      out.push(new vscode.SymbolInformation(s.name, kinds[s.kind], s.kind, new vscode.Location(uri, range)));
    }
    return out;
  }

  private async rangeOf(uri: vscode.Uri, start: number, end: number): Promise<vscode.Range> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) return toRange(doc, start, end);
    return spanRange(this.services, uri.toString(), start, end);
  }
}

/** A Range for a span of an indexed file that may not be open, via the index's line table. */
export function spanRange(services: EditorServices, key: string, start: number, end: number): vscode.Range {
  const index = services.index;
  const pos = (offset: number) => {
    const line = index.lineOf(key, offset);
    return new vscode.Position(line, offset - index.lineStart(key, line));
  };
  return new vscode.Range(pos(start), pos(end));
}

export function registerSymbols(services: EditorServices, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, new DocumentSymbols(services), { label: 'Diplomatic' }),
    vscode.languages.registerWorkspaceSymbolProvider(new WorkspaceSymbols(services)),
  );
}
