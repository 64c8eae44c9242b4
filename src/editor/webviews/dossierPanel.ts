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

  protected handle(_message: FromWebview): void {
    // The dossier page only reveals sentences and opens other dossiers (handled by the base).
  }
}

export function dossierFor(service: CorpusService, id: string): Dossier | undefined {
  return engine().dossierOf(service.corpus(), id, service.notes());
}
