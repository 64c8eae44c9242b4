// The dossier page of one person or organization: one panel per identity (an analyst compares two
// side by side), refreshed when the corpus or the identities file changes.
import * as vscode from 'vscode';
import type { Dossier } from '../../core/corpus';
import type { CorpusService } from '../corpus/corpusService';
import { engine } from '../lazyEngine';
import { CorpusPanel } from './panel';
import type { FromWebview } from './protocol';

export class DossierPanel extends CorpusPanel {
  constructor(extensionUri: vscode.Uri, private readonly service: CorpusService, public identityId: string, title: string) {
    super(extensionUri, 'diplomatic.dossier', title, 'dossier');
  }

  refresh(): void {
    const corpus = this.service.corpus();
    const dossier = corpus.identity(this.identityId) ? dossierFor(this.service, this.identityId) : undefined;
    if (!dossier) {
      this.post({ type: 'missing', id: this.identityId });
      return;
    }
    this.panel.title = `Dossier: ${dossier.name}`;
    this.post({ type: 'dossier', dossier });
  }

  protected async handle(message: FromWebview): Promise<void> {
    if (message.type === 'split') {
      await vscode.commands.executeCommand('diplomatic.splitIdentity', { id: message.id });
    } else if (message.type === 'merge') {
      const corpus = this.service.corpus();
      const self = corpus.identity(message.id);
      if (!self) return;
      const others = (self.kind === 'person' ? corpus.people() : corpus.organizations()).filter((i) => i.id !== self.id);
      const picked = await vscode.window.showQuickPick(others.map((i) => ({
        label: i.name, description: [i.country, i.id].filter(Boolean).join(' · '), detail: `${i.documents.length} text${i.documents.length === 1 ? '' : 's'}`, id: i.id,
      })), { canPickMany: true, matchOnDescription: true, title: `Merge into ${self.name}: who else is ${self.kind === 'person' ? 'this person' : 'this organization'}?` });
      if (picked?.length) await vscode.commands.executeCommand('diplomatic.mergeIdentities', { ids: [self.id, ...picked.map((p) => p.id)], into: self.id });
    }
  }
}

export function dossierFor(service: CorpusService, id: string): Dossier | undefined {
  return engine().dossierOf(service.corpus(), id, service.notes());
}
