// The dossier page: everything the texts say about one person or organization, every line linked to
// the sentence it comes from.
import './common.css';
import './dossier.css';
import type { Dossier, DossierMeeting, DossierPosition, OrganizationDossier, PersonDossier } from '../src/core/corpus';
import { basename, dossierLink, h, onMessage, post, report, sourceLink } from './common';

const app = document.getElementById('app')!;

function table(headers: string[], rows: HTMLElement[], empty: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h('table', {}, h('thead', {}, h('tr', {}, ...headers.map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, ...rows));
}

const td = (...c: (Node | string | null)[]) => h('td', {}, ...c);

function positionRow(p: DossierPosition): HTMLElement {
  return h('tr', {}, td(p.date ?? 'undated'), td(p.rank ?? ''), td(p.position ?? ''), td(p.organization ?? ''), td(sourceLink(basename(p.rel), p, `${p.rel}: where the text says so`)));
}

function meetingRow(m: DossierMeeting): HTMLElement {
  return h('tr', { class: 'meeting-row', 'data-meeting': m.id },
    td(m.isoDate ?? m.date ?? 'undated'),
    td(m.kind, m.role ? h('span', { class: 'role' }, ` (${m.role})`) : null),
    td(m.place ?? ''),
    td(...m.counterparts.flatMap((c, i) => [i ? ', ' : '', dossierLink(c.name, c.id), c.country ? ` (${c.country})` : ''])),
    td(...m.sources.flatMap((s, i) => [i ? ' · ' : '', sourceLink(basename(s.rel), s, `${s.rel}${s.referenced ? ' (referenced)' : ''}: open the sentence`)])),
  );
}

function section(title: string, count: number | null, body: HTMLElement): HTMLElement {
  return h('section', {}, h('h2', {}, title, count === null ? '' : h('span', { class: 'count' }, ` ${count}`)), body);
}

function header(d: Dossier): HTMLElement {
  const others = d.names.filter((n) => n !== d.name);
  return h('header', {},
    h('h1', {}, d.name),
    h('div', { class: 'facts' },
      h('span', { class: 'kind' }, d.kind === 'person' ? 'Person' : 'Organization'),
      d.country ? h('span', {}, d.country) : null,
      h('span', { class: 'id', title: 'Identity id (exports, diplomatic.identities.yaml)' }, d.id),
    ),
    others.length ? h('div', { class: 'aka' }, 'Also written: ', others.join(' · ')) : null,
    h('div', { class: 'actions' }, action('Merge with…', 'Others who are the same (written to diplomatic.identities.yaml)', () => post({ type: 'merge', id: d.id })),
      d.documents.length > 1 ? action('Split…', 'Some texts speak of someone else (written to diplomatic.identities.yaml)', () => post({ type: 'split', id: d.id })) : null),
  );
}

function action(label: string, title: string, run: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', title }, label);
  b.addEventListener('click', run);
  return b;
}

function personPage(d: PersonDossier): HTMLElement[] {
  return [
    section('Positions and ranks', d.positions.length, table(['Date of the text', 'Rank', 'Position', 'Organization', 'Text'], d.positions.map(positionRow), 'No rank or position stated in the texts.')),
    section('Meetings', d.meetings.length, table(['Date', 'Kind', 'Place', 'Counterparts', 'Sources'], d.meetings.map(meetingRow), 'No meetings reported.')),
    section('Organizations', d.organizations.length, d.organizations.length
      ? h('ul', {}, ...d.organizations.map((o) => h('li', {}, o.id ? dossierLink(o.name, o.id) : o.name, h('span', { class: 'count' }, ` ${o.count} text${o.count === 1 ? '' : 's'}`))))
      : h('p', { class: 'empty' }, 'No organization stated.')),
  ];
}

function organizationPage(d: OrganizationDossier): HTMLElement[] {
  return [
    d.parents.length ? h('p', { class: 'aka' }, 'Part of: ', d.parents.join(' · ')) : h('span'),
    section('Heads named', d.heads.length, table(['Date of the text', 'Name', 'Rank', 'Position', 'Text'], d.heads.map((x) => h('tr', {},
      td(x.date ?? 'undated'), td(dossierLink(x.name, x.id)), td(x.rank ?? ''), td(x.position ?? ''), td(sourceLink(basename(x.rel), x)))), 'No head named in the texts.')),
    section('People', d.people.length, d.people.length
      ? h('ul', {}, ...d.people.map((p) => h('li', {}, dossierLink(p.name, p.id!), p.position ? ` — ${p.position}` : '', h('span', { class: 'count' }, ` ${p.count} text${p.count === 1 ? '' : 's'}`))))
      : h('p', { class: 'empty' }, 'Nobody tied to it in the texts.')),
    section('Meetings of its people', d.meetings.length, table(['Date', 'Kind', 'Place', 'Counterparts', 'Sources'], d.meetings.map(meetingRow), 'No meetings reported.')),
  ];
}

function render(d: Dossier): void {
  const common = [
    section('Texts', d.documents.length, h('ul', { class: 'texts' }, ...d.documents.map((x) => h('li', {},
      sourceLink(x.rel, x, 'Open the first mention'), h('span', { class: 'count' }, ` ${x.date ?? 'undated'} · ${x.mentions} mention${x.mentions === 1 ? '' : 's'}`))))),
    section('Analysts’ notes', d.notes.length, d.notes.length
      ? h('ul', { class: 'notes' }, ...d.notes.map((n) => h('li', {}, h('blockquote', {}, n.text), n.from === 'annotation' ? sourceLink(basename(n.rel), n) : h('span', { class: 'count' }, n.rel))))
      : h('p', { class: 'empty' }, 'No notes yet: add one on a mention with Diplomatic: Add or Edit Note, or as `note:` in the identities file.')),
  ];
  const main = h('main', { class: 'dossier' }, header(d), ...(d.kind === 'person' ? personPage(d) : organizationPage(d)), ...common);
  app.replaceChildren(main);
  report({
    view: 'dossier',
    text: main.innerText,
    items: Array.from(main.querySelectorAll('tr.meeting-row')).map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
    links: Array.from(main.querySelectorAll('a.source')).map((a) => (a as HTMLElement).title),
  });
}

onMessage((m) => {
  if (m.type === 'dossier') render(m.dossier);
  else if (m.type === 'missing') {
    app.replaceChildren(h('p', { class: 'empty' }, `No identity '${m.id}' in the indexed texts any more (texts removed, or the identities file changed).`));
    report({ view: 'dossier', text: app.innerText, items: [], links: [] });
  } else if (m.type === 'click') {
    // "meeting:<id>": the meeting row's first source link, clicked as a user would.
    const [kind, id] = [m.target.slice(0, m.target.indexOf(':')), m.target.slice(m.target.indexOf(':') + 1)];
    const row = kind === 'meeting' ? document.querySelector(`tr.meeting-row[data-meeting="${CSS.escape(id)}"]`) : null;
    (row?.querySelector('a.source') as HTMLElement | null)?.click();
  }
});
post({ type: 'ready' });
