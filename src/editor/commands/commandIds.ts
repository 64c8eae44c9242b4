// Every command id this adapter layer registers or links to, in one place (the manifest declares them).
export const CommandId = {
  refresh: 'diplomatic.refresh',
  toggleHighlights: 'diplomatic.toggleHighlights',
  nextEntity: 'diplomatic.nextEntity',
  previousEntity: 'diplomatic.previousEntity',
  revealInTree: 'diplomatic.revealInTree',
  exportMeetings: 'diplomatic.exportMeetings',
  /** Internal: hover links and tree items; hidden from the palette. */
  revealSpan: '_diplomatic.revealSpan',
} as const;

/** Argument of `_diplomatic.revealSpan`: a uri (string form) and UTF-16 offsets into its text. */
export interface RevealSpanArgs {
  uri: string;
  start: number;
  end: number;
}

/** A `command:` link for Markdown (hover cards). */
export function revealSpanLink(args: RevealSpanArgs): string {
  return `command:${CommandId.revealSpan}?${encodeURIComponent(JSON.stringify([args]))}`;
}

/** A click command for tree items. */
export function revealSpanCommand(args: RevealSpanArgs, title = 'Reveal'): { command: string; title: string; arguments: unknown[] } {
  return { command: CommandId.revealSpan, title, arguments: [args] };
}
