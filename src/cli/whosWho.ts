// The who's who of one document, for `extract`: every person with what the text states about them, and every
// organization, so that the facts can be checked and used in batch.
import type { Analysis, Organization, Person } from '../core/types';

/** A person as `extract --json` gives it: the engine's facts, with mentions counted. */
export type PersonJson = Omit<Person, 'mentions' | 'references'> & { mentions: number };

export type OrganizationJson = Omit<Organization, 'mentions'> & { mentions: number };

export function whosWho(a: Analysis): { persons: PersonJson[]; organizations: OrganizationJson[] } {
  return {
    persons: a.persons.map((p) => ({
      id: p.id, name: p.name, capacity: p.capacity, rank: p.rank, position: p.position, organization: p.organization,
      country: p.country, mentions: p.mentions.length,
    })),
    organizations: a.organizations.map((o) => ({ id: o.id, name: o.name, country: o.country, parent: o.parent, mentions: o.mentions.length })),
  };
}

/** The readable summary of a document: who is who, then each meeting with its kind, date, place and parties. */
export function summaryText(path: string, a: Analysis): string {
  const lines = [path];
  const count = (t: string) => a.entities.filter((e) => e.type === t).length;
  lines.push(`  ${count('official')} official, ${count('rank')} rank, ${count('position')} position, ${count('organization')} organization mentions`);
  for (const p of a.persons) {
    const about = [p.rank, p.position, p.organization, p.country].filter(Boolean).join('; ');
    const label = p.capacity === 'official' ? 'official' : p.capacity;
    lines.push(`  ${label.padEnd(13)}${p.name}${about ? ` (${about})` : ''} ×${p.mentions.length}`);
  }
  for (const o of a.organizations) {
    const about = [o.country, o.parent && `part of ${o.parent}`].filter(Boolean).join('; ');
    lines.push(`  ${'organization'.padEnd(13)}${o.name}${about ? ` (${about})` : ''} ×${o.mentions.length}`);
  }
  for (const m of a.meetings) {
    const when = [m.isoDate ?? m.date, m.place].filter(Boolean).join(', ');
    const label = m.announced ? 'announced' : m.headline ? 'meeting' : m.referenced ? 'earlier' : 'also';
    lines.push(`  ${label.padEnd(13)}${m.kind}${when ? ` (${when})` : ''}: “${m.wording}”`);
    for (const p of m.participants) lines.push(`    ${p.role.padEnd(13)} ${[p.rank, p.name].filter(Boolean).join(' ')}${p.side ? `, ${p.side}` : ''}`);
  }
  return lines.join('\n') + '\n\n';
}
