// An office standing for its holder: "The Secretary-General met with ...", "the Minister said", "SND Teodoro"'s
// later "the Defense chief". Linked to a person only where exactly one person the text names holds that office.
import type { Entity, Person } from '../types';
import { countryName } from './countryNames';
import { organizationSide, postOf } from './countries';
import { within } from '../spans';

/** An envoy's office and the country he is posted to ("High Commissioner to Solomon Islands"). */
const POSTED_ENVOY_CHARS = 120;
/** Offices that serve a principal and speak for him. */
const AIDE_OFFICE = /\b(?:spokes(?:man|woman|person)|press secretary|adviser|advisor|aide|assistant)\b/i;
/** The words for one's counterpart abroad: "his Nicaraguan opposite number, X", "his Italian peer, Y". */
export const COUNTERPART_WORD = String.raw`(?:[Cc]ounterparts?|opposite numbers?|peers?)`;
/** Right before a name: "counterpart" and what may stand between ("his Argentine counterpart, Lt. Gen."). */
export const COUNTERPART_BEFORE = new RegExp(String.raw`\b${COUNTERPART_WORD}\b[\s,]*(?:\p{Lu}[\p{L}.]*\s+){0,3}$`, 'u');
/** Words that make another office of the one after them ("vice president", "prime minister"). */
const OTHER_OFFICE_BEFORE = /\b(?:vice|deputy|assistant|under|associate|prime|state|junior)$/;
/** How far after an office standing alone the one named next may be its holder. */
const NEXT_HOLDER_CHARS = 400;
/** How far after an office its holder's name may start (a rank and honorifics in between). */
const HOLDER_AFTER = 40;

