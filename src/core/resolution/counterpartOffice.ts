// "Russian President Vladimir Putin told his Tajik counterpart, Emomali Rahmon": one named as another's counterpart,
// of no office of his own in the text, holds the office of the one whose counterpart he is ("President").
import { firstStartingAt, spanHolding } from '../spans';
import { COUNTERPART_BEFORE, COUNTERPART_WORD } from './officeMentions';
import { bodyIn, officeCountry } from './countries';
import { countryIn, countryName } from './countryNames';
import type { Entity, Person } from '../types';

/** How far before the cue the one whose counterpart he is may be named. */
const OWNER_CHARS = 200;
/** Closing what stands between the owner and the cue: his possessive, or a meeting's word, and at most a nationality. */
const OWNER_TO_CUE = new RegExp(String.raw`(?:\b(?:his|her)|^['’]s?|\b(?:met|meets|meeting|with|received|receives|hosted|hosts|called|calls|and))\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}${COUNTERPART_WORD}$`, 'u');
/** A possessive right before the cue: "Putin's Tajik counterpart". */
const CUE_RIGHT_AFTER = new RegExp(String.raw`^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}${COUNTERPART_WORD}$`, 'u');
/** The cue word opening the cue's match: "counterpart", "opposite numbers". */
const CUE_WORD = new RegExp(`^${COUNTERPART_WORD}`);
/** Countries whose foreign and defence heads are styled secretaries. */
const SECRETARIES_STATES = new Set(['United States', 'United Kingdom']);
/** Offices that say no more than nothing alone. */
const BARE_OFFICE = /^(?:Minister|Secretary|Director|Official|Representative|Chairman|Chairperson|Chief|Head|Deputy|Member|Commander|Officer)$/;

/**
 * Gives each official named as the counterpart of another, who has an office of his own, that office where the text
 * states none of his: without the country's words in it, and not an office one country only has ("Secretary of
 * Defense"), whose counterpart abroad is called otherwise. `officials` are sorted by start.
 */
export function counterpartOffices(
  text: string, sentences: readonly { start: number; end: number }[], officials: readonly Entity[], personById: ReadonlyMap<string, Person>,
): void {
  for (const e of officials) {
    const p = personById.get(e.id!);
    if (!p || p.position || p.capacity !== 'official') continue;
    const sent = spanHolding(sentences, e.start);
    if (!sent) continue;
    const before = text.slice(Math.max(sent.start, e.start - 60), e.start);
    const cue = COUNTERPART_BEFORE.exec(before);
    if (!cue) continue;
    const cueAt = e.start - before.length + cue.index;
    // (The cue word's end: "counterpart", "opposite numbers", as matched.)
    const cueEnd = cueAt + CUE_WORD.exec(cue[0])![0].length;
    const owner = ownerBefore(text, officials, personById, p, Math.max(sent.start, cueAt - OWNER_CHARS), cueAt, cueEnd) ??
      ownerAfter(text, officials, personById, e, cueAt) ?? pronounOwner(text, sentences, officials, personById, p, sent, cueAt);
    const office = owner && transferable(owner.position);
    // (Washington's and London's foreign and defence heads are secretaries, not ministers.)
    if (office && !(SECRETARIES_STATES.has(p.country ?? '') && /\b(?:Foreign|Defen[cs]e)\b/.test(office))) p.position = office;
  }
}

