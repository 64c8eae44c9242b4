// The network: people (or countries) linked by the meetings they had, each link weighted by the
// number of meetings (duplicate reports counted once). The drawn network keeps the most connected
// nodes (a link chart of thousands of nodes is unreadable and slow); exports keep everything.
import type { Corpus, MeetingEvent } from './corpus';
import { filterEvents, type EventFilter } from './filters';

export type NetworkMode = 'people' | 'countries';

export interface NetworkNode {
  id: string;
  label: string;
  country: string | null;
  /** Meetings the node took part in (within the filter). */
  meetings: number;
  /** Sum of its links' weights. */
  strength: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  /** Number of meetings between the two. */
  weight: number;
  kinds: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Meeting ids, in date order (the link's popup lists them; clicking one opens its sentence). */
  meetings: string[];
}

export interface Network {
  mode: NetworkMode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Sizes before `limit` was applied. */
  totalNodes: number;
  totalEdges: number;
  /** Meetings that passed the filter. */
  meetingCount: number;
}

export interface NetworkOptions extends EventFilter {
  mode?: NetworkMode;
  /** Keep at most this many nodes, the strongest (absent: all). */
  limit?: number;
  /** Drop links lighter than this. */
  minWeight?: number;
  /** Leave out nodes without a link (someone interviewed alone); the drawn network does. */
  linkedOnly?: boolean;
}

export function buildNetwork(corpus: Corpus, options: NetworkOptions = {}): Network {
  const mode = options.mode ?? 'people';
  const events = filterEvents(corpus.events(), options);
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const ends = endsOf(e, mode);
    for (const n of ends) {
      let node = nodes.get(n.id);
      if (!node) nodes.set(n.id, (node = { id: n.id, label: n.label, country: n.country, meetings: 0, strength: 0 }));
      node.meetings++;
    }
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const [a, b] = ends[i].id < ends[j].id ? [ends[i].id, ends[j].id] : [ends[j].id, ends[i].id];
        const key = `${a}\u0000${b}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { id: `${a}--${b}`, source: a, target: b, weight: 0, kinds: [], firstDate: null, lastDate: null, meetings: [] }));
        edge.weight++;
        edge.meetings.push(e.id);
        if (!edge.kinds.includes(e.kind)) edge.kinds.push(e.kind);
        if (e.isoDate) {
          if (!edge.firstDate || e.isoDate < edge.firstDate) edge.firstDate = e.isoDate;
          if (!edge.lastDate || e.isoDate > edge.lastDate) edge.lastDate = e.isoDate;
        }
      }
    }
  }
  const minWeight = options.minWeight ?? 1;
  let edgeList = [...edges.values()].filter((x) => x.weight >= minWeight);
  for (const x of edgeList) {
    nodes.get(x.source)!.strength += x.weight;
    nodes.get(x.target)!.strength += x.weight;
  }
  if (options.linkedOnly) {
    for (const [id, n] of nodes) if (n.strength === 0) nodes.delete(id);
  }
  const totalNodes = nodes.size;
  const totalEdges = edgeList.length;
  let nodeList = [...nodes.values()].sort((a, b) => b.strength - a.strength || b.meetings - a.meetings || a.label.localeCompare(b.label));
  if (options.limit !== undefined && nodeList.length > options.limit) {
    nodeList = nodeList.slice(0, Math.max(0, options.limit));
    const kept = new Set(nodeList.map((n) => n.id));
    edgeList = edgeList.filter((x) => kept.has(x.source) && kept.has(x.target));
    // A kept node whose every partner was cut would float alone: with linkedOnly it goes too.
    if (options.linkedOnly) {
      const linked = new Set(edgeList.flatMap((x) => [x.source, x.target]));
      nodeList = nodeList.filter((n) => linked.has(n.id));
    }
  }
  edgeList.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return { mode, nodes: nodeList, edges: edgeList, totalNodes, totalEdges, meetingCount: events.length };
}

function endsOf(e: MeetingEvent, mode: NetworkMode): { id: string; label: string; country: string | null }[] {
  if (mode === 'countries') return e.countries.map((c) => ({ id: `country:${c}`, label: c, country: c }));
  const seen = new Set<string>();
  const out: { id: string; label: string; country: string | null }[] = [];
  for (const p of e.participants) {
    // Someone a report only mentions did not take part.
    if (p.role === 'mentioned' || seen.has(p.identity)) continue;
    seen.add(p.identity);
    out.push({ id: p.identity, label: p.name, country: p.country });
  }
  return out;
}