/** Before an office, words that make it another's principal ("on behalf of the British Prime Minister", "the best wishes of the President"). */
const ON_BEHALF = /\b(?:on\s+behalf\s+of|(?:wishes|greetings|regards|felicitations|messages?|letter|congratulations|condolences)\s+(?:of|from))\s+(?:the\s+|his\s+|her\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;
/** After an office, words that make it another's principal ("the Russian President's Special Envoy"). */
// ("conveyed the Turkish Prime Minister's request to visit Mongolia": one who sent a request, a message or wishes.)
const PRINCIPAL_OF = /^['’]s\s+(?:(?:Special|Personal|Senior|Chief|Deputy|Principal)\s+)*(?:Envoy|Representative|Adviser|Advisor|Assistant|Aide|Emissary|Spokes(?:man|woman|person))\b|^['’]s\s+(?:(?:best|warm|warmest|kind|personal|official|written)\s+)?(?:request|invitation|message|letter|greetings|wishes|regards|congratulations|condolences|felicitations)\b/;
/** A meeting's words between one named and an office: the office is the other party. */
const MET_BETWEEN = /\b(?:met|meets|meeting|received|receives|welcomed|welcomes|hosted|hosts|with|called on|calls on|paid|farewell)\b/;
const PLURAL_OFFICE = /\b(?:[Mm]inisters|[Aa]mbassadors|[Ee]nvoys|[Ll]awmakers|[Ss]enators|[Pp]arliamentarians|[Pp]residents|[Ss]ecretaries|[Cc]ommanders|[Cc]hiefs)$/;
/** An office's title run on into a unit of its staff ("President Media Division", "Prime Minister Press Office"). */
const OFFICE_UNIT = /\s(?:Media|Communications?|Press|Information|Protocol)\s+(?:Division|Office|Unit|Department|Bureau|Service|Secretariat|Wing|Section)$/;
// ("the US Defence Secretary" is the "Defense Secretary" named before: the two spellings alike.)
const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').replace(/\bdefence\b/g, 'defense').trim();

/**
 * "His Excellency Andrej X" on one line, "Ambassador of the Republic of Slovenia" on the next (a ceremony's roll laid
 * out in lines): the office opening the line after a name that closes its own is the holder's, with its country.
 * `entities` are sorted by start.
 */
export function officesOnNextLine(text: string, entities: readonly Entity[], persons: readonly Person[]): void {
  const byId = new Map(persons.map((p) => [p.id, p] as const));
  for (const o of entities) {
    const p = o.type === 'official' && o.id ? byId.get(o.id) : undefined;
    if (!p || p.position || p.capacity !== 'official') continue;
    // (Only blanks after the name up to its newline; the text is read no further than the lines looked at.)
    let eol = o.end;
    while (eol < text.length && text[eol] !== '\n' && /\s/.test(text[eol])) eol++;
    if (text[eol] !== '\n') continue;
    // (The name's line is the name alone, perhaps styled; a blank line may stand between the two.)
    const from = Math.max(0, o.start - LINE_STYLE_CHARS - 1);
    const nl = text.slice(from, o.start).lastIndexOf('\n');
    const bol = nl >= 0 ? from + nl + 1 : from === 0 ? 0 : -1;
    if (bol < 0 || o.start - bol > LINE_STYLE_CHARS || within(entities, { start: bol, end: eol }).some((e) => e !== o && e.type === 'official')) continue;
    let next = eol + 1;
    if (text[next] === '\n') next++;
    const window = text.slice(next, next + LINE_OFFICE_CHARS + 1);
    const cut = window.indexOf('\n');
    const end = cut >= 0 ? next + cut : next + window.length === text.length && window.length <= LINE_OFFICE_CHARS ? text.length : -1;
    if (end < 0) continue;
    const line = within(entities, { start: next, end });
    if (line.length === 0 || line[0].type !== 'position' || text.slice(next, line[0].start).trim() !== '' || line.some((e) => e.type === 'official')) continue;
    p.position = text.slice(line[0].start, end).trim().replace(/[.,;:]$/, '');
    const nation = line.find((e) => e.type === 'country');
    p.country ??= nation ? countryName(nation.text) : null;
  }
}
const LINE_OFFICE_CHARS = 100;
/** How long the style before a name alone on its line may be ("Her Excellency the Right Honourable"). */
const LINE_STYLE_CHARS = 40;

/**
 * The offices of `entities` that name no holder next to them, each resolved to the one person holding it, as
 * official references (not name mentions) for the meetings stage. Persons get them as `references`.
 * `entities` are sorted by start.
 */
export function resolveOfficeMentions(text: string, entities: readonly Entity[], persons: readonly Person[]): Entity[] {
  const holders = persons.filter((p) => p.capacity === 'official' && p.position);
  // (With no holder of an office, one of no office, rank or country may still hold one the text names alone.)
  if (holders.length === 0 && !persons.some((p) => p.capacity === 'official' && !p.country && !p.position && !p.rank)) {
    const out: Entity[] = [];
    if (text.search(RANK_ALONE) >= 0) rankHolders(text, persons, out);
    return out;
  }
  const principalAt = (e: Entity) => ON_BEHALF.test(text.slice(Math.max(0, e.start - 40), e.start)) || PRINCIPAL_OF.test(text.slice(e.end, e.end + 40));
  // (Offices named with a nationality may go to an official of that nation with no office yet.)
  const officials = entities.filter((e) => e.type === 'official');
  // Offices repeat: each holder's office is folded once, and each office (with the nationality before it) is
  // looked up once, not once per mention against every holder.
  const folded = holders.map((p) => ({ person: p, office: fold(p.position!), words: undefined as Set<string> | undefined }));
  const byNation = new Map<string, Holder[]>();
  const found = new Map<string, Person | null>();
  const out: Entity[] = [];
  const byId = new Map(persons.map((p) => [p.id, p] as const));
  const holdsOther = (o: Entity, office: string) => {
    const held = byId.get(o.id!)?.position;
    return held !== undefined && held !== null && !fold(held).includes(fold(office));
  };
  // (Where each person is first named, read once if ever asked.)
  let firstAt: Map<string, number> | undefined;
  const firstNamed = () => {
    if (!firstAt) {
      firstAt = new Map();
      for (const x of officials) if (x.id && !firstAt.has(x.id)) firstAt.set(x.id, x.start);
    }
    return firstAt;
  };
  // (Whether one is first named as another's counterpart: "his Argentine counterpart X".)
  const counterpartNamed = (p: Person) => {
    const at = firstNamed().get(p.id) ?? 0;
    return COUNTERPART_BEFORE.test(text.slice(Math.max(0, at - 30), at));
  };
  let o = 0;
  let officeRun: { next: number; nation: string | null; end: number; pair: [Person, Person] | null } = { next: -1, nation: null, end: 0, pair: null };
  // The two bare officials named next, joined by "and" and named nowhere before, within a sentence or two.
  // (Once paired, the same two for every such pair of offices before them: the title's, then the lead's.)
  const pairs = new Map<number, [Person, Person] | null>();
  const relaxed = new Set<number>();
  const paired = new Set<string>();
  const pairNamedAfter = (k: number, afterTitle: boolean): [Person, Person] | null => {
    if (!pairs.has(k)) pairs.set(k, namedPair(k, afterTitle));
    // (A pair the title's offices found none for may still be found for the lead's.)
    if (pairs.get(k) === null && afterTitle && !relaxed.has(k)) {
      relaxed.add(k);
      pairs.set(k, namedPair(k, true));
    }
    return pairs.get(k)!;
  };
  let titleAt: number | undefined;
  const titleEnd = () => (titleAt ??= text.indexOf('\n') >= 0 ? text.indexOf('\n') : 0);
  const namedPair = (k: number, afterTitle: boolean): [Person, Person] | null => {
    const a = officials[k];
    const b = officials[k + 1];
    // ("Azerbaijan's president on Saturday received the Turkish national defense minister", then "Ilham X welcomed
    // Hulusi Y": or the verb of their meeting between them.)
    if (!a || !b || !/^\s+(?:and|welcomed|received|hosted|greeted|met(?:\s+with)?)\s+$/.test(text.slice(a.end, b.start)) || a.id === b.id) return null;
    const pa = byId.get(a.id!);
    const pb = byId.get(b.id!);
    // (Named before in the title alone may be, for offices after it: "Aliyev receives Turkish national defense
    // minister in Baku", then "Azerbaijan's president on Saturday received ...".)
    // (And hold there the office the title gave them.)
    const bare = (p: Person | undefined): p is Person => p !== undefined && p.capacity === 'official' && !p.rank &&
      (!p.position || afterTitle) && ((firstNamed().get(p.id) ?? -1) >= a.start || (afterTitle && (firstNamed().get(p.id) ?? Infinity) < titleEnd()));
    return bare(pa) && bare(pb) ? [pa, pb] : null;
  };
  // Whether `p` is named in a sentence with one of `others`, a meeting's word between them ("X met China's Wang Y").
  // (Up to three names either side, within the sentence: "Italian Ambassador Y bid farewell to President X" too.)
  const facesAny = (p: Person, others: readonly Person[]) => {
    const ids = new Set(others.map((q) => q.id));
    for (let k = 0; k < officials.length; k++) {
      if (officials[k].id !== p.id) continue;
      for (const step of [1, -1]) {
        for (let m = k + step; m >= 0 && m < officials.length && Math.abs(m - k) <= 3; m += step) {
          const between = step > 0 ? text.slice(officials[k].end, officials[m].start) : text.slice(officials[m].end, officials[k].start);
          if (/[.;\n]/.test(between)) break;
          if (ids.has(officials[m].id!) && MET_BETWEEN.test(between)) return true;
        }
      }
    }
    return false;
  };
  let lastBody: Entity | undefined;
  const introducedAs = new Map<string, Set<string>>();
  // (Each body's id by the names the text writes for it, once asked for.)
  let bodyOf: Map<string, string> | undefined;
  const bodiesById = () => (bodyOf ??= bodyIds(entities));
  let lastOffice: Entity | undefined;
  for (let x = 0; x < entities.length; x++) {
    const e = entities[x];
    if (e.type === 'organization') lastBody = e;
    if (e.type !== 'position') continue;
    const before = lastOffice;
    lastOffice = e;
    while (o < officials.length && officials[o].end <= e.start) o++;
    const next = officials[o];
    // ("led by President and CEO of the Council X": offices stacked by "and" introduce one holder, named after the last.)
    let last = e;
    for (let y = x + 1; y < entities.length && entities[y].type === 'position' && STACKED.test(text.slice(last.end, entities[y].start)); y++) last = entities[y];
    // A name right after ("Secretary of Defense Lloyd Austin", ranks and honorifics between) or right before
    // ("Lloyd Austin, Secretary of ...").
    // (Not another's office after "and" and a nationality: "a meeting between the Secretary General and Georgian Foreign
    // Minister X".)
    if (next && (next.start - last.end <= HOLDER_AFTER || (next.start - last.end <= 2 * HOLDER_AFTER && RESIDENT.test(text.slice(last.end, next.start)))) && HOLDER_GAP.test(text.slice(e.end, next.start)) &&
      !secondOfficeSetOff(entities, x, last.end, next.start, text) && !nationAfterAnd(entities, x, next.start, text)) {
      // (Each office a name was introduced with: "Raksha Mantri Rajnath Singh", later "the Raksha Mantri", though
      // his office as recorded is the title's "Defence Minister".)
      const key = fold(text.slice(e.start, e.end));
      const ids = introducedAs.get(key) ?? new Set<string>();
      introducedAs.set(key, ids.add(next.id!));
      continue;
    }
    // "the Pakistani army chief": the nationality before the office narrows who holds it.
    // ("the Sri Lankan President", "the South Korean minister": a nationality of two words first.)
    // ("the visiting U.S. secretary of the Navy": with its dots.)
    const lead = text.slice(Math.max(0, e.start - 30), e.start);
    const adjective = /(?:(\p{Lu}[\p{L}-]+)\s+)?(\p{Lu}[\p{L}.-]+)(?:['’]s)?\s+$/u.exec(lead);
    // ("welcomed the Foreign Minister of Poland": or the country the office is "of", right after it.)
    // (As a meeting verb's object only: not "briefed the Prime Minister of Australia", whose holder may not be named.)
    // (Or opening a title or a paragraph: "The President of Turkmenistan met with the new EU Ambassador".)
    const paraStart = text.lastIndexOf('\n', e.start - 1) + 1;
    const opening = /^\s*(?:The\s+)?$/.test(text.slice(paraStart, e.start));
    const ofAfter = MET_THE.test(lead) || opening ? /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})/u.exec(text.slice(e.end, e.end + 40)) : null;
    const nation = (adjective ? (adjective[1] ? countryName(`${adjective[1]} ${adjective[2]}`) : null) ?? countryName(adjective[2]) : null) ??
      (ofAfter ? countryName(ofAfter[1]) : null);
    const prev = officials[o - 1];
    // (Unless the one before holds another office: "In his meeting with X, Minister for Foreign Affairs, the
    // Secretary-General raised ...", or serves another nation: "In agreement with Abreham, the Indian Minister".)
    const prevCountry = prev ? byId.get(prev.id!)?.country : null;
    // ("Anura Kumara X, the 9th Executive President of Sri Lanka": an ordinal too.)
    if (prev && /^[\s,]*(?:the\s+|a\s+|an\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(text.slice(prev.end, e.start)) && !holdsOther(prev, text.slice(e.start, e.end)) &&
        !(nation && prevCountry && prevCountry !== nation)) continue;
    // ("Sheikh X, Deputy Prime Minister and Minister of Foreign Affairs, received": the second of his own offices.)
    if (prev && before && before.start > prev.end && /^[\s,]*(?:the\s+)?$/.test(text.slice(prev.end, before.start)) &&
        /^\s*(?:and|&|,)\s*$/.test(text.slice(before.end, e.start))) continue;
    // ("the Director General IAEA called on": a body's short form run on after the office, as its holder was
    // introduced, "Director General, International Atomic Energy Agency (IAEA) X": the office without it.)
    const office = bodyShortFormClosing(entities, x) ?? text.slice(e.start, e.end);
    // ("Australia and China's defence ministers met": an office in the plural stands for no one holder.)
    if (PLURAL_OFFICE.test(office)) continue;
    // ("According to the President Communications Office", "President Media Division": a body named after the office.)
    if (OFFICE_UNIT.test(office)) continue;
    // ("The Georgian prime minister on Monday received Turkey's defense minister ... Irakli X and Hulusi Y discussed":
    // two offices of two nations in one sentence, then two names joined by "and", neither named before: in turn.)
    const sameRun = nation !== null && officeRun.next === o && officeRun.nation !== nation && !/[.;\n]/.test(text.slice(officeRun.end, e.start));
    // (Told in the next sentence: "Nebojsa X, Serbia's Defence Minister, and the US congressmen A and B" names its own.)
    const pair = sameRun ? officeRun.pair : nation && officials[o] && /[.\n]/.test(text.slice(e.end, officials[o].start)) ? pairNamedAfter(o, e.start > titleEnd()) : null;
    const turn = sameRun ? 1 : 0;
    officeRun = { next: o, nation, end: e.end, pair: turn === 0 ? pair : null };
    // (Not one who holds another office already, save one this pairing gave him: "Georgian premier" in the title.)
    if (pair && (!pair[turn].position || paired.has(pair[turn].id) || fold(pair[turn].position!) === fold(office))) {
      const holder = pair[turn];
      paired.add(holder.id);
      holder.position ??= office;
      holder.country ??= nation;
      out.push({ type: 'official', start: e.start, end: e.end, text: office, id: holder.id, source: 'recognizer' });
      (holder.references ??= []).push({ start: e.start, end: e.end });
      continue;
    }
    // "the BDF Chief": the body before the office narrows who holds it, where the text places someone in it.
    const body = lastBody?.id && /^\s+$/.test(text.slice(lastBody.end, e.start)) ? lastBody.id : '';
    const memoKey = `${nation ?? ''}\u0000${office}\u0000${body}`;
    // (An office named as another's principal: "on behalf of the British Prime Minister", "the Russian President's
    // Special Envoy".)
    const principal = principalAt(e);
    let holder = found.get(memoKey);
    if (holder === undefined) {
      let among = folded;
      // "his Ukrainian counterpart Andrii Taran", later "the Ukrainian Minister of Defense": the one official of
      // that nation the text gives no office holds it; a holder of no stated country is then someone else.
      const ofNation = nation ? persons.filter((p) => p.capacity === 'official' && p.country === nation) : [];
      // ("Turkey's foreign minister welcomed ...", the text naming "Mevlüt Çavuşoğlu" with no office or country
      // anywhere: the one official of neither.)
      // (Not the one who meets it in the same sentence: "Mr. X met the British High Commissioner".)
      const facing = prev && !/[.;\n]/.test(text.slice(prev.end, e.start)) && MET_BETWEEN.test(text.slice(prev.end, e.start)) ? prev.id : undefined;
      // (Nor the one it meets later in the sentence: "The Vanuatu prime minister signed the visitor book, before
      // meeting with Mr Albanese".)
      const facingNext = next && !/[.;\n]/.test(text.slice(e.end, next.start)) && MET_BETWEEN.test(text.slice(e.end, next.start)) ? next.id : undefined;
      // (Not for an official's principal: "he will address the event on behalf of the British Prime Minister" names no
      // one the text met; only one named holding that very office may stand for it.)
      const bare = nation && ofNation.length === 0 && !principal ? persons.filter((p) => p.capacity === 'official' && !p.country && !p.position && !p.rank && p.id !== facing) : [];
      // (Of several such, the one named next, none of them named before: "Türkiye's defense chief on Thursday had
      // talks ... Participating in the sessions, Hulusi Akar later attended", then "Akar and Sebastien X".)
      const nextBare = bare.length > 1 && next && next.start - e.end <= NEXT_HOLDER_CHARS && bare.every((p) => (firstNamed().get(p.id) ?? Infinity) >= e.start) ?
        bare.find((p) => p.id === next.id) : undefined;
      // (Not an officer known by his rank where one of no stated country holds that very office: "Prime Minister X",
      // later "the Sri Lankan Prime Minister", beside "his Sri Lankan counterpart Admiral Y".)
      // (Unless that one is the one whose counterpart he was named: "Navy Chief Admiral X held talks with his Bangladeshi
      // counterpart Admiral Y", then "The Bangladesh Navy chief": a counterpart holds the very office.)
      const counterpartOf = (h: { person: Person }) => {
        const a = firstNamed().get(h.person.id), b = ofNation.length === 1 ? firstNamed().get(ofNation[0].id) : undefined;
        return a !== undefined && b !== undefined && a < b && b - a < 200 && /\bcounterpart\b/.test(text.slice(a, b)) && !/[.;\n]/.test(text.slice(a, b));
      };
      const heldByOne = ofNation.length === 1 && ofNation[0].rank !== null && folded.some((h) => !h.person.country && h.office === fold(office) && !counterpartOf(h));
      // ("Defence Minister A held talks with his Argentine counterpart X", "accompanied by ... Argentine Ministry of
      // Defence Y", then "The Argentine defence minister": of two of that nation, the counterpart of one holding it.)
      const unplaced = ofNation.length > 1 && !principal && folded.some((h) => h.person.country !== nation && h.office === fold(office)) ?
        ofNation.filter((p) => !p.position && !p.rank && counterpartNamed(p)) : [];
      // (Not an aide's office for one named as another's counterpart, who holds that one's office: "his Philippine
      // counterpart, Rodrigo X", then "Philippine presidential spokesman announced".)
      const aideToCounterpart = ofNation.length === 1 && AIDE_OFFICE.test(office) && counterpartNamed(ofNation[0]);
      if (ofNation.length === 1 && !ofNation[0].position && !heldByOne && !aideToCounterpart) {
        holder = ofNation[0];
        holder.position = office;
      } else if (unplaced.length === 1 && !folded.some((h) => h.person.country === nation && containsWords(h.office, fold(office)))) {
        holder = unplaced[0];
        holder.position = office;
      } else if ((bare.length === 1 || nextBare) && !folded.some((h) => h.person.country === nation || (!h.person.country && fold(h.office) === fold(office) && h.person.id !== facingNext))) {
        holder = nextBare ?? bare[0];
        holder.position = office;
        holder.country = nation;
      } else {
        if (nation) {
          among = byNation.get(nation) ?? folded.filter((h) => (!h.person.country && ofNation.length === 0) || h.person.country === nation);
          byNation.set(nation, among);
        }
        if (facingNext) among = among.filter((h) => h.person.id !== facingNext);
        // ("Rear Admiral X, Flag Officer Commanding Western Fleet ... The Fleet Commander called on Lt Gen Y, Commander of
        // the Army": a word before the office no nation names is in the office or body of the one it stands for.)
        const modifier = !nation && adjective && /^[Tt]he$/.test(adjective[1] ?? '') ? fold(adjective[2]) : null;
        if (modifier) among = among.filter((h) => `${h.office} ${fold(h.person.organization ?? '')}`.split(/\s+/).includes(modifier));
        if (body) {
          const ids = bodiesById();
          const inBody = among.filter((h) => h.person.organization && ids.get(h.person.organization) === body);
          if (inBody.length > 0) among = inBody;
        }
        holder = holderOf(office, among);
        // ("The British High Commissioner to Solomon Islands X relayed this during a courtesy call to the Prime
        // Minister", two prime ministers named: the one of the country the envoy just named is posted to.)
        const posted = !holder && prev && e.start - prev.end <= POSTED_ENVOY_CHARS && !/[.;]/.test(text.slice(prev.end, e.start)) ?
          postOf(byId.get(prev.id!)?.position ?? null) : undefined;
        const postedCountry = posted ? countryName(posted.trim()) : null;
        // (Of that country, or of none stated yet; not the envoy.)
        if (postedCountry) holder = holderOf(office, among.filter((h) => h.person.id !== prev!.id && (h.person.country ?? postedCountry) === postedCountry));
        // ("Turkish foreign minister", then "Turkish minister X": the one of that nation whose office is its last word.)
        // (Not another office ending so: "the US Vice President" is not "US President X".)
        if (!holder && nation && among.length === 1 && !/\s/.test(among[0].office) && fold(office).endsWith(` ${among[0].office}`) &&
          !OTHER_OFFICE_BEFORE.test(fold(office).slice(0, -among[0].office.length - 1))) holder = among[0].person;
        const introduced = introducedAs.get(fold(office));
        if (!holder && introduced?.size === 1 && !body) {
          const only = byId.get([...introduced][0]);
          // (Not one of no country who met an official of that nation: "Foreign minister S X met China's Wang Y", later
          // "Chinese FM Wang Y", then "the Chinese foreign minister" is Wang, not X.)
          if (only && only.capacity === 'official' && only.id !== facingNext && (!nation || only.country === nation || (!only.country && !facesAny(only, ofNation)))) holder = only;
        }
        // ("David Cameron met with the Secretary-General ... The Prime Minister welcomed the Secretary-General": the
        // one official the text gives no office, rank or country, named before, holds an office no one else does.)
        if (!holder && !nation && !body && !principal && /^\p{Lu}\p{Ll}/u.test(office) && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, e.start - 4), e.start)) &&
            !folded.some((h) => containsWords(h.office, fold(office)))) {
          const unplaced = persons.filter((p) => p.capacity === 'official' && !p.country && !p.position && !p.rank);
          // (Not the one meeting that office in the same sentence: "Senator X met with the Ambassador of Japan".)
          if (unplaced.length === 1 && (firstNamed().get(unplaced[0].id) ?? Infinity) < e.start && unplaced[0].id !== facing) {
            holder = unplaced[0];
            holder.position = office;
          }
        }
      }
      found.set(memoKey, holder);
    }
    // ("the Russian President's Special Envoy for Syria", received by "President Bashar X": the envoy's principal is
    // no one of another nation the text names.)
    if (holder && nation && holder.country !== nation && principal) continue;
    // ("conveyed the best wishes of the President of Mozambique" to President X of Seychelles: a sender "of" a country
    // is no one the text names unless he is known to serve it.)
    const senderOf = principal && !nation ? /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})/u.exec(text.slice(e.end, e.end + 40)) : null;
    const senderNation = senderOf ? countryName(senderOf[1]) : null;
    if (holder && senderNation && holder.country !== senderNation) continue;
    if (!holder) continue;
    // ("Nigeria's CDS was received by ...": the nationality before the office is its holder's.)
    if (nation && !holder.country) holder.country = nation;
    // (And an office that says more than the holder's: "secretary of the Navy" over "Secretary".)
    // ("Turkish minister X", then "Turkish foreign minister": the portfolio before it too.)
    if (holder.position && (fold(office).startsWith(`${fold(holder.position)} `) || (!/\s/.test(holder.position) && fold(office).endsWith(` ${fold(holder.position)}`)))) holder.position = office;
    out.push({ type: 'official', start: e.start, end: e.end, text: text.slice(e.start, e.end), id: holder.id, source: 'recognizer' });
    (holder.references ??= []).push({ start: e.start, end: e.end });
  }
  if (LOWER_OFFICE_WORDS.test(text)) lowerCaseOffices(text, entities, folded, out);
  if (NATIONS_ENVOY_WORDS.test(text)) nationsEnvoys(text, entities, folded, out);
  if (PAIRED_OFFICES_WORDS.test(text)) pairedOffices(text, persons, officials, out);
  bodyHeads(text, entities, persons, bodiesById, out);
  if (text.search(RANK_ALONE) >= 0) rankHolders(text, persons, out);
  return out;
}

