// `people --json`: the identities across the given texts, in the shape the issue fixes:
// {"people":[{"id","name","names","country","positions","documents","meetings"}],"organizations":[...]}.
import type { Corpus } from './corpus';
import { dossierOf, type OrganizationDossier, type PersonDossier } from './dossier';

export interface PeopleJson {
  people: {
    id: string;
    name: string;
    names: string[];
    country: string | null;
    positions: { rank: string | null; position: string | null; organization: string | null; date: string | null; document: string }[];
    documents: string[];
    meetings: { id: string; kind: string; date: string | null; isoDate: string | null; place: string | null; role: string | null; with: { id: string; name: string }[]; sources: { document: string; start: number; end: number }[] }[];
  }[];
  organizations: {
    id: string;
    name: string;
    names: string[];
    country: string | null;
    heads: { id: string; name: string; position: string | null; date: string | null; document: string }[];
    people: string[];
    documents: string[];
  }[];
}

export function peopleJson(corpus: Corpus): PeopleJson {
  const meetings = (d: PersonDossier | OrganizationDossier) => d.meetings.map((m) => ({
    id: m.id, kind: m.kind, date: m.date, isoDate: m.isoDate, place: m.place, role: m.role,
    with: m.counterparts.map((c) => ({ id: c.id, name: c.name })),
    sources: m.sources.map((s) => ({ document: s.rel, start: s.start, end: s.end })),
  }));
  return {
    people: corpus.people().map((p) => {
      const d = dossierOf(corpus, p.id) as PersonDossier;
      return {
        id: d.id, name: d.name, names: d.names, country: d.country,
        positions: d.positions.map((x) => ({ rank: x.rank, position: x.position, organization: x.organization, date: x.date, document: x.rel })),
        documents: d.documents.map((x) => x.rel),
        meetings: meetings(d),
      };
    }),
    organizations: corpus.organizations().map((o) => {
      const d = dossierOf(corpus, o.id) as OrganizationDossier;
      return {
        id: d.id, name: d.name, names: d.names, country: d.country,
        heads: d.heads.map((h) => ({ id: h.id, name: h.name, position: h.position, date: h.date, document: h.rel })),
        people: d.people.map((x) => x.id!),
        documents: d.documents.map((x) => x.rel),
      };
    }),
  };
}
