// Shared shapes of the engine. Offsets are UTF-16 code units, as JavaScript strings count them:
// `start` inclusive, `end` exclusive.

export type EntityType = 'official' | 'rank' | 'position' | 'organization' | 'country' | 'place' | 'date';

export interface Span {
  start: number;
  end: number;
}

export interface Entity extends Span {
  type: EntityType;
  text: string;
  /** Stable id of the person (officials) or organization (organizations) the mention refers to. */
  id?: string;
  /** Where the label came from: the recognizer, or an analyst's sidecar annotation. */
  source?: 'recognizer' | 'annotation';
}

/** A person the document talks about, with what the text states about them. */
export interface Person {
  id: string;
  name: string;
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  /** Indices into `Analysis.entities` of every mention of this person. */
  mentions: number[];
  /** Descriptive references that resolve to this person ("the Chinese diplomat"), not name mentions. */
  references?: Span[];
}

export interface Organization {
  id: string;
  name: string;
  country: string | null;
  /** The organization this one is stated to be part of ("Department X of the Ministry Y"). */
  parent: string | null;
  mentions: number[];
}

export type ParticipantRole = 'host' | 'guest' | 'participant' | 'interviewee' | 'interviewer' | 'caller' | 'visitor' | 'mentioned';

export interface Participant {
  id: string;
  name: string;
  rank: string | null;
  position: string | null;
  organization: string | null;
  country: string | null;
  role: ParticipantRole;
  /** Which party of the meeting the participant belongs to (usually a country), when known. */
  side: string | null;
}

export interface Meeting extends Span {
  kind: string;
  /** The date as written in the text, or null. */
  date: string | null;
  /** ISO form (YYYY-MM-DD, YYYY-MM or YYYY) when the text allows it. */
  isoDate: string | null;
  place: string | null;
  /** True for past events the text only refers to. */
  referenced: boolean;
  participants: Participant[];
}

export interface Analysis {
  entities: Entity[];
  persons: Person[];
  organizations: Organization[];
  meetings: Meeting[];
}

/** An analyst correction the engine must honour (from sidecars). */
export interface Correction extends Span {
  label: string;
  entity?: string;
}

export interface AnalyzeOptions {
  /** Polled between paragraphs; analysis stops early (partial result) when it returns true. */
  isCancelled?: () => boolean;
  /** Names the analyst labelled `official` anywhere in the workspace: recognized in every text. */
  knownOfficials?: readonly string[];
  /** Analyst corrections for this text; they win over the recognizer. */
  corrections?: readonly Correction[];
}