/** "the Admiral met ...", "The General also visited ...": a rank standing alone (no name after it) for its holder. */
const RANK_ALONE = /\b[Tt]he ((?:(?:Air|Vice|Rear|Lieutenant|Major|Brigadier|Field|Senior|Vice[- ]Senior) )?(?:Chief )?(?:General|Admiral|Marshal|Brigadier|Commodore|Colonel))\b(?!\s*(?:\p{Lu}|\d|of\b))/gu;
const RANK_WORDS: Record<string, string> = { gen: 'general', adm: 'admiral', lt: 'lieutenant', lieut: 'lieutenant', maj: 'major', brig: 'brigadier', col: 'colonel', cdre: 'commodore', mar: 'marshal' };
const foldRank = (r: string) => r.toLowerCase().replace(/\./g, '').replace(/-/g, ' ').split(/\s+/).map((w) => RANK_WORDS[w] ?? w).join(' ');

/** Each rank standing alone, resolved to the one official of exactly that rank (else the one whose rank ends with it). */
function rankHolders(text: string, persons: readonly Person[], out: Entity[]): void {
  const ranked = persons.filter((p) => p.capacity === 'official' && p.rank);
  if (ranked.length === 0) return;
  const memo = new Map<string, Person | null>();
  for (const m of text.matchAll(RANK_ALONE)) {
    const rank = foldRank(m[1]);
    let holder = memo.get(rank);
    if (holder === undefined) {
      let among = ranked.filter((p) => foldRank(p.rank!) === rank);
      if (among.length === 0) among = ranked.filter((p) => foldRank(p.rank!).endsWith(` ${rank}`));
      holder = among.length === 1 ? among[0] : null;
      memo.set(rank, holder);
    }
    if (!holder) continue;
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    out.push({ type: 'official', start, end, text: m[1], id: holder.id, source: 'recognizer' });
    (holder.references ??= []).push({ start, end });
  }
}

