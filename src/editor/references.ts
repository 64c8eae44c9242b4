// Find All References (every mention of an official or organization across the corpus) and
// Go to Definition (where the entity is first introduced in this text, else in the corpus).
import * as vscode from 'vscode';
import type { CorpusMention } from '../core/corpusIndex';
import type { EditorServices } from './editorServices';
import { entityAt, personOf, toRange } from './entityAt';
import { spanRange } from './symbols';

/** Id of the official or organization under the cursor. */
function idAt(services: EditorServices, document: vscode.TextDocument, position: vscode.Position): string | undefined {
  const analysis = services.cache.get(document);
  if (!analysis) return undefined;
  const entity = entityAt(analysis, document.offsetAt(position));
  if (!entity) return undefined;
  if (entity.type === 'official') return personOf(analysis, entity)?.id ?? entity.id;
  if (entity.type === 'organization') {
    const i = analysis.entities.indexOf(entity);
    return entity.id ?? analysis.organizations.find((o) => o.mentions.includes(i))?.id;
  }
  return undefined;
}

function location(services: EditorServices, m: CorpusMention): vscode.Location {
  const uri = vscode.Uri.parse(m.path);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === m.path);
  return new vscode.Location(uri, doc ? toRange(doc, m.start, m.end) : spanRange(services, m.path, m.start, m.end));
}

export class EntityReferences implements vscode.ReferenceProvider, vscode.DefinitionProvider {
  constructor(private readonly services: EditorServices) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const id = idAt(this.services, document, position);
    if (!id) return [];
    await this.services.index.whenReady();
    if (token.isCancellationRequested) return [];
    return this.services.index.core.mentionsOf(id).map((m) => location(this.services, m));
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const id = idAt(this.services, document, position);
    if (!id) return undefined;
    await this.services.index.whenReady();
    if (token.isCancellationRequested) return undefined;
    // The introduction in this article (full name, rank and position) is the useful target;
    // the corpus-wide first mention only when this text has none indexed yet.
    const first = this.services.index.core.mentionsInFile(document.uri.toString(), id)[0] ?? this.services.index.core.firstMention(id);
    return first ? location(this.services, first) : undefined;
  }
}

export function registerReferences(services: EditorServices, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider = new EntityReferences(services);
  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider(selector, provider),
    vscode.languages.registerDefinitionProvider(selector, provider),
  );
}
