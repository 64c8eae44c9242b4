// Hover cards over officials, ranks, positions and organizations, with the analyst's annotations there
// and links to annotate from where the analyst is (Add note, Label…, Reject). Article text is untrusted:
// everything quoted from it is escaped, and links may run only our reveal and annotation commands.
import * as vscode from 'vscode';
import type { Analysis, Capacity, Entity } from '../core';
import type { CorpusMeeting } from '../core/corpusIndex';
import { ANNOTATION_LINK_COMMANDS, annotationCard, appendAnnotations, commandLink } from './annotations/hover';
import { AnnotationCommand } from './annotations/ids';
import { CommandId, revealSpanLink } from './commands/commandIds';
import { gradeOf } from './data/rankGrades';
import type { EditorServices } from './editorServices';
import { entityAt, personOf, qualifiedPerson, toRange } from './entityAt';

/** Backslash-escapes Markdown syntax and neutralizes HTML in text taken from articles. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()#+\-.!|~>$]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/\s*\n\s*/g, ' ');
}

function card(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [CommandId.revealSpan, OPEN_DOSSIER, ...ANNOTATION_LINK_COMMANDS] };
  return md;
}

const OPEN_DOSSIER = 'diplomatic.openDossier';

/** "Open dossier" for the person or organization a text's analysis calls `localId`. */
function dossierLink(document: vscode.TextDocument, localId: string): string {
  const args = encodeURIComponent(JSON.stringify([{ path: document.uri.toString(), localId }]));
  return `[$(book) Open dossier](command:${OPEN_DOSSIER}?${args} "Everything the texts say about them")`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const CREDITS: Record<Exclude<Capacity, 'official'>, string> = { reporter: 'Reporter', translator: 'Translator', photographer: 'Photographer', editor: 'Editor' };

export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: EditorServices) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const analysis = this.services.cache.get(document);
    if (!analysis || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const entity = entityAt(analysis, offset);
    const annotations = this.services.corrections.annotationsAt(document.uri, offset);
    if (!entity) {
      // Annotated words the recognizer does not show (a place, a custom label): the annotations alone.
      if (!annotations.length) return undefined;
      const md = annotationCard();
      appendAnnotations(md, document, annotations);
      return new vscode.Hover(md, toRange(document, annotations[0].start, annotations[0].end));
    }
    let md: vscode.MarkdownString | undefined;
    switch (entity.type) {
      case 'official': md = this.official(document, analysis, entity); break;
      case 'rank': md = this.rank(analysis, entity); break;
      case 'position': md = this.position(analysis, entity); break;
      case 'organization': md = this.organization(document, analysis, entity); break;
      default: return undefined;
    }
    if (!md) return undefined;
    // The analyst's own notes belong on the same card as the facts, first (a long card scrolls), and so
    // do the ways to add them.
    const shown = card();
    this.appendActions(shown, document, entity, annotations.length > 0);
    if (annotations.length) {
      appendAnnotations(shown, document, annotations);
      shown.appendMarkdown('\n\n---\n\n');
    }
    shown.appendMarkdown(md.value);
    return new vscode.Hover(shown, toRange(document, entity.start, entity.end));
  }

  /** Add note · Label… · Reject on the entity's own span (the annotation is created if there is none), on top. */
  private appendActions(md: vscode.MarkdownString, document: vscode.TextDocument, entity: Entity, annotated: boolean): void {
    const target = { uri: document.uri.toString(), start: entity.start, end: entity.end };
    const links = [
      annotated ? '' : `$(note) ${commandLink('Add note', AnnotationCommand.addNote, target)}`,
      `$(tag) ${commandLink('Label…', AnnotationCommand.annotateSelection, target)}`,
      entity.source === 'annotation' ? '' : `$(circle-slash) ${commandLink('Reject', AnnotationCommand.rejectEntity, target)}`,
    ].filter(Boolean);
    md.appendMarkdown(`${links.join(' &nbsp;·&nbsp; ')}\n\n---\n\n`);
  }

  private official(document: vscode.TextDocument, analysis: Analysis, entity: Entity): vscode.MarkdownString {
    const local = personOf(analysis, entity);
    const id = local?.id ?? entity.id;
    const merged = id ? this.services.index.core.person(id) : undefined;
    const name = merged?.name ?? local?.name ?? entity.text;
    const rank = local?.rank ?? merged?.rank;
    const md = card();
    md.appendMarkdown(`$(person) **${escapeMarkdown(name)}**${rank ? ` — ${escapeMarkdown(rank)}` : ''}\n\n`);
    const capacity = local?.capacity ?? merged?.capacity;
    // Bylines and credits name people who report, not officials of a country who meet.
    if (capacity && capacity !== 'official') md.appendMarkdown(`${CREDITS[capacity]}: named in the byline or credits, not an official of a country; takes part in no meeting  \n`);
    const rows: [string, string | null | undefined][] = [
      ['Position', local?.position ?? merged?.position],
      ['Organization', local?.organization ?? merged?.organization],
      ['Country', local?.country ?? merged?.country],
    ];
    for (const [label, value] of rows) if (value) md.appendMarkdown(`${label}: ${escapeMarkdown(value)}  \n`);
    const here = local?.mentions.length ?? 1;
    const files = merged?.files.length ?? 1;
    const total = merged?.mentionCount ?? here;
    md.appendMarkdown(`\nMentions: ${plural(here, 'time')} in this text, ${total} in ${plural(files, 'text')} of the workspace\n`);
    if (id) this.appendMeetings(md, id, document, analysis);
    if (id) md.appendMarkdown(`\n${dossierLink(document, id)}\n`);
    return md;
  }

  private appendMeetings(md: vscode.MarkdownString, personId: string, document: vscode.TextDocument, analysis: Analysis): void {
    const key = document.uri.toString();
    // This document's own meetings come from its live analysis (unsaved edits), the rest from the index.
    const meetings: CorpusMeeting[] = [
      ...analysis.meetings.filter((m) => m.participants.some((p) => p.id === personId)).map((meeting) => ({ path: key, meeting })),
      ...this.services.index.core.meetingsOf(personId).filter((m) => m.path !== key),
    ];
    if (meetings.length === 0) return;
    md.appendMarkdown('\n**Meetings**\n\n');
    for (const { path, meeting } of meetings.slice(0, 10)) {
      const label = [meeting.kind, meeting.announced ? 'announced' : '', meeting.isoDate ?? meeting.date, meeting.place].filter(Boolean).join(' · ');
      const others = meeting.participants.filter((p) => p.id !== personId).map((p) => p.name).join(', ');
      const where = path === key ? '' : ` (${escapeMarkdown(this.services.index.relativePath(path))})`;
      const link = revealSpanLink({ uri: path, start: meeting.start, end: meeting.end });
      md.appendMarkdown(`- [${escapeMarkdown(label)}](${link})${others ? ` with ${escapeMarkdown(others)}` : ''}${where}\n`);
    }
    if (meetings.length > 10) md.appendMarkdown(`- … and ${meetings.length - 10} more\n`);
  }

  private rank(analysis: Analysis, entity: Entity): vscode.MarkdownString {
    const holder = qualifiedPerson(analysis, entity, 3);
    const grade = gradeOf(entity.text, holder?.country);
    const md = card();
    md.appendMarkdown(`$(star-full) **${escapeMarkdown(entity.text)}** — military rank\n\n`);
    if (!grade) {
      md.appendMarkdown('Grade: not in the rank table\n');
      return md;
    }
    md.appendMarkdown(`NATO grade **${grade.code}** (${escapeMarkdown(grade.label)})\n\n`);
    md.appendMarkdown('| Army | Same grade |\n|---|---|\n');
    for (const [army, names] of Object.entries(grade.ranks)) {
      if (names.length > 0) md.appendMarkdown(`| ${escapeMarkdown(army)} | ${names.map(escapeMarkdown).join(', ')} |\n`);
    }
    if (holder) md.appendMarkdown(`\nHeld here by ${escapeMarkdown(holder.name)}\n`);
    return md;
  }

  private position(analysis: Analysis, entity: Entity): vscode.MarkdownString {
    const md = card();
    md.appendMarkdown(`$(briefcase) **${escapeMarkdown(entity.text)}** — position\n\n`);
    const holders = new Map<string, string>();
    const here = qualifiedPerson(analysis, entity);
    if (here) holders.set(here.id, here.name);
    for (const p of this.services.index.core.holdersOf(entity.text)) holders.set(p.id, p.name);
    for (const p of analysis.persons) if (p.position && p.position === entity.text) holders.set(p.id, p.name);
    if (holders.size === 0) md.appendMarkdown('No holder known in the workspace\n');
    else md.appendMarkdown(`Held by: ${[...holders.values()].map(escapeMarkdown).join(', ')}\n`);
    return md;
  }

  private organization(document: vscode.TextDocument, analysis: Analysis, entity: Entity): vscode.MarkdownString {
    const index = analysis.entities.indexOf(entity);
    const local = analysis.organizations.find((o) => (entity.id && o.id === entity.id) || o.mentions.includes(index));
    const id = local?.id ?? entity.id;
    const merged = id ? this.services.index.core.organization(id) : undefined;
    const md = card();
    md.appendMarkdown(`$(organization) **${escapeMarkdown(merged?.name ?? local?.name ?? entity.text)}** — organization\n\n`);
    const country = local?.country ?? merged?.country;
    const parent = local?.parent ?? merged?.parent;
    if (country) md.appendMarkdown(`Country: ${escapeMarkdown(country)}  \n`);
    if (parent) md.appendMarkdown(`Part of: ${escapeMarkdown(parent)}  \n`);
    const here = local?.mentions.length ?? 1;
    const files = merged?.files.length ?? 1;
    md.appendMarkdown(`\nMentions: ${plural(here, 'time')} in this text, ${merged?.mentionCount ?? here} in ${plural(files, 'text')} of the workspace\n`);
    if (id) md.appendMarkdown(`\n${dossierLink(document, id)}\n`);
    return md;
  }
}

export function registerHovers(services: EditorServices, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, new EntityHoverProvider(services));
}