/** Each body's id by its name and by every short form the text writes for it. */
function bodyIds(entities: readonly Entity[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const o of entities) if (o.type === 'organization' && o.id) ids.set(o.text, o.id);
  return ids;
}

/** "the RBN commander", "the Navy chief": the head of a body the text names, where no name follows. */
const BODY_HEAD = /^\s+(?:chief|commander|head|chairman|chairperson|director)\b(?![\s,]+(?:\p{Lu}|of\b))/u;

/** The one official the text places in that body ("his Royal Brunei Navy (RBN) counterpart, First Admiral X"). */
function bodyHeads(text: string, entities: readonly Entity[], persons: readonly Person[], bodiesById: () => Map<string, string>, out: Entity[]): void {
  let members: Map<string, Person | null> | undefined;
  const headed = new Set<Person>();
  let covered = 0;
  for (const e of entities) {
    if (e.type !== 'organization' || !e.id || e.start < covered || !/\bthe\s+$/i.test(text.slice(Math.max(0, e.start - 5), e.start))) {
      if (e.type !== 'organization') covered = Math.max(covered, e.end);
      continue;
    }
    const head = BODY_HEAD.exec(text.slice(e.end, e.end + 16));
    if (!head) continue;
    if (!members) {
      const ids = bodiesById();
      members = new Map();
      for (const p of persons) {
        if (p.capacity !== 'official' || !p.organization) continue;
        const id = ids.get(p.organization);
        if (id) members.set(id, members.has(id) ? null : p);
      }
    }
    const holder = members.get(e.id);
    // (A member with another office is not its head: "Chief of Staff" is not "the RBN commander".)
    // ("the RBN chief", then "the RBN commander": both name the head.)
    if (!holder || (holder.position && !headed.has(holder) && !containsWords(fold(holder.position), head[0].trim().toLowerCase()))) continue;
    const end = e.end + head[0].length;
    if (!holder.position) {
      holder.position = text.slice(e.start, end);
      headed.add(holder);
    }
    out.push({ type: 'official', start: e.start, end, text: text.slice(e.start, end), id: holder.id, source: 'recognizer' });
    (holder.references ??= []).push({ start: e.start, end });
  }
  out.sort((a, b) => a.start - b.start);
}

