// Messages between the corpus webviews (webview/*.ts, in the browser) and their panels (here). Types
// only, shared by both sides; the data shapes are the corpus stage's.
import type { Dossier, FilterChoices, Network, NetworkMode, Timeline, TimelineGrouping } from '../../core/corpus';

export interface SourceRef {
  path: string;
  start: number;
  end: number;
}

export interface ViewFilter {
  countries: string[];
  kinds: string[];
  from: string;
  to: string;
  referenced: boolean;
}

export interface NetworkQuery extends ViewFilter {
  mode: NetworkMode;
  limit: number;
}

export interface TimelineQuery extends ViewFilter {
  grouping: TimelineGrouping;
}

/** A meeting as the views list it (the link and item panels). */
export interface MeetingSummary {
  id: string;
  kind: string;
  date: string | null;
  isoDate: string | null;
  place: string | null;
  participants: { id: string; name: string; country: string | null; role: string }[];
  sources: (SourceRef & { rel: string; referenced: boolean })[];
}

export type ToWebview =
  | { type: 'dossier'; dossier: Dossier }
  | { type: 'missing'; id: string }
  | { type: 'network'; network: Network; query: NetworkQuery; choices: FilterChoices }
  | { type: 'timeline'; timeline: Timeline; query: TimelineQuery; choices: FilterChoices }
  | { type: 'meetings'; title: string; meetings: MeetingSummary[] }
  /** Tests and the screenshot script: act as the user would on an element, then report. */
  | { type: 'click'; target: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; source: SourceRef }
  | { type: 'dossier'; id: string }
  | { type: 'query'; query: NetworkQuery | TimelineQuery }
  | { type: 'meetings'; ids: string[]; title: string }
  | { type: 'export' }
  /** The dossier's buttons: merge another identity into this one, or split some texts off. */
  | { type: 'merge'; id: string }
  | { type: 'split'; id: string }
  /** What the view shows now, read from its own DOM or drawing (tests assert this). */
  | { type: 'rendered'; state: RenderedState };

export interface RenderedState {
  view: 'dossier' | 'network' | 'timeline';
  /** Visible text of the page's main parts. */
  text: string;
  /** Network: drawn nodes; timeline: drawn items (their labels as shown). */
  items: string[];
  /** Network: drawn links "a -- b (weight)". */
  links: string[];
  /** The side panel's meetings list, when open. */
  panel: string[];
}
