// What activate() returns: handles for integration tests (and other extensions) to observe the
// extension without reaching into its internals.
import type { AnnotationsTree } from './annotations/tree';
import type { CorpusViews } from './corpus';
import type { Highlights } from './decorations';
import type { EditorServices } from './editorServices';
import type { TreeViews } from './commands/revealInTree';
import type { MeetingsTree } from './trees/meetingsTree';
import type { OfficialsTree } from './trees/officialsTree';
import type { OrganizationsTree } from './trees/organizationsTree';

export interface DiplomaticApi {
  services: EditorServices;
  highlights: Highlights;
  meetingsTree: MeetingsTree;
  officialsTree: OfficialsTree;
  organizationsTree: OrganizationsTree;
  annotationsTree: AnnotationsTree;
  views: TreeViews;
  /** The corpus service and the open dossier, timeline and network views. */
  corpus: CorpusViews;
}
