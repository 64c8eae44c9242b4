// What two officials of different countries did together, told with no meeting word ("X and his Colombian
// counterpart Y reaffirmed ..."), and what one told another by phone ("X thanked Y over the phone"): the lexicon's
// 'joint' and 'remoteCaller' verbs, kept as meeting words only where they report a meeting.
import { countryIn } from '../resolution/countryNames';
import { firstStartingAt, within } from '../spans';
import type { TriggerHit } from '../recognition/localTypes';
import type { MeetingInput } from './meetings';
import { meetingPhraseSets } from './phrases';

/**
 * "Minister X and his Colombian counterpart Y reaffirmed the bilateral commitments": what two officials of different
 * countries did together, told with no meeting word, reports their meeting. Such a verb counts only where it is
 * the sentence's one meeting word and its subject is the two, joined by "and", with nobody named after it.
 */
export function jointActs(given: MeetingInput): readonly TriggerHit[] {
  if (!given.triggers.some((t) => t.voice === 'joint' || t.voice === 'remoteCaller')) return given.triggers;
  const kept = given.triggers.filter((t) => t.voice !== 'remoteCaller' || toldRemotely(given, t));
  const countryOf = (o: { id?: string } | undefined) => (o ? given.persons.get(o.id!)?.country : undefined);
  return kept.map((t) => (t.voice === 'remoteCaller' ? { ...t, voice: 'callerFirst' as const } : t)).filter((t) => {
    if (t.voice !== 'joint') return true;
    const k = firstStartingAt(given.sentences, t.start + 1) - 1;
    const sent = given.sentences[k];
    // ("X and visiting Kenyan Cabinet Secretary Y signed": "visiting" before an office is no second meeting word.)
    // ("X signed the statement with Y during Y's visit to Australia": a visit after "during" is the occasion, no second
    // meeting word.)
    if (!sent || within(given.triggers, sent).filter((x) => !(given.text.slice(x.start, x.end) === 'visiting' && /^\s+\p{Lu}/u.test(given.text.slice(x.end, x.end + 3))) &&
      !(x !== t && x.start > t.end && x.kind === 'visit' && DURING_VISIT.test(given.text.slice(Math.max(sent.start, x.start - 60), x.start)))).length !== 1) return false;
    // ("The MOU was signed by David X, chief executive of ..., and Kim Y, president of ...": the two after "by".)
    if (SIGNED_BY.test(given.text.slice(Math.max(sent.start, t.start - 8), t.end + 9))) {
      // (An office naming one of the two counts once: "..., and Ambassador of his Majesty the King of Morocco, Y".)
      const after = within(given.officials, { start: t.end, end: sent.end }).filter((o, x, all) => all.findIndex((p) => p.id === o.id) === x);
      if (after.length !== 2 || within(given.officials, { start: sent.start, end: t.start }).length > 0) return false;
      const [a, b] = after.map(countryOf);
      const between = given.text.slice(after[0].end, after[1].start);
      // (Or the second's nation told between them, the first's not known yet: "signed by Information Minister X and
      // president of the Cuban Institute of Radio and Television, Y".)
      return ofTwoNations(a, b, between) && JOINED.test(between);
    }
    // ("Chinese Ambassador X signed handover certificates ... with Y, Acting Minister for Afghanistan's ...": one
    // signing with another of another country.)
    const signedWith = /^signed$/.test(given.text.slice(t.start, t.end)) ? SIGNED_WITH.exec(given.text.slice(t.end, sent.end)) : null;
    if (signedWith) {
      const by = within(given.officials, { start: sent.start, end: t.start });
      const withWhom = within(given.officials, { start: t.end + signedWith[0].length, end: sent.end });
      const [a, b] = [countryOf(by[by.length - 1]), countryOf(withWhom[0])];
      // (Or the second's nation told in the phrase, the first's not known yet: "X signed the statement with the UK's
      // Minister for the Indo Pacific, Y": a writer names the nation of a foreign party.)
      if (by.length >= 1 && withWhom.length >= 1) return ofTwoNations(a, b, given.text.slice(t.end, withWhom[0].start));
    }
    let before = within(given.officials, { start: sent.start, end: t.start });
    // ("X, the State Department spokesperson, said in a statement that A and B reaffirmed": the one reporting is no party.)
    const said = before.findIndex((o, x) => x + 1 < before.length && SAID_THAT.test(given.text.slice(o.end, before[x + 1].start)));
    if (said >= 0) before = before.slice(said + 1);
    // ("A and Ecuadorian Foreign Minister B and Finance Minister C reaffirmed": the second nation's two ministers.)
    const lastBefore = before[before.length - 1];
    if (before.length === 3 && SECOND_OF_SAME.test(given.text.slice(before[1].end, before[2].start)) && (countryOf(before[2]) ?? countryOf(before[1])) === countryOf(before[1])) before = before.slice(0, 2);
    if (before.length !== 2 || within(given.officials, { start: t.end, end: sent.end }).length > 0) return false;
    const between = given.text.slice(before[0].end, before[1].start);
    const signing = /^(?:signed|inked)$/.test(given.text.slice(t.start, t.end));
    if (!JOINED.test(between) && !(signing && JOINED_TO_SIGN.test(between))) return false;
    const [a, b] = before.map(countryOf);
    // (Or the second's country told between them and the first's not yet known: "Minister X and French Defense
    // Minister Y exchanged views": a nationality set on one of the two sets them apart.)
    // (Or the second's nationality told before his name, not known yet, and another's the first's: "Cuban Health
    // Minister X and Russian Deputy Health Minister Y reviewed".)
    const first = countryIn(given.text.slice(sent.start, before[0].start));
    // ("A, together with Deputy Prime Minister B of Jordan, signed": or, for a signing, told right after the second's name.)
    const second = countryIn(between) ?? (signing ? countryIn(given.text.slice(lastBefore.end, t.start)) : null);
    const apart = (!!a && !!b && a !== b) || (!a && !!b && second === b) || (!b && !!second && !!(a ?? first) && (a ?? first) !== second);
    // (Not "X and Y also exchanged views": more of a meeting already told.)
    return apart && RIGHT_BEFORE_VERB.test(given.text.slice(lastBefore.end, t.start).replace(ASIDES, ''));
  });
}

