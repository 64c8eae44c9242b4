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

/**
 * In which capacity the text names a person: an official of some country or body, or someone who wrote,
 * translated or photographed the article (a byline: a person, not an official of a country).
 */
export type Capacity = 'official' | 'reporter' | 'translator' | 'photographer' | 'editor';

/** A person the document talks about, with what the text states about them. */
export interface Person {
  id: string;
  name: string;
  capacity: Capacity;
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

/**
 * How a participant took part. Asymmetric roles follow the verb: host and guest (a reception, a visit, a
 * courtesy call), caller and callee (a call where the text says who called or asked for it), interviewer and
 * interviewee; `participant` where the roles are symmetric (talks, multilateral meetings, calls with no
 * initiator stated). Co-hosts are both hosts.
 */
export type ParticipantRole = 'host' | 'guest' | 'caller' | 'callee' | 'interviewer' | 'interviewee' | 'participant';

/** The kinds of meeting an analyst records; `wording` keeps how the text put it. */
export const MEETING_KINDS = ['reception', 'talks', 'phone call', 'video call', 'interview', 'visit', 'multilateral'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

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
  kind: MeetingKind;
  /** The words that reported it, as written ("held a telephone conference", "paid a courtesy call on"). */
  wording: string;
  /** The meeting the text is about (one per text at most); the others are further meetings it reports. */
  headline: boolean;
  /** The date as written in the text, or null. */
  date: string | null;
  /** ISO form (YYYY-MM-DD, YYYY-MM or YYYY) when the text allows it. */
  isoDate: string | null;
  place: string | null;
  /** True for earlier events the text only refers to (not the headline, nor reported alongside it). */
  referenced: boolean;
  /** Told as to come, not as held ("X will meet Y on Monday"): set where the text reports no meeting held. */
  announced?: boolean;
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
