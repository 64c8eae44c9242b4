// Command ids of the annotations feature (public ones are in package.json; the internal one is hidden).
export const AnnotationCommand = {
  annotateSelection: 'diplomatic.annotateSelection',
  addNote: 'diplomatic.addNote',
  removeAnnotation: 'diplomatic.removeAnnotation',
  rejectEntity: 'diplomatic.rejectEntity',
  linkMention: 'diplomatic.linkMention',
  openSidecar: 'diplomatic.openSidecar',
  confirmAnnotation: 'diplomatic.confirmAnnotation',
  replaceAnnotation: 'diplomatic.replaceAnnotation',
  setUpGitMerge: 'diplomatic.setUpGitMerge',
  /** Internal: tree clicks. Own id so we never clash with `_diplomatic.revealSpan` of the other views. */
  revealAnnotation: '_diplomatic.revealAnnotation',
} as const;

/** Arguments every annotation command accepts (all optional; the active editor fills the gaps). */
export interface TargetArgs {
  /** Text file, as a Uri or its string form. */
  uri?: string | { toString(): string; scheme?: string };
  start?: number;
  end?: number;
  /** An annotation id, for commands acting on one annotation. */
  id?: string;
  /** From a link (a hover card): prompt for what is missing and show errors, as from the palette. */
  interactive?: boolean;
}
