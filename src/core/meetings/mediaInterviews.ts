// An interview told by whom it was given to, with no interview word: "X told the Financial Times that ...", "X told
// Bloomberg TV". The outlet is named by the media lexicon, or by a word that closes an outlet's name ("Sky News",
// "the Al-Watan newspaper"); reporters in general ("told reporters", "told a news conference") give no interview.
import mediaData from '../lexicons/media.json';
import { literalAlternation } from '../lexicon';
import { firstStartingAt, within } from '../spans';
import type { TriggerHit } from '../recognition/localTypes';
import type { MeetingInput } from './meetings';

let toldOutlet: RegExp | undefined;
/** "told [the] [Qatari] OUTLET", the outlet by name or by its closing word; built once from the lexicon. */
function toldOutletPattern(): RegExp {
  if (!toldOutlet) {
    const names = literalAlternation(mediaData.outlets);
    const closing = literalAlternation(mediaData.closingWords);
    toldOutlet = new RegExp(String.raw`\b(?:told|tells|telling)\s+(?:the\s+)?((?:${names})(?![\p{L}])(?:\s+(?:${closing})(?![\p{L}]))?|(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:${closing})(?![\p{L}]))`, 'gu');
  }
  return toldOutlet;
}

/**
 * The triggers of the text, with an interview word added for each sentence in which an official told an outlet
 * something and no meeting word stands before: the official is its interviewee. Only where the interview is what
 * the text reports, the outlet named in its first line ("... as 'cordial' - FT", "Bloomberg: Qatar's foreign minister
 * urges ..."), or no meeting word before it: not a quote's source in a report of something else ("Deputy Foreign
 * Minister X told RIA Novosti earlier", under a report of the G20 meeting).
 */
export function mediaInterviews(given: MeetingInput, triggers: readonly TriggerHit[]): readonly TriggerHit[] {
  const pattern = toldOutletPattern();
  pattern.lastIndex = 0;
  const added: TriggerHit[] = [];
  const title = given.text.slice(0, given.sentences[0]?.end ?? 0);
  for (let m = pattern.exec(given.text); m; m = pattern.exec(given.text)) {
    const k = firstStartingAt(given.sentences, m.index + 1) - 1;
    const sent = given.sentences[k];
    // (Meeting words after it are what was told: "told Bloomberg TV that Qatar has urged dialogue with Iran".)
    if (!sent || within(triggers, { start: sent.start, end: m.index + m[0].length }).length > 0) continue;
    // (The official who told it stands before the verb in the sentence.)
    if (within(given.officials, { start: sent.start, end: m.index }).length === 0) continue;
    const outlet = m[1].split(/\s+/)[0];
    if (!title.includes(outlet) && triggers.some((t) => t.start < m!.index)) continue;
    added.push({ start: m.index, end: m.index + m[0].length, kind: 'interview', voice: 'noun', phrase: 'interview' });
  }
  return added.length === 0 ? triggers : [...triggers, ...added].sort((a, b) => a.start - b.start);
}
