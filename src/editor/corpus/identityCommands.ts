// Merge and split identities, open the identities file. Called from the palette (they ask), from the
// dossier and the trees, or with arguments and no prompt (tests, other extensions). Each writes one
// entry of diplomatic.identities.yaml, which then wins everywhere.
import * as vscode from 'vscode';
import type { Identity } from '../../core/corpus';
import { engine } from '../lazyEngine';
import type { CorpusService } from './corpusService';

export interface MergeArgs {
  /** Identities to take as one person (or organization): two or more ids. */
  ids: string[];
  /** The id of the merged identity (default: the first of `ids`). */
  into?: string;
  name?: string;
}

export interface SplitArgs {
  id: string;
  /** Texts (workspace-relative, or their uris) whose mentions are someone else (absent: ask). */
  documents?: string[];
  /** Id of the identity split off (default: `<id>-2`, `<id>-3`…). */
  newId?: string;
  name?: string;
}

function pickItem(i: Identity) {
  return { label: i.name, description: [i.country, i.id].filter(Boolean).join(' · '), detail: `${i.documents.length} text${i.documents.length === 1 ? '' : 's'}${i.names.length > 1 ? ` · also ${i.names.filter((n) => n !== i.name).join(', ')}` : ''}`, identity: i };
}

export async function mergeIdentities(service: CorpusService, args: MergeArgs | undefined): Promise<string | undefined> {
  await service.index.whenReady();
  await service.ready();
  const corpus = service.corpus();
  let ids = args?.ids;
  if (!ids) {
    const picked = await vscode.window.showQuickPick([...corpus.people(), ...corpus.organizations()].map(pickItem), {
      canPickMany: true, matchOnDescription: true, matchOnDetail: true, title: 'Merge identities: pick the two or more that are one person (or organization)',
    });
    if (!picked) return undefined;
    ids = picked.map((p) => p.identity.id);
  }
  const identities = ids.map((id) => corpus.identity(id));
  const missing = ids.filter((_, i) => !identities[i]);
  if (missing.length) throw new Error(`Unknown identity: ${missing.join(', ')}`);
  if (identities.length < 2) throw new Error('Pick at least two identities to merge.');
  const kinds = new Set(identities.map((i) => i!.kind));
  if (kinds.size > 1) throw new Error('A person and an organization cannot be merged.');
  const into = args?.into ?? ids[0];
  // Every spelling of every merged identity, so the entry keeps working as texts come and go. A
  // one-part name is another text's lone "Cuong": it is limited to the texts it came from.
  const names = new Set<string>();
  const documents = new Set<string>();
  let limited = false;
  for (const i of identities) {
    for (const m of i!.members) {
      names.add(m.name);
      if (m.name.trim().split(/\s+/).length < 2 || i!.id.includes('~')) {
        limited = true;
      }
      documents.add(service.index.relativePath(m.path));
    }
  }
  await service.edit({
    kind: identities[0]!.kind, id: into, name: args?.name, names: [...names].sort(),
    documents: limited ? [...documents].sort() : undefined,
  });
  return into;
}

export async function splitIdentity(service: CorpusService, args: SplitArgs | undefined): Promise<string | undefined> {
  await service.index.whenReady();
  await service.ready();
  const corpus = service.corpus();
  let id = args?.id;
  if (!id) {
    const picked = await vscode.window.showQuickPick([...corpus.people(), ...corpus.organizations()].filter((i) => i.documents.length > 1).map(pickItem), {
      title: 'Split identity: pick the one that is really two', matchOnDescription: true,
    });
    if (!picked) return undefined;
    id = picked.identity.id;
  }
  const identity = corpus.identity(id);
  if (!identity) throw new Error(`Unknown identity: ${id}`);
  let documents = args?.documents?.map((d) => (d.includes('://') ? service.index.relativePath(d) : d));
  if (!documents) {
    const picked = await vscode.window.showQuickPick(identity.documents.map((p) => ({ label: service.index.relativePath(p), path: p })), {
      canPickMany: true, title: `Split ${identity.name}: pick the texts that speak of someone else`,
    });
    if (!picked?.length) return undefined;
    documents = picked.map((p) => p.label);
  }
  const known = new Set(identity.documents.map((p) => service.index.relativePath(p)));
  const foreign = documents.filter((d) => !known.has(d));
  if (foreign.length) throw new Error(`${identity.name} is not named in ${foreign.join(', ')}`);
  if (documents.length === 0 || documents.length === known.size) throw new Error('Pick some, not all, of the texts to split off.');
  let newId = args?.newId;
  for (let n = 2; !newId || corpus.identity(newId); n++) newId = `${identity.id}-${n}`;
  const inDocs = new Set(documents);
  const names = [...new Set(identity.members.filter((m) => inDocs.has(service.index.relativePath(m.path))).map((m) => m.name))].sort();
  await service.edit({ kind: identity.kind, id: newId, name: args?.name, names, documents: [...documents].sort() });
  return newId;
}

export async function openIdentities(service: CorpusService): Promise<vscode.TextEditor | undefined> {
  const uri = service.identitiesUri();
  if (!uri) {
    void vscode.window.showInformationMessage('Open a folder first: the identities file lives in the workspace.');
    return undefined;
  }
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    // Create it with its header and empty lists, so the analyst starts from the documented shape.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(engine().emptyIdentityFileText()));
  }
  return vscode.window.showTextDocument(uri);
}