/**
 * "held separate discussions with the American and German ambassadors": one office in the plural after two
 * nationalities stands for the one holder of each (the nationality's word is the reference).
 */
function pairedOffices(text: string, persons: readonly Person[], officials: readonly Entity[], out: Entity[]): void {
  for (const m of text.matchAll(PAIRED_OFFICES)) {
    // (Only where the sentence names who met them: "The co-chairs ... summing up talks with the Armenian and
    // Azerbaijani foreign ministers" names no one.)
    const sentence = Math.max(text.lastIndexOf('. ', m.index!), text.lastIndexOf('\n', m.index!));
    if (!officials.some((o) => o.start > sentence && o.end <= m.index!)) continue;
    const singular = m[3].toLowerCase().replace(/s$/, '');
    const pair: [Person, number, number][] = [];
    for (const k of [1, 2]) {
      const nation = countryName(m[k]);
      const holders = nation ? persons.filter((p) => p.capacity === 'official' && p.country === nation &&
        (singular === 'counterpart' || (p.position !== null && containsWords(fold(p.position), singular)))) : [];
      if (holders.length !== 1) break;
      const start = m.index! + m[0].indexOf(m[k], k === 1 ? 0 : m[0].indexOf(' and ') + 1);
      pair.push([holders[0], start, start + m[k].length]);
    }
    if (pair.length !== 2 || pair[0][0] === pair[1][0]) continue;
    for (const [holder, start, end] of pair) {
      out.push({ type: 'official', start, end, text: text.slice(start, end), id: holder.id, source: 'recognizer' });
      (holder.references ??= []).push({ start, end });
    }
  }
  out.sort((a, b) => a.start - b.start);
}