/** The official named last before the cue, of an office, whose counterpart the words between make the one after. */
function ownerBefore(
  text: string, officials: readonly Entity[], personById: ReadonlyMap<string, Person>, self: Person, from: number, cueAt: number, cueEnd: number,
): Person | undefined {
  let k = firstStartingAt(officials, cueAt) - 1;
  // ("X discussed President Y's upcoming trip ... with his Argentine counterpart Z": a possessive the cue is not right
  // after, another official named before it, names what the sentence is about, not whose counterpart Z is; not
  // "Attaf's talks with his Swiss counterpart", the sentence's first.)
  while (k > 0 && officials[k - 1].start >= from && /^['’]s\s/.test(text.slice(officials[k].end, officials[k].end + 3)) && !CUE_RIGHT_AFTER.test(text.slice(officials[k].end, cueEnd))) k--;
  const o = officials[k];
  if (!o || o.start < from) return undefined;
  const owner = personById.get(o.id!);
  if (!owner || owner === self || !owner.position) return undefined;
  return OWNER_TO_CUE.test(text.slice(o.end, cueEnd)) ? owner : undefined;
}

/**
 * "With his Nicaraguan opposite number, X, Iranian Foreign Minister Y offered": the possessive told before its owner, the
 * subject named right after the counterpart's apposition, by his office.
 */
function ownerAfter(text: string, officials: readonly Entity[], personById: ReadonlyMap<string, Person>, e: Entity, cueAt: number): Person | undefined {
  if (!POSSESSIVE_BEFORE_CUE.test(text.slice(Math.max(0, cueAt - 40), cueAt))) return undefined;
  const o = officials[firstStartingAt(officials, e.end)];
  const owner = o && personById.get(o.id!);
  if (!owner || !owner.position || owner.id === e.id) return undefined;
  return SUBJECT_AFTER.test(text.slice(e.end, o.start)) ? owner : undefined;
}
/**
 * "Lavrov arrived in Samarkand. He was received at the airport by his Uzbek counterpart, X": a sentence opening on
 * "He" or "She", no one named before the cue, stands for the one the sentence before opens on.
 */
function pronounOwner(
  text: string, sentences: readonly { start: number; end: number }[], officials: readonly Entity[], personById: ReadonlyMap<string, Person>, self: Person,
  sent: { start: number; end: number }, cueAt: number,
): Person | undefined {
  const said = text.slice(sent.start, cueAt);
  if (!/^\s*(?:He|She)\b/.test(said) || !POSSESSIVE_BEFORE_CUE.test(said)) return undefined;
  const k = firstStartingAt(officials, sent.start);
  if (officials[k] && officials[k].start < cueAt) return undefined;
  const at = sentences.indexOf(sent);
  const before = at > 0 ? sentences[at - 1] : undefined;
  const o = before ? officials[firstStartingAt(officials, before.start)] : undefined;
  // (The one the sentence before opens on: named within its first words.)
  if (!o || !before || o.start > before.start + 60 || o.start >= before.end) return undefined;
  const owner = personById.get(o.id!);
  return owner && owner !== self && owner.position ? owner : undefined;
}
/** Right before the cue: a possessive, perhaps a nationality ("his Nicaraguan "). */
const POSSESSIVE_BEFORE_CUE = /\b(?:his|her)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** Between the counterpart and the subject: the apposition's comma, then the subject's nationality and office. */
const SUBJECT_AFTER = /^,\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,6}$/u;

/** An office as another country's holder of it would be called: its country's words aside, else none. */
function transferable(position: string | null): string | null {
  if (!position) return null;
  const words = position.split(' ');
  // ("Chinese Finance Minister": the nationality opening it.)
  const bare = countryName(words[0]) ? words.slice(1).join(' ') : position;
  // ("External Affairs Minister X ... his Brazilian counterpart Y", "Secretary of State X and his Indian counterpart Y":
  // a foreign minister a country styles its own way has foreign ministers for counterparts.)
  if (FOREIGN_MINISTER_STYLED.test(bare)) return 'Foreign Minister';
  if (officeCountry(position)) return null;
  // ("Prime Minister of Pakistan": a country closing it.)
  // ("Speaker of the Turkish Parliament": the nation's adjective inside it left out, "Speaker of the Parliament".)
  const unnamed = bare.replace(/\s+of\s+the\s+(\p{Lu}[\p{L}-]*)\s+(Parliament|National Assembly|Senate)$/u, (m, nation: string, body: string) => (countryName(nation) ? ` of the ${body}` : m));
  const office = ownPart(unnamed.replace(/\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})$/u, (m, c: string) => (countryName(c) ? '' : m)));
  // (Nothing of a country or body left in it, nor a word that says nothing alone: "Minister".)
  if (!office || countryIn(office) || bodyIn(office) || BARE_OFFICE.test(office) || OWN_STYLE.test(office)) return null;
  // ("Minister of National Defense": what another country's holder is called, "Minister of Defense".)
  return office.replace(/\bNational (?=Defen[cs]e\b)/, '');
}

/**
 * The office two countries' holders share, of one holding several ("Deputy Prime Minister and Minister of Foreign Affairs
 * and Expatriates", "Minister of Foreign Affairs, Migration and Tunisians Abroad"): the last "Minister of" part. Null
 * where no part is one ("Energy and Natural Resources Minister": the second's domain is the first's too).
 */
function ownPart(office: string): string | null {
  if (!/,|\band\b/.test(office)) return office;
  const parts = office.split(/\s*,\s*|\s+and\s+/).filter((x) => MINISTER_OF.test(x));
  return parts.length ? parts[parts.length - 1] : null;
}
const MINISTER_OF = /^(?:(?:First|Deputy|Vice)\s+)*Minister\s+(?:of|for)\s+\p{Lu}/u;
/** A foreign minister's office, as one country styles it. */
const FOREIGN_MINISTER_STYLED = /^(?:External Affairs Minister|Minister of External Affairs|Secretary of State)$/i;
/** Offices a country styles its own way, which another's holder is not called: "Foreign Secretary", "Head of State". */
const OWN_STYLE = /\bSecretary\b|^Head of State$|^top\b|^\p{Ll}+$|\s(?:To|Of)$/u;
