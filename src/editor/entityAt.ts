// Shared lookups over one document's analysis: the entity under the cursor, the person a rank or
// position belongs to, and the span <-> Range conversions every provider needs.
import * as vscode from 'vscode';
import type { Analysis, Entity, Person } from '../core';

/** Kinds that are highlighted, hovered and navigated. */
export const SHOWN_TYPES: ReadonlySet<Entity['type']> = new Set(['official', 'rank', 'position', 'organization']);

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** The innermost shown entity containing `offset` (end-inclusive, so a cursor right after a word counts). */
export function entityAt(analysis: Analysis, offset: number): Entity | undefined {
  let best: Entity | undefined;
  for (const e of analysis.entities) {
    if (!SHOWN_TYPES.has(e.type) || offset < e.start || offset > e.end) continue;
    if (!best || e.end - e.start < best.end - best.start) best = e;
  }
  return best;
}

export function personOf(analysis: Analysis, entity: Entity): Person | undefined {
  if (entity.id) {
    const byId = analysis.persons.find((p) => p.id === entity.id);
    if (byId) return byId;
  }
  const index = analysis.entities.indexOf(entity);
  return index >= 0 ? analysis.persons.find((p) => p.mentions.includes(index)) : undefined;
}

/**
 * The official a rank or position qualifies: the first official starting shortly after it
 * ("Senior Colonel Pan Tao", "Director of ... Senior Lieutenant General Miao Hua").
 */
export function qualifiedPerson(analysis: Analysis, entity: Entity, reach = 120): Person | undefined {
  const next = analysis.entities
    .filter((e) => e.type === 'official' && e.start >= entity.end && e.start - entity.end <= reach)
    .sort((a, b) => a.start - b.start)[0];
  // ("the new American Ambassador to Nigeria, the Chief of Air Staff, Air Marshal X": another office of the same kind
  // between is the one the name after holds.)
  if (!next || analysis.entities.some((e) => e.type === entity.type && e !== entity && e.start >= entity.end && e.end <= next.start)) return undefined;
  return personOf(analysis, next);
}

/** Shown entities in document order (for next/previous navigation). */
export function shownEntities(analysis: Analysis): Entity[] {
  return analysis.entities.filter((e) => SHOWN_TYPES.has(e.type)).sort((a, b) => a.start - b.start || b.end - a.end);
}
