// Three-way merge by id when the sidecar changed on disk while the analyst had unsaved changes.
import { Annotation, newAnnotationId } from './model';

function same(a: Annotation, b: Annotation): boolean {
  return (
    a.label === b.label && a.start === b.start && a.end === b.end && a.quote === b.quote &&
    (a.entity ?? '') === (b.entity ?? '') && (a.note ?? '') === (b.note ?? '')
  );
}

export interface MergeResult {
  annotations: Annotation[];
  /** Ids of the second copies kept because both sides changed the same annotation differently. */
  conflicts: string[];
}

/**
 * base: what was last read from disk; local: in memory (unsaved); remote: the new disk version.
 * One-sided changes win; a change on both sides keeps both (the local one as a marked copy).
 */
export function mergeAnnotations(base: readonly Annotation[], local: readonly Annotation[], remote: readonly Annotation[]): MergeResult {
  const b = new Map(base.map((a) => [a.id, a]));
  const l = new Map(local.map((a) => [a.id, a]));
  const r = new Map(remote.map((a) => [a.id, a]));
  const taken = new Set([...b.keys(), ...l.keys(), ...r.keys()]);
  const out: Annotation[] = [];
  const conflicts: string[] = [];
  const keepCopy = (a: Annotation) => {
    const id = newAnnotationId(taken);
    taken.add(id);
    out.push({ ...a, id, conflict: true });
    conflicts.push(id);
  };
  for (const id of new Set([...l.keys(), ...r.keys()])) {
    const lb = b.get(id);
    const la = l.get(id);
    const ra = r.get(id);
    if (la && ra) {
      if (same(la, ra) || (lb && same(la, lb))) out.push(ra);
      else if (lb && same(ra, lb)) out.push(la);
      else {
        out.push(ra);
        keepCopy(la);
      }
    } else if (la) {
      // Deleted on disk: drop only if we did not change it meanwhile.
      if (!lb) out.push(la);
      else if (!same(la, lb)) keepCopy(la);
    } else if (ra) {
      if (!lb) out.push(ra);
      else if (!same(ra, lb)) out.push(ra); // we deleted it, they edited it: their edit survives
    }
  }
  return { annotations: out, conflicts };
}
