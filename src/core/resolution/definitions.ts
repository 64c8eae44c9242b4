// Short forms a text defines ("Central Military Commission (CMC)") are recognized wherever the text uses
// them, before or after the definition, and an organization's short form refers to the same organization.
import type { Definition, LocalEntity, LocalResult, NameMention } from '../recognition/localTypes';

export interface DefinedForms {
  /** Local entities with the uses of defined short forms added, sorted by span. */
  entities: LocalEntity[];
  /** Name mentions with a leading short form taken off ("SND Teodoro" → "Teodoro"). */
  names: NameMention[];
  /** Organization short form → the name it stands for. */
  aliases: Map<string, string>;
}

export function applyDefinitions(text: string, c: LocalResult): DefinedForms {
  if (c.definitions.length === 0) return { entities: c.entities, names: c.names, aliases: new Map() };
  const byShort = new Map<string, Definition>();
  for (const d of c.definitions) if (!byShort.has(d.short)) byShort.set(d.short, d);
  const aliases = new Map<string, string>();
  for (const d of byShort.values()) if (d.type === 'organization' && d.long.replace(/’/g, "'") !== d.short) aliases.set(d.short, d.long.replace(/’/g, "'"));

  const names: NameMention[] = [];
  for (const m of c.names) {
    const first = m.tokens[0];
    if (m.tokens.length < 2 || !byShort.has(first)) {
      names.push(bodyBeforeOffice(text, m, byShort));
      continue;
    }
    // A new object: cached paragraph results are shared between analyses.
    let start = m.start + first.length;
    while (start < m.end && /\s/.test(text[start])) start++;
    const tokens = m.tokens.slice(1);
    names.push({ ...m, start, name: tokens.join(' '), tokens });
  }

  // Uses not already inside an entity: entities are sorted by start, so one pointer walks them.
  const extra: LocalEntity[] = [];
  const { start: ws, end: we, text: wt } = c.capWords;
  let e = 0;
  let reach = -1;
  for (let w = 0; w < ws.length; w++) {
    const d = byShort.get(wt[w]);
    if (!d) continue;
    while (e < c.entities.length && c.entities[e].start <= ws[w]) reach = Math.max(reach, c.entities[e++].end);
    if (reach > ws[w]) continue;
    extra.push({ type: d.type, start: ws[w], end: we[w] });
  }
  const entities = extra.length ? c.entities.concat(extra).sort((a, b) => a.start - b.start || b.end - a.end) : c.entities;
  return { entities, names, aliases };
}

/**
 * "Japan Coast Guard (JCG) ... JCG Commandant Admiral X": a short form the text defines, right before a holder's
 * office, is the body he serves (a new object where it changes: cached paragraph results are shared).
 */
function bodyBeforeOffice(text: string, m: NameMention, byShort: ReadonlyMap<string, Definition>): NameMention {
  if (!m.position || m.organization) return m;
  // (Looked for only as far back as the office may stand: a search over the whole text per holder would make long
  // texts quadratic.)
  const from = Math.max(0, m.start - m.position.length - OFFICE_TO_NAME);
  const k = text.slice(from, m.start + m.position.length).lastIndexOf(m.position, m.start - from);
  if (k < 0) return m;
  const at = from + k;
  const short = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - SHORT_FORM_CHARS), at))?.[1];
  const d = short ? byShort.get(short) : undefined;
  return d?.type === 'organization' ? { ...m, organization: short! } : m;
}
/** How far after its office a holder's name may start (a rank, a style and a comma between). */
const OFFICE_TO_NAME = 40;
/** How long a short form may be. */
const SHORT_FORM_CHARS = 12;
