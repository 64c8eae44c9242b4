// Shared by the corpus webviews: messaging with the extension, DOM helpers that only ever set text
// (names come from articles: never markup), the filter bar, the meetings side panel, theme colours.
import type { FilterChoices } from '../src/core/corpus';
import type { FromWebview, MeetingSummary, RenderedState, SourceRef, ToWebview, ViewFilter } from '../src/editor/webviews/protocol';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();

export function post(message: FromWebview): void {
  vscode.postMessage(message);
}

export function onMessage(handler: (m: ToWebview) => void): void {
  window.addEventListener('message', (e: MessageEvent<ToWebview>) => handler(e.data));
}

type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** A link that opens the sentence in the editor. */
export function sourceLink(label: string, source: SourceRef, title?: string): HTMLAnchorElement {
  const a = h('a', { href: '#', class: 'source', title: title ?? 'Open the sentence in the editor' }, label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    post({ type: 'reveal', source: { path: source.path, start: source.start, end: source.end } });
  });
  return a;
}

/** A link to another identity's dossier. */
export function dossierLink(label: string, id: string): HTMLAnchorElement {
  const a = h('a', { href: '#', class: 'dossier-link', title: 'Open the dossier', 'data-identity': id }, label);
  a.addEventListener('click', (e) => {
    e.preventDefault();
    post({ type: 'dossier', id });
  });
  return a;
}

export function basename(rel: string): string {
  return rel.slice(rel.lastIndexOf('/') + 1);
}

/** A theme colour from VS Code's CSS variables (canvas drawing cannot use var() itself). */
export function themeColor(name: string, fallback: string): string {
  const v = getComputedStyle(document.body).getPropertyValue(`--vscode-${name}`).trim();
  return v || fallback;
}

export function report(state: Omit<RenderedState, 'panel'> & { panel?: string[] }): void {
  const panel = state.panel ?? Array.from(document.querySelectorAll('#panel .meeting')).map((x) => (x as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
  post({ type: 'rendered', state: { ...state, panel } });
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The filter bar: countries and kinds (with counts), a date range (YYYY, YYYY-MM or YYYY-MM-DD) and
 * whether meetings the texts only refer back to count. Calls `changed` with the new filter.
 */
export function filterBar(choices: FilterChoices, current: ViewFilter, changed: (f: ViewFilter) => void, extra: HTMLElement[] = []): HTMLElement {
  const countries = h('select', { multiple: true, size: '1', 'aria-label': 'Countries', title: 'Countries (Ctrl+click for several; none = all)' });
  for (const c of choices.countries) countries.append(h('option', { value: c.name, selected: current.countries.includes(c.name) }, `${c.name} (${c.count})`));
  const kinds = h('select', { multiple: true, size: '1', 'aria-label': 'Kinds', title: 'Kinds of meeting (Ctrl+click for several; none = all)' });
  for (const k of choices.kinds) kinds.append(h('option', { value: k.name, selected: current.kinds.includes(k.name) }, `${k.name} (${k.count})`));
  const from = h('input', { type: 'text', value: current.from, placeholder: choices.firstDate ?? 'YYYY-MM', size: '10', 'aria-label': 'From date', title: 'From (YYYY, YYYY-MM or YYYY-MM-DD)' });
  const to = h('input', { type: 'text', value: current.to, placeholder: choices.lastDate ?? 'YYYY-MM', size: '10', 'aria-label': 'To date', title: 'To (YYYY, YYYY-MM or YYYY-MM-DD)' });
  const referenced = h('input', { type: 'checkbox', checked: current.referenced, id: 'referenced' });
  const clear = h('button', { type: 'button', title: 'Show every meeting' }, 'Clear filters');
  const read = (): ViewFilter | undefined => {
    const bad = [from, to].filter((i) => i.value.trim() && !ISO.test(i.value.trim()));
    for (const i of [from, to]) i.classList.toggle('invalid', bad.includes(i));
    if (bad.length) return undefined;
    return {
      countries: Array.from(countries.selectedOptions).map((o) => o.value),
      kinds: Array.from(kinds.selectedOptions).map((o) => o.value),
      from: from.value.trim(), to: to.value.trim(), referenced: referenced.checked,
    };
  };
  const fire = () => {
    const f = read();
    if (f) changed(f);
  };
  for (const el of [countries, kinds, referenced]) el.addEventListener('change', fire);
  for (const el of [from, to]) el.addEventListener('change', fire);
  clear.addEventListener('click', () => changed({ countries: [], kinds: [], from: '', to: '', referenced: true }));
  // Multi-selects open as lists on focus, so the bar stays one line.
  for (const s of [countries, kinds]) {
    s.addEventListener('focus', () => (s.size = Math.min(8, Math.max(2, s.options.length))));
    s.addEventListener('blur', () => (s.size = 1));
  }
  return h('div', { class: 'toolbar', role: 'toolbar' },
    ...extra,
    h('label', {}, 'Countries ', countries),
    h('label', {}, 'Kinds ', kinds),
    h('label', {}, 'From ', from),
    h('label', {}, 'to ', to),
    h('label', { title: 'Meetings the texts only refer back to' }, referenced, ' referenced'),
    clear,
  );
}

/** The side panel: a title and the meetings (date, kind, place, who, every source sentence). */
export function showMeetings(panel: HTMLElement, title: string, meetings: MeetingSummary[]): void {
  panel.replaceChildren(
    h('div', { class: 'panel-head' }, h('h2', {}, title), closeButton(panel)),
    h('ul', { class: 'meetings' }, ...meetings.map((m) => h('li', { class: 'meeting', 'data-meeting': m.id },
      h('div', { class: 'meeting-title' }, [m.isoDate ?? m.date ?? 'undated', m.kind, m.place].filter(Boolean).join(' · ')),
      h('div', { class: 'who' }, ...m.participants.flatMap((p, i) => [i ? ', ' : '', dossierLink(p.name, p.id), p.country ? ` (${p.country})` : ''])),
      h('div', { class: 'sources' }, ...m.sources.flatMap((s, i) => [i ? ' · ' : '', sourceLink(`${basename(s.rel)}`, s, `${s.rel}${s.referenced ? ' (referenced)' : ''}: open the sentence`)])),
    ))),
  );
  panel.hidden = false;
}

export function closeButton(panel: HTMLElement): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'close', title: 'Close', 'aria-label': 'Close' }, '×');
  b.addEventListener('click', () => (panel.hidden = true));
  return b;
}