const PAIRED_OFFICES = /\b[Tt]he\s+(\p{Lu}[\p{L}.-]+)\s+and\s+(\p{Lu}[\p{L}.-]+)\s+((?:foreign |defen[cs]e )?(?:ambassadors|ministers|envoys|counterparts|high commissioners))\b/gu;
const PAIRED_OFFICES_WORDS = /\band\s+\p{Lu}[\p{L}.-]+\s+(?:foreign |defen[cs]e )?(?:ambassadors|ministers|envoys|counterparts|high commissioners)\b/u;

const JOINING = new Set(['of', 'the', 'for', 'and']);

/** "the minister met with X": an office in lower case after "the", for the one holder whose office has the word. */
const LOWER_OFFICE_HEADS = 'minister|secretary|ambassador|envoy|president|chairman|premier|commander|governor|chief|mayor|commissioner';
// ("the navy chief paid courtesy calls on A and B", "the defence minister is currently in X": a service or domain
// before the head.)
// ("said the state minister during a meeting with", "the Indian high commissioner": a grade of the office, and the
// holder's nationality, before it.)
const LOWER_OFFICE_DOMAINS = 'navy|naval|army|air|air force|defence|defense|foreign|military|state|junior|deputy|vice|high';
// ("welcomed the new ambassador", "welcomed the ambassador to his new posting": a standing before the head, and "to"
// his own post, not to a country.)
const LOWER_OFFICE = new RegExp(`\\b[Tt]he (?:(?:new|newly appointed|outgoing|incoming|visiting|departing) )?(?:(?<nation>\\p{Lu}[\\p{L}-]+) )?(?<office>(?:(?:${LOWER_OFFICE_DOMAINS}) )?(?:${LOWER_OFFICE_HEADS}))(?!\\s+(?:of|for|to(?!\\s+(?:his|her|their)\\b)|and|general)\\b|['’\\p{L}-])(?![\\s,]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu})`, 'gu');
/** The cheap test first: most texts name no office this way. */
const LOWER_OFFICE_WORDS = new RegExp(`\\b[Tt]he (?:\\p{Lu}[\\p{L}-]+ )?(?:(?:${LOWER_OFFICE_DOMAINS}) )?(?:${LOWER_OFFICE_HEADS})\\b`, 'u');

