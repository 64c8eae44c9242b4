// Entry of the corpus features: the corpus service, the dossier, timeline and network views, the
// network export, identity merges and splits, and the Meetings grouping. extension.ts calls
// registerCorpus() once; everything heavy (engine, webview bundles) loads on first use.
import * as vscode from 'vscode';
import type { GraphFormat } from '../../core/corpus';
import type { AnalysisCache } from '../analysisCache';
import { entityAt, personOf } from '../entityAt';
import { engine } from '../lazyEngine';
import type { TreeNode } from '../trees/treeBase';
import { MEETINGS_GROUPINGS, type MeetingsGrouping } from '../trees/meetingsTree';
import { DossierPanel } from '../webviews/dossierPanel';
import { SinglePanel } from '../webviews/filteredPanel';
import { NetworkPanel } from '../webviews/networkPanel';
import type { NetworkQuery, TimelineQuery } from '../webviews/protocol';
import { TimelinePanel } from '../webviews/timelinePanel';
import type { WorkspaceIndex } from '../workspaceIndex';
import { CorpusService, type NotesSource } from './corpusService';
import { mergeIdentities, openIdentities, splitIdentity, type MergeArgs, type SplitArgs } from './identityCommands';

export const CorpusCommand = {
  openDossier: 'diplomatic.openDossier',
  openTimeline: 'diplomatic.openTimeline',
  openNetwork: 'diplomatic.openNetwork',
  exportNetwork: 'diplomatic.exportNetwork',
  mergeIdentities: 'diplomatic.mergeIdentities',
  splitIdentity: 'diplomatic.splitIdentity',
  openIdentities: 'diplomatic.openIdentities',
  groupMeetingsBy: 'diplomatic.groupMeetingsBy',
} as const;

/** Handles for tests and other extensions: the open views and the service behind them. */
export interface CorpusViews {
  service: CorpusService;
  dossiers: Map<string, DossierPanel>;
  network(): NetworkPanel | undefined;
  timeline(): TimelinePanel | undefined;
}

/** What Open Dossier accepts: an identity id, a text's own person/organization id, or a tree node. */
export interface DossierArgs {
  id?: string;
  /** A text (uri string) and the id its analysis gives the person or organization. */
  path?: string;
  localId?: string;
}

export interface ExportNetworkArgs {
  format?: GraphFormat;
  /** Write here (for csv: `<uri without .csv>.nodes.csv` and `.edges.csv`); else the text is returned. */
  uri?: string | vscode.Uri;
  query?: Partial<NetworkQuery>;
  /** Ask for the file (the network view's button). */
  interactive?: boolean;
}

