// Three-way merge of annotation lists by id, field by field: in the editor when the sidecar changed on
// disk while the analyst had unsaved changes, and in the git merge driver (`merge-sidecars`).
// Independent work merges cleanly: annotations added on either side are all kept, and changes to
// different fields of one annotation combine. Only the same field changed differently on both sides is a
// conflict, and then both versions are kept: the first side's in place, the other's as a marked copy.
import { Annotation, newAnnotationId } from './model';

/** What the analyst says about an annotation; a change to any of these on both sides is a conflict. */
const CONTENT = ['label', 'note', 'entity'] as const;

/** Where it stands. Offsets alone differ between sides whose texts differ: that is not a conflict. */
function anchorKey(a: Annotation): string {
  return JSON.stringify([a.start, a.end, a.quote, !!a.moved, !!a.orphaned]);
}

function contentChanged(a: Annotation, base: Annotation): boolean {
  return CONTENT.some((k) => (a[k] ?? '') !== (base[k] ?? '')) || a.quote !== base.quote;
}

export interface MergeResult {
  annotations: Annotation[];
  /** Ids of the second copies kept because both sides changed the same field differently. */
  conflicts: string[];
}

/**
 * base: the common ancestor; first and second: the two sides (in the editor, the disk version first and
 * the unsaved one second; in git, ours first and theirs second). One-sided changes win; an annotation
 * deleted on one side survives only if the other side changed what it says.
 */
export function mergeAnnotations(base: readonly Annotation[], first: readonly Annotation[], second: readonly Annotation[]): MergeResult {
  const b = new Map(base.map((a) => [a.id, a]));
  const f = new Map(first.map((a) => [a.id, a]));
  const s = new Map(second.map((a) => [a.id, a]));
  const taken = new Set([...b.keys(), ...f.keys(), ...s.keys()]);
  const out: Annotation[] = [];
  const conflicts: string[] = [];
  for (const id of new Set([...f.keys(), ...s.keys()])) {
    const o = b.get(id);
    const x = f.get(id);
    const y = s.get(id);
    if (x && y) {
      const merged = mergeOne(o, x, y);
      out.push(merged.annotation);
      if (merged.conflict) {
        const copyId = newAnnotationId(taken);
        taken.add(copyId);
        out.push({ ...y, id: copyId, conflict: true });
        conflicts.push(copyId);
      }
    } else {
      const only = (x ?? y)!;
      if (!o || contentChanged(only, o)) out.push({ ...only });
    }
  }
  return { annotations: out, conflicts };
}

function mergeOne(o: Annotation | undefined, x: Annotation, y: Annotation): { annotation: Annotation; conflict: boolean } {
  const base: Annotation = o ?? { ...x, label: '', note: undefined, entity: undefined, quote: '', start: -1, end: -1 };
  const m: Annotation = { ...x };
  let conflict = false;
  for (const k of CONTENT) {
    const xv = x[k] ?? '';
    const yv = y[k] ?? '';
    const bv = base[k] ?? '';
    if (xv === yv || yv === bv) continue;
    if (xv === bv) {
      if (y[k] === undefined) delete m[k];
      else m[k] = y[k] as string;
    } else conflict = true;
  }
  // Anchoring: the side that changed it; if both did, the same words at other offsets are one place seen
  // from two texts (re-anchoring settles it), preferring a side that stands on its words.
  if (anchorKey(x) !== anchorKey(y)) {
    const xMoved = anchorKey(x) !== anchorKey(base);
    const yMoved = anchorKey(y) !== anchorKey(base);
    const takeY = (!xMoved && yMoved) || (xMoved && yMoved && x.quote === y.quote && (x.moved || x.orphaned) && !(y.moved || y.orphaned));
    if (xMoved && yMoved && x.quote !== y.quote) conflict = true;
    else if (takeY) {
      m.start = y.start;
      m.end = y.end;
      m.quote = y.quote;
      m.prefix = y.prefix;
      m.suffix = y.suffix;
      if (y.moved) m.moved = true;
      else delete m.moved;
      if (y.orphaned) m.orphaned = true;
      else delete m.orphaned;
    }
  }
  if (y.updated > m.updated) m.updated = y.updated;
  if (y.created && (!m.created || y.created < m.created)) m.created = y.created;
  return { annotation: m, conflict };
}