function lowerCaseOffices(text: string, entities: readonly Entity[], holders: Holder[], out: Entity[]): void {
  const found = new Map<string, Person | null>();
  let e = 0;
  for (const m of text.matchAll(LOWER_OFFICE)) {
    const office = m.groups!.office;
    // ("the chief guest", "the chief of staff" aside: a bare "chief" is no one's office.)
    if (office === 'chief') continue;
    // (A capital before it is a nationality, or no part of this reading: "the Ministry minister".)
    const nation = m.groups!.nation ? countryName(m.groups!.nation) : null;
    if (m.groups!.nation && !nation) continue;
    const start = m.index! + m[0].length - office.length;
    const end = start + office.length;
    // Inside an office or a name already recognized ("the Chinese defense minister"): that one speaks for it.
    while (e < entities.length && entities[e].end <= start) e++;
    if (e < entities.length && entities[e].start < end) continue;
    const key = `${nation ?? ''}|${office}`;
    let holder = found.get(key);
    if (holder === undefined) {
      // ("the army chief" for the Chief of Army Staff: every word of the office in the holder's.)
      const of = nation ? holders.filter((h) => h.person.country === nation) : holders;
      const having = of.filter((h) => containsWords(h.office, office));
      holder = having.length === 1 ? having[0].person : office.includes(' ') && having.length === 0 ? holderOf(office, of) : null;
      found.set(key, holder);
    }
    if (!holder) continue;
    out.push({ type: 'official', start, end, text: office, id: holder.id, source: 'recognizer' });
    (holder.references ??= []).push({ start, end });
  }
  out.sort((a, b) => a.start - b.start);
}