/** Between the two: "of Peru and his Colombian counterpart", ", and the Defence Minister of Thailand Gen". */
// (", and Russia's deputy minister of health, ": an office set off by commas after the nation's possessive.)
// ("Sanae X, Minister for Internal Affairs and Communications, and Rodolfo Y": the first's office between commas.)
// ("the H.E Prime Minister of Estonia Mr Jüri X and H.E ACP Secretariat Secretary General Mr Patrick Y".)
// ("..., and Ambassador of his Majesty the King of Morocco to Thailand, Y": an envoy's office of a dozen words.)
// ("X and the United Kingdom's (UK) Minister of Industry Y": a short form in brackets among them.)
// ("The MoU was signed by Minister A on Qatar's side and Secretary-General B": the side the first signed for.)
const JOINED = /^(?:\s+of\s+(?:the\s+)?[\p{L}\s]{2,40}?|,\s+[^,;.]{2,80}?|\s+on\s+(?:the\s+)?[\p{L}'’\s]{2,30}?\s+side)?,?\s+and\s+(?:(?:his|her|the)\s+)?(?:[\p{L}.'’&()-]+,?\s+){0,12}$/u;
/** Between two who signed: "A, together with Deputy Prime Minister B", "A, along with B" (not of other joint verbs). */
const JOINED_TO_SIGN = /^,\s+(?:together|along)\s+with\s+(?:(?:his|her|the)\s+)?(?:[\p{L}.'’&()-]+,?\s+){0,12}$/u;
/** Whether two signatories are of two nations: both known and unlike, or the second's told in the words before him. */
function ofTwoNations(a: string | null | undefined, b: string | null | undefined, before: string): boolean {
  return (!!a && !!b && a !== b) || (!a && !!b && countryIn(before) === b);
}
/** Between the second and the verb (an aside between commas set apart): nothing, or "jointly", "together", "today"; "have" before it ("A and B have signed"). */
// (", together with Y of Jordan, signed": the second's nation told after his name.)
// ("A and B recently signed an agreement": or an adverb of when or how.)
const RIGHT_BEFORE_VERB = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?,?\s*(?:jointly\s+|together\s+|today\s+|yesterday\s+|recently\s+|formally\s+|officially\s+|on\s+\w+day\s+)?(?:(?:have|has)\s+)?$/u;
/** Between one reporting and those who acted: "..., said in a statement that". */
const SAID_THAT = /\b(?:said|says|stated|announced|noted)\b[^.;]{0,60}\bthat\s+(?:[\p{L}.'’-]+\s+){0,6}$/u;
/** Between two of one side: "and Finance Minister" (an office, no nation of its own). */
const SECOND_OF_SAME = /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}$/u;
/** Asides between the second and the verb: his office, "who was invited to Japan by MIC". */
const ASIDES = /^(?:,[^,;.]{1,120}){1,3},/;
/** "during Trevelyan's", "during her official": the words between "during" and a visit's noun. */
const DURING_VISIT = /\bduring\s+(?:(?:his|her|their|the|a|an)\s+|[\p{Lu}][\p{L}-]*['’]s?\s+)(?:[\p{L}-]+\s+){0,2}$/u;
// ("The memorandum was signed between South Korea's Navy chief, Adm. X, and his visiting Peruvian counterpart Y": so "between".)
const SIGNED_BY = /\b(?:was|were|been)\s+signed\s+(?:by|between)\b/;
/** "signed handover certificates of supplies ... respectively with": what was signed, then "with". */
const SIGNED_WITH = /^\s+(?:[\p{Ll}\p{Lu}-]+\s+){1,20}?(?:respectively\s+)?with\s+(?=\p{Lu}|the\s|his\s|her\s)/u;

/**
 * "Secretary X thanked Foreign Minister Y over the phone": what one told another is a call where the sentence says it
 * was by phone and has no other meeting word, an official on each side of the verb.
 */
function toldRemotely(given: MeetingInput, t: TriggerHit): boolean {
  const k = firstStartingAt(given.sentences, t.start + 1) - 1;
  const sent = given.sentences[k];
  if (!sent || within(given.triggers, sent).length !== 1) return false;
  if (!meetingPhraseSets().remote.find(given.text.slice(t.end, sent.end))) return false;
  return within(given.officials, { start: sent.start, end: t.start }).length > 0 && within(given.officials, { start: t.end, end: sent.end }).length > 0;
}