export function registerCorpus(
  context: vscode.ExtensionContext,
  deps: { index: WorkspaceIndex; cache: AnalysisCache; notes?: NotesSource },
): CorpusViews {
  const diagnostics = vscode.languages.createDiagnosticCollection('diplomatic-identities');
  const service = new CorpusService(deps.index, deps.notes, diagnostics);
  const dossiers = new Map<string, DossierPanel>();
  const networks = new SinglePanel<NetworkQuery, NetworkPanel>((q) => new NetworkPanel(context.extensionUri, service, q));
  const timelines = new SinglePanel<TimelineQuery, TimelinePanel>((q) => new TimelinePanel(context.extensionUri, service, q));
  const views: CorpusViews = { service, dossiers, network: () => networks.current, timeline: () => timelines.current };
  const promptsWithoutArgs = context.extensionMode !== vscode.ExtensionMode.Test;

  // Open views follow the corpus (index or identities changed), at most a few times a second.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshViews = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      for (const p of dossiers.values()) p.refresh();
      networks.current?.refresh();
      timelines.current?.refresh();
    }, 200);
  };

  const ready = async () => {
    await deps.index.whenReady();
    await service.ready();
  };

  const openDossier = async (raw?: unknown): Promise<DossierPanel | undefined> => {
    await ready();
    const corpus = service.corpus();
    let id = resolveIdentity(raw);
    if (!id && raw === undefined && promptsWithoutArgs) {
      const items = [...corpus.people(), ...corpus.organizations()].map((i) => ({
        label: `$(${i.kind === 'person' ? 'person' : 'organization'}) ${i.name}`, description: [i.country, `${i.documents.length} texts`].filter(Boolean).join(' · '), id: i.id,
      }));
      const picked = await vscode.window.showQuickPick(items, { title: 'Open Dossier', placeHolder: 'Person or organization', matchOnDescription: true });
      id = picked?.id;
    }
    if (!id) {
      if (raw !== undefined) void vscode.window.showInformationMessage('No person or organization known here to open a dossier for.');
      return undefined;
    }
    const existing = dossiers.get(id);
    if (existing && !existing.isDisposed) {
      existing.panel.reveal();
      existing.refresh();
      return existing;
    }
    const identity = corpus.identity(id)!;
    const panel = new DossierPanel(context.extensionUri, service, id, `Dossier: ${identity.name}`);
    dossiers.set(id, panel);
    panel.panel.onDidDispose(() => dossiers.delete(id!));
    return panel;
  };

  /** Identity id from the command's argument, or from the cursor in the active editor. */
  const resolveIdentity = (raw: unknown): string | undefined => {
    const corpus = service.corpus();
    const byLocal = (localId: string, path?: string) => {
      if (path) return corpus.identityOf(path, localId)?.id;
      for (const list of [corpus.people(), corpus.organizations()]) for (const i of list) if (i.members.some((m) => m.localId === localId)) return i.id;
      return undefined;
    };
    if (raw && typeof raw === 'object') {
      const a = raw as DossierArgs & Partial<TreeNode>;
      if (typeof a.id === 'string' && corpus.identity(a.id)) return a.id;
      if (typeof a.localId === 'string') return byLocal(a.localId, typeof a.path === 'string' ? a.path : undefined);
      // A tree node: officials and organizations carry the identity (or a text's id), participants their text's id.
      if (typeof a.key === 'string' && typeof a.kind === 'string') {
        if (corpus.identity(a.key)) return a.key;
        return byLocal(a.key, a.kind === 'participant' ? a.reveal?.uri : undefined);
      }
      return undefined;
    }
    if (typeof raw === 'string') return corpus.identity(raw) ? raw : byLocal(raw);
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && deps.cache.get(editor.document);
    if (!editor || !analysis) return undefined;
    const entity = entityAt(analysis, editor.document.offsetAt(editor.selection.active));
    if (entity?.type === 'official') {
      const local = personOf(analysis, entity)?.id ?? entity.id;
      return local ? byLocal(local, editor.document.uri.toString()) ?? byLocal(local) : undefined;
    }
    if (entity?.type === 'organization' && entity.id) return byLocal(entity.id, editor.document.uri.toString()) ?? byLocal(entity.id);
    return undefined;
  };

  const openNetwork = async (args?: Partial<NetworkQuery>): Promise<NetworkPanel> => {
    await ready();
    return networks.open(args);
  };

  const openTimeline = async (args?: Partial<TimelineQuery>): Promise<TimelinePanel> => {
    await ready();
    return timelines.open(args);
  };

  const exportNetwork = async (args?: ExportNetworkArgs): Promise<string | undefined> => {
    await ready();
    const e = engine();
    const interactive = args?.interactive ?? (!args && promptsWithoutArgs);
    let format = args?.format;
    if (!format && interactive) {
      const picked = await vscode.window.showQuickPick([
        { label: 'GraphML', description: 'yEd, Cytoscape, Gephi', format: 'graphml' as const },
        { label: 'GEXF', description: 'Gephi', format: 'gexf' as const },
        { label: 'CSV', description: 'a node file and an edge file (Gephi spreadsheet import, i2, Maltego)', format: 'csv' as const },
      ], { title: 'Export Network' });
      format = picked?.format;
    }
    if (!format) return undefined;
    const q = { ...(args?.query ?? networks.current?.query ?? {}) };
    const net = e.buildNetwork(service.corpus(), {
      mode: q.mode ?? 'people', countries: q.countries, kinds: q.kinds, from: q.from || null, to: q.to || null, referenced: q.referenced,
    });
    const files = e.exportGraph(net, format);
    let target = typeof args?.uri === 'string' ? vscode.Uri.parse(args.uri) : args?.uri;
    if (!target && interactive) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const ext = format === 'csv' ? 'csv' : format;
      target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `meeting-network.${ext}`) : undefined, filters: { [format.toUpperCase()]: [ext] }, saveLabel: 'Export',
      });
      if (!target) return undefined;
    }
    if (!target) return files.map((f) => f.text).join('\n');
    const written: vscode.Uri[] = [];
    for (const f of files) {
      const uri = format === 'csv' ? target.with({ path: target.path.replace(/\.csv$/i, '') + f.suffix }) : target;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(f.text));
      written.push(uri);
    }
    if (interactive) void vscode.window.showInformationMessage(`Exported ${net.nodes.length} nodes and ${net.edges.length} links to ${written.map((u) => vscode.workspace.asRelativePath(u)).join(' and ')}.`);
    return written.map((u) => u.toString()).join('\n');
  };

  const groupMeetingsBy = async (args?: { by?: MeetingsGrouping }): Promise<MeetingsGrouping | undefined> => {
    let by = args?.by;
    if (!by) {
      const labels: Record<MeetingsGrouping, string> = { document: 'By document', month: 'By month', countries: 'By pair of countries', person: 'By person' };
      const picked = await vscode.window.showQuickPick(MEETINGS_GROUPINGS.map((g) => ({ label: labels[g], by: g })), { title: 'Group Meetings' });
      by = picked?.by;
    }
    if (!by || !MEETINGS_GROUPINGS.includes(by)) return undefined;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('diplomatic').update('meetings.groupBy', by, target);
    return by;
  };

  const safely = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => async (...a: A): Promise<R | undefined> => {
    try {
      return await fn(...a);
    } catch (err) {
      void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
      if (!promptsWithoutArgs) throw err;
      return undefined;
    }
  };

  context.subscriptions.push(
    diagnostics,
    service,
    service.onDidChange(refreshViews),
    { dispose: () => { if (timer) clearTimeout(timer); } },
    { dispose: () => { for (const p of dossiers.values()) p.dispose(); networks.current?.dispose(); timelines.current?.dispose(); } },
    vscode.commands.registerCommand(CorpusCommand.openDossier, safely(openDossier)),
    vscode.commands.registerCommand(CorpusCommand.openNetwork, safely(openNetwork)),
    vscode.commands.registerCommand(CorpusCommand.openTimeline, safely(openTimeline)),
    vscode.commands.registerCommand(CorpusCommand.exportNetwork, safely(exportNetwork)),
    vscode.commands.registerCommand(CorpusCommand.mergeIdentities, safely((a?: MergeArgs) => mergeIdentities(service, a))),
    vscode.commands.registerCommand(CorpusCommand.splitIdentity, safely((a?: SplitArgs | TreeNode) => {
      // From the Officials tree: the node's identity, the texts asked for.
      const args = a && 'kind' in a ? (a.key ? { id: a.key } : undefined) : a;
      return splitIdentity(service, args);
    })),
    vscode.commands.registerCommand(CorpusCommand.openIdentities, safely(() => openIdentities(service))),
    vscode.commands.registerCommand(CorpusCommand.groupMeetingsBy, safely(groupMeetingsBy)),
  );
  // The identities file is read after activation, when the index starts.
  const t = setTimeout(() => void deps.index.whenReady().then(() => service.ready()), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(t) });
  return views;
}