/** "New Zealand's top envoy to Seoul", "Japan's ambassador": a nation's envoy in lower case, by its possessive. */
const NATIONS_ENVOY = /\b(?<nation>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)['’]s (?:(?:top|new|outgoing|chief) )?(?<office>envoy|ambassador)\b(?!['’\p{L}-])(?![\s,]+\p{Lu})/gu;
const NATIONS_ENVOY_WORDS = /['’]s (?:(?:top|new|outgoing|chief) )?(?:envoy|ambassador)\b/u;

/**
 * "Deputy Foreign Minister X held talks with New Zealand's top envoy to Seoul ... Ambassador Philip Y said": the one
 * envoy the text names of that nation.
 */
function nationsEnvoys(text: string, entities: readonly Entity[], holders: readonly Holder[], out: Entity[]): void {
  let e = 0;
  for (const m of text.matchAll(NATIONS_ENVOY)) {
    const nation = countryName(m.groups!.nation);
    if (!nation) continue;
    const office = m.groups!.office;
    const start = m.index! + m[0].length - office.length;
    const end = start + office.length;
    // (Not one inside a name already recognized; an office read there, "top envoy to Seoul", is this one's.)
    while (e < entities.length && entities[e].end <= start) e++;
    // (Nor one whose holder the text names right after: "Qatar's new ambassador to Tehran, Mohammed X," reads him.)
    let named = false;
    for (let k = e; k < entities.length && entities[k].start < end + HOLDER_AFTER_CHARS && !named; k++) named = entities[k].type === 'official';
    if (named) continue;
    const envoys = holders.filter((h) => h.person.country === nation && ENVOY_OFFICE.test(h.office));
    if (envoys.length !== 1) continue;
    const holder = envoys[0].person;
    out.push({ type: 'official', start, end, text: office, id: holder.id, source: 'recognizer' });
    (holder.references ??= []).push({ start, end });
  }
  out.sort((a, b) => a.start - b.start);
}
/** How far after a nation's envoy his own name may follow, its posting between. */
const HOLDER_AFTER_CHARS = 40;
/** An envoy's office, folded: "ambassador", "high commissioner", "envoy". */
const ENVOY_OFFICE = /\b(?:ambassador|high commissioner|envoy)\b/;

interface Holder {
  person: Person;
  /** The office, folded. */
  office: string;
  /** Its words, once asked for. */
  words: Set<string> | undefined;
}

/** Whether an office says it is of a body or country other than the holder's ("President of the World Bank"). */
function ofOtherSide(office: string, holder: Person): boolean {
  const of = /\bof\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(office);
  if (!of || !holder.country) return false;
  const side = organizationSide(of[1]);
  return side !== null && side !== holder.country;
}

/** The office at `x` without a body's short form closing it ("Director General IAEA"), or null where none does. */
function bodyShortFormClosing(entities: readonly Entity[], x: number): string | null {
  const e = entities[x];
  const body = entities[x + 1];
  if (!body || body.type !== 'organization' || body.end !== e.end || body.start <= e.start || !/^\p{Lu}{2,8}$/u.test(body.text)) return null;
  const office = e.text.slice(0, body.start - e.start).trimEnd();
  // (Not a body the office is "of": "Director-General of UNESCO" is whole.)
  return /\b(?:of|the|for|at|to|in)$/i.test(office) ? null : office;
}

/** The one person whose office is `office` (or opens with it, when several hold offices containing it). */
function holderOf(office: string, holders: readonly Holder[]): Person | null {
  const key = fold(office);
  // "Nigeria's CDS": an office by its initials, the initials of a holder's office ("Chief of Defence Staff").
  if (/^\p{Lu}{2,6}$/u.test(office.trim())) {
    const initials = (o: string) => o.split(/[^a-z]+/).filter((w) => w && !JOINING.has(w)).map((w) => w[0]).join('');
    // ("CNNZ" for the Chief of Navy, New Zealand: the holder's country may close the initials.)
    const alike = holders.filter((h) => initials(h.office) === key || (h.person.country !== null && initials(`${h.office} ${fold(h.person.country)}`) === key)).map((h) => h.person);
    const sorted = [...alike].sort((a, b) => b.mentions.length - a.mentions.length);
    if (sorted.length === 1 || (sorted.length > 1 && sorted[0].mentions.length > sorted[1].mentions.length)) return sorted[0];
  }
  // ("PM receives ...", then "PM Nguyen X": a short office is the one holder's who is given just that office.)
  if (key.length < 3) {
    const exact = holders.filter((h) => h.office === key);
    return exact.length === 1 ? exact[0].person : null;
  }
  // ("President Dr Irfaan X ... The visiting Head of State": the office by what it is, the one holder of such a title.)
  const kind = HEAD_KINDS.find(([k]) => key === k || key.endsWith(` ${k}`));
  if (kind) {
    const heads = holders.filter((h) => kind[1].test(h.office));
    return heads.length === 1 ? heads[0].person : null;
  }
  const containing = holders.filter((h) => containsWords(h.office, key));
  if (containing.length === 1) return containing[0].person;
  const opening = containing.filter((h) => h.office.startsWith(key));
  if (opening.length === 1) return opening[0].person;
  if (containing.length > 0) return null;
  // "the visiting U.S. secretary of the Navy", later "Secretary Carlos Del Toro": the one holder whose office opens it.
  // (Not one of another side: "US President X", then "the President of the World Bank" is someone else.)
  const opened = holders.filter((h) => key.startsWith(`${h.office} `) && !ofOtherSide(office, h.person));
  if (opened.length === 1) return opened[0].person;
  // "army chief" for the Chief of Army Staff: every word of the office in the holder's.
  const words = key.split(/[^a-z]+/).filter((w) => w.length > 2);
  const alike = holders.filter((h) => {
    if (words.length < 2) return false;
    const theirs = (h.words ??= new Set(h.office.split(/[^a-z]+/)));
    return words.every((w) => theirs.has(w));
  }).map((h) => h.person);
  if (alike.length === 1) return alike[0];
  // Several hold such an office: the one the text is about (named most), if one stands out.
  const sorted = [...alike].sort((a, b) => b.mentions.length - a.mentions.length);
  return sorted.length > 1 && sorted[0].mentions.length > sorted[1].mentions.length ? sorted[0] : null;
}

/** Offices named by what they are, and the folded titles of those who hold them. */
const HEAD_KINDS: readonly [string, RegExp][] = [
  ['head of state', /^(?:president|king|queen|emir|amir|sultan|monarch|grand duke|prince)$/],
  ['head of government', /^(?:prime minister|premier|chancellor|taoiseach)$/],
];

/** Whether `phrase` holds `words` whole (bounded by the phrase's ends, spaces, commas or dashes). */
function containsWords(phrase: string, words: string): boolean {
  const bound = (c: string | undefined) => c === undefined || c === ' ' || c === ',' || c === '–' || c === '-';
  for (let at = phrase.indexOf(words); at >= 0; at = phrase.indexOf(words, at + 1)) {
    if (bound(phrase[at - 1]) && bound(phrase[at + words.length])) return true;
  }
  return false;
}

/** Between an office and its holder's name: ranks, honorifics, titles, capitals and joining words, no verb. */
// ("High Commissioner of Australia to New Zealand, resident in Wellington, H.E. X": where the envoy is posted and resides.)
const RESIDENT = /, resident in /;
/** "the US Secretary of the Treasury, the Foreign Minister, X": another office between, with its own comma before X. */
function secondOfficeSetOff(entities: readonly Entity[], x: number, from: number, to: number, text: string): boolean {
  for (let y = x + 1; y < entities.length && entities[y].start < to; y++) {
    const o = entities[y];
    if (o.type === 'position' && o.start >= from && text.slice(o.end, to).includes(',')) return true;
  }
  return false;
}
/** What joins stacked offices ("Deputy Prime Minister and Minister of ..."). */
const STACKED = /^\s*(?:and|&)\s*$/;
/** Whether, after the office at `x` and before `end`, "and" opens another nation's office ("... and Georgian Foreign Minister"). */
function nationAfterAnd(entities: readonly Entity[], x: number, end: number, text: string): boolean {
  for (let y = x + 1; y < entities.length && entities[y].start < end; y++) {
    // (An office right after the nation: not "Commander of ... Central Command and the US Fifth Fleet, Vice Admiral X".)
    const office = entities[y + 1];
    if (entities[y].type === 'country' && /\band\s+(?:the\s+)?$/.test(text.slice(entities[x].end, entities[y].start)) &&
        office?.type === 'position' && /^\s+$/.test(text.slice(entities[y].end, office.start))) return true;
  }
  return false;
}
const HOLDER_GAP = /^[\s,/]*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for|to|de|du|da|al|bin|resident in|\(|\))[\s,/]*)*$/u;
/** A meeting verb right before an office: "welcomed the Foreign Minister of Poland". */
const MET_THE = /\b(?:welcomed|received|met|hosted|greeted|called on)\s+the\s+$/i;
