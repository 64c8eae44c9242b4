// Coverage of the genre by construction rather than by article: offices an analyst meets in diplomatic and defence
// news, the sentence forms that give an official's office and country, and the wordings that report a meeting,
// each checked for what the analyst would record. Invented names; floors at the counts measured (deterministic).
import * as assert from 'assert';
import { analyze } from '../../src/core';
import countriesData from '../../src/core/lexicons/countries.json';
import orgData from '../../src/core/lexicons/organizations.json';

const OFFICES = `Chargé d'Affaires|Deputy Chief of Mission|Defence Attaché|Defense Attache|Military Attaché|Naval Attaché|Air Attaché|Military Adviser|National Security Adviser|National Security Advisor|Deputy National Security Adviser|Director of Military Intelligence|Inspector General|Inspector-General|Commandant|Principal Staff Officer|Permanent Secretary|Principal Secretary|Cabinet Secretary|Secretary-General|Director-General|Director General|Deputy Director General|Chief of Protocol|Head of Protocol|Director of Protocol|Consul General|Consul-General|Honorary Consul|Ambassador-at-Large|Ambassador at Large|Special Envoy|Special Representative|Permanent Representative|Deputy Permanent Representative|High Representative|Chief of General Staff|Chief of the General Staff|Chief of Army Staff|Chief of Naval Staff|Chief of Air Staff|Chief of Defence Staff|Chief of Defence Force|Chief of the Defence Force|Commander-in-Chief|Supreme Commander|Deputy Commander|Vice Chief of Army Staff|Chairman of the Joint Chiefs of Staff|Minister of State|State Minister|Deputy Foreign Minister|Vice Foreign Minister|First Deputy Foreign Minister|Parliamentary Secretary|Assistant Secretary of State|Deputy Secretary of State|Under Secretary of State|Secretary of Defense|Deputy Secretary of Defense|Assistant Secretary of Defense|Secretary of State for Defence|Minister of Foreign Affairs|Foreign Secretary|Defence Secretary|Home Minister|Interior Minister|Minister of the Interior|Speaker|Deputy Speaker|Governor|Chief Minister|Premier|Vice Premier|Crown Prince|Emir|King|Queen|Sultan|President|Vice President|Prime Minister|Deputy Prime Minister|Chancellor|Vice-Chancellor|Foreign Minister|Defence Minister|Army Commander|Navy Commander|Air Force Commander|Commander of the Navy|Commander of the Air Force|Commander of the Army|Flag Officer Commanding|General Officer Commanding|Inspector General of Police|Director of Public Relations|Defence Spokesman|Military Spokesman|Chief Executive|Secretary|Undersecretary|Director|Deputy Director|Head of Mission|Head of Delegation|Secretary of the Security Council|Deputy Secretary of the Security Council|Chief of Staff|Deputy Chief of Staff|Chief of Staff of the Army|Chief of Staff of the Air Force|Chief of Naval Operations|Vice Chief of Naval Staff|Deputy Chief of Naval Staff|Chief of Joint Staff|Chief of the Joint Staff|Defense Minister|Minister of National Defense|Minister of Defence|Deputy Minister of Defence|Vice Minister of National Defense|Secretary of National Defense|Minister Counsellor|Minister-Counsellor|Counsellor|First Secretary|Second Secretary|Third Secretary|Consul|Vice Consul|Attaché|Envoy|Ambassador|High Commissioner|Deputy High Commissioner|Acting High Commissioner|Nuncio|Apostolic Nuncio|Mayor|Senator|Congressman|Member of Parliament|Lawmaker|Chairman|Chairperson|Vice Chairman|Deputy Chairman|Commissioner|Commissioner for Peace and Security|Chief Justice|Attorney General|Solicitor General|Auditor General|Surgeon General|Adjutant General|Quartermaster General|Judge Advocate General|Chief of Operations|Director of Operations|Head of the Military Cooperation Department|Defence Cooperation Director|Under-Secretary General|Assistant Secretary-General|Special Presidential Envoy for Climate|Non-Resident High Commissioner|Additional Secretary|Staff Officer|Liaison Officer|Vice-president|Prosecutor General|General Prosecutor|Public Prosecutor|First Public Prosecutor|Chief Prosecutor|Ombudsman|Comptroller General|General Auditor|Chief Election Commissioner|Attorney-General|Auditor-General|Vice-Rector|Pro-Rector`.split('|');

/** The headline meeting: its kind and each participant's surname and role. */
const headlineRoles = (t: string) => analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`)[0] ?? 'none';
/** Every meeting: its kind, the participants' surnames and its place. */
const meetingsAt = (t: string) => analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}] ${m.place ?? ''}`.trim());
/** Every person: name, office and country ('-' where none). */
const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position ?? '-'} (${p.country ?? '-'})`);

describe('genre coverage', () => {
  it('offices of the genre introduce their holder, whole', () => {
    const missed = OFFICES.filter((o) => {
      const p = analyze(`On Monday the minister met ${o} John Carvalho in the capital.`).persons.find((x) => x.name === 'John Carvalho');
      return p?.position !== o;
    });
    assert.deepStrictEqual(missed, []);
  });

  it('the sentence forms that state an office and a country give both', () => {
    const N = 'Kofi Mensah Boateng';
    const countries = [['Ghana', 'Ghanaian'], ['Peru', 'Peruvian'], ['Vietnam', 'Vietnamese'], ['Kazakhstan', 'Kazakh'], ['Norway', 'Norwegian']];
    const capitalized = ['Foreign Minister', 'Chief of Army Staff', 'Ambassador', 'Defence Attaché', 'Deputy Minister of Defence', 'National Security Adviser', 'Chief of the General Staff'];
    const lower = ['foreign minister', 'army chief', 'ambassador', 'defence minister', 'deputy foreign minister', 'chief of staff'];
    const forms: [string[], ((o: string, c: string, a: string) => string)[]][] = [
      [capitalized, [
        (o, c) => `${N}, ${o} of ${c}, met him on Monday.`,
        (o, c, a) => `He met the ${a} ${o}, ${N}, on Monday.`,
        (o, c, a) => `${a} ${o} ${N} met him on Monday.`,
        (o, c, a) => `${N}, ${a} ${o}, met him on Monday.`,
        (o, c) => `${c}'s ${o} ${N} met him on Monday.`,
        (o, c) => `${o} of ${c} ${N} met him on Monday.`,
        (o, c) => `He met ${N}, ${o} of the Republic of ${c}, on Monday.`,
        (o, c) => `${N}, who is ${o} of ${c}, met him on Monday.`,
      ]],
      [lower, [
        (o, c, a) => `${N}, the ${a} ${o}, met him on Monday.`,
        (o, c, a) => `${a} ${o} ${N} met him on Monday.`,
        (o, c) => `He met ${c}'s ${o}, ${N}, on Monday.`,
        (o, c) => `He met the ${o} of ${c}, ${N}, on Monday.`,
      ]],
    ];
    const missed: string[] = [];
    for (const [offices, templates] of forms) {
      for (const t of templates) {
        for (const o of offices) {
          for (const [c, a] of countries) {
            const text = t(o, c, a);
            const p = analyze(text).persons.find((x) => x.name === N);
            if (!p || p.country !== c || !p.position?.toLowerCase().startsWith(o.toLowerCase())) missed.push(text);
          }
        }
      }
    }
    assert.deepStrictEqual(missed, []);
  });

  it('the wordings that report a meeting give its kind and who stands where', () => {
    const A = 'Ghanaian Foreign Minister Kofi Boateng';
    const B = 'Peruvian Foreign Minister Luis Carrasco';
    const symmetric = (kind: string, ...ts: string[]) => ts.map((t) => [t, kind, 'participant', 'participant'] as const);
    const hostA = (...ts: string[]) => ts.map((t) => [t, 'reception', 'host', 'guest'] as const);
    const cases = [
      ...symmetric('talks', `${A} met ${B} in Accra.`, `${A} met with ${B} in Accra.`, `${A} held talks with ${B} in Accra.`, `${A} and ${B} held talks in Accra.`,
        `${A} held a meeting with ${B} in Accra.`, `${A} held bilateral talks with ${B} in Accra.`, `${A} held a bilateral meeting with ${B} in Accra.`,
        `${A} had a meeting with ${B} in Accra.`, `${A} conferred with ${B} in Accra.`, `${A} sat down with ${B} in Accra.`,
        `${A} met ${B} on the sidelines of the UN General Assembly in New York.`, `${A} met ${B} on the margins of the summit in Lima.`,
        `${A} exchanged views with ${B} in Accra.`, `${A} held consultations with ${B} in Accra.`, `${A} held discussions with ${B} in Accra.`,
        `${A} held a working lunch with ${B} in Accra.`, `${A} held a joint press conference with ${B} in Accra.`, `${A} talked with ${B} in Accra.`,
        `${A} interacted with ${B} in Accra.`, `${A} held a tête-à-tête with ${B} in Accra.`, `${A} held a one-on-one meeting with ${B} in Accra.`),
      ...hostA(`${A} received ${B} in Accra.`, `${A} hosted ${B} in Accra.`, `${A} welcomed ${B} to Accra.`, `${B} was received by ${A} in Accra.`,
        `${B} called on ${A} in Accra.`, `${B} paid a courtesy call on ${A} in Accra.`, `${B} paid a courtesy visit to ${A} in Accra.`,
        `${B} paid a farewell call on ${A} in Accra.`, `${A} granted an audience to ${B} in Accra.`, `${A} received in audience ${B} in Accra.`,
        `${B} was hosted by ${A} in Accra.`, `${B} presented his credentials to ${A} in Accra.`, `${A} hosted a dinner for ${B} in Accra.`,
        `${A} gave a dinner in honour of ${B} in Accra.`, `${A} received a courtesy call from ${B} in Accra.`, `${A} was called on by ${B} in Accra.`,
        `${A} was visited by ${B} in Accra.`, `${B} visited ${A} in Accra.`),
      ...symmetric('phone call', `${A} spoke by phone with ${B}.`, `${A} spoke with ${B} by telephone.`, `${A} held a phone conversation with ${B}.`,
        `${A} held a telephone conversation with ${B}.`, `${A} had a telephone conversation with ${B}.`, `${A} and ${B} held a telephone conversation.`),
      ...[`${A} called ${B}.`, `${A} phoned ${B}.`, `${A} telephoned ${B}.`, `${A} made a phone call to ${B}.`, `${B} received a phone call from ${A}.`,
        `At the request of ${A}, ${B} held a telephone conversation with him.`].map((t) => [t, 'phone call', 'caller', 'callee'] as const),
      ...symmetric('video call', `${A} held a video conference with ${B}.`, `${A} held a videoconference with ${B}.`, `${A} met virtually with ${B}.`,
        `${A} held virtual talks with ${B}.`, `${A} held an online meeting with ${B}.`, `${A} and ${B} met via video link.`),
      ...[`${A} co-chaired the joint commission with ${B} in Accra.`, `${A} and ${B} jointly hosted the talks in Accra.`].map((t) => [t, 'talks', 'host', 'host'] as const),
    ];
    const missed: string[] = [];
    for (const [text, kind, roleA, roleB] of cases) {
      const a = analyze(text);
      const m = a.meetings[0];
      const has = (name: string, role: string) => m?.participants.some((p) => p.name === name && p.role === role);
      if (a.meetings.length !== 1 || m.kind !== kind || !has('Kofi Boateng', roleA) || !has('Luis Carrasco', roleB)) missed.push(text);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('the ways releases date and place a meeting give its ISO day and its city', () => {
    const M = 'Ghanaian Foreign Minister Kofi Boateng met Peruvian Foreign Minister Luis Carrasco';
    const cases: [string, string, string][] = [
      [`ACCRA, March 3, 2023 — ${M} on Friday.`, '2023-03-03', 'Accra'],
      [`ACCRA, March 3 (Reuters) - ${M} on Friday.\n\nPublished 3 March 2023`, '2023-03-03', 'Accra'],
      [`Accra, 3 March 2023\n\n${M} today.`, '2023-03-03', 'Accra'],
      [`03/03/2023\n\n${M} today in Accra.`, '2023-03-03', 'Accra'],
      [`2023-03-03\n\n${M} yesterday in Accra.`, '2023-03-02', 'Accra'],
      [`${M} in Accra on 3 March 2023.`, '2023-03-03', 'Accra'],
      [`${M} in Accra on Friday, March 3, 2023.`, '2023-03-03', 'Accra'],
      [`${M} in Accra on the 3rd of March 2023.`, '2023-03-03', 'Accra'],
      [`${M} in Accra on 03.03.2023.`, '2023-03-03', 'Accra'],
      [`Friday, 3 March 2023\n\n${M} in Accra on Thursday.`, '2023-03-02', 'Accra'],
      [`ACCRA, Ghana — ${M} in the Ghanaian capital on Wednesday.\n\nMarch 3, 2023`, '2023-03-01', 'Accra'],
      [`${M} at Jubilee House, Accra, on March 3, 2023.`, '2023-03-03', 'Accra'],
      [`${M} in the capital Accra on March 3, 2023.`, '2023-03-03', 'Accra'],
      [`${M} in Tamale, northern Ghana, on March 3, 2023.`, '2023-03-03', 'Tamale'],
      [`On March 3, 2023, ${M} in Accra.`, '2023-03-03', 'Accra'],
      [`ACCRA (GNA) - ${M} here on Friday.\n\n03 Mar 2023`, '2023-03-03', 'Accra'],
      [`${M} in the Peruvian capital, Lima, on March 3, 2023.`, '2023-03-03', 'Lima'],
      [`${M} in Lima, the Peruvian capital, on March 3, 2023.`, '2023-03-03', 'Lima'],
      [`${M} during his visit to Lima on March 3, 2023.`, '2023-03-03', 'Lima'],
      [`${M} in the city of Arequipa on March 3, 2023.`, '2023-03-03', 'Arequipa'],
    ];
    const missed = cases.filter(([t, iso, place]) => {
      const m = analyze(t).meetings[0];
      return m?.isoDate !== iso || m.place !== place;
    }).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('delegations, escorts, lists of ministers and counterparts give every party its role and side', () => {
    type Want = Record<string, [string, string | null]>;
    const cases: [string, string, Want][] = [
      ['Ghanaian Foreign Minister Kofi Boateng received a Peruvian delegation led by Deputy Foreign Minister Luis Carrasco in Accra.', 'reception', { 'Kofi Boateng': ['host', 'Ghana'], 'Luis Carrasco': ['guest', 'Peru'] }],
      ['Ghanaian Foreign Minister Kofi Boateng received a delegation from Peru led by Deputy Foreign Minister Luis Carrasco in Accra.', 'reception', { 'Kofi Boateng': ['host', 'Ghana'], 'Luis Carrasco': ['guest', 'Peru'] }],
      ['Ghanaian Foreign Minister Kofi Boateng, accompanied by Deputy Minister Ama Owusu, met Peruvian Foreign Minister Luis Carrasco in Accra.', 'talks',
        { 'Kofi Boateng': ['participant', 'Ghana'], 'Ama Owusu': ['participant', 'Ghana'], 'Luis Carrasco': ['participant', 'Peru'] }],
      ['The foreign ministers of Ghana, Peru and Chile, Kofi Boateng, Luis Carrasco and Ana Lopez, met in Lima.', 'multilateral',
        { 'Kofi Boateng': ['participant', 'Ghana'], 'Luis Carrasco': ['participant', 'Peru'], 'Ana Lopez': ['participant', 'Chile'] }],
      ['Foreign Minister Kofi Boateng of Ghana, Foreign Minister Luis Carrasco of Peru and Foreign Minister Ana Lopez of Chile met in Lima.', 'multilateral',
        { 'Kofi Boateng': ['participant', 'Ghana'], 'Luis Carrasco': ['participant', 'Peru'], 'Ana Lopez': ['participant', 'Chile'] }],
      ['Ghanaian Foreign Minister Kofi Boateng met his Peruvian counterpart, Luis Carrasco, in Accra.', 'talks', { 'Kofi Boateng': ['participant', 'Ghana'], 'Luis Carrasco': ['participant', 'Peru'] }],
      ['The Chief of Defence Staff of the Ghana Armed Forces, Lt Gen Kwame Asante, received the Defence Attaché of Peru, Colonel Luis Carrasco, at Burma Camp.', 'reception',
        { 'Kwame Asante': ['host', 'Ghana'], 'Luis Carrasco': ['guest', 'Peru'] }],
      ['Ghana and Peru held political consultations in Accra. The Ghanaian delegation was led by Deputy Foreign Minister Kofi Boateng and the Peruvian delegation by Vice Minister Luis Carrasco.', 'talks',
        { 'Kofi Boateng': ['participant', 'Ghana'], 'Luis Carrasco': ['participant', 'Peru'] }],
      ['Peruvian Ambassador Luis Carrasco called on the Chief of Army Staff, Major General Kwame Asante, at Army Headquarters in Accra.', 'reception', { 'Kwame Asante': ['host', 'Ghana'], 'Luis Carrasco': ['guest', 'Peru'] }],
      ['The Ambassador of Peru to Ghana, Luis Carrasco, paid a courtesy call on Foreign Minister Kofi Boateng.', 'reception', { 'Kofi Boateng': ['host', 'Ghana'], 'Luis Carrasco': ['guest', 'Peru'] }],
      ['Foreign Minister Kofi Boateng held a phone call with Peruvian Foreign Minister Luis Carrasco at the latter\'s request.', 'phone call', { 'Kofi Boateng': ['callee', null], 'Luis Carrasco': ['caller', 'Peru'] }],
      ['Peruvian Foreign Minister Luis Carrasco was received by President Nana Akufo of Ghana at Jubilee House.', 'reception', { 'Nana Akufo': ['host', 'Ghana'], 'Luis Carrasco': ['guest', 'Peru'] }],
    ];
    const missed = cases.filter(([t, kind, want]) => {
      const m = analyze(t).meetings[0];
      return m?.kind !== kind || Object.entries(want).some(([n, [role, side]]) => {
        const p = m.participants.find((x) => x.name === n);
        return p?.role !== role || (side !== null && p.side !== side);
      });
    }).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('every cue of an official\'s country gives it: nationalities, bodies and their short forms, missions, "of the", "from the"', () => {
    const N = 'John Carvalho';
    const cases: [string, string][] = [
  [`The US ambassador ${N} met him.`, 'United States'],
  [`U.S. Army General ${N} met him.`, 'United States'],
  [`Lieutenant General ${N} of the People's Liberation Army met him.`, 'China'],
  [`Japan Maritime Self-Defense Force Chief of Staff Admiral ${N} met him.`, 'Japan'],
  [`${N}, Counsellor at the Embassy of Japan, met him.`, 'Japan'],
  [`Commander of the Royal Thai Navy Admiral ${N} met him.`, 'Thailand'],
  [`Rear Admiral ${N} of the Indian Navy met him.`, 'India'],
  [`${N}, from the Indian Navy, met him.`, 'India'],
  [`${N} of the Ministry of Foreign Affairs of Peru met him.`, 'Peru'],
  [`Peru's Defence Minister ${N} met him.`, 'Peru'],
  [`The Pakistani army chief, General ${N}, met him.`, 'Pakistan'],
  [`The head of the Nigerian Navy, Vice Admiral ${N}, met him.`, 'Nigeria'],
  [`General ${N}, Commander of the Kenya Defence Forces, met him.`, 'Kenya'],
  [`Brigadier General ${N} of the Philippine Army met him.`, 'Philippines'],
  [`Colonel ${N}, Defence Attaché at the British High Commission, met him.`, 'United Kingdom'],
  [`Major General ${N}, Chief of Staff of the Zambia Army, met him.`, 'Zambia'],
  [`${N}, the Australian Defence Force chief, met him.`, 'Australia'],
  [`Ambassador ${N} of the Republic of Korea met him.`, 'South Korea'],
  [`Vice Minister ${N} of the Ministry of National Defense of Vietnam met him.`, 'Vietnam'],
  [`Air Marshal ${N} of the Royal Malaysian Air Force met him.`, 'Malaysia'],
  [`Admiral ${N}, Chief of Naval Operations of the U.S. Navy, met him.`, 'United States'],
  [`The Egyptian Chief of Staff, Lt. Gen. ${N}, met him.`, 'Egypt'],
  [`Sri Lanka Army Commander Lieutenant General ${N} met him.`, 'Sri Lanka'],
  [`Bangladesh Army Chief General ${N} met him.`, 'Bangladesh'],
  [`Chief of the Defence Force of Fiji, Rear Admiral ${N}, met him.`, 'Fiji'],
  [`${N}, Kazakhstan's Minister of Defence, met him.`, 'Kazakhstan'],
  [`Moroccan Foreign Minister ${N} met him.`, 'Morocco'],
  [`UN Secretary-General ${N} met him.`, 'United Nations'],
  [`NATO Deputy Secretary General ${N} met him.`, 'NATO'],
  [`European Commission Vice-President ${N} met him.`, 'European Union'],
  [`African Union Commission Chairperson ${N} met him.`, 'African Union'],
  [`ASEAN Secretary-General ${N} met him.`, 'ASEAN'],
  [`The Chinese Defense Ministry spokesperson, Senior Colonel ${N}, met him.`, 'China'],
  [`Vietnam People's Army Chief of General Staff Senior Lieutenant General ${N} met him.`, 'Vietnam'],
  [`Turkish Armed Forces Chief of General Staff General ${N} met him.`, 'Turkey'],
  [`Israeli Defense Minister ${N} met him.`, 'Israel'],
  [`IDF Chief of Staff Lt. Gen. ${N} met him.`, 'Israel'],
  [`PLA Navy Commander Admiral ${N} met him.`, 'China'],
  [`ROK Navy Chief Admiral ${N} met him.`, 'South Korea'],
  [`JMSDF Chief of Staff Admiral ${N} met him.`, 'Japan'],
  [`RAAF Chief Air Marshal ${N} met him.`, 'Australia'],
  [`USINDOPACOM Commander Admiral ${N} met him.`, 'United States'],
  [`SOUTHCOM Commander General ${N} met him.`, 'United States'],
  [`AFRICOM Commander General ${N} met him.`, 'United States'],
];
    const missed = cases.filter(([t, c]) => analyze(t).persons.find((x) => x.name === N)?.country !== c).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('who called, however the text says it: "at the initiative of the Peruvian side", "initiated by", "who initiated the call", "upon the latter\'s request"', () => {
    const A = 'Ghanaian Foreign Minister Kofi Boateng';
    const B = 'Peruvian Foreign Minister Luis Carrasco';
    const cases: [string, string][] = [
  [`${A} held a telephone conversation with ${B} at the initiative of the Peruvian side.`, 'Luis Carrasco'],
  [`${A} held a telephone conversation with ${B} at the request of the Peruvian side.`, 'Luis Carrasco'],
  [`At the request of the Ghanaian side, ${A} held a telephone conversation with ${B}.`, 'Kofi Boateng'],
  [`${A} held a telephone conversation with ${B}, initiated by the Peruvian side.`, 'Luis Carrasco'],
  [`${A} had a phone call with ${B}. The call was made at the request of Carrasco.`, 'Luis Carrasco'],
  [`${A} had a phone call with ${B}. The call was requested by the Peruvian side.`, 'Luis Carrasco'],
  [`${B} called ${A} on Monday.`, 'Luis Carrasco'],
  [`${A} received a call from ${B} on Monday.`, 'Luis Carrasco'],
  [`${A} took a phone call from ${B} on Monday.`, 'Luis Carrasco'],
  [`${A} spoke by phone with ${B}, who initiated the call.`, 'Luis Carrasco'],
  [`${A} held a phone conversation with ${B} upon the latter's request.`, 'Luis Carrasco'],
  [`${A} held a phone conversation with ${B} at his request.`, 'Kofi Boateng'],
  [`In a phone call initiated by ${B}, the two ministers discussed trade. ${A} thanked him.`, 'Luis Carrasco'],
  [`${A} made a telephone call to ${B} on Monday.`, 'Kofi Boateng'],
  [`${A} called his Peruvian counterpart Luis Carrasco on Monday.`, 'Kofi Boateng'],
  [`${A} phoned Peruvian counterpart Luis Carrasco on Monday.`, 'Kofi Boateng'],
  [`${A} dialed ${B} on Monday.`, 'Kofi Boateng'],
];
    const missed = cases.filter(([t, caller]) => {
      const m = analyze(t).meetings[0];
      return m?.kind !== 'phone call' || m.participants.find((p) => p.role === 'caller')?.name !== caller;
    }).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('ranks as armies and air forces abbreviate them, and names of every tradition, before and after an office', () => {
    const ranks = ['Lt Gen', 'Lt. Gen.', 'Lieutenant-General', 'Maj-Gen', 'Maj. Gen.', 'Major-General', 'Brig. Gen.', 'Brig Gen', 'Brigadier', 'Brigadier-General', 'Air Cdre', 'Air Commodore', 'Air Vice-Marshal', 'AVM', 'Air Marshal', 'Air Chief Marshal', 'Rear Adm.', 'Rear Admiral', 'Vice Adm.', 'Vice Admiral', 'Adm.', 'Admiral', 'Commodore', 'Cdre', 'Capt.', 'Captain', 'Cmdr', 'Lt Col', 'Lt. Col.', 'Lieutenant Colonel', 'Lieutenant-Colonel', 'Col.', 'Col', 'Colonel', 'Sqn Ldr', 'Squadron Leader', 'Wg Cdr', 'Wing Commander', 'Gp Capt', 'Group Captain', 'Flt Lt', 'Flight Lieutenant', 'Maj.', 'Major', 'Gen.', 'Gen', 'General', 'Field Marshal', 'Senior Colonel', 'Senior Lieutenant General', 'Senior General', 'Colonel General', 'Army General', 'Major General', 'Lieutenant General', 'First Admiral', 'Rear Admiral (Lower Half)', 'Police Major General', 'Police General', 'Chief Superintendent', 'Sub-Lieutenant'];
    const missedRanks = ranks.filter((r) => analyze(`The minister received ${r} Kofi Mensah Boateng in Accra.`).persons.find((x) => x.name === 'Kofi Mensah Boateng')?.rank !== r);
    assert.deepStrictEqual(missedRanks, []);
    const names = ['Nguyen Tan Cuong', 'Min Aung Hlaing', 'Dong Jun', 'Salem bin Hamad Al Nabit', 'Mohammed bin Salman Al Saud', 'Jean-Pierre Lacroix', "Patrick O'Brien", 'Ana María García-López', 'José Luis Rodríguez Zapatero', 'Lloyd J. Austin III', 'CQ Brown Jr.', 'Wei Fenghe', 'Kim Yong-hyun', 'Shigeru Ishiba', 'Abdel Fattah al-Sisi', 'Ursula von der Leyen', 'Mark Rutte', 'Kwame Nkrumah Asante', 'Olusegun Obasanjo', 'Tedros Adhanom Ghebreyesus', 'Sheikh Tamim bin Hamad Al Thani', 'Pham Minh Chinh', 'Prabowo Subianto', 'Recep Tayyip Erdoğan', 'Volodymyr Zelenskyy', 'Luiz Inácio Lula da Silva', 'Andrés Manuel López Obrador', 'Narendra Modi', 'Rajnath Singh', 'Hun Manet', 'Lee Jae-myung', 'Ko Wen-je', 'Li Qiang', 'Xi Jinping'];
    const missedNames = names.filter((n) => !analyze(`Defence Minister ${n} met the ambassador in the capital on Monday.`).persons.some((x) => x.name === n.replace(/^Sheikh /, '')));
    assert.deepStrictEqual(missedNames, []);
  });

  it('one meeting per meeting: separate meetings apart, restatements and plans not, an earlier meeting as referenced', () => {
    const A = 'Ghanaian Foreign Minister Kofi Boateng';
    const fmt = (t: string) => analyze(t).meetings.map((m) => `${m.kind}${m.referenced ? '(ref)' : ''} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}] ${m.isoDate ?? ''} ${m.place ?? ''}`.trim());
    const cases: [string, string[]][] = [
  [`${A} met Peruvian Foreign Minister Luis Carrasco on 3 March 2023 and Chilean Foreign Minister Ana Lopez on 4 March 2023 in Lima.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima', 'talks [Boateng+Lopez] 2023-03-04 Lima']],
  [`${A} held separate meetings with Peruvian Foreign Minister Luis Carrasco and Chilean Foreign Minister Ana Lopez in Lima on 3 March 2023.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima', 'talks [Boateng+Lopez] 2023-03-03 Lima']],
  [`${A} met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023. He also called on President Dina Ruiz of Peru.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima', 'reception [Boateng+Ruiz] 2023-03-03 Lima']],
  [`${A} met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023. The two ministers had last met in Accra in 2021.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima', 'talks(ref) [Boateng+Carrasco] 2021 Accra']],
  [`${A} met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023. Later in the day, Boateng held talks with Chilean Foreign Minister Ana Lopez.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima', 'talks [Boateng+Lopez] 2023-03-03 Lima']],
  [`${A} met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023. Carrasco will visit Accra next year.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima']],
  [`${A} met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023. The meeting took place at the Torre Tagle Palace.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima']],
  [`${A} met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023. During the meeting, the ministers discussed trade. Boateng invited Carrasco to visit Ghana.`, ['talks [Boateng+Carrasco] 2023-03-03 Lima']],
];
    const missed = cases.filter(([t, want]) => JSON.stringify(fmt(t)) !== JSON.stringify(want)).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('readouts and releases: the title, the dateline, the byline\'s office and the lead give the headline meeting as an analyst records it', () => {
    const fmt = (t: string) => analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.kind} [${m.participants.map((p) => `${p.name}:${p.role}/${p.side}`).join(', ')}] ${m.isoDate ?? ''} ${m.place ?? ''}`.trim())[0] ?? 'none';
    const cases: [string, string][] = [
  ['Secretary Blinkin’s Call with Peruvian Foreign Minister Carrasco\n\nMarch 3, 2023\n\nThe following is attributable to Spokesperson Ned Prise:\n\nSecretary of State Antony Blinkin spoke today with Peruvian Foreign Minister Luis Carrasco to discuss trade.',
    'phone call [Antony Blinkin:participant/United States, Luis Carrasco:participant/Peru] 2023-03-03'],
  ['Readout of Secretary of Defense Lloyd Austen\'s Meeting With Peruvian Minister of Defense Luis Carrasco\n\nMarch 3, 2023\n\nSecretary of Defense Lloyd Austen hosted Peruvian Minister of Defense Luis Carrasco at the Pentagon today.',
    'reception [Lloyd Austen:host/United States, Luis Carrasco:guest/Peru] 2023-03-03 Washington'],
  ['Secretary-General\'s meeting with Foreign Minister of Peru\n\n3 March 2023\n\nThe Secretary-General met today with Luis Carrasco, Minister for Foreign Affairs of Peru.\n\nThe Secretary-General and the Minister discussed the situation in the region.',
    'talks [Luis Carrasco:participant/Peru] 2023-03-03'],
  ['Defence Minister receives Peruvian counterpart\n\nACCRA, March 3 (GNA) — Defence Minister Kofi Boateng on Friday received his Peruvian counterpart Luis Carrasco at the Ministry.\n\n03 Mar 2023',
    'reception [Kofi Boateng:host/Ghana, Luis Carrasco:guest/Peru] 2023-03-03 Accra'],
  ['Minister Boateng holds phone talks with Peruvian counterpart\n\nMarch 3, 2023\n\nMinister for Foreign Affairs Kofi Boateng held phone talks today with his Peruvian counterpart, Luis Carrasco.',
    'phone call [Kofi Boateng:participant/null, Luis Carrasco:participant/Peru] 2023-03-03'],
  ['Peruvian envoy calls on Army Chief\n\nLima envoy Luis Carrasco, the Ambassador of Peru to Ghana, called on the Chief of Army Staff, Major General Kwame Asante, at the Army Headquarters in Accra on Friday, 3 March 2023.',
    'reception [Luis Carrasco:guest/Peru, Kwame Asante:host/Ghana] 2023-03-03 Accra'],
];
    const missed = cases.filter(([t, want]) => fmt(t) !== want).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('what the next sentences add: another meeting of the visitor ("He also met", "was later received by", "later hosted a dinner for"), not the same one again', () => {
    const L = 'Ghanaian Foreign Minister Kofi Boateng met Peruvian Foreign Minister Luis Carrasco in Lima on 3 March 2023.';
    const fmt = (t: string) => analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`);
    const cases: [string, string[]][] = [
  [`${L} He also met Chilean Foreign Minister Ana Lopez.`, ['talks [Boateng:participant+Carrasco:participant]', 'talks [Boateng:participant+Lopez:participant]']],
  [`${L} The Ghanaian minister also called on President Dina Ruiz.`, ['talks [Boateng:participant+Carrasco:participant]', 'reception [Boateng:guest+Ruiz:host]']],
  [`${L} Boateng was later received by President Dina Ruiz.`, ['talks [Boateng:participant+Carrasco:participant]', 'reception [Boateng:guest+Ruiz:host]']],
  [`${L} The two ministers also held a joint press conference.`, ['talks [Boateng:participant+Carrasco:participant]']],
  [`${L} Carrasco later hosted a dinner for Boateng.`, ['talks [Boateng:participant+Carrasco:participant]', 'reception [Carrasco:host+Boateng:guest]']],
  [`${L} On the same day, Boateng spoke by phone with Chilean Foreign Minister Ana Lopez.`, ['talks [Boateng:participant+Carrasco:participant]', 'phone call [Boateng:participant+Lopez:participant]']],
  [`${L} Boateng also interacted with members of the Ghanaian community.`, ['talks [Boateng:participant+Carrasco:participant]']],
];
    const missed = cases.filter(([t, want]) => JSON.stringify(fmt(t)) !== JSON.stringify(want)).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('the home country of an official the text gives no nationality: the place, the dateline, the source, the ministry, the pair the text names', () => {
    const B = 'Peruvian Foreign Minister Luis Carrasco';
    const cases: [string, string][] = [
  [`Foreign Minister Kofi Boateng met ${B} in Accra on Monday.`, 'Ghana'],
  [`ACCRA, March 3 (GNA) — Foreign Minister Kofi Boateng met ${B} on Monday.`, 'Ghana'],
  [`Foreign Minister Kofi Boateng received ${B} on Monday.\n\nSource: Ghana News Agency`, 'Ghana'],
  [`Ministry of Foreign Affairs of Ghana\n\nForeign Minister Kofi Boateng met ${B} on Monday.`, 'Ghana'],
  [`Foreign Minister Kofi Boateng met ${B} on Monday. The two discussed relations between Ghana and Peru.`, 'Ghana'],
  [`${B} paid a visit to Ghana, where he met Foreign Minister Kofi Boateng on Monday.`, 'Ghana'],
  [`${B} met Foreign Minister Kofi Boateng in Accra, the Ghanaian capital, on Monday.`, 'Ghana'],
  [`Foreign Minister Kofi Boateng, on a visit to Lima, met ${B} on Monday. Boateng thanked Peru for its support to Ghana.`, 'Ghana'],
  [`Ghana's Foreign Minister Kofi Boateng met ${B} on Monday.`, 'Ghana'],
  [`Foreign Minister Kofi Boateng of the Republic of Ghana met ${B} on Monday.`, 'Ghana'],
  [`The Ghanaian minister, Kofi Boateng, met ${B} on Monday.`, 'Ghana'],
  [`Foreign Minister Kofi Boateng met ${B} on Monday. The Ghanaian minister said ties were strong.`, 'Ghana'],
];
    const missed = cases.filter(([t, c]) => analyze(t).persons.find((x) => x.name === 'Kofi Boateng')?.country !== c).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('meetings at events and of several sides: sidelines, bilateral talks with several, videoconferences of ministers, trilateral meetings, meetings of ministers, joint commissions', () => {
    const cases: [string, string[]][] = [
  ['On the sidelines of the G20 summit in New Delhi, Ghanaian Foreign Minister Kofi Boateng met Peruvian Foreign Minister Luis Carrasco.', ['talks [Boateng+Carrasco] New Delhi']],
  ['Ghanaian Defence Minister Kofi Boateng held bilateral talks with Peruvian Defence Minister Luis Carrasco, Chilean Defence Minister Ana Lopez and Thai Defence Minister Somchai Wong on the sidelines of the Shangri-La Dialogue in Singapore.',
    ['talks [Boateng+Carrasco] Singapore', 'talks [Boateng+Lopez] Singapore', 'talks [Boateng+Wong] Singapore']],
  ['The defence ministers of Ghana, Peru and Chile, Kofi Boateng, Luis Carrasco and Ana Lopez, met via videoconference on Monday.', ['video call [Boateng+Carrasco+Lopez]']],
  ['Ghanaian Foreign Minister Kofi Boateng, Peruvian Foreign Minister Luis Carrasco and Chilean Foreign Minister Ana Lopez held a trilateral meeting in Lima.', ['multilateral [Boateng+Carrasco+Lopez] Lima']],
  ['Ghanaian Foreign Minister Kofi Boateng attended the meeting of foreign ministers in Lima, chaired by Peruvian Foreign Minister Luis Carrasco.', ['multilateral [Boateng+Carrasco] Lima']],
  ['Ghanaian Foreign Minister Kofi Boateng and Peruvian Foreign Minister Luis Carrasco co-chaired the fifth session of the Joint Commission in Accra.', ['talks [Boateng+Carrasco] Accra']],
];
    const missed = cases.filter(([t, want]) => JSON.stringify(meetingsAt(t)) !== JSON.stringify(want)).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('no meeting from words that are not one: appeals, welcomes of decisions, speeches, press remarks, plans, letters, praise, invitations', () => {
    const A = 'Ghanaian Foreign Minister Kofi Boateng';
    const B = 'Peruvian Foreign Minister Luis Carrasco';
    const cases: string[] = [
  `${A} called for restraint after ${B} spoke.`,
  `${A} called on all parties to respect the ceasefire, as did ${B}.`,
  `${A} welcomed the decision announced by ${B}.`,
  `${A} received support from Peru, ${B} said.`,
  `${A} spoke at the conference. ${B} also spoke at the conference.`,
  `${A} told reporters that ${B} would visit next month.`,
  `${A} spoke to reporters after ${B} left.`,
  `${A} will meet ${B} next week.`,
  `${A} is expected to hold talks with ${B} on Friday.`,
  `${A} plans to visit Lima, where he hopes to meet ${B}.`,
  `${A} received a letter from ${B}.`,
  `${A} praised ${B} for his leadership.`,
  `${A} met the targets set by ${B}.`,
  `${A} thanked ${B} for the invitation to visit Peru.`,
  `${A} condemned the attack, as did ${B}.`,
  `${A} and ${B} are scheduled to meet in April.`,
  `${A} invited ${B} to visit Ghana.`,
  `${A} congratulated ${B} on his appointment in a message.`,
  `${A} sent a message to ${B}.`,
  `${A} hosted the summit, which ${B} did not attend.`,
];
    const found = cases.filter((t) => analyze(t).meetings.some((m) => m.participants.length >= 2 && !m.referenced && !m.announced));
    assert.deepStrictEqual(found, []);
    // (A meeting announced firmly is told as announced, the text reporting none held; hopes, offers and reported
    // plans are not.)
    const announced = cases.filter((t) => analyze(t).meetings.some((m) => m.announced));
    assert.deepStrictEqual(announced, [cases[7], cases[8], cases[15]]);
  });

  it('offices and counterparts standing for the people the text names elsewhere', () => {
    const cases: [string, string][] = [
  ['The Ghanaian Foreign Minister met his Peruvian counterpart in Accra on Monday.\n\nForeign Minister Kofi Boateng said Ghana valued its ties with Peru, while Peruvian Foreign Minister Luis Carrasco praised Ghana.', 'talks [Boateng:participant+Carrasco:participant]'],
  ['Foreign Minister Kofi Boateng met his Peruvian counterpart on Monday. Luis Carrasco, Peru\'s Minister of Foreign Affairs, is on a visit to Accra.', 'talks [Boateng:participant+Carrasco:participant]'],
  ['The Chief of Army Staff received the Peruvian Ambassador on Monday.\n\nMajor General Kwame Asante, the Chief of Army Staff, welcomed Ambassador Luis Carrasco to Army Headquarters.', 'reception [Asante:host+Carrasco:guest]'],
  ['Peruvian Foreign Minister Luis Carrasco called on the President on Monday. President Nana Akufo welcomed the minister.', 'reception [Carrasco:guest+Akufo:host]'],
  ['Foreign Minister Kofi Boateng held talks with the visiting Peruvian Foreign Minister, Luis Carrasco. The Peruvian minister thanked his host.', 'talks [Boateng:participant+Carrasco:participant]'],
];
    const missed = cases.filter(([t, want]) => headlineRoles(t) !== want).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('diplomatic and agency styles of stating an office: "Ambassador Extraordinary and Plenipotentiary", "Charge d\'Affaires a.i.", "Peru\'s top diplomat, X"', () => {
    const cases: [string, string, string, string][] = [
  ['H.E. Mr. Luis Carrasco, Ambassador Extraordinary and Plenipotentiary of Peru to Ghana, called on the Minister.', 'Luis Carrasco', 'Ambassador Extraordinary and Plenipotentiary', 'Peru'],
  ['The newly accredited Ambassador of Peru, H.E. Luis Carrasco, presented his credentials to President Nana Akufo.', 'Luis Carrasco', 'Ambassador', 'Peru'],
  ['Mr Luis Carrasco, Peru\'s Deputy Minister for Foreign Affairs, met him.', 'Luis Carrasco', 'Deputy Minister for Foreign Affairs', 'Peru'],
  ['Dr. Luis Carrasco, Director-General of the Peruvian Ministry of Defence, met him.', 'Luis Carrasco', 'Director-General of the Peruvian Ministry of Defence', 'Peru'],
  ['Peru\'s envoy to Ghana, Luis Carrasco, met him.', 'Luis Carrasco', 'envoy to Ghana', 'Peru'],
  ['The Peruvian Charge d\'Affaires a.i., Luis Carrasco, met him.', 'Luis Carrasco', 'Charge d\'Affaires', 'Peru'],
  ['Luis Carrasco, Peruvian Minister of Defence, met him.', 'Luis Carrasco', 'Minister of Defence', 'Peru'],
  ['Peruvian Defence Minister Luis Carrasco Sr. met him.', 'Luis Carrasco Sr.', 'Defence Minister', 'Peru'],
  ['General (Retd) Luis Carrasco, Peru\'s National Security Adviser, met him.', 'Luis Carrasco', 'National Security Adviser', 'Peru'],
  ['LIMA, Peru — Luis Carrasco, the head of Peru\'s Joint Command, met him.', 'Luis Carrasco', "head of Peru's Joint Command", 'Peru'],
  ['Peru\'s top diplomat, Luis Carrasco, met him.', 'Luis Carrasco', 'top diplomat', 'Peru'],
  ['Peruvian Vice-Minister of Defence Policy Luis Carrasco met him.', 'Luis Carrasco', 'Vice-Minister of Defence Policy', 'Peru'],
  ['Peruvian Chancellor Luis Carrasco met him.', 'Luis Carrasco', 'Chancellor', 'Peru'],
  ['Luis Carrasco, Permanent Representative of Peru to the United Nations, met him.', 'Luis Carrasco', 'Permanent Representative of Peru to the United Nations', 'Peru'],
];
    const missed = cases.filter(([t, n, pos, c]) => {
      const p = analyze(t).persons.find((x) => x.name === n);
      return !p || p.country !== c || !p.position?.replace(/’/g, "'").toLowerCase().startsWith(pos.toLowerCase().split(' of ')[0]);
    }).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('days as releases write them, resolved against the release: "this morning", "Monday evening", "on the 3rd", "last Friday", "(March 7)", numeric days, a closing date line', () => {
    const M = 'Ghanaian Foreign Minister Kofi Boateng met Peruvian Foreign Minister Luis Carrasco';
    const R = 'ACCRA, March 8, 2023 (GNA) — ';
    const cases: [string, string][] = [
  [`${R}${M} this morning.`, '2023-03-08'],
  [`${R}${M} on Monday evening.`, '2023-03-06'],
  [`${R}${M} on Sunday night.`, '2023-03-05'],
  [`${R}${M} yesterday afternoon.`, '2023-03-07'],
  [`${R}${M} on Jan. 4.`, '2023-01-04'],
  [`${R}${M} on 4th January.`, '2023-01-04'],
  [`${R}${M} on the 3rd.`, '2023-03-03'],
  [`${R}${M} on Friday, 3 March.`, '2023-03-03'],
  [`${R}${M} on March 3rd.`, '2023-03-03'],
  [`${R}${M} last Friday.`, '2023-03-03'],
  [`${R}${M} earlier today.`, '2023-03-08'],
  [`${R}${M} on Tuesday (March 7).`, '2023-03-07'],
  [`${R}${M} on 07.03.2023.`, '2023-03-07'],
  [`${R}${M} on 7-3-2023.`, '2023-03-07'],
  [`${R}${M} on 2023-03-07.`, '2023-03-07'],
  [`${R}${M} on 7 Mar 2023.`, '2023-03-07'],
  [`${R}${M} on Tue, 7 March.`, '2023-03-07'],
  [`${M} on Tuesday.\n\n8 March 2023`, '2023-03-07'],
  [`${M} on Tuesday.\n\nPosted on March 8, 2023 by Admin`, '2023-03-07'],
  [`08/03/2023 12:30\n\n${M} on Tuesday.`, '2023-03-07'],
];
    const missed = cases.filter(([t, iso]) => analyze(t).meetings[0]?.isoDate !== iso).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('where a meeting was held, as releases say it: "here", embassies and ministries in a city, second cities, ships, islands, events named after their city', () => {
    const M = 'Ghanaian Foreign Minister Kofi Boateng met Peruvian Foreign Minister Luis Carrasco';
    const cases: [string, string][] = [
  [`ACCRA, March 8 (GNA) — ${M} here on Monday.`, 'Accra'],
  [`${M} at the Ghanaian embassy in Lima on Monday.`, 'Lima'],
  [`${M} at the Ministry of Foreign Affairs in Accra on Monday.`, 'Accra'],
  [`${M} in Kumasi, Ghana's second city, on Monday.`, 'Kumasi'],
  [`${M} aboard the frigate Almirante Grau in Callao on Monday.`, 'Callao'],
  [`${M} at the Presidential Palace in Lima on Monday.`, 'Lima'],
  [`${M} at the Ritz-Carlton hotel in Doha on Monday.`, 'Doha'],
  [`${M} in the Peruvian city of Cusco on Monday.`, 'Cusco'],
  [`${M} on the island of Bali on Monday.`, 'Bali'],
  [`${M} in New York on the sidelines of the UN General Assembly on Monday.`, 'New York'],
  [`${M} on the sidelines of the ASEAN summit in Jakarta on Monday.`, 'Jakarta'],
  [`${M} during the Munich Security Conference on Monday.`, 'Munich'],
  [`${M} in Geneva, Switzerland, on Monday.`, 'Geneva'],
  [`${M} in Washington, D.C., on Monday.`, 'Washington'],
  [`${M} at the State Department in Washington on Monday.`, 'Washington'],
  [`${M} at the Foreign Office in London on Monday.`, 'London'],
  [`${M} in Abu Dhabi on Monday.`, 'Abu Dhabi'],
  [`${M} in São Paulo on Monday.`, 'São Paulo'],
  [`${M} in Port Moresby on Monday.`, 'Port Moresby'],
];
    const missed = cases.filter(([t, place]) => analyze(t).meetings[0]?.place !== place).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('meetings told around what was said: "discussed", "told ... during their meeting", "In his meeting with", "A meeting between ... was held", after an attribution', () => {
    const A = 'Ghanaian Foreign Minister Kofi Boateng';
    const B = 'Peruvian Foreign Minister Luis Carrasco';
    const fmt = (t: string) => analyze(t).meetings.filter((m) => !m.referenced).map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`);
    const cases: [string, string[]][] = [
  [`According to a statement, ${A} and ${B} discussed trade in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`${A} and ${B} discussed trade during their meeting in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`${A} told ${B} during their meeting in Accra that Ghana valued the ties.`, ['talks [Boateng+Carrasco]']],
  [`During talks with ${B} in Accra on Monday, ${A} stressed the ties.`, ['talks [Carrasco+Boateng]']],
  [`In his meeting with ${B} in Accra on Monday, ${A} stressed the ties.`, ['talks [Carrasco+Boateng]']],
  [`${A} briefed ${B} on the situation during a meeting in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`${A} and his Peruvian counterpart Luis Carrasco agreed to expand trade at their talks in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`The talks between ${A} and ${B} took place in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`A meeting between ${A} and ${B} was held in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`${A} held a closed-door meeting with ${B} in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`${A} hosted talks with ${B} in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
  [`${A} engaged ${B} in talks in Accra on Monday.`, ['talks [Boateng+Carrasco]']],
];
    const missed = cases.filter(([t, want]) => JSON.stringify(fmt(t)) !== JSON.stringify(want)).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('titles in headline style over the lead: short forms, names only, capitals, a call the title names', () => {
    const L = 'Ghanaian Foreign Minister Kofi Boateng held talks with Peruvian Foreign Minister Luis Carrasco in Accra on Monday.';
    const cases: [string, string][] = [
  [`Ghana FM Meets Peruvian Counterpart\n\n${L}`, 'talks [Boateng:participant+Carrasco:participant]'],
  [`Boateng, Carrasco Hold Talks In Accra\n\n${L}`, 'talks [Boateng:participant+Carrasco:participant]'],
  [`GHANA, PERU FOREIGN MINISTERS HOLD TALKS\n\n${L}`, 'talks [Boateng:participant+Carrasco:participant]'],
  [`Ghana, Peru Agree To Deepen Ties\n\n${L}`, 'talks [Boateng:participant+Carrasco:participant]'],
  [`Boateng Holds Phone Talks With Peruvian FM\n\nGhanaian Foreign Minister Kofi Boateng spoke with Peruvian Foreign Minister Luis Carrasco on Monday.`, 'phone call [Boateng:participant+Carrasco:participant]'],
];
    const missed = cases.filter(([t, want]) => headlineRoles(t) !== want).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('interviews, whoever asked: "In an interview with Xinhua, X said", "told Reuters in an interview", "gave an interview to"; press remarks are none', () => {
    const cases: [string, string][] = [
  ['In an interview with Xinhua, Ghanaian Foreign Minister Kofi Boateng said ties were strong.', 'interview [Boateng:interviewee]'],
  ['Ghanaian Foreign Minister Kofi Boateng told Reuters in an interview that ties were strong.', 'interview [Boateng:interviewee]'],
  ['Ghanaian Foreign Minister Kofi Boateng gave an interview to the BBC on Monday.', 'interview [Boateng:interviewee]'],
  ['Ghanaian Foreign Minister Kofi Boateng granted an exclusive interview to Al Jazeera.', 'interview [Boateng:interviewee]'],
  ['Speaking to the press after the meeting, Ghanaian Foreign Minister Kofi Boateng said ties were strong.', 'none'],
];
    const missed = cases.filter(([t, want]) => headlineRoles(t) !== want).map(([t]) => t);
    assert.deepStrictEqual(missed, []);
  });

  it('names with initials, hyphens, particles and diacritics after an office, a style or a retired rank', () => {
    const names = ['A.K. Abdul Momen', 'M. Venkaiah Naidu', 'S. Jaishankar', 'S Jaishankar', 'AK Abdul Momen', 'Jean-Yves Le Drian', "Sergei K. Shoigu", 'Kim Jong-un', 'Ahmed Al-Sabah', 'Mohammed bin Rashid Al Maktoum', 'Josep Borrell Fontelles', 'Lt. Gen. (Retd) Hamid Karzai', 'Pham Van Đong', 'Nguyễn Phú Trọng', 'Dr. Ashraf Ghani', 'Maria Fernanda Espinosa Garcés', "Dora Bakoyannis", 'Abdulla Shahid', 'Nikos Dendias', 'Ngozi Okonjo-Iweala'];
    const missed = names.filter((n) => !analyze(`Foreign Minister ${n} met the ambassador in the capital on Monday.`).persons.some((x) => x.name === n.replace(/^(?:Lt\. Gen\. \(Retd\)|Dr\.) /, '')));
    assert.deepStrictEqual(missed, []);
    // Mongolian names, an initial joined to the name, after an office that ends with a body's name.
    const joined = ['O.Enkhtsetseg', 'B.Battsetseg', 'G.Zandanshatar', 'N.Enkhtaivan'].filter((n) =>
      analyze(`Acting State Secretary of the Ministry of Foreign Affairs ${n} on May 15 met with the Ambassador of China to Mongolia Chai Wenrui.`).persons.find((x) => x.name === n)?.position !== 'Acting State Secretary of the Ministry of Foreign Affairs');
    assert.deepStrictEqual(joined, []);
  });

  it('service chiefs as South Asian and US releases write them: "the French Navy chief", "Air Force Chief Air Chief Marshal V R X", "for Political-Military Affairs, X", "then-foreign minister X"', () => {
    const nations: [string, string][] = [['French', 'France'], ['Peruvian', 'Peru'], ['Japanese', 'Japan'], ['South Korean', 'South Korea'], ['Kenyan', 'Kenya'], ['Saudi', 'Saudi Arabia'], ['Bangladeshi', 'Bangladesh'], ['US', 'United States']];
    const services: [string, string][] = [['Navy', 'Admiral'], ['Army', 'General'], ['Air Force', 'Air Marshal']];
    const cases: [string, string, string, string][] = [];
    for (const [nat, country] of nations) for (const [service, rank] of services) for (const head of ['chief', 'Chief', 'commander']) {
      const office = `${service} ${head}`;
      cases.push(
        [`Chief of Staff ${rank} Kofi Mensah held talks with his visiting ${nat} counterpart ${rank} Luis Carrasco on Monday.\n\nThe ${nat} ${office} also met the Defence Minister.`, 'Luis Carrasco', office, country],
        [`The ${nat} ${office}, ${rank} Luis Carrasco, called on Chief of Staff ${rank} Kofi Mensah on Monday.`, 'Luis Carrasco', office, country],
        [`${nat} ${office} ${rank} Luis Carrasco called on Chief of Staff ${rank} Kofi Mensah on Monday.`, 'Luis Carrasco', office, country],
        [`Chief of Staff ${rank} Kofi Mensah received ${rank} Luis Carrasco, the ${nat} ${office}, on Monday.`, 'Luis Carrasco', office, country],
      );
    }
    for (const [nat, country] of nations) {
      cases.push(
        [`${nat} Air Force Chief Air Chief Marshal V R Okafor called on the Defence Minister on Monday.`, 'V R Okafor', 'Air Force Chief', country],
        [`The ${nat} Army chief, Gen M M Okafor, called on the Defence Minister on Monday.`, 'M M Okafor', 'Army chief', country],
        [`At the State Department, the ${nat} Admiral met Deputy Assistant Secretary of State for Political-Military Affairs, Stanley L. Brown.`, 'Stanley L. Brown', 'Deputy Assistant Secretary of State for Political-Military Affairs', 'United States'],
        [`The visit is the first by a ${nat} foreign minister since 2011, when then-foreign minister Ama Okafor visited Accra.`, 'Ama Okafor', 'foreign minister', country],
      );
    }
    const key = (s: string | null | undefined) => (s ?? '').toLowerCase();
    const missed = cases.filter(([text, name, office, country]) => {
      const p = analyze(text).persons.find((x) => x.name === name);
      return !p || key(p.position).replace(/^(?:the )?[a-z ]+? (?=(?:navy|army|air force) )/, '') !== key(office) || p.country !== country;
    }).map(([text]) => text);
    assert.deepStrictEqual(missed, []);
  });

  it('talks of two delegations: a lead telling talks, consultations or a joint commission\'s session, then who led each side, in every usual wording', () => {
    const fmt = (t: string) => analyze(t).meetings.filter((m) => !m.referenced).map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}:${p.side}`).sort().join('+')}] ${m.isoDate ?? ''} ${m.place ?? ''}`);
    const leads = [
      'Talks between Peru and Ghana opened in Lima on 3 March 2024.',
      'The second round of Peru-Ghana consultations kicked off in Lima on 3 March 2024.',
      'Political consultations between the foreign ministries of Peru and Ghana took place in Lima on 3 March 2024.',
      'Peru and Ghana held defence talks in Lima on 3 March 2024.',
      'The fourth session of the Peru-Ghana Joint Commission was held in Lima on 3 March 2024.',
    ];
    const heads = [
      'The Peruvian delegation was led by Deputy Foreign Minister Luis Carrasco, the Ghanaian delegation by Ambassador Kofi Mensah.',
      "Peru's delegation is led by Deputy Foreign Minister Luis Carrasco, Ghana's – by Ambassador Kofi Mensah.",
      'The Peruvian side was headed by Deputy Foreign Minister Luis Carrasco, while the Ghanaian side was headed by Ambassador Kofi Mensah.',
      'The Peruvian delegation was headed by Deputy Foreign Minister Luis Carrasco and the Ghanaian delegation by Ambassador Kofi Mensah.',
      'The Peruvian delegation was headed by Deputy Foreign Minister Luis Carrasco. The Ghanaian delegation was led by Ambassador Kofi Mensah.',
      'Deputy Foreign Minister Luis Carrasco led the Peruvian delegation, while Ambassador Kofi Mensah led the Ghanaian delegation.',
      'The Peruvian delegation, led by Deputy Foreign Minister Luis Carrasco, and the Ghanaian delegation, led by Ambassador Kofi Mensah, discussed trade.',
      'The delegations were led by Deputy Foreign Minister Luis Carrasco of Peru and Ambassador Kofi Mensah of Ghana.',
    ];
    const want = 'talks [Carrasco:participant:Peru+Mensah:participant:Ghana] 2024-03-03 Lima';
    const missed: string[] = [];
    for (const lead of leads) for (const head of heads) if (fmt(`${lead} ${head}`).join(' | ') !== want) missed.push(`${lead} ${head}`);
    assert.deepStrictEqual(missed, []);
  });

  it('a rank standing for the one official of that rank: "the Admiral met", "The General later called on"; not where two hold it, nor "the General Assembly"', () => {
    const fmt = (t: string) => analyze(t).meetings.filter((m) => !m.referenced).map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`);
    const ranks: [string, string][] = [['General', 'General'], ['Gen.', 'General'], ['Admiral', 'Admiral'], ['Adm.', 'Admiral'], ['Air Chief Marshal', 'Air Chief Marshal'], ['Air Marshal', 'Air Marshal'], ['Brigadier', 'Brigadier'], ['Commodore', 'Commodore'], ['Lieutenant General', 'Lieutenant General'], ['Lt. Gen.', 'Lieutenant General'], ['Major General', 'Major General'], ['Vice Admiral', 'Vice Admiral'], ['Colonel', 'Colonel']];
    const missed: string[] = [];
    for (const [written, alone] of ranks) {
      const cases: [string, (got: string[]) => boolean][] = [
        [`Chief of Defence Staff ${written} Kofi Mensah arrived in Lima on Monday for a three-day visit. On Tuesday, the ${alone} met Peruvian Defence Minister Luis Carrasco.`, (got) => got.includes('talks [Mensah:participant+Carrasco:participant]')],
        [`Chief of Defence Staff ${written} Kofi Mensah arrived in Lima on Monday. The ${alone} later called on Peruvian Defence Minister Luis Carrasco.`, (got) => got.includes('reception [Mensah:guest+Carrasco:host]')],
        [`Peruvian Defence Minister Luis Carrasco received Chief of Defence Staff ${written} Kofi Mensah on Monday. The ${alone} also held talks with Navy Commander Rear Adm. Jorge Paz.`, (got) => got.some((g) => /^talks \[(?:Mensah:participant\+Paz|Paz:participant\+Mensah)/.test(g))],
      ];
      for (const [text, ok] of cases) if (!ok(fmt(text))) missed.push(text);
    }
    assert.deepStrictEqual(missed, []);
    assert.deepStrictEqual(fmt('General Kofi Mensah and General Ama Boateng arrived in Lima. The General met Peruvian Defence Minister Luis Carrasco.'), ['visit [Mensah:guest+Boateng:guest]']);
    assert.deepStrictEqual(fmt('General Kofi Mensah met Peruvian Defence Minister Luis Carrasco. The General Assembly met in New York.'), ['talks [Mensah:participant+Carrasco:participant]']);
  });

  it('another meeting of the same two told right after, on another day: "Earlier, another phone conversation initiated by the US took place on Saturday"; none planned', () => {
    const fmt = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.date ?? ''} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`);
    const lead = 'Foreign Minister Kofi Mensah held a phone conversation with Peruvian Foreign Minister Luis Carrasco on Tuesday.';
    const first = 'phone call Tuesday [Mensah:participant+Carrasco:participant]';
    const cases: [string, string[]][] = [
      [`${lead} Earlier, another phone conversation initiated by Peru took place on Saturday.`, [first, 'phone call Saturday [Mensah:callee+Carrasco:caller]']],
      [`${lead} It was their second call this week; an earlier call, made at the initiative of the Peruvian side, took place on Saturday.`, [first, 'phone call Saturday [Mensah:callee+Carrasco:caller]']],
      [`${lead} Another phone conversation took place on Saturday.`, [first, 'phone call Saturday [Mensah:participant+Carrasco:participant]']],
      ['Foreign Minister Kofi Mensah met Peruvian Foreign Minister Luis Carrasco on Tuesday. Another meeting took place on Saturday.', ['talks Tuesday [Mensah:participant+Carrasco:participant]', 'talks Saturday [Mensah:participant+Carrasco:participant]']],
      [`${lead} Another conversation will take place on Friday.`, [first]],
      [`${lead} They agreed to hold another meeting on 3 April.`, [first]],
    ];
    const missed = cases.filter(([t, want]) => JSON.stringify(fmt(t)) !== JSON.stringify(want)).map(([t]) => `${t} => ${fmt(t).join(' | ')}`);
    assert.deepStrictEqual(missed, []);
  });

  it('nationalities as agencies write them: "Peru\'s new Foreign Minister X", "Peru\'s new ambassador, X,", "Peruvian and Chilean diplomatic chiefs A and B", "..., RIA Novosti reports"', () => {
    const countryOf = (t: string, name: string) => analyze(t).persons.find((p) => p.name === name)?.country ?? 'not found';
    const missed: string[] = [];
    const check = (t: string, name: string, want: string) => { const got = countryOf(t, name); if (got !== want) missed.push(`${t} => ${name}: ${got}`); };
    for (const [own, nat, country] of [["Peru's", 'Peruvian', 'Peru'], ['Ghana’s', 'Ghanaian', 'Ghana'], ["Japan's", 'Japanese', 'Japan'], ["Brazil's", 'Brazilian', 'Brazil']]) {
      for (const office of ['Foreign Minister', 'Defence Minister', 'Ambassador', 'Chief of Army Staff']) {
        check(`The minister met ${own} new ${office} Luis Carrasco in Lima.`, 'Luis Carrasco', country);
        check(`The minister met ${own} newly appointed ${office} Luis Carrasco in Lima.`, 'Luis Carrasco', country);
        check(`The minister met the new ${nat} ${office} Luis Carrasco in Lima.`, 'Luis Carrasco', country);
      }
      check(`The minister met ${own} new ambassador, Luis Carrasco, in Lima.`, 'Luis Carrasco', country);
      for (const plural of ['diplomatic chiefs', 'envoys', 'foreign ministers', 'counterparts', 'defence chiefs']) {
        check(`Kofi Mensah arrived with ${nat} and Chilean ${plural} Luis Carrasco and Ana Soto.`, 'Luis Carrasco', country);
        check(`Kofi Mensah arrived with the ${nat} and Chilean ${plural} Luis Carrasco and Ana Soto.`, 'Ana Soto', 'Chile');
      }
    }
    for (const [agency, country] of [['RIA Novosti', 'Russia'], ['TASS', 'Russia'], ['Xinhua', 'China'], ['Yonhap', 'South Korea'], ['Bernama', 'Malaysia']]) {
      check(`The meeting of foreign ministers began in the capital of India, ${agency} reports.\n\nThe delegation has no contacts with them, Deputy Foreign Minister Luis Carrasco told reporters.`, 'Luis Carrasco', country);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('a reception of a group of envoys takes the envoys the text names: "received the credentials of the new Ambassadors of Peru, Chile and Japan", a caption naming one', () => {
    const fmt = (t: string) => analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}:${p.side}`).join('+')}]`)[0] ?? 'none';
    const cases: [string, string][] = [
      ['President Kofi Mensah received letters of credentials submitted by the new Ambassadors of Peru, Chile and Japan to Ghana, at a ceremony in Accra on March 17.\n\nPresident Kofi Mensah poses for a photo with Peruvian Ambassador to Ghana Luis Carrasco.', 'reception [Mensah:host:Ghana+Carrasco:guest:Peru]'],
      ['President Kofi Mensah received the credentials of the new ambassadors of Peru and Chile in Accra on Monday. Chilean Ambassador Ana Soto and Peruvian Ambassador Luis Carrasco presented their letters.', 'reception [Mensah:host:Ghana+Soto:guest:Chile+Carrasco:guest:Peru]'],
      ['Foreign Minister Kofi Mensah received several foreign ambassadors in Accra on Monday. Among them was Peruvian Ambassador Luis Carrasco.', 'reception [Mensah:host:Ghana+Carrasco:guest:Peru]'],
      // (An envoy of a country the group does not list is no guest of it.)
      ['President Kofi Mensah received the new envoys of Peru and Chile in Accra on Monday.\n\nThe Japanese Ambassador Ken Sato also attended the ceremony.', 'reception [Mensah:host:Ghana]'],
    ];
    const missed = cases.filter(([t, want]) => fmt(t) !== want).map(([t]) => `${t} => ${fmt(t)}`);
    assert.deepStrictEqual(missed, []);
  });

  it('names in lists and with their country around them: "X from Trinidad and Tobago", "Sri Lanka\'s X", "Foreign Minister al X", "minister delegate for foreign affairs X", "Chief Monitor of the ... Mission to Ukraine X"', () => {
    const person = (t: string, name: string) => analyze(t).persons.find((p) => p.name === name);
    const missed: string[] = [];
    const check = (t: string, name: string, want: { country?: string; position?: string }) => {
      const p = person(t, name);
      if (!p || (want.country !== undefined && p.country !== want.country) || (want.position !== undefined && p.position !== want.position)) missed.push(`${t} => ${name}: ${p ? `${p.position} / ${p.country}` : 'not found'}`);
    };
    for (const [country, own] of [['Trinidad and Tobago', "Trinidad and Tobago's"], ['Sri Lanka', "Sri Lanka's"], ['South Korea', "South Korea's"], ['Maldives', "the Maldives'"], ['Peru', "Peru's"]]) {
      check(`There were two women among the new ambassadors: Marina Valere from ${country === 'Maldives' ? 'the Maldives' : country}, and Ana Soto from Chile.`, 'Marina Valere', { country });
      if (!own.startsWith('the')) check(`The others were ${own} Devinda R. Subasinghe, Panama's Roberto Alfaro and Malta's John Lowell.`, 'Devinda R. Subasinghe', { country });
    }
    for (const name of ['al Sadiq al Mahdi', 'el Tayeb Hassan', 'al Mahdi Osman']) check(`He met President Abdel Burhan and Foreign Minister ${name} on Monday.`, name, { position: 'Foreign Minister' });
    check('The audience was attended by minister delegate for foreign affairs Youssef Amrani.', 'Youssef Amrani', { position: 'minister delegate for foreign affairs' });
    check('He met the Chief Monitor of the OSCE Special Monitoring Mission to Ukraine Ertugrul Apakan on Monday.', 'Ertugrul Apakan', { position: 'Chief Monitor of the OSCE Special Monitoring Mission to Ukraine' });
    assert.deepStrictEqual(missed, []);
    // (Capitalized words before "from" in no list are no name: "The Heads of Diplomatic Missions from Australia arrived".)
    assert.deepStrictEqual(analyze('The Heads of Diplomatic Missions from Australia and Japan arrived in Wellington. It handed the Pro-Tempore Presidency from Peru to Chile.').persons.map((p) => p.name), []);
  });

  it('envoys accredited from abroad: "Ambassador of Latvia to New Zealand, resident in Canberra, Australia, H.E. X" calls on a host of the country posted to, where the text says', () => {
    const fmt = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.place ?? ''} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}:${p.side}`).join('+')}]`);
    const missed: string[] = [];
    for (const [envoy, of, to, toCountry, resident] of [
      ['Ambassador', 'Latvia', 'New Zealand', 'New Zealand', 'Canberra, Australia'],
      ['High Commissioner', 'Australia', 'Samoa', 'Samoa', 'Wellington'],
      ['Ambassador', 'Peru', 'Ghana', 'Ghana', 'Abuja, Nigeria'],
      ['Ambassador', 'Chile', 'the Philippines', 'Philippines', 'Jakarta'],
    ]) {
      const city = toCountry === 'Samoa' ? 'Apia' : toCountry === 'Ghana' ? 'Accra' : toCountry === 'Philippines' ? 'Manila' : 'Wellington';
      const text = `The ${envoy} of ${of} to ${to}, resident in ${resident}, H.E. Margers Okafor paid a courtesy call on Foreign Minister Nanaia Boateng in ${city} on Monday.`;
      const want = `reception ${city} [Okafor:guest:${of}+Boateng:host:${toCountry}]`;
      if (fmt(text).join(' | ') !== want) missed.push(`${text} => ${fmt(text).join(' | ')}`);
      // (Where the text names no city, none: the residence is not the meeting's place.)
      const noCity = `The ${envoy} of ${of} to ${to}, resident in ${resident}, H.E. Margers Okafor paid a courtesy call on Foreign Minister Nanaia Boateng on Monday.`;
      if (fmt(noCity)[0]?.includes(resident.split(',')[0])) missed.push(`${noCity} => ${fmt(noCity).join(' | ')}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('a weekday in a text with no release date, resolved by the days it gives in full: "a visit from 6 to 7 January 2020 ... on Monday"', () => {
    const iso = (t: string) => analyze(t).meetings.find((m) => m.headline)?.isoDate ?? null;
    const cases: [string, string | null][] = [
      ['Kigali: Chief of Staff Lt Gen Kofi Mensah conducted a two-day visit in Rwanda from 6 to 7 January 2020.\n\nOn Monday, Lt Gen Kofi Mensah was welcomed by the Chief of Defence Staff, Gen Luis Carrasco.', '2020-01-06'],
      ['Kigali: Chief of Staff Lt Gen Kofi Mensah conducted a visit to Rwanda on 6-8 March 2023.\n\nOn Tuesday, Lt Gen Kofi Mensah held talks with the Chief of Defence Staff, Gen Luis Carrasco.', '2023-03-07'],
      ['Kigali: Chief of Staff Lt Gen Kofi Mensah arrived in Rwanda on 14 May 2021 for a visit.\n\nOn Friday, Lt Gen Kofi Mensah held talks with the Chief of Defence Staff, Gen Luis Carrasco.', '2021-05-14'],
      // (No day of the text falls on it: none.)
      ['Kigali: Chief of Staff Lt Gen Kofi Mensah arrived in Rwanda on 14 May 2021 for a visit.\n\nOn Monday, Lt Gen Kofi Mensah held talks with the Chief of Defence Staff, Gen Luis Carrasco.', null],
    ];
    const missed = cases.filter(([t, want]) => iso(t) !== want).map(([t]) => `${t} => ${iso(t)}`);
    assert.deepStrictEqual(missed, []);
  });

  it('datelines behind an agency or a venue: "AKP Phnom Penh, June 18, 2018 —", "Xinhua Beijing, ...", "State House, Accra, Monday 3 March 2024 –"', () => {
    const fmt = (t: string) => analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.isoDate} ${m.place}`)[0] ?? 'none';
    const lead = 'President Nana Akufo received Peruvian Ambassador Luis Carrasco.';
    const cases: [string, string][] = [];
    for (const city of ['Phnom Penh', 'Accra', 'Beijing', 'Freetown', 'Hanoi']) {
      cases.push(
        [`Title of the release\n\nAKP ${city}, June 18, 2018 — ${lead}`, `2018-06-18 ${city}`],
        [`Title of the release\n\nXinhua ${city}, June 18, 2018 — ${lead}`, `2018-06-18 ${city}`],
        [`Title of the release\n\nState House, ${city}, Monday 3 March 2024 – ${lead}`, `2024-03-03 ${city}`],
        [`Title of the release\n\nPresidential Lodge, Hill station, ${city}, Friday 28 January 2022 – ${lead}`, `2022-01-28 ${city}`],
      );
    }
    const missed = cases.filter(([t, want]) => fmt(t) !== want).map(([t]) => `${t} => ${fmt(t)}`);
    assert.deepStrictEqual(missed, []);
  });

  it('the city of talks told after a press conference or a visit to the country: "gave a joint press conference after bilateral talks in Sochi"', () => {
    const place = (t: string) => analyze(t).meetings.filter((m) => m.headline).map((m) => m.place)[0] ?? 'none';
    const missed: string[] = [];
    for (const [city, country] of [['Sochi', 'Russia'], ['Antalya', 'Turkey'], ['Mombasa', 'Kenya'], ['Cusco', 'Peru']]) {
      for (const after of ['after bilateral talks', 'after their talks', 'after the talks', 'following their meeting']) {
        const t = `Foreign Minister Kofi Mensah and his ${country === 'Russia' ? 'Ghanaian' : 'Ghanaian'} counterpart Ama Boateng gave a joint press conference ${after} in ${city}.`;
        if (place(t) !== city) missed.push(`${t} => ${place(t)}`);
        const visit = `Foreign Minister Kofi Mensah is visiting ${country} to take part in the meeting of the Joint Commission.\n\nForeign Minister Luis Carrasco and Kofi Mensah gave a joint press conference ${after} in ${city}.`;
        if (place(visit) !== city) missed.push(`${visit} => ${place(visit)}`);
      }
    }
    assert.deepStrictEqual(missed, []);
  });

  it('"He also met the Defence Ministers of Kazakhstan and Uzbekistan", the holders named elsewhere: a meeting with each, apart', () => {
    const missed: string[] = [];
    for (const [office, plural] of [['Defence Minister', 'Defence Ministers'], ['Foreign Minister', 'Foreign Ministers'], ['Minister of Defence', 'Ministers of Defence']]) {
      const text = `Defence Minister Kofi Mensah held a meeting with the ${office} of Peru, General Luis Carrasco, in Moscow on Saturday.\n\nHe also met the ${plural.replace(/ of Defence$/, '')} of Chile and Brazil.\n\n“Productive interaction with the ${office} of Chile, General Ana Soto. We discussed defence cooperation,” he tweeted, adding “I had a wonderful meeting with Brazil’s ${office}, General Paulo Souza in Moscow today.”`;
      const want = ['talks [Mensah+Carrasco] Moscow', 'talks [Mensah+Soto] Moscow', 'talks [Mensah+Souza] Moscow'];
      if (JSON.stringify(meetingsAt(text)) !== JSON.stringify(want)) missed.push(`${text} => ${meetingsAt(text).join(' | ')}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('cities of every country as places of meetings and as the home of whoever meets a foreign counterpart there; a visitor received at a dateline abroad keeps his own country', () => {
    const missed: string[] = [];
    for (const c of countriesData.countries as { name: string; cities?: string[] }[]) {
      if (c.name === 'Peru') continue;
      // ("in The Hague": a city opening with the article is a place, of no country the lexicon gives.)
      for (const city of (c.cities ?? []).filter((x) => !x.startsWith('The '))) {
        const a = analyze(`Defence Minister Kofi Mensah met his Peruvian counterpart Luis Carrasco in ${city} on Monday.`);
        const host = a.persons.find((x) => x.name === 'Kofi Mensah');
        if (host?.country !== c.name || a.meetings[0]?.place !== city) missed.push(`${city} (${c.name}) => ${host?.country} / ${a.meetings[0]?.place}`);
      }
    }
    assert.deepStrictEqual(missed, []);
    const visitor = analyze('Miami.- Armed Forces minister Luis Carrasco visited the facilities of the United States Southern Command, invited by its chief, U.S. Air Force general Tom Walker. Upon his arrival the Peruvian Lieutenant General was received with honors.');
    assert.deepStrictEqual(visitor.persons.map((p) => `${p.name}/${p.country}`), ['Luis Carrasco/Peru', 'Tom Walker/United States']);
  });

  it('a bare head named by the body before it, as releases write it: "Defence Ministry spokesman X", "SOUTHCOM Commander Adm. X", "Chinese Defense Ministry spokesperson Senior Colonel X"; not after the body\'s possessive', () => {
    const pos = (t: string, name: string) => analyze(t).persons.find((p) => p.name === name)?.position ?? 'not found';
    const missed: string[] = [];
    for (const [body, head] of [['Defence Ministry', 'spokesman'], ['Foreign Ministry', 'spokeswoman'], ['State Department', 'spokesperson'], ['SOUTHCOM', 'Commander'], ['Joint Staff', 'Spokesperson'], ['Navy', 'chief']]) {
      for (const lead of ['', 'Peruvian ']) {
        const t = `${lead}${body} ${head} Luis Carrasco said on Monday that the talks went well.`;
        if (pos(t, 'Luis Carrasco') !== `${body} ${head}`) missed.push(`${t} => ${pos(t, 'Luis Carrasco')}`);
      }
      const possessive = `The ${body}'s ${head.toLowerCase()} Luis Carrasco said on Monday that the talks went well.`;
      if (pos(possessive, 'Luis Carrasco') !== head.toLowerCase()) missed.push(`${possessive} => ${pos(possessive, 'Luis Carrasco')}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('a full name no structure introduces, opening a sentence before a verb, its surname named again on its own: "Mevlüt Çavuşoğlu shared a post ... Çavuşoğlu and Suzuki exchanged views"', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    const missed: string[] = [];
    for (const [name, surname] of [['Mevlüt Çavuşoğlu', 'Çavuşoğlu'], ['Kenneth Juster', 'Juster'], ['Ngozi Adaeze Okafor', 'Okafor'], ['Hanna Virtanen', 'Virtanen'], ["Seán O'Brien", "O'Brien"]]) {
      for (const verb of ['shared a post on Twitter', 'stepped down in January', 'said the visit was a success', 'has held the post since 2019']) {
        const t = `The ministry welcomed the new ambassadors.\n\n${name} ${verb}.\n\nAccording to sources, ${surname} and the Japanese envoy also exchanged views.`;
        if (!names(t).includes(name)) missed.push(t);
      }
    }
    assert.deepStrictEqual(missed, []);
    // (Not words the text uses otherwise, before no verb, or said once only.)
    assert.deepStrictEqual(names('Close Nordic cooperation is needed. Nordic ministers met in Oslo.'), []);
    assert.deepStrictEqual(names('Hanna Virtanen stepped down in January. The post remained vacant.'), []);
  });

  it('"Turkey\'s foreign minister welcomed ...", the one official the text names with no office or country anywhere holding it', () => {
    const missed: string[] = [];
    for (const [own, country, office] of [["Turkey's", 'Turkey', 'foreign minister'], ["Ghana's", 'Ghana', 'defence minister'], ["Peru's", 'Peru', 'Foreign Minister'], ["Japan's", 'Japan', 'top diplomat']]) {
      const t = `${own} ${office} on Jan. 4 welcomed the new ambassador of Chile, Ana Soto, and the new ambassador of Sweden, Staffan Berg.\n\nMevlüt Okafor shared a post on Twitter with pictures of the meetings.\n\nOkafor and Soto also exchanged views on trade.`;
      const p = analyze(t).persons.find((x) => x.name === 'Mevlüt Okafor');
      if (!p || p.country !== country || (office !== 'top diplomat' && p.position !== office)) missed.push(`${t} => ${p?.position} / ${p?.country}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('a minister\'s portfolios are no body, however they read: "Minister of Defence and Armed Forces Logistics", "Minister of Defence and Military Production"', () => {
    const missed: string[] = [];
    for (const portfolio of ['Defence and Armed Forces Logistics', 'Defense and Military Production', 'Defence and National Service', 'Foreign Affairs and International Cooperation', 'Defence and Veterans Affairs']) {
      const t = `He met Iran's Minister of ${portfolio}, Brigadier General Amir Hatami, on Saturday.`;
      const a = analyze(t);
      const p = a.persons.find((x) => x.name === 'Amir Hatami');
      const bodies = a.entities.filter((e) => e.type === 'organization').map((e) => e.text);
      if (p?.position !== `Minister of ${portfolio}` || p.organization !== null || bodies.length > 0) missed.push(`${t} => ${p?.position} / ${p?.organization} / ${bodies.join(', ')}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('state news agencies name the home of the officials a release gives no country ("By IRNA,", "Source: KUNA"); the one whose envoy meets is no party', () => {
    const missed: string[] = [];
    for (const [agency, country] of [['KUNA', 'Kuwait'], ['WAM', 'United Arab Emirates'], ['SPA', 'Saudi Arabia'], ['QNA', 'Qatar'], ['BNA', 'Bahrain'], ['ONA', 'Oman'], ['AZERTAC', 'Azerbaijan'], ['Kazinform', 'Kazakhstan'], ['BelTA', 'Belarus'], ['ANSA', 'Italy'], ['Prensa Latina', 'Cuba'], ['KCNA', 'North Korea'], ['IRNA', 'Iran']]) {
      // (Filed from a city, the text's home is the city's: "GENEVA, Nov 26 (KUNA) --" is told from Switzerland.)
      for (const top of [`Title of the release\n\nBy ${agency},\n\n`, `Title of the release\n\nSource: ${agency}\n\n`]) {
        const t = `${top}Deputy Foreign Minister Kofi Mensah met the Peruvian ambassador Luis Carrasco on Monday.`;
        const p = analyze(t).persons.find((x) => x.name === 'Kofi Mensah');
        if (p?.country !== country) missed.push(`${t} => ${p?.country}`);
      }
    }
    assert.deepStrictEqual(missed, []);
    // (Not a wire that covers the world: "Quito, June 3 (EFE).- ... President Joe X" is no Spaniard.)
    assert.ok(analyze('Talks in Quito\n\nBy EFE,\n\nDeputy Foreign Minister Kofi Mensah met the Peruvian ambassador Luis Carrasco on Monday.').persons.every((p) => p.country !== 'Spain'));
    const envoy = analyze('By IRNA,\n\nAlgiers : President Ahmadinejad\'s special envoy Mohammad Reza Baqeri conferred with Foreign Minister Kofi Mensah of Ghana in Sharm el-Sheikh on Saturday.');
    assert.deepStrictEqual(envoy.meetings.map((m) => m.participants.map((p) => p.name).join('+')), ['Mohammad Reza Baqeri+Kofi Mensah']);
    assert.strictEqual(envoy.persons.find((p) => p.name === 'Ahmadinejad')?.country, 'Iran');
  });

  it('a host received at his country\'s seat of government serves it: "at the Casa Rosada", "at the San Martín Palace", "at Malacañang", "at the Blue House"', () => {
    const missed: string[] = [];
    for (const [seat, country] of [['the Casa Rosada', 'Argentina'], ['the San Martín Palace', 'Argentina'], ['Malacañang', 'Philippines'], ['the Blue House', 'South Korea'], ['the Quirinal Palace', 'Italy'], ['Hyderabad House', 'India'], ['the Great Hall of the People', 'China'], ['Miraflores Palace', 'Venezuela'], ['the Kremlin', 'Russia'], ['the Élysée', 'France']]) {
      const t = `President Kofi Mensah received his Peruvian counterpart Luis Carrasco at ${seat} on Monday.`;
      const p = analyze(t).persons.find((x) => x.name === 'Kofi Mensah');
      if (p?.country !== country) missed.push(`${t} => ${p?.country}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('every seat of government the lexicon knows places a reception in its city and gives its host the country that city is in', () => {
    const countryOfCity = new Map<string, string>();
    for (const c of countriesData.countries as { name: string; capital: string; capitalAliases?: string[]; cities?: string[] }[]) {
      for (const city of [c.capital, ...(c.capitalAliases ?? []), ...(c.cities ?? [])]) countryOfCity.set(city, c.name);
    }
    const wrong: string[] = [];
    for (const [seat, city] of Object.entries<string>(orgData.seatCities)) {
      const t = `President Kofi Mensah received his Peruvian counterpart Luis Carrasco at the ${seat} on Monday.`;
      const a = analyze(t);
      const host = a.persons.find((x) => x.name === 'Kofi Mensah');
      if (host?.country !== countryOfCity.get(city) || a.meetings[0]?.place !== city) wrong.push(`${seat}: ${host?.country} ${a.meetings[0]?.place}`);
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('"... the first visit by a Ghanaian foreign minister since 2011 when then-foreign minister Y visited for talks": Y\'s office, and no meeting with the one whose trip it is', () => {
    const t = 'Foreign Minister Kofi Mensah held a bilateral meeting with his Peruvian counterpart Luis Carrasco in Lima on Thursday.\n\nMensah\'s trip is the first visit to Peru by a Ghanaian foreign minister since 2011 when then-foreign minister Ama Boateng visited for peace talks.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => p.name).join('+')).filter((x) => x.includes('Mensah') && x.includes('Boateng')), []);
    const p = a.persons.find((x) => x.name === 'Ama Boateng');
    assert.strictEqual(p?.position, 'foreign minister');
  });

  it('"met today with Denis X, the new envoy": a name no structure introduces, after a meeting verb and an adverb', () => {
    const missed: string[] = [];
    for (const adverb of ['today', 'yesterday', 'separately', 'also', 'later', 'briefly']) {
      const t = `Defence Minister Kofi Mensah met ${adverb} with Denis Kuznetsov, the new envoy.`;
      const r = headlineRoles(t);
      if (r !== 'talks [Mensah:participant+Kuznetsov:participant]') missed.push(`${t} => ${r}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('"The British official was accompanied by ... and Defense official Simon X": a name after "official", on the side of the one accompanied, told by nationality or as the visitor', () => {
    const missed: string[] = [];
    for (const [subject, side, role] of [['The British official', 'United Kingdom', 'guest'], ['The British delegation', 'United Kingdom', 'guest'], ['The visiting official', 'United Kingdom', 'guest'], ['The Ghanaian official', 'Ghana', 'host']]) {
      const t = `Defence Minister Kofi Mensah of Ghana received British Defence Minister Mark Lancaster on Tuesday. ${subject} was accompanied by Air Force official Simon Edwards.`;
      const m = analyze(t).meetings.find((x) => x.headline);
      const p = m?.participants.find((x) => x.name === 'Simon Edwards');
      if (p?.role !== role || p.side !== side) missed.push(`${subject} => ${p ? `${p.role}/${p.side}` : 'absent'}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('an opening participle\'s agent is the main clause\'s subject: "Speaking after receiving the envoys, President X said", "Receiving Ambassador Y, President X said"', () => {
    assert.strictEqual(headlineRoles('Receiving Ambassador Luis Carrasco of Peru, President Kofi Mensah said ties were strong.'), 'reception [Mensah:host+Carrasco:guest]');
    assert.strictEqual(headlineRoles('President Kofi Mensah received the new envoys on Thursday.\n\nSpeaking after receiving the letters of credence from the envoys, President Mensah said ties were strong.'), 'reception [Mensah:host]');
  });

  it('a group of envoys received, then listed ("The ambassadors are X from Norway, ...", "– His Excellency X, High Commissioner of Gabon"): every one a guest; "accredited to Ghana" gives the host\'s country', () => {
    const list = (t: string) => {
      const m = analyze(t).meetings.find((x) => x.headline);
      return m ? m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+') : 'none';
    };
    assert.strictEqual(list('BEIJING -- President Wang Lixin received the credentials presented by three new ambassadors to China on Tuesday.\n\nThe ambassadors are Geir Otto Haugland from Norway, Alberto Carrasco from Spain, and Milia Haddad from Lebanon.\n\nWang welcomed the ambassadors to China.'),
      'Lixin:host/China+Haugland:guest/Norway+Carrasco:guest/Spain+Haddad:guest/Lebanon');
    assert.strictEqual(list('President Kofi Mensah on Thursday formally received the Letters of Credence from two new envoys accredited to Ghana.\n\nThe new envoys who presented their credentials are:\n\n– His Excellency Conrad Vincent Dubois, High Commissioner of The Republic of Seychelles.\n\n– His Excellency Maximin Obiang, Ambassador of the Republic of Gabon.'),
      'Mensah:host/Ghana+Dubois:guest/Seychelles+Obiang:guest/Gabon');
  });

  it('"X, who had been Solomon Islands\' minister of foreign affairs, ...": the country of an office told in a clause about the one named', () => {
    const missed: string[] = [];
    for (const verb of ['had been', 'was', 'is', 'served as']) {
      const t = `Foreign Minister Winston Carter met Prime Minister Jeremiah Tolo in Honiara on Monday and in New Zealand on Friday.\n\nTolo, who ${verb} Solomon Islands' minister of foreign affairs since 2019, thanked him.`;
      const p = analyze(t).persons.find((x) => x.name === 'Jeremiah Tolo');
      if (p?.country !== 'Solomon Islands') missed.push(`${verb} => ${p?.country}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('"X was leading a delegation of MPs, including A, B and C": those the delegation includes attend on X\'s side', () => {
    const t = 'Foreign Minister Winston Carter of New Zealand met Prime Minister Jeremiah Tolo of Solomon Islands in Honiara on Monday.\n\nCarter was leading a delegation of MPs, including Health Minister and Minister for Pacific Peoples Dr Shane Rewi, and Climate Change Minister Simon Walters.';
    assert.strictEqual(headlineRoles(t), 'talks [Carter:participant+Tolo:participant+Rewi:participant+Walters:participant]');
    const a = analyze(t);
    assert.deepStrictEqual(['Shane Rewi', 'Simon Walters'].map((n) => { const p = a.persons.find((x) => x.name === n); return `${p?.position}/${p?.country}`; }),
      ['Health Minister and Minister for Pacific Peoples/New Zealand', 'Climate Change Minister/New Zealand']);
  });

  it('"The 11th meeting of the Deputy Foreign Ministers ... was held in Dushanbe. Along with the delegation of the Republic of Tajikistan headed by X, A of the Kyrgyz Republic B, ... also took part": one multilateral meeting of all', () => {
    const t = 'On 8 December 2021, the 11th annual meeting of the Deputy Foreign Ministers of the Central Asian countries was held in Dushanbe.\n\nAlong with the delegation of the Republic of Tajikistan headed by the Deputy Minister of Foreign Affairs Farrukh Salimov, Deputy Minister of Foreign Affairs of the Kyrgyz Republic Aziz Madiev, Deputy Minister of Foreign Affairs of Turkmenistan Vepa Hojayev and representatives of donor countries also took part and delivered the speeches.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.strictEqual(m && `${m.kind} ${m.isoDate} ${m.place}: ${m.participants.map((p) => `${p.name}/${p.side}`).join(', ')}`,
      'multilateral 2021-12-08 Dushanbe: Farrukh Salimov/Tajikistan, Aziz Madiev/Kyrgyzstan, Vepa Hojayev/Turkmenistan');
  });

  it('what two officials of different countries did together reports their meeting: "Minister X and his Colombian counterpart Y reaffirmed ..."; not one official alone, not two of one country, not beside a meeting word', () => {
    const missed: string[] = [];
    for (const verb of ['reaffirmed the bilateral commitments', 'agreed to boost trade', 'reviewed bilateral ties', 'signed an agreement on defence', 'pledged closer cooperation', 'underscored the strategic partnership']) {
      for (const pair of ['Foreign Minister Luis Carrasco of Peru and his Colombian counterpart Claudia Ortega', 'Peruvian Defence Minister Luis Carrasco and the Defence Minister of Thailand Gen Prawit Somchai']) {
        const t = `${pair} ${verb} on Monday.`;
        const r = headlineRoles(t);
        if (!/^talks \[Carrasco:participant\+(?:Ortega|Somchai):participant\]$/.test(r)) missed.push(`${t} => ${r}`);
      }
    }
    for (const t of ['Foreign Minister Luis Carrasco of Peru reaffirmed support for Colombia on Monday.', 'Peruvian Foreign Minister Luis Carrasco and Peruvian Defence Minister Ana Ortega reaffirmed their commitment on Monday.',
      'Foreign Minister Luis Carrasco of Peru and his Colombian counterpart Claudia Ortega met in Lima on Monday and reaffirmed their commitment.']) {
      const kinds = analyze(t).meetings.map((m) => `${m.wording}: ${m.participants.map((p) => p.name).join('+')}`);
      if (kinds.some((k) => /^reaffirmed/.test(k))) missed.push(`${t} => ${kinds.join('; ')}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('"Source: Kuwait News Agency": a state agency written out names the home of the officials; a host of several envoys "to Kuwait" serves Kuwait', () => {
    const missed: string[] = [];
    for (const [agency, country] of [['Kuwait News Agency', 'Kuwait'], ['Saudi Press Agency', 'Saudi Arabia'], ['Vietnam News Agency', 'Vietnam'], ['Qatar News Agency', 'Qatar']]) {
      const t = `Deputy Prime Minister Fahad Yusuf met the Peruvian ambassador Luis Carrasco on Monday.\n\nSource: ${agency}`;
      const p = analyze(t).persons.find((x) => x.name === 'Fahad Yusuf');
      if (p?.country !== country) missed.push(`${agency} => ${p?.country}`);
    }
    assert.deepStrictEqual(missed, []);
    const a = analyze("Defence Minister Fahad Yusuf on Monday received Japan's Ambassador to Kuwait Morino Yasuda and Italy's Ambassador to Kuwait Lorenzo Moretti.");
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place}: ${m.participants.map((p) => `${p.name}/${p.side}`).join(', ')}`), ['Kuwait: Fahad Yusuf/Kuwait, Morino Yasuda/Japan, Lorenzo Moretti/Italy']);
  });

  it('"The Secretary General of the Organization of American States (OAS), José Miguel X, met ...": a short form between an office and the holder after the comma', () => {
    const a = analyze('The Secretary General of the Organization of American States (OAS), José Miguel Insunza, met today with the Minister of Foreign Affairs of Portugal, Paulo Portela.');
    const p = a.persons.find((x) => x.name === 'José Miguel Insunza');
    assert.strictEqual(`${p?.position} / ${p?.country}`, 'Secretary General of the Organization of American States / Organization of American States');
  });

  it('"The meeting, held at OAS headquarters in Washington, DC, was also ...": a sentence about the meeting just told gives its place; not a call\'s', () => {
    const at = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.place}`);
    assert.deepStrictEqual(at('Foreign Minister Kofi Mensah of Ghana met his Peruvian counterpart Luis Carrasco on Monday.\n\nThe meeting, held at the Foreign Ministry headquarters in Lima, was also an opportunity to review trade.'), ['talks Lima']);
    assert.deepStrictEqual(at('Foreign Minister Kofi Mensah of Ghana held talks with his Peruvian counterpart Luis Carrasco on Monday. The talks, which took place in Cusco, covered trade.'), ['talks Cusco']);
    assert.deepStrictEqual(at('Foreign Minister Kofi Mensah of Ghana had a phone call with his Peruvian counterpart Luis Carrasco on Monday. The meeting, held at the Foreign Ministry in Lima, was short.'), ['phone call null']);
  });

  it('a group\'s roll tells each member\'s office: "received the credentials presented by three new ambassadors to China. The ambassadors are X from Norway, ..."', () => {
    const a = analyze('BEIJING -- President Wang Lixin received the credentials presented by two new ambassadors to China on Tuesday.\n\nThe ambassadors are Geir Otto Haugland from Norway and Alberto Carrasco from Spain.');
    assert.deepStrictEqual(['Geir Otto Haugland', 'Alberto Carrasco'].map((n) => a.persons.find((p) => p.name === n)?.position), ['ambassador to China', 'ambassador to China']);
  });

  it('"The day before", "The next day": a meeting dated by the one told just before it', () => {
    const dates = (t: string) => analyze(t).meetings.map((m) => `${m.participants.map((p) => p.name.split(' ').pop()).join('+')} ${m.isoDate}`);
    const lead = 'Foreign Minister Kofi Mensah of Ghana met his Peruvian counterpart Luis Carrasco in Lima on 25 November 2016.';
    assert.deepStrictEqual(dates(`${lead} The next day, Mensah called on President Ana Torres.`), ['Mensah+Carrasco 2016-11-25', 'Mensah+Torres 2016-11-26']);
    assert.deepStrictEqual(dates(`${lead} The day before, Mensah participated in a meeting with Peruvian Defence Minister Ana Torres.`), ['Mensah+Carrasco 2016-11-25', 'Mensah+Torres 2016-11-24']);
    assert.deepStrictEqual(dates(`${lead} A day later, Mensah called on President Ana Torres.`), ['Mensah+Carrasco 2016-11-25', 'Mensah+Torres 2016-11-26']);
  });

  it('"The heads of the foreign ministries of Russia and the United States, Sergey X and Mike Y, during a telephone conversation, discussed ...": two names past an aside, each of the country named in the same order', () => {
    for (const [a, b] of [['the Russian Federation', 'the United States'], ['Peru', 'Chile'], ['Ghana', 'Nigeria']]) {
      const t = `The heads of the foreign affairs agencies of ${a} and ${b}, Sergey Volkov and Mike Porter, during a telephone conversation, discussed the preparations for the meeting of the leaders.`;
      const m = analyze(t).meetings.find((x) => x.headline);
      const want = [a, b].map((c) => c.replace(/^the /, '').replace('Russian Federation', 'Russia'));
      assert.strictEqual(m && `${m.kind}: ${m.participants.map((p) => `${p.name}/${p.side}`).join(', ')}`, `phone call: Sergey Volkov/${want[0]}, Mike Porter/${want[1]}`);
    }
  });

  it('a nationality opening the capitalized words before a name gives its country: "Palestinian Authority Chairman X", "Iraqi Kurdistan Region President Y"; not across a line', () => {
    const missed: string[] = [];
    for (const [before, country] of [['Palestinian Authority Chairman', 'Palestine'], ['Iraqi Kurdistan Region President', 'Iraq'], ['Somali Federal Government Prime Minister', 'Somalia']]) {
      const t = `German Foreign Minister Joschka Weber met Peruvian Foreign Minister Luis Carrasco and ${before} Yasir Haddad on Monday in Berlin.`;
      const p = analyze(t).persons.find((x) => x.name === 'Yasir Haddad');
      if (p?.country !== country) missed.push(`${before} => ${p?.country}`);
    }
    assert.deepStrictEqual(missed, []);
    const p = analyze('PM holds talks with Portuguese President Sousa\n\nPrime Minister Narendra Mody and Portuguese President Marcelo Sousa held talks in New Delhi on Friday.').persons.find((x) => x.name === 'Narendra Mody');
    assert.notStrictEqual(p?.country, 'Portugal');
  });

  it('no person is named "Republic", "Democratic" or "FM": "Ambassador of the Republic Democratic Republic of Ethiopia X", "FM Fischer" for Joschka Fischer', () => {
    const a = analyze('ISLAMABAD, Oct 5: Ambassador of the Republic Democratic Republic of Ethiopia Jamal Beker Abdo called on the Minister for Defence Khawaja Asif here on Wednesday.');
    assert.deepStrictEqual(a.persons.map((p) => p.name).sort(), ['Jamal Beker Abdo', 'Khawaja Asif']);
    const b = analyze('Foreign Minister Shimon Peled received a telephone call on Monday from the Foreign Minister of Germany, Joschka Fischer.\n\nFM Fischer noted that hope must be renewed.');
    assert.deepStrictEqual(b.persons.map((p) => p.name).sort(), ['Joschka Fischer', 'Shimon Peled']);
  });

  it('a meeting that "can only take place after careful preparation", or "the preparations for the meeting of": not one held', () => {
    const t = 'Foreign Minister Shimon Peled of Israel received a telephone call on Monday from the Foreign Minister of Germany, Joschka Fischer.\n\nPeled stated that his meeting with Palestinian Authority Chairman Yasir Haddad can only take place after careful preparation.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => p.name.split(' ').pop()).join('+')), ['Peled+Fischer']);
  });

  it('"Bilawal Bhutto" for Bilawal Bhutto-Zardari: a double surname written by its first half is the same person', () => {
    const a = analyze('Bilawal Bhutto met Russia\'s Lavrov\n\nPakistan Foreign Minister Bilawal Bhutto-Zardari on Thursday held a bilateral meeting with his Russian counterpart Sergey Lavrov in Goa.');
    assert.deepStrictEqual(a.persons.map((p) => p.name).sort(), ['Bilawal Bhutto-Zardari', 'Sergey Lavrov']);
  });

  it('a body\'s readout from its seat: the dateline\'s city is no home of those it names; the Secretary-General serves no body of one he meets', () => {
    const a = analyze('Readout of the Secretary-General\'s meeting with H.E. Mr. Yun Jae-ho, Minister for Foreign Affairs of the Republic of Korea\n\nNew York, 26 September 2013\n\nThe Secretary-General Ban Ki-moon and Foreign Minister Yun Jae-ho of the Republic of Korea met today.\n\nThe Secretary-General reiterated the firm support of the United Nations for the process launched by President Park Min-ji.');
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Park Min-ji')?.country, 'United States');
    const b = analyze('New York\n\n23 September 2012\n\nThe Secretary-General met with H.E. Ms. Catherine Ashby, High Representative for Foreign Affairs and Security Policy of the European Union.\n\nBan Ki-moon, Secretary-General\n\nThey shared views on the Iran nuclear issue at the United Nations.');
    assert.strictEqual(b.persons.find((p) => p.name === 'Ban Ki-moon')?.country, 'United Nations');
  });

  it('"Minister X and French Defense Minister Y exchanged views on ...": a meeting where the nationality sets the second apart; "X and Y also exchanged views" adds nothing to the meeting told', () => {
    assert.deepStrictEqual(analyze('Japan - France Meeting\n\nMinister Ishikawa and French Defense Minister Hervé Morel exchanged views on the regional situation, including China.').meetings.map((m) => `${m.kind}: ${m.participants.map((p) => p.name).join('+')}`),
      ['talks: Ishikawa+Hervé Morel']);
    const t = 'Foreign Minister Mevlüt Aksoy on Jan. 4 welcomed Japan\'s new ambassador Kazuhiro Sato at the ministry in Ankara.\n\nAksoy and Sato also exchanged views on ways to enhance bilateral relations.';
    assert.strictEqual(headlineRoles(t), 'reception [Aksoy:host+Sato:guest]');
  });

  it('a verb of a title-case headline is no name: "Japanese Defense Minister Says Will Meet With US Counterpart"', () => {
    const a = analyze('Japanese Defense Minister Says Will Meet With US Counterpart On September 14\n\nTOKYO - Japanese Defense Minister Yasuhiro Hamano said on Tuesday he will visit the United States.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Yasuhiro Hamano']);
  });

  it('a country\'s name naming a venue is no place: "at the General Headquarters in Burma Camp" (Accra), "at India House"', () => {
    const t = 'A delegation led by the Commander of United States Africa Command, General Michael Langford, paid a courtesy call on the Chief of the Defence Staff, Vice Admiral Seth Amoako, at the General Headquarters in Burma Camp.\n\nAmoako underscored the assistance the Ghana Armed Forces had received from the US.';
    const a = analyze(t);
    assert.strictEqual(a.persons.find((p) => p.name === 'Seth Amoako')?.country, 'Ghana');
    assert.notStrictEqual(a.meetings[0]?.place, 'Myanmar');
  });

  it('the host of a reception in a country the text names, whose guests are of another, serves it: "received by the Chief of the Army Staff, Lt Gen X, who welcomed them to Ghana"', () => {
    const t = 'A delegation from the Rwanda Defence Force Command and Staff College last Monday visited the Army Headquarters.\n\nLed by Colonel Corneille Nkunda, the delegation was received by the Chief of the Army Staff (COAS), Lieutenant General Bismarck Kwasi Owusu, who welcomed them to Ghana and the Army Headquarters.\n\nThe delegation later toured Kenya and Uganda.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Bismarck Kwasi Owusu')?.country, 'Ghana');
  });

  it('"X arrived in Bogota on 24 June to review with his Colombian counterpart, Y. X met with Y ...": talks, on the day and in the city of the arrival; "announced joint measures" as a joint act', () => {
    const m = analyze('Border Cooperation Reviewed\n\nBy Dialogo\nJune 27, 2011\n\nBrazilian Defense Minister Nelson Jardim arrived in Bogota on 24 June to review with his Colombian counterpart, Rodrigo Rivas, security cooperation along the border.\n\nJardim met with Rivas to evaluate a border agreement.').meetings.find((x) => x.headline);
    assert.strictEqual(m && `${m.kind} ${m.isoDate} ${m.place}: ${m.participants.map((p) => `${p.name}/${p.role}`).join(', ')}`, 'talks 2011-06-24 Bogota: Nelson Jardim/participant, Rodrigo Rivas/participant');
    assert.strictEqual(headlineRoles('Brazil\'s Defense Minister Raul Jungmeister and his Colombian counterpart Luiz Carlos Villalba announced joint measures on the combat against cross-border crimes.'), 'talks [Jungmeister:participant+Villalba:participant]');
  });

  it('"The US Embassy in Kingston says during her visit, X held talks ...": where the one reporting sits is no place of the meeting', () => {
    const t = 'US general ends visit to Jamaica\n\nUnited States army general Laura Richards has ended her visit to Jamaica.\n\nThe US Embassy in Kingston says during her visit, Richards held three days of meetings.\n\nRichards also held talks with National Security Minister Horace Chambers on security cooperation.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.place).filter((p) => p === 'Kingston'), []);
  });

  it('lower-case offices in the plural before their holders: "the Venezuelan parliamentarians A and B", "foreign ministers A of Peru and B of Chile"; not "the two ministers discussed"', () => {
    const roles = (t: string) => analyze(t).persons.map((p) => `${p.name}/${p.position}/${p.country}`);
    assert.deepStrictEqual(roles('First thing this Friday, he was with the Venezuelan parliamentarians Luis Flores and Sergio Vargas.'), ['Luis Flores/parliamentarian/Venezuela', 'Sergio Vargas/parliamentarian/Venezuela']);
    assert.deepStrictEqual(roles('The foreign ministers Luis Flores of Peru and Sergio Vargas of Chile met on Monday.'), ['Luis Flores/foreign minister/Peru', 'Sergio Vargas/foreign minister/Chile']);
    const t = 'Foreign Minister Luis Flores of Peru met Foreign Minister Sergio Vargas of Chile on Monday, in the course of which the two ministers discussed trade.';
    assert.deepStrictEqual(analyze(t).entities.filter((e) => e.type === 'position').map((e) => t.slice(e.start, e.end)), ['Foreign Minister', 'Foreign Minister']);
  });

  it('"In a telephone conversation with the South African leader, President X ...": a nationality (of one or two words) and a common noun stand for the one official they fit, in meetings too', () => {
    const missed: string[] = [];
    for (const [nation, noun] of [['South African', 'leader'], ['Sri Lankan', 'president'], ['Kenyan', 'leader'], ['New Zealand', 'premier']]) {
      const office = noun === 'premier' ? 'Prime Minister' : 'President';
      const t = `${nation} ${office} Cyril Mokoena will visit in October.\n\nIn a telephone conversation with the ${nation} ${noun} at his country home, President Muhammadu Bello accepted an invitation.`;
      const m = analyze(t).meetings.find((x) => x.kind === 'phone call');
      const got = m ? m.participants.map((p) => p.name.split(' ').pop()).sort().join('+') : 'none';
      if (got !== 'Bello+Mokoena') missed.push(`${nation} ${noun} => ${got}`);
    }
    assert.deepStrictEqual(missed, []);
  });

  it('a roll of attachés with their countries in parentheses ("Captain X, Defence Adviser (Australia), ... Colonel Y, Military Attaché, (Iran)"), the list broken across lines: each of his country, no dateline read from the break', () => {
    const t = 'General X tells Colombo-based Defence attaches about the situation\n\nChief of Defence Staff and Commander of the Army, General Shavendra Perera, yesterday (April 04) briefed Defence Advisers/Attaches of Sri Lanka-based High Commissions and Embassies, after inviting them to his office in Colombo.\n\n' +
      'Captain Ian Keith Caine, Defence Adviser (Australia), Commander, M Shafiq Bari, Defence Adviser,\n\nBangladesh, Colonel Homayoun Ali Yari, Military Attaché, (Iran), and Colonel P.J Clayborne, Defence Adviser, (United Kingdom) were present at this meeting.';
    const a = analyze(t);
    assert.deepStrictEqual(['Ian Keith Caine', 'Homayoun Ali Yari', 'P.J Clayborne'].map((n) => a.persons.find((p) => p.name === n)?.country), ['Australia', 'Iran', 'United Kingdom']);
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Shavendra Perera')?.country, 'Bangladesh');
  });

  it('an office\'s domains listed with commas ("Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, X"), not past a rank or an office after the comma; no meeting verb in an office, nor a headline\'s verb ("Secretary of Defense Reaffirms U.S. Alliance"); "Member States" is nobody', () => {
    const office = (t: string, n: string) => { const p = analyze(t).persons.find((x) => x.name === n); return `${p?.position}/${p?.country}`; };
    assert.strictEqual(office('Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, Nasser Bouzid, held talks with his Bahraini counterpart.', 'Nasser Bouzid'), 'Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates/Morocco');
    assert.strictEqual(office('He met the Minister of Defence, Justice and Police, John Smithers, on Monday.', 'John Smithers'), 'Minister of Defence, Justice and Police/null');
    assert.strictEqual(office('Minister of Defence, General John Smithers, met him.', 'John Smithers'), 'Minister of Defence/null');
    const a = analyze('President of Uzbekistan receives Ministers of Defense of the CIS Member States\n\nPresident of Uzbekistan Shavkat Mirzo received defense ministers in Tashkent.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Shavkat Mirzo']);
    const h = 'Secretary of Defense Reaffirms U.S. Alliance with Colombia';
    assert.deepStrictEqual(analyze(h).entities.filter((e) => e.type === 'position' || e.type === 'organization').map((e) => h.slice(e.start, e.end)).filter((x) => x.includes('Reaffirms')), []);
    const t = 'The President of Uzbekistan receives Ministers.';
    assert.deepStrictEqual(analyze(t).entities.filter((e) => e.type === 'position').map((e) => t.slice(e.start, e.end)).filter((x) => x.includes('receives')), []);
  });

  it('"In a video conference with Y, X explained ...": the one after the opening phrase is the other party, however he speaks; "In video conferences with A and B, X ..." is one call with each; "During talks at the ministry, A and B confirmed" is theirs', () => {
    const calls = (t: string) => analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`);
    assert.deepStrictEqual(calls('In a video conference with Italian Defense Minister Guido Crosetti, Japanese Defense Minister Shinjiro Koizuka explained the incident.'), ['video call [Crosetti+Koizuka]']);
    assert.deepStrictEqual(calls('In video conferences with Italian Defense Minister Guido Crosetti and NATO Secretary General Mark Rutter, Japanese Defense Minister Shinjiro Koizuka explained the incident.'), ['video call [Koizuka+Crosetti]', 'video call [Koizuka+Rutter]']);
    assert.deepStrictEqual(calls('TOKYO, March 30 (Kyodo) -- During talks at the Defense Ministry in Tokyo, Japanese Defense Minister Gen Nakatami and U.S. Defense Secretary Pete Hegstrom confirmed they will push for co-production.'), ['talks [Nakatami+Hegstrom]']);
  });

  it('"His Majesty", "His Highness" before a name introduce it: "thanks to His Majesty King Mohammed VI and His Majesty Hamad bin Isa Al Khalifa"', () => {
    const a = analyze('Both ministers praised the cooperation, thanks to His Majesty King Mohammed VI and His Majesty Hamad bin Isa Al Khalifa, and to His Highness Sheikh Tamim bin Hamad.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Mohammed VI', 'Hamad bin Isa Al Khalifa', 'Tamim bin Hamad']);
  });

  it('a group of envoys whose roll runs over sentences further down ("There were only two women among the new ambassadors: ...", "The others were ..."), the host of the country or capital they are posted to ("ambassador to Washington")', () => {
    const t = 'Presenting Their Credentials\n\nPresident Walker accepted the credentials of 5 new ambassadors last Wednesday in the first such ceremony this year. It was the largest group of new chiefs of diplomatic missions to arrive in a single month.\n\nDespite snowy weather, the afternoon reception proceeded without a hitch.\n\nBy virtue of arriving before the rest, Khamro Zaripov became the first ambassador to Washington from Tajikistan.\n\n' +
      'There were only two women among the fresh wave of ambassadors: Marina Valette from Trinidad and Tobago, and Inonge Mbikusa from Zambia.\n\nThe others were Bolivia\'s Jaime Aparicia, Malta\'s John Lowe and Mohamed Latif from the Maldives.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.strictEqual(m && m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+'),
      'Walker:host/United States+Valette:guest/Trinidad and Tobago+Mbikusa:guest/Zambia+Aparicia:guest/Bolivia+Lowe:guest/Malta+Latif:guest/Maldives');
    // (Each one the group takes in holds its office.)
    assert.deepStrictEqual(analyze(t).persons.filter((p) => p.name !== 'Walker' && p.position !== 'ambassador').map((p) => p.name), []);
  });

  it('"welcomed the new ambassadors of China, Bangladesh, Japan, and Sudan. ... his meetings with Chinese envoy A, B of Bangladesh, Japan\'s C, and D of Sudan": guests of the listed countries hold the group\'s office, the list closed by ", and"', () => {
    const t = 'Top Turkish diplomat welcomes new envoys\n\nANKARA- Anadolu Agency\n\nTurkey\'s foreign minister on Jan. 4 welcomed the new ambassadors of China, Bangladesh, Japan, and Sudan.\n\n' +
      'Mehmet Kaya shared a post with pictures of his meetings with Chinese envoy Liu Shao, Masud Manan of Bangladesh, Japan\'s Kazu Suzumi, and Adil Ibrahim Mostafa of Sudan.\n\nKaya and Suzumi also exchanged views on trade.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.filter((p) => p.name !== 'Mehmet Kaya').map((p) => `${p.name.split(' ').pop()}:${p.position}/${p.country}`),
      ['Shao:envoy/China', 'Manan:ambassador/Bangladesh', 'Suzumi:ambassador/Japan', 'Mostafa:ambassador/Sudan']);
    assert.strictEqual(headlineRoles(t), 'reception [Kaya:host+Shao:guest+Manan:guest+Suzumi:guest+Mostafa:guest]');
  });

  it('"The Samoa High Commissioner (H.E. X) in his capacity as Dean received courtesy calls from the Ambassador of Oman (H.E. Y)": a holder named in parentheses after his office is a party, no aside', () => {
    assert.strictEqual(headlineRoles('The Samoa High Commissioner (H.E. Leasi Scanlon) in his capacity as Dean of Diplomatic Corps received courtesy calls from the Ambassador of Oman (H.E. Mohamed Said Al Busaidi) on Tuesday.'),
      'reception [Scanlon:host+Busaidi:guest]');
  });

  it('"With President X scheduled to meet with President Y at the White House today, Z hosted W ...": the meeting to come is the occasion, not a party to the one told', () => {
    const t = 'WASHINGTON, June 30, 2015 – With Brazilian President Dilma Rossi scheduled to meet with President Barack Oberman at the White House today, Defense Secretary Ash Carterson hosted Brazilian Defense Minister Jaques Wagnerr at the Pentagon yesterday to discuss the defense relationship.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m?.participants.map((p) => p.name), ['Ash Carterson', 'Jaques Wagnerr']);
  });

  it('"I received General X, Chairman, Joint Chiefs of Staff Committee of the Islamic Republic of Pakistan" in a post a president wrote: the post\'s author receives; the body\'s country closes the office', () => {
    const t = 'President Muhammadu Bello received delegates from Pakistan on Friday in the State House at Abuja. He let this be known through a post on social media.\n\nHis post read:\n\nOn Friday at the State House, I received General Nadeem Rasa, Chairman, Joint Chiefs of Staff Committee of the Islamic Republic of Pakistan.';
    const a = analyze(t);
    const p = a.persons.find((x) => x.name === 'Nadeem Rasa');
    assert.strictEqual(`${p?.position}/${p?.country}`, 'Chairman, Joint Chiefs of Staff Committee/Pakistan');
    assert.deepStrictEqual(a.meetings.filter((m) => m.headline).map((m) => m.participants.map((x) => `${x.name.split(' ').pop()}:${x.role}`).join('+')), ['Bello:host+Rasa:guest']);
  });

  it('"his Indian counterpart Dr S Jaishankar": initials open a name after a cue or a style, the cue\'s nationality his; "held discussion today with"', () => {
    for (const t of ['KATHMANDU, Jan 7: Minister for Foreign Affairs, Dr Narayan Khadga and his Indian counterpart Dr S Jaishankara held a telephone conversation on Thursday.',
      'KATHMANDU, Jan 7: Foreign Minister Narayan Khadga and his Indian counterpart S Jaishankara held a telephone conversation on Thursday.']) {
      const m = analyze(t).meetings.find((x) => x.headline);
      assert.deepStrictEqual(m?.participants.map((p) => `${p.name}/${p.side}`), ['Narayan Khadga/Nepal', 'S Jaishankara/India']);
    }
    assert.strictEqual(headlineRoles('State Minister Hirut Zemen of Ethiopia held discussion today with UK Special Envoy Julian Rile.'), 'talks [Zemen:participant+Rile:participant]');
  });

  it('a reception named by a noun, "during a courtesy call", "in an audience with": of an envoy and one who is none, the envoy is the guest', () => {
    assert.strictEqual(headlineRoles('ST. GEORGE -- High Commissioner Janet Douglass of the United Kingdom made the promise to Grenada\'s Prime Minister Keith Mitchel during a courtesy call at his office on Friday.'), 'reception [Douglass:guest+Mitchel:host]');
    assert.strictEqual(headlineRoles('Foreign Minister Kofi Mensah of Ghana and Ambassador Luis Carrasco of Peru spoke of trade in an audience on Monday.'), 'reception [Mensah:host+Carrasco:guest]');
  });

  it('"US ambassador to India X, along with envoys of Qatar and Monaco, presented his credentials to President Y": the envoys of the countries listed, named further down, are guests too', () => {
    const t = 'US ambassador to India Eric Garcia, along with envoys of Qatar and Monaco, presented his credentials to President Droupa Murmi at the Rashtrapati Bhavan on Thursday.\n\nQatar\'s envoy Mohammed Hassan Al-Jabri and Monaco\'s ambassador Didier Gamard also presented their letters.';
    assert.strictEqual(analyze(t).meetings.filter((m) => m.headline).map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).sort().join('+'))[0],
      'Al-Jabri:guest+Gamard:guest+Garcia:guest+Murmi:host');
  });
  it('"Türkiye\'s defense chief ... had talks at NATO headquarters in Brussels. Participating in the sessions, Halil X later attended ... the summit scheduled for June 29-30 in Madrid. During the meeting with his French counterpart, X and Sebastien Y exchanged views": a name past an opening phrase and one joined to it by "and" are persons; the office named alone is the one named next; the counterpart\'s nationality is the other\'s; an event to come and a body\'s seat give neither date, place nor side', () => {
    const t = 'Turkish defense chief meets his counterparts at NATO headquarters\n\nTürkiye\'s defense chief on Thursday had talks with his European counterparts at NATO headquarters in Brussels.\n\n' +
      'Participating in the sessions on the alliance\'s deterrence, Halil Acar later attended a family photo shoot of the NATO defense ministerial meeting, a precursor to the leaders\' summit scheduled for June 29-30 in Madrid.\n\n' +
      'During the meeting with his French counterpart, Acar and Sebastien Lecorne exchanged views on bilateral and regional defense issues.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}/${p.country}`), ['Halil Acar:defense chief/Turkey', 'Sebastien Lecorne:null/France']);
    const m = a.meetings.find((x) => x.headline);
    assert.deepStrictEqual([m?.kind, m?.date, m?.place, m?.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')], ['talks', 'Thursday', 'Brussels', 'Acar/Turkey+Lecorne/France']);
  });

  it('"The Hon Prime Minister, X received a courtesy visit from Ms Y, the Special Envoy for the Pacific Island States from the Embassy of Germany in Canberra": one name after the office and a comma, before its verb; an office\'s domain of places whole; the mission the envoy comes from is her body, its city neither the place nor a side', () => {
    const t = 'Special Envoy for the Pacific Island States, German Embassy in Canberra paid a courtesy visit to the Hon Prime Minister\n\n3 April 2023\n\n' +
      'The Hon Prime Minister, Tu’ivakanoa received this morning a courtesy visit from Ms Anke Grzesko, the Special Envoy for the Pacific Island States from the Embassy of Germany in Canberra.\n\n' +
      'Ms Grzesko visits all 13 Pacific island states which maintain diplomatic relations with Germany, including Tonga.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}/${p.organization}/${p.country}`).sort(),
      ['Anke Grzesko:Special Envoy for the Pacific Island States/Embassy of Germany in Canberra/Germany', 'Tu’ivakanoa:Prime Minister/null/Tonga']);
    const m = a.meetings.find((x) => x.headline);
    assert.deepStrictEqual([m?.kind, m?.isoDate, m?.place, m?.participants.map((p) => `${p.role}/${p.side}`).join('+')], ['reception', '2023-04-03', 'Tonga', 'host/Tonga+guest/Germany']);
    // (Not a domain that names a country before its holder: "Solomon Island Foreign Affairs Minister X".)
    assert.strictEqual(analyze('Solomon Island Foreign Affairs Minister Patterson Otti met him.').persons[0]?.position, 'Foreign Affairs Minister');
  });
  it('"X received copies of the Letters of Credence of three new ambassadors at a virtual ceremony. Presenting them were H.E. Mr. A, non-resident ambassador of Japan; ... Accompanying the Foreign Minister was Hon. B, Minister of State": a video call, its host and guests as received; a lower-case office after a modifier; those accompanying the one named after "Accompanying" stand at his side', () => {
    const t = 'Foreign Minister Receives Letters of Credence\n\nHon. Eamon Courtland, Minister of Foreign Affairs, received copies of the Letters of Credence of three new ambassadors to Belize at a virtual ceremony held today.\n\n' +
      'Presenting their letters of credence were H.E. Mr. Khaled Shamal, non-resident ambassador of the Arab Republic of Egypt; H.E. Mrs. Terezia Sajgalova, non-resident ambassador of the Slovak Republic; and H.E. Mr. Masaya Fujiwaru, non-resident ambassador of Japan.\n\n' +
      'Accompanying the Foreign Minister was Hon. Ramon Cervanto, Minister of State.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.filter((p) => p.position?.startsWith('non-resident')).map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Shamal/Egypt', 'Sajgalova/Slovakia', 'Fujiwaru/Japan']);
    assert.strictEqual(headlineRoles(t), 'video call [Courtland:host+Shamal:guest+Sajgalova:guest+Fujiwaru:guest+Cervanto:host]');
    // (A participle inside a sentence is no attendance: its meeting is told.)
    assert.strictEqual(headlineRoles('The minister Juan Perales, accompanying the President, met Ambassador Kofi Mensah of Ghana on Monday.'), 'talks [Perales:participant+Mensah:participant]');
  });
  it('"British High Commissioner Pays Courtesy Call On Minister Of Foreign Affairs" over "The Minister X held a meeting with H.E Y, High Commissioner of the United Kingdom": a reception, the envoy its guest', () => {
    assert.strictEqual(headlineRoles('British High Commissioner Pays Courtesy Call On Minister Of Foreign Affairs\n\nThe Minister of Foreign Affairs Hon. Gen Odonga Abukar held a meeting with H.E Lisa Chesny, High Commissioner of the United Kingdom to Uganda at the Ministry Headquarters in Kampala.'),
      'reception [Abukar:host+Chesny:guest]');
  });

  it('"The IDF Defense Attaché to the US, Major General X, and the US Defense Attaché to Israel, Brigadier General Charles (Chip) Y, accompanied the visit.": both attend the meeting told, each on his side; a nickname in parentheses inside a name', () => {
    const t = 'General Mark Millan, Chairman of the Joint Chiefs of Staff, visited Israel on Sunday at the invitation of Lieutenant General Aviv Kochan, IDF Chief of the General Staff.\n\n' +
      'The IDF Defense Attaché to the US, Major General Yehuda Foxman, and the US Defense Attaché to Israel, Brigadier General Charles (Chip) Browne, accompanied the visit.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}]`),
      ['reception [Millan/United States+Kochan/Israel+Foxman/Israel+Browne/United States]']);
    assert.ok(a.persons.some((p) => p.name === 'Charles (Chip) Browne'));
  });
  it('"New ambassadors from Namibia, Lesotho and Papua New Guinea presented their credentials to President X", then "Welcoming Papua New Guinea\'s Ambassador A", "At the reception, Lesotho\'s Ambassador B", "also hosted receptions for the Namibian Ambassador C": all three are guests of the reception the lead told', () => {
    const t = 'Vietnam to help ambassadors\n\n(VOVworld) – New ambassadors from Namibia, Lesotho and Papua New Guinea presented their credentials to President Truong Van Sanh in Hanoi on Wednesday.\n\n' +
      'Welcoming Papua New Guinea’s Ambassador Peter Ilaus to Vietnam, President Sanh recalled his meeting with the Papua New Guinea Prime Minister.\n\n' +
      'At the reception, Lesotho’s Ambassador Bothata Toan insisted that Lesotho wanted to strengthen ties with Vietnam.\n\nPresident Sanh also hosted a reception for the Namibian Ambassador Ringo Abedi.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).sort(), ['Abedi:guest', 'Ilaus:guest', 'Sanh:host', 'Toan:guest']);
  });
  it('"Defense Minister X who is set to become Indonesia\'s next leader said Friday that he and Australian counterpart Y discussed ways ...": a relative clause about a party does not put the meeting in the future', () => {
    const t = 'JAKARTA, Indonesia (AP) — Indonesia and Australia have held high-level talks in Jakarta. Defense Minister Prabu Subianto who is set to become Indonesia’s next leader said Friday that he and Australian counterpart Richard Marlow discussed ways of enhancing the relationship.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Subianto+Marlow] Jakarta']);
  });

  it('"X says he is keen to see his counterpart at the Commonwealth Heads of Government Meeting in Malta" is no meeting; "The British High Commissioner to Solomon Islands Y relayed this during a courtesy call to the Prime Minister" is one, on the prime minister of the country the envoy is posted to; "looking forward to seeing him at the summit", "the invitation for Prime Minister Z\'s participation in this summit" are none', () => {
    const t = 'BRITISH PRIME MINISTER KEEN TO MEET PM SOGAVARE IN MALTA\n\nBritish Prime Minister David Camden says he is keen to see his Solomon Islands counterpart, Prime Minister Manasse Sogavar at the Commonwealth Heads of Government Meeting in Malta later this year.\n\n' +
      'The British High Commissioner to Solomon Islands Dominic Meikle relayed this during a courtesy call to the Prime Minister last Friday.\n\n' +
      'Mr. Meikle said Prime Minister Camden had personally instructed him to convey the invitation for Prime Minister Sogavar’s participation in this biennial summit.\n\n' +
      'The High Commissioner said Her Majesty Queen Elizabeth the Second is also looking forward to seeing him at the summit.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}] ${m.place}`),
      ['reception [Meikle:guest/United Kingdom+Sogavar:host/Solomon Islands] Solomon Islands']);
  });
  it('"GEORGETOWN, Guyana (CMC) – ... A White House statement said National Security Advisor X on Friday spoke with CARICOM Secretary General Y": "(CMC)" is a wire, no Chinese body; the White House speaks for X; Y serves CARICOM', () => {
    const t = 'Caribbean foreign ministers urge global solution\n\nGEORGETOWN, Guyana (CMC) – CARICOM foreign ministers have agreed on the need for global solutions to the pandemic.\n\n' +
      'Meanwhile, the United States has reaffirmed its commitment to work with the grouping.\n\nA White House statement said National Security Advisor Jake Sullivano on Friday spoke with CARICOM Secretary General Irwin LaRoque and foreign ministers from the 15-member grouping.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Sullivano/United States', 'LaRoque/CARICOM']);
  });

  it('"Addis Ababa, — The Minister of Foreign Affairs, X, has held a bilateral meeting in Addis Ababa with Y, Deputy Prime Minister of Ethiopia": across a bilateral meeting the text\'s protagonist is of the other country it names', () => {
    const t = 'Somalia, Ethiopia discuss bilateral relations\n\nAddis Ababa, — The Minister of Foreign Affairs and International Cooperation, Abdisaid Musa Aly, has held a bilateral meeting in Addis Ababa with Demeke Mekonen Hassan, Deputy Prime Minister and Minister of Foreign Affairs of the Federal Democratic Republic of Ethiopia.\n\n' +
      'The Foreign Minister thanked the Deputy Prime Minister for the strong cooperation between the Federal Republic of Somalia and Ethiopia.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Aly/Somalia', 'Hassan/Ethiopia']);
  });
  it('"the foreign ministers ... are planning to meet", "Foreign Minister X could meet with his counterparts in Berlin" are meetings to come; "the heads of Russian and Ukrainian presidential administrations – A and B – met in Sochi on Friday" is the one held, each of his nationality in order', () => {
    const t = 'Foreign Ministers to meet for talks\n\n16 August 2014\n\nThe Kremlin press service has confirmed that the foreign ministers of Russia, Germany, France, and Ukraine are planning to meet for a round of talks.\n\n' +
      'According to the Kremlin, the heads of Russian and Ukrainian presidential administrations – Sergei Ivanovsky and Boris Lozhkov – met in Sochi on Friday.\n\n' +
      'Russia’s Foreign Ministry said earlier on Friday that Foreign Minister Sergei Lavrin could meet with his counterparts from Germany, France and Ukraine in Berlin on August 17.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}] ${m.place} ${m.isoDate}`),
      ['talks [Ivanovsky/Russia+Lozhkov/Ukraine] Sochi 2014-08-15']);
  });
  it('"Qatar\'s Minister of State for Foreign Affairs H E Sultan bin Saad Al X received ...": "H E" is a style, "Sultan" before "bin" a given name; a ruler\'s title still introduces ("Sultan Haitham bin Tarik"); "spoke with Y via video conference" is a video call', () => {
    const a = analyze('DOHA: Qatar’s Minister of State for Foreign Affairs H E Sultan bin Saad Al Muraiki received on Sunday a copy of the credentials of Ambassador of the Kingdom of Bahrain to Qatar Mohammed bin Ali Al Ghatami.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}`), ['Sultan bin Saad Al Muraiki:Minister of State for Foreign Affairs', 'Mohammed bin Ali Al Ghatami:Ambassador of the Kingdom of Bahrain to Qatar']);
    assert.deepStrictEqual(analyze('Sultan Haitham bin Tariq received the minister on Monday.').persons.map((p) => `${p.name}:${p.position}`), ['Haitham bin Tariq:Sultan']);
    assert.strictEqual(headlineRoles('Today, Defence Minister Anita Anandi spoke with Ukrainian Minister of Defence Oleksii Reznik via video conference.'), 'video call [Anandi:participant+Reznik:participant]');
  });
  it('"For the first time under the Presidency Pro Tempore of Belize, the 36th Meeting of the Executive Committee of the Central American Integration System (CE-SICA) was held ... The meeting was also attended by ... Mr. A of Costa Rica, Mr. B of El Salvador and Mrs. C of Nicaragua": the lead\'s meeting held, far from its verb, with those who attended; no person "Presidency Pro Tempore"; "the Secretary General of SICA, Dr. X" serves SICA', () => {
    const t = 'First meeting of the Executive Committee of SICA\n\nSan Salvador, El Salvador, August 28, 2014: For the first time under the Presidency Pro Tempore of Belize, the 36th Meeting of the Executive Committee of the Central American Integration System (CE-SICA) was held in order to monitor the priority areas of work.\n\n' +
      'During the day, the Secretary General of SICA, Dr. Victoria Velasco de Avila, agreed to continue efforts.\n\n' +
      'The meeting was also attended by the Vice Foreign Ministers Mr. Alejandro Solana of Costa Rica, Mr. Carlos Castanedo of El Salvador and Mrs. Gilda Bolta of Nicaragua.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Avila/SICA', 'Solana/Costa Rica', 'Castanedo/El Salvador', 'Bolta/Nicaragua']);
    assert.strictEqual(a.persons[0].position, 'Secretary General of SICA');
    assert.deepStrictEqual(meetingsAt(t), ['multilateral [Solana+Castanedo+Bolta] San Salvador']);
  });
  it('"“Foreign Minister X meets with his Egyptian and Iraqi counterparts, A and B, [respectively,] ... in Cairo,” the Jordanian Foreign Ministry wrote": the body quoted speaks of its own minister', () => {
    const t = 'MOSCOW/CAIRO (UrduPoint News / Sputnik - 08th February, 2021) The foreign ministers of three Arab nations held a meeting on Monday in Cairo.\n\n' +
      '"Foreign Minister Ayman Safad meets with his Egyptian and Iraqi counterparts, Sameh Shukri and Fuad Husain, [respectively,] within the framework of consultations on the sidelines of a ministerial session being held today in Cairo," the Jordanian Foreign Ministry wrote on Twitter.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Safad/Jordan', 'Shukri/Egypt', 'Husain/Iraq']);
  });
  it('"Prior to the video conference, X also received a courtesy call from Bangladesh High Commissioner to Malaysia Y": the opening clause\'s call makes no call of the reception; a full name before "also" and a meeting verb is a person', () => {
    assert.strictEqual(headlineRoles('Prior to the video conference, Ismael Sabrin also received a courtesy call from Bangladesh High Commissioner to Malaysia Md Shahidul Islami.'), 'reception [Sabrin:host+Islami:guest]');
  });
  it('offices and ranks as unseen releases write them: "Deputy Minister for Foreign Affairs and Economic Development X", "Deputy Assistant Secretary of War for the Western Hemisphere, X", "Lt.Gen X", "Chief-of-Staff of the Sultan\'s Armed Forces"; no person "One" in "Staff Officer One Special Duties"', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.rank}:${p.position}`);
    assert.deepStrictEqual(persons('Earlier, Khoi held talks with Mongolian Deputy Minister for Foreign Affairs and Economic Development Damba Gankhuyak on Monday.'),
      ['Damba Gankhuyak:null:Deputy Minister for Foreign Affairs and Economic Development']);
    assert.deepStrictEqual(persons('The delegation included Deputy Assistant Secretary of War for the Western Hemisphere, Joseph Humira; and others.'),
      ['Joseph Humira:null:Deputy Assistant Secretary of War for the Western Hemisphere']);
    assert.deepStrictEqual(persons('He met Chief of Defence Intelligence, Lt.Gen Emmanuel Uandiande and others.'), ['Emmanuel Uandiande:Lt.Gen:Chief of Defence Intelligence']);
    assert.deepStrictEqual(persons('He met Abdullah al-Raeesi, Chief-of-Staff of the Sultan\'s Armed Forces, on Monday.'), ['Abdullah al-Raeesi:null:Chief-of-Staff of the Sultan\'s Armed Forces']);
    assert.deepStrictEqual(persons('Present was Staff Officer One Special Duties Lieutenant Colonel Colin Hendry.').map((p) => p.split(':')[0]), ['Colin Hendry']);
  });
  it('"the Chief of the Defence Staff (CDS) of the Ghana Armed Forces (GAF) – Lieutenant General (Lt Gen) X": a dash before the holder\'s rank, as a comma; "Operations Officer, US Embassy Security Cooperation Office, Lieutenant Colonel Y"', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.rank}:${p.position}:${p.country}`);
    assert.deepStrictEqual(persons('He paid a courtesy call on the Chief of the Defence Staff (CDS) of the Ghana Armed Forces (GAF) – Lieutenant General (Lt Gen) Thomas Oppong-Pepra, at the General Headquarters.'),
      ['Thomas Oppong-Pepra:Lieutenant General:Chief of the Defence Staff (CDS) of the Ghana Armed Forces:Ghana']);
    assert.deepStrictEqual(persons('The delegation included Operations Officer, US Embassy Security Cooperation Office, Lieutenant Colonel David Garcio.'),
      ['David Garcio:Lieutenant Colonel:Operations Officer, US Embassy Security Cooperation Office:United States']);
  });
  it('"The CDS made this commendation when a six-member delegation from the German Ministries called on him": the one "him" stands for receives; "the defence attaché, Colonel X," is an office before its holder\'s rank', () => {
    const t = 'The Chief of the Defence Staff (CDS), Vice Admiral Seth Amoah has commended the Government of Germany for its support.\n\nThe CDS made this commendation when a six-member delegation from the German Ministries of Foreign Affairs and Defence called on him at his office in Burma Camp on Wednesday, 8 February 2023.';
    assert.strictEqual(headlineRoles(t), 'reception [Amoah:host]');
    assert.ok(analyze('Present was the defence attaché, Colonel John Smithson, who spoke.').entities.some((e) => e.type === 'position' && e.text === 'defence attaché'));
  });
  it('"President X played host to a high-level delegation from the United States Africa Command (AFRICOM) ... the delegation which was led by its Commander, Gen. Y": the delegation\'s head is the guest', () => {
    const t = 'President Bola Tinubo, on Sunday, played host to a high-level delegation from the United States (U.S.) Africa Command (AFRICOM) at the State House, Abuja.\n\nThe delegation which was led by its AFRICOM Commander, Gen. Dagvin Andersen, had in attendance top security leadership.';
    assert.strictEqual(headlineRoles(t), 'reception [Tinubo:host+Andersen:guest]');
  });
  it('"Rodriguez held a meeting with A. The Caribbean diplomat also met with B, Minister of Foreign Affairs, International Trade and Worship of Argentina. He also held a fraternal exchange with C, Nicaraguan FM": a descriptor or a pronoun as subject stands for the one the text is about; "FM" an office', () => {
    const t = 'HAVANA, Cuba, Jan 8 (ACN) - Cuban foreign minister Bruno Rodrigo is developing an intense agenda of bilateral meetings in Mexico.\n\n' +
      'Rodrigo held a meeting with Gustavo Meza-Cuadro, Minister of Foreign Affairs of Peru.\n\n' +
      'The Caribbean diplomat also met with Felipe Solano, Minister of Foreign Affairs, International Trade and Worship of Argentina, and together they highlighted the common commitment.\n\n' +
      'He also held a fraternal exchange with Denis Moncado, Nicaraguan FM, stressing the excellent state of bilateral relations.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')),
      ['Rodrigo/Cuba+Meza-Cuadro/Peru', 'Rodrigo/Cuba+Solano/Argentina', 'Rodrigo/Cuba+Moncado/Nicaragua']);
    // (A radio station is no office: "Capital FM (Nairobi)"; "FM" after "vice" is one.)
    assert.deepStrictEqual(analyze('Capital FM (Nairobi)\n\nChinese vice FM holds talks with visiting U.S. official').entities.filter((e) => e.type === 'position').map((e) => e.text), ['FM']);
  });
  it('"X took part in bilateral talks in Port Moresby with Indian Prime Minister A, Cook Islands Prime Minister B and United States Secretary of State C, who was representing President D": one talk with each, the one represented in none; the Cook Islands a country', () => {
    const t = 'Prime Minister Chris Hipkens took part in bilateral talks in Port Moresby with Indian Prime Minister Narendra Modo, Papua New Guinea Prime Minister James Marap, Cook Islands Prime Minister Mark Browne and United States Secretary of State Antony Blinkin, who was representing President Joe Bidden.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}]`),
      ['talks [Hipkens/null+Modo/India]', 'talks [Hipkens/null+Marap/Papua New Guinea]', 'talks [Hipkens/null+Browne/Cook Islands]', 'talks [Hipkens/null+Blinkin/United States]']);
  });
  it('"X, Serbia\'s Defence Minister, and US Ambassador Y discussed in Belgrade on Thursday the cooperation": the place right after the verb is where they met; "AKIPRESS.COM – ..." is a site, no dateline', () => {
    assert.deepStrictEqual(meetingsAt('Serbia’s Defence Minister Nebojsa Stefanovski and US Ambassador Eric Swalwel discussed in Belgrade on Thursday the further cooperation.'), ['talks [Stefanovski+Swalwel] Belgrade']);
    assert.deepStrictEqual(meetingsAt('Qatari official meets Mongolian official\n\nAKIPRESS.COM – Secretary-General of the Ministry of Foreign Affairs of Qatar Ahmed Al Hamadi met on Tuesday with State Secretary of the Ministry of Foreign Affairs of Mongolia Lkhanaajav Munkhtush.'),
      ['talks [Hamadi+Munkhtush]']);
  });
  it('"X met with a visiting delegation from the United States of America ... the delegation included A, Country Director in the War Department; and B, Senior Defence Official": the roll\'s members are of the country the delegation came from', () => {
    const t = 'Chief of Defence Staff, Brigadier Omar Khanna recently met with a visiting delegation from the United States of America at Base Camp Ayanganna.\n\n' +
      'A release from the Guyana Defence Force (GDF) said that the delegation included Deputy Assistant Secretary of War for the Western Hemisphere, Joseph Humira; Country Director in the War Department, Lisa Jacobsen; and Deputy Assistant Secretary of State, Barbara Feinstone.';
    assert.deepStrictEqual(analyze(t).persons.filter((p) => p.name !== 'Omar Khanna').map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Humira/United States', 'Jacobsen/United States', 'Feinstone/United States']);
  });
  it('"Foreign Affairs Minister D.Tsogtbaatarr met ..." then "Minister Tsogtbaatarr said": an initial written against the name, one person', () => {
    const a = analyze('Ulaanbaatar/MONTSAME/ On November 13, Foreign Affairs Minister D.Tsogtbaatarr met Chinese delegation headed by Xue Jiang, Deputy Director-General of the Foreign Ministry.\n\nMinister Tsogtbaatarr noted the importance of cooperation.');
    assert.deepStrictEqual(a.persons.map((p) => p.name).sort(), ['D.Tsogtbaatarr', 'Xue Jiang']);
  });
  it('"In the U.S. team were the Charge d\'Affaires, Mr A; AFRICOM Commander Gen. B. On the Nigerian side were NSA C; Defence Minister Gen. D.": each side\'s roll attends the reception, on its side', () => {
    const t = 'President Bola Tinubo, on Sunday, played host to a high-level delegation from the United States (U.S.) Africa Command (AFRICOM) at the State House, Abuja.\n\n' +
      'In the U.S. team were the Charge d’Affaires of the U.S. Embassy, Mr Keith Heffernan; and AFRICOM Commander Gen. Dagvin Andersen.\n\nOn the Nigerian side were Defence Minister Gen. Christopher Mussa and Chief of Defence Staff Gen. Olufemi Oluyed.';
    assert.strictEqual(headlineRoles(t), 'reception [Tinubo:host+Heffernan:guest+Andersen:guest+Mussa:host+Oluyed:host]');
  });
  it('"the security delegation from the Republic of Ghana visited the Rwanda Defence Force Chief of Defence Staff ... The delegation was headed by X. Other personnel in the delegation included Y": the visitors, the visited unnamed', () => {
    const t = 'On Tuesday, July 5, the high-level security delegation from the Republic of Ghana visited the Rwanda Defence Force Chief of Defence Staff at RDF Headquarters.\n\n' +
      'The delegation was headed by the National Security Coordinator of Republic of Ghana, Major General Francis Amanfu.\n\nOther personnel in the delegation included Ghana Armed Forces Chief of the Defence Staff, Vice Admiral Seth Amoaka.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}]`), ['visit [Amoaka:guest/Ghana+Amanfu:guest/Ghana]']);
  });
  it('"Fiji\'s Defence Minister Ratu Inoke X": the Fijian chiefly style introduces the name and is no part of it', () => {
    assert.deepStrictEqual(analyze('He held talks with Fiji’s Defence Minister Ratu Inoke Kubuabolo in Suva.').persons.map((p) => `${p.name}:${p.position}/${p.country}`), ['Inoke Kubuabolo:Defence Minister/Fiji']);
    assert.deepStrictEqual(analyze('The talks were held with Ratu Inoke Kubuabolo in Suva on Monday.').persons.map((p) => p.name), ['Inoke Kubuabolo']);
  });
  it('"During his visit, he will hold bilateral talks with X. In addition to the meeting with Mr. X, Mr. Y is expected to meet start-ups": talks to come, none reported', () => {
    const t = 'German Federal Minister of Defence Boris Pistorin is scheduled to arrive in New Delhi today for a four-day visit to India. During his visit, he will hold bilateral talks with Defence Minister Rajnath Sing.\n\n' +
      'In addition to the meeting with Mr. Sing, Mr. Pistorin is expected to meet with several defence start-ups.';
    assert.deepStrictEqual(analyze(t).meetings.filter((m) => m.kind !== 'visit' && !m.announced).map((m) => m.wording), []);
  });
  it('"The talks between Murray McCulley and Ratu Inoke Y were held in Suva": a full name before "and" and a name found, after "between", is a person ("Mc" inside); "Command Sergeant-Major, Garric M. X, who is ...": a rank set off by a comma before its holder', () => {
    assert.deepStrictEqual(meetingsAt('The talks between Murray McCulley and Ratu Inoke Kubuabolo were held in Suva on Monday.'), ['talks [McCulley+Kubuabolo] Suva']);
    assert.deepStrictEqual(analyze('In the U.S. team were Command Sergeant-Major, Garric M. Banfeld, who is the Command Senior Enlisted Leader of AFRICOM.').persons.map((p) => `${p.name}:${p.rank}:${p.position}`),
      ['Garric M. Banfeld:Command Sergeant-Major:Command Senior Enlisted Leader of AFRICOM']);
  });
  it('"the Special Assistant to the President, Dada X, said", "the National Security Adviser to the Prime Minister, Y": the aide after the comma holds the aide\'s office, not the one it serves', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.position}`);
    assert.deepStrictEqual(persons('Announcing the visit, the Special Assistant to the President, Dada Olusegan, said it was good.'), ['Dada Olusegan:Special Assistant to the President']);
    assert.deepStrictEqual(persons('He met the National Security Adviser to the Prime Minister, Ajit Dovall, on Monday.'), ['Ajit Dovall:National Security Adviser to the Prime Minister']);
  });
  it('"Prime Minister X concluded meetings with his Pacific counterparts in Papua New Guinea ... X will return to New Zealand early tomorrow morning": one returning to a country is of it', () => {
    const t = 'Prime Minister Chris Hipkens has this evening concluded a series of meetings with his Pacific region counterparts in Papua New Guinea.\n\nHipkens took part in bilateral talks in Port Moresby with Indian Prime Minister Narendra Modo, Papua New Guinea Prime Minister James Marap and United States Secretary of State Antony Blinkin.\n\nHipkens will return to New Zealand early tomorrow morning.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Hipkens/New Zealand', 'Modo/India', 'Marap/Papua New Guinea', 'Blinkin/United States']);
  });
  it('an envoy\'s or adviser\'s brief after "on": "Special Envoy on Climate Change X", "the Special Adviser on Africa, Y,", "the Special Representative on Women, Peace and Security, Z,"', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.position}`);
    assert.deepStrictEqual(persons('He met Special Envoy on Climate Change John Kerrey on Monday.'), ['John Kerrey:Special Envoy on Climate Change']);
    assert.deepStrictEqual(persons('He met the Special Adviser on Africa, Cristina Duarto, on Monday.'), ['Cristina Duarto:Special Adviser on Africa']);
    assert.deepStrictEqual(persons('He met the Special Representative on Women, Peace and Security, Jane Doel, on Monday.'), ['Jane Doel:Special Representative on Women, Peace and Security']);
    // (And the office it serves after it: "the Special Assistant on Social Media to President Tinubo, Dada X, said".)
    assert.deepStrictEqual(persons('Announcing the visit, the Special Assistant on Social Media to President Tinubo, Dada Olusegan, said it was good.'), ['Dada Olusegan:Special Assistant on Social Media to President Tinubo']);
  });
  it('"Adviser to His Majesty for Communication and Coordination X": the principal by his style and the aide\'s brief after it, then the holder; "Senior Defence Official, U.S. Embassy Security Cooperation Office, Commander X": a title that is also a rank, after the body, is the rank; "Chief-of-Staff of the GDF, Brigadier X": a body by an unknown short form', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.rank ?? ''}:${p.position}`);
    assert.deepStrictEqual(persons('Adviser to His Majesty for Communication and Coordination Bisher Khasawnah attended the meeting.'), ['Bisher Khasawnah::Adviser to His Majesty for Communication and Coordination']);
    assert.deepStrictEqual(persons('The delegation included Senior Defence Official, U.S. Embassy Security Cooperation Office, Commander Chris Bernotavicius.'),
      ['Chris Bernotavicius:Commander:Senior Defence Official, U.S. Embassy Security Cooperation Office']);
    assert.deepStrictEqual(persons('Newly appointed Chief-of-Staff of the GDF, Brigadier Godfrey Bessy on Friday met senior diplomats.'), ['Godfrey Bessy:Brigadier:Chief-of-Staff of the GDF']);
  });
  it('"attended by the Vice Foreign Ministers Mr. A of Costa Rica, Mr. B of El Salvador, and Mrs. C of Nicaragua": an office in the plural before a list of styled names, each holding it for the country named after him', () => {
    const t = 'The meeting was also attended by the Vice Foreign Ministers Mr. Alejandro Solana Ortiz of Costa Rica, Mr. Carlos Alfredo Castanedo of El Salvador, and Mrs. Gilda Bolte of Nicaragua.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}:${p.position}/${p.country}`),
      ['Alejandro Solana Ortiz:Vice Foreign Minister/Costa Rica', 'Carlos Alfredo Castanedo:Vice Foreign Minister/El Salvador', 'Gilda Bolte:Vice Foreign Minister/Nicaragua']);
  });
  it('"He also visited Indian Embassy in Washington DC and interacted with Charge d\'Affaires X": the pronoun\'s verb goes on with a meeting, and an envoy met at a country\'s mission serves that country', () => {
    const t = 'Indian Army chief Gen Manoj Pandey is on a visit to the US. He also visited Indian Embassy in Washington DC and interacted with Charge d\'Affaires Sripriya Ranganathen and discussed initiatives.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}] ${m.place}`),
      ['talks [Pandey/India+Ranganathen/India] Washington']);
  });
  it('"Subject: From a Senior State Department Official: Readout of Secretary X\'s Call with Foreign Minister Y": the body the release speaks for is the other side of its call, not a country the call was about', () => {
    const t = 'Subject: From a Senior State Department Official: Readout of Secretary Kerrey’s Call with Foreign Minister Lavrof\n\n' +
      'During a call with Russian Foreign Minister Lavrof this afternoon, Secretary Kerrey expressed strong concern that attacks today by armed militants in eastern Ukraine were orchestrated, similar to previous attacks in eastern Ukraine and Crimea.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name}/${p.side}`).join('+')}]`), ['phone call [Lavrof/Russia+Kerrey/United States]']);
  });
  it('"held a video-call with", "presented her Letter of Introduction to": a call by video, an envoy received', () => {
    assert.deepStrictEqual(meetingsAt('Foreign Minister Zohrab Mnatsakanyon yesterday held a video-call with the Minister of Foreign Affairs of the Hellenic Republic Nikos Dendiaz.'), ['video call [Mnatsakanyon+Dendiaz]']);
    assert.deepStrictEqual(headlineRoles('Her Excellency Natalie Campbel, High Commissioner of Jamaica, presented her Letter of Introduction to Prime Minister Dr. Ralph E. Gonsalvez on Tuesday.'), 'reception [Campbel:guest+Gonsalvez:host]');
  });
  it('"The UN envoy to Syria, Geir X, met": a lower-case office after "the" and a body, where it is held, then its holder set off by commas; no guess makes him a national of where he is posted', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.position}/${p.country}`);
    assert.deepStrictEqual(persons('The UN envoy to Syria, Geir Pedersan, met Sunday with Syrian Foreign Minister Walid Mualem in Damascus.'), ['Geir Pedersan:envoy to Syria/United Nations', 'Walid Mualem:Foreign Minister/Syria']);
    assert.deepStrictEqual(persons('The envoy to Syria, Geir Pedersan, met Sunday with Foreign Minister Walid Mualem.'), ['Geir Pedersan:envoy to Syria/null', 'Walid Mualem:Foreign Minister/Syria']);
  });
  it('"attended by Sir A, Chief Strategic Advisor to the Prime Minister, B, UK Ambassador to the Sultanate, Dr. C, Head of ...": each office closes the apposition of the name before it; but "Vice Chief Lt. Gen A, Kenya Airforce Commander, Maj. Gen B": an office after a name already introduced is the next one\'s', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.position}`);
    assert.deepStrictEqual(persons('The meeting was attended by Sir Edward Listar, Chief Strategic Advisor to the Prime Minister, Hamish Cowel, UK Ambassador to the Sultanate, Dr. Abdullah bin Hamad Al-Badie, Head of the Minister\'s Office Department.'),
      ['Edward Listar:Chief Strategic Advisor to the Prime Minister', 'Hamish Cowel:Ambassador to the Sultanate', 'Abdullah bin Hamad Al-Badie:Head of the Minister\'s Office Department']);
    assert.deepStrictEqual(persons('Also present was the Vice Chief of Defence Forces Lt. Gen John Omendo, Kenya Airforce Commander, Maj. Gen Fatma Ahmad, and others.'),
      ['John Omendo:Vice Chief of Defence Forces', 'Fatma Ahmad:Airforce Commander']);
  });
  it('offices in the plural before their complement ("Deputy Secretaries of State A and B"), NATO\'s commands ("Supreme Allied Commander Transformation, Admiral X"), and portfolios listed before "Minister" ("Agriculture, Food, Fisheries and Livestock Minister X", "International Relations and Co-operation Minister Y")', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.position}/${p.country}`);
    assert.deepStrictEqual(persons('The delegation of former Deputy Secretaries of State Richard Armitrage and James Steinburg arrived in Taipei on Wednesday.'),
      ['Richard Armitrage:former Deputy Secretary of State/United States', 'James Steinburg:former Deputy Secretary of State/United States']);
    assert.deepStrictEqual(persons('The Secretary General, together with Supreme Allied Commander Europe, General Christopher G. Cavolli and Supreme Allied Commander Transformation, Admiral Pierre Vandiere, met today.').slice(-2),
      ['Christopher G. Cavolli:Supreme Allied Commander Europe/NATO', 'Pierre Vandiere:Supreme Allied Commander Transformation/NATO']);
    assert.deepStrictEqual(persons('Agriculture, Food, Fisheries and Livestock Minister Mohammad Amin Ur Rashed met him.').map((p) => p.split('/')[0]), ['Mohammad Amin Ur Rashed:Agriculture, Food, Fisheries and Livestock Minister']);
    assert.deepStrictEqual(persons('International Relations and Co-operation Minister Naledi Pandorr met him.').map((p) => p.split('/')[0]), ['Naledi Pandorr:International Relations and Co-operation Minister']);
  });
  it('"The top diplomats of Japan, the United States, Australia and India met in New Delhi ... Foreign minister X and his counterparts A of Australia, B of India and C of the United States participated": the last of the list before a verb, and the one party left takes the one country left', () => {
    const t = 'NEW DELHI — The top diplomats of Japan, the United States, Australia and India met in New Delhi on Friday.\n\n' +
      'Foreign minister Yoshimasa Hayashe and his counterparts Penny Wang of Australia, Subrahmanyam Jaishenkar of India and Antony Blinkin of the United States participated in the sixth such Quad talks.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}]`),
      ['multilateral [Hayashe/Japan+Wang/Australia+Jaishenkar/India+Blinkin/United States]']);
  });
  it('a title "X pays courtesy call on President Y" told by the lead "X talks to President Y during the defense chief\'s courtesy call in Malacañang on Thursday": the lead gives its day and its place, the seat of government its host\'s country', () => {
    const t = 'US defense chief Austen pays courtesy call on President Duterto\n\nPosted at Jul 30 2021 12:01 AM\n\n' +
      'US Secretary of Defense Lloyd Austen (left) talks to President Rodrigo Duterto during the defense chief’s courtesy call in Malacañang on Thursday, a few hours after his arrival. Austen earlier criticized China’s actions in the South China Sea amid tensions between Beijing and Manila.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.isoDate} ${m.place} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}]`),
      ['reception 2021-07-29 Manila [Austen:guest/United States+Duterto:host/Philippines]']);
  });
  it('"The United States Department of Defence announced its secretary, Lloyd J. X, held a telephonic discussion with the army chief, Gen. Y": an office after a possessive introduces the holder set off by commas, of the body it stands for', () => {
    const t = 'The United States Department of Defence announced its secretary, Lloyd J. Austen, held a telephonic discussion with the army chief, Gen. Asim Muneer.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}/${p.country}`).slice(0, 1), ['Lloyd J. Austen:secretary/United States']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['phone call [Austen+Muneer]']);
  });
  it('styles and ranks of other armies and tongues: "Air Chief Mshl RKS X", "Admiral (Retd) Prof Y", "Bundeskanzlerin Dr. Z", "H.E. W, Assistant to the Cambodian Premier,"', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.rank ?? ''}:${p.position ?? ''}:${p.country ?? ''}`);
    assert.deepStrictEqual(persons('Gen Kenneth Wilsbeck called on Air Chief Mshl RKS Bhadoria at Air HQ today.')[1], 'RKS Bhadoria:Air Chief Mshl::');
    assert.deepStrictEqual(persons('It followed an invitation from his Sri Lankan counterpart Admiral (Retd) Prof Jayanath Colombaje.'), ['Jayanath Colombaje:Admiral::Sri Lanka']);
    assert.deepStrictEqual(persons('NATO Secretary General Jens Stoltenburg met with Bundeskanzlerin Dr. Angela Merkell.')[1], 'Angela Merkell::Bundeskanzlerin:Germany');
    assert.deepStrictEqual(persons('According to H.E. Eang Sophaleth, Assistant to the Cambodian Premier, the talks went well.'), ['Eang Sophaleth::Assistant to the Cambodian Premier:Cambodia']);
  });
  it('"SINGAPORE - The chief of the Malaysian Armed Forces X called on Defence Minister Y on Wednesday (Oct 3) ... General X, who took up the post in June, also met Z": a lower-case office of a body before the holder\'s name; a career\'s date is not the meeting\'s', () => {
    const t = 'SINGAPORE - The chief of the Malaysian Armed Forces Zulkifli Zainal Abiden called on Defence Minister Ng Eng Hoon at the Ministry of Defence on Wednesday (Oct 3).\n\n' +
      'General Zulkifli, who took up the post in June, also met Chief of Defence Force Melvyn Ongg and reviewed a guard of honour at Mindef in Bukit Gombak before meeting Dr Ng.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.date} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}]`),
      ['reception Oct 3 [Abiden/Malaysia+Hoon/Singapore]', 'talks null [Abiden/Malaysia+Ongg/Singapore]']);
  });
  it('a title opening with a country and a comma ("US, Canadian Defense Leaders Discuss Security") is no dateline: "met here" is the dateline below\'s city', () => {
    const t = 'US, Canadian Defense Leaders Discuss Security\n\nBRUSSELS, June 25, 2015 – U.S. Defense Secretary Ash Karter and Canadian Defense Minister Jason Kenny met here Wednesday to discuss security.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Karter+Kenny] Brussels']);
  });
  it('"Georgian premier receives Turkish defense minister / The Georgian prime minister on Monday received Turkey\'s defense minister in Tbilisi. A and B discussed ...": two offices of two nations, then two names in the next sentence, in turn; "Y was also at the meeting": one more of the host\'s side', () => {
    const t = 'Georgian premier receives Turkish defense minister\n\nThe Georgian prime minister on Monday received Turkey\'s defense minister in the capital Tbilisi.\n\n' +
      'Irakli Garibashwili and Hulusi Akkar discussed bilateral and regional defense.\n\nGeorgian Defense Minister Juansher Burchuladse was also at the meeting.';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Garibashwili:host+Akkar:guest+Burchuladse:host]');
    assert.deepStrictEqual(analyze(t).persons.slice(0, 2).map((p) => `${p.name}/${p.country}`), ['Irakli Garibashwili/Georgia', 'Hulusi Akkar/Turkey']);
    // (Not an apposition's office before names of its own: "X, Serbia's Defence Minister, and the US congressmen A and B".)
    const u = 'Nebojsa Stefanovich, Serbia’s Defence Minister, and the US congressmen Eric Swallwell and Sean Malone discussed in Belgrade on Thursday the cooperation.';
    assert.deepStrictEqual(analyze(u).persons.map((p) => `${p.name}:${p.position}`)[1], 'Eric Swallwell:congressman');
  });
  it('"received the British and Canadian High Commissioners to Guyana, Mr A and Dr. B as well as US Charge D\'Affaires, Mr C": two nationalities before an office in the plural, one for each holder in turn', () => {
    const t = 'Chief of Staff, Brigadier Mark Phillipps received the British and Canadian High Commissioners to Guyana, Mr Greg Quin and Dr. Nicole Gyles as well as US Charge D’Affaires, Mr Bian Hunt at his Office on Tuesday.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}:${p.position}/${p.country}`),
      ['Mark Phillipps:Chief of Staff/Guyana', 'Greg Quin:High Commissioner to Guyana/United Kingdom', 'Nicole Gyles:High Commissioner to Guyana/Canada', 'Bian Hunt:Charge D\'Affaires/United States']);
    assert.deepStrictEqual(analyze('He received the British and Canadian High Commissioners Greg Quin and Nicole Gyles on Tuesday.').persons.map((p) => `${p.name}/${p.country}`), ['Greg Quin/United Kingdom', 'Nicole Gyles/Canada']);
  });
  it('"The Ambassador of the United Arab Emirate (UAE) to the Federal Republic of Nigeria, His Excellency X paid a visit to ... at his office in Army Headquarters Abuja": the country\'s short form inside the office, its common misspelling, a city closing a venue\'s name', () => {
    const t = 'The Ambassador of the United Arab Emirate (UAE) to the Federal Republic of Nigeria, His Excellency Fahad Obaid Mohammad Altafag paid a visit to the Chief of Army Staff (COAS) Lt Gen Tukur Yusuf Buratay yesterday, the 12th of March 2019, at his office in Army Headquarters Abuja.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}/${p.country}`)[0], 'Fahad Obaid Mohammad Altafag:Ambassador of the United Arab Emirate (UAE) to the Federal Republic of Nigeria/United Arab Emirates');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.isoDate} ${m.place} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}]`),
      ['reception 2019-03-12 Abuja [Altafag:guest/United Arab Emirates+Buratay:host/Nigeria]']);
  });
  it('"Uzbek-US negotiations began this morning in Tashkent, ... a US delegation headed by X arrived ... The Uzbek delegation at the talks is headed by Foreign Minister Y": the head of the other side is a party', () => {
    const t = 'Tashkent, Uzbekistan (UzDaily.com) - Uzbek-US negotiations began this morning in Tashkent, for participation in which a US delegation headed by Assistant Secretary of State for South and Central Asian Affairs Donald Loo arrived in Uzbekistan.\n\n' +
      'The Uzbek delegation at the talks is headed by Foreign Minister Abdulaziz Kamillov.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.place} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}]`), ['talks Tashkent [Loo/United States+Kamillov/Uzbekistan]']);
  });
  it('"X met with Y, commander of the United States Central Command, the Saudi Press Agency (SPA) reported Tuesday": the day of the report is not the meeting\'s', () => {
    assert.deepStrictEqual(analyze('Saudi Deputy Defense Minister Khalid bin Salmen met with US General Kenneth McKenzy, commander of the United States Central Command, the Saudi Press Agency (SPA) reported Tuesday.').meetings.map((m) => m.date), [null]);
    assert.deepStrictEqual(analyze('Saudi Deputy Defense Minister Khalid bin Salmen met on Tuesday with US General Kenneth McKenzy.').meetings.map((m) => m.date), ['Tuesday']);
  });
  it('"Dr. Godwin Friday,", "Hon. Curtis King,": after a style and a given name, a weekday or an office word closed by punctuation is the surname, not a date or an office', () => {
    const a = analyze('She will also meet Dr. Godwin Friday, Minister of Tourism; and Hon. Curtis King, and others.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Godwin Friday', 'Curtis King']);
    assert.deepStrictEqual(a.entities.filter((e) => e.type === 'date').length, 0);
    // (Not a weekday after a full name: "Dr. John Smith met on Friday.")
    assert.deepStrictEqual(analyze('Dr. John Smyth met him on Friday.').entities.filter((e) => e.type === 'date').map((e) => e.text), ['Friday']);
  });
  it('"Walid Moualem", then "Walid al-Moualem": a particle glued to the surname names the same person; "During the meeting, which took place on April 26 in the Russian capital of Moscow, the sides discussed": the meeting\'s day and city', () => {
    assert.deepStrictEqual(analyze('Syrian Foreign Minister Walid Mualem met the envoy. Later, Syrian Foreign Minister Walid al-Mualem received him.').persons.map((p) => p.name), ['Walid Mualem']);
    const t = 'Baku, Azerbaijan, Apr. 26\n\nIranian Defense Minister Brigadier General Hossein Dehgan and his Brazilian counterpart, Raul Jungman, have met for the first time over the last 40 years.\n\n' +
      'During the meeting, which took place on April 26 in Russian capital of Moscow, the sides discussed bilateral ties.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.date} ${m.place}`), ['April 26 Moscow']);
  });
  it('officials named near a meeting who took no part: one "not attending" the summit, one who "dispatched" the delegation, one named before a delegation\'s roll', () => {
    const t = 'Robert F Godek, the new United States ambassador, paid a courtesy call on Prime Minister Prayut Chan-o-chaa on Monday.\n\n' +
      'The premier also extended his regards to US President Joe Bidden, Mr Anucha said, noting the PM understood Mr Bidden\'s reason for not attending the Apec summit.';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Godek:guest+Chan-o-chaa:host]');
    const u = 'President Tsai Ing-wen received an unofficial delegation led by former Senator Chris Dod at the Presidential Office in Taipei on Thursday.\n\n' +
      'The delegation arrived in Taipei on Wednesday, marking it the first unofficial delegation dispatched by U.S. President Joe Bidden.\n\n' +
      'Tsai said Dod is a trusted friend of Bidden, and the delegation included Deputy Secretary of State Richard Armitaje and others.';
    assert.deepStrictEqual(headlineRoles(u), 'reception [Ing-wen:host+Dod:guest+Armitaje:guest]');
  });
  it('"Hours earlier, X visited Defense Minister Y": the same day as the meeting told before; "Lt-Gen Moe Myint Tun and ...": a one-word style closing a name is part of it', () => {
    const t = 'SEOUL, Jan. 28, 2019 (Yonhap) -- The top U.S. envoy Harry Haris met with Foreign Minister Kang Kyung-hwa on Monday.\n\nHours earlier, Haris visited Defense Minister Jeong Kyeong-du at the Defense Ministry.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.isoDate), ['2019-01-28', '2019-01-28']);
    assert.deepStrictEqual(analyze('Lt-Gen Moe Myint Tun and senior military officers attended the meeting.').persons.map((p) => p.name), ['Moe Myint Tun']);
    assert.deepStrictEqual(analyze('He met Jurgen Borsh Ambassador of Germany.').persons.map((p) => p.name), ['Jurgen Borsh']);
  });
  it('"Following bilateral talks with the Sri Lankan Prime Minister, the Indian Foreign Secretary is also expected to meet with President Gotabaya X": talks to come; his family name, shared with the Prime Minister\'s, gives his country; "his Sri Lankan counterpart Admiral (Retd) Prof Y": a nationality of two words before the cue', () => {
    const t = 'Indian Foreign Secretary calls on Prime Minister\n\nIndia’s Foreign Secretary Harsh Vardhan Shringlaa has called on Prime Minister Mahinda Rajapakse, a short while ago.\n\n' +
      'Following bilateral talks with the Sri Lankan Prime Minister, the Indian Foreign Secretary is also expected to meet with President Gotabaya Rajapakse.\n\n' +
      'Mr. Shringlaa arrived in Colombo on Saturday on a four-day official visit, following an invitation from his Sri Lankan counterpart Admiral (Retd) Prof Jayanath Colombaje.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}/${p.country}`),
      ['Harsh Vardhan Shringlaa:Foreign Secretary/India', 'Mahinda Rajapakse:Prime Minister/Sri Lanka', 'Gotabaya Rajapakse:President/Sri Lanka', 'Jayanath Colombaje:null/Sri Lanka']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['reception [Shringlaa+Rajapakse]']);
  });
  it('no guess makes a minister an official of a body that has none ("NATO Secretary General X visited Berlin and met with Chancellor Y and Minister Z")', () => {
    const t = 'NATO Secretary General Jens Stoltenburg visited Berlin on 2nd June and met with Bundeskanzlerin Dr. Angela Merkell and Minister Ursula von der Leyden.';
    const z = analyze(t).persons.find((p) => p.name.endsWith('Leyden'));
    assert.notStrictEqual(z?.country, 'NATO');
  });
  it('"X also briefed Y on the outcomes of his talks with A and B": the one briefed took no part in those talks', () => {
    assert.deepStrictEqual(meetingsAt('Chinese Foreign Minister Wang Yee also briefed Prime Minister Hun Senn on the outcomes of his talks with Cambodian Deputy Prime Minister Hor Namhongg and Foreign Minister Prak Sokhon.'),
      ['talks [Yee+Namhongg+Sokhon]']);
  });
  it('"X also held a number of bilateral meetings with several ranking officials ... His Excellency met with A, B and C": the protagonist by his style, one meeting with each', () => {
    const t = 'Doha: Deputy Prime Minister and Minister of State for Defence Affairs H E Sheikh Saoud bin Abdulrahman Al-Thanni met with Mauritanian Minister of Defence H E Hanana Ould Sidy on the sidelines of DIMDEX 2026.\n\n' +
      'The Deputy Prime Minister also held a number of bilateral meetings with several ranking international officials on the sidelines of DIMDEX 2026.\n\n' +
      'His Excellency met with HE Minister of National Defence of the Republic of Lebanon Michel Menasa, Minister of National Defence of Colombia H E Pedro Sanchez Suares, and State Secretary in the Ministry of Defence of Montenegro H E Marko Markovik.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`),
      ['talks [Al-Thanni+Sidy]', 'talks [Al-Thanni+Menasa]', 'talks [Al-Thanni+Suares]', 'talks [Al-Thanni+Markovik]']);
  });
  it('"A Brazilian Navy delegation led by Admiral X, Chief of General Staff visited New Delhi and met Vice Admiral Y ... The Brazilian delegation also held discussions with Vice Admiral Z": the nationality before the service is the leader\'s, not the one he met\'s; the delegation stands for its leader', () => {
    const t = 'NEW DELHI: A Brazilian Navy delegation led by Admiral Jose Augusto Menezez, Chief of General Staff visited New Delhi and met Vice Admiral Sanjay J. Singhh, Vice Chief of the Naval Staff on 05 Sep 23.\n\n' +
      'The Brazilian delegation also held discussions with Vice Admiral Sandeep Naithany, Chief of Materiel on areas of mutual cooperation, with focus on Indian Navy’s indigenisation efforts.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}]`),
      ['talks [Menezez/Brazil+Singhh/India]', 'talks [Menezez/Brazil+Naithany/India]']);
  });
  it('no parties where the text says none took part: "met ... at the office of Prime Minister X" (the venue\'s holder), "These exercises were accompanied by Y" (an event attended, not the meeting); "South African supremo Z"', () => {
    assert.deepStrictEqual(meetingsAt('Senior General Than Schwe and former Indonesian foreign minister Ali Alatass met for about 90 minutes at the office of Prime Minister Soe Winn in Yangon on Monday.'), ['talks [Schwe+Alatass] Yangon']);
    const t = 'On Tuesday, Colombia\'s Defense Minister Carlos Holmes Trujilo met with Southcom Commander Admiral Craig Fuller in Doral, Florida.\n\n' +
      'These exercises were accompanied by the U.S. ambassador in Colombia Philip Goldburg and the Military Forces Commander Gen. Luis Navaro.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Trujilo+Fuller] Doral']);
    assert.deepStrictEqual(analyze('South African supremo Cyril Ramaphossa is also in the capital Windhoek.').persons.map((p) => `${p.name}/${p.country}`), ['Cyril Ramaphossa/South Africa']);
  });
  it('a rank in the plural before its holders\' names, each perhaps with his office in parentheses ("Colonels A(Inspector General), B(Chairman, ...) and C", "Major Generals A, B and C"), unless "respectively" pairs them with offices', () => {
    const persons = (t: string) => analyze(t).persons.map((p) => `${p.name}:${p.rank}:${p.position}`);
    assert.deepStrictEqual(persons('Colonels George Lewes(Inspector General), Enoch Gaskins(Chairman, Joint Services Training Committee) and Nazrul Hussein (Staff Officer One, Special Duties), were also part of the reception team.'),
      ['George Lewes:Colonel:Inspector General', 'Enoch Gaskins:Colonel:Chairman, Joint Services Training Committee', 'Nazrul Hussein:Colonel:Staff Officer One, Special Duties']);
    assert.deepStrictEqual(persons('Major Generals John Smyth, Peter Jonas and Ali Kahn attended.'), ['John Smyth:Major General:null', 'Peter Jonas:Major General:null', 'Ali Kahn:Major General:null']);
  });
  it('"..., White House press secretary X confirmed": the one who reports a call takes no part in it', () => {
    assert.deepStrictEqual(meetingsAt('US President Donald Trumpp spoke to Prime Minister Narendra Modie on Tuesday, White House press secretary Sean Spiser confirmed at the White House briefing.'),
      ['phone call [Trumpp+Modie]']);
  });
  it('"concluded the official visit of Defense Minister X to Vilnius": the visitor is no national of the country visited, though the text gives him none', () => {
    const t = 'Meetings with Lithuanian Foreign Minister Landsbergis Gabrielus and Defence Minister Arvydas Anusauskas concluded on Friday the official visit of Defense Minister Nikos Dendiass to Vilnius.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Landsbergis Gabrielus/Lithuania', 'Arvydas Anusauskas/Lithuania', 'Nikos Dendiass/null']);
  });
  it('"During the wide-ranging talks, held on Thursday in Seoul, the two leaders ...": the day and city of the talks just told', () => {
    const t = 'Defence Minister Rajnath Sing has held talks with his South Korean counterpart Jeong Kyeong-doo.\n\nDuring the wide-ranging talks, held on Thursday in Seoul, the two leaders comprehensively reviewed ties.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.date} ${m.place}`), ['talks Thursday Seoul']);
  });
  it('"the Organization for the Prohibition of Chemical Weapons, the spokesman said": the words closing a body\'s name are no official\'s', () => {
    const a = analyze('They discussed the plans of the Organization for the Prohibition of Chemical Weapons, the assistant press secretary said.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), []);
    assert.deepStrictEqual(a.entities.filter((e) => e.type === 'position').map((e) => e.text), ['assistant press secretary']);
  });
  it('"JCS Chairman Adm. X met US Adm. Y in Busan ... Chief of Naval Operations Adm. Z": offices and short forms several countries use give no country of their own', () => {
    const t = 'SEOUL, Nov. 2 (Yonhap) -- JCS Chairman Adm. Kim Myung-su met US Adm. Stephen Kohler at the Fleet Command in Busan on Thursday.\n\n' +
      'Kohler is said to have also met Chief of Naval Operations Adm. Yang Yong-moo in Seoul on Wednesday.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}/${p.country}`), ['Kim Myung-su/South Korea', 'Stephen Kohler/United States', 'Yang Yong-moo/South Korea']);
  });
  it('"Also in Buenos Aires, Minister X held meetings": a city is no one\'s name; "EU foreign policy chief Y", "Z, EU High Representative for ...": the body\'s official', () => {
    const t = 'Also in Buenos Aires, Minister Zalkalliani held meetings with the President of the Chamber of Deputies, Emilio Monso.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name).sort(), ['Emilio Monso', 'Zalkalliani']);
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.place), ['Buenos Aires']);
    const persons = (u: string) => analyze(u).persons.map((p) => `${p.name}:${p.position}/${p.country}`);
    assert.deepStrictEqual(persons('Separately, Turkish Foreign Minister Hakan Fidann met with EU foreign policy chief Josep Borel.'),
      ['Hakan Fidann:Foreign Minister/Turkey', 'Josep Borel:foreign policy chief/European Union']);
    assert.deepStrictEqual(persons('The meeting was chaired by Josep Borel, EU High Representative for Foreign Affairs and Security Policy.'),
      ['Josep Borel:High Representative for Foreign Affairs and Security Policy/European Union']);
  });
  it('"Chinese Vice Premier He Lifeng met": a family name that is also an English word, after a title', () => {
    const t = 'BEIJING, Aug 29 (Xinhua) -- Chinese Vice Premier He Lifeng met with visiting U.S. Commerce Secretary Gina Raymondo in Beijing on Tuesday. He said the two sides agreed.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}/${p.country}`), ['He Lifeng:Vice Premier/China', 'Gina Raymondo:Commerce Secretary/United States']);
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.length), [2]);
  });
  it('"UN Special Envoy for Yemen X": a body\'s envoy serves the body; "the Ambassador of Chile to the OAS, Y": an envoy accredited to a body, of his own country', () => {
    const persons = (u: string) => analyze(u).persons.map((p) => `${p.name}:${p.position}/${p.country}`);
    assert.deepStrictEqual(persons('He met John Smyth, UN Special Envoy for Yemen, in Aden.'), ['John Smyth:Special Envoy for Yemen/United Nations']);
    assert.deepStrictEqual(persons('Also present at the meeting was the Ambassador of Chile to the OAS, Juan Pablo Lira Bianqui.'), ['Juan Pablo Lira Bianqui:Ambassador of Chile to the OAS/Chile']);
    assert.deepStrictEqual(persons('He met the Ambassador to the African Union, Juan Pablo Lira.'), ['Juan Pablo Lira:Ambassador to the African Union/null']);
  });
  it('"A and his visiting Saudi peer B discussed": talks, "visiting" an adjective after a determiner and "peer" a counterpart', () => {
    const t = 'CAIRO, Chief of Staff of Egypt\'s Armed Forces Lt.-Gen. Ahmad Khalifah and his visiting Saudi peer Fayyadh Al-Ruwaily discussed on Wednesday a number of topics.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}]`),
      ['talks [Khalifah:participant/Egypt+Al-Ruwaily:participant/Saudi Arabia]']);
  });
  it('"presented Letter of Credence to", "handed over her credentials to": an envoy received', () => {
    assert.deepStrictEqual(headlineRoles('Ambassador Olufemi Abikoy has presented Letter of Credence to President Nana Akufo-Ado of Ghana.'), 'reception [Abikoy:guest+Akufo-Ado:host]');
    assert.deepStrictEqual(headlineRoles('The new envoy Ana Silvva handed over her credentials to President Paul Biyya on Monday.'), 'reception [Silvva:guest+Biyya:host]');
  });
  it('"He was welcomed at Bole International Airport by President X", "He was later received in audience at the Star Building by Prime Minister Y": the pronoun, subject of a passive, is the guest', () => {
    assert.deepStrictEqual(headlineRoles('Angolan President Joao Lourenso arrived in Addis Ababa on Friday. He was welcomed at Bole International Airport by President Taye Atske-Selasie.'),
      'reception [Lourenso:guest+Atske-Selasie:host]');
    assert.deepStrictEqual(headlineRoles('Mr Wang Yee arrived in Yaounde on Monday. He was later received in audience at the Star Building by Prime Minister Philemon Yangg.'),
      'reception [Yee:guest+Yangg:host]');
    // ("the Colombian delegation was received in audience by X": the one before who serves that country.)
    const t = 'SANTIAGO -- Today a working meeting took place between the directors of the Chilean and Colombian Foreign Ministries, Patricio Latapiatt and Patricia Cortez, respectively.\n\n' +
      'At the conclusion of the meeting, the Colombian delegation was received in audience by the Undersecretary of Foreign Affairs Patricio Torrez.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`),
      ['talks [Latapiatt:participant+Cortez:participant]', 'reception [Cortez:guest+Torrez:host]']);
  });
  it('"Chief of Staff, Japan Joint Staff Gen. X": the body after the office\'s comma, then the holder\'s rank and name; "Commander Eastern Naval Area, Rear Admiral Y": an area command is a body, not a name', () => {
    const persons = (u: string) => analyze(u).persons.map((p) => `${p.name}:${p.rank}:${p.position}/${p.country}`);
    assert.deepStrictEqual(persons('Chairman of the Joint Chiefs of Staff Gen. Mark A. Miley spoke today with Chief of Staff, Japan Joint Staff Gen. Koji Yamazakki by telephone.')[1],
      'Koji Yamazakki:Gen.:Chief of Staff, Japan Joint Staff/Japan');
    assert.deepStrictEqual(persons('The team paid a courtesy call on Commander Eastern Naval Area, Rear Admiral Sumith Weerasinhe at the Eastern Naval Command Headquarters.'),
      ['Sumith Weerasinhe:Rear Admiral:Commander Eastern Naval Area/null']);
  });
  it('"Gen. X, U.S. Army South commanding general, met with Gral. Y, Colombian National Army commanding general": a body and its office in lower case after a ranked name; a Spanish rank\'s short form', () => {
    const t = 'Brig. Gen. William L. Thigpenn, U.S. Army South commanding general, met with Gral. Eduardo Enrique Zapateiro Altamirando, Colombian National Army commanding general.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.rank}:${p.position}:${p.organization}/${p.country}`),
      ['William L. Thigpenn:Brig. Gen.:commanding general:U.S. Army South/United States', 'Eduardo Enrique Zapateiro Altamirando:Gral.:commanding general:Colombian National Army/Colombia']);
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.length), [2]);
  });
  it('"Prime Minister, Brigadier (ret\'d) X received": the office, then the rank with its retirement\'s note, then the holder', () => {
    assert.deepStrictEqual(analyze('Prime Minister, Brigadier (ret\'d) Mark Philips received a courtesy visit today from outgoing Canadian High Commissioner Lilian Chaterjee.').persons.map((p) => `${p.name}:${p.rank}:${p.position}`),
      ['Mark Philips:Brigadier:Prime Minister', 'Lilian Chaterjee:null:High Commissioner']);
  });
  it('"The Visit of General Yamazaki ... to Canada" / "In Canada on 21 October, General YAMAZAKI ... met with General EYRE": a name in capitals is the one the title names; the visitor is no national of the country visited', () => {
    const t = 'The Visit of General Yamazakki, Chief of Staff, Joint Staff to Canada\n\n' +
      'In Canada on 21 October, General YAMAZAKKI, Chief of Staff, Joint Staff, met with General EYRRE, Chief of the Defence Staff, and agreed to deepen defense cooperation.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}/${p.country}`), ['Yamazakki/null', 'EYRRE/Canada']);
  });
  it('"X returned home on Monday after an official visit to USA ... During the visit, X made a courtesy call on Y": the day of the return dates nothing; the meetings are of the release\'s month at most', () => {
    const t = 'Air Force chief returns home from USA\n\nWednesday, 21 September 2022\n\n' +
      'Chief of Air Staff of Bangladesh Air Force Air Chief Marshal Shaikh Abdul Hanan returned home on Monday after an official visit to USA, says a press release.\n\n' +
      'During the visit, the Chief of Air Staff made a courtesy call on US Air Force Chief of Staff General Charles Q Browne and exchanged views on bilateral issues at Pentagon.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.date} ${m.isoDate} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`),
      ['reception null 2022-09 [Hanan:guest+Browne:host]']);
  });
  it('"The leaders of the BRICS countries met here ... The leaders, including A, B and C, discussed": the group the lead tells meeting, named next', () => {
    const t = 'BRISBANE, Nov 15 -- The leaders of the BRICS countries met here on Saturday. The leaders, including Chinese President Xi Jinpin, Russian President Vladimir Poutine and Brazilian President Dilma Roussef, discussed the global economy.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.place} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`),
      ['multilateral Brisbane [Jinpin+Poutine+Roussef]']);
  });
  it('"Azerbaijani, Iranian and Turkish FMs meet" ... "the three countries\' foreign ministers A, B and C": each of the country listed in turn, a meeting of three sides', () => {
    const t = 'Azerbaijani, Iranian and Turkish FMs meet in Nakhchivan\n\nOn Wednesday, the three countries\' foreign ministers Elmar Mammadyarow, Ali Akbar Salehy and Ahmet Davutoglou held a trilateral meeting in Nakhchivan.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Mammadyarow/Azerbaijan', 'Salehy/Iran', 'Davutoglou/Turkey']);
    assert.deepStrictEqual(a.meetings.map((m) => m.kind), ['multilateral']);
  });
  it('names with no office before them: "alongside his deputy, X", "succeeding Y", "the late Z", "The meeting was chaired by W"', () => {
    const names = (u: string) => analyze(u).persons.map((p) => p.name);
    assert.deepStrictEqual(names('She will officially assume office alongside her deputy, Selma Malika Hadadi.'), ['Selma Malika Hadadi']);
    assert.deepStrictEqual(names('She was elected Chairperson of the Commission, succeeding Moussa Faki Mahamatt.'), ['Moussa Faki Mahamatt']);
    assert.deepStrictEqual(names('They paid tribute to the late Greg Urwinn.'), ['Greg Urwinn']);
    assert.deepStrictEqual(names('The meeting was chaired by Josep Borel.'), ['Josep Borel']);
    assert.deepStrictEqual(names('The event was hosted by Kuala Lumpur City Hall. It was too late Sunday.'), []);
  });
  it('"Captain X accompanied by the Commanding Officer and other officers paid a courtesy call on Y": an escort unnamed, the call stands', () => {
    assert.deepStrictEqual(headlineRoles('Captain Ryoko Azumma accompanied by the Commanding Officer and other officers paid a courtesy call on Rear Admiral Sumith Weerasinhe.'),
      'reception [Azumma:guest+Weerasinhe:host]');
  });
  it('"X did not schedule a meeting with Y, even as he met A and B": no meeting denied; the pronoun after "even as" is the sentence\'s subject', () => {
    const t = 'United States President Donald Trumpp did not schedule a meeting with Pakistan Prime Minister Nawaz Shariff, even as he met Afghanistan President Ashraf Ghanni and Saudi King Salman bin Abdulaziz Al Saud on the sidelines of the Riyadh Summit.';
    assert.deepStrictEqual(meetingsAt(t), ['multilateral [Trumpp+Ghanni+Saud] Riyadh']);
    assert.deepStrictEqual(meetingsAt('President Donald Trumpp has not met Prime Minister Nawaz Shariff.'), []);
  });
  it('"Also present was Counsellor ... at the High Commission, Y, who will function as chargé d\'affaires until new High Commissioner, Z takes up his position": the mission\'s staff and next envoy serve the one country whose envoy the text names; the successor to come attends nothing', () => {
    const t = 'GEORGETOWN -- Prime Minister Mark Philips received a courtesy visit today from outgoing Canadian High Commissioner Lilian Chaterjee.\n\n' +
      'Also present during the meeting, was Counsellor for Development Cooperation at the High Commission, Janine Coker, who will now function as chargé d\'affaires until new High Commissioner, Mark Bermann takes up his position.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Philips/Guyana', 'Chaterjee/Canada', 'Coker/Canada', 'Bermann/Canada']);
    assert.deepStrictEqual(headlineRoles(t), 'reception [Philips:host+Chaterjee:guest+Coker:guest]');
  });
  it('"David X, Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom"; "the Secretary-General of the Commonwealth, Y": the office whole, the body\'s official', () => {
    const persons = (u: string) => analyze(u).persons.map((p) => `${p.name}:${p.position}/${p.country}`);
    assert.deepStrictEqual(persons('The Foreign Ministers also met with David Lamy, Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom.'),
      ['David Lamy:Secretary of State for Foreign, Commonwealth and Development Affairs/United Kingdom']);
    assert.deepStrictEqual(persons('He met with the Secretary-General of the Commonwealth, Kamalesh Sharmma, in London.'), ['Kamalesh Sharmma:Secretary-General of the Commonwealth/Commonwealth']);
  });
  it('"Senators A and B met", "At the meeting were Republican congressmen A, B and C": offices of lawmakers in the plural before their holders; not "the House of Representatives"', () => {
    const persons = (u: string) => analyze(u).persons.map((p) => `${p.name}:${p.position}`);
    assert.deepStrictEqual(persons('Senators John McCainn and Lindsey Grahams met President Ashraf Ghanni in Kabul.'), ['John McCainn:Senator', 'Lindsey Grahams:Senator', 'Ashraf Ghanni:President']);
    assert.deepStrictEqual(persons('At the meeting were Republican congressmen Ted Yohoo, Jeff Dunkan and Matt Salmonn.'), ['Ted Yohoo:congressman', 'Jeff Dunkan:congressman', 'Matt Salmonn:congressman']);
    assert.deepStrictEqual(analyze('He spoke to the US House of Representatives Foreign Affairs Committee.').entities.filter((e) => e.type === 'position').map((e) => e.text), []);
  });
  it('"during the year of Viet Nam\'s ASEAN Chairmanship": no one\'s name; "X proposed regular meetings ..., including a summit between A and B": a meeting proposed, not held', () => {
    assert.deepStrictEqual(analyze('The two sides agreed to cooperate during the year of Viet Nam\'s ASEAN Chairmanship.').persons.map((p) => p.name), []);
    const t = 'PORT OF SPAIN -- Prime Minister Keith Rowly held a virtual meeting with US National Security Adviser Jake Sulivan on Thursday. ' +
      'Sulivan proposed regular high-level meetings between Caricom and the US, including a summit between Caricom Heads of Government and US President Joe Bidden.';
    assert.deepStrictEqual(meetingsAt(t), ['video call [Rowly+Sulivan]']);
  });
  it('"X discussed yesterday with his Argentinian counterpart, Y, ...": talks; "communicated by phone": a call; "discussed the issue with reporters": nothing', () => {
    assert.deepStrictEqual(meetingsAt('TBILISI -- Foreign Minister Davit Zalkaliany discussed yesterday with his Argentinian counterpart, Jorge Faurye, the two countries\' bilateral cooperation.'),
      ['talks [Zalkaliany+Faurye] Tbilisi']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Davit Zalkaliany discussed the issue with reporters.'), []);
    assert.deepStrictEqual(meetingsAt('BUENOS AIRES -- Foreign Minister Santiago Cafierro and his Chilean counterpart Antonia Urejola communicated by phone for a few minutes on Monday.'),
      ['phone call [Cafierro+Urejola]']);
  });
  it('"David X met with the Secretary-General ... The Prime Minister welcomed the Secretary-General": the one official named without office holds the office named alone; "welcomed Y to Downing Street": the host\'s seat of government', () => {
    assert.deepStrictEqual(analyze('David Camerron met with the Secretary-General of the Commonwealth, Kamalesh Sharmma. The Prime Minister welcomed the Secretary-General to Downing Street today.').persons.map((p) => `${p.name}:${p.position}`)[0],
      'David Camerron:Prime Minister');
    assert.deepStrictEqual(analyze('Prime Minister David Camerron welcomed the Secretary-General of the Commonwealth, Kamalesh Sharmma, to Downing Street today.').persons.map((p) => `${p.name}/${p.country}`),
      ['David Camerron/United Kingdom', 'Kamalesh Sharmma/Commonwealth']);
  });
  it('"developments in Venezuela and Georgia\'s position": no pair of sides (a possessive after "and"); the hosts in Buenos Aires serve Argentina', () => {
    const t = 'Georgian FM meets Argentinian counterpart\n\nForeign Minister Davit Zalkaliany discussed yesterday with his Argentinian counterpart, Jorge Faurye, bilateral cooperation.\n\n' +
      'Zalkaliany and Faurye also touched upon developments in Venezuela and Georgia\'s position to that end.\n\n' +
      'Also in Buenos Aires, Minister Zalkaliany held meetings with the President of the Chamber of Deputies of the National Congress, Emilio Monso, and the Minister for Tourism, Gustavo Santoss.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`), ['Zalkaliany/Georgia', 'Faurye/Argentina', 'Monso/Argentina', 'Santoss/Argentina']);
  });
  it('"Brunei Darussalam\'s Foreign Minister II Dato X": the office\'s ordinal is part of it, no one\'s name', () => {
    assert.deepStrictEqual(analyze('Fidan held talks with Brunei Darussalam\'s Foreign Minister II Dato Erywan Yusoff.').persons.map((p) => `${p.name}:${p.position}/${p.country}`),
      ['Erywan Yusoff:Foreign Minister II/Brunei']);
  });
  it('"a guard of honour, on behalf of US Army chief General X, was presented to ... Later, he paid a courtesy call on his US counterpart": the pronoun is not the one named only as another\'s principal', () => {
    const t = 'DHAKA -- The chief of Bangladesh Army Staff General Aziz Ahmedd returned home on Friday. On February 4, a guard of honour, on behalf of US Army chief General McConvile, was presented to the chief of Bangladesh Army. ' +
      'Later, he paid a courtesy call on his US counterpart and discussed ways to strengthen ties.';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Ahmedd:guest+McConvile:host]');
  });
  it('"President X made a phone call today to the Emir Y": the one who made the call called', () => {
    assert.deepStrictEqual(headlineRoles('President Barham Saleh made a phone call today to the Emir of Qatar Sheikh Tamim bin Hamad Al-Thany.'),
      'phone call [Saleh:caller+Al-Thany:callee]');
    assert.deepStrictEqual(headlineRoles('President Barham Saleh held a phone call with the Emir of Qatar Sheikh Tamim bin Hamad Al-Thany.'),
      'phone call [Saleh:participant+Al-Thany:participant]');
  });
  it('"received X at the Kremlin", "welcomed Y to Downing Street", "hosted Z at the White House": a seat of government stands for its city; "The foreign ministers of Azerbaijan and Turkey A and B met": the two names after two countries, in turn', () => {
    assert.deepStrictEqual(meetingsAt('Russian President Vladimir Poutin received Turkish Foreign Minister Mevlut Cavusoglou at the Kremlin on Tuesday.'), ['reception [Poutin+Cavusoglou] Moscow']);
    assert.deepStrictEqual(meetingsAt('Prime Minister David Camerron welcomed the Secretary-General of the Commonwealth, Kamalesh Sharmma, to Downing Street today.'), ['reception [Camerron+Sharmma] London']);
    assert.deepStrictEqual(meetingsAt('President Joe Bidden hosted Indian Prime Minister Narendra Modie at the White House on Thursday.'), ['reception [Bidden+Modie] Washington']);
    assert.deepStrictEqual(analyze('The foreign ministers of Azerbaijan and Turkey Elmar Mammadyarow and Ahmet Davutoglou met on Wednesday in Baku.').persons.map((p) => `${p.name.split(' ').pop()}/${p.country}`),
      ['Mammadyarow/Azerbaijan', 'Davutoglou/Turkey']);
  });
  it('"Azerbaijan, Nakhchivan, March 7 / Trend /": a dateline opening with the country, then its city; not a title "Kuwait, Italy Discuss Mutual Cooperation"', () => {
    const t = 'Azerbaijan, Nakhchivan, March 7 / Trend /\n\nForeign Minister Elmar Mammadyarow met his Turkish counterpart Ahmet Davutoglou on Wednesday.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Mammadyarow+Davutoglou] Nakhchivan']);
    const u = 'Kuwait, Italy Discuss Mutual Cooperation\n\nKuwaiti Defence Minister Abdullah Al-Yahyaa held talks with Italian Defence Minister Guido Crossetto on Friday.';
    assert.notDeepStrictEqual(analyze(u).meetings.map((m) => m.place), ['Italy Discuss Mutual Cooperation']);
  });
  it('"A recent visit of Z.Enkhbold, Chief of Staff of the Office, to the US": a name of one word with its initial written against it; "the ongoing negotiations on tax exemptions": a process, no meeting', () => {
    const a = analyze('ULAANBAATAR -- A recent visit of Z.Enkhbolld, Chief of Staff of the Office, to the US was very constructive in forwarding the ongoing negotiations on tax exemptions.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}:${p.position}`), ['Z.Enkhbolld:Chief of Staff of the Office']);
    assert.deepStrictEqual(a.meetings.map((m) => m.kind), ['visit']);
  });

  it('officials of the UN\'s agencies, the development banks and the other bodies serve their body, wherever they meet: "Director-General of the World Health Organization (WHO) X ... during his visit to Switzerland", "OIC Secretary General", "World Bank Group President", "Managing Director of the International Monetary Fund"', () => {
    const sideOf = (t: string, name: string) => { const p = analyze(t).persons.find((x) => x.name === name); return `${p?.position} / ${p?.country}`; };
    assert.strictEqual(sideOf('Director-General of the World Health Organization (WHO) Marco Velani met Health Minister Tomas Reiner of Austria during his visit to Switzerland.', 'Marco Velani'),
      'Director-General of the World Health Organization / World Health Organization');
    assert.strictEqual(sideOf('OIC Secretary General Hamad Al-Qasimi received on Tuesday the Consul General of Norway in Jeddah, Lars Eidsvik.', 'Hamad Al-Qasimi'), 'Secretary General / Organisation of Islamic Cooperation');
    assert.strictEqual(sideOf('Secretary-General of the Council of Europe Anna Kovacs met Serbian Foreign Minister Petar Lukic in Belgrade on Monday.', 'Anna Kovacs'), 'Secretary-General of the Council of Europe / Council of Europe');
    assert.strictEqual(sideOf('World Bank Group President Daniel Ross met French Minister of Economy Pierre Lemaire in Washington on Tuesday.', 'Daniel Ross'), 'World Bank Group President / World Bank');
    assert.strictEqual(sideOf('IMF Managing Director Peter Olsen called on Prime Minister Ali Raza of Pakistan in Islamabad on Monday.', 'Peter Olsen'), 'Managing Director / International Monetary Fund');
    // The holder named first, his body's office after a comma, then the verb: a guest the call is on.
    const call = analyze('NAIROBI: Peter Olsen, Acting Managing Director of the International Monetary Fund (IMF) called on President Daniel Mwangi at State House, Nairobi.');
    assert.deepStrictEqual(call.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}:${p.side}`).join(' + ')),
      ['Peter Olsen:guest:International Monetary Fund + Daniel Mwangi:host:Kenya']);
    assert.strictEqual(sideOf('Foreign Minister Karl Brandt of Germany met with United Nations High Commissioner for Refugees (UNHCR) Paolo Venzi in Berlin, discussing the war in Sudan.', 'Paolo Venzi'),
      'High Commissioner for Refugees / United Nations');
  });

  it('styles of address set off by commas, and a body\'s short form, between an office and its holder: "Executive Secretary Her Excellency, Dr Grace X", "Prime Minister of Grenada, the Hon, Marcus Y", "(GCC) Dr. Khalid Z"', () => {
    const office = (t: string, name: string) => { const p = analyze(t).persons.find((x) => x.name === name); return `${p?.position} / ${p?.country}`; };
    assert.strictEqual(office('The SADC Executive Secretary Her Excellency, Dr Grace Mwale paid a courtesy call on Foreign Minister Peter Banda of Malawi on 6th August 2018.', 'Grace Mwale'), 'Executive Secretary / SADC');
    assert.strictEqual(office('The opening ceremony featured addresses by the Prime Minister of Grenada, the Hon, Marcus Bell.', 'Marcus Bell'), 'Prime Minister / Grenada');
    assert.strictEqual(office('Secretary General of the Gulf Cooperation Council (GCC) Dr. Khalid Al-Mansour received here today Ambassador of Japan to Saudi Arabia Kenji Sato.', 'Khalid Al-Mansour'),
      'Secretary General of the Gulf Cooperation Council / Gulf Cooperation Council');
  });

  it('a local office takes the province or town it is held over, however little the lexicons know it: "Governor of New South Wales,", "Governor of Uruguay\'s Canelones province,", "Governor of Jigawa State, Alhaji X", "Mayor of Waitakere,", "Mayor of Ipswich, Cllr. Y"', () => {
    const officials = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(officials('Her Excellency Margaret Hollis, Governor of New South Wales, received Mr Pierre Lamont, Consul-General of France, at Government House.'),
      ['Margaret Hollis: Governor of New South Wales / Australia', 'Pierre Lamont: Consul-General / France']);
    assert.deepStrictEqual(officials('National Assembly Chairman Tran Van Minh received Yamandu Carlos Rivera Sosa, Governor of Uruguay\'s Canelones province, on April 28.'),
      ['Tran Van Minh: National Assembly Chairman / Vietnam', 'Yamandu Carlos Rivera Sosa: Governor of Uruguay\'s Canelones province / Uruguay']);
    // (Invented provinces: what closes the place, not the lexicon, ends it.)
    assert.deepStrictEqual(officials('It was a great honour to receive the Governor of Garuba State, Alhaji Musa Danladi, at the Embassy.'), ['Musa Danladi: Governor of Garuba State / null']);
    assert.deepStrictEqual(officials('Governor of Hanmu Province Mr. KIM Dong-su visited the secretariat on December 19, 2014.'), ['KIM Dong-su: Governor of Hanmu Province / null']);
    assert.deepStrictEqual(officials('From June 13 to 15, Bob Kerrigan, Mayor of Waitakere, paid a visit to the city.'), ['Bob Kerrigan: Mayor of Waitakere / null']);
    assert.deepStrictEqual(officials('The Mayor of Ipswich, Cllr. John Barrow has arranged a welcome party for the visitors.'), ['John Barrow: Mayor of Ipswich / null']);
  });

  it('a province the lexicon knows gives a local office\'s holder its country: "Chief Minister of Madhya Pradesh X", "Governor of Lagos State Y", "Governor of Jeju Province Mr. Z"', () => {
    const officials = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(officials('Chief Minister of Madhya Pradesh Shivraj Singh received the delegation.'), ['Shivraj Singh: Chief Minister of Madhya Pradesh / India']);
    assert.deepStrictEqual(officials('Governor of Lagos State Babajide Olu met the visitors on Monday.'), ['Babajide Olu: Governor of Lagos State / Nigeria']);
    assert.deepStrictEqual(officials('Governor of Jeju Province Mr. KIM Dong-su visited the secretariat.'), ['KIM Dong-su: Governor of Jeju Province / South Korea']);
    assert.deepStrictEqual(officials('Her Excellency Margaret Hollis, Governor of New South Wales, received the delegation.'), ['Margaret Hollis: Governor of New South Wales / Australia']);
  });

  it('"He had a bilateral meeting with X": the pronoun as a light verb\'s subject; "made phone call to" (no article): a caller; "PM X", "Samoa PM Y": an office beside its holder, not "3 PM"; "PM X IN MALTA": a headline\'s small words in capitals are no name', () => {
    const parties = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name}:${p.role}`).join(' + ')}`);
    assert.deepStrictEqual(parties('Prime Minister Narendra Singh arrived in Washington on Wednesday. On Thursday he had a bilateral meeting with U.S. President Joe Baker.'),
      ['talks Narendra Singh:participant + Joe Baker:participant']);
    assert.deepStrictEqual(parties('ISLAMABAD: Prime Minister Omar Farooq made phone call to his Bangladesh counterpart Nasreen Akhter Wednesday to enquire about her health.'),
      ['phone call Omar Farooq:caller + Nasreen Akhter:callee']);
    const offices = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(offices('Indian PM Narendra Singh met President Joe Baker at 10:30 PM in Washington.'), ['Narendra Singh: PM / India', 'Joe Baker: President / United States']);
    assert.deepStrictEqual(offices('The meeting began at 3 PM Monday in Hanoi and at 5 PM Minister Tran left.'), ['Tran: Minister / Vietnam']);
    assert.deepStrictEqual(offices('BRITISH PRIME MINISTER KEEN TO MEET PM SOGAVARE IN MALTA\n\nPrime Minister Manasseh Sogavare met the High Commissioner.').map((x) => x.split(':')[0]), ['Manasseh Sogavare']);
  });

  it('"X on Thursday concluded his three-day visit to Kenya", "President Y received a delegation of the Russian Federation": neither is a national of the country named; "the President of Tatarstan Z": a province the lexicon knows, whatever the office', () => {
    const countries = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(countries('Foreign Minister Tariq Hassan on Thursday concluded his three-day visit to Kenya.'), ['Tariq Hassan: null']);
    assert.deepStrictEqual(countries('President Tomas Ekvall received a delegation of the Russian Federation on March 23.'), ['Tomas Ekvall: null']);
    const a = analyze('On March 23, President Tomas Ekvall received a delegation of the Russian Federation led by the President of Tatarstan Dario Fenwick.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Tomas Ekvall: President / null', 'Dario Fenwick: President of Tatarstan / Russia']);
  });

  it('"The three top diplomats met on November 26 in Busan. Japanese Foreign Minister A, ... B and ... C agreed": a lead naming nobody takes those the next sentence names; "The leaders of Japan, South Korea and the United States met on Friday at Camp David" too', () => {
    const meetings = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.isoDate ?? m.date} ${m.place}: ${m.participants.map((p) => p.name).join(' + ')}`);
    assert.deepStrictEqual(meetings('The three top diplomats met on November 26, 2023 in the port of Busan. Japanese Foreign Minister Aiko Tanabe, South Korean Foreign Minister Lee Dong-hwan and Chinese Foreign Minister Zhou Ming agreed to promote cooperation.'),
      ['multilateral 2023-11-26 Busan: Aiko Tanabe + Lee Dong-hwan + Zhou Ming']);
    assert.deepStrictEqual(meetings('The leaders of Japan, South Korea and the United States met on Friday at Camp David. U.S. President Tom Harlan said at a joint news conference with Prime Minister Kenji Mori and South Korean President Kim Jae-won that the alliance was ironclad.'),
      ['multilateral Friday Camp David: Tom Harlan + Kenji Mori + Kim Jae-won']);
  });

  it('"Secretary-General of the League of Arab States, former Jordanian Foreign Minister X": the office he holds, and its body, not the one he held; "A attended the Quad Foreign Ministers\' Meeting ... B, C and D also attended": multilateral; "may not meet" is no meeting; "came together to discuss" is one', () => {
    const a = analyze('President of Kazakhstan Aidos Serikov has received Secretary-General of the League of Arab States, former Jordanian Foreign Minister Samir Haddad.');
    const p = a.persons.find((x) => x.name === 'Samir Haddad');
    assert.deepStrictEqual([p?.position, p?.country], ['Secretary-General of the League of Arab States', 'Arab League']);
    const quad = analyze('External Affairs Minister Arun Mehta attended the 4th Quad Foreign Ministers\' Meeting in Melbourne, Australia on February 11. Japanese Foreign Minister Kenji Mori, US Secretary of State Tom Harlan and Australian Foreign Minister Jane Weston also attended the Meeting.');
    assert.deepStrictEqual(quad.meetings.map((m) => `${m.kind}: ${m.participants.length}`), ['multilateral: 4']);
    assert.deepStrictEqual(analyze('South Korean national security adviser Han Sung-ho told reporters that President Zhou Lei, Japanese Prime Minister Kenji Mori and South Korean President Kim Jae-won may not meet this year.').meetings, []);
    assert.deepStrictEqual(analyze('On Monday, the Iranian Foreign Minister Reza Karimi and the UN Special Envoy for Yemen, Anders Holm came together to discuss developments in the region.').meetings
      .map((m) => `${m.kind}: ${m.participants.map((x) => `${x.name}/${x.side}`).join(' + ')}`), ['talks: Reza Karimi/Iran + Anders Holm/United Nations']);
  });

  it('"X and his wife Y welcomed Z", "A and his Azerbaijani counterpart B discussed": the one named first, with no office, is a party too; "Chief Financial Officer" is an office, no person; "the US Vice President" is not "US President X"; a visit recalled gives the meeting no year', () => {
    const parties = (t: string) => analyze(t).meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(' + '));
    assert.deepStrictEqual(parties('Tom Ekvall and his wife Lena Ekvall welcomed Prime Minister Raj Kumar on Thursday.'), ['Tom Ekvall:host + Lena Ekvall:host + Raj Kumar:guest']);
    assert.deepStrictEqual(parties('Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov discussed the peace treaty on Friday.'), ['Ararat Mirzoyan:participant + Jeyhun Bayramov:participant']);
    assert.deepStrictEqual(analyze('Finance Minister Leela Rao met Anita Shah, Managing Director and World Bank Group Chief Financial Officer, on Monday.').persons.map((p) => p.name), ['Leela Rao', 'Anita Shah']);
    const vp = analyze('PM Thanh hailed the US Vice President\'s contributions to the relationship. Vietnam is preparing for US President Tom Baker\'s visit.');
    assert.deepStrictEqual(vp.persons.filter((p) => p.name === 'Tom Baker').map((p) => p.position), ['President']);
    const recalled = analyze('President of Kazakhstan Aidos Serikov has received Secretary-General of the League of Arab States Samir Haddad. The head of state recalled his visit to the headquarters of the League in 2009.');
    assert.deepStrictEqual(recalled.meetings.map((m) => `${m.kind} ${m.date}`), ['reception null']);
  });

  it('"received a delegation of the Zambian National Assembly, led by its Speaker, Madam X": the leader of a nation\'s delegation is of it; "Amb. Y (Nigeria, Western Region)": a country in brackets after a name', () => {
    const countries = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(countries('During sitting on Tuesday, Speaker Kofi Mensah received a delegation of the Zambian National Assembly, led by its Speaker, Madam Grace Phiri.'),
      ['Kofi Mensah: null', 'Grace Phiri: Zambia']);
    assert.deepStrictEqual(countries('The newly appointed Commissioners include Amb. Bankole Adeoye (Nigeria, Western Region) and Amb. Amma Twum-Amoah (Ghana, Western Region).'),
      ['Bankole Adeoye: Nigeria', 'Amma Twum-Amoah: Ghana']);
  });

  it('a palace named in the language of its country is a venue: "for work meetings at Palácio do Planalto, in Brasília" places the meeting in Brasília, not "Palácio"', () => {
    const a = analyze('President Tomas Ekvall receives, this Monday (9), Foreign Minister Dario Fenwick of Chile, for work meetings at Palácio do Planalto, in Brasília.');
    assert.deepStrictEqual(a.meetings.map((m) => m.place), ['Brasília']);
  });

  it('Malay royal styles: "Sultan Ahmad Shah ibni Almarhum Sultan Abu Bakar" is one person (his father\'s name is his patronymic), the style repeated before his name no second office; the Agong, the Permaisuri, the Tunku Mahkota; Tunku, Tengku, Tuanku are styles', () => {
    const officials = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(officials('The Sultan of Pahang, Sultan Ahmad Shah ibni Almarhum Sultan Abu Bakar, received Minister Lee Boon Keng.'),
      ['Ahmad Shah ibni Almarhum Sultan Abu Bakar: Sultan of Pahang', 'Lee Boon Keng: Minister']);
    assert.deepStrictEqual(officials('Sultan of Johor Sultan Ibrahim Almarhum Sultan Iskandar today received a courtesy call from Minister Lee Boon Keng.'),
      ['Ibrahim Almarhum Sultan Iskandar: Sultan of Johor', 'Lee Boon Keng: Minister']);
    assert.deepStrictEqual(analyze('Yang di-Pertuan Agong Al-Sultan Abdullah Ri\'ayatuddin Al-Mustafa Billah Shah granted an audience to Singapore Prime Minister Lee Hsien Loong at Istana Negara today.').meetings
      .map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(' + ')), ['Abdullah Ri\'ayatuddin Al-Mustafa Billah Shah:host + Lee Hsien Loong:guest']);
    assert.deepStrictEqual(officials('The meeting was attended by the Tunku Mahkota of Johor Tunku Ismail.'), ['Ismail: Tunku Mahkota of Johor']);
    // (Yang is a family name too: "Yang Jiechi" stays a person.)
    assert.deepStrictEqual(officials('State Councilor Yang Jiechi met Secretary of State Rex Tillerson.'), ['Yang Jiechi: State Councilor', 'Rex Tillerson: Secretary of State']);
  });

  it('"He was accompanied by A and B": they stand at the side of the one the sentence before named first; "The Prime Minister was assisted by C, Foreign Minister; D, ...", "The Georgian side at the meeting was represented by E": attendees', () => {
    const a = analyze('Peter Olsen, Managing Director of the IMF, called on Prime Minister Ali Raza of Pakistan in Washington. He was accompanied by Omar Haddad, Director of the Middle East Department and Lena Fisk, Chief of Staff. ' +
      'The Prime Minister was assisted by Bilal Siddiqui, Foreign Minister; Tariq Aslam, Adviser to the Prime Minister on Finance; and Ambassador Nadia Karim.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(' + ')),
      ['Peter Olsen:guest + Ali Raza:host + Omar Haddad:guest + Lena Fisk:guest + Bilal Siddiqui:host + Tariq Aslam:host + Nadia Karim:host']);
    const b = analyze('Georgian Prime Minister Levan Beridze met with Mark Olsen, NATO Secretary General. The Georgian side at the meeting was represented by the Foreign Minister of Georgia, Nika Gelashvili, and the Ambassador of Georgia to NATO, Irakli Tsereteli.');
    assert.deepStrictEqual(b.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.side}`).join(' + ')),
      ['Levan Beridze:Georgia + Mark Olsen:NATO + Nika Gelashvili:Georgia + Irakli Tsereteli:Georgia']);
  });

  it('"Presidents A and B inspected the Guard of Honor. Then the Presidents of the two countries held Turkmen-Uzbek one-on-one talks": the plural subject before a light verb and its adjectives stands for the two named before', () => {
    const a = analyze('Presidents Berdi Atayev and Rustam Karimov inspected the Guard of Honor in Tashkent. Then the Presidents of the two countries held Turkmen-Uzbek one-on-one talks.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}: ${m.participants.map((p) => p.name).join(' + ')}`), ['talks: Berdi Atayev + Rustam Karimov']);
  });

  it('a name misspelt by one letter later in the text is the same person: "Shah Mahmood Qureshi", then "Shah Mehmood Qureshi"; "Lee Hsien Loong", then "Lee Hsien Long"', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('Foreign Minister Shah Mahmood Qureshi met President Uhuru Kenyatta. Later Shah Mehmood Qureshi addressed the conference.'), ['Shah Mahmood Qureshi', 'Uhuru Kenyatta']);
    assert.deepStrictEqual(names('Prime Minister Lee Hsien Loong arrived in Hanoi. Minister Chu Ngoc Anh received Prime Minister Lee Hsien Long at the airport.'), ['Lee Hsien Loong', 'Chu Ngoc Anh']);
    // (Not two short names: "Kim Jong Un" and "Kim Jong Il" are two people.)
    assert.deepStrictEqual(names('Chairman Kim Jong Un met Premier Kim Jong Il.'), ['Kim Jong Un', 'Kim Jong Il']);
  });

  it('"Authority" heads a body\'s name: "Chair of the ECOWAS Authority of Heads of State and Government" makes no person "Authority"; "Civil Aviation Authority" is a body', () => {
    const a = analyze('President Kofi Asante, Chair of the ECOWAS Authority of Heads of State and Government, paid a working visit to the ECOWAS Commission in Abuja.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Kofi Asante']);
    const b = analyze('The Director of the Civil Aviation Authority John Smith met the delegation.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.organization}`), ['John Smith: Civil Aviation Authority']);
  });

  it('"The Defence Minister of Uzbekistan thanked X": a verb after the office\'s country ends it; "Rahman Pehin Latif", "Kamal Tun Rashid": a Malay style inside a name; "X, Chief of Naval Staff, who is on an official visit to Ankara, called on Y" filed from Ankara: X is no Turk, Y is; "held phone talks at request with Y": Y called', () => {
    const a = analyze('NEW DELHI, March 3, 2022 - Defence Minister Arvind Kumar Sethi today held talks with the Defence Minister of Uzbekistan Major General Bakhtiyor Ruzmetov in New Delhi. The Defence Minister of Uzbekistan thanked Arvind Kumar Sethi for the invitation.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Arvind Kumar Sethi: Defence Minister / India', 'Bakhtiyor Ruzmetov: Defence Minister / Uzbekistan']);
    assert.deepStrictEqual(analyze('Minister Tan Wei Ming was hosted to lunch by his Brunei counterpart, Second Minister of Foreign Affairs Rahman Pehin Latif.').persons.map((p) => p.name), ['Tan Wei Ming', 'Rahman Pehin Latif']);
    assert.deepStrictEqual(analyze('He also met Foreign Minister Kamal Tun Rashid of Malaysia in Kuala Lumpur on June 4.').persons.map((p) => `${p.name}: ${p.country}`), ['Kamal Tun Rashid: Malaysia']);
    const visit = analyze('ANKARA, May 2 - Admiral Pedro Salas, Chief of Naval Staff, who is on an official visit to Ankara, called on Defence Minister Kemal Aydin.');
    assert.deepStrictEqual(visit.persons.map((p) => `${p.name}: ${p.country}`), ['Pedro Salas: null', 'Kemal Aydin: Turkey']);
    const call = analyze('On March 14, 2016, Foreign Minister Li Hua held phone talks at request with Foreign Minister Taro Sato of Japan.');
    assert.deepStrictEqual(call.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(' + ')), ['Li Hua:callee + Taro Sato:caller']);
  });

  it('an official described, not named: "The senior Czech commander also met Y", "The Colombian general was received at the Pentagon by Z" (after "Colombia\'s Armed Forces commander, General X"); "visited Naval Headquarters Islamabad ... and called on Y": the city closing the venue', () => {
    const parties = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.place}: ${m.participants.map((p) => `${p.name}:${p.role}:${p.side}`).join(' + ')}`);
    assert.deepStrictEqual(parties('CAIRO, May 7 (MENA) - Egypt\'s Minister of Defence Ahmed Sarwat met with Czech Chief of General Staff General Tomas Velkar on Sunday. The senior Czech commander also met with Egyptian Chief of Staff Lieutenant General Karim Mansour.'),
      ['talks Cairo: Ahmed Sarwat:participant:Egypt + Tomas Velkar:participant:Czech Republic', 'talks Cairo: Tomas Velkar:participant:Czech Republic + Karim Mansour:participant:Egypt']);
    assert.deepStrictEqual(parties('WASHINGTON, May 5 (EFE) - Colombia\'s Armed Forces commander, General Luis Andrade, started a three-day trip to Washington Tuesday with a visit to the Pentagon.\n\nThe Colombian general was received at the Pentagon by the Chairman of the Joint Chiefs of Staff, General Mark Dalton.'),
      ['reception Washington: Luis Andrade:guest:Colombia + Mark Dalton:host:United States']);
    assert.deepStrictEqual(parties('Brazilian Navy Chief of Staff Admiral Paulo Ribeiro visited Naval Headquarters Islamabad on Monday and called on Chief of the Naval Staff Admiral Tariq Mahmood.'),
      ['reception Islamabad: Paulo Ribeiro:guest:Brazil + Tariq Mahmood:host:Pakistan']);
  });

  it('"the commander of US Central Command (CENTCOM) Robert J Hayes": a lower-case office, its body and short form, then the holder; "Director General Counter Terrorism Japan Kenji Sato": a domain and the holder\'s country between the office and the name', () => {
    const officials = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(officials('Egypt\'s Minister of Defence Ahmed Sarwat met with the commander of US Central Command (CENTCOM) Robert J Hayes on Sunday.'),
      ['Ahmed Sarwat: Minister of Defence / Egypt', 'Robert J Hayes: commander of US Central Command / United States']);
    assert.deepStrictEqual(officials('ISLAMABAD, April 24 - Director General Counter Terrorism Japan Kenji Sato on Tuesday met with Inspector General of Police (IGP) Asad Mehmood.'),
      ['Kenji Sato: Director General Counter Terrorism / Japan', 'Asad Mehmood: Inspector General of Police / Pakistan']);
  });

  it('"The head of the Russian delegation, Major General X, briefed the minister": of that nation; "Major general" written in lower case is a rank; "Board" heads a body\'s name ("Inter-American Defense Board Carlos Mendoza" is no person "Board Carlos Mendoza")', () => {
    const officials = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.rank} / ${p.country}`);
    assert.deepStrictEqual(officials('YEREVAN, Sept 3 (ARMENPRESS) - Minister of Defense Aram Petrosyan on Thursday received a delegation of the Russian Ministry of Defense. The head of the Russian delegation, Major General Ivan Sokolov, briefed the minister on the upcoming work.'),
      ['Aram Petrosyan: null / Armenia', 'Ivan Sokolov: Major General / Russia']);
    assert.deepStrictEqual(officials('The Deputy Chief of the General Staff of the Armenian Armed Forces Major general Aram Petrosyan met with the Chief of Georgian Defense Forces Major general Levan Beridze.'),
      ['Aram Petrosyan: Major general / Armenia', 'Levan Beridze: Major general / Georgia']);
    assert.deepStrictEqual(analyze('The delegation included Vice-Chairman of the Council of Delegates of the Inter-American Defense Board Carlos Mendoza.').persons.map((p) => p.name), ['Carlos Mendoza']);
  });

  it('"President X was yesterday paid a courtesy call by ... Y": X hosts, Y is the guest, a word between; a headline\'s "Commander Extends Best Wishes to ..." names nobody', () => {
    const a = analyze('GEORGETOWN, Jan 12 - President Jonas Pereira was yesterday paid a courtesy call by the Deputy Commander of the United States (US) Southern Command (SOUTHCOM), Lieutenant General Mark Dalton at State House.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(' + ')), ['Jonas Pereira:host + Mark Dalton:guest']);
    const b = analyze('Commander Extends Best Wishes to Outgoing Air Force Chief\n\nCOLOMBO, Sept 13 - Air Marshal Sunil Fernando paid a courtesy call on the Commander of the Army, Lieutenant General Ravi Fonseka on Tuesday.');
    assert.deepStrictEqual(b.persons.map((p) => p.name), ['Sunil Fernando', 'Ravi Fonseka']);
  });

  it('a ministry\'s headline "Courtesy Call on Parliamentary Vice-Minister X by Ms. Y": Y is the guest; "..., his office said Saturday. During the talks, which took place in India on Friday,": the talks\' day, not the report\'s', () => {
    const a = analyze('Courtesy Call on Parliamentary Vice-Minister Ms. HONDA Keiko by Ms. Lena Brandt, Chargé d\'Affaires a.i.\n\nOn April 2, Ms. HONDA Keiko, Parliamentary Vice-Minister for Foreign Affairs, received a courtesy call from Ms. Lena Brandt, Chargé d\'Affaires a.i., Embassy of the Republic of Austria in Japan.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(' + ')), ['Lena Brandt:guest + HONDA Keiko:host']);
    const b = analyze('Seoul\'s Defense Minister Park Jun-ho has held talks with his Indian counterpart, Rekha Nair, to discuss ways to expand bilateral ties, his office said Saturday.\n\nDuring the talks, which took place in India on Friday, they agreed to hold a dialogue.');
    assert.deepStrictEqual(b.meetings.map((m) => m.date), ['Friday']);
  });

  it('"Thailand\'s Deputy Prime Minister A, Interior Minister B and Defence Minister C": the possessive nation is every holder\'s of the list, whatever the agency\'s country', () => {
    const a = analyze('Hanoi (VNA) - She also met Thailand\'s Deputy Prime Minister Somchai Wongsa, Interior Minister Prasit Boonma and Defence Minister Anan Sukjai in Bangkok on May 3.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Somchai Wongsa: Thailand', 'Prasit Boonma: Thailand', 'Anan Sukjai: Thailand']);
  });

  it('"Dr A, the diplomatic advisor to the UAE President, B, Chairman of ...": the office an aide serves is no office of the next name in the list; "presented his credentials to the Governor General, Dame C" still is C\'s', () => {
    const a = analyze('Sheikh Khalid bin Saeed Al Nahyan today received US Senator John Whitfield. In attendance were Dr Omar Haddad, the diplomatic advisor to the UAE President, Salem Khalifa Al Mubarak, Chairman of Abu Dhabi Executive Affairs Authority, and Rashid Al Mazrouei.');
    assert.deepStrictEqual(a.persons.filter((p) => p.name === 'Salem Khalifa Al Mubarak').map((p) => p.position), ['Chairman of Abu Dhabi Executive Affairs Authority']);
    const b = analyze('Ambassador Jan Novak of Czechia presented his credentials to the Governor General, Dame Cindy Kiro, on Monday.');
    assert.deepStrictEqual(b.persons.filter((p) => p.name === 'Cindy Kiro').map((p) => p.position), ['Governor General']);
  });

  it('"the wife of Singapore\'s Prime Minister, Datin Paduka Mei Lin Tan": the office of one whose kin is named is not hers (she is named as his wife); Datin Paduka and Dato Paduka are styles', () => {
    const a = analyze('The Sultan of Pahang, Sultan Ahmad Shah, today received a courtesy call from Singapore\'s Minister of Trade Lee Boon Keng and the wife of Singapore\'s Prime Minister, Datin Paduka Mei Lin Tan, at the palace.');
    assert.deepStrictEqual(a.persons.filter((p) => /Tan$/.test(p.name)).map((p) => `${p.name}: ${p.position}`), ['Mei Lin Tan: wife of the Prime Minister']);
  });
  it('"X gave (wished) Y a warm welcome": Y is the guest; "General Y of Kenya was received by Minister X", nothing else told: X is not taken for a Kenyan', () => {
    assert.strictEqual(headlineRoles('ACCRA, March 3 - The Minister of Defence, Dominic Nitiwul, wished General Peter Hale of the United Kingdom a warm welcome at the ministry on Monday.'), 'reception [Nitiwul:host+Hale:guest]');
    assert.strictEqual(headlineRoles('The Minister of Defence, Dominic Nitiwul, gave General Peter Hale a warm welcome at the ministry.'), 'reception [Nitiwul:host+Hale:guest]');
    const a = analyze('General Peter Hale of Kenya was received by Minister of Defence Dominic Nitiwul on Monday.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Peter Hale: Kenya', 'Dominic Nitiwul: null']);
    assert.deepStrictEqual(a.meetings.map((m) => m.place), [null]);
  });
  it('calls: "X called A and B" is one call each, on the day told before the verb; "spoke to reporters" is no call; who stood beside the one on the line ("X was accompanied by Y") took no part in the call', () => {
    assert.deepStrictEqual(meetingsAt('On February 13, President Dan Mercer of the United States called South African President Thabo Nkosi and Nigerian President Ade Okonkwo.'),
      ['phone call [Mercer+Nkosi]', 'phone call [Mercer+Okonkwo]']);
    assert.deepStrictEqual(analyze('On February 13, President Dan Mercer of the United States called South African President Thabo Nkosi and Nigerian President Ade Okonkwo.').meetings.map((m) => m.date), ['February 13', 'February 13']);
    assert.deepStrictEqual(meetingsAt('United States President Dan Mercer spoke to reporters Monday.'), []);
    assert.deepStrictEqual(meetingsAt('Argentine President Luis Ferraro received a phone call from US President Dan Mercer on Wednesday.\n\nFerraro was accompanied by Cabinet Chief Marcos Ruiz and Strategic Affairs Secretary Pablo Soto.'),
      ['phone call [Ferraro+Mercer]']);
  });
  it('Gulf names: a father\'s name closing a son\'s ("Rashid bin Omar Al Kaabi" in "Hazza bin Rashid bin Omar Al Kaabi") is another person', () => {
    const a = analyze('ABU DHABI, 3 May 2022 (WAM) -- Sheikh Khalid bin Saif Al Marri, Crown Prince of Fujairah, today received Sheikh Rashid bin Omar Al Kaabi, Deputy Prime Minister, at Bada Palace. The meeting was attended by Sheikh Hazza bin Rashid bin Omar Al Kaabi, Chairman of the Ports Authority.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Khalid bin Saif Al Marri', 'Rashid bin Omar Al Kaabi', 'Hazza bin Rashid bin Omar Al Kaabi']);
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`)), [['Khalid bin Saif Al Marri:host', 'Rashid bin Omar Al Kaabi:guest', 'Hazza bin Rashid bin Omar Al Kaabi:participant']]);
  });

  it('envoys and bodies: a Nuncio serves the Holy See, no national of where he is posted (Monsignor a style); "Chargé d\'Affairs" misspelt is the office; "Acting Assistant Secretary of State for Near East Affairs X" is a US official; "Secretary General of the Andean Community, X" serves the Community; "General Elections" is no person', () => {
    const country = (t: string, name: string) => analyze(t).persons.filter((p) => p.name === name).map((p) => `${p.position}: ${p.country}`);
    assert.deepStrictEqual(country('Lima, March 4. Peru\'s Foreign Minister Carla Rios met with Apostolic Nuncio to Peru Monsignor Paolo Ferretti on Monday.', 'Paolo Ferretti'), ['Apostolic Nuncio to Peru: Holy See']);
    assert.deepStrictEqual(country('Riyadh, May 2, 2021, SPA -- Prince Faisal bin Turki, Minister of Sport, has held a virtual meeting with Chargé d\'Affairs of Canada Helen Morrow.', 'Helen Morrow'), ['Chargé d\'Affairs: Canada']);
    assert.deepStrictEqual(country('ASTANA. KAZINFORM The Minister of Foreign Affairs of Kazakhstan, Berik Sadykov, has received Acting Assistant Secretary of State for Near East Affairs Mark Hollis who arrived in Kazakhstan.', 'Mark Hollis'), ['Acting Assistant Secretary of State for Near East Affairs: United States']);
    assert.deepStrictEqual(country('Foreign Minister Carla Rios met the Secretary General of the Andean Community, Mario Quintero, on Friday.', 'Mario Quintero'), ['Secretary General of the Andean Community: Andean Community']);
    assert.deepStrictEqual(analyze('The President recalled the events of 2016, such as the ASEM Summit and the General Elections that took place on June 29.').persons, []);
    assert.deepStrictEqual(analyze('the 24th meeting of the CARICOM Council for Foreign and Community Relations (COFCOR) on Friday').entities.filter((e) => e.type === 'organization').map((e) => e.text), ['CARICOM Council for Foreign and Community Relations', 'COFCOR']);
  });
  it('embassy news: "accepted the Letters of Credence from X" is a reception; a farewell bidden to an envoy ("Kenya has bid farewell to Ambassador X", "President Y bade farewell to the outgoing Ambassador X") is the envoy\'s, as guest; "called on Arunachal Pradesh Governor X": the province is no person and gives his country; "The Chief Guest, Her Exellency Y" names no "Guest"', () => {
    assert.strictEqual(headlineRoles('On Tuesday, President Samuel Okoro accepted the Letters of Credence from Mrs. Helen Carter, High Commissioner of the United Kingdom to Ghana.'), 'reception [Okoro:host+Carter:guest]');
    assert.strictEqual(headlineRoles('Kenya has bid farewell to Japanese Ambassador Hiro Tanaka, marking the completion of his tour of duty.'), 'reception [Tanaka:guest]');
    assert.strictEqual(headlineRoles('President Uhuru Mwangi bade farewell to the outgoing Japanese Ambassador Hiro Tanaka at State House.'), 'reception [Mwangi:host+Tanaka:guest]');
    assert.strictEqual(headlineRoles('Japanese Ambassador Hiro Tanaka bade farewell to President Uhuru Mwangi at State House.'), 'reception [Tanaka:guest+Mwangi:host]');
    const a = analyze('German Consul General calls on Arunachal Pradesh Governor\n\nThe German Consul General in Kolkata, Anna Weber, called on Arunachal Pradesh Governor Kaiwalya Parnaik at Raj Bhavan today.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Anna Weber: Germany', 'Kaiwalya Parnaik: India']);
    assert.deepStrictEqual(analyze('The Chief Guest, Her Exellency Amina Rasheed, Minister of Foreign Affairs, opened the event.').persons.map((p) => p.name), ['Amina Rasheed']);
  });
  it('newspaper reports: "North Korean leader X" is an official of that nation; the source of the report is no party ("According to aide X, the conversation between A and B", "..., said X, undersecretary"); "They were joined by Y, said a spokesman" adds Y; "received by A, as well as Prime Minister B" both host; "in China\'s city of Hangzhou", "in the nation\'s capital, Abu Dhabi" are the places; "which also involved X" adds X', () => {
    assert.strictEqual(headlineRoles('South Korean President Park Min-jun and North Korean leader Ri Chol Ho held a surprise meeting on Saturday.'), 'talks [Min-jun:participant+Ho:participant]');
    assert.deepStrictEqual(analyze('South Korean President Park Min-jun and North Korean leader Ri Chol Ho held a surprise meeting on Saturday.').persons.map((p) => p.country), ['South Korea', 'North Korea']);
    assert.strictEqual(headlineRoles('According to aide Yuri Sokolov, the phone conversation between Russian President Pavel Orlov and US President Dan Mercer was initiated by the Russian side.'), 'phone call [Orlov:caller+Mercer:callee]');
    assert.deepStrictEqual(meetingsAt('MEXICO CITY - U.S. Secretary of State Paul Hendry met with Mexican Foreign Minister Ramon Ibarra on Friday. They were joined by Canada\'s Foreign Minister Claire Dumont, said Mark Tilden, U.S. undersecretary of state for public affairs.'),
      ['talks [Hendry+Ibarra+Dumont] Mexico City']);
    assert.deepStrictEqual(meetingsAt('President Lin Zhaowei of China was received by Senegalese President Amadou Diallo, as well as Prime Minister Ousmane Faye at the airport.'), ['reception [Zhaowei+Diallo+Faye] Senegal']);
    assert.deepStrictEqual(meetingsAt('Russian President Oleg Vantsev and Brazilian President Marcos Tavora met on the sidelines of the G20 summit in China\'s city of Hangzhou on Monday.'), ['talks [Vantsev+Tavora] Hangzhou']);
    assert.deepStrictEqual(meetingsAt('Ethiopian Prime Minister Daniel Tesfaye held discussion with Sheikh Khalid bin Rashid, Crown Prince of Abu Dhabi. During the meeting which took place yesterday in the nation\'s capital, Abu Dhabi, the two sides discussed cooperation.'), ['talks [Tesfaye+Rashid] Abu Dhabi']);
    assert.deepStrictEqual(meetingsAt('Venezuelan President Rafael Montoya hosted US envoy Daniel Forster in Caracas on Friday. The meeting, which also involved Venezuelan National Assembly President Jorge Salcedo, took place at the presidential palace.'), ['reception [Montoya+Forster+Salcedo] Caracas']);
  });
  it('leaders\' offices: one with "his Indonesian counterpart" is no Indonesian, whatever else the text names; "who conveyed to him the greetings of Sultan X": X takes no part; "lunched with" is talks; "Joining the meeting was A and B" adds them; "the Leader of the Opposition, Honourable X" and "Kuwait\'s Minister of Oil, Y" are offices', () => {
    const a = analyze('President Samuel Kariuki will on Monday host his Indonesian counterpart Budi Santoso at State House. Over the weekend, President Kariuki held talks with his South Sudanese counterpart President Deng Malual at State House.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Samuel Kariuki: null', 'Budi Santoso: Indonesia', 'Deng Malual: South Sudan']);
    assert.strictEqual(headlineRoles('King Hamad bin Rashid received at Sakhir Palace today Omani Foreign Minister, Said bin Ali Al Harthi, who conveyed to him the greetings of Sultan Qaboos bin Fahd.'), 'reception [Rashid:host+Harthi:guest]');
    assert.deepStrictEqual(meetingsAt('Greek Prime Minister Nikos Pappas lunched with Italian Prime Minister Luca Bruni in Florence on Friday.'), ['talks [Pappas+Bruni] Florence']);
    assert.deepStrictEqual(meetingsAt('Crown Prince Faisal Al Saud met President Omar Diallo of Senegal in Riyadh. Joining the meeting was Saudi Arabia\'s Minister of Energy, Fahd Al Qahtani and the Minister of Foreign Affairs, Nasser Al Harbi.'),
      ['talks [Saud+Diallo+Qahtani+Harbi] Riyadh']);
    assert.deepStrictEqual(analyze('She met the Leader of the Opposition, Honourable Allen Joseph, on Monday.').persons.map((p) => p.position), ['Leader of the Opposition']);
    assert.deepStrictEqual(analyze('Sheikh Faisal led a delegation that included Kuwait\'s Minister of Oil, Hamad Al Rashed, and the Minister of Foreign Affairs, Dr Salem Al Otaibi.').persons.filter((p) => p.name === 'Hamad Al Rashed').map((p) => `${p.position}: ${p.country}`), ['Minister of Oil: Kuwait']);
  });
  it('armed forces\' releases: "RAdm X", "VAdm Y", "Cmde Z" and "Command Sgt. Maj. W" are ranks; "X was greeted by Y" is a reception, X the guest; "After the visit, General X, Chief of Staff of ..., hosted a dinner in honor of Y" is the dinner, not the visit', () => {
    const ranks = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.rank}`);
    assert.deepStrictEqual(ranks('On completion of the staff talks, RAdm Mark Owens of the Royal Australian Navy interacted with VAdm Arjun Mehta, Deputy Chief of Naval Staff, Indian Navy, at South Block, New Delhi on 13 April 2022. Cmde Peter Hale also attended.'),
      ['Mark Owens: RAdm', 'Arjun Mehta: VAdm', 'Peter Hale: Cmde']);
    assert.deepStrictEqual(ranks('The visiting delegation consisted of Gen. Carlos Rivas, Bolivian Army commander, and Command Sgt. Maj. Jorge Paz.'), ['Carlos Rivas: Gen.', 'Jorge Paz: Command Sgt. Maj.']);
    assert.strictEqual(headlineRoles('Lieutenant General Emeka Okafor, Chief of Army Staff of Nigeria, was greeted by General Paul Kamau, Chief of the Kenya Defence Forces, in Nairobi.'), 'reception [Okafor:guest+Kamau:host]');
    assert.strictEqual(headlineRoles('After the visit, General Ana Cruz, Chief of Staff of the Armed Forces of the Philippines, hosted a dinner in honor of General Hamid Yusof, chief of the Malaysian Armed Forces, at a hotel in Manila on Thursday night.'), 'reception [Cruz:host+Yusof:guest]');
  });
  it('sidelines: "the Shanghai Cooperation Organization summit in Astana" is in Astana; "met with X but could not hold any structured meeting with Y": Y takes no part; "has met a number of heads of delegations" names no meeting; "Narinder Rao of the friendly Republic of India" is Indian', () => {
    assert.deepStrictEqual(meetingsAt('President Lev Orlov of Belarus met Prime Minister Bat Erdene of Mongolia on the sidelines of the Shanghai Cooperation Organization summit in Astana on Friday.'), ['talks [Orlov+Erdene] Astana']);
    assert.deepStrictEqual(meetingsAt('On the sidelines of the summit in Lima, Prime Minister Ravi Menon of Singapore met with King Faisal Al Amin of Jordan but could not hold any structured meeting with US President John Harlan.'), ['talks [Menon+Amin] Lima']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Tomas Varga of Hungary has met a number of heads of delegations on the sidelines of the Pacific Forum in Suva.'), []);
    // (Those it names met: "met several regional leaders, including A and B"; "held discussions with several leaders,
    // including A and B" are discussions with each, as the analysts of the summit-sidelines set record them.)
    assert.deepStrictEqual(meetingsAt('President Lev Orlov of Belarus met several regional leaders, including Mongolian Prime Minister Bat Erdene and Kazakh President Aidar Nurlan, in Astana.'), ['multilateral [Orlov+Erdene+Nurlan] Astana']);
    assert.deepStrictEqual(meetingsAt('President Lev Orlov of Belarus held brief discussions with several regional leaders, including Mongolian Prime Minister Bat Erdene and Kazakh President Aidar Nurlan, in Astana.'), ['talks [Orlov+Erdene] Astana', 'talks [Orlov+Nurlan] Astana']);
    assert.deepStrictEqual(analyze('President Omar Haddad of Tunisia met Narinder Rao of the friendly Republic of India in Dubai.').persons.map((p) => p.country), ['Tunisia', 'India']);
  });
  it('"with the participation of OSCE Minsk Group Co-Chairs Ivan X (Russia), Jean Y (France) and Mark Z (USA)": full names with their country in brackets are officials of it, and take part', () => {
    const a = analyze('A video conference was held on Tuesday between Armenian Foreign Minister Aram Sargsyan and Azerbaijani Foreign Minister Elnur Aliyev, with the participation of OSCE Minsk Group Co-Chairs Ivan Petrov (Russia), Jean Dupuis (France) and Mark Ellison (USA).');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Aram Sargsyan: Armenia', 'Elnur Aliyev: Azerbaijan', 'Ivan Petrov: Russia', 'Jean Dupuis: France', 'Mark Ellison: United States']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}: ${m.participants.map((p) => p.side).join(', ')}`), ['video call: Armenia, Azerbaijan, Russia, France, United States']);
  });
  it('meetings of one named before: "Bilateral discussions were also held with A, B and C" (one each, with the one the sentence before names); "His Majesty met with A, B and C" after "King X held meetings in Riyadh with Arab leaders" (the King, one each)', () => {
    assert.deepStrictEqual(meetingsAt('Foreign Minister Tomas Varga of Hungary attended the summit in Suva. Bilateral discussions were also held with the Foreign Minister of Peru Carla Ostos, the Foreign Minister of Kenya Paul Mwangi and the Foreign Minister of Norway Erik Dahl.').slice(1),
      ['talks [Varga+Ostos] Suva', 'talks [Varga+Mwangi] Suva', 'talks [Varga+Dahl] Suva']);
    assert.deepStrictEqual(meetingsAt('AMMAN - King Hamad of Jordan on Monday held meetings in Riyadh with Arab leaders. His Majesty met with Egypt President Samir Fathy, Palestinian President Omar Saleh and Lebanese Prime Minister Karim Haddad, according to a statement.'),
      ['talks [Hamad+Fathy] Riyadh', 'talks [Hamad+Saleh] Riyadh', 'talks [Hamad+Haddad] Riyadh']);
  });
  it('"Sheikh X, Deputy Prime Minister and Minister of Foreign Affairs, received a phone call from Y, Minister of Foreign Affairs of Canada": the second of X\'s own offices stands for nobody else; X the callee, Y the caller', () => {
    assert.strictEqual(headlineRoles('Sheikh Hamad bin Nasser Al Thani, Deputy Prime Minister and Minister of Foreign Affairs, received a phone call from Jonas Whitfield, Minister of Foreign Affairs of Canada.'), 'phone call [Thani:callee+Whitfield:caller]');
  });
  it('"US President Dan Mercer\'s call to Indian Prime Minister Ravi Menon on Monday": a call, the possessor the caller; "The minister\'s call to action" is none', () => {
    assert.strictEqual(headlineRoles('US President Dan Mercer\'s call to Indian Prime Minister Ravi Menon on Monday focused on trade.'), 'phone call [Mercer:caller+Menon:callee]');
    assert.strictEqual(headlineRoles('Foreign Minister Ana Ruiz of Peru said the minister\'s call to action was heard by Ambassador Tom Leeds.'), 'none');
  });
  it('a roll of envoys, name first: "The ambassadors are Omar X, Mauritania, Luc Y, Belgium, and Lars Z from Norway" (each of his country); country first ("the ambassadors of Turkey, Ufuk X, Cabo Verde, Julio Y") is not read the other way', () => {
    assert.deepStrictEqual(analyze('The ambassadors are Omar Diallo, Mauritania, Luc Peeters, Belgium, and Lars Berg from Norway.').persons.map((p) => `${p.name}: ${p.country}`),
      ['Omar Diallo: Mauritania', 'Luc Peeters: Belgium', 'Lars Berg: Norway']);
    assert.ok(!analyze('President Joao Lourenco also accredited the ambassadors of Turkey, Ufuk Ekici, Cabo Verde, Julio Morais, and the United Arab Emirates, Salem Alshamsi.').persons.some((p) => p.name === 'Ufuk Ekici' && p.country === 'Cape Verde'));
  });
  it('"The newly appointed France (FR) Defence Attaché (DA) to Ghana, Lieutenant Colonel (Lt Col) X has made his maiden visit to the Chief of the Naval Staff (CNS) Rear Admiral Y": a country\'s short form in brackets before the office; X French, Y of where X is posted', () => {
    const a = analyze('The newly appointed France (FR) Defence Attaché (DA) to Ghana, Lieutenant Colonel (Lt Col) Marc Dupont has made his maiden visit to the Chief of the Naval Staff (CNS) Rear Admiral Kofi Mensah at the Naval Headquarters on Tuesday.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Marc Dupont: France', 'Kofi Mensah: Ghana']);
  });
  it('ranks and styles of armed forces\' releases: "Major General Staff Pilot X", "Battleship Captain Y" are ranks; "Major General Dato Paduka Seri Haji Z" names no person "Seri"', () => {
    const ranks = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.rank}`);
    assert.deepStrictEqual(ranks('Later, the air chief called on Major General Staff Pilot Rashid Saeed Al-Mansouri, Commander Qatar Emiri Air Force, in his office.'), ['Rashid Saeed Al-Mansouri: Major General Staff Pilot']);
    assert.deepStrictEqual(ranks('Head of the International Cooperation Department Battleship Captain Dragan Petrovic received the Defence Attache of Greece, Colonel Nikos Alexiou.'), ['Dragan Petrovic: Battleship Captain', 'Nikos Alexiou: Colonel']);
    assert.deepStrictEqual(ranks('Major General Dato Paduka Seri Haji Abdul Rahim bin Omar, Commander of the Royal Brunei Armed Forces, received a courtesy call from Lieutenant General Somchai Wong.'), ['Abdul Rahim bin Omar: Major General', 'Somchai Wong: Lieutenant General']);
  });
  it('"paid a courtesy call to the Commander RFMF Major General X": a body\'s short form between an office and a rank is no person', () => {
    const a = analyze('The Ambassador of Japan to Fiji, Hiroshi Sato, has paid a courtesy call to the Commander RFMF Major General Semi Naivalu at the Headquarters RFMF in Suva.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Hiroshi Sato', 'Semi Naivalu']);
    assert.strictEqual(headlineRoles('The Ambassador of Japan to Fiji, Hiroshi Sato, has paid a courtesy call to the Commander RFMF Major General Semi Naivalu at the Headquarters RFMF in Suva.'), 'reception [Sato:guest+Naivalu:host]');
  });
  it('"Ghana\'s Minister of Foreign Affairs, A; Minister of National Security, B; and Minister of Defence, C": the nation before a roll of offices, each with a comma before its holder, is every holder\'s; "President X will on Monday host his Indonesian counterpart Y" leaves X no Indonesian', () => {
    const countries = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(countries('Members of the delegation included Ghana\'s Minister of Foreign Affairs, Ama Boateng; Minister of National Security, Kwesi Asante; and Minister of Defence, Kofi Owusu. They met Italian officials in Rome.'),
      ['Ama Boateng: Ghana', 'Kwesi Asante: Ghana', 'Kofi Owusu: Ghana']);
    assert.deepStrictEqual(countries('President William Odhiambo will on Monday host his Indonesian counterpart Budi Santoso at State House.'), ['William Odhiambo: null', 'Budi Santoso: Indonesia']);
  });
  it('a visit placed nowhere, "hosted by the New Zealand Defence Force" (or a title "... visits New Zealand"): the home is the host nation, not the visitor\'s, so its officials named without a country are of it; "Lebanese caretaker Prime Minister X" is Lebanese', () => {
    const countries = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(countries('Dutch Chief of Defence visits New Zealand\n\nThe Chief of Defence of the Netherlands, General Pieter de Wit, began a visit today hosted by the New Zealand Defence Force.\n\n"It is a pleasure to welcome General de Wit to the country," Chief of Defence Force, Lieutenant General Sam Harper, said.'),
      ['Pieter de Wit: Netherlands', 'Sam Harper: New Zealand']);
    assert.deepStrictEqual(countries('The Chief of Defence of the Netherlands, General Pieter de Wit, began a visit today hosted by the New Zealand Defence Force.\n\n"It is a pleasure to welcome General de Wit to the country," Chief of Defence Force, Lieutenant General Sam Harper, said.'),
      ['Pieter de Wit: Netherlands', 'Sam Harper: New Zealand']);
    assert.deepStrictEqual(analyze('King Hamad also met Lebanese caretaker Prime Minister Karim Haddad in Riyadh.').persons.filter((p) => p.name === 'Karim Haddad').map((p) => p.country), ['Lebanon']);
  });
  it('parliaments: "The Speaker of the Sejm, Jan X, received ..." (a body the lexicons do not hold, closed by a comma before the holder) names the host; "Minister of Foreign Affairs, Cooperation and Senegalese Abroad, X" is one office', () => {
    assert.strictEqual(headlineRoles('The Speaker of the Sejm, Jan Nowicki, received on Tuesday the Ambassador of Peru, Rosa Quispe.'), 'reception [Nowicki:host+Quispe:guest]');
    assert.deepStrictEqual(analyze('The President of the Seimas, Mr Jonas Petrauskas, received the Ambassador of Chile, Rosa Quispe.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Jonas Petrauskas: President of the Seimas', 'Rosa Quispe: Ambassador']);
    // (A domain after "for the" is no body: "Deputy Assistant Secretary for the Western Hemisphere, X".)
    assert.deepStrictEqual(analyze('He met the Minister of Foreign Affairs, Cooperation and Senegalese Abroad, Amara Konate, in Dakar.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Amara Konate: Minister of Foreign Affairs, Cooperation and Senegalese Abroad']);
    assert.deepStrictEqual(analyze('He met the Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Benali, in Rabat.').persons.map((p) => p.name), ['Nasser Benali']);
  });
  it('"Ilori said that Minister X was received by Y", "Adzenu stated, \u201cMinister X has received Y": the one who reports a meeting whose subject the report names takes no part; "X said that she met Y" keeps X', () => {
    assert.strictEqual(headlineRoles('Ayo Ilori is the Special Assistant on Media to the Minister. Ilori said that Minister Tunde Adebayo was received at the airport by Mrs Grace Okafor, Nigeria\'s High Commissioner to Kenya.'), 'reception [Adebayo:guest+Okafor:host]');
    assert.strictEqual(headlineRoles('Kofi Adzenu is the Special Assistant on Media to the Minister. Adzenu stated,\u201dNigeria\u2019s Minister of Foreign Affairs Bello Garba has received the Finnish Foreign Minister, Aarne Virtanen, today in Abuja.'), 'reception [Garba:host+Virtanen:guest]');
    assert.strictEqual(headlineRoles('Foreign Minister Ana Ruiz of Peru told reporters that she had met Foreign Minister Omar Diallo of Senegal in Lima.'), 'talks [Ruiz:participant+Diallo:participant]');
  });
  it('credentials from "the Heads of Diplomatic Missions of Chile and Portugal" (no person "Diplomatic Missions"), then "The accredited envoys were H.E A (Chile) and H.E B (Portugal)": both guests; a roll told by another, "According to the Director, X the new envoys are A from Chile and B from Finland", takes the envoys, not the teller', () => {
    assert.strictEqual(headlineRoles('The President of the ECOWAS Commission, Omar Toure, has received letters of credence from the Heads of Diplomatic Missions of Chile and Portugal on 3 May 2023 in Abuja.\n\nThe accredited envoys were H.E Pablo Ibarra (Chile) and H.E Joana Moreira (Portugal).'),
      'reception [Toure:host+Ibarra:guest+Moreira:guest]');
    assert.strictEqual(headlineRoles('President Halima Juma on Tuesday received two new ambassadors at State House in Dodoma.\n\nAccording to the Director of Presidential Communication, Salum Mkwawa the new envoys are Pedro Almagro from Chile and Ines Valtonen from Finland.'),
      'reception [Juma:host+Almagro:guest+Valtonen:guest]');
  });
  it('styles in title chains: "General Sir Henry X" (a knight\'s style after an ambiguous rank), "Secretary-General Ambassador X" (a diplomat\'s style after the office), "Foreign Minister, Sen. the Hon. X", "Alternate Executive Director of the World Bank"', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.rank} / ${p.position}`);
    assert.deepStrictEqual(facts('The UK Chief of Defence Staff, General Sir Henry Ashby, has visited Barbados.'), ['Henry Ashby: General / Chief of Defence Staff']);
    assert.deepStrictEqual(facts('He had a working lunch with Secretary-General Ambassador Henry Cuthbert.'), ['Henry Cuthbert: null / Secretary-General']);
    assert.deepStrictEqual(facts('Foreign Minister, Sen. the Hon. Marcia Gale met the Ambassador of Chile, Pablo Soto, on Monday.'), ['Marcia Gale: null / Foreign Minister', 'Pablo Soto: null / Ambassador']);
    assert.deepStrictEqual(facts('An introductory call from Ms. Helen Price, Alternate Executive Director of the World Bank, was convened on Monday.'), ['Helen Price: null / Alternate Executive Director of the World Bank']);
  });
  it('a title-case headline\'s verb is no part of a name: "Grenada Prime Minister Mitchell Continues Consultations"', () => {
    assert.deepStrictEqual(analyze('Newly Elected Grenada Prime Minister Mitchell Continues Consultations').persons.map((p) => p.name), ['Mitchell']);
    assert.deepStrictEqual(analyze('Foreign Minister Alleyne Concludes Visit to Japan').persons.map((p) => p.name), ['Alleyne']);
  });
  it('Asian ministries: "Ms. TANAKA Emiko", then "Minister Tanaka" (one person); "Vietnamese Consul General to southern Laos X on Apr 1 paid a courtesy visit to Y" (X the guest); "Deputy Prime Minister X met Lao Prime Minister Y" (X no deputy of Y)', () => {
    const a = analyze('On Thursday, August 1, Minister for Foreign Affairs Ms. TANAKA Emiko received a courtesy call from Mr. Luis Ortega, Ambassador of Peru to Japan. Minister Tanaka welcomed the Ambassador.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['TANAKA Emiko', 'Luis Ortega']);
    assert.strictEqual(headlineRoles('Vietnamese Consul General to southern Laos Tran Quoc Binh on Apr 1 paid a courtesy visit to Champassak Governor Khamla Sone.'), 'reception [Binh:guest+Sone:host]');
    assert.notStrictEqual(analyze('Deputy Prime Minister Tomas Varga met Lao Prime Minister Khamphet Vong and Vice President Bounmy Sith in Vientiane on Friday.').persons[0].country, 'Laos');
  });
  it('"Ambassador Karim X, Director-General for Political Affairs of the Organisation of Islamic Cooperation, received Y in Jeddah": a diplomat\'s style before the name, his office after it; he serves the body, not the country of its seat', () => {
    const a = analyze('Ambassador Karim Benali, Director-General for Political Affairs of the Organisation of Islamic Cooperation (OIC), received Mr. Somchai Dee, Consul-General of Thailand, in Jeddah on March 3, 2022.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Karim Benali: Director-General for Political Affairs of the Organisation of Islamic Cooperation / Organisation of Islamic Cooperation', 'Somchai Dee: Consul-General / Thailand']);
  });
  it('"Upon arrival at Sir Seretse Khama International Airport, President X was welcomed by Y": a name a place is called by is no person, nor a guest', () => {
    assert.deepStrictEqual(analyze('Upon arrival at Sir Seretse Khama International Airport, President Abel Mutasa was welcomed by Botswana\u2019s Minister of Foreign Affairs, Kabo Morwaeng.').persons.map((p) => p.name), ['Abel Mutasa', 'Kabo Morwaeng']);
    assert.strictEqual(headlineRoles('He landed at Jomo Kenyatta International Airport on Monday, where Foreign Minister Ana Ruiz of Peru welcomed President Abel Mutasa of Zimbabwe.'), 'reception [Ruiz:host+Mutasa:guest]');
  });
  it('"Australia\u2019s new ambassador to Zimbabwe, Ms X, presented her letter of credence to President Y": a lower-case office after a nation\'s possessive, with its posting and a style before the holder', () => {
    const a = analyze('Australia\u2019s new ambassador to Zimbabwe, Ms Lucia Fernandes, presented her letter of credence to President Tendai Moyo.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Lucia Fernandes: ambassador to Zimbabwe / Australia', 'Tendai Moyo: President / Zimbabwe']);
  });
  it('"met with the President of the Portuguese government, Ant\u00f3nio X, in Lisbon": the nation\'s government in lower case closes the office before its holder', () => {
    assert.deepStrictEqual(analyze('President Tendai Moyo met with the President of the Portuguese government, Ant\u00f3nio Silva, in Lisbon.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Tendai Moyo: President / null', 'Ant\u00f3nio Silva: President / Portugal']);
  });
  it('"Secretary of State X has thanked Latvian Foreign Minister Y over the phone": what one told another by phone is a call, the teller the caller; without "by phone" it is none', () => {
    assert.strictEqual(headlineRoles('Secretary of State Mark Hollis has thanked Latvian Foreign Minister Andris Kalnins over the phone on Tuesday for his support.'), 'phone call [Hollis:caller+Kalnins:callee]');
    assert.strictEqual(headlineRoles('President Ana Ruiz of Peru congratulated Prime Minister Omar Diallo of Senegal by phone on his re-election.'), 'phone call [Ruiz:caller+Diallo:callee]');
    assert.strictEqual(headlineRoles('President Ana Ruiz of Peru congratulated Prime Minister Omar Diallo of Senegal on his re-election.'), 'none');
  });
  it('"the Russian Co-Chair of the OSCE Minsk Group": a city inside a body\'s name is neither the meeting\'s place nor a side', () => {
    const a = analyze('Foreign Minister Andris Kalnins of Latvia received today Pavel Orlov, the Russian Co-Chair of the OSCE Minsk Group, in Riga.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Andris Kalnins: Latvia', 'Pavel Orlov: Russia']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Andris Kalnins received today Pavel Orlov, the Russian Co-Chair of the OSCE Minsk Group.'), ['reception [Kalnins+Orlov]']);
    assert.notStrictEqual(analyze('Foreign Minister Andris Kalnins received today Pavel Orlov, the Russian Co-Chair of the OSCE Minsk Group.').persons[0].country, 'Belarus');
  });
  it('"the chairman of the Committee on Foreign Affairs of the House of Representatives of Egypt, Karim X," and "the head of the Chinese delegation, Wang Y,": a lower-case office after "the", what it heads up to the comma, then its holder', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('In turn, the chairman of the Committee on Foreign Affairs of the House of Representatives of Egypt, Karim Darwish, supported this proposal.'),
      ['Karim Darwish: chairman of the Committee on Foreign Affairs of the House of Representatives of Egypt / Egypt']);
    assert.deepStrictEqual(facts('He met the head of the Chinese delegation, Wang Lin, in Geneva.'), ['Wang Lin: head of the Chinese delegation / China']);
  });
  it('"PM Joan Hall" and "Prime Minister Joan Marie Hall" are one person (a middle name left out)', () => {
    assert.deepStrictEqual(analyze('PM Joan Hall meets Commonwealth Secretary-General\n\nPrime Minister Joan Marie Hall welcomed Commonwealth Secretary-General Anne Ross. Prime Minister Hall said the talks were productive.').persons.map((p) => p.name),
      ['Joan Marie Hall', 'Anne Ross']);
    // (The shorter form, repeated bare, is still a mention of him: "my friend Lloyd Austin".)
    const t = 'He met Defense Secretary Lloyd J Austin III in Washington. It was a pleasure to meet again with my friend Lloyd Austin, he said. Secretary Lloyd Austin said the talks went well.';
    const a = analyze(t);
    assert.deepStrictEqual(a.entities.filter((e) => e.type === 'official').map((e) => `${t.slice(e.start, e.end)}=${e.id}`),
      ['Lloyd J Austin III=lloyd-j-austin-iii', 'Lloyd Austin=lloyd-j-austin-iii', 'Lloyd Austin=lloyd-j-austin-iii']);
  });
  it('a title "US Ambassador calls on Foreign Minister" over "Minister of Foreign Affairs X met with Ambassador Y": the office named after "calls on" (its words in any order) is the host', () => {
    assert.strictEqual(headlineRoles('US Ambassador calls on Foreign Minister\n\nApril 13, 2021\n\nMinister of Foreign Affairs, the Honourable Hugh Barker, earlier today met with Ambassador of the United States of America, Her Excellency Jane Cole.'),
      'reception [Barker:host+Cole:guest]');
  });
  it('"Gen X, who will be in Singapore until Tuesday, ... on Monday also called on Y": the day a stay ends is not the meeting\'s', () => {
    assert.deepStrictEqual(analyze('Gen Ahmad Zaki, who will be in Singapore until Tuesday, inspected a guard of honour at Mindef on Monday and also called on Singapore\'s Chief of Defence Force, Rear-Admiral Lim Boon.').meetings.map((m) => m.date), ['Monday']);
  });
  it('"H.E Adrian X High Commissioner of Australia to Tonga paid a courtesy call on ...": a style, the name, then the office with no comma', () => {
    assert.deepStrictEqual(analyze('H.E Adrian Morris High Commissioner of Australia to Tonga paid a courtesy call on Prime Minister Siaosi Vea.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Adrian Morris: High Commissioner of Australia to Tonga / Australia', 'Siaosi Vea: Prime Minister / Tonga']);
  });
  it('"At the invitation of President X, President of Kazakhstan Y arrived in Uzbekistan on a state visit": the one who invited hosts the visit, and is of the country visited', () => {
    const a = analyze('At the invitation of President Shavkat Mirzo, President of Kazakhstan Kassym Tokayev arrived in Uzbekistan on a state visit.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}: ${m.participants.map((p) => `${p.name.split(' ').pop()} ${p.role}/${p.side}`).join(', ')}`), ['visit: Mirzo host/Uzbekistan, Tokayev guest/Kazakhstan']);
  });
  it('offices of CIS readouts: "Kazakhstan\'s recently appointed ambassador to Russia, X,"; "the Administrator of the Agency for Rural Growth (ARG) Helen Y" (an office, its body\'s short form, then the holder)', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('Kazakh President Aslan Temirov met with Kazakhstan\'s recently appointed ambassador to Russia, Daulet Serikov, the presidential press service said.'),
      ['Aslan Temirov: President / Kazakhstan', 'Daulet Serikov: ambassador to Russia / Kazakhstan']);
    assert.deepStrictEqual(facts('President of Uzbekistan Alisher Karimov received the U.S. delegation led by the Administrator of the Agency for Rural Growth (ARG) Helen Marsh.'),
      ['Alisher Karimov: President / Uzbekistan', 'Helen Marsh: Administrator of the Agency for Rural Growth / United States']);
  });
  it('"KUWAIT: His Highness the Amir Sheikh Fahad Al-Salem Al-Sabah received His Highness the Crown Prince Sheikh Mubarak Al-Salem Al-Sabah", a cable to "Bahrain\'s King" told after: kin by an uncommon family name stand on the same side', () => {
    const a = analyze('KUWAIT: His Highness the Amir Sheikh Fahad Al-Salem Al-Sabah received His Highness the Crown Prince Sheikh Mubarak Al-Salem Al-Sabah at Seif Palace yesterday.\n\nIn other news, His Highness the Amir sent a cable to Bahrain\u2019s King Isa bin Rashid Al Khalifa.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Fahad Al-Salem Al-Sabah: Kuwait', 'Mubarak Al-Salem Al-Sabah: Kuwait', 'Isa bin Rashid Al Khalifa: Bahrain']);
  });
  it('"House Speaker X on Monday welcomed MP Sami Y": "MP" before a name is his office (after a name it stays a post-nominal)', () => {
    assert.strictEqual(headlineRoles('House Speaker Nabil Haddad on Monday welcomed MP Sami Karam, with whom he discussed the general situation.'), 'reception [Haddad:host+Karam:guest]');
    assert.deepStrictEqual(analyze('House Speaker Nabil Haddad on Monday welcomed MP Sami Karam.').persons.map((p) => p.position), ['Speaker', 'MP']);
  });
  it('Pacific and South Asian releases: "at the General Headquarter (GHQ)" and "wished the Deputy Secretary Happy Christmas" name no person; "in Port-Vila" is a place; "The US delegation in India is led by Senator X" (X American)', () => {
    assert.deepStrictEqual(analyze('Ambassador Mary Kent called on Chief of Army Staff General Arun Belak at the General Headquarter (GHQ) in Rawalpindi on Monday.').persons.map((p) => p.name), ['Mary Kent', 'Arun Belak']);
    assert.deepStrictEqual(analyze('The state minister Tavo Renik wished the Deputy Secretary Happy Christmas and New Year.').persons.map((p) => p.name), ['Tavo Renik']);
    assert.deepStrictEqual(meetingsAt('President Joram Pelu met Chinese envoy Anna Ruskov in Port-Vila on Monday.'), ['talks [Pelu+Ruskov] Port-Vila']);
    assert.deepStrictEqual(analyze('External Affairs Minister Arun Belak on Friday met the US Congress delegation in New Delhi. The US delegation in India is led by Senator Mary Kent.').persons.map((p) => `${p.name}: ${p.country}`),
      ['Arun Belak: India', 'Mary Kent: United States']);
  });
  it('"Vladimir X had a telephone conversation with Prime Minister of India Y": a full name before a light verb and a meeting\'s noun is a party', () => {
    assert.strictEqual(headlineRoles('Vladimir Petrov had a telephone conversation with Prime Minister of India Ravi Menon.'), 'phone call [Petrov:participant+Menon:participant]');
    assert.strictEqual(headlineRoles('Rustam Nurlanov held a meeting with the Ambassador of Japan, Taro Sato.'), 'talks [Nurlanov:participant+Sato:participant]');
  });
  it('"Defense Ministers of Armenia and Russia Armen X and Oleg Y discussed ...": a plural office over two countries, then the names with no comma, each in the singular and of his country', () => {
    assert.deepStrictEqual(analyze('Defense Ministers of Armenia and Russia Armen Petrosyan and Oleg Tarasov discussed the situation in the region.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Armen Petrosyan: Defense Minister / Armenia', 'Oleg Tarasov: Defense Minister / Russia']);
    assert.deepStrictEqual(meetingsAt('Foreign Ministers of Kyrgyzstan and Kazakhstan Almaz Toktorov and Serik Ospanov met in Bishkek on Monday.'), ['talks [Toktorov+Ospanov] Bishkek']);
  });
  it('"A and B discussed ...", then "the telephone conversation took place on the initiative of the Russian side": the meeting just told was a call, the Russian the caller', () => {
    assert.strictEqual(headlineRoles('Defense Ministers of Armenia and Russia Armen Petrosyan and Oleg Tarasov discussed the internal political situation in Armenia. It is noted that the telephone conversation took place on the initiative of the Russian side.'),
      'phone call [Petrosyan:callee+Tarasov:caller]');
  });
  it('"Minister of National Defence X received Y, charge d\'affaires of the US Embassy in Bucharest": an envoy posted to a capital has his host of that capital\'s country', () => {
    assert.deepStrictEqual(analyze('Minister of National Defence Radu Ionescu on Tuesday received Mark Hollis, charge d\'affaires of the US Embassy in Bucharest.').persons.map((p) => `${p.name}: ${p.country}`),
      ['Radu Ionescu: Romania', 'Mark Hollis: United States']);
  });
  it('"New Delhi, Aug 5 (IANS) Prime minister X had ...": a lower-case office opening the text right after an agency\'s dateline', () => {
    assert.deepStrictEqual(analyze('New Delhi, Aug 5 (IANS) Prime minister Arun Belak had a telephone conversation with President Joram Pelu of Nepal.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Arun Belak: Prime minister', 'Joram Pelu: President']);
  });
  it('"High Commissioner of Pakistan in Maldives Vice Admiral (R) X on Friday met ...": "(R)" after a rank marks him retired, the name follows', () => {
    assert.deepStrictEqual(analyze('High Commissioner of Pakistan in Maldives Vice Admiral (R) Arun Belak on Friday met with Defence Minister of Maldives Ahmed Rasheed.').persons.map((p) => `${p.name}: ${p.rank} / ${p.country}`),
      ['Arun Belak: Vice Admiral / Pakistan', 'Ahmed Rasheed: null / Maldives']);
  });
  it('"President-elect X visited State House, Nairobi, where he met outgoing President Y": "President-elect" is an office', () => {
    assert.deepStrictEqual(analyze('President-elect John Ochieng visited State House, Nairobi on Monday, where he met outgoing President Samuel Kariuki.').persons.map((p) => `${p.name}: ${p.position}`),
      ['John Ochieng: President-elect', 'Samuel Kariuki: outgoing President']);
  });
  it('no person in a place\'s or building\'s name ("courtesy visit to Terendak Camp", "China\'s Shaanxi Province", "at Palazzo Esercito", "at the PM House"), a thing an office owns ("the Emir\'s Bentley") or a title-case headline\'s verbs ("... Acting Chairman Discuss Regional Issues", "Chief of the Army Staff Makes Introductory Visit")', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('This visit reciprocates General Somchai Rattana\'s earlier courtesy visit to Terendak Camp in Melaka last October.'), ['Somchai Rattana']);
    assert.deepStrictEqual(names('The delegation visited Xi\'an in central China\'s Shaanxi Province after meeting General Li Wei.'), ['Li Wei']);
    assert.deepStrictEqual(names('General Marco Ricci received the Brazilian commander at Palazzo Esercito, then met General Paulo Souza.'), ['Marco Ricci', 'Paulo Souza']);
    assert.deepStrictEqual(names('Prime Minister Imran Qadir received Vice-Premier Liu Fang at the PM House in Islamabad.'), ['Imran Qadir', 'Liu Fang']);
    assert.deepStrictEqual(names('The leaders took a drive in the Emir\'s Bentley after the Emir received President Ali Ould of Mauritania in Doha.'), ['Ali Ould']);
    assert.deepStrictEqual(names('Angolan President, AU Acting Chairman Discuss Regional Issues\n\nPresident Joao Lourenco of Angola held talks with President Ali Ould of Mauritania.'), ['Joao Lourenco', 'Ali Ould']);
    assert.deepStrictEqual(names('Chief of the Army Staff Makes Introductory Visit to Nepal\n\nGeneral Arun Belak met General Ravi Thapa in Kathmandu.'), ['Arun Belak', 'Ravi Thapa']);
  });
  it('armed forces\' forms: "Lt-General X"; "Secretary of the Navy Kenneth J Braithwaite" and "Commander-in-Chief of the Chilean Army Oscar Izurieta Tuesday" (a name after a body\'s name, an initial inside it or a day after it); "held a (video) telephonic interaction with" and "held virtual Foreign Office Consultations" (calls)', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.rank ?? ''}/${p.position ?? ''}`);
    assert.deepStrictEqual(facts('Lt-General Ravi Menon met Chief of Army Staff Lt. General Arun Belak in Dhaka.'), ['Ravi Menon: Lt-General/', 'Arun Belak: Lt. General/Chief of Army Staff']);
    assert.deepStrictEqual(facts('The United States Secretary of the Navy Kenneth J Braithwaite visited the Western Naval Command on Thursday.'), ['Kenneth J Braithwaite: /Secretary of the Navy']);
    assert.deepStrictEqual(meetingsAt('Defense Minister Cao Wen met with visiting Commander-in-Chief of the Chilean Army Oscar Izurieta Tuesday in Beijing.'), ['talks [Wen+Izurieta] Beijing']);
    assert.deepStrictEqual(meetingsAt('General Arun Belak held a telephonic interaction with General Mark Hollis on Monday.'), ['phone call [Belak+Hollis]']);
    assert.deepStrictEqual(meetingsAt('General Arun Belak held a video telephonic interaction with General Mark Hollis on Monday.'), ['video call [Belak+Hollis]']);
    assert.deepStrictEqual(meetingsAt('Foreign Secretary Arun Belak and Under Secretary Mark Hollis held virtual Foreign Office Consultations in New Delhi on 7 July 2020.'), ['video call [Belak+Hollis]']);
  });
  it('"Ambassador Millicent Cruz-Paredes", then "Ambassador Paredes"; "President Jose Ramos-Horta", then "President Horta": either half of a double family name is the same person (not an article\'s "Al")', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('Ambassador Millicent Cruz-Paredes called on Governor Somchai Rattana in Chiang Mai. Ambassador Paredes thanked Governor Somchai.'), ['Millicent Cruz-Paredes', 'Somchai Rattana']);
    assert.deepStrictEqual(names('President Jose Ramos-Horta received Ambassador Li Wei of China in Dili. President Horta thanked China.'), ['Jose Ramos-Horta', 'Li Wei']);
    assert.deepStrictEqual(analyze('Acting Speaker Issa Al-Kandari received Ambassador Li Wei of China. Kandari welcomed him, Al Rai reported.').entities.filter((e) => e.type === 'official').map((o) => `${o.text}>${o.id}`),
      ['Issa Al-Kandari>issa-al-kandari', 'Li Wei>li-wei', 'Kandari>issa-al-kandari']);
  });
  it('offices of agencies\' readouts, whole: "Unification Minister", "General Director", "Minister of Climate Change and the Environment", "Minister of Foreign Affairs and the Diaspora X"; "Mariam bint Mohammed X"; "Mayor of Ulaanbaatar S.Batbold" and "Governor of Khovd Sergey X met" (the holder after a town the lexicons may not know)', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(facts('Unification Minister Lee Jin-ho met with the U.S. envoy Mark Hollis in Seoul.'), ['Lee Jin-ho: Unification Minister', 'Mark Hollis: envoy']);
    assert.deepStrictEqual(facts('A VNA delegation led by General Director Nguyen Van Loi met Minister Ravi Menon.'), ['Nguyen Van Loi: General Director', 'Ravi Menon: Minister']);
    assert.deepStrictEqual(facts('Mariam bint Saeed Almansoori, Minister of Climate Change and the Environment, met Ambassador Li Wei.'), ['Mariam bint Saeed Almansoori: Minister of Climate Change and the Environment', 'Li Wei: Ambassador']);
    assert.deepStrictEqual(facts('On Monday, Minister of Foreign Affairs and the Diaspora Sara Khan met Ambassador Li Wei.'), ['Sara Khan: Minister of Foreign Affairs and the Diaspora', 'Li Wei: Ambassador']);
    assert.deepStrictEqual(facts('Mayor of Ulaanbaatar S.Batbold held a meeting with Mayor of Moscow Sergey Sobyanin.'), ['Sergey Sobyanin: Mayor of Moscow', 'S.Batbold: Mayor of Ulaanbaatar']);
    assert.deepStrictEqual(facts('On Monday, Governor of Khovd Sergey Batbold met Ambassador Li Wei.'), ['Sergey Batbold: Governor of Khovd', 'Li Wei: Ambassador']);
  });
  it('"met with President of Mongolia X and Foreign Minister Y": the country closing the first office goes over the roll; "Sheikh Nasser Sabah Al-Ahmad" is Nasser Sabah Al-Ahmad Al-Sabah, the family\'s name left out', () => {
    assert.deepStrictEqual(analyze('Foreign Minister Ana Ruiz met with President of Mongolia Batu Khan and Foreign Minister Tsogt Bat in Ulaanbaatar.').persons.map((p) => `${p.name}: ${p.country}`),
      ['Ana Ruiz: null', 'Batu Khan: Mongolia', 'Tsogt Bat: Mongolia']);
    assert.deepStrictEqual(analyze('KUWAIT: The Amir received Deputy Prime Minister Sheikh Nasser Sabah Al-Ahmad Al-Sabah. Later, the Crown Prince met with Sheikh Nasser Sabah Al-Ahmad and Speaker Issa Kandari.').persons.map((p) => p.name),
      ['Nasser Sabah Al-Ahmad Al-Sabah', 'Issa Kandari']);
  });
  it('"ISLAMABAD: Speaker X said ... Talking to Pakistan\'s Ambassador-designate to Ireland Y, who called on him, the NA speaker said": the one the sentence before is about hosts, at home, and a post inside an office or "Ireland hosted a vast diaspora" is no place', () => {
    const t = '2022-10-27\n\nISLAMABAD: National Assembly Speaker Raja Ali said on Wednesday that envoys played a role.\n\nTalking to Pakistan\'s Ambassador-designate to Ireland Aisha Khan, who called on him, the NA speaker said that the post was an honour.\n\nHe underscored that Ireland hosted a vast Pakistani diaspora.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.place} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}]`), ['reception Islamabad [Khan:guest/Pakistan+Ali:host/Pakistan]']);
  });
  it('call readouts: "They were joined in the videoconference by A and B" (one call); "held his first phone call since taking office with his Japanese counterpart Y"; "a meeting with Y, the new ambassador of Vietnam to ASEAN"', () => {
    assert.deepStrictEqual(meetingsAt('Prime Minister Janez Kos held a videoconference with Chancellor Anna Weber and President Luc Martin on Monday. They were joined in the videoconference by Giuseppe Rossi, prime minister of Italy, and Nikos Pappas, president of Cyprus.'),
      ['video call [Kos+Weber+Martin+Rossi+Pappas]']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Cho Min held his first phone call since taking office with his Japanese counterpart Yoko Tanaka.'), ['phone call [Min+Tanaka]']);
    assert.deepStrictEqual(analyze('Secretary-General Kao Lim met Ton Thi Huong, the new ambassador of Vietnam to ASEAN, in Jakarta.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Kao Lim: Secretary-General / ASEAN', 'Ton Thi Huong: ambassador of Vietnam to ASEAN / Vietnam']);
  });
  it('"The Consul General of China in Mumbai X called on the Governor of Maharashtra Y. Deputy Consul General Z was also present": the deputy of a party\'s office stands on his side', () => {
    assert.deepStrictEqual(analyze('The Consul General of China in Mumbai Tang Wei called on the Governor of Maharashtra Ravi Kumar. Deputy Consul General Wang Hua was also present.').meetings
      .map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')), ['Wei:guest/China+Kumar:host/India+Hua:guest/China']);
  });
  it('"X spoke with Y. During the meeting held today in Baku, ...": a bare "spoke with" the next sentence calls a meeting held somewhere was talks there', () => {
    assert.deepStrictEqual(meetingsAt('Defense Minister Zakir Hasanov spoke with the Chief of the Turkish General Staff General Metin Gurak. During the meeting held today in Baku, the sides discussed cooperation.'),
      ['talks [Hasanov+Gurak] Baku']);
    assert.deepStrictEqual(meetingsAt('Defense Minister Zakir Hasanov spoke with the Chief of the Turkish General Staff General Metin Gurak. The sides discussed cooperation.'), ['phone call [Hasanov+Gurak]']);
  });
  it('the visit\'s next stop does not place the meeting: "held talks with Y at the Army Headquarters here. Devell is scheduled to visit the Army Staff College in Shivapuri"; "The visit of General X continued in Lucca"', () => {
    assert.deepStrictEqual(meetingsAt('Army chiefs discuss collaboration\n\nKathmandu, Nov 21 -- Army chief General Arun Devell on Thursday held talks with General Ravi Sotang at the Army Headquarters here. During his visit, Devell is scheduled to visit the Army Staff College in Shivapuri.'),
      ['talks [Devell+Sotang] Kathmandu']);
    assert.deepStrictEqual(meetingsAt('General Varro meets the commander of the Chilean Army\n\nROME, April 22, 2015 -- The Army Chief of Staff, General Marco Varro, received this morning the commander of the Chilean Army, General Luis Ortega Salinas.\n\nThe visit of General Ortega Salinas continued in Lucca, where he attended celebrations.'),
      ['reception [Varro+Salinas] Rome']);
  });
  it('"Obama and his Russian counterpart Putin on Tuesday discussed Syria. In their phone conversation, ...": the talks just told were a call', () => {
    assert.deepStrictEqual(meetingsAt('US President Mark Hollis and his Russian counterpart Oleg Tarasov on Tuesday discussed Syria. In their phone conversation, the two leaders discussed the crisis.'), ['phone call [Hollis+Tarasov]']);
  });
  it('"the Governor of the Province of Chiang Mai X", "the U.S. Embassy\'s Counselor for Cultural and Media Affairs Y": each office whole, its holder after it', () => {
    assert.deepStrictEqual(analyze('Ambassador Li Wei of China called on the Governor of the Province of Chiang Mai Somchai Rattana.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Li Wei: Ambassador', 'Somchai Rattana: Governor of the Province of Chiang Mai']);
    assert.deepStrictEqual(analyze('Minister Fahd Al Aqran received the U.S. Embassy\'s Counselor for Cultural and Media Affairs Melissa Clegg on Monday.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Fahd Al Aqran: Minister / null', 'Melissa Clegg: Counselor for Cultural and Media Affairs / United States']);
  });
  it('European readouts: "X said today ... At a meeting with Ambassador Y, it was concluded that ..." (the one named before met Y); "The UK\'s effective deputy prime minister X met ..." (a nationality before "effective")', () => {
    assert.deepStrictEqual(meetingsAt('Defense Minister Petar Kovac said today that cooperation is strong, during a visit to the State Department. At a meeting with Ambassador Tina Kent, it was concluded that the cooperation between Montenegro and the United States is comprehensive.'),
      ['talks [Kovac+Kent]']);
    assert.deepStrictEqual(analyze('The UK\'s effective deputy prime minister David Lane met Minister for Foreign Affairs Simon Cole of Ireland in Dublin on Thursday.').persons.map((p) => `${p.name}: ${p.country}`),
      ['David Lane: United Kingdom', 'Simon Cole: Ireland']);
  });
  it('Caribbean rolls: "greeted by Bahamian Prime Minister Dr X; Minister of the Public Service and National Insurance Y; Minister of Education Z and ..." (each Bahamian, a portfolio after a body kept); "Malaysia\'s Prime Minister A, ... and Minister of Science, Technology and Innovation B"; "Lavrov Engages" in a title is no one', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('Prime Minister Mia Cole of Barbados was greeted by Bahamian Prime Minister Dr Hubert Minn; Minister of the Public Service and National Insurance Brensil Roll; Minister of Education Jeff Lloyd and Minister of Transport Renwood Wells.'), [
      'Mia Cole: Prime Minister / Barbados', 'Hubert Minn: Prime Minister / Bahamas', 'Brensil Roll: Minister of the Public Service and National Insurance / Bahamas',
      'Jeff Lloyd: Minister of Education / Bahamas', 'Renwood Wells: Minister of Transport / Bahamas']);
    assert.deepStrictEqual(facts('He will meet Malaysia\'s Prime Minister Amir Yassin, Defence Minister Sabri Yusof and Minister of Science, Technology and Innovation Khairul Jamal.').map((f) => f.split(' / ')[1]), ['Malaysia', 'Malaysia', 'Malaysia']);
    assert.deepStrictEqual(analyze('Lavrov Engages Caribbean Ministers\n\nForeign Minister Sergey Lavrov met Foreign Minister Kamina Smith of Jamaica in Moscow.').persons.map((p) => p.name), ['Sergey Lavrov', 'Kamina Smith']);
  });
  it('"Moscow: Lavrov met with Dominican President X ... Lavrov\'s visit to the Dominican Republic commenced on Wednesday": the country visited places the meeting, not the dateline elsewhere (not a visit "last year")', () => {
    assert.deepStrictEqual(meetingsAt('Moscow: Foreign Minister Sergey Lavrov of Russia met with Dominican President Luis Abin, the ministry said. Lavrov\'s visit to the Dominican Republic commenced on Wednesday.'),
      ['talks [Lavrov+Abin] Dominican Republic']);
    assert.deepStrictEqual(meetingsAt('ACCRA: President Ali Khan met Ambassador Li Wei of China on Monday. Khan visited China last year.'), ['talks [Khan+Wei] Accra']);
  });
  it('a ceremony\'s roll in lines, "His Excellency Andrej X" over "Ambassador of the Republic of Slovenia", and "H.E Andrej X Ambassador of Slovenia paid ..." on one line: each envoy his office and country', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('The following new heads of mission presented their credentials:\n\nHis Excellency Andrej Rode\nAmbassador of the Republic of Slovenia\n\nHer Excellency Anisa Adnin\nHigh Commissioner of Malaysia\n\nQuick facts.'),
      ['Andrej Rode: Ambassador of the Republic of Slovenia / Slovenia', 'Anisa Adnin: High Commissioner of Malaysia / Malaysia']);
    assert.deepStrictEqual(facts('H.E Andrej Rode Ambassador of Slovenia paid a courtesy call on Governor General Mary Simon.'), ['Andrej Rode: Ambassador / Slovenia', 'Mary Simon: Governor General / null']);
  });
  it('"Governor General X welcomed four new heads of mission ... The following new heads of mission presented their credentials:", then a line (or paragraph) for each envoy and his office: the roll\'s envoys are the guests; the dateline "Addis Ababa June 1/2021" places it', () => {
    const t = 'OTTAWA—Today, Governor General Mary Simon welcomed two new heads of mission to Canada at Rideau Hall.\n\nLetters of credence accredit a diplomat.\n\nThe following new heads of mission presented their credentials:\n\nHis Excellency Andrej Rode\n\nAmbassador of the Republic of Slovenia\n\nHer Excellency Anisa Adnin\n\nHigh Commissioner of Malaysia\n\nQuick facts:\n\n- A high commissioner is a representative of a Commonwealth country.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')}]`),
      ['reception [Simon:host/Canada+Rode:guest/Slovenia+Adnin:guest/Malaysia]']);
  });
  it('"Governor General Welcomed New Heads of Mission to Canada" (a title-case headline): the verb is no body\'s word, and the office stays "Governor General"', () => {
    const a = analyze('Governor General Welcomed New Heads of Mission to Canada During a Ceremony at Rideau Hall\n\nToday, Governor General Mary Simon welcomed four new heads of mission.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Mary Simon: Governor General']);
    assert.ok(!a.entities.some((e) => e.type === 'organization' && /Welcomed/.test(e.text)));
  });
  it('"X has received congratulations on his appointment as the ninth prime minister of Malaysia": the office he was appointed to, in capitals or not', () => {
    assert.deepStrictEqual(analyze('Datuk Seri Amir Yusof has received congratulations on his appointment as the ninth prime minister of Malaysia.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Amir Yusof: prime minister / Malaysia']);
    assert.deepStrictEqual(analyze('Datuk Seri Amir Yusof has received congratulations on his appointment as the ninth Prime Minister of Malaysia.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`),
      ['Amir Yusof: Prime Minister / Malaysia']);
    // (The country the office is of, over a title's "Australian and Chinese leaders congratulate X".)
    assert.deepStrictEqual(analyze('Australian and Chinese leaders congratulate Amir Yusof\n\nPUTRAJAYA, Aug 24 -- Datuk Seri Amir Yusof has received congratulations on his appointment as the ninth prime minister of Malaysia. Today, he received a telephone call from Australian Prime Minister Tom Reid.')
      .meetings.map((m) => m.participants.map((p) => `${p.name}:${p.side}`).join('+')), ['Amir Yusof:Malaysia+Tom Reid:Australia']);
  });
  it('"ISLAMABAD: Speaker X said on Wednesday that ... Talking to Y, who called on him, the NA speaker said": the day the lead has him say it is the meeting\'s', () => {
    const t = 'Published 2022-10-27\n\nISLAMABAD: National Assembly Speaker Raja Ali said on Wednesday that envoys played a role.\n\nTalking to Ambassador Aisha Khan of Ireland, who called on him, the NA speaker said that the post was an honour.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.date} ${m.isoDate}`), ['reception Wednesday 2022-10-26']);
  });
  it('"Ambassador X paid a farewell call on President Y in Kathmandu", the text naming Nepal alone: the envoy is posted there, not of it', () => {
    assert.deepStrictEqual(analyze('Ambassador John Kent paid a farewell call on President Ravi Thapa in Kathmandu.').persons.map((p) => `${p.name}: ${p.country}`), ['John Kent: null', 'Ravi Thapa: Nepal']);
  });
  it('"... in London.This is contained in a statement issued in Abuja by Mr X": a stop with no space after it ends a sentence, and the one issuing a statement from a capital is of its country', () => {
    const t = 'President Alan Kofi of Ghana on Friday called President John Mensah in London.This is contained in a statement issued in Abuja on Saturday by Mr Femi Adesina, the Special Adviser on Media to the President. Adesina said that President Kofi called on behalf of the region.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.date} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`), ['phone call Friday [Kofi:caller+Mensah:callee]']);
    assert.strictEqual(a.persons.find((p) => p.name === 'Femi Adesina')?.country, 'Nigeria');
    assert.deepStrictEqual(meetingsAt('Foreign Minister Ana Ruiz met Foreign Minister Piotr Nowak while visiting Washington.The two sides discussed trade.'), ['talks [Ruiz+Nowak] Washington']);
    // (Abbreviations and dotted names keep their stops.)
    assert.deepStrictEqual(analyze('H.E. Ana Ruiz met Ph.D. candidates of the U.S.A. in Lima.').persons.map((p) => p.name), ['Ana Ruiz']);
  });
  it('"... at the Laos-Vietnam borderline. He made the emphasis at his reception for X", "She made the remarks while receiving Y": the pronoun of the agencies\' remark frame is the one named before', () => {
    assert.strictEqual(headlineRoles('Prime Minister Asang Laoly stressed cooperation. He made the remarks while receiving Ambassador Bui Thanh Thu of Vietnam in Vientiane on June 4.'), 'reception [Laoly:host+Thu:guest]');
    assert.strictEqual(headlineRoles('Prime Minister Asang Laoly stressed cooperation. She made the statement during a meeting with Ambassador Bui Thanh Thu of Vietnam in Vientiane.'), 'talks [Laoly:participant+Thu:participant]');
  });
  it('"The Chinese delegation led by People\'s Liberation Army (PLA) deputy chief General X had meeting with IAF chief Y": the delegation\'s roll ends at its verb, and a bracketed acronym in a sentence is no agency\'s tag', () => {
    const a = analyze('New Delhi: Top Indian defence brass today met a Chinese delegation.\n\nThe Chinese delegation led by Peoples Liberation Army (PLA) deputy chief General Gao Feng had meeting with IAF chief Air Chief Marshal Arun Belak and Navy chief Admiral Ravi Menon.\n\nThe delegation could not meet Army chief General Deepak Rao, as he was away in Meerut.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Gao Feng: China', 'Arun Belak: India', 'Ravi Menon: India', 'Deepak Rao: India']);
  });
  it('"met with Syrian Foreign Minister A, Defense Minister B and Intelligence Chief C": a nationality over a roll of offices closed by "and" (not a fronted "with US Secretary A, Defense Secretary B affirmed")', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('Turkish Foreign Minister Emre Kaya on Wednesday met with Syrian Foreign Minister Omar Haddad, Defense Minister Sami Nasser and Intelligence Chief Karim Salem in Ankara.'),
      ['Emre Kaya: Foreign Minister / Turkey', 'Omar Haddad: Foreign Minister / Syria', 'Sami Nasser: Defense Minister / Syria', 'Karim Salem: Intelligence Chief / Syria']);
    assert.deepStrictEqual(facts('In his first call with US Secretary of Defense Mark Hollis, Defense Secretary Ramon Cruz affirmed the alliance. The Philippines welcomed it.').map((f) => f.split(' / ')[1]), ['United States', 'Philippines']);
    assert.deepStrictEqual(facts('Leaders joined: American President Mark Hollis, French President Paul Renaud, and Prime Minister Ravi Menon of India.').map((f) => f.split(' / ')[1]), ['United States', 'France', 'India']);
  });
  it('"The Embassy of Nigeria in the Russian Federation" over the release: its unqualified ambassador is the mission\'s', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(facts('The Embassy of Nigeria in the Russian Federation\n\nAmbassador John Okafor met with Deputy Foreign Minister Ivan Petrov in Moscow on Monday.'), ['John Okafor: Nigeria', 'Ivan Petrov: Russia']);
    assert.deepStrictEqual(facts('High Commission of India, London\n\nHigh Commissioner Ravi Menon called on Minister of State Jane Hall on Monday.'), ['Ravi Menon: India', 'Jane Hall: United Kingdom']);
    // (A sentence naming an embassy is no mission's release.)
    assert.deepStrictEqual(facts('A reception was held at the Embassy of Nigeria in Moscow.\n\nAmbassador John Okafor met with Deputy Foreign Minister Ivan Petrov on Monday.').map((f) => f.split(': ')[1])[0], 'null');
  });
  it('"HH the Amir Sheikh X", "The Amir of Kuwait": the Gulf\'s spelling of the ruler\'s title, not the given name of "Defense Minister Amir Y" or "Brigadier General Amir Z"', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.rank} / ${p.country}`);
    assert.deepStrictEqual(facts('DOHA, Nov 26 (QNA) -- HH the Amir Sheikh Tamim bin Khalid Al-Thani held a telephone conversation on Friday with Secretary-General of NATO Jan Berg.'),
      ['Tamim bin Khalid Al-Thani: Amir / null / Qatar', 'Jan Berg: Secretary-General of NATO / null / NATO']);
    assert.deepStrictEqual(facts('Israeli Defense Minister Amir Levi met Iranian Defence Minister Brigadier General Amir Hosseini. The Amir of Kuwait Sheikh Nawaf Al-Sabah sent a letter.'),
      ['Amir Levi: Defense Minister / null / Israel', 'Amir Hosseini: Defence Minister / Brigadier General / Iran', 'Nawaf Al-Sabah: Amir / null / Kuwait']);
  });
  it('Gulf agencies\' forms: "in a statement received by the News Agency" is no reception, "recieved" is one, "Shaikha" is a style, a ruler\'s name on a building is no one here', () => {
    assert.deepStrictEqual(meetingsAt('This came during a meeting between Prime Minister Omar Saleh and the Russian Ambassador to Iraq, Ivan Sorokin, said the Prime Minister\'s Office in a statement received by the Iraqi News Agency (INA).').map((m) => m.split(' [')[0]), ['talks']);
    assert.strictEqual(headlineRoles('His Highness Shaikh Ali bin Salman Al Khalifa, Governor of the Southern Governorate, recieved Ken Sato, the Ambassador of Japan to the Kingdom of Bahrain.'), 'reception [Khalifa:host+Sato:guest]');
    assert.deepStrictEqual(analyze('During the meeting, H.E Shaikha Mai bint Mohammed Al Khalifa stressed ties. Later, Shaikha Mai said more.').persons.map((p) => `${p.name}: ${p.mentions.length} / ${p.country}`), ['Mai bint Mohammed Al Khalifa: 2 / null']);
    for (const t of ['The meeting took place at the King Salman Air Base in Riyadh.', 'They met at the King Fahd Palace in Riyadh.', 'They landed at King Khalid International Airport.']) assert.deepStrictEqual(analyze(t).persons, [], t);
    assert.deepStrictEqual(analyze('He met the President Ana Ruiz at the Palace.').persons.map((p) => p.name), ['Ana Ruiz']);
  });
  it('datelines closed by an agency\'s tag and a colon ("Phnom Penh, 17 October 2021 (TDI): On Thursday") or by a named agency ("DUSHANBE, October 7, 2011, Asia-Plus -- ... yesterday"), and a page\'s stamp "2009/04/08 | 13:57": the meeting\'s own day', () => {
    const dates = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(dates('Phnom Penh, 17 October 2021 (TDI): On Thursday, Deputy Prime Minister Hun Dara received US Ambassador Paul King.'), ['2021-10-14']);
    assert.deepStrictEqual(dates('DUSHANBE, October 7, 2011, Asia-Plus -- President Ali Rahimov yesterday received US Ambassador Ken Gross.'), ['2011-10-06']);
    assert.deepStrictEqual(dates('2009/04/08 | 13:57\n\nU.S. President Tom Baker made a telephone call yesterday to President Ilham Aliyev.'), ['2009-04-07']);
  });
  it('"Ashgabat hosted Turkmen-Uzbek political consultations": a place hosting talks hosts no one', () => {
    const t = 'Ashgabat hosted Turkmen-Uzbek political consultations\n\nOn 26 August 2022, political consultations between Turkmenistan and Uzbekistan were held in Ashgabat. The Turkmen delegation was headed by Foreign Minister Rashid Orazov, the Uzbek delegation by Foreign Minister Vladimir Karimov.';
    assert.strictEqual(headlineRoles(t), 'talks [Orazov:participant+Karimov:participant]');
    assert.strictEqual(headlineRoles('Ashgabat hosted the Foreign Minister of Uzbekistan Vladimir Karimov. President Ali Orazov received him.').split(' ')[0], 'reception');
  });
  it('"X commended the outgoing envoy. He said this when Mr Y called on him", "when Mr Y called to bid him farewell after the end of his duty tour": the host the pronoun stands for; a duty tour is no visit', () => {
    assert.strictEqual(headlineRoles('ACCRA -- President Ali Kofi has commended the outgoing Equatorial Guinea ambassador to Ghana, Mr Juan Nsue, for his work. He said this when Mr Nsue called on him at the Jubilee House to bid farewell.'), 'reception [Nsue:guest+Kofi:host]');
    const t = 'President Ali Kofi has commended the outgoing Equatorial Guinea ambassador to Ghana, Juan Nsue, for his work.\n\nPresident Kofi made the commendation when Mr Nsue called to bid him farewell after the end of his duty tour of the country at the Jubilee House in Accra.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}:${p.side}`).join('+')}]`), ['reception [Nsue:guest:Equatorial Guinea+Kofi:host:Ghana]']);
  });
  it('"European Commission President X", "Senate President Y", "Iraqi Parliament Speaker Z": the body before a bare head is part of the office as stated; portfolios of construction and handicrafts; a Burmese name closing on "Tun"', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('European Commission President Anna Berg met Senate President Juan Cruz and Iraqi Parliament Speaker Omar Saleh.'),
      ['Anna Berg: European Commission President / European Union', 'Juan Cruz: Senate President / null', 'Omar Saleh: Parliament Speaker / Iraq']);
    // (Not a domain after the head: "OAS Secretary for External Relations".)
    assert.deepStrictEqual(facts('He met OAS Secretary for External Relations Ana Ruiz.').map((f) => f.split(' / ')[0]), ['Ana Ruiz: Secretary for External Relations']);
    assert.deepStrictEqual(facts("Iran's Cultural Heritage, Tourism and Handicrafts Minister Ali Rezaei visited Oman. Construction Minister Han Tun met him."),
      ['Ali Rezaei: Cultural Heritage, Tourism and Handicrafts Minister / Iran', 'Han Tun: Construction Minister / Oman']);
  });
  it('chambers of legislatures name bodies and end before their officers\' names: "Speaker of the House of Representatives X", "the Speaker of the Egyptian House of Representatives, Y,", "Speaker of the Chamber of Deputies Z", "Member of the House of Lords Lord W"', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.organization}`);
    assert.deepStrictEqual(facts('He met Speaker of the House of Representatives John Smith in Cairo.'), ['John Smith: Speaker of the House of Representatives / House of Representatives']);
    assert.deepStrictEqual(facts('He met the Speaker of the Egyptian House of Representatives, Karim Adel, in Cairo.'), ['Karim Adel: Speaker of the Egyptian House of Representatives / Egyptian House of Representatives']);
    assert.deepStrictEqual(facts('He met Speaker of the Chamber of Deputies Marco Rossi in Rome.'), ['Marco Rossi: Speaker of the Chamber of Deputies / Chamber of Deputies']);
    assert.deepStrictEqual(facts('Member of the House of Lords Lord Ali Khan met him.'), ['Ali Khan: Member of the House of Lords / House of Lords']);
    assert.deepStrictEqual(analyze('The delegation visited the House of Commons on Monday.').entities.filter((e) => e.type === 'organization').map((e) => e.text), ['House of Commons']);
  });
  it('"made a courtesy call on the Defence Secretary recently", "met earlier this month": no release day for a day the text does not give', () => {
    const dates = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(dates('Colombo, October 18, 2024 -- US Ambassador Julie Chang made a courtesy call on the Defence Secretary Air Vice Marshal Ravi Perera recently.'), [null]);
    assert.deepStrictEqual(dates('Colombo, October 18, 2024 -- US Ambassador Julie Chang called on Defence Secretary Ravi Perera earlier this month.'), ['2024-10']);
    assert.deepStrictEqual(dates('Colombo, October 18, 2024 -- US Ambassador Julie Chang called on Defence Secretary Ravi Perera.'), ['2024-10-18']);
  });
  it('"During the meeting at General Headquarters (GHQ) in Rawalpindi," after an Islamabad dateline, and "New Delhi [India], October 21 (ANI):": the meeting\'s city', () => {
    assert.deepStrictEqual(meetingsAt('ISLAMABAD, Jan 5: Turkish Chief of General Staff General Ali Demir called on Chief of Army Staff General Asim Khan. During the meeting at General Headquarters (GHQ) in Rawalpindi, they discussed security.'), ['reception [Demir+Khan] Rawalpindi']);
    assert.deepStrictEqual(meetingsAt('New Delhi [India], October 21 (ANI): Chief of Defence Staff of United Kingdom General Sir John Carter called on his Indian counterpart General Ravi Menon.'), ['reception [Carter+Menon] New Delhi']);
  });
  it('a name written with and without its accents is one person ("Ion Țurcanu" ... "Turcanu", "Cristian Turcanu" in a headline, "Cristian Țurcanu" in the text)', () => {
    const people = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.mentions.length}`);
    assert.deepStrictEqual(people('Deputy Prime Minister Nicolae Popa received Ambassador Ion Țurcanu. Turcanu thanked him.'), ['Nicolae Popa: 1', 'Ion Țurcanu: 2']);
    assert.deepStrictEqual(people('Deputy Prime Minister Nicolae Popa received Ambassador Ion Turcanu. Țurcanu thanked him.'), ['Nicolae Popa: 1', 'Ion Turcanu: 2']);
    assert.deepStrictEqual(people('President Maria Lungu received Ambassador Cristian Turcanu\n\nPresident Maria Lungu today received the Ambassador of Romania, Cristian Țurcanu.'), ['Maria Lungu: 2', 'Cristian Țurcanu: 2']);
  });
  it('"Canada\'s first ambassador to Armenia X", "Canada\'s first Ambassador to Armenia X": a word of the term between the possessive and the office', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts("He welcomed Canada's first ambassador to Armenia Alice Leclerc."), ['Alice Leclerc: ambassador to Armenia / Canada']);
    assert.deepStrictEqual(facts("He welcomed Canada's first Ambassador to Armenia Alice Leclerc."), ['Alice Leclerc: Ambassador to Armenia / Canada']);
  });
  it('styles of the Caribbean and the Pacific before a name: "Prime Minister Dr. the Rt Hon. X", "Prime Minister Afioga Y"', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(facts('He met Prime Minister Dr. the Rt Hon. Keith Morris in St. George\'s.'), ['Keith Morris: Prime Minister']);
    assert.deepStrictEqual(facts('He met Prime Minister Afioga Fiame Naomi Tala in Apia.'), ['Fiame Naomi Tala: Prime Minister']);
  });
  it('"The new envoys are Mr A from Norway, Dr B from Turkey and Ms C from Peru.": a name\'s "from" a country in a roll', () => {
    assert.deepStrictEqual(analyze('The President received five new ambassadors. The new envoys are Mr Jan Berg from Norway, Dr Mehmet Oz from Turkey and Ms Ana Ruiz from Peru.').persons.map((p) => `${p.name}: ${p.country}`),
      ['Jan Berg: Norway', 'Mehmet Oz: Turkey', 'Ana Ruiz: Peru']);
  });
  it('"a warm welcome today to Samoa\'s O le Ao o le Malo, Afioga X, who is undertaking a State Visit to New Zealand": a country\'s possessive before an office is no place; the office in its own language; "and Group Convener X"', () => {
    const t = 'Prime Minister Chris Lane extended a warm welcome today to Samoa\'s O le Ao o le Malo, Afioga Tui Sualauvi II, who is currently undertaking a State Visit to New Zealand.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.place} [${m.participants.map((p) => `${p.name}:${p.role}:${p.side}`).join('+')}]`), ['reception New Zealand [Chris Lane:host:New Zealand+Tui Sualauvi II:guest:Samoa]']);
    assert.deepStrictEqual(analyze('The Friendship Group met on Wednesday, chaired by Minister of State for Railways and Group Convener Bilal Azhar Kiani.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Bilal Azhar Kiani: Minister of State for Railways and Group Convener']);
  });
  it('"discussed with the special envoy of Russian President X", "... of the Russian President, X,": the one whose envoy it is sends, he does not meet, and holds the office the envoy is of', () => {
    for (const t of ['BAGHDAD -- Prime Minister Omar Saleh discussed with the special envoy of Russian President Ivan Orlov several files of common interest.', 'BAGHDAD -- Prime Minister Omar Saleh discussed with the special envoy of the Russian President, Ivan Orlov, several files of common interest.']) {
      const a = analyze(t);
      assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Omar Saleh: Prime Minister / Iraq', 'Ivan Orlov: President / Russia'], t);
      assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => p.name)), [['Omar Saleh']], t);
    }
  });
  it('"the Egyptian ministry spokesman, Ahmed X,", "received today the European Union ambassador to Iraq Martin Y": lower-case offices after a body\'s words, their holders, and the host of the envoy\'s posting', () => {
    assert.deepStrictEqual(analyze('In a statement, the Egyptian ministry spokesman, Ahmed Fathy, said that the two ministers discussed the situation.').persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Ahmed Fathy: ministry spokesman / Egypt']);
    const a = analyze('Prime Minister Adel Karim received today the European Union ambassador to Iraq Martin Holt.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Adel Karim: Prime Minister / Iraq', 'Martin Holt: ambassador to Iraq / European Union']);
    assert.strictEqual(headlineRoles('Prime Minister Adel Karim received today the European Union ambassador to Iraq Martin Holt.'), 'reception [Karim:host+Holt:guest]');
  });
  it('"WASHINGTON -- President A and President B spoke by phone": two holders of an office a country has one of are not made one country\'s by a guess', () => {
    assert.deepStrictEqual(analyze('WASHINGTON -- President Tom Baker and President Ivan Orlov spoke by phone on Monday.').persons.map((p) => `${p.name}: ${p.country}`), ['Tom Baker: United States', 'Ivan Orlov: null']);
    // (Where the text says both, both stand.)
    assert.deepStrictEqual(analyze('WASHINGTON -- US President Tom Baker and Russian President Ivan Orlov spoke by phone on Monday.').persons.map((p) => `${p.name}: ${p.country}`), ['Tom Baker: United States', 'Ivan Orlov: Russia']);
  });
  it('offices whose words name another country\'s office or a body: "Secretary of State for Foreign, Commonwealth and Development Affairs X" (British), "Minister for Foreign Affairs, European Union and Cooperation Y" (a portfolio, not the Union), "Minister of Foreign Affairs and Human Mobility Z"', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('He met Secretary of State for Foreign, Commonwealth and Development Affairs James Clark.'), ['James Clark: Secretary of State for Foreign, Commonwealth and Development Affairs / United Kingdom']);
    assert.deepStrictEqual(facts('He met Minister for Foreign Affairs, European Union and Cooperation José Alba.'), ['José Alba: Minister for Foreign Affairs, European Union and Cooperation / null']);
    assert.deepStrictEqual(facts('He met Minister of Foreign Affairs and Human Mobility Gustavo Mera in Quito.'), ['Gustavo Mera: Minister of Foreign Affairs and Human Mobility / Ecuador']);
  });
  it('"SANTO DOMINGO.- President X": no stop in the dateline\'s city; "Joint Staff Spokesperson Navy Capt. Y": the service before the rank is the rank\'s, the office whole', () => {
    assert.deepStrictEqual(meetingsAt('SANTO DOMINGO.- President Luis Abreu received Ambassador Jan Berg of Norway on Monday.'), ['reception [Abreu+Berg] Santo Domingo']);
    assert.deepStrictEqual(analyze('Joint Staff Spokesperson Navy Capt. John Dorsey said the chairman met Gen. Ali Khan.').persons.map((p) => `${p.name}: ${p.position} / ${p.rank}`), ['John Dorsey: Joint Staff Spokesperson / Capt.', 'Ali Khan: null / Gen.']);
    // (Not "Minister of Defence Army General X": there the service opens the rank.)
    assert.deepStrictEqual(analyze('Minister of Defence Army General Sergei Orlov met him.').persons.map((p) => `${p.name}: ${p.position} / ${p.rank}`), ['Sergei Orlov: Minister of Defence / Army General']);
  });
  it('"the director general for Latin America and the Caribbean, Ana X,": a lower-case office over a domain, then its holder; a region\'s "America" and a domain "for Syria" name no country of the holder', () => {
    const facts = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} / ${p.country}`);
    assert.deepStrictEqual(facts('He met the director general for Europe, Ana Ruiz, on Monday.'), ['Ana Ruiz: director general for Europe / null']);
    assert.deepStrictEqual(facts('He met the director general for Latin America and the Caribbean, Ana Ruiz, on Monday.'), ['Ana Ruiz: director general for Latin America and the Caribbean / null']);
  });
  it('"the Chairman of Sudan\'s transitional Sovereign Council, X": a word opening a body\'s name after an office is no person', () => {
    const a = analyze('He met the Chairman of Sudan\'s transitional Sovereign Council, Abdel Fattah al-Burhan, in Khartoum.');
    assert.ok(!a.persons.some((p) => p.name === 'Sovereign'), a.persons.map((p) => p.name).join(', '));
    assert.deepStrictEqual(a.organizations.map((o) => o.name), ['Sovereign Council']);
    // (Its holder, set off by a comma after the body's name, holds the office whole.)
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.country}`), ['Abdel Fattah al-Burhan: Chairman of Sudan\'s transitional Sovereign Council / Sudan']);
  });
  it('"President Hassan Sheikh Mohamud": "Sheikh" between the parts of a Somali name is part of it', () => {
    assert.deepStrictEqual(analyze('MOGADISHU -- President Hassan Sheikh Mohamud received Ambassador Jan Berg of Norway. Mohamud thanked him.').persons.map((p) => `${p.name}: ${p.mentions.length}`), ['Hassan Sheikh Mohamud: 2', 'Jan Berg: 1']);
    assert.deepStrictEqual(analyze('President Mohamed bin Zayed received Sheikh Tamim bin Hamad.').persons.map((p) => p.name), ['Mohamed bin Zayed', 'Tamim bin Hamad']);
  });
  it('"SUVA, 12 March 2024 (FBC) –Prime Minister X yesterday received Y": a dateline\'s dash touching the lead still closes it', () => {
    assert.deepStrictEqual(analyze('SUVA, 12 March 2024 (FBC) –Prime Minister Sam Rabu yesterday received Ambassador Jan Berg of Norway.').meetings.map((m) => m.isoDate), ['2024-03-11']);
  });
  it('a photo caption telling the meeting the lead then reports ("X meets with Y in Beijing, Nov. 27, 2019. [Photo by ...]") is one meeting, not two', () => {
    const t = 'Chinese minister meets Vietnamese diplomat\n\nSource: Xinhua | 2019-11-28\n\nForeign Minister Wang Li meets with Vietnamese Deputy Foreign Minister Le Van Trung in Beijing, capital of China, Nov. 27, 2019. [Photo by Zhang Ling/Xinhua]\n\nBEIJING, Nov. 27 (Xinhua) -- Foreign Minister Wang Li met with Vietnamese Deputy Foreign Minister Le Van Trung Wednesday in Beijing.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.isoDate} ${m.place} [${m.participants.map((p) => p.name).join('+')}]`), ['talks 2019-11-27 Beijing [Wang Li+Le Van Trung]']);
  });
  it('"Caretaker Prime Minister X", "Transitional President Y": the term\'s word is part of the office as stated', () => {
    assert.deepStrictEqual(analyze('He met Caretaker Prime Minister Anwar Kasi and Transitional President Ali Diallo.').persons.map((p) => `${p.name}: ${p.position}`), ['Anwar Kasi: Caretaker Prime Minister', 'Ali Diallo: Transitional President']);
  });
  it('"met with his Slovak counterpart A, as well as with Polish Foreign Minister B": a meeting with each; "took the opportunity as well to meet C": one held', () => {
    assert.deepStrictEqual(meetingsAt('PRAGUE -- Foreign Minister Jan Lipa met with his Slovak counterpart Juraj Blana, as well as with Polish Foreign Minister Radek Sikor on Monday.'),
      ['talks [Lipa+Blana] Prague', 'talks [Lipa+Sikor] Prague']);
    assert.deepStrictEqual(meetingsAt('ROME -- Defence Minister Guido Cross took the opportunity as well to meet the French Minister of the Armed Forces Paul Lecor.'), ['talks [Cross+Lecor] Rome']);
  });
  it('"Day of meetings for defense minister, Guido X, today": a lower-case office after a preposition, then its holder; "had an audience with King Y": the king hosts', () => {
    assert.deepStrictEqual(analyze('Day of meetings for defense minister, Guido Cross, today in Rome.').persons.map((p) => `${p.name}: ${p.position}`), ['Guido Cross: defense minister']);
    assert.strictEqual(headlineRoles('Foreign Minister Ana Ruiz of Spain had an audience with King Harald of Norway at the Royal Palace in Oslo.'), 'reception [Ruiz:guest+Harald:host]');
  });
  it('"Archbishop Paul X", "Cardinal Pietro Y": a churchman\'s style is no part of his name', () => {
    assert.deepStrictEqual(analyze('He met Archbishop Paul Gallard in Rome. He also met Cardinal Pietro Parini.').persons.map((p) => p.name), ['Paul Gallard', 'Pietro Parini']);
  });
  it('"X received a high-level Eritrean delegation, including Foreign Minister A and Adviser B": those the delegation includes are the guests', () => {
    assert.strictEqual(headlineRoles('President Ali Burhan received a high-level Eritrean delegation, including Eritrean Foreign Minister Osman Saleh and Adviser Yemane Gebre, in Khartoum.'), 'reception [Burhan:host+Saleh:guest+Gebre:guest]');
  });
  it('"former Tanzanian finance minister X", "the Kenyan trade minister, Y,", "Health minister Z": a domain in lower case is part of the office, and the nationality before it gives the country', () => {
    const t = 'The hearing of former Tanzanian finance minister Peter Lyimo opened. The Kenyan trade minister, Joseph Kamau, attended. Health minister Ann Wega spoke. He met European affairs minister Ben Knapen.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`),
      ['Peter Lyimo: former finance minister (Tanzania)', 'Joseph Kamau: trade minister (Kenya)', 'Ann Wega: Health minister (null)', 'Ben Knapen: European affairs minister (null)']);
  });
  it('"Minister of Foreign Affairs, Cooperation and Malians Abroad", "... and Senegalese Abroad": a ministry of a nation\'s citizens abroad gives its holder that nation', () => {
    const t = 'CAIRO -- Egyptian Foreign Minister Sami Fahmy met the Minister of Foreign Affairs, Cooperation and Malians Abroad, Moussa Traore, and the Minister of Foreign Affairs and Senegalese Abroad, Aissata Diop.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Sami Fahmy: Egypt', 'Moussa Traore: Mali', 'Aissata Diop: Senegal']);
  });
  it('"The Kenyan army\'s chief of staff, Lt. Gen. X, met the Indian navy\'s chief of intelligence, Rear Admiral Y": a nation\'s service, possessive, gives the office its country', () => {
    const t = 'The Kenyan army\'s chief of staff, Lt. Gen. Peter Otieno, met in Nairobi on Monday with the Indian navy\'s chief of intelligence, Rear Admiral Suresh Nair. The Kenyan army\'s spokesman Daniel Kiprono said so.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Peter Otieno: chief of staff (Kenya)', 'Suresh Nair: chief of intelligence (India)', 'Daniel Kiprono: spokesman (Kenya)']);
  });
  it('"The Minister of External Relations X received three diplomats" then "The German Ambassador to Gabon, Y": the host of envoys posted to a country serves it; "received the ambassadors of Qatar to Niger, A, ..." too', () => {
    const t = 'The Minister of External Relations Paul Ekema on Monday received three diplomats at his office.\n\nThe German Ambassador to Gabon, His Excellency Hans Keller, was the first.\n\nThe Brazilian Ambassador to Gabon Marta Silva was next.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Paul Ekema')?.country, 'Gabon');
    assert.strictEqual(analyze('President Ibrahim Danladi yesterday received the ambassadors of Qatar to Niger, Khalid Al-Mannai, Greece, Nikos Papadakis, and Chile, Pablo Rojas.').persons.find((p) => p.name === 'Ibrahim Danladi')?.country, 'Niger');
  });
  it('"at State House-Entebbe", "at the presidential palace, Niamey", "in his office, Ankara": a venue, then the city it is in, places the meeting', () => {
    const place = (t: string) => analyze(t).meetings.map((m) => m.place);
    assert.deepStrictEqual(place('NAIROBI, March 3 - President John Kamau received Ambassador William Popp of the United States at State House-Mombasa on Monday.'), ['Mombasa']);
    assert.deepStrictEqual(place('President Ibrahim Danladi on Monday received Ambassador Khalid Al-Mannai of Qatar at the presidential palace, Niamey.'), ['Niamey']);
    assert.deepStrictEqual(place('Speaker Ali Kaya of Turkey on Thursday welcomed Ambassador Waleed Saad of Saudi Arabia in his office, Ankara.'), ['Ankara']);
  });
  it('"in the presence of the Speaker ..., A, and the Chief of Staff at the Presidency of the Republic, B": the head of state\'s office is a body an office is held at, and both attend for the host', () => {
    const t = 'ALGIERS - President Ali Mansour received on Sunday Saudi Foreign Minister Faisal Saud, in the presence of the Speaker of the Council of the Nation, Salah Kaddour, and the Chief of Staff at the Presidency of the Republic, Mohamed Larbi.';
    const a = analyze(t);
    assert.strictEqual(a.persons.find((p) => p.name === 'Mohamed Larbi')?.position, 'Chief of Staff at the Presidency of the Republic');
    assert.strictEqual(headlineRoles(t), 'reception [Mansour:host+Saud:guest+Kaddour:host+Larbi:host]');
  });
  it('"During the meeting, which also attracted Vice President X", "The meeting took place in the attendance of the Minister of Trade, Y": attendees of the meeting', () => {
    assert.strictEqual(headlineRoles('LUSAKA - President Chanda Mulenga yesterday received Swedish Minister for Trade Erik Lindqvist.\n\nDuring the meeting, which also attracted Vice President Mwila Banda, the two sides exchanged views.'),
      'reception [Mulenga:host+Lindqvist:guest+Banda:host]');
    assert.strictEqual(headlineRoles('TUNIS - Foreign Minister Omar Haddad of Jordan held talks in Tunis on Tuesday with Foreign Minister Sami Gharbi of Tunisia. The meeting took place in the attendance of the Minister of Trade, Ali Ben Salem.'),
      'talks [Haddad:participant+Gharbi:participant+Salem:participant]');
  });
  it('"X, deputy prime minister and minister of foreign affairs,", "Y, inspector general of the National Army,": lower-case offices after the name, joined or long, are the office as stated', () => {
    assert.deepStrictEqual(analyze('He met Ricardo Cabrera, deputy prime minister and minister of foreign affairs, on Monday. He also met Juan Correa, inspector general of the National Army, on Tuesday.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Ricardo Cabrera: deputy prime minister and minister of foreign affairs', 'Juan Correa: inspector general of the National Army']);
  });
  it('"Pentagon spokesman Navy Capt. X": the holder\'s service between a lower-case office and his rank', () => {
    assert.deepStrictEqual(analyze('Pentagon spokesman Navy Capt. Jeff Dorsey told reporters. Pentagon spokesman Army Col. Rob Mann agreed.').persons.map((p) => `${p.name}: ${p.position}, ${p.rank}`),
      ['Jeff Dorsey: Pentagon spokesman, Capt.', 'Rob Mann: Pentagon spokesman, Col.']);
  });
  it('"met with Kenyan Minister of Defense A and Chief of Defence Gen. B": the nationality opening a list of offices is each holder\'s, past a rank\'s abbreviation', () => {
    assert.deepStrictEqual(analyze('WASHINGTON - Secretary Lloyd Ames met with Kenyan Minister of Defense Aden Dulo and Chief of Defence Gen. Francis Ogalo at the Pentagon.').persons.map((p) => `${p.name}: ${p.country}`),
      ['Lloyd Ames: United States', 'Aden Dulo: Kenya', 'Francis Ogalo: Kenya']);
  });
  it('"Foreign Minister X and his Italian colleague Y stressed the efforts of Germany and Italy", "... the bilateral relations between Finland and Italy": the country set beside one official\'s is the other\'s', () => {
    const t = 'After a phone call of Foreign Minister Lukas Brant, his Italian counterpart Paolo Ferri and Turkish Foreign Minister Kemal Aydan, a spokesperson issued a statement.\n\nForeign Minister Brant and his Italian colleague Ferri stressed the ongoing efforts of Germany and Italy in the Berlin process.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Lukas Brant')?.country, 'Germany');
    const u = 'Minister for Foreign Affairs Aleksi Virta will visit Rome on 14 March and have a meeting with Italian Foreign Minister Giulio Bassi.\n\nThe Ministers will discuss the bilateral relations between Finland and Italy.';
    assert.strictEqual(analyze(u).persons.find((p) => p.name === 'Aleksi Virta')?.country, 'Finland');
  });
  it('"held talks with Y, in line with the directives of King A and President B": those the talks follow the directives of take no part', () => {
    assert.strictEqual(headlineRoles('TUNIS - Foreign Minister Omar Hadid of Jordan held talks in Tunis on Tuesday with Foreign Minister Sami Gharib of Tunisia, in line with the directives of King Talal III and President Karim Salih.'),
      'talks [Hadid:participant+Gharib:participant]');
  });
  it('"delivered his credentials to X", "handed over a copy of his letters of credence to Y", "accepted copies of the credentials of Z": an envoy\'s credentials in any wording are a reception', () => {
    assert.strictEqual(headlineRoles('MANAGUA - Ambassador Guillermo Zamar of Mexico delivered his credentials to Nicaraguan Foreign Minister Denis Moncaro on Saturday.'), 'reception [Zamar:guest+Moncaro:host]');
    assert.strictEqual(headlineRoles('MANAGUA - Ambassador Guillermo Zamar of Mexico handed over a copy of his letters of credence to Foreign Minister Denis Moncaro of Nicaragua.'), 'reception [Zamar:guest+Moncaro:host]');
    assert.strictEqual(headlineRoles('MANAGUA - Foreign Minister Denis Moncaro of Nicaragua accepted copies of the credentials of Ambassador Guillermo Zamar of Mexico.'), 'reception [Moncaro:host+Zamar:guest]');
  });
  it('"President Ts. Elbegdorj received", "King Harald V", "Alexander V Fomin": a Mongolian initial of two letters opens a name, a regnal numeral closes one, a lone letter before a name is a middle initial', () => {
    assert.strictEqual(headlineRoles('ULAANBAATAR - President Ts. Elbegsaikhan received Ambassador John Berg of Norway on Monday.'), 'reception [Elbegsaikhan:host+Berg:guest]');
    assert.deepStrictEqual(analyze('ULAANBAATAR - President Ts. Elbegsaikhan received Ambassador John Berg of Norway on Monday.').persons.map((p) => p.name), ['Ts. Elbegsaikhan', 'John Berg']);
    assert.deepStrictEqual(analyze('He met Deputy Defense Minister Alexander V Fominov and King Harald V on Monday.').persons.map((p) => p.name), ['Alexander V Fominov', 'Harald V']);
  });
  it('"talked with his Algerian counterpart on the phone" then "X and Y discussed": one phone call; "During a courtesy call at the Office of the President by Prime Minister X, President Y said": X calls on Y', () => {
    assert.deepStrictEqual(meetingsAt('ANKARA - The Turkish foreign minister Mevlut Cavusan talked with his Algerian counterpart Ramtane Lamamra on the phone on Monday.\n\nCavusan and Lamamra discussed bilateral relations.'), ['phone call [Cavusan+Lamamra]']);
    assert.strictEqual(headlineRoles('GABORONE - During a courtesy call at the Office of the President by Lesotho Prime Minister Sam Matek on July 13, President Mokgweetsi Masis said the two countries were close.'), 'reception [Masis:host+Matek:guest]');
  });
  it('"called on Prime Minister X to support the bid": an appeal, no call on him; "called on President Y to discuss trade" is one', () => {
    assert.deepStrictEqual(meetingsAt('GABORONE - President Mokgweetsi Masis called on Prime Minister Sam Matek to support the regional bid.'), []);
    assert.deepStrictEqual(meetingsAt('OSLO - Minister Ali Musa of Kenya called on President John Berg of Norway to discuss trade.'), ['reception [Musa+Berg] Oslo']);
  });
  it('"Morocco\'s FM Holds Talks with Several Counterparts": a headline\'s capitals make no person of "Several Counterparts"', () => {
    assert.deepStrictEqual(analyze('Morocco\'s FM Holds Talks with Several Counterparts\n\nRABAT - Foreign Minister Nasser Bourit held talks on Wednesday with his Egyptian counterpart Sameh Shouk.').persons.map((p) => p.name), ['Nasser Bourit', 'Sameh Shouk']);
  });
  it('"received four diplomats at his cabinet" then "The American Ambassador to Cameroon, X, was the first ...", "Y was next to be received": the envoys the text names are the guests; "the Conference to be hosted by France" is no meeting', () => {
    const t = 'The Minister of External Relations Lejeune Mbela has this Tuesday 13th October 2015 received three diplomats at his cabinet.\n\nThe American Ambassador to Cameroon, His Excellency Michael Hozan was the first amongst the three Diplomats.\n\nThe Spanish Ambassador to Cameroon H.E Jorge Orueta, was next to be received.\n\nThereafter was the French Ambassador to Cameroon Her Excellency Christine Robin who briefed Minister Mbela on the forthcoming Conference on Climate Change to be hosted by France.';
    assert.strictEqual(headlineRoles(t), 'reception [Mbela:host+Hozan:guest+Orueta:guest+Robin:guest]');
    assert.deepStrictEqual(analyze(t).meetings.length, 1);
  });
  it('"spoke by phone with Mexican military leaders" then "X\'s conversation with A and B": one call, A and B of that nation; "had a phone conversation ... In the conversation with Y": the call', () => {
    const t = 'WASHINGTON, Feb. 8, 2017 — Defense Secretary Jon Matt spoke by phone with Mexican military leaders yesterday, Pentagon spokesman Navy Capt. Jeff Dale said.\n\nIn a statement summarizing the call, Dale said Matt’s introductory conversation with Defense Secretary Gen. Salvador Cienaga and Navy Secretary Adm. Vidal Soto focused on the defense relationship.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.side}`).join('+')}]`),
      ['phone call [Matt:United States+Cienaga:Mexico+Soto:Mexico]']);
    const u = 'SEOUL - The top diplomats of South Korea and the United States had a phone conversation Friday to discuss recent talks.\n\nIn the conversation with US Secretary of State Rex Tiller earlier in the day, Foreign Minister Kang Kyung-hee reaffirmed the shared goals.';
    assert.deepStrictEqual(meetingsAt(u), ['phone call [Tiller+Kyung-hee]']);
  });
  it('"the conversation President X had with his American counterpart Y in Washington last month": a meeting told by its noun', () => {
    assert.deepStrictEqual(meetingsAt('NAIROBI - Kenyan President Ali Moyo received US Defense Secretary John Carver in Nairobi on Wednesday.\n\nThe visit was a follow-up of the conversation President Moyo had with his American counterpart Joe Bader in Washington last month.'),
      ['reception [Moyo+Carver] Nairobi', 'talks [Moyo+Bader] Washington']);
  });
  it('"met ... in Antigua, Guatemala": a country\'s name before another country\'s after a comma is a city of that one; a list of countries stays one', () => {
    const t = 'Foreign Minister Ana Soto of Honduras met Foreign Secretary Jose Mendez in Antigua, Guatemala on Monday.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Soto+Mendez] Antigua']);
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Jose Mendez')?.country, 'Guatemala');
    assert.deepStrictEqual(analyze('ACCRA - Foreign Minister Ana Soto of Honduras met the ministers of Ghana, Nigeria and Togo, Kofi Mensa, Bola Adeyemi and Faure Koffi.').persons.map((p) => p.country),
      ['Honduras', 'Ghana', 'Nigeria', 'Togo']);
  });
  it('"The President of the Councils of State and Ministers, Raul X, received", "the director general for South America of the Peruvian Foreign Ministry, Martin Y, stated": a name set off by commas after a long office holds it', () => {
    const t = 'HAVANA - The President of the Councils of State and Ministers, Raul Medina, received on Thursday the Prime Minister of Portugal, Rui Fontes.';
    assert.strictEqual(headlineRoles(t), 'reception [Medina:host+Fontes:guest]');
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Raul Medina')?.position, 'President of the Councils of State and Ministers');
    const u = analyze('Commenting on this event, the director general for South America of the Peruvian Foreign Ministry, Martin Salas Rey, stated that relations with Bolivia are a priority.').persons;
    assert.deepStrictEqual(u.map((p) => `${p.name}: ${p.country}: ${p.position}`), ['Martin Salas Rey: Peru: director general for South America of the Peruvian Foreign Ministry']);
  });
  it('"X stated that \u201crelations require a fluid political dialogue\u201d": a meeting noun in quoted words naming no one and no country is no meeting; "\u201cThe dialogue with Foreign Minister Y of Ghana in Washington was fruitful\u201d" is', () => {
    assert.deepStrictEqual(meetingsAt('MANAGUA - Foreign Minister Denis Moncado stated that \u201crelations with the region are a priority and require a fluid political dialogue\u201d.'), []);
    assert.deepStrictEqual(meetingsAt('WASHINGTON - \u201cThe dialogue with Foreign Minister Ama Boateng of Ghana in Washington was fruitful,\u201d Secretary Kurt Camp said on Thursday.'), ['talks [Boateng] Washington']);
  });
  it('"Wednesday\'s meeting was a follow-up of the conversation X had with Y in Tokyo", "In addition to discussions with A, B also held talks with C": the meeting told before opens the sentence, the one it reports follows', () => {
    assert.deepStrictEqual(meetingsAt('LILONGWE, Malawi – President Tomas Mwanza on Wednesday met visiting Japanese Foreign Minister Kenji Arata at State House, Lilongwe.\n\nWednesday\'s meeting was a follow-up of the conversation President Mwanza had with his Japanese counterpart Hiro Tanabe in Tokyo last month.'),
      ['talks [Mwanza+Arata] Lilongwe', 'talks [Mwanza+Tanabe] Tokyo']);
    assert.deepStrictEqual(meetingsAt('KIGALI - President Jean Habimana met Tongan Vice President Sione Fifita at Urugwiro Village on Monday.\n\nIn addition to discussions with President Habimana, Fifita also held talks with Rwanda\'s Senate President Eric Nkusi on Monday.').map((m) => m.replace(/\].*/, ']')),
      ['talks [Habimana+Fifita]', 'talks [Fifita+Nkusi]']);
  });
  it('"the discussion with PM X of Saint Lucia": a meeting told by its noun', () => {
    assert.deepStrictEqual(meetingsAt('KINGSTON - Prime Minister Ruth Gordon said the discussion with Prime Minister Paul Henry of Saint Lucia in Castries was successful.'), ['talks [Gordon+Henry] Castries']);
  });
  it('"Secretary of State for Cooperation X", "MFA Undersecretary of State Y ... Poland is interested": a European junior minister\'s title names no United States official', () => {
    assert.strictEqual(analyze('LISBON - Secretary of State for Cooperation Miguel Rocha met Foreign Minister Ana Lopes of Peru on Monday.').persons[0]?.country, 'Portugal');
    const t = 'Polish-Austrian talks in Vienna\n\nOn Friday, MFA Undersecretary of State Tomasz Wielgosz met in Vienna with Helmut Kranzl, Secretary General of the Austrian Federal Ministry for Europe, Integration and Foreign Affairs. "Poland is interested in maintaining regular dialogue with Austria," Deputy Minister Wielgosz emphasised.';
    assert.strictEqual(analyze(t).persons[0]?.country, 'Poland');
    assert.strictEqual(analyze('Assistant Secretary of State for African Affairs Molly Pee met Foreign Minister Ana Lopes of Peru on Monday.').persons[0]?.country, 'United States');
  });
  it('"held a meeting with X to discuss the recent situation in North Korea", "discussed the developments in Ukraine": a topic\'s place is no venue; "at the Ministry of Foreign Affairs in Male" is', () => {
    assert.deepStrictEqual(meetingsAt('Deputy Foreign Minister Igor Morov held a meeting with the United States ambassador to Russia, John Sulley, to discuss the recent situation in North Korea.'), ['talks [Morov+Sulley] Russia']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Sergei Lavrin discussed the developments in Ukraine during a meeting with Egyptian Ambassador Nazih Nagar.'), ['talks [Lavrin+Nagar]']);
    assert.deepStrictEqual(meetingsAt('Indian Defence Secretary Ajay Kumal on Monday called on Maldives Minister of State for Foreign Affairs, Ahmed Khalil. The meeting was held at the Ministry of Foreign Affairs in Male.'), ['reception [Kumal+Khalil] Male']);
  });
  it('"on the American side\'s initiative", "Upon request from X, Y had a teleconference with her", "had a phone call with X at request", "in a goodwill phone call to Y", "on the request of the US Defence Secretary" (his title "Defense Secretary"): who called', () => {
    const roles = (t: string) => headlineRoles(t);
    assert.strictEqual(roles('MOSCOW - President Vladimir Pitin had a telephone conversation with President Barak Obana of the United States on the American side\'s initiative.'), 'phone call [Pitin:callee+Obana:caller]');
    assert.strictEqual(roles('TOKYO - Upon request from U.S. Secretary of State Condi Rise, Foreign Minister Hiro Nakaso had a teleconference with her.'), 'phone call [Rise:caller+Nakaso:callee]');
    assert.strictEqual(roles('BEIJING - Foreign Minister Wang Yu had a phone call with US Secretary of State Antony Blinkin at request.'), 'phone call [Yu:callee+Blinkin:caller]');
    assert.strictEqual(roles('ABUJA - President Adama Barow of The Gambia in a goodwill phone call to President Buhar thanked Nigeria.'), 'phone call [Barow:caller+Buhar:callee]');
    assert.strictEqual(roles('NEW DELHI - Defence Minister Rajnat Singh on Friday held a telephonic conversation with US Defense Secretary Mark Espar. The interaction was on the request of the US Defence Secretary.'), 'phone call [Singh:callee+Espar:caller]');
  });
  it('one meeting told twice is one: a photo caption dated "May 4, 2016" and the body\'s "on Wednesday"; a call "said in a statement on Saturday" and the statement\'s "On March 5, 2021 ... held talks by phone"', () => {
    assert.deepStrictEqual(meetingsAt('Chinese vice premier meets Chilean interior minister\n\nPublished: 2016-5-4 11:08:45\n\nChinese Vice Premier Zhao Ming (R) meets with Chilean Interior Minister Pedro Vargas at the Great Hall of the People in Beijing, capital of China, May 4, 2016. Photo: Xinhua\n\nChinese Vice Premier Zhao Ming met with Chilean Interior Minister Pedro Vargas on Wednesday morning.'),
      ['talks [Ming+Vargas] Beijing']);
    const call = analyze('Belarusian Defense Minister Ivan Petrov has spoken with Finnish Defense Minister Anna Koski over the phone, the Belarusian Defense Ministry said in a statement on Saturday.\n\n"On March 5, 2021, Defense Minister of the Republic of Belarus I. Petrov and Minister of Defence of Finland A. Koski held talks by phone," the statement said.').meetings;
    assert.deepStrictEqual(call.map((m) => `${m.kind} ${m.isoDate}`), ['phone call 2021-03-05']);
  });
  it('"60th Independence Day of Kenya" is no person', () => {
    assert.deepStrictEqual(analyze('Foreign Minister Varga, who is in Kenya to attend 60th Independence Day of Kenya, met Kenyan President Samuel Otieno on Thursday.').persons.map((p) => p.name).sort(), ['Samuel Otieno', 'Varga']);
  });
  it('"Chief of the Air Staff, Royal Danish Air Force (RDAF) Major General X", "Director General Bureau of Defence Industry (Bodit) Major General Y": the office before the body a ranked name serves', () => {
    const a = analyze('ISLAMABAD - Chief of the Air Staff, Royal Danish Air Force (RDAF) Major General Henrik Moller Sorensen called on Chief of Air Staff Air Chief Marshal Tariq Nawaz Gill at the Air Headquarters.').persons;
    assert.strictEqual(a[0]?.position, 'Chief of the Air Staff');
    const b = analyze('NAIROBI - He met Director General Bureau of Defence Industry and Technical Cooperation (Bodit) Major General Tesfa Alemu on Monday.').persons;
    assert.deepStrictEqual(b.map((p) => `${p.position} / ${p.organization}`), ['Director General / Bureau of Defence Industry and Technical Cooperation']);
  });
  it('"Minister X is currently in Uzbekistan on a three-day visit", "met Foreign Minister Y, who is in Kenya for talks": a visitor is no national of the country visited', () => {
    const a = analyze('Tashkent: Defence Minister Priya Nair held a bilateral meeting with her Russian counterpart General Ivan Petrov on Tuesday.\n\nMinister Nair is currently in Uzbekistan on a three-day visit to attend the SCO meet.').persons;
    assert.notStrictEqual(a.find((p) => p.name === 'Priya Nair')?.country, 'Uzbekistan');
    const b = analyze('NAIROBI - President Ali Moyo met Foreign Minister Lina Varga, who is in Kenya for talks on trade.').persons;
    assert.deepStrictEqual(b.map((p) => `${p.name}: ${p.country}`), ['Ali Moyo: Kenya', 'Lina Varga: null']);
  });
  it('"The navy chief paid courtesy calls on A and B", "The defence minister is currently in X": a lower-case office with its service or domain stands for its one holder', () => {
    assert.deepStrictEqual(meetingsAt('COLOMBO - Indian Navy Chief Admiral Karam Singh arrived in Colombo on Monday. The navy chief paid courtesy calls on President Nimal Perera and Prime Minister Ranil Silva.'),
      ['reception [Singh+Perera] Colombo', 'reception [Singh+Silva] Colombo']);
    assert.notStrictEqual(analyze('Tashkent: Defence Minister Priya Nair held a bilateral meeting with her Russian counterpart General Ivan Petrov on Tuesday.\n\nThe defence minister is currently in Uzbekistan on a three-day visit.').persons[0]?.country, 'Uzbekistan');
  });
  it('"X, Prime Minister of Sri Lanka in Colombo": where a state\'s office met is no part of it; "Defence Attaché in Jakarta" is', () => {
    assert.strictEqual(analyze('COLOMBO - She called on Dinesh Gunawardena, Prime Minister of Sri Lanka in Colombo.').persons[0]?.position, 'Prime Minister');
    assert.strictEqual(analyze('JAKARTA - He met Colonel John Smith, Defence Attaché in Jakarta, on Monday.').persons[0]?.position, 'Defence Attaché in Jakarta');
  });
  it('"U.S. Secretary of state Rex X": a capitalized title\'s later words in lower case', () => {
    assert.strictEqual(headlineRoles('MOSCOW - The Russian Foreign Minister Sergei Lavrin and U.S. Secretary of state Rex Tiller held Monday a telephone conversation.'), 'phone call [Lavrin:participant+Tiller:participant]');
  });
  it('"On Friday Vladimir X had a telephone conversation with President Y": a weekday before a bare full name beside a meeting verb does not hide it', () => {
    assert.deepStrictEqual(meetingsAt('On Friday Vladimir Pitin had a telephone conversation with President of Finland Sauli Niinist.'), ['phone call [Pitin+Niinist]']);
  });
  it('"returned a phone call from X": the one returning it calls; "received phone calls from A, B and C": one call from each', () => {
    assert.strictEqual(headlineRoles('AMMAN - King Abdullah returned a phone call from President Ali Moyo of Kenya on Monday.'), 'phone call [Abdullah:caller+Moyo:callee]');
    assert.deepStrictEqual(analyze('AMMAN - King Abdullah II received phone calls from President Ali Moyo of Kenya, Prime Minister Jan Berg of Norway and President Luis Soto of Peru on Wednesday.').meetings
      .map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')), ['II:callee+Moyo:caller', 'II:callee+Berg:caller', 'II:callee+Soto:caller']);
  });
  it('"A and B on Tuesday met with C, respectively": one meeting each', () => {
    assert.deepStrictEqual(meetingsAt('BEIJING - Vice Chairman of the Central Military Commission Fan Chang and Defense Minister Chang Wan on Tuesday met with US Chairman of the Joint Chiefs of Staff Martin Dempsy, respectively.'),
      ['talks [Chang+Dempsy] Beijing', 'talks [Wan+Dempsy] Beijing']);
  });
  it('"Russian Defense Minister, Army Gen. Sergei X, arrived", "led by Lieutenant Col Y": ranks half abbreviated', () => {
    const p = analyze('YEREVAN - Russian Defense Minister, Army Gen. Sergei Shoygu, arrived in Yerevan on Monday.').persons[0];
    assert.deepStrictEqual([p?.position, p?.rank, p?.country], ['Defense Minister', 'Army Gen.', 'Russia']);
    assert.strictEqual(analyze('MANILA - The delegation was led by Lieutenant Col Ahmad Waluyo, who called on Rear Admiral Jose Cruz.').persons.find((x) => x.name === 'Ahmad Waluyo')?.rank, 'Lieutenant Col');
  });
  it('"In May this year, X had a phone call with Y": the month after a preposition, not the verb', () => {
    const m = analyze('NEW DELHI, August 3, 2021 - Army Chief General Manoj Narav said ties were strong. In May this year, General Narav had a telephonic conversation with US Army Chief of Staff General James McConvill.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.isoDate}`), ['phone call 2021-05']);
  });
  it('"On Thursday, A and B had spoken over the telephone" then "A on Friday said he held a wide-ranging conversation with B": one call, on Thursday', () => {
    const m = analyze('NEW DELHI, August 8, 2020 - On Thursday, External Affairs Minister S Jaishan and US Secretary of State Mike Pompy had spoken over the telephone.\n\nJaishan on Friday said he held a wide-ranging conversation with Pompy.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.isoDate}`), ['phone call 2020-08-06']);
  });
  it('"King receives calls from Palestinian president, Abu Dhabi crown prince": a capital of several words is no one\'s name; "X, the crown prince of Abu Dhabi": his office and country', () => {
    const a = analyze('King receives calls from Palestinian president, Abu Dhabi crown prince, and Iraqi PM\n\nAMMAN - King Abdullah received phone calls from Palestinian President Mahmoud Abas, Sheikh Mohamed bin Zayed Al Nahyan, the crown prince of Abu Dhabi, and Iraqi Prime Minister Mustafa Al Kadhim.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}: ${p.position}`).sort(),
      ['Abdullah: Jordan: King', 'Mahmoud Abas: Palestine: President', 'Mohamed bin Zayed Al Nahyan: United Arab Emirates: crown prince of Abu Dhabi', 'Mustafa Al Kadhim: Iraq: Prime Minister']);
  });
  it('"met the Ambassador of the Russian Federation to Baghdad, Mr. X": an envoy meets in the capital he is posted to', () => {
    assert.deepStrictEqual(meetingsAt('The Head of the Department of International Organizations of the Iraqi Foreign Ministry, Dr. Abas Obeid, met on Wednesday the Ambassador of the Russian Federation to Baghdad, Mr. Elbrus Kutrash.'),
      ['talks [Obeid+Kutrash] Baghdad']);
  });
  it('"IANS  |  Beijing" over the lead: an agency\'s name, a bar, then the city it filed from', () => {
    assert.deepStrictEqual(meetingsAt('Chinese President meets US Secretary of State\n\nIANS  |  Beijing\n\nChinese President Xi Jin met US Secretary of State Rex Tiller on Saturday.'), ['talks [Jin+Tiller] Beijing']);
  });
  it('"FRANKFURT, March 3 (Petra) --": a state agency\'s tag gives the home of its unqualified officials, attendees too; "By Petra Novak" is a reporter', () => {
    const a = analyze('King meets Chancellor\n\nFRANKFURT, March 3 (Petra) -- His Majesty King Abdalla II met on Sunday with German Chancellor Olaf Scholt in Berlin.\n\nThe meeting, attended by Foreign Minister Ayman Safad, covered regional developments.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`).sort(), ['II: Jordan', 'Safad: Jordan', 'Scholt: Germany']);
    const b = analyze('Talks in Lima\n\nBy Petra Novak\n\nLIMA - Foreign Minister Ana Ruiz met Defence Minister Jorge Paz on Monday.');
    assert.ok(b.persons.every((p) => p.country !== 'Jordan'), b.persons.map((p) => p.country).join());
    // (A lead's bracketed short form is no agency's tag: "The United States (US) Africa Command".)
    const c = analyze('US commander visits Defence Headquarters\n\nThe United States (US) Africa Command (AFRICOM) Combatant Commander General Michael Langly visited the Defence Headquarters, Nairobi. He was received by Chief of the Defence Forces (CDF) General Francis Ogola.\n\nThe Defence Principal Secretary Mr. Patrick Maruru was also present during the visit.');
    assert.strictEqual(c.persons.find((p) => p.name === 'Patrick Maruru')?.country, 'Kenya');
  });
  it('"Permanent Secretary X met the British High Commissioner": the nationality of an office no one named is across the verb, not the subject\'s', () => {
    for (const t of ['Permanent Secretary in the Ministry of Foreign Affairs, Mr. John Bandu, met the British High Commissioner on Monday.', 'Mr. John Bandu met the British High Commissioner.']) {
      assert.strictEqual(analyze(t).persons[0]?.country, null, t);
    }
  });
  it('"Secretary to the Ministry of Defence General X": the body a secretary serves is part of his office', () => {
    const p = analyze('Secretary to the Ministry of Defence General Kamal Gunaratna received the visiting Indian Navy chief Admiral Ravi Kumaran.').persons.find((x) => x.name === 'Kamal Gunaratna');
    assert.deepStrictEqual([p?.position, p?.rank], ['Secretary to the Ministry of Defence', 'General']);
    assert.strictEqual(analyze('The Secretary to the Government of the Federation, Senator George Akum, received the delegation.').persons[0]?.position, 'Secretary to the Government of the Federation');
  });
  it('"met ... in Astana this week", released on 22 April: the month; on 3 April, the week may lie in March: no date', () => {
    const at = (day: string) => analyze(`Kazakh, Tajik FMs discuss water issues\n\n${day} April 2023\n\nASTANA. KAZINFORM - Foreign Minister Daulet Serik met with Tajik Foreign Minister Rustam Nazar in Astana this week.`).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual([at('22'), at('3')], [['2023-04'], [null]]);
  });
  it('"X welcomed Y to Tallinn on Monday. The two leaders met to discuss ...": a welcome to a place is a reception, not talks', () => {
    assert.strictEqual(headlineRoles('Minister of Defence Arvo Kellu welcomed Latvian Prime Minister Janis Ozolin to Tallinn on Monday (3 March 2025). The two leaders met to discuss regional security.'), 'reception [Kellu:host+Ozolin:guest]');
  });
  it('"a phone call with US president-elect X": the lower-case office names its holder; "the visit of HM the King to Guinea Bissau" names no one', () => {
    assert.strictEqual(headlineRoles('President Halima Okoya had a phone call with US president-elect Mark Pratten on Tuesday evening to discuss trade.'), 'phone call [Okoya:participant+Pratten:participant]');
    const a = analyze('Dakar recalled that the 2018 visit of HM the King to Guinea Bissau strengthened ties.');
    assert.deepStrictEqual([a.persons.length, a.meetings.length], [0, 0]);
  });
  it('"Y conveyed the greetings of King A and Crown Prince B to the Jordanian leadership": the leaders a visitor speaks for are his own country\'s', () => {
    const a = analyze('AMMAN, May 3 (Petra) -- Prime Minister Omar Hadad received Moroccan Interior Minister Youssef Benani on Sunday. Benani conveyed the greetings of Commander of the Faithful King Mohammed VI and Crown Prince Moulay Hasan to the Jordanian leadership.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`).sort(), ['Benani: Morocco', 'Hadad: Jordan', 'Hasan: Morocco', 'VI: Morocco']);
    // (An invitation "from A for B to attend": B is not A's.)
    const b = analyze('KUALA LUMPUR, Sept 3 (Bernama) -- Defence Minister Mohamed Khalid Nordan received China\'s Ambassador to Malaysia Ouyang Yujin. Ouyang conveyed an invitation from Chinese Defence Minister Admiral Dong Jin for Mohamed Khalid Nordan to attend the forum.');
    assert.strictEqual(b.persons.find((p) => p.name === 'Mohamed Khalid Nordan')?.country, 'Malaysia');
  });
  it('"attended by Omani Ambassador to Bahrain X; Director of Protocol Y; and Counsellor Z": attendees listed after a visitor stand with him', () => {
    const m = analyze('MANAMA, March 4 (BNA) -- Interior Minister Rashid Al-Nuaimy received Omani Foreign Minister Salim Al-Harthi on Monday. The reception was attended by Omani Ambassador to Bahrain Khalid Al-Rawahy; Director of Protocol Said Al-Kindy; and Counsellor Nasser Al-Habsy.').meetings[0];
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name.split('-').pop()}:${p.role}/${p.side}`), ['Nuaimy:host/Bahrain', 'Harthi:guest/Oman', 'Rawahy:guest/Oman', 'Kindy:guest/Oman', 'Habsy:guest/Oman']);
  });
  it('"X and Y were also part of the reception team", "among the welcoming party": the host\'s side of the reception told, not another one', () => {
    const roles = (t: string) => analyze(t).meetings.map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+'));
    assert.deepStrictEqual(roles('Brigadier Ravi Persaut received the Canadian High Commissioner Tom Warde on Tuesday. Colonel Ian Ramdine (Inspector General) and Colonel Dev Kallan (Quartermaster General) were also part of the reception team.'),
      ['Persaut:host/null+Warde:guest/Canada+Ramdine:host/null+Kallan:host/null']);
    assert.deepStrictEqual(roles('KUWAIT, March 3 (KUNA) -- Defence Minister Sheikh Ahmad Al-Sabih received visiting British Chief of Defence Staff Admiral Tony Radkine on Sunday. Army Chief of Staff Lieutenant General Khaled Shuraian and Undersecretary Sheikh Faisal Al-Sabih were also among the welcoming party.'),
      ['Al-Sabih:host/Kuwait+Radkine:guest/United Kingdom+Shuraian:host/Kuwait+Al-Sabih:host/Kuwait']);
  });
  it('"In Honduras, X met with President A, Foreign Minister B ... as well as U.S. Ambassador to Honduras C": the envoy posted there is no side of the hosts', () => {
    const a = analyze('In Honduras, Reed and other Southcom leaders met with President Carlos Mejio, Foreign Minister Ana Florez, and the chief of joint staff, Gen. Jorge Pazos, as well as U.S. Ambassador to Honduras Lisa Harte.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`).sort(), ['Florez: Honduras', 'Harte: United States', 'Mejio: Honduras', 'Pazos: Honduras']);
  });
  it('"He conveyed greetings from the president of his country, X": the guest\'s president', () => {
    const a = analyze('Havana, Cuba.- Cuban President Miguel Diaz-Canelo received on Monday Honduran Foreign Minister Eduardo Reyna. He conveyed greetings from the president of his country, Xiomara Castra.');
    assert.strictEqual(a.persons.find((p) => p.name === 'Xiomara Castra')?.country, 'Honduras');
  });
  it('"Qatar, Kenya sign cooperation agreement" over a date line, then "Doha: X met with Y": the headline is no dateline, Doha is', () => {
    assert.deepStrictEqual(meetingsAt('Qatar, Kenya sign cooperation agreement\n\n2025-03-04\n\nDoha: Minister of State for Foreign Affairs HE Sheikh Jassim bin Hamad Al-Thanni met with Kenyan Foreign Minister HE David Otiendo.'), ['talks [Al-Thanni+Otiendo] Doha']);
  });
  it('"On Thursday October 27, X received Y, Commander of French forces in Senegal, on a visit to Rwanda from 24th to 28th October, 2022": the day told, its year from the range; no place from where forces are stationed', () => {
    const m = analyze('On Thursday October 27, the Chief of Defence Staff, Gen Paul Mugaba received in his office Col Jean Martine, Commander of French forces in Senegal, who is on a four-day official visit to Rwanda from 24th to 28th October, 2022.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.isoDate} ${x.place}`), ['2022-10-27 Rwanda']);
  });
  it('"the Special Assistant on Media to the Minister of Defence, Musa X,": the aide\'s office, the principal\'s domain and all', () => {
    assert.strictEqual(analyze('A statement on Monday by the Special Assistant on Media to the Minister of Defence, Musa Danlado, said the talks were successful.').persons[0]?.position, 'Special Assistant on Media to the Minister of Defence');
  });
  it('"received Mexican Ambassador A; and the Director of the ... (AMEXCID) and Undersecretary ..., Ambassador B": the second guest after a short form', () => {
    assert.deepStrictEqual(meetingsAt('President Omar Danielo received Mexican Ambassador Luz Ortego; and the Director of the Mexican Agency for Development Cooperation (AMEXCID) and Undersecretary for Multilateral Affairs, Ambassador Pablo Cruzado at his office.'), ['reception [Danielo+Ortego+Cruzado]']);
  });
  it('"The vice-president of Chile, A, ... met the vice-president of Peru, B"; "the secretary general of the Andean Community (CAN), C,": lower-case offices before a comma and the holder', () => {
    assert.deepStrictEqual(meetingsAt('The vice-president of Chile, Ana Sotomayor, arrived on Monday in Lima. She met Monday the vice-president of Peru, Jorge Rivaz, at the Congress.'), ['talks [Sotomayor+Rivaz] Lima']);
    const p = analyze('The minister met with the secretary general of the Andean Community (CAN), Pablo Menas, on Friday in Lima.').persons[0];
    assert.deepStrictEqual([p?.name, p?.position], ['Pablo Menas', 'secretary general of the Andean Community']);
  });
  it('"met with X, President Biden\'s Special Envoy for the Americas", "Y, Lula\'s Special Advisor": the aide\'s office, his principal\'s country, the principal no party', () => {
    const a = analyze('On Monday, Ecuadorian Foreign Minister Rosa Velo met with Mark Dunne, President Biden’s Special Envoy for the Americas. US President Joe Biden named him in May.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}/${p.side}`).join('+')), ['Rosa Velo/Ecuador+Mark Dunne/United States']);
    assert.strictEqual(a.persons.find((p) => p.name === 'Mark Dunne')?.position, 'Special Envoy for the Americas');
    const b = analyze('Chile\'s Foreign Minister Ana Sotto is in Brazil to meet officials of President Lula\'s government. On Monday, Sotto met with Celso Nevez, Lula’s Special Advisor for International Affairs.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.position}: ${p.country}`).sort(), ['Ana Sotto: Foreign Minister: Chile', 'Celso Nevez: Special Advisor for International Affairs: Brazil', 'Lula: President: Brazil']);
  });
  it('"Chief of the Office of the Minister of Foreign Affairs X", "Deputy Director of the Private Office of the Secretary General of NATO, Y": the office serving another, whole', () => {
    assert.strictEqual(analyze('Foreign Minister Omar Hadda met Japanese Vice Minister Kenji Satou on Tuesday, in the presence of Chief of the Office of the Minister of Foreign Affairs Lina Qassem.').persons.find((p) => p.name === 'Lina Qassem')?.position, 'Chief of the Office of the Minister of Foreign Affairs');
    assert.strictEqual(analyze('The meeting was attended by Deputy Director of the Private Office of the Secretary General of NATO, Anna Bergen.').persons[0]?.position, 'Deputy Director of the Private Office of the Secretary General of NATO');
  });
  it('"met ... in Suva last night", released on 5 May 2023: the day before', () => {
    assert.deepStrictEqual(analyze('Leaders meet\n\n5 May 2023\n\nApia – Samoan Prime Minister Tavita Leotta met Fijian Prime Minister Jone Ravuvo in Suva last night.').meetings.map((m) => m.isoDate), ['2023-05-04']);
  });
  it('"paid courtesies to the Commander of the Army, X"; "German Chargé d’affaires to Pakistan Y called on": receptions, their guests named', () => {
    assert.strictEqual(headlineRoles('Colonel James Warde of the Irish Army, the outgoing Defence Adviser of the Irish Embassy, this afternoon (3) paid courtesies to the Commander of the Army, Lieutenant General Ravi Fernandu, at the Army Headquarters.'), 'reception [Warde:guest+Fernandu:host]');
    const a = analyze('RAWALPINDI: German Chargé d’affaires to Pakistan Hanna Vogler Monday called on Chief of the General Staff General Imran Qadiri.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}/${p.side}`).join('+')), ['Hanna Vogler:guest/Germany+Imran Qadiri:host/Pakistan']);
  });
  it('"The meeting was attended by Jordanian Ambassador X, State Minister Y and ...": the reception\'s attendees, the ministers the host\'s', () => {
    const m = analyze('COLOMBO: Jordanian Defence Minister Omar Hadad called on Prime Minister Ruwan Pereira yesterday. The meeting was attended by Jordanian Ambassador Sami Naser, State Minister Kamal Silvo and Chief of Staff Anura Diaz.').meetings;
    assert.deepStrictEqual(m.map((x) => x.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`).join('+')),
      ['Hadad:guest/Jordan+Pereira:host/Sri Lanka+Naser:guest/Jordan+Silvo:host/Sri Lanka+Diaz:host/Sri Lanka']);
  });
  it('"accompanied by Deputy Minister of Defense Col. Gen. X": the rank abbreviated in two words, the office kept', () => {
    const p = analyze('Deputy Foreign Minister Seitovo was accompanied by Deputy Minister of Defense Col. Gen. Bolat Nurova.').persons.find((x) => x.name === 'Bolat Nurova');
    assert.deepStrictEqual([p?.rank, p?.position], ['Col. Gen.', 'Deputy Minister of Defense']);
  });
  it('"visited Estonia, Latvia and Lithuania ... In Latvia, X met with President A": the visitor is of none of them, those he met of the country set before', () => {
    const a = analyze('EUCOM chief visits Baltics\n\nPublished April 20, 2023\n\nGen. Robert Kanes visited Estonia, Latvia and Lithuania on April 10-14. In Latvia, Kanes met with President Aivars Ozolins. In Lithuania, Kanes met with Defence Minister Rasa Jonaitis.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`).sort(), ['Jonaitis: Lithuania', 'Kanes: null', 'Ozolins: Latvia']);
    const b = analyze('Commander tours West Africa\n\nPublished March 14, 2024\n\nDuring the last stop of his trip, in Togo, Hale met with President Kofi Amenou, Minister of Defense Yao Dossa and Rear Admiral Koffi Agbon, Chief of Defense, Togo Armed Forces, to discuss maritime security.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`).sort(), ['Agbon: Togo', 'Amenou: Togo', 'Dossa: Togo']);
  });
  it('"COAS, Chinese envoy discuss regional security" over "RAWALPINDI:": a short form opening a headline is no dateline', () => {
    assert.deepStrictEqual(meetingsAt('COAS, Chinese envoy discuss regional security\n\nRAWALPINDI: Chinese Ambassador Jiang Zaidon called on Chief of Army Staff General Asim Muniri at GHQ on Monday.'), ['reception [Zaidon+Muniri] Rawalpindi']);
  });
  it('"Wu presided at a reception for X", "hosted a luncheon for Y": receptions, host and guest', () => {
    assert.strictEqual(headlineRoles('The same day, Foreign Minister Rita Oseia presided at a luncheon for Tomas Bergen, foreign minister of Norway.'), 'reception [Oseia:host+Bergen:guest]');
  });
  it('"visited Estonia, Latvia and Lithuania on April 10-14. In Latvia, X met Y": the trip\'s range gives the month of each stop\'s meeting, not its first day', () => {
    const m = analyze('EUCOM chief visits Baltics\n\nPublished April 20, 2023\n\nGen. Robert Kanes visited Estonia, Latvia and Lithuania on April 10-14. In Latvia, Kanes met with President Aivars Ozolins. In Lithuania, Kanes met with Defence Minister Rasa Jonaitis.').meetings;
    assert.deepStrictEqual(m.map((x) => x.isoDate), ['2023-04', '2023-04']);
  });
  it('"Suva – Prime Minister X met with his Fijian counterpart Y at the Fijian High Commission in Canberra": neither the dateline\'s nor the mission\'s city\'s country is X\'s', () => {
    const a = analyze('Suva – Prime Minister Iosefa Tuilago met with his Fijian counterpart Jone Ravuvi at the Fijian High Commission in Canberra last night.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`), ['Tuilago: null', 'Ravuvi: Fiji']);
  });
  it('"U.S. Forces Korea (USFK) Commander Gen. X": the command\'s country, not where it is stationed', () => {
    const a = analyze('Defense Minister Shin Won-sek met with U.S. Forces Korea (USFK) Commander Gen. Paul LaCamero on Monday.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Shin Won-sek: South Korea', 'Paul LaCamero: United States']);
  });
  it('a courtesy call told, then quoted again from the statement ("..., the army said"): one meeting', () => {
    const m = analyze('Kathmandu, May 6: General Ramon Cruzo paid a courtesy call on Prime Minister Hari Raio on Friday. "General Ramon Cruzo paid a courtesy call to The Right Honourable Prime Minister Mr. Hari Raio at his office on May 6, 2024," the army said in a statement.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.isoDate}`), ['reception 2024-05-06']);
  });
  it('"called on Defence Secretary A, Vice Chief B and met Chief of the Naval Staff C": two calls, then talks with C', () => {
    const m = analyze('NEW DELHI: Fiji Navy chief Commodore Sam Torua called on Defence Secretary Arun Mehto, Vice Chief of Army Staff Lt Gen Raj Kumaro and met Chief of the Naval Staff Admiral Vikram Raon on Friday.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['reception Torua:guest+Mehto:host', 'reception Torua:guest+Kumaro:host', 'talks Torua:participant+Raon:participant']);
  });
  it('"held phone talks with his RoK and Indian counterparts A and B": one call with each; a trilateral call stays one', () => {
    assert.deepStrictEqual(meetingsAt('Defence Minister Richard Marlow held phone talks with his RoK and Indian counterparts Shin Won-sek and Rajnath Singhal on Monday.'), ['phone call [Marlow+Won-sek]', 'phone call [Marlow+Singhal]']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Wang Yin held a trilateral video call with his French and German counterparts Jean Noelle and Anna Baerr on Monday.'), ['video call [Yin+Noelle+Baerr]']);
  });
  it('"Director-General Inter-Services Intelligence Lieutenant General X": a body\'s words between an office and the rank are the office\'s, no name', () => {
    const a = analyze('Director-General Inter-Services Intelligence Lieutenant General Faiz Hamido was also present during the meeting.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}: ${p.rank}`), ['Faiz Hamido: Director-General Inter-Services Intelligence: Lieutenant General']);
  });
  it('"Deputy Prime Minister/Foreign Minister Senator X and Foreign Minister of Maldives Y, Saturday, agreed to deepen cooperation": two offices joined by a slash name one holder; the two met', () => {
    assert.deepStrictEqual(meetingsAt('ISLAMABAD, Nov 22 (APP/DNA): Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Darr and Foreign Minister of Maldives Abdulla Khaleeli, Saturday, agreed to deepen bilateral cooperation partnership in trade.'), ['talks [Darr+Khaleeli] Islamabad']);
  });
  it('"Prime Minister X was invited to meet with US Vice President Y in Washington. The Prime Minister was accompanied by ...": neither X nor his companions are of the only country the text names', () => {
    const a = analyze('Prime Minister Andrew Thomson was invited to meet with US Vice President Mike Cartier in Washington. The Prime Minister was accompanied by the Minister of Finance, Carl Browne, and Parliamentary Secretary Senator Ann Reide.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}: ${p.country}`).sort(), ['Browne: null', 'Cartier: United States', 'Reide: null', 'Thomson: null']);
  });
  it('"met the Assistant to the President for National Security Affairs, Ambassador X": the aide\'s whole office before his style and name', () => {
    assert.strictEqual(analyze('WASHINGTON, June 2 -- Polish Foreign Minister Jan Nowaks met the Assistant to the President for National Security Affairs, Ambassador Ruth Kempe, on Tuesday.').persons.find((p) => p.name === 'Ruth Kempe')?.position, 'Assistant to the President for National Security Affairs');
    assert.strictEqual(analyze('During his visit, the Secretary General also met the Assistant to the President and National Security Advisor, Ambassador Mark Doles.').persons.find((p) => p.name === 'Mark Doles')?.position, 'Assistant to the President and National Security Advisor');
  });
  it('"bade farewell to General X at the airport", "expressed pride in receiving the recognition": a send-off and an honour, no meetings; a farewell call stays one', () => {
    assert.deepStrictEqual(analyze('KATHMANDU, May 6: Deputy Chief of Staff Lieutenant General Hari Thapi bade farewell to General Ramon Cruzi at the airport on Friday.').meetings, []);
    assert.deepStrictEqual(analyze('General Ramon Cruzi, who was honoured with the rank of Honorary General by President Maya Raie on Thursday, expressed pride in receiving the recognition.').meetings, []);
    assert.strictEqual(headlineRoles('Ambassador Hans Bergo bade farewell to President Maya Raie at State House on Friday.'), 'reception [Bergo:guest+Raie:host]');
  });
  it('"the Paraguayan First Lady X": an office, with its nationality', () => {
    const p = analyze('President Lai Ching-tu and the Paraguayan First Lady Leticia Ocampo attended the ceremony in Taipei on Thursday.').persons.find((x) => x.name === 'Leticia Ocampo');
    assert.deepStrictEqual([p?.position, p?.country], ['First Lady', 'Paraguay']);
  });
  it('"The telephone talk was held in response to a request from the Government of Spain": the state that asked called', () => {
    assert.strictEqual(headlineRoles('Foreign Minister Yoko Kamikawo held a telephone talk with Spanish Foreign Minister Jose Albaress on Monday. The telephone talk was held in response to a request from the Government of Spain.'), 'phone call [Kamikawo:callee+Albaress:caller]');
  });
  it('"hosted visiting Gen Y ... Official said the two held bilateral discussions in the September 12 meeting": one reception, its day told twice', () => {
    const m = analyze('Defence chief hosts US commander\n\n13 September 2024\n\nChief of the Defence Forces, Gen Charles Kamau, Thursday hosted visiting U.S. Marine Corps Gen Michael Lanning, Commander of US Africa Command, at the Defence Headquarters in Nairobi.\n\nOfficial said the two held bilateral discussions in the September 12 meeting.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.isoDate} ${x.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['reception 2024-09-12 Kamau:host+Lanning:guest']);
  });
  it('"paid a visit to the Naval Headquarters and met Y. Thereafter, X was warmly received by Y": the visit\'s reception, one meeting; "later hosted a dinner for" stays another', () => {
    const lead = 'The Chief of Naval Staff of the Indian Navy, Admiral Ravi Mehran paid a visit to the Sri Lanka Naval Headquarters and met Commander of the Sri Lanka Navy Vice Admiral Nuwan Perera, today (19).';
    const fmt = (t: string) => analyze(`Navy chiefs meet\n\n2019-12-19\n\n${t}`).meetings.map((x) => `${x.kind} ${x.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`);
    assert.deepStrictEqual(fmt(`${lead} Thereafter, Admiral Ravi Mehran was warmly received by Vice Admiral Nuwan Perera at the Navy Commander's office.`), ['reception Mehran:guest+Perera:host']);
    assert.deepStrictEqual(fmt(`${lead} Vice Admiral Nuwan Perera later hosted a dinner for Admiral Ravi Mehran.`), ['talks Mehran:participant+Perera:participant', 'reception Perera:host+Mehran:guest']);
  });
  it('"January 20, 2022 - Paris, France - Global Affairs Canada": the issuing department\'s country is home, not the dateline\'s', () => {
    const a = analyze('Minister Laval meets with Spanish counterpart\n\nMarch 3, 2023 - Madrid, Spain - Global Affairs Canada\n\nThe Honourable Anne Laval, Minister of Foreign Affairs, met yesterday with Jose Ortega, Spain\'s Minister of Foreign Affairs.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Anne Laval: Canada', 'Jose Ortega: Spain']);
    // (Not a lead's words after a dateline's dashes: "MINSK, 29 November (BelTA – TASS) - Russia's Foreign Minister ...".)
    const b = analyze('MINSK, 29 November (BelTA – TASS) - Russia\'s Foreign Minister Igor Lavrin and German Foreign Minister Frank Steiner are holding a bilateral meeting in Minsk.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.country}`), ['Igor Lavrin: Russia', 'Frank Steiner: Germany']);
  });
  it('"X met with Spanish counterpart Y" (no "his"): X is no Spaniard, whatever the dateline', () => {
    const a = analyze('MADRID, March 3, 2023 - Foreign Minister Anne Laval met with Spanish counterpart Jose Ortega on Monday.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Anne Laval: null', 'Jose Ortega: Spain']);
  });
  it('a group received, its members named after: "envoys from the United States of America, Britain and Australia", "27 accredited Defence Attachés", "Others are: ..."', () => {
    const guests = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`);
    assert.deepStrictEqual(guests('Governor receives envoys\n\nSaturday, 25 July 2015\n\nLagos State Governor, Ade Kolawole, has reaffirmed his commitment to trade.\n\nKolawole noted this when he received envoys from the United States of America, Britain and Australia in his office at Alausa, Ikeja.\n\nDeputy British High Commissioner, Ray Kiles and its counterpart the Australian High Commissioner, Ambassador John Richards, re-assured of sustaining the partnership.'),
      ['reception Kolawole:host+Kiles:guest+Richards:guest']);
    assert.deepStrictEqual(guests('Army chief receives Defence Attachés\n\n2 September 2023\n\nThe Chief of Army Staff, Lieutenant General Tunde Lagos has received 27 accredited Defence Attachés and Advisers to Nigeria at the Army Headquarters in Abuja.\n\nColonel Raj Romesh, India\'s Defence Attaché, thanked the Chief of Army Staff for the event.'),
      ['reception Lagos:host+Romesh:guest']);
    assert.deepStrictEqual(guests('President receives credentials\n\nPresident Ana Lima on Friday received credentials of 6 new ambassadors at the Presidential Palace in Dili.\n\nThe ambassadors include: Jon Berg from Norway, Mark Olsen from Denmark, Sara Rossi from Italy.\n\nOthers are: Luc Martin from France, Ivo Novak from Croatia, and Ken Sato from Japan.'),
      ['reception Lima:host+Berg:guest+Olsen:guest+Rossi:guest+Martin:guest+Novak:guest+Sato:guest']);
  });
  it('a meeting told in the first person inside a quotation: the speaker named after it or before it met them', () => {
    assert.deepStrictEqual(meetingsAt('\u201cI was pleased to meet with my Finnish counterpart Defence Minister Lauri Kivo in Tallinn today,\u201d Estonian Defence Minister Mart Saaro said.'), ['talks [Saaro+Kivo] Tallinn']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Mart Saaro said: \u201cI was pleased to meet with my Finnish counterpart Lauri Kivo in Tallinn today.\u201d'), ['talks [Saaro+Kivo] Tallinn']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Wim Petersen met officials in Papeete. \u201cOur talks in Papeete today with President Moetai Brunson and French High Commissioner Dominique Sarine reinforced the warm relationship,\u201d Mr Petersen says.'), ['talks [Petersen+Brunson+Sarine] Papeete']);
    // (Not one still hoped for: "would be pleased to meet".)
    assert.deepStrictEqual(meetingsAt('Foreign Minister Mart Saaro said he would be pleased to meet with Finnish Defence Minister Lauri Kivo in Tallinn.'), []);
  });
  it('"Prince Khalid bin Salman" after "Prince Khalid bin Salman bin Abdulaziz": a grandfather\'s name left out, one person', () => {
    const a = analyze('His Royal Highness Prince Fahad bin Salim bin Abdulaziz, Minister of Defense, received in Riyadh today General Mark Kurtz of the U.S. Central Command.\n\nPrince Fahad bin Salim later wrote on X: "I met with General Kurtz."');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Fahad bin Salim bin Abdulaziz', 'Mark Kurtz']);
  });
  it('"is on a three-day visit, during which he is scheduled to call on A and B": a visit; those he is only to meet are no parties of it', () => {
    assert.deepStrictEqual(meetingsAt('Colombo: Malaysia\'s Chief of Navy, Admiral Ahmad Rizan, is on a three-day official visit to Sri Lanka during which he is scheduled to call on President Anura Silvo and Prime Minister Nimal Pereiro.'), ['visit [Rizan] Colombo']);
    assert.deepStrictEqual(meetingsAt('New Delhi, March 3: Chile\'s Navy Commander Admiral Juan Ortez, who is on a three-day visit beginning today, is also scheduled to meet Defence Secretary Ravi Menan and Army Chief General Karan Dasi.'), ['visit [Ortez] New Delhi']);
  });
  it('"Commander X, Navy spokesman, said Rear Admiral Y was received by Z": the one who reports is no party; "X said Friday that he and Y discussed" still is', () => {
    assert.strictEqual(headlineRoles('Commander Lena Brando, Philippine Navy spokesman, said Rear Admiral Ito Kenji, Commander of the Japanese Escort Flotilla 1, was formally received by Vice Admiral Juan Santoro in Manila on Thursday.'), 'reception [Kenji:guest+Santoro:host]');
    assert.deepStrictEqual(meetingsAt('JAKARTA (AP) - Defense Minister Prabo Suban said Friday that he and Australian counterpart Richard Marlo discussed ways of maintaining security.'), ['talks [Suban+Marlo] Jakarta']);
  });
  it('a title in title case: its verb ends the office and names no one ("Vice Chief of the Defence Staff Signs ...", "Foreign Minister Completes ...", "Senate President Expects ...")', () => {
    const people = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(people('Vice Chief of the Defence Staff Signs Future Force Development Charter\n\nOTTAWA - The Vice Chief of the Defence Staff, Lieutenant-General Tim Frasier, signed the charter.'), ['Tim Frasier: Vice Chief of the Defence Staff']);
    assert.deepStrictEqual(people('Foreign Minister Completes Successful Week in New York\n\nForeign Minister Winston Peterson today wrapped up a week.'), ['Winston Peterson: Foreign Minister']);
    assert.deepStrictEqual(people('Senate President Expects Closer Ghana-Nigeria Relations\n\nSenate President Ahmed Lawan received the envoy.'), ['Ahmed Lawan: Senate President']);
  });
  it('"made separate courtesy calls to A and B": a call on each, the caller their guest; "The Commanding General of U.S. Army Japan, Lt. Gen. X": an office whose last word is a rank\'s', () => {
    assert.deepStrictEqual(analyze('Admiral Tariq Azeem arrived on Sunday. He made separate courtesy calls to the Chief of Staff Lieutenant General Ahmed Naseer and the Commander of the Navy Rear Admiral Saif Rahbo on Monday.').meetings
      .map((m) => `${m.kind} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['reception Azeem:guest+Naseer:host', 'reception Azeem:guest+Rahbo:host']);
    const p = analyze('The Commanding General of U.S. Army Japan, Lt. Gen. John Vowel, met with Lt. Gen. Kenji Satou in Sapporo on Monday.').persons.find((x) => x.name === 'John Vowel');
    assert.deepStrictEqual([p?.position, p?.rank, p?.country], ['Commanding General of U.S. Army Japan', 'Lt. Gen.', 'United States']);
  });
  it('"X on Tuesday discussed trade with Czech Foreign Minister Y": a topic between the verb and the one met; "discussed the issue" alone no meeting', () => {
    assert.deepStrictEqual(meetingsAt('Moldovan Foreign Minister Ion Rusnak on Tuesday discussed trade with Czech Foreign Minister Pavel Novik in Chisinau.').map((m) => m.replace(/\].*/, ']')), ['talks [Rusnak+Novik]']);
    assert.deepStrictEqual(meetingsAt('Moldovan Foreign Minister Ion Rusnak on Tuesday discussed trade with the European Union.'), []);
  });
  it('"contacted his Australian counterpart Y over the phone" a call he made; "X and his Australian counterpart Y have been discussing foreign policy" talks', () => {
    assert.strictEqual(headlineRoles('Prime Minister Kyros Mitsakis contacted his Australian counterpart Scott Morrisey over the phone on Tuesday.'), 'phone call [Mitsakis:caller+Morrisey:callee]');
    assert.strictEqual(headlineRoles('Foreign Minister Winston Petersen and his Australian counterpart Julie Bishopp have been discussing foreign policy at Waiheke Island.'), 'talks [Petersen:participant+Bishopp:participant]');
    // (Not one alone: "X has been discussing the budget".)
    assert.strictEqual(headlineRoles('Foreign Minister Winston Petersen has been discussing the budget with officials.'), 'none');
  });
  it('"briefed the Prime Minister of Australia on the Turkish provocations": a nation named for what it did is a subject of the call, no side of it', () => {
    const a = analyze('PM Mitsakis briefs Australian PM Morrisey on Turkish provocations on the phone\n\n2020-08-19\n\nPrime Minister Kyros Mitsakis contacted his Australian counterpart Scott Morrisey over the phone on Tuesday.\n\nIn addition, Mr. Mitsakis briefed the Prime Minister of Australia on the Turkish provocations in the Eastern Mediterranean.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Kyros Mitsakis: null', 'Scott Morrisey: Australia']);
  });
  it('"traveled to Chad and Niger Sept. 18-21, 2022": a stay over several days, written in the visit\'s own sentence, is dated by its month', () => {
    const m = analyze('AFRICOM commander visits Sahel\n\nSept. 22, 2022\n\nGen. Michael Langly, commander of U.S. Africa Command, traveled to Chad and Niger Sept. 18-21, 2022, for his first visit to the region.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.isoDate}`), ['visit 2022-09']);
  });
  it('"Baku / 03.28.23 / Turan:": a dateline of two-digit parts between slashes dates the release; "on Monday" resolves from it', () => {
    const date = (t: string) => analyze(`Azerbaijani FM, US official discuss peace\n\nBaku / 03.28.23 / Turan: Azerbaijani Foreign Minister Jeyhun Bayramoff had a telephone conversation with US Assistant Secretary of State Karen Donfrid ${t}.`).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(date('on Monday'), ['2023-03-27']);
    assert.deepStrictEqual(date('on March 27'), ['2023-03-27']);
  });
  it('"hosted Y at the Pentagon": a seat of government stands for its city', () => {
    assert.deepStrictEqual(meetingsAt('Secretary of Defense Lloyd Austen hosted Australian Prime Minister Scott Morrisey at the Pentagon on Monday.'), ['reception [Austen+Morrisey] Washington']);
  });
  it('"Mister X", "Mme Y": words of address before a name, not part of it', () => {
    assert.deepStrictEqual(analyze('Foreign Minister Jan Novik met Mister Ilham Karimoff, Ambassador of Kazakhstan, and Mme Claire Duval, Ambassador of France, on Monday.').persons.map((p) => p.name), ['Jan Novik', 'Ilham Karimoff', 'Claire Duval']);
  });
  it('"met China\'s ambassador Y, who called on the chief at the GHQ": a courtesy call on the one the clause names by his office; "called on the parties to" stays an appeal', () => {
    assert.strictEqual(headlineRoles('Chief of Army Staff General Qamar Bajwi, on Tuesday met China\u2019s ambassador to Pakistan Nong Rongo, who called on the chief at the GHQ Rawalpindi.'), 'reception [Bajwi:host+Rongo:guest]');
    assert.strictEqual(headlineRoles('Chief of Army Staff General Qamar Bajwi, on Tuesday met China\u2019s ambassador to Pakistan Nong Rongo, who called on the parties to show restraint.'), 'talks [Bajwi:participant+Rongo:participant]');
  });
  it('"X met with a delegation led by Y, paying a visit to Azerbaijan": a delegation met is received, its head the guest', () => {
    assert.strictEqual(headlineRoles('BAKU, May 12. Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanoff met with a delegation led by Secretary General of the National Security Council of the Republic of Turkey Seyfullah Hacimufti, paying a visit to Azerbaijan, on May 12.'), 'reception [Hasanoff:host+Hacimufti:guest]');
  });
  it('"the Ambassador Plenipotentiary and Extraordinary of Canada to Georgia (with residence in Ankara)": where the envoy resides is not where they met; the title either way round', () => {
    assert.deepStrictEqual(meetingsAt('Deputy Defence Minister Mikheil Darchiash held a meeting with the Ambassador Plenipotentiary and Extraordinary of Canada to Georgia (with residence in Ankara), Mr John Holmer.'), ['talks [Darchiash+Holmer]']);
    assert.ok(analyze('He met the Ambassador Plenipotentiary and Extraordinary of Canada John Holmer.').entities.some((e) => e.type === 'position' && e.text === 'Ambassador Plenipotentiary and Extraordinary'));
  });
  it('"The Czech official, who arrived in Moldova on Sunday, also met with Y": the official described, past his relative clause; the arrival\'s day is not the meeting\'s', () => {
    const m = analyze('Moldovan Foreign Minister Ion Rusnak on Monday met Czech Foreign Minister Pavel Novik in Chisinau. The Czech official, who arrived in Moldova on Sunday, also met with Moldovan Defence Minister Vasile Ciobanou.').meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} [${x.participants.map((p) => p.name.split(' ').pop()).join('+')}] ${x.date}`), ['talks [Rusnak+Novik] Monday', 'talks [Novik+Ciobanou] null']);
  });
  it('"Member of the Council of Ministers, X": a body named for its members in the plural is the office\'s body, and the name after it a holder', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position}`);
    assert.deepStrictEqual(p('President Irfan Alli hosted a working lunch for Minister of State for Foreign Affairs and Member of the Saudi Arabia Council of Ministers, Adel Ahmed al-Jubair at State House.'),
      ['Irfan Alli: President', 'Adel Ahmed al-Jubair: Minister of State for Foreign Affairs and Member of the Saudi Arabia Council of Ministers']);
    assert.deepStrictEqual(p('He met Chairman of the Council of Ministers Denis Zvizdo today.'), ['Denis Zvizdo: Chairman of the Council of Ministers']);
    assert.ok(analyze('He addressed the Council of Foreign Ministers in Brussels.').entities.some((e) => e.type === 'organization' && e.text === 'Council of Foreign Ministers'));
    // (Holders of an office in the plural are still two: "Foreign Ministers A and B".)
    assert.deepStrictEqual(p('Foreign Ministers Adel Jubair and Ayman Safadie met in Riyadh.'), ['Adel Jubair: Foreign Minister', 'Ayman Safadie: Foreign Minister']);
  });
  it('"Ambassador X paid the President a farewell visit": the one called on between the verb and the visit is the host', () => {
    assert.strictEqual(headlineRoles('Ambassador of India to Lebanon, Sanjay Arorra, paid President Michel Aun a farewell visit on Tuesday.'), 'reception [Arorra:guest+Aun:host]');
    assert.strictEqual(headlineRoles('Japanese Ambassador Hiroshi Suzuka paid Prime Minister Hun Sena a courtesy call in Phnom Penh on Monday.'), 'reception [Suzuka:guest+Sena:host]');
    // (Not a debt or a tribute: "paid the bill", "paid tribute to".)
    assert.strictEqual(headlineRoles('Ambassador Sanjay Arorra paid tribute to President Michel Aun on Tuesday.'), 'none');
  });
  it('"Senator X, Australian Defence Minister,": after a style of address the apposition states the office and the country; "Spokesman for the Presidency, Counselor Y": a style after a comma is no office', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position}, ${x.country}`);
    assert.deepStrictEqual(p('Defence Minister Gen. Ngo Xuan Lick hosted a reception in Hanoi on February 18 for Senator Linda Reinolds, Australian Defence Minister, within the framework of the meeting.'),
      ['Ngo Xuan Lick: Defence Minister, Vietnam', 'Linda Reinolds: Defence Minister, Australia']);
    assert.deepStrictEqual(p('Spokesman for the Presidency, Counselor Ahmed Fahmi, said the talks went well.'), ['Ahmed Fahmi: Spokesman for the Presidency, null']);
  });
  it('"H.E. Lic. Alicia X": a Spanish style of address with its dot is neither a sentence\'s end nor part of the name', () => {
    assert.deepStrictEqual(meetingsAt('Prime Minister John Bricenyo held a meeting with H.E. Lic. Alicia Barcenas, Mexico\u2019s Secretary of Foreign Affairs, on Monday.'), ['talks [Bricenyo+Barcenas]']);
    assert.deepStrictEqual(analyze('Ing. Pedro Ramirez, Minister of Defence, received Dra. Ana Lopes.').persons.map((p) => p.name), ['Pedro Ramirez', 'Ana Lopes']);
  });
  it('a group\'s reception whose one further guest was merged in from a later "also paid a courtesy call" still reads the group\'s roll', () => {
    const t = 'The Samoa High Commissioner, H.E. Leasi Scanlon, received courtesy calls from a number of Ambassadors on Tuesday 5th April 2022. The Heads of Missions that paid courtesy calls to the High Commissioner included: Ambassador of Oman (H.E. Mohamed Al Busaidi); and Ambassador of Belgium (H.E. Michel Gofin). The High Commissioner of Australia to New Zealand, H.E. Harinder Sidu also paid a courtesy call to the Samoa High Commissioner.';
    assert.strictEqual(headlineRoles(t), 'reception [Scanlon:host+Sidu:guest+Busaidi:guest+Gofin:guest]');
  });
  it('"X, executive deputy chief of ...", "Y, second vice president of ...": two modifiers before a lower-case office; "Z, the visiting Speaker of ...": the visitor\'s word before it', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position}, ${x.country}`);
    assert.deepStrictEqual(p("Guo Boxiang, executive deputy chief of the General Staff of the Chinese People's Liberation Army, met him."),
      ["Guo Boxiang: executive deputy chief of the General Staff of the Chinese People's Liberation Army, China"]);
    assert.deepStrictEqual(p('He met Tep Ngorne, second vice president of the Senate of Cambodia.'), ['Tep Ngorne: second vice president of the Senate of Cambodia, Cambodia']);
    assert.deepStrictEqual(p('He discussed cooperation with Amir Ohanna, the visiting Speaker of the Israeli Parliament, on Monday.'), ['Amir Ohanna: Speaker of the Israeli Parliament, Israel']);
    assert.deepStrictEqual(p('He met Admiral Cecil D. Haneys, the visiting commander of the United States Pacific Fleet, on May 28.'), ['Cecil D. Haneys: commander of the United States Pacific Fleet, United States']);
  });
  it('"the Ambassador of the Republic of China (Taiwan) X" serves Taiwan; "of the People\'s Republic of China" China', () => {
    const c = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.country}`);
    assert.deepStrictEqual(c('Minister Courtenay also held a bilateral meeting with the Ambassador of the Republic of China (Taiwan) Remus Li-Kuo Chan.'), ['Remus Li-Kuo Chan: Taiwan', 'Courtenay: null']);
    assert.deepStrictEqual(c('He met the Ambassador of the People\u2019s Republic of China Remus Chan.'), ['Remus Chan: China']);
  });
  it('a paragraph\'s first word set in capitals ("MINISTER of National Security X", "THE Commander of ...") opens the office as written in a title; datelines and headlines in capitals stay as they are', () => {
    const t = 'Hinds meets US admiral\n\nMINISTER of National Security Fitzgerald Hindes received a courtesy call from the commander of the US Southern Command Admiral Craig S Fuller on Tuesday.\n\nTHE Commander of the Royal Brunei Navy, First Admiral Norazmi Muhamad, met him.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.filter((p) => p.rank !== 'Admiral').map((p) => `${p.name}: ${p.position}`), ['Fitzgerald Hindes: Minister of National Security', 'Norazmi Muhamad: Commander of the Royal Brunei Navy']);
    // (Offsets are the document's: each span covers the words as written.)
    const office = a.entities.find((e) => e.type === 'position' && e.start === t.indexOf('MINISTER'));
    assert.strictEqual(t.slice(office!.start, office!.end), 'MINISTER of National Security');
    assert.deepStrictEqual(analyze('BEIJING, May 29 (Xinhua) -- Defence Minister Wei Fengho met US Admiral John Aquilinus in Beijing.').meetings.map((m) => `${m.participants.length} ${m.place}`), ['2 Beijing']);
    assert.deepStrictEqual(analyze('CHINA AND RUSSIA HOLD TALKS\n\nDefence Minister Wei Fengho met Russian Defence Minister Sergei Shoigun.').meetings.map((m) => m.participants.length), [2]);
  });
  it('"received a letter of appointment presented by UN Resident Coordinator in China, X": an envoy\'s papers "presented by" or "submitted by" the guest; a Resident Coordinator serves the United Nations', () => {
    assert.strictEqual(headlineRoles('Xi Jinpin also received a letter of appointment presented by UN Resident Coordinator in China, Nicholas Roselini.'), 'reception [Jinpin:host+Roselini:guest]');
    assert.strictEqual(headlineRoles('President Emmerson Mnangagwo received the credentials submitted by Ambassador of Japan Hiroshi Suzuka on Monday.'), 'reception [Mnangagwo:host+Suzuka:guest]');
    assert.strictEqual(analyze('He met UN Resident Coordinator in China, Nicholas Roselini.').persons[0]?.country, 'United Nations');
  });
  it('"X also attended a working meeting at the Chancellery, where he was received by Y" is a meeting of its own; "Last week, X participated in the meeting with Y" is no attendance of the one just told', () => {
    const t = 'Brazilian Foreign Minister Mauro Vieyra was received today in Zagreb by the Prime Minister of Croatia, Andrej Plenkovic. In addition to the meeting with the Prime Minister, Vieyra also attended a working meeting at the Croatian Chancellery, where he was received by Chancellor Gordan Radmann. Last week, Vieyra participated in the meeting with US President Joe Bidden in Washington.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Vieyra+Plenkovic] Zagreb', 'reception [Vieyra+Radmann] Zagreb', 'talks [Vieyra+Bidden] Washington']);
  });
  it('"He held a reception for Y", "granted audience to Y": the subject hosts; "at the initiative of the opposite side, a telephone conversation took place between A and B": B called', () => {
    assert.strictEqual(headlineRoles('Prime Minister Nguyen Xuan Fuc held a reception for Lao Foreign Minister Saleumxay Komasith in Hanoi on Tuesday.'), 'reception [Fuc:host+Komasith:guest]');
    assert.strictEqual(headlineRoles('Vice President John Atta Mils today granted audience to the Egyptian Ambassador, Abdel Moneim Talat, in Accra.'), 'reception [Mils:host+Talat:guest]');
    assert.strictEqual(headlineRoles('On May 16, 2021, at the initiative of the opposite side, a telephone conversation took place between the Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramof and the Minister of Europe and Foreign Affairs of the French Republic Jean-Yves Le Drien.'), 'phone call [Bayramof:callee+Drien:caller]');
  });
  it('"Chairman of the Joint Chiefs-of-Staff Gen. X": an office\'s words joined by hyphens are read as words, and name no one', () => {
    const a = analyze('AMMAN — Chairman of the Joint Chiefs-of-Staff Gen. Mashal Al Zabin on Tuesday received US Ambassador to Jordan Alice G. Wels.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Mashal Al Zabin: Chairman of the Joint Chiefs of Staff', 'Alice G. Wels: Ambassador to Jordan']);
    assert.strictEqual(headlineRoles('AMMAN — Chairman of the Joint Chiefs-of-Staff Gen. Mashal Al Zabin on Tuesday received US Ambassador to Jordan Alice G. Wels.'), 'reception [Zabin:host+Wels:guest]');
  });
  it('"Emmanuel X, adviser to French President Y": the aide\'s office is X\'s, of the principal\'s country; the principal is no party to the call', () => {
    const a = analyze('Chinese Foreign Minister Wang Yee on Friday held a phone conversation with Emmanuel Bone, adviser to French President Emmanuel Macrone.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['Wang Yee: Foreign Minister, China', 'Emmanuel Bone: adviser to French President, France', 'Emmanuel Macrone: President, France']);
    assert.strictEqual(headlineRoles('Chinese Foreign Minister Wang Yee on Friday held a phone conversation with Emmanuel Bone, adviser to French President Emmanuel Macrone.'), 'phone call [Yee:participant+Bone:participant]');
  });
  it('"the commanding officer of INS Kolkata, Captain X", "USS Blue Ridge": a ship\'s name is no person', () => {
    assert.deepStrictEqual(analyze('The commanding officer of INS Kolkatta, Captain Rajesh Kumaran, called on Rear Admiral Tan Wee Bing in Singapore.').persons.map((p) => p.name), ['Rajesh Kumaran', 'Tan Wee Bing']);
    assert.deepStrictEqual(analyze('The skipper of USS Blue Ridge, Captain Michael Smithe, met Admiral Jon Leer.').persons.map((p) => p.name), ['Michael Smithe', 'Jon Leer']);
  });
  it('"had a meeting with his Mauritanian and Ethiopian counterparts", then each named by nationality: one meeting with each, the first the headline\'s', () => {
    const t = 'Minister of Foreign Affairs Nabil Amar, Wednesday, had a meeting with his Mauritanian and Ethiopian counterparts in Addis Ababa.\n\nThe minister congratulated his Mauritanian counterpart, Mohamed Salem Ould Marzuk, on the presidency of the African Union.\n\nThe Foreign Minister also congratulated his Ethiopian counterpart Taye Atske Selasie on his appointment.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Amar+Marzuk] Addis Ababa', 'talks [Amar+Selasie] Addis Ababa']);
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.headline), [true, false]);
    // (Not where a nationality names no one later: the meeting stays as told.)
    assert.deepStrictEqual(meetingsAt('Minister of Foreign Affairs Nabil Amar, Wednesday, had a meeting with his Mauritanian and Ethiopian counterparts in Addis Ababa.\n\nThe minister congratulated his Mauritanian counterpart, Mohamed Salem Ould Marzuk.'), ['talks [Amar] Addis Ababa']);
  });
  it('"the Tánaiste, Minister for Foreign Affairs, Trade and Minister for Defence, Simon Harris TD": "TD" follows a name, as "MP" does; the office is his, not the subject\'s', () => {
    assert.deepStrictEqual(meetingsAt('The Secretary of State for Northern Ireland, Hilary Bennet MP met with the Tánaiste, Minister for Foreign Affairs, Trade and Minister for Defence, Simon Harrison TD, this evening at Iveagh House, Dublin.'), ['talks [Bennet+Harrison] Dublin']);
    assert.deepStrictEqual(analyze('Hilary Bennet met with the Minister for Defence, Simon Harrison TD, this evening in Dublin.').persons.map((p) => `${p.name}: ${p.position}`), ['Hilary Bennet: null', 'Simon Harrison: Minister for Defence']);
  });
  it('"Consultations ... were held by videoconference. The delegations led by A and B discussed ...": a video call between the two', () => {
    const t = 'On March 5, 2021, the fourth round of political consultations between the Ministries of Foreign Affairs of Kazakhstan and Latvia was held by videoconference.\n\nThe delegations led by Deputy Foreign Minister of Kazakhstan Ardak Tolegenov and Deputy Foreign Minister of Latvia Janis Karklinsh discussed topical issues of bilateral cooperation.';
    assert.strictEqual(headlineRoles(t), 'video call [Tolegenov:participant+Karklinsh:participant]');
    assert.strictEqual(analyze(t).meetings[0]?.isoDate, '2021-03-05');
    // (Held in person, talks.)
    assert.strictEqual(headlineRoles(t.replace(' by videoconference', ' in Riga')), 'talks [Tolegenov:participant+Karklinsh:participant]');
  });
  it('filed from Seoul, "Undersecretary X and First Vice Foreign Minister Cho Y" with no country stated: the one whose family name is common there is the home official; "Later in the day, she had consultations with Z"; "SEOUL--" is Seoul', () => {
    const t = 'SEOUL-- A senior U.S. State Department official met here with South Korea\'s vice foreign minister Wednesday.\n\nUndersecretary of State for Political Affairs Victoria Nulan and First Vice Foreign Minister Cho Hyun-do held talks on the alliance.\n\nLater in the day, she had consultations with Seoul\'s top nuclear envoy Kim Gun.\n\nIn a separate meeting the same day, Nulan and Second Vice Foreign Minister Lee Do-hun agreed to cooperate.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Victoria Nulan: United States', 'Cho Hyun-do: South Korea', 'Kim Gun: South Korea', 'Lee Do-hun: South Korea']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.participants.map((p) => p.name.split(' ').pop()).join('+')} ${m.place}`), ['Nulan+Hyun-do Seoul', 'Nulan+Gun Seoul', 'Nulan+Do-hun Seoul']);
  });
  it('"the Hon. Julie X MP, Minister for Foreign Affairs of Australia,": the letters after a name stand before its apposition, which gives office and country', () => {
    for (const t of ['Mr. Fumio Kishda, Minister for Foreign Affairs, held a telephone talk with the Hon. Julie Bishopp MP, Minister for Foreign Affairs of Australia, who is visiting the UK.', 'Fumio Kishda held a telephone talk with Julie Bishopp MP, Minister for Foreign Affairs of Australia.']) {
      const p = analyze(t).persons.find((x) => x.name === 'Julie Bishopp');
      assert.strictEqual(`${p?.position}, ${p?.country}`, 'Minister for Foreign Affairs, Australia', t);
    }
  });
  it('"The new inspector general of Germany\'s armed forces, Carsten X,", "the commander of the Dutch armed forces, General Onno Y,": a lower-case office after "the new", and a rank before the holder', () => {
    const a = analyze('The new inspector general of Germany\'s armed forces, Carsten Breuar, has met US General Mark Millay in Washington. He is to continue his tour to The Hague for talks with the commander of the Dutch armed forces, General Onno Eichelsheym.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['Carsten Breuar: inspector general of Germany\'s armed forces, Germany', 'Mark Millay: null, United States', 'Onno Eichelsheym: commander of the Dutch armed forces, Netherlands']);
    assert.strictEqual(headlineRoles(a.meetings.length ? 'The new inspector general of the German armed forces, Carsten Breuar, has met US General Mark Millay in Washington.' : ''), 'talks [Breuar:participant+Millay:participant]');
  });
  it('"met the Greek Foreign Minister Y at the Farnesina Palace": a seat of government places the meeting in its country, whose official the host is, whatever countries the talks were about', () => {
    const a = analyze('The Minister of Foreign Affairs and International Cooperation Luigi Di Maia met the Greek Foreign Minister Nikos Dendiaz at the Farnesina Palace. Their talks focused on migration, the Eastern Mediterranean and Libya.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Luigi Di Maia: Italy', 'Nikos Dendiaz: Greece']);
    assert.strictEqual(a.meetings[0]?.place, 'Rome');
  });
  it('"South African military chief Gen Maphwanya": "Gen" after a military office in lower case is a rank; "reiterating that Uganda is always a home to South Africa" places no meeting', () => {
    const t = 'Gen Muhozi meets South African military chief Gen Maphwanyo in Entebbe\n\nThe Chief of Defense Forces, General Muhozi Kainerugabo, held a meeting with General Rudzani Maphwanyo, Chief of the South African National Defense Force, at the Special Forces Command Headquarters in Entebbe.\n\nGeneral Kainerugabo warmly welcomed General Maphwanyo, expressing gratitude for his visit and reiterating that Uganda is always a home to South Africa.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Muhozi Kainerugabo: Uganda', 'Rudzani Maphwanyo: South Africa']);
    assert.deepStrictEqual(a.meetings.map((m) => m.place), ['Entebbe']);
  });
  it('"a series of bilateral talks with his counterparts from Lithuania, Canada, and New Zealand", each named later by country: one talks with each, none multilateral', () => {
    const t = 'Philippine National Defense Secretary Gilberto Teodora held a series of bilateral talks with his counterparts from Lithuania, Canada, and New Zealand on Saturday.\n\nDuring the meeting on the sidelines of the Shangri-La Dialogue in Singapore, Lithuanian Defense Minister Laurynas Kasciunis offered Teodora training on cybersecurity.\n\nBill Blare, the Canadian Minister of Defense, reaffirmed Canada\'s friendly relations with the Philippines.\n\nTeodora also met with Judith Anne Colins, the Minister of Defense of New Zealand.';
    assert.deepStrictEqual(meetingsAt(t).sort(), ['talks [Teodora+Blare] Singapore', 'talks [Teodora+Colins] Singapore', 'talks [Teodora+Kasciunis] Singapore']);
  });
  it('"X held several bilateral meetings with his counterparts on the sideline of the UNSC debate in New York ... X also met with A and B": one meeting each; filed from Kuala Lumpur, X is Malaysian', () => {
    const t = 'KUALA LUMPUR, Jan 24 — Foreign Minister Datuk Seri Mohamad Hasin held several bilateral meetings with his counterparts on the sideline of the United Nations Security Council (UNSC) Open Debate in New York, Tuesday.\n\nMohamad held bilateral meeting with Minister of Foreign Affairs of the State of Palestine Riad Malky and Algeria’s Minister of Foreign Affairs Ahmad Attav.\n\nMohamad also met with Iran’s Foreign Minister Hossein Amir Abdollahyan and Jordan’s Deputy Prime Minister and Foreign Minister Ayman Safady.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}`), ['talks Hasin/Malaysia+Malky/Palestine', 'talks Hasin/Malaysia+Attav/Algeria', 'talks Hasin/Malaysia+Abdollahyan/Iran', 'talks Hasin/Malaysia+Safady/Jordan']);
  });
  it('"Turin (LaPresse) – I received the Iranian Foreign Minister ..., in Rome for the talks between the US and Iran": the host at home is of the country the text was filed from, not of the pair it names', () => {
    const t = 'Iran, Tajany sees Araghci minister: ‘Continue on the path of nuclear negotiations’\n\nTurin, April 19 (LaPresse) – ‘Rome becomes the capital of peace and dialogue. I received the Iranian Foreign Minister Abbas Araghchy and encouraged him to continue along the path of negotiations on the nuclear weapon. The Italian government\'s hope is that all together we can reach a positive solution for the Middle East\'. Foreign Minister Antonio Tajany wrote this on social media, publishing a photo in which he shook hands with his Iranian counterpart. Following his meeting yesterday with Omani Foreign Minister Badr Albusaidi, Tajany met with Araghchy and IEA Director General Rafael Grossi, who were in Rome to take part in the second round of talks between the US and Iran. The organisation of the second round of talks was made possible thanks to the mediation of Oman and the facilitation of the Italian government. Italy,\' the Farnesina reported in a note, ’worked to facilitate dialogue between the parties in a calm and productive environment. During the meetings, Minister Tajany expressed ‘the hope that these talks can give a decisive acceleration to the contacts between the US Administration and the Iranian Government for the identification of a diplomatic solution necessary for the stability of the Middle East, and confirmed Italy\'s willingness to facilitate the continuation of the talks also for sessions at the technical level’.';
    assert.deepStrictEqual(analyze(t).persons.slice(0, 2).map((p) => `${p.name}: ${p.country}`), ['Abbas Araghchy: Iran', 'Antonio Tajany: Italy']);
  });
  it('"the UK Defense Senior Advisor to the Middle East John X", "Special Envoy to the Horn of Africa Y": a part of the world closes the office before the holder\'s name', () => {
    const a = analyze('KUWAIT: Kuwait Army Chief of Staff Lt Gen Khaled Saleh Al-Sabbah received the UK Defense Senior Advisor to the Middle East John Lorimar at the General Staff Headquarters yesterday. He later met the US Special Envoy to the Horn of Africa Mike Hamer.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['Khaled Saleh Al-Sabbah: Army Chief of Staff, Kuwait', 'John Lorimar: Defense Senior Advisor to the Middle East, United Kingdom', 'Mike Hamer: Special Envoy to the Horn of Africa, United States']);
  });
  it('"foremost of which is the Palestinian cause": a nation named for a question the talks were about is no side of the call', () => {
    const t = 'King receives call from Bahrain monarch\n\n18-06-2020 05:54 PM\n\nAmmon News - AMMONNEWS - His Majesty King Abdallah on Thursday received a phone call from Bahraini King Hamed bin Isa Al Khalifa, and discussed the deep-rooted ties between the two countries, and current regional developments.\n\nThe two leaders stressed the importance of continued coordination on issues of mutual concern, as well as on regional developments, foremost of which is the Palestinian cause, and reaching political solutions to regional crises.\n\nDuring the call, the two leaders stressed their utter rejection of any unilateral Israeli measure to annex lands in the West Bank, as it would undermine the prospects of achieving peace and stability in the Middle East.\n\nThe Bahraini monarch said Bahrain stands with the Arab consensus against this illegitimate step.\n\nKing Hamed reaffirmed Bahrain’s full support for Jordan’s steadfast positions.\n\nThe Bahraini monarch also commended Jordan’s role in supporting just Arab causes, especially the Palestinian cause, and its efforts to support joint Arab action.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Hamed bin Isa Al Khalifa: Bahrain', 'Abdallah: Jordan']);
  });
  it('"... representatives of the GCC member states. –ONA": an agency\'s tag closing the last paragraph names the publisher\'s country', () => {
    const t = 'Alawi chairs GCC consultative meeting in New York\n\nNew York: Yousif bin Alawi bin Abdallah, Minister Responsible for Foreign Affairs, chaired the GCC consultative meeting held in New York City.\n\nThe meeting was attended by Dr Anwar Gargosh, Minister of State for Foreign Affairs of the United Arab Emirates, and representatives of the GCC member states. –ONA';
    assert.strictEqual(analyze(t).persons[0]?.country, 'Oman');
  });
  it('"The secretary-general of the Gulf Cooperation Council (GCC), Dr. Naif bin Falah X,": a style, and particles inside the name, after a lower-case office and its body', () => {
    for (const t of ['RIYADH: The secretary-general of the Gulf Cooperation Council (GCC), Dr. Naif bin Falah Al-Hajraff, on Monday called on King Salmann.', 'RIYADH: The secretary-general of the Gulf Cooperation Council, Naif bin Falah Al-Hajraff, on Monday called on King Salmann.']) {
      const a = analyze(t);
      assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Naif bin Falah Al-Hajraff: Gulf Cooperation Council', 'Salmann: Saudi Arabia'], t);
      assert.strictEqual(headlineRoles(t), 'reception [Al-Hajraff:guest+Salmann:host]');
    }
  });
  it('"received a call on Sunday evening from his Egypt counterpart, X": a call received, its day between; "Y, who received 44" received no one', () => {
    const t = 'President Cyril Ramaphosza received a call on Sunday evening from his Egypt counterpart, Abdel Fattah El-Sissi, who expressed his congratulations.\n\nLast month, President Ramaphosza was re-elected with 283 votes, against Economic Freedom Fighters leader Julius Malemo who received 44.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['phone call Ramaphosza:callee+El-Sissi:caller']);
  });
  it('"received credentials of 3 newly appointed ambassadors of African, European and Asian countries. The ambassadors who presented credentials to the president are A of Canada, ...": the roll\'s envoys are the guests; the dateline "Addis Ababa June 1/2021" places it', () => {
    const t = 'Addis Ababa June 1/2021 (ENA) President Sahle-Work Zawde received credentials of 3 newly appointed ambassadors of African, European, Asian, and Middle East countries today.\n\nThe newly appointed ambassadors to Ethiopia who presented credentials to the president are Ambassador Stephan Jobyn of Canada, Ambassador Aleleign Admassu of Israel, and Ambassador Mikko Haljaas of Estonia.';
    assert.strictEqual(headlineRoles(t), 'reception [Zawde:host+Jobyn:guest+Admassu:guest+Haljaas:guest]');
    // ("Addis Ababa June 1/2021 (ENA)": a dateline whose date follows the city with no comma.)
    assert.strictEqual(analyze(t).meetings[0]?.place, 'Addis Ababa');
  });
  it('"the Defence Attaché to the High Commission of Sri Lanka in London, the United Kingdom, Brigadier X": a mission\'s staff posted to it, the city\'s country set off by commas; the post is not where the call was', () => {
    const a = analyze('The recently appointed Defence Attaché to the High Commission of Sri Lanka in London, the United Kingdom, Brigadier Wijayanath Jayaweeru called on the Chief of Defence Staff (CDS) General Shavendra Silvo.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`)[0], 'Wijayanath Jayaweeru: Defence Attaché to the High Commission of Sri Lanka in London, Sri Lanka');
    assert.strictEqual(analyze('The Defence Attaché to the High Commission of Sri Lanka in London, Brigadier Wijayanath Jayaweeru called on General Shavendra Silvo.').meetings[0]?.place, null);
  });
  it('"Following a meeting with his Lithuanian counterpart Y at Tapa base Tuesday, X said": the main clause\'s subject met Y; "Ma. Theresa P. X": a shortened given name, no sentence\'s end', () => {
    assert.strictEqual(headlineRoles('The three Baltic States are stronger together, defense minister Kalle Laanett says.\n\nFollowing a meeting with his Lithuanian counterpart Arvydas Anusauskaz at Tapa base Tuesday, Laanett said that cooperation is key.'), 'talks [Anusauskaz:participant+Laanett:participant]');
    assert.deepStrictEqual(analyze('KUALA LUMPUR: Foreign Minister Datuk Seri Mohamad Hassan met with Philippine Secretary of Foreign Affairs Ma. Theresa P. Lazarro during the 58th ASEAN Foreign Ministers’ Meeting.').persons.map((p) => `${p.name}: ${p.country}`), ['Mohamad Hassan: Malaysia', 'Ma. Theresa P. Lazarro: Philippines']);
    // (Not a family name: "Ma Xiaotian".)
    assert.deepStrictEqual(analyze('General Ma Xiaotyan met Defence Minister Jon Smitt.').persons.map((p) => p.name), ['Ma Xiaotyan', 'Jon Smitt']);
  });
  it('"Geraldine X (Rtd), Minister of National Defense,": a retired mark between a name and its apposition', () => {
    assert.strictEqual(analyze('He paid a courtesy call on Geraldine Georgy (Rtd), Minister of National Defense, on Monday.').persons[0]?.position, 'Minister of National Defense');
  });
  it('"President Xi Jinpin\'s Special Envoy and Vice Chairman of ... Jiang Zuojan": the principal serves his aide\'s country', () => {
    const t = 'From February 24 to 25, 2024, President Xi Jinpin\'s Special Envoy and Vice Chairman of the National Committee of the Chinese People\'s Political Consultative Conference Jiang Zuojan attended the state funeral of the late Namibian President Hage Geingobb in Windhoek. Namibia\'s new President Nangolo Mbumbo met with Jiang Zuojan at the Presidential Palace.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`).filter((x) => /Jinpin|Zuojan/.test(x)), ['Xi Jinpin: China', 'Jiang Zuojan: China']);
  });
  it('"Breuer took office as inspector general of Germany\'s Bundeswehr in mid-March, succeeding General Eberhard X": a predecessor served the successor\'s country', () => {
    const t = 'The new inspector general of Germany\'s armed forces, Carsten Breuar, has met US Chairman of the Joint Chiefs of Staff Mark Millay in Washington.\n\nBreuar took office as inspector general of Germany\'s Bundeswehr in mid-March, succeeding General Eberhard Zornn.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Eberhard Zornn')?.country, 'Germany');
  });
  it('"The Ambassador indicated Ghana\'s readiness to cooperate": the subject speaks for the country whose stance he states', () => {
    const t = 'Head of Mission pays courtesy calls on the Liberian Ministry of Defence and Armed Forces\n\nOn Wednesday, 17th April, 2023, His Excellency Kingsford Amoaku paid a courtesy call on Brig. Gen. Geraldine Georgy (Rtd), acting Minister of National Defense and Brid. Gen. Davidson F. Forlehh, Chief of Defence Staff of the Republic of Liberia. The purpose of the courtesy call was to congratulate the Honourable Acting Minister for National Defence and the Chief of Defence Staff on their appointment to their new roles by the new administration, and also to familiarize himself with their esteemed offices.\n\nThe Acting Minister and Deputy for Operations extolled Ghana’s support during and after the decade long civil crisis and hopes that our two countries would elevate their relations further and collaborate in various ways to ensure sustenance of peace and development in Liberia and the sub region at large. Brid. Gen. Georgy (Rtd) also used the opportunity to indicate her Ministry’s readiness to collaborate with the Ministry of Defence of the Republic of Ghana. Brid. Gen. Forlehh, on his part, commended the Ghana Armed Forces for their pivotal role during the crisis and their unflinching support in capacity building and training program offered to officers of the Armed Forces of Liberia.\n\nAmbassador Amoaku intimated that Ghana and Liberia share historical bonds of friendship with mutual interest. He recalled the immense support Ghana offered Liberia from the days of the civil crisis to the signing of the Accra Peace Accord in 2003. The Ambassador indicated Ghana’s readiness to cooperate with the Ministry of National Defense and extended his best wishes to the newly appointed officials.';
    assert.deepStrictEqual(analyze(t).persons.slice(0, 2).map((p) => `${p.name}: ${p.country}`), ['Kingsford Amoaku: Ghana', 'Geraldine Georgy: Liberia']);
  });
  it('"held a virtual courtesy meeting with the Ambassador of Japan": a courtesy meeting held online is a video call', () => {
    assert.strictEqual(headlineRoles('The Minister of Foreign Affairs, Eamon Courtney, held a virtual courtesy meeting with the Ambassador of Japan to Belize, H.E. Hiroyuki Kubotta today.'), 'video call [Courtney:participant+Kubotta:participant]');
  });
  it('"The new Consul General of Guyana to Barbados, Harry X, arrived last week. Minister Y officially welcomed him": the pronoun is the one other official the sentence before names', () => {
    assert.strictEqual(headlineRoles('The new Consul General of Guyana to Barbados, Harry Gillo, arrived last week. Minister of Foreign Affairs Kerrie Symmondz officially welcomed him on Monday at the ministry.'), 'reception [Symmondz:host+Gillo:guest]');
  });
  it('"During his visit, he convened with President X": convening with an official is a meeting', () => {
    const t = 'Prime Minister Hon. John Briceno is currently in Mexico. During his visit, he convened with President Andres Manuel Lopes Obrador to reaffirm their countries\' commitment to strong ties.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Briceno+Obrador] Mexico']);
  });
  it('"Earlier on arrival, the COAS was received by Lieutenant General X": an office\'s short form stands for the one named before; received at home, the host serves the same country', () => {
    const t = 'RAWALPINDI: Chief of the Army Staff General Qamar Javed Bajwah visited a Logistics Installation on Tuesday, said an ISPR press release.\n\nEarlier on arrival, the COAS was received by Lieutenant General Azhar Saleh Abbasy, Chief of Logistic Staff.\n\nThe Chinese ambassador later appreciated Pakistan’s efforts.';
    const a = analyze(t);
    assert.strictEqual(headlineRoles(t), 'reception [Bajwah:guest+Abbasy:host]');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Qamar Javed Bajwah: Pakistan', 'Azhar Saleh Abbasy: Pakistan']);
  });
  it('"the relevance of the upcoming Summit in Xian in May 2023 and the scheduled state visit of President X to China": an event ahead gives the meeting neither place nor date', () => {
    const a = analyze('ASTANA, 14 March 2023 – President Kassym Tokayeu met with Chinese ambassador Zhang Xiaou at the Akorda, and the sides pointed out the relevance of the upcoming Central Asia + China Summit in Xian in May 2023 and the scheduled state visit of President Tokayeu to China.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place} ${m.isoDate}`), ['Astana 2023-03-14']);
  });
  it('"Lieutenant General Vikum X RWP RSP ndu, Commander of the Army, paid": decorations after the name stand before its apposition', () => {
    const p = analyze('Lieutenant General Vikum Liyanagee RWP RSP ndu, Commander of the Army, paid his first formal courtesy call on His Excellency Anura Kumara Dissanayakee, the President of Sri Lanka.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.position}`, 'Vikum Liyanagee: Commander of the Army');
  });
  it('"received the newly appointed Chief of Defence Staff and Service Chiefs ... Those in attendance included the Chief of Army Staff, X": of the group received, a guest', () => {
    const t = 'ABUJA — The Minister of Defence, Mohammed Badaru Abubakr, on Tuesday, October 28, 2025, received the newly appointed Chief of Defence Staff and Service Chiefs on a maiden courtesy visit to his office.\n\nThose in attendance included the Chief of Defence Staff, Lt. Gen. O. O. Oluyedi; Chief of Army Staff, Maj. Gen. W. Shaibo; and Chief of Air Staff, Air Vice Marshal S. K. Anekke.';
    assert.strictEqual(headlineRoles(t), 'reception [Abubakr:host+Oluyedi:guest+Shaibo:guest+Anekke:guest]');
  });
  it('"King Charles hosted a grand reception ... The British monarch met the leaders—which included A, B—": the head of state by his office noun, and of the nationality it gives', () => {
    const t = 'King Charless hosted a grand reception at Blenheim Palace yesterday, welcoming 46 European leaders to the historic venue.\n\nThe British monarch met the leaders—which included Hungarian Prime Minister Viktor Orbann, Polish Prime Minister Donald Tuskk, and others.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['reception Charless:host+Orbann:guest+Tuskk:guest']);
    // ("the British monarch": the King, whose country the text gives nowhere else, is British.)
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Charless')?.country, 'United Kingdom');
  });
  it('"President Michell conveyed the European Council’s position": a body\'s official speaks for it', () => {
    const p = analyze('On 7 June 2021, President Michell spoke with President Puttin on the phone.\n\nPresident Michell conveyed the European Council’s position on relations.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.country}, ${p?.organization}`, 'Michell: European Union, European Council');
  });
  it('"Readout of the Secretary-General’s meeting ... Secretary-General Ban Ki-mun ... New York": with no body named, the Secretary-General is the United Nations\'', () => {
    const t = 'Readout of the Secretary-General’s meeting with the Foreign Minister of Israel\n\nSecretary-General Ban Ki-mun\n\nNew York, 4 December 2013\n\nThe Secretary-General today met with the Foreign Minister of Israel, H.E. Mr. Avigdor Liebermann.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Ban Ki-mun: United Nations', 'Avigdor Liebermann: Israel']);
  });
  it('"Dr. Alfred X, Cabinet Secretary for Foreign and Diaspora Affairs", then "CS X": an office\'s short form before the surname is the same person', () => {
    const t = 'On November 2, 2022, Dr. Alfred Mutuaa, Cabinet Secretary for Foreign and Diaspora Affairs held fruitful discussions with H.E. Meg Whitmann, U.S. Ambassador to Kenya.\n\nDuring the meeting with the US Ambassador, CS Mutuaa acknowledged the strong relations between the two countries.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Alfred Mutuaa', 'Meg Whitmann']);
    // ("During the meeting with the US Ambassador, CS X acknowledged": the office is the one met, not X's.)
    assert.strictEqual(analyze(t).persons[0]?.country, 'Kenya');
  });
  it('"welcomed Australian Foreign Affairs and Women\'s Minister Marise X to Papua New Guinea": a welcome reaches the country past a long office', () => {
    const a = analyze('PRIME Minister James Marapi welcomed Australian Foreign Affairs and Women’s Minister Marise Paynne to Papua New Guinea yesterday during her courtesy call.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place} ${m.participants.map((p) => `${p.name.split(' ').pop()}/${p.side}`).join('+')}`), ['Papua New Guinea Marapi/Papua New Guinea+Paynne/Australia']);
  });
  it('"FM Phones U.S. State Secretary", "made a phone contact with": a call placed; "Phones" in a title is its verb, no name', () => {
    const t = 'Egypt: FM Phones U.S. State Secretary On Middle East Developments\n\n15 April 2024\n\nForeign Minister Sameh Shukri on Sunday 14/4/2024 made a phone contact with US Secretary of State Antony Blinkenn, Spokesman for the Foreign Ministry Ahmed Abu Zaid said in a statement.';
    assert.strictEqual(headlineRoles(t), 'phone call [Shukri:caller+Blinkenn:callee]');
    assert.ok(!analyze(t).persons.some((p) => p.name === 'Phones'));
  });
  it('"X, Foreign Minister of Lithuania, welcomed the Foreign Minister of Poland": an office "of" a country stands for its one holder; "On the 30th anniversary of ..." is no date', () => {
    const t = 'Vilnius, 6th September 2021 (TDI): On the 30th anniversary of Lithuania-Poland diplomatic relations the Foreign Minister of Poland, Zbignew Rauu, landed in Vilnius on his official visit to Lithuania. The Foreign Minister of Lithuania, Gabrielus Landsbergys, welcomed the Foreign Minister of Poland.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.isoDate} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['reception 2021-09-06 Landsbergys:host+Rauu:guest']);
  });
  it('"H.E. Mark Field underlined", "Prime Minister John Major": a family name that opens a rank closes a name', () => {
    assert.deepStrictEqual(analyze('The Minister of State for Asia H.E. Mark Field underlined the partnership. Prime Minister John Major met President Bill Clintonn.').persons.map((p) => p.name), ['Mark Field', 'John Major', 'Bill Clintonn']);
    // (Not the rank itself: "Field Marshal X", "Major General Y".)
    assert.deepStrictEqual(analyze('Field Marshal Sam Manekshawe met Major General Ahmed Khanne.').persons.map((p) => `${p.name}: ${p.rank}`), ['Sam Manekshawe: Field Marshal', 'Ahmed Khanne: Major General']);
  });
  it('"received Letters of Credence from heads of eight missions", then "Ambassadors-designate of Sweden, H.E. Urban X, H.E. Jens Y of Germany.": each in the roll is a guest, in the singular office', () => {
    const t = 'State House, Freetown, Thursday 25 August 2022 – President Julius Maadda Bio has received Letters of Credence from heads of four missions to Sierra Leone.\n\nAmong the new heads of mission who presented their diplomatic credentials to the President were Ambassadors-designate of Sweden, H.E. Urban Sjorstromm, H.E. Jens Kraus-Massee of the Federal Republic of Germany, H.E Enrique Emesto Escorzza of the United Mexican States.\n\nAlso were High Commissioners-designate H.E. Mrs. Worwomyo Agyemann of the Republic of Ghana and H.E Hadera Abera Admassuu of the Federal Democratic Republic of Ethiopia.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.slice(1).map((p) => `${p.name}: ${p.country}, ${p.position}`), [
      'Urban Sjorstromm: Sweden, Ambassador-designate', 'Jens Kraus-Massee: Germany, Ambassador-designate', 'Enrique Emesto Escorzza: Mexico, Ambassador-designate',
      'Worwomyo Agyemann: Ghana, High Commissioner-designate', 'Hadera Abera Admassuu: Ethiopia, High Commissioner-designate']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['reception Bio:host+Sjorstromm:guest+Kraus-Massee:guest+Escorzza:guest+Agyemann:guest+Admassuu:guest']);
  });
  it('"X grants three audiences": the envoys received one after another are a reception each, the first the headline\'s', () => {
    const t = 'Foreign Minister grants three audiences\n\nThe Minister of External Relations Lejeune Mbelaa has this Tuesday 13th October 2015 received three diplomats at his cabinet.\n\nThe American Ambassador to Cameroon, His Excellency Michael Hozza was the first amongst the three Diplomats.\n\nThe Spanish Ambassador to Cameroon H.E Jorge Pemartinn, was next to be received.\n\nFinally, the Indian Honorary Consul to Cameroon H.E Ravi Kumarr came with words of congratulations to the Minister.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.headline ? '*' : ''}${m.kind} ${m.isoDate} ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), [
      '*reception 2015-10-13 Mbelaa:host+Hozza:guest', 'reception 2015-10-13 Mbelaa:host+Pemartinn:guest', 'reception 2015-10-13 Mbelaa:host+Kumarr:guest']);
  });
  it('"the Minister Delegate ... in charge of Cooperation with the Islamic World, Adoum X,": the French form of a portfolio, with its partner, is read whole', () => {
    const t = 'The Minister Delegate of the Ministry of External Relations in charge of Cooperation with the Islamic World, Adoum Gargoumm, on February 28, 2018 received two diplomats.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position}`), ['Adoum Gargoumm: Minister Delegate of the Ministry of External Relations in charge of Cooperation with the Islamic World']);
    // (What a minister is in charge of may be words no lexicon holds, and no name: "Economic Revitalization".)
    assert.deepStrictEqual(analyze('The PM held meetings with Nishimura Yasutoshii, Minister in charge of Economic Revitalization.').persons.map((p) => `${p.name}: ${p.position}`), ['Nishimura Yasutoshii: Minister in charge of Economic Revitalization']);
  });
  it('"Archbishop A, Secretary for Relations with States of the Holy See and Foreign Minister B of Tajikistan": an apposition, then the next holder\'s office', () => {
    const t = 'Minister Cavusoglu also had bilateral talks with Archbishop Richard Gallagherr, Secretary for Relations with States of the Holy See and Foreign Minister Sirojiddin Muhriddinn of Tajikistan.';
    assert.deepStrictEqual(analyze(t).persons.slice(0, 2).map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Richard Gallagherr: Holy See, Secretary for Relations with States', 'Sirojiddin Muhriddinn: Tajikistan, Foreign Minister']);
    // (Stacked offices still read as one holder's: "Hun X, Deputy Prime Minister and Defense Minister of Cambodia,".)
    assert.strictEqual(analyze('He met Hun Manett, Deputy Prime Minister and Defense Minister of Cambodia, yesterday.').persons[0]?.position, 'Deputy Prime Minister and Defense Minister');
  });
  it('"Karnataka Chief Minister X", "Lagos State Governor Y", "Punjab Chief Minister Z": the province is part of the office as stated, and gives the country where it is one country\'s', () => {
    const a = analyze('Karnataka Chief Minister Siddaramaiahh met the envoy. Lagos State Governor Akinwunmi Ambodee met him too. Punjab Chief Minister Usman Buzdarr met them.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`).sort(), ['Akinwunmi Ambodee: Lagos State Governor', 'Siddaramaiahh: Karnataka Chief Minister', 'Usman Buzdarr: Punjab Chief Minister']);
    assert.strictEqual(a.persons.find((p) => p.name === 'Siddaramaiahh')?.country, 'India');
  });
  it('"Talking to the US ambassador, CM X said": the office a participle opening the sentence reaches is not the name\'s after its comma', () => {
    const t = 'LAHORE: The United States ambassador to Pakistan Paul Joness called on Punjab Chief Minister Usman Buzdarr at his office in Lahore on Tuesday.\n\nTalking to the US ambassador, CM Buzdarr said, “we are committed to make Pakistan a welfare state.”';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Paul Joness: United States, ambassador to Pakistan', 'Usman Buzdarr: Pakistan, Punjab Chief Minister']);
  });
  it('"Governor Nasir X", the text naming "Kaduna State" and no other country\'s province: the governor is of that province\'s country', () => {
    const t = 'UK Govt pledges support to improve education in Kaduna\n\n2019-07-31\n\nThe UK Government has pledged its support in Kaduna State.\n\nThis was disclosed by the newly appointed United Kingdom’s Secretary of State for International Development, Mr Alok Sharmaa, when he visited the state on Wednesday.\n\nAddressing journalists after a closed-door meeting with Governor Nasir El-Rufaii, Mr Sharmaa said he is in Kaduna state to see what the government is doing.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Nasir El-Rufaii')?.country, 'Nigeria');
    // (Not where provinces of two countries are named: "Prince Edward Island" and "Hainan".)
    assert.strictEqual(analyze('Governor Robert Ghizz of the sister province met officials in Hainan and Prince Edward Island.').persons[0]?.country ?? null, null);
  });
  it('"Addressing journalists after a closed-door meeting with Governor X, Mr Y said": the speaker after the comma is the other party', () => {
    assert.strictEqual(headlineRoles('The British minister Alok Sharmaa arrived on Wednesday.\n\nAddressing journalists after a closed-door meeting with Governor Nasir El-Rufaii, Mr Sharmaa said he is in Nigeria.'), 'talks [El-Rufaii:participant+Sharmaa:participant]');
  });
  it('"paid an introductory call to PN chief Vice Adm. X": an attaché\'s first call is a reception, the caller its guest', () => {
    assert.strictEqual(headlineRoles('PH, Thailand navies eye closer ties\n\nThis, as Thailand’s Naval Attaché to the Philippines, Capt. Pakpoom Muensrii, paid an introductory call to PN chief Vice Adm. Adeluis Bordadoo at the PN headquarters in Manila on Wednesday.'), 'reception [Muensrii:guest+Bordadoo:host]');
  });
  it('"Vice-Admiral X, AVSM, YSM, VSM, Flag Officer ..., on a courtesy visit met Governor Y": letters set off by commas, then the office; the one on the visit is the guest', () => {
    const t = 'Vice-Admiral Biswajit Dasguptaa, AVSM, YSM, VSM, Flag Officer Commanding-in-Chief of Eastern Naval Command, on a courtesy visit met Governor Biswa Bhusan Harichandann at Raj Bhavan on Wednesday.';
    assert.strictEqual(analyze(t).persons[0]?.position, 'Flag Officer Commanding-in-Chief of Eastern Naval Command');
    assert.strictEqual(headlineRoles(t), 'reception [Dasguptaa:guest+Harichandann:host]');
  });
  it('"the multi-national Maritime Exercise Milan": a city\'s name after "Exercise" names the exercise, no place and no country', () => {
    const t = 'Vice-Admiral Biswajit Dasguptaa met Governor Biswa Bhusan Harichandann in Vijayawada, India, on Wednesday. He briefed the Governor on the Maritime Exercise Milan to be held in February.';
    assert.ok(!analyze(t).persons.some((p) => p.country === 'Italy'));
    assert.ok(!analyze(t).entities.some((e) => e.type === 'place' && t.slice(e.start, e.end) === 'Milan'));
  });
  it('"Vice Chairman of the People’s Committee of the northern port city of Hải Phòng Hoàng Minh X hosted": the city closes the office, the name after it is its holder\'s', () => {
    const a = analyze('HẢI PHÒNG — Vice Chairman of the People’s Committee of the northern port city of Hải Phòng Hoàng Minh Cườngg hosted a reception on Friday for crew members of the frigate.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Hoàng Minh Cườngg: Vietnam, Vice Chairman of the People\'s Committee of the northern port city of Hải Phòng']);
    // (Or right after the body: "People's Committee of Hai Phong Hoang Minh X".)
    assert.strictEqual(analyze('Chairman of the People’s Committee of Hai Phong Hoang Minh Cuongg hosted a reception on Friday.').persons[0]?.name, 'Hoang Minh Cuongg');
  });
  it('"A Royal Thai Navy (RTN) delegation ...", then "The RTN delegation was headed by Rear Admiral X": the short form\'s body gives the side of the one heading it', () => {
    const t = 'A Royal Thai Navy (RTN) delegation visited the Philippine Navy (PN) headquarters in Manila. The RTN delegation was headed by Deputy Director General of the Naval Intelligence Department, Rear Admiral Chonlathis Navanugrahaa.';
    assert.strictEqual(analyze(t).persons[0]?.country, 'Thailand');
  });
  it('"received by Rear Admiral A, who represented PN flag-officer-in-command Vice Admiral B": the one represented is no party, however long his office', () => {
    assert.deepStrictEqual(analyze('The Thai official and his contingent were received by Naval Sea Systems head Rear Admiral Rommel Jason L. Galangg, who represented PN flag-officer-in-command Vice Admiral Robert Empedradd.').meetings.map((m) => m.participants.map((p) => p.name.split(' ').pop()).join('+')), ['Galangg']);
  });
  it('"Le Duc X, Provincial People\'s Committee Chairman met with Y": a body and its one-word office close the apposition before the verb', () => {
    const a = analyze('Le Duc Vinhh, Provincial People’s Committee Chairman met with Daniel J. Kritenbrinkk, U.S. Ambassador to Vietnam on May 31.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Le Duc Vinhh: Provincial People\'s Committee Chairman', 'Daniel J. Kritenbrinkk: Ambassador to Vietnam']);
    assert.strictEqual(headlineRoles('Le Duc Vinhh, Provincial People’s Committee Chairman met with Daniel J. Kritenbrinkk, U.S. Ambassador to Vietnam on May 31.'), 'talks [Vinhh:participant+Kritenbrinkk:participant]');
  });
  it('"met with the governor of East Kazakhstan region Danial X", "the governor of Kaduna State Nasir Y": a lower-case local office, its province, then its holder', () => {
    assert.deepStrictEqual(analyze('U.S. Ambassador George Krolll met with the governor of East Kazakhstan region Danial Akhmetovv on Monday.').persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), ['George Krolll: United States, Ambassador', 'Danial Akhmetovv: Kazakhstan, governor of East Kazakhstan region']);
    assert.strictEqual(analyze('The governor of Kaduna State Nasir El-Rufaii met the envoy.').persons[0]?.position, 'governor of Kaduna State');
  });
  it('"UST-KAMENOGORSK. KAZINFORM - ...": the city before the agency\'s stop, one the lexicons do not know; not "CAMP H.M. SMITH"', () => {
    const a = analyze('Governor meets envoy\n\n2016-06-17\n\nUST-KAMENOGORSK. KAZINFORM - U.S. Ambassador to Kazakhstan George A. Krolll met with Governor Danial Akhmetovv on Thursday.');
    assert.strictEqual(a.meetings[0]?.place, 'Ust-Kamenogorsk');
  });
  it('"The defense chiefs ... spoke by phone Tuesday", then "During the conversation, Defense Minister A and U.S. Secretary of Defense B said": the saying is both parties\', no reporter\'s', () => {
    const t = 'SEOUL, July 21 (Yonhap) -- The defense chiefs of South Korea and the United States spoke by phone Tuesday and discussed various security issues, Seoul\'s defense ministry said.\n\nDuring the conversation, Defense Minister Jeong Kyeong-dooo and U.S. Secretary of Defense Mark Esperr said they will push for the planned transfer.';
    assert.strictEqual(headlineRoles(t), 'phone call [Kyeong-dooo:participant+Esperr:participant]');
  });
  it('"President of the autonomous region of Somaliland Ahmed X": a country told by its kind closes the office, the name after it is its holder\'s', () => {
    assert.strictEqual(headlineRoles('Somali President Hassan Sheikh Mohamudd and President of the autonomous region of Somaliland Ahmed Mahamoud Silanyoo hold the second round of talks in Ankara on Saturday.'), 'talks [Mohamudd:participant+Silanyoo:participant]');
  });
  it('"presented his credentials today to the Secretary General ..., during a virtual ceremony": the day between the document and "to"', () => {
    const t = 'New Representative of Honduras Presents Credentials\n\nJuly 1, 2020\n\nThe new Permanent Representative of Honduras, Luis Corderoo, presented his credentials today to the Secretary General of the Organization of American States (OAS), Luis Almagroo, during a virtual ceremony.';
    const m = analyze(t).meetings[0];
    assert.strictEqual(`${m?.kind} ${m?.isoDate} ${m?.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`, 'video call 2020-07-01 Corderoo:guest+Almagroo:host');
  });
  it('"Guyana holds security talks with top US officials": the country the title has host is home to those the text gives no country; a deputy who travelled there is not', () => {
    const t = 'Guyana holds security talks with top US officials\n\nPresident Dr Irfaan Alii on Sunday met with two senior security officials of the United States Government who are in Guyana.\n\nPrincipal Deputy National Security Advisor Jon Finerr and the White House National Security Council’s Senior Director for the Western Hemisphere, Juan Gonzálezz travelled to Georgetown on Sunday.\n\nPresident Alii was joined by Foreign Secretary Robert Persaudd and National Security Advisor, Gerry Gouveiaa.';
    const a = analyze(t);
    assert.deepStrictEqual(['Irfaan Alii', 'Robert Persaudd', 'Gerry Gouveiaa'].map((n) => a.persons.find((p) => p.name === n)?.country), ['Guyana', 'Guyana', 'Guyana']);
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Jon Finerr')?.country, 'Guyana');
  });
  it('"Somaliland Foreign Minister Yasin Haji Mohamud X": "Haji" inside a name is part of it, no end of it', () => {
    assert.deepStrictEqual(analyze('The meeting was attended by Somaliland Foreign Minister Yasin Haji Mohamud Hirirr and Ms. Edna Aden Ismaill.').persons.map((p) => `${p.name}: ${p.position}`), ['Yasin Haji Mohamud Hirirr: Foreign Minister', 'Edna Aden Ismaill: null']);
  });
  it('"Majilis Speaker X", "Lok Sabha Speaker Y", "the Committee on International Affairs of the Milli Majlis Z": a legislature known by its own name gives its country; a committee is named for its brief', () => {
    const a = analyze('Majilis Speaker Nurlan Nigmatullah met with Lok Sabha Speaker Om Birlaa in Geneva. Chairman of the Committee on International Affairs of the Milli Majlis Samad Seyidovv met with the Ambassador of Turkey to Azerbaijan Cahit Bagcii.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), [
      'Nurlan Nigmatullah: Kazakhstan, Majilis Speaker', 'Om Birlaa: India, Lok Sabha Speaker',
      'Samad Seyidovv: Azerbaijan, Chairman of the Committee on International Affairs of the Milli Majlis', 'Cahit Bagcii: Turkey, Ambassador of Turkey to Azerbaijan']);
  });
  it('"Chairman Senate X", "Director General of the Indian Coast Guard V S Y", "Inspector General of Police (IGP) Islamabad Qazi Jamil ur Z": the office, its body or city, then the holder', () => {
    const a = analyze('Chairman Senate Yousuf Raza Ghilanii received British High Commissioner Jane Marriott. Director General of the Indian Coast Guard V S Pathaniaa met him. Inspector General of Police (IGP) Islamabad Qazi Jamil ur Rehmann received them.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), [
      'Yousuf Raza Ghilanii: Chairman Senate', 'Jane Marriott: High Commissioner', 'V S Pathaniaa: Director General of the Indian Coast Guard', 'Qazi Jamil ur Rehmann: Inspector General of Police Islamabad']);
  });
  it('"Interior Minister X met a US delegation led by Angela Y": the full name after "led by" is the guest leading the delegation', () => {
    assert.strictEqual(headlineRoles('Interior Minister Ijaz Ahmad Shahh met a US delegation led by Angela Aglerr at the Ministry of Interior.'), 'reception [Shahh:host+Aglerr:guest]');
  });
  it('"called on IGP Usman X at the Central Police Office in Islamabad": the police chief\'s short office before his name', () => {
    const t = 'The Ambassador of Japan, Kenji Satoo, called on IGP Usman Balochh at the Central Police Office in Islamabad on Monday.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Kenji Satoo: Japan, Ambassador', 'Usman Balochh: Pakistan, IGP']);
    assert.strictEqual(headlineRoles(t), 'reception [Satoo:guest+Balochh:host]');
  });
  it('"On the margins of the African Union Summit, X held bilateral talks with A of Uganda and B of Rwanda": the summit is where, the talks are the meetings', () => {
    assert.deepStrictEqual(meetingsAt('On the sidelines of the summit, President William Rutoo held bilateral talks with President Yoweri Musevenii of Uganda and President Paul Kagamee of Rwanda.'), ['talks [Rutoo+Musevenii]', 'talks [Rutoo+Kagamee]']);
    assert.strictEqual(analyze('On the margins of the African Union Summit in Addis Ababa, President William Rutoo held bilateral talks with President Yoweri Musevenii of Uganda.').meetings[0]?.wording, 'bilateral talks');
  });
  it('"the Special Envoy of the Chinese Government on African Affairs, Ambassador Liu X": an envoy\'s brief after his government, then his holder', () => {
    assert.deepStrictEqual(analyze('President Emmerson Mnangagwaa yesterday received the Special Envoy of the Chinese Government on African Affairs, Ambassador Liu Yuxii, at State House in Harare.').persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Emmerson Mnangagwaa: Zimbabwe, President', 'Liu Yuxii: China, Special Envoy of the Chinese Government on African Affairs']);
  });
  it('"Air Chief Marshal X, Chief of the Air Staff ..., The Air chief who is on visit to Sri Lanka, called on Y": a service and its chief stand for the one holder', () => {
    const t = 'ISLAMABAD - Air Chief Marshal Mujahid Anwar Khann, Chief of the Air Staff Pakistan Air Force has reiterated all-out support to Sri Lanka. The Air chief who is on visit to Sri Lanka , called on Chamal Rajapaksee, State Minister of Defence of Sri Lanka.';
    assert.strictEqual(headlineRoles(t), 'reception [Khann:guest+Rajapaksee:host]');
  });
  it('"X met Ukrainian President Y on the sidelines of the Munich Security Conference": the event\'s city gives no side its country', () => {
    assert.notStrictEqual(analyze('Vice President Kamala Harriss met Ukrainian President Volodymyr Zelenskyyy on the sidelines of the Munich Security Conference on Friday.').persons[0]?.country, 'Germany');
  });
  it('"President A paid a state visit to Ghana at the invitation of President B": the visitor is no national of the country visited', () => {
    const a = analyze('President Cyril Ramaphosaa paid a state visit to Ghana at the invitation of President Nana Akufo-Addoo from 2 to 4 December.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Cyril Ramaphosaa: null', 'Nana Akufo-Addoo: Ghana']);
  });
  it('"accepted the credentials of the newly appointed Ambassadors of Brazil, Ms A, and of Egypt, Mr B": each pair\'s envoy, past the style, of its country', () => {
    const a = analyze('The President of the Republic, Rumen Radevv, accepted the credentials of the newly appointed Ambassadors of Brazil, Ms Maria Silvaa, and of Egypt, Mr Ahmed Fathyy.');
    assert.deepStrictEqual(a.persons.slice(1).map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Maria Silvaa: Brazil, Ambassador', 'Ahmed Fathyy: Egypt, Ambassador']);
  });
  it('"Akim of Almaty region X met with the Consul General of China in Almaty Y": a Kazakh region\'s governor by his own title', () => {
    assert.strictEqual(analyze('Akim of Almaty region Marat Sultangaziyevv met with the Consul General of China in Almaty Jiang Weii.').persons[0]?.position, 'Akim of Almaty region');
  });
  it('"received a delegation of the European Union led by Ambassador X": the body\'s delegation is the side of the one leading it', () => {
    assert.strictEqual(analyze('Deputy Governor Aminu Gwarzoo received a delegation of the European Union led by Ambassador Samuela Isoppoo.').persons[1]?.country, 'European Union');
  });
  it('"The Deputy Secretary-General, Amina X, met with ...": with no body named, a deputy of the Secretary-General is the United Nations\'', () => {
    assert.strictEqual(analyze('The Deputy Secretary-General, Amina J. Mohammedd, met with the President of the General Assembly, Philemon Yangg, to discuss preparations for the Summit.').persons[0]?.country, 'United Nations');
  });
  it('"the Ugandan Minister of Internal Affairs, Gen. X": "Internal Affairs", "Emergency Situations", "Civil Protection" are portfolios', () => {
    const a = analyze('The Minister of Home Affairs, Hon. Kindiki Kithuree, held talks with the Ugandan Minister of Internal Affairs, Gen. Kahinda Otafiiree, in Nairobi.');
    assert.strictEqual(a.persons.map((p) => `${p.name}: ${p.country}, ${p.position}`)[1], 'Kahinda Otafiiree: Uganda, Minister of Internal Affairs');
  });
  it('"Deputy Speaker of the Knesset Mickey X received ...": a legislature known by one word closes the office before the name', () => {
    assert.strictEqual(analyze('Deputy Speaker of the Knesset Mickey Levyy received the Ambassador of India to Israel, Sanjeev Singlaa, in Jerusalem.').persons.map((p) => `${p.name}: ${p.position}`)[0], 'Mickey Levyy: Deputy Speaker of the Knesset');
  });
  it('"A delegation of the European Parliament led by its Vice-President X met ...": the body\'s own officer, of its side', () => {
    const p = analyze('A delegation of the European Parliament led by its Vice-President Pina Piciernoo met Moldovan President Maia Sanduu in Chisinau.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.country}, ${p?.organization}`, 'Pina Piciernoo: European Union, European Parliament');
  });
  it('"X received A and B ... A later held a separate meeting with B": a separate meeting told after a reception is another meeting', () => {
    const t = 'KUWAIT: HH the Amir Sheikh Sabahh Al-Ahmadd Al-Jaberr Al-Sabahh received Deputy Prime Minister and Minister of Interior Sheikh Khaledd Al-Jarrahh Al-Sabahh, accompanying Saudi Minister of Interior Prince Abdulazizz bin Saudd bin Nayeff Al-Saudd at Bayan Palace yesterday. The reception took place in the presence of HH the Crown Prince Sheikh Nawaff Al-Ahmadd Al-Jaberr Al-Sabahh. Sheikh Khaledd Al-Jarrahh later held a separate meeting with Prince Abdulazizz, discussing issues of mutual interest.';
    assert.deepStrictEqual(meetingsAt(t).slice(1), ['talks [Al-Sabahh+Al-Saudd] Kuwait City']);
  });
  it('"X discussed with his Russian counterpart ...", then "X and Y agreed in their telephone call", a spokeswoman quoted: the counterpart is Y, the talks that call', () => {
    const t = 'U.S. National Security Adviser Jake Sullivann on Monday discussed with his Russian counterpart bilateral issues, the White House said. Sullivann and Nikolay Patrushevv, the secretary of the Russian Security Council, agreed in their telephone call "to stay in touch," National Security Council spokeswoman Emily Hornee said in a statement.';
    assert.strictEqual(headlineRoles(t), 'phone call [Sullivann:participant+Patrushevv:participant]');
  });
  it('"First Deputy Chair of the Milli Majlis, chairman of the ... Committee X": a legislature known by its own name, before an apposition, is no one', () => {
    const t = 'First Deputy Chair of the Milli Majlis, chairman of the Law Policy Committee Ali Huseynlii had a meeting with Alexander Belskyy on 31 October.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Ali Huseynlii', 'Alexander Belskyy']);
  });
  it('"Emperor Naruhitoo received ...", "Pope Franciss received ...": a monarch\'s or pontiff\'s title is an office, his regnal name the name', () => {
    assert.deepStrictEqual(analyze('Emperor Naruhitoo received US President Joe Bidenn at the Imperial Palace in Tokyo on Monday.').persons.map((p) => `${p.name}: ${p.country}, ${p.position}`), ['Joe Bidenn: United States, President', 'Naruhitoo: Japan, Emperor']);
    assert.strictEqual(analyze('Pope Franciss received President Emmanuel Macronn at the Vatican.').persons.map((p) => `${p.name}: ${p.country}, ${p.position}`).join('; '), 'Emmanuel Macronn: null, President; Franciss: Holy See, Pope');
  });
  it('"Following Bidenn\'s meeting with ...", "Despite ...", "Amid ...": a sentence\'s opening preposition is no part of a name', () => {
    for (const w of ['Following', 'Despite', 'Ahead of', 'Amid']) {
      const names = analyze(`President Joe Bidenn met Emperor Naruhitoo on Monday. ${w} Bidenn's meeting with the Emperor, the U.S. leader held talks.`).persons.map((p) => p.name);
      assert.deepStrictEqual(names, ['Joe Bidenn', 'Naruhitoo'], w);
    }
  });
  it('sectoral ministers\' portfolios are read whole ("Minister of State for Agriculture and Farmers Welfare", "Minister of Higher Education")', () => {
    const offices = ['Minister of State for Agriculture and Farmers Welfare', 'Minister of Higher Education', 'Minister of Basic Education', 'Minister of Natural Resources and Conservation', 'Minister of Local Government', 'Minister of Consumer Affairs', 'Minister of Fisheries and Ocean Resources', 'Minister of Nuclear Energy', 'Minister of Dairy Development', 'Minister of Tribal Affairs', 'Minister of Population', 'Minister of Posts and Telecommunication', 'Minister of Vocational Training', 'Minister of Arts and Culture', 'Minister of Horticulture'];
    const missed = offices.filter((o) => analyze(`On Monday ${o} Kofi Mensahh met the Ambassador of Japan, Taro Yamadaa, in Accra.`).persons.find((p) => p.name === 'Kofi Mensahh')?.position !== o);
    assert.deepStrictEqual(missed, []);
  });
  it('"Prayutt\'s team includes Foreign Affairs Minister A, Energy Minister B": those on a named official\'s team are of his side', () => {
    const t = 'Thai Prime Minister General Prayutt Chan-o-chaa led a team on an official visit to Saudi Arabia on Tuesday to meet Crown Prince Mohammed bin Salmann. Prayutt\'s team includes Foreign Affairs Minister Don Pramudwinaii and Energy Minister Supattanapong Punmeechaoww.';
    assert.deepStrictEqual(analyze(t).persons.slice(2).map((p) => `${p.name}: ${p.country}`), ['Don Pramudwinaii: Thailand', 'Supattanapong Punmeechaoww: Thailand']);
  });
  it('"X and his team received a warm welcome from Y", "the Colombian delegation was received in audience by Z": the one welcomed or received is the guest', () => {
    assert.strictEqual(headlineRoles('Thai Prime Minister Prayutt Chan-o-chaa and his team received a warm welcome from Crown Prince Mohammed bin Salmann at Al Yamamah Palace on Tuesday.'), 'reception [Chan-o-chaa:guest+Salmann:host]');
    const t = 'Today a working meeting took place between the directors of the Chilean and Colombian Foreign Ministries, Patricio Latapiatt and Patricia Cortezz, respectively. At the conclusion of the meeting, the Colombian delegation was received in audience by the Undersecretary of Foreign Affairs Patricio Torress.';
    const m = analyze(t).meetings.find((x) => x.kind === 'reception');
    assert.strictEqual(m?.participants.map((p) => `${p.name}:${p.role}:${p.side}`).join('+'), 'Patricia Cortezz:guest:Colombia+Patricio Torress:host:Chile');
  });
  it('"Parliamentarians in attendance included A, B, C and D", "X who leads the working group", "Y heading the friendship group": names no lexicon knows, told as people', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('Parliamentarians in attendance included Mirza Ikhtiarr Baigg, Latiff Khosaa, Tahiraa Aurangzebb, and Romina Khurshidd Alamm.'), ['Mirza Ikhtiarr Baigg', 'Latiff Khosaa', 'Tahiraa Aurangzebb', 'Romina Khurshidd Alamm']);
    assert.deepStrictEqual(names('Jalaa Ahmadovaa who leads the working group of the Milli Majlis talked about the links. Riinaa Solmann heading the Riigikogu friendship group stressed the interest.'), ['Jalaa Ahmadovaa', 'Riinaa Solmann']);
    // (Not names of things listed before a noun.)
    assert.deepStrictEqual(names('The officials reviewed progress on Belt Roadd, Silk Routee and Green Deall projects.'), []);
  });
  it('"Hosting a reception for Ambassador Y on July 4, she expressed ...": the participle\'s agent, a pronoun or a description, is the one named before', () => {
    for (const agent of ['she', 'the top legislator']) {
      const t = `Chairwoman of the National Assembly Nguyen Thi Kim Ngann has said Vietnam values the friendship. Hosting a reception for Chinese Ambassador to Vietnam Xiong Boo on July 4, ${agent} expressed her delight over the relations.`;
      assert.strictEqual(headlineRoles(t), 'reception [Ngann:host+Boo:guest]', agent);
    }
  });
  it('"Receiving a delegation of investors ..., X requested the delegation led by Ambassador Y to ...": the delegation\'s leader is the guest', () => {
    const t = 'Nigeria\'s Minister of Agriculture Audu Ogbehh has said Nigeria spends much on fish. Receiving a delegation of private investors from The Netherlands in his office on Thursday in Abuja, Ogbehh requested the delegation led by the Ambassador of The Netherlands to Nigeria, Marion Kappeynee, to assist the country.';
    assert.strictEqual(headlineRoles(t), 'reception [Ogbehh:host+Kappeynee:guest]');
  });
  it('"Cuba\'s Minister of Public Health, A, and Russia\'s deputy minister of health, B, evaluated ...", "Cuban Minister A and Russian Deputy Minister B explored ...": two of different nations acting together met', () => {
    assert.strictEqual(headlineRoles('Cuba\'s Minister of Public Health, Jose Portall, and Russia\'s deputy minister of health, Oleg Salagayy, evaluated the prospects for increasing cooperation.'), 'talks [Portall:participant+Salagayy:participant]');
    assert.strictEqual(headlineRoles('Cuban Health Minister Jose Portall and Russian Deputy Health Minister Oleg Salagayy explored the prospects for cooperation.'), 'talks [Portall:participant+Salagayy:participant]');
    assert.strictEqual(headlineRoles('Cuban Health Minister Jose Portall and Deputy Health Minister Oleg Salagayy explored the prospects for cooperation.'), 'none');
  });
  it('"First Deputy Chair of the Milli Majlis, chairman of the Law Policy Committee X": the national body an office is of gives its holder\'s country', () => {
    const p = analyze('First Deputy Chair of the Milli Majlis, chairman of the Law Policy Committee Ali Huseynlii had a meeting with Alexander Belskyy on 31 October.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.country}`, 'Ali Huseynlii: Azerbaijan');
  });
  it('"Mohamed Zayedd, King of Spain discuss fostering ties": a title\'s two parties joined by a comma before a plural verb, not an apposition', () => {
    const p = analyze('Mohamed Zayedd, King of Spain discuss fostering ties').persons.find((x) => x.name === 'Mohamed Zayedd');
    assert.strictEqual(`${p?.position}: ${p?.country}`, 'null: null');
  });
  it('"WFP Executive Director X", "UNICEF Representative Y", "UNHCR chief Z": the UN\'s own programmes and funds serve the United Nations; its specialized agencies their own', () => {
    const side = (t: string) => analyze(t).persons[0]?.country;
    assert.strictEqual(side('WFP Executive Director Cindy McCainn was received by President Mohamed bin Zayedd in Abu Dhabi.'), 'United Nations');
    assert.strictEqual(side('UNICEF Representative Anne-Claire Dufayy paid a farewell call on Foreign Minister Shirley Botchweyy in Accra.'), 'United Nations');
    assert.strictEqual(side('UNHCR chief Filippo Grandii met Afghan Foreign Minister Haneef Atmarr in Kabul on Sunday.'), 'United Nations');
    assert.strictEqual(side('WHO Director-General Tedros Ghebreyesuss met Foreign Minister Haneef Atmarr in Kabul on Sunday.'), 'World Health Organization');
  });
  it('international financial institutions and the Holy See: "the World Bank Country Director for Kenya, X", "An IMF mission led by Mission Chief Y", "The Apostolic Nuncio to Armenia, Z", "presented her letter of credentials to"', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`);
    assert.deepStrictEqual(who('President Jomo Kariukii received the World Bank Country Director for Kenya, Keith Hansenn, at State House in Nairobi on Monday.'), ['Jomo Kariukii: Kenya, President', 'Keith Hansenn: World Bank, Country Director']);
    assert.deepStrictEqual(who('An IMF mission led by Mission Chief Peter Breuerr called on Finance Minister Ali Sabryy in Colombo on Wednesday.')[0], 'Peter Breuerr: International Monetary Fund, Mission Chief');
    assert.deepStrictEqual(who('The Apostolic Nuncio to Armenia, Archbishop Jose Bettencourtt, was received by Prime Minister Nikol Pashinyann.')[0], 'Jose Bettencourtt: Holy See, Apostolic Nuncio to Armenia');
    assert.strictEqual(headlineRoles('The UN Resident Coordinator, Ms. Christine Umutonii, presented her letter of credentials to President George Weahh at the Executive Mansion.'), 'reception [Umutonii:guest+Weahh:host]');
  });
  it('"Iran\'s nuclear chief X", "a delegation of the African Development Bank led by its Vice President Y", "the IDB Representative in Cuba, Z", "The Holy Father received": offices and bodies of the finance and agency genres', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`);
    assert.deepStrictEqual(who('IAEA Director General Rafael Grossii held talks with Iran\'s nuclear chief Mohammad Eslamii in Tehran on Monday.')[1], 'Mohammad Eslamii: Iran, nuclear chief');
    assert.deepStrictEqual(who('The Minister of Finance, Mr. Ken Ofori-Attaa, received a delegation of the African Development Bank led by its Vice President, Solomon Quainoo.')[1], 'Solomon Quainoo: African Development Bank, Vice President');
    assert.deepStrictEqual(who('The Cuban Minister of Economy, Alejandro Gil Fernandezz, held a working meeting with the IDB Representative in Cuba, Carlos Ruizz.')[1], 'Carlos Ruizz: Inter-American Development Bank, Representative in Cuba');
    assert.deepStrictEqual(who('The Holy Father received in audience President Emmanuel Macronn on Saturday.'), ['Emmanuel Macronn: null, President']);
  });
  it('"Monday 11/May/2020 14:44 PM", "on Wednesday26/5/2021": a month\'s name between slashes, a weekday run into a numeric date', () => {
    const iso = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(iso('Monday 11/May/2020 14:44 PM\n\nMuscat: Minister of Health Ahmed Saidii received US Ambassador Leslie Tsouu on Monday.'), ['2020-05-11']);
    assert.deepStrictEqual(iso('This came during the minister\'s meeting on Wednesday26/5/2021 with UAE Ambassador Hamad Shamsii.'), ['2021-05-26']);
  });
  it('"X met bilaterally with his counterparts A of Japan, B of the ROK, and C of the Philippines": one meeting with each', () => {
    const t = 'National Security Advisor Jake Sullivann met bilaterally with his national security advisor counterparts Akiba Takeoo of Japan, Cho Tae-yongg of the ROK, and Eduardo Anoo of the Philippines in Tokyo.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Sullivann+Takeoo] Tokyo', 'talks [Sullivann+Tae-yongg] Tokyo', 'talks [Sullivann+Anoo] Tokyo']);
  });
  it('"Brunei Crown Prince Departs For Home", "Bahrain King Receives Palestinian President Weeks before ...": a title\'s verb of leaving and a span of time are no names', () => {
    assert.deepStrictEqual(analyze('Brunei Crown Prince Departs For Home After Five-day Visit To Malaysia').persons.map((p) => p.name), []);
    assert.deepStrictEqual(analyze('Bahrain King Receives Palestinian President Weeks before Country Hosts Israeli Delegation').persons.map((p) => p.name), []);
  });
  it('"the coordinator for counterterrorism, Tina X,": a lower-case office "for" the domain it covers, its holder set off by a comma', () => {
    const p = analyze('The talks were led by the coordinator for counterterrorism, Tina Kaidanoww, and lasted two hours.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.position}`, 'Tina Kaidanoww: coordinator for counterterrorism');
  });
  it('"Minister of People\'s Power for Foreign Affairs X": an office only Venezuela\'s government has', () => {
    assert.strictEqual(analyze('Minister of People’s Power for Foreign Affairs Yvan Gilll met Ambassador Sergei Melikk.').persons[0]?.country, 'Venezuela');
  });
  it('"IAEA Director General X arrived in Tehran and met Foreign Minister Y", "An IMF staff team led by Z": an international body\'s official meets those of the place he travels to; not in a city that seats such bodies, nor an envoy', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(who('IAEA Director General Rafael Grossii arrived in Tehran on Monday and met Foreign Minister Abbas Araghchii.'), ['Rafael Grossii: IAEA', 'Abbas Araghchii: Iran']);
    assert.deepStrictEqual(who('UN High Commissioner for Refugees Filippo Grandii and Foreign Minister Hakan Fidann held talks in Ankara on Friday.'), ['Filippo Grandii: United Nations', 'Hakan Fidann: Turkey']);
    assert.deepStrictEqual(who('NATO Secretary General Mark Ruttee met Foreign Minister Radoslaw Sikorskii in Brussels on Monday.'), ['Mark Ruttee: NATO', 'Radoslaw Sikorskii: null']);
    assert.deepStrictEqual(who('An IMF staff team led by Nathan Porterr visited Islamabad and held meetings with Finance Minister Ishaq Darr.')[0], 'Nathan Porterr: International Monetary Fund');
  });
  it('"Commander Oka X, Defence Attache of the Embassy of Japan, met ...": a title that is also a rank, before an office in apposition, is the rank', () => {
    const p = analyze('Commander Oka Shogoo, Defence Attache of the Embassy of Japan, met Rear Admiral Joeven Fabull in Manila.').persons[0];
    assert.strictEqual(`${p?.rank} / ${p?.position} / ${p?.country}`, 'Commander / Defence Attache of the Embassy of Japan / Japan');
  });
  it('"Japan Coast Guard (JCG) ... JCG Commandant Admiral X": a short form the text defines, right before an office, is the holder\'s body and side', () => {
    const p = analyze('The Japan Coast Guard (JCG) and the PCG cooperate closely. JCG Commandant Admiral Seguchi Yoshioo visited the headquarters of the Philippine Coast Guard in Manila.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.country}, ${p?.organization}`, 'Seguchi Yoshioo: Japan, JCG');
  });
  it('"President of the Caribbean Development Bank (CDB), Dr Gene X,", "Director General, International Organization for Migration (IOM) Amy Y,", "the Head of the International Committee of the Red Cross Peter Z": a body\'s office before its holder, with its short form, a style or no comma', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`);
    assert.deepStrictEqual(who('President of the Caribbean Development Bank (CDB), Dr Gene Leonn, is in Jamaica on his first official visit.'), ['Gene Leonn: Caribbean Development Bank, President of the Caribbean Development Bank']);
    assert.deepStrictEqual(who('Director General, International Organization for Migration (IOM) Amy Smithh, on Thursday, called on the minister.'), ['Amy Smithh: IOM, Director General, International Organization for Migration']);
    assert.deepStrictEqual(who('Foreign Minister Hisham Shareff met with the Head of the International Committee of the Red Cross Peter Maurerr and his delegation.')[1], 'Peter Maurerr: International Committee of the Red Cross, Head of the International Committee of the Red Cross');
  });
  it('"the Apostolic Nuncio, The Most Reverend X", "the Financial Secretary, Y", "Senior Chinese official He Z", "DefMin Ciucaa": styles, offices and names of these genres', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`);
    assert.deepStrictEqual(who('Prime Minister Nikol Pashinyann received today the Apostolic Nuncio to Armenia, The Most Reverend Jose Bettencourtt, as reported.')[1], 'Jose Bettencourtt: Holy See, Apostolic Nuncio to Armenia');
    assert.deepStrictEqual(who('Clarke was joined by the Financial Secretary, Darlene Morrisonn.'), ['Darlene Morrisonn: null, Financial Secretary']);
    assert.deepStrictEqual(who('Senior Chinese official He Lifengg met with Saudi Minister of Finance Mohammed Al-Jadaann in Beijing on Monday.')[0], 'He Lifengg: China, null');
    assert.deepStrictEqual(analyze('DefMin Ciucaa, charge d\'affaires Munizz discuss partnership').persons.map((p) => p.name), ['Ciucaa', 'Munizz']);
  });
  it('"the Prime Minister and Minister for Foreign Affairs of Papua New Guinea, James X": a country whose name opens with a province\'s ("Papua") is the country', () => {
    const p = analyze('President Paul Kagamee met with the Prime Minister and Minister for Foreign Affairs of Papua New Guinea, James Marapee, in Apia.').persons.find((x) => x.name === 'James Marapee');
    assert.strictEqual(`${p?.country}, ${p?.position}`, 'Papua New Guinea, Prime Minister and Minister for Foreign Affairs');
  });
  it('"met X on the sidelines of a meeting of foreign ministers of the G20", "OIC Meets the Foreign Minister of Azerbaijan": two who meet at a meeting of ministers hold talks; a title\'s "Meets" after a body is its verb', () => {
    assert.strictEqual(headlineRoles("China's Foreign Minister Wang Yii met US Secretary of State Rex Tillersonn on Friday on the sidelines of a meeting of foreign ministers of the G20 top economies in Bonn."), 'talks [Yii:participant+Tillersonn:participant]');
    assert.strictEqual(headlineRoles('OIC Meets the Foreign Minister of Azerbaijan\n\nThe Secretary-General of the OIC, H.E. Hissein Tahaa, met with the Foreign Minister of Azerbaijan H.E. Jeyhun Bayramovv in Baku.'), 'talks [Tahaa:participant+Bayramovv:participant]');
  });
  it('"Russian Foreign Minister X and his Chinese counterpart Y have discussed preparations for the G20 summit": the talks told, not the summit being prepared', () => {
    assert.strictEqual(headlineRoles('Russian Foreign Minister Sergey Lavrovv and his Chinese counterpart Wang Yii have discussed preparations for the G20 summit.'), 'talks [Lavrovv:participant+Yii:participant]');
  });
  it('"“... our national treasure,” A B said", "As A B noted,", "talks with A B, his Slovenian counterpart,": names no lexicon knows, by what the text says of them', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('Hungary’s network of military diplomacy is “our national treasure,” Kristóf Szalayy said ahead of talks with German Defense Minister Christine Lambrechtt.'), ['Kristóf Szalayy', 'Christine Lambrechtt']);
    assert.deepStrictEqual(names('As Alexander Lukashenkoo noted, the interests of Minsk and Moscow never contradict each other.'), ['Alexander Lukashenkoo']);
    assert.deepStrictEqual(names('Hungary\'s Defence Minister Kristof Szalayy said after talks with Marjan Sarecc, his Slovenian counterpart, in Ljubljana on Monday.'), ['Kristof Szalayy', 'Marjan Sarecc']);
  });
  it('"Chisinau, 17 March /MOLDPRES/ - X on 16 March met Y", "in the Finnish capital": the agency\'s dateline is the release\'s day; a nation\'s capital by its adjective is its capital city', () => {
    const m = analyze('Chisinau, 17 March 2022 /MOLDPRES/ - Foreign Affairs Minister Nicu Popescuu on 16 March met his Romanian counterpart Bogdan Aurescuu.').meetings[0];
    assert.strictEqual(m?.isoDate, '2022-03-16');
    assert.deepStrictEqual(meetingsAt('Minister Margus Tsahknaa met with Foreign Minister Pekka Haavistoo in the Finnish capital on Tuesday.'), ['talks [Tsahknaa+Haavistoo] Helsinki']);
  });
  it('"Country Director to Liberia, Ghana and Sierra Leone, X", "Y, World Bank Vice President,", "World Bank Country Manager Z": an envoy accredited to several countries; a body\'s office in apposition', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`);
    assert.deepStrictEqual(who('The President received the Ambassador of Japan to Liberia, Ghana and Sierra Leone, Taro Yamadaa, at the palace.'), ['Taro Yamadaa: Japan, Ambassador of Japan to Liberia, Ghana and Sierra Leone']);
    assert.deepStrictEqual(who('He was accompanied by John Smithh, World Bank Vice President, and others.'), ['John Smithh: World Bank, Vice President']);
    assert.deepStrictEqual(who('He met World Bank Country Manager Larisa Leshchenkoo in Monrovia.'), ['Larisa Leshchenkoo: World Bank, Country Manager']);
  });
  it('"In a meeting with Y, on the sidelines of the Annual Meetings in Busan, X confirmed", "held a virtual bilateral meeting", "Ivica X on Friday held": the subject after the occasion, a virtual meeting, a name before a day', () => {
    assert.strictEqual(headlineRoles('In a meeting with Minister of Finance Abderrahmane Raouyaa, on the sidelines of the Annual Meetings in Busan, AfDB President Akinwumi Adesinaa confirmed his support.'), 'talks [Raouyaa:participant+Adesinaa:participant]');
    assert.strictEqual(headlineRoles('The General Secretariat held a virtual bilateral meeting with the UNHCR on 18 June 2020. The OIC delegation was led by Ambassador Tarig Bakhitt, while the UNHCR delegation was led by Mr. Khaled Khalifaa, UNHCR Regional Representative.').split(' ')[0], 'video');
    assert.deepStrictEqual(analyze('Ivica Dacicc on Friday held numerous meetings in Baku. Dacicc also met with Foreign Minister of Ghana Shirley Botchwayy.').persons.map((p) => p.name), ['Ivica Dacicc', 'Shirley Botchwayy']);
  });
  it('"the chairwoman of the AU Commission, Dr X", "his counterpart from Kosovo, Enver Y,", "Z chaired the meeting", "After the GCC meeting, he met ...": offices, names and meetings of a multilateral day', () => {
    const t = 'The Foreign Minister, Sheikh Abdullah bin Zayedd, yesterday took part in the annual coordination meeting of the Gulf Cooperation Council, held in New York.\n\nThe Bahraini Foreign Minister, Sheikh Khalid bin Ahmed Al Khalifaa, chaired the meeting, which discussed a number of regional issues.\n\nDr Abdul Latif Al Zayanii, the secretary general of the GCC, also attended the meeting.\n\nAfter the GCC meeting, he met with his counterpart from Kosovo, Enver Hoxhajj, at his residence in the city.';
    assert.deepStrictEqual(meetingsAt(t), ['multilateral [Zayedd+Khalifaa+Zayanii] New York', 'talks [Zayedd+Hoxhajj] New York']);
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Enver Hoxhajj')?.country, 'Kosovo');
    const p = analyze('He met with the chairwoman of the African Union Commission, Dr Nkosazana Dlamini-Zumaa, at his residence.').persons[0];
    assert.strictEqual(`${p?.name}: ${p?.country}, ${p?.position}`, 'Nkosazana Dlamini-Zumaa: African Union, chairwoman of the African Union Commission');
  });
  it('"President of Montenegro, X, said ... Today he had a farewell meeting with the Ambassador of the Russian Federation, Y": the pronoun before a light verb', () => {
    assert.strictEqual(headlineRoles('President of Montenegro, Filip Vujanovicc, said he is confident. Today he had a farewell meeting with the Ambassador of the Russian Federation in Montenegro, Andrej Nestarenkoo.'), 'talks [Vujanovicc:participant+Nestarenkoo:participant]');
  });
  it('"received letters of accreditation from four ambassadors: A, B, C and D", then "discussed separately with each accredited ambassador": one reception each', () => {
    const t = 'President Igor Dodonn received letters of accreditation from three ambassadors: Andre Groenewaldd, Ambassador of South Africa; Brahima Seree, Ambassador of Burkina Faso; and Sofia Grammataa, Ambassador of the Hellenic Republic. Dodonn discussed separately with each accredited ambassador about expanding the dialogue.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')), ['Dodonn:host+Groenewaldd:guest', 'Dodonn:host+Seree:guest', 'Dodonn:host+Grammataa:guest']);
  });
  it('"17 ديسمبر 2020م", "[26/يوليو/2017]": Arabic month names date a release', () => {
    const iso = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(iso('Shura Council Speaker Receives GCC Secretary General\n\n02 جمادى الأولى 1442هـ الموافق 17 ديسمبر 2020م\n\nSpeaker of the Shura Council Sheikh Abdullah Al-Sheikhh received at his office here today GCC Secretary General Dr. Nayef Al-Hajraff.'), ['2020-12-17']);
    assert.deepStrictEqual(iso('[26/يوليو/2017]\n\nForeign Minister Hisham Shareff met on Wednesday with ICRC President Peter Maurerr.'), ['2017-07-26']);
  });
  it('"The Special Envoy of the Secretary-General for Myanmar, X", "Hamas political bureau chief Y": an envoy of the UN\'s Secretary-General and his brief; a movement\'s officials serve the movement', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}, ${p.position}`);
    assert.deepStrictEqual(who('The Special Envoy of the Secretary-General for Myanmar, Noeleen Heyzerr, met with the Thai Foreign Minister, Don Pramudwinaii, in Bangkok.'), ['Noeleen Heyzerr: United Nations, Special Envoy of the Secretary-General for Myanmar', 'Don Pramudwinaii: Thailand, Foreign Minister']);
    assert.deepStrictEqual(who('Hamas political bureau chief Ismail Haniyehh met Turkish Foreign Minister Hakan Fidann in Doha on Saturday.'), ['Ismail Haniyehh: Hamas, political bureau chief', 'Hakan Fidann: Turkey, Foreign Minister']);
  });
  it('"UNICEF Regional Director calls on State Minister X" over "State Minister X and the Regional Director discussed ...": the title\'s call on someone says who received whom', () => {
    const t = 'UNICEF Regional Director to South Asia calls on State Minister Khaleell\n\nState Minister Ahmed Khaleell and UNICEF Regional Director George Laryea-Adjeii discussed the role of UNICEF.\n\nThe meeting was held at the Ministry of Foreign Affairs on Thursday.';
    assert.strictEqual(headlineRoles(t), 'reception [Khaleell:host+Laryea-Adjeii:guest]');
    // (A title that welcomes does not: "X welcomes Y to Canberra" over "X and Y met" stays their talks.)
    assert.strictEqual(headlineRoles('Deputy Prime Minister welcomes Indonesia’s Minister of Defence to Canberra\n\nDeputy Prime Minister Richard Marless and Indonesian Minister of Defence Sjafrie Sjamsoeddinn met at Parliament House and discussed the Agreement.'), 'talks [Marless:participant+Sjamsoeddinn:participant]');
  });
  it('"Secretary General of the OIC (OIC), H.E. Dr. X, met ... with their Excellencies: Mr. A, Minister ..., Mr. B, ..., and Dr. C, ... These meetings ...": styles one after another; a list after the colon; one meeting each', () => {
    const t = 'Jeddah (UrduPoint - 28th November, 2019) Secretary General of the Organization of Islamic Cooperation (OIC), H.E. Dr. Yousef Al-Othaimeenn, met on 25 November 2019 with their Excellencies: Mr. Chingiz Aidarbekovv, Minister of Foreign Affairs of the Republic of Kyrgyzstan, Mr. Amadou Baa, Minister of Foreign Affairs of the Republic of Senegal, and Dr. Abdullah Shahidd, Minister of Foreign Affairs of the Republic of Maldives.\n\nThe Secretary General paid tribute to the ministers.\n\nThese meetings also offered an opportunity for consultations.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Al-Othaimeenn+Aidarbekovv] Jeddah', 'talks [Al-Othaimeenn+Baa] Jeddah', 'talks [Al-Othaimeenn+Shahidd] Jeddah']);
    assert.strictEqual(analyze(t).persons[0]?.position, 'Secretary General of the Organization of Islamic Cooperation');
  });
  it('"X held brief discussions with several regional leaders, including A and the presidents of Uzbekistan and Tajikistan, B and C, respectively, on the sidelines of the summit": one with each', () => {
    const t = 'Russian President Vladimir Putinn held brief discussions with several regional leaders, including Pakistani Prime Minister Shahbaz Sharriff and the presidents of Uzbekistan and Tajikistan, Shavkat Mirziyoyevv and Emomali Rahmonn, respectively, on the sidelines of the SCO summit in Tianjin.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Putinn+Sharriff] Tianjin', 'talks [Putinn+Mirziyoyevv] Tianjin', 'talks [Putinn+Rahmonn] Tianjin']);
  });
  it('"received a verbal message from President Y, delivered by his special envoy Z", "the US Special Envoy for Yemen, X": the bearer of a message is received; the country an envoy is sent about is his brief', () => {
    assert.strictEqual(headlineRoles('President Salva Kiirr received a verbal message from President William Rutoo, delivered by Kenya\'s special envoy Kalonzo Musyokaa, in Juba on Monday.'), 'reception [Kiirr:host+Musyokaa:guest]');
    const p = analyze('Chairman Rashad Al-Alimii met with the US Special Envoy for Yemen, Tim Lenderkingg, in Riyadh.').persons.find((x) => x.name === 'Tim Lenderkingg');
    assert.strictEqual(`${p?.country}, ${p?.position}`, 'United States, Special Envoy for Yemen');
  });
  it('"met with a delegation of US senators led by Lindsey X": the delegation\'s nation is its leader\'s, and the one it met received it', () => {
    const t = 'President Volodymyr Zelenskyy met with a delegation of US senators led by Lindsey Grahamm in Kyiv on Friday.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Lindsey Grahamm')?.country, 'United States');
    assert.strictEqual(headlineRoles(t), 'reception [Zelenskyy:host+Grahamm:guest]');
  });
  it('"had a brief pull-aside with X", "had a bilateral engagement with Y on the margins of the summit": talks of the sidelines; "the bilateral engagement between the two countries" is none', () => {
    assert.strictEqual(headlineRoles('Secretary Antony Blinkenn had a brief pull-aside with Chinese Foreign Minister Wang Yii on the margins of the G20 Foreign Ministers\' Meeting in New Delhi.'), 'talks [Blinkenn:participant+Yii:participant]');
    assert.strictEqual(headlineRoles('President Cyril Ramaphosaa had a bilateral engagement with President Xi Jinpingg on the margins of the BRICS Summit in Johannesburg.'), 'talks [Ramaphosaa:participant+Jinpingg:participant]');
    assert.deepStrictEqual(meetingsAt('Lieutenant Colonel Marcus Ohmm expressed his appreciation to General Seth Amoamaa for the bilateral engagement between the two countries.'), []);
  });
  it('"the Secretary General of the Commonwealth, Baroness Patricia X": a peer\'s style is no part of her name', () => {
    const p = analyze('Prime Minister Mia Mottleyy today welcomed to Ilaro Court the Secretary General of the Commonwealth, Baroness Patricia Scotlandd.').persons.find((x) => /Scotlandd/.test(x.name));
    assert.strictEqual(`${p?.name}: ${p?.country}, ${p?.position}`, 'Patricia Scotlandd: Commonwealth, Secretary General of the Commonwealth');
  });
  it('"deputy governors A and B": lower-case offices in the plural before their holders', () => {
    const who = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(who('From the central bank, deputy governors Md Habibur Rahmann and Md Kabir Ahmedd attended the meeting.'), ['Md Habibur Rahmann: deputy governor', 'Md Kabir Ahmedd: deputy governor']);
  });
  it('"X arrived in Baku. During his talks with Foreign Minister of Ghana Y, agreement was reached": the one the pronoun stands for met Y', () => {
    assert.deepStrictEqual(meetingsAt('Serbian Foreign Minister Ivica Dacicc arrived in Baku on Thursday. During his talks with Foreign Minister of Ghana Shirley Botchwayy, agreement was reached on cooperation.').filter((m) => m.startsWith('talks')), ['talks [Dacicc+Botchwayy] Baku']);
  });
  it('"X said ahead of talks with German Defense Minister Y": the one who spoke held the talks', () => {
    assert.strictEqual(headlineRoles('Hungary\'s Defence Minister Kristof Szalayy said ahead of talks with German Defense Minister Christine Lambrechtt that ties were strong.'), 'talks [Szalayy:participant+Lambrechtt:participant]');
  });
  it('"EU Special Representative for the South Caucasus and the crisis in Georgia X", later "the EUSR had a series of meetings ... with A, B and C": the whole brief; the initials stand for him; one meeting each', () => {
    const t = 'On April 13, EU Special Representative for the South Caucasus and the crisis in Georgia Toivo Klaarr paid a visit to Armenia.\n\nIn Yerevan, the EUSR had a series of meetings and consultations, in particular with Prime Minister Nikol Pashinyann, Deputy Prime Minister Mher Grigoryann and Minister of Foreign Affairs Ara Aivaziann.';
    const p = analyze(t).persons.find((x) => x.name === 'Toivo Klaarr');
    assert.strictEqual(`${p?.country}, ${p?.position}`, 'European Union, Special Representative for the South Caucasus and the crisis in Georgia');
    assert.deepStrictEqual(meetingsAt(t).filter((m) => m.startsWith('talks')), ['talks [Klaarr+Pashinyann] Yerevan', 'talks [Klaarr+Grigoryann] Yerevan', 'talks [Klaarr+Aivaziann] Yerevan']);
  });
  it('"Special Representative of the Secretary-General for Somalia X ... The SRSG also met Y": an office\'s initials (its brief left out) stand for its one holder, not for a body the text names by them', () => {
    assert.deepStrictEqual(meetingsAt('Special Representative of the Secretary-General for Somalia James Swannn arrived in Mogadishu on Monday. The SRSG also met Somali Foreign Minister Abshir Omarr.').filter((m) => m.startsWith('talks')), ['talks [Swannn+Omarr] Mogadishu']);
    assert.deepStrictEqual(meetingsAt('Prime Minister Kaja Kallass arrived in Ankara on Monday. The UAE also met Turkish Defence Minister Yasar Gulerr.').filter((m) => m.includes('Gulerr')), []);
  });
  it('"A Kenyan delegation ... after meeting President X", then "The delegation led by Nairobi’s Special Envoy for the Great Lakes region Y": the leader met X; an envoy\'s brief over a part of the world', () => {
    const t = 'A Kenyan delegation has reaffirmed Nairobi’s commitment to peace after meeting President Salva Kiirr in a visit to Juba on Monday.\n\nThe delegation led by Nairobi’s Special Envoy for the Great Lakes region Charles Keterr conveyed a message of goodwill.';
    const p = analyze(t).persons.find((x) => x.name === 'Charles Keterr');
    assert.strictEqual(`${p?.country}, ${p?.position}`, 'Kenya, Special Envoy for the Great Lakes region');
    assert.strictEqual(headlineRoles(t), 'talks [Kiirr:participant+Keterr:participant]');
  });
  it('"X, a member of the Palestinian group Hamas’s Political Bureau": a body the lexicons know, told by its kind, is no holder; its organ completes the office', () => {
    const a = analyze('Turkish Foreign Minister Hakan Fidann held a phone call Wednesday with Khalil al-Hayyaa, a member of the Palestinian group Hamas’s Political Bureau.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Hakan Fidann: Turkey', 'Khalil al-Hayyaa: Hamas']);
  });
  it('"ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 23rd Feb, 2023) X ... today met with several ministers", then "Al Bowardy met separately with A; and B": the release day after the agencies; an ordinal day before a short month; a surname spelt another way', () => {
    const t = 'Al Bowarrdi Meets With Senior Officials At IDEX 2023\n\nABU DHABI, (UrduPoint / Pakistan Point News / WAM - 23rd Feb, 2023) Mohammed bin Ahmed Al Bowarrdi, Minister of State for Defence Affairs, today met with several ministers of countries participating in IDEX 2023.\n\nAl Bowarrdy met separately with Madat Guliyevv, Minister of Defence Industry of Azerbaijan; and Serdar Demirell, Deputy President of the Turkish Defence Industry Agency.';
    const dated = analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}] ${m.isoDate}`);
    assert.deepStrictEqual(dated, ['talks [Bowarrdi+Guliyevv] 2023-02-23', 'talks [Bowarrdi+Demirell] 2023-02-23']);
  });
  it('"X met a number of defence delegations on the sidelines of Aero India 2023 at Bengaluru on 14 February 2023", then one meeting after another: each then and there; "Aero India 2023" is an event, not a place; "a Cambodia delegation led by Gen Y, Secretary of State, Ministry of National Defence" is Cambodian', () => {
    const t = 'Defence Secretary holds talks with several defence delegations at Aero India 2023\n\n2023-02-15\n\nDefence Secretary Giridhar Aramanee met a number of defence delegations on the sidelines of Aero India 2023 at Bengaluru on 14 February 2023.\n\nDefence Secretary met a Myanmar delegation led by Lt Gen Kan Myint Thann, Chief of Defence Industries. Issues were discussed.\n\nDefence Secretary met a Cambodia delegation led by Gen Yun Minn, Secretary of State, Ministry of National Defence. They reviewed the cooperation.';
    const a = analyze(t);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.participants.map((p) => p.name.split(' ').pop()).join('+')} ${m.isoDate} ${m.place}`), ['Aramanee+Thann 2023-02-14 Bengaluru', 'Aramanee+Minn 2023-02-14 Bengaluru']);
    assert.strictEqual(a.persons.find((p) => p.name === 'Yun Minn')?.country, 'Cambodia');
  });
  it('"Taoiseach X and Prime Minister Y spoke again by phone": Ireland\'s own office gives its holder\'s country; two heads of government are of two countries; the call is one', () => {
    const a = analyze('Taoiseach Enda Kennyy and Prime Minister Theresa Mayy spoke again by phone this evening. They discussed the situation in Northern Ireland.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Enda Kennyy: Ireland', 'Theresa Mayy: null']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['phone call [Kennyy+Mayy]']);
    assert.strictEqual(analyze('Federal Councillor Ignazio Cassiss received his Slovakian counterpart Juraj Blanarr on Tuesday.').persons.find((p) => p.name === 'Ignazio Cassiss')?.country, 'Switzerland');
  });
  it('"met President Trump at Downing Street", "welcomed X for talks at Rosenbad": a seat of government read as a place stands for its city, and its country is the host\'s', () => {
    const a = analyze('Prime Minister Boris Johnsonn met President Donald Trumpp of the United States of America at Downing Street on Tuesday.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place}: ${m.participants.map((p) => p.side).join('+')}`), ['London: United Kingdom+United States']);
    assert.deepStrictEqual(meetingsAt('Prime Minister Sauli Niinistoo met Speaker of the Riksdag Andreas Norlenn at Mäntyniemi on Monday.'), ['talks [Niinistoo+Norlenn] Helsinki']);
  });
  it('"Jakarta: President X received Y at the Bogor Presidential Palace": a venue of no known country under a dateline gives the host the dateline\'s country, whatever countries an envoy\'s posting names', () => {
    const t = 'President Jokowi Receives PNG Prime Minister at Bogor Palace\n\n2022-03-31\n\nJakarta: President Joko Widodoo received a visit from Papua New Guinea\'s Prime Minister (PM) James Marapee and his delegation at the Bogor Presidential Palace, West Java, on Thursday.\n\nFurthermore, President Widodoo and Prime Minister James Marapee held a face-to-face meeting.\n\nDuring the meeting, the president was accompanied by Minister of Trade Muhammad Lutfii, Deputy Minister of Foreign Affairs Mahendra Siregarr, and Indonesian Ambassador to Papua New Guinea and Solomon Islands Andriana Supandyy.\n\nPM James Marapee is scheduled to return to Papua New Guinea\'s capital, Port Moresby, on Thursday evening.';
    assert.deepStrictEqual(analyze(t).persons.filter((p) => p.name !== 'Jokowi').map((p) => `${p.name}: ${p.country}`), ['Joko Widodoo: Indonesia', 'James Marapee: Papua New Guinea', 'Muhammad Lutfii: Indonesia', 'Mahendra Siregarr: Indonesia', 'Andriana Supandyy: Indonesia']);
  });
  it('"X called on Prime Minister Lee Hsien Loongg": a family name of Singapore\'s as of Korea\'s says neither where the text is about China', () => {
    const a = analyze('Mr Tung Chee Hwaa, Vice Chairman of the Chinese People’s Political Consultative Conference, called on Prime Minister Lee Hsien Loongg today.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Tung Chee Hwaa: China', 'Lee Hsien Loongg: null']);
  });
  it('"The latest developments in Syria were discussed", "the mission in Haiti": a place the talks were about is no side; "briefed his counterpart on developments in Sri Lanka": one\'s own country is', () => {
    const call = analyze('President Recep Erdogann spoke by phone this evening with President Donald Trumpp of the U.S.\n\nThe latest developments in Syria were discussed. Also discussed was the Multinational Security Support Mission in Haiti.');
    assert.deepStrictEqual(call.persons.map((p) => `${p.name}: ${p.country}`), ['Recep Erdogann: null', 'Donald Trumpp: United States']);
    const briefed = analyze('Foreign Minister Mangala Samaraweerra and British Foreign Secretary Boris Johnsonn had talks in London.\n\nSamaraweerra briefed his counterpart on developments in Sri Lanka.');
    assert.strictEqual(briefed.persons.find((p) => p.name === 'Mangala Samaraweerra')?.country, 'Sri Lanka');
  });
  it('"A and B were talking over phone": a call; "speaking to the media" is none', () => {
    assert.strictEqual(headlineRoles('Prime Minister Narendra Modii and US President Donald Trumpp were talking over phone on Tuesday.'), 'phone call [Modii:participant+Trumpp:participant]');
    assert.strictEqual(headlineRoles('Foreign Minister Mevlut Cavusogluu and Luigi Di Maioo discussed Cyprus, the sources said on condition of anonymity due to restrictions on speaking to the media.'), 'talks [Cavusogluu:participant+Maioo:participant]');
  });
  it('"Bloomberg: ... X told Bloomberg TV that ...": an interview given to the outlet the title names; "Deputy Minister Y told RIA Novosti earlier", in a report of something else, is a quote\'s source', () => {
    assert.strictEqual(headlineRoles('Bloomberg: Qatar urges Gulf states to engage in dialogue\n\n(Reuters) – Qatar’s Foreign Minister Sheikh Mohammed bin Abdul Rahmann told Bloomberg TV that Qatar has urged Gulf Arab states to enter into dialogue with Iran.'), 'interview [Rahmann:interviewee]');
    assert.strictEqual(headlineRoles('Lavrov in New Delhi\n\nForeign Minister Sergei Lavrovv held talks with Foreign Minister Jaishankarr in New Delhi on Thursday. Deputy Foreign Minister Sergei Ryabkovv told RIA Novosti earlier that no contacts were planned.'), 'talks [Lavrovv:participant+Jaishankarr:participant]');
    assert.deepStrictEqual(analyze('Lavrov still sees cooperation\n\nMOSCOW (Reuters) - Foreign Minister Sergei Lavrovv told reporters that talks were possible.').meetings.filter((m) => m.kind === 'interview'), []);
  });
  it('"X speaks during a meeting with Y in Moscow, March 22, 2017." between the title and "MOSCOW (Reuters) -": a photograph\'s caption, not the meeting the text reports; "in discussions about a possible meeting with Z" is none', () => {
    const t = 'Russia\'s Lavrov: still possible to renew cooperation\n\nRussia\'s Foreign Minister Sergei Lavrovv speaks during a meeting with United Nations\' Special Envoy for Syria Staffan de Misturaa in Moscow, Russia, March 22, 2017.\n\nMOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrovv said it was still possible to renew cooperation, in an interview published on The National Interest website on Wednesday.\n\nLavrovv also said he was still in discussions about a possible meeting with U.S. Secretary of State Rex Tillersonn.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.headline ? '*' : ''}${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['talks [Lavrovv+Misturaa]', '*interview [Lavrovv]']);
  });
  it('"A joint news briefing by Foreign Minister X and visiting US Secretary of State Y", "said at a joint press conference with Y": their talks', () => {
    assert.strictEqual(headlineRoles('A joint news briefing by Foreign Minister Wang Yii and visiting US Secretary of State John Kerryy was delayed for about three hours on Wednesday.'), 'talks [Yii:participant+Kerryy:participant]');
    assert.strictEqual(headlineRoles('Foreign Minister Wang Yii said at a joint press conference with US Secretary of State John Kerryy on Wednesday that ties were good.'), 'talks [Yii:participant+Kerryy:participant]');
  });
  it('"07-Nov-2019" over "... called on Admiral X here on Wednesday": the date line\'s day, the month\'s short name between dashes, dates the weekday', () => {
    assert.deepStrictEqual(analyze('EU chief calls on Admiral Abbassi\n\n07-Nov-2019\n\nISLAMABAD - Chairman European Union Military Committee General Claudio Grazianno called on Chief of the Naval Staff, Admiral Zafar Mahmood Abbassi, at the Naval Headquarters here on Wednesday.').meetings.map((m) => m.isoDate), ['2019-11-06']);
  });
  it('"received ... Lord Mayor of the City of London Alderman Alan Yarroww", who "will address the event on behalf of the British Prime Minister": a style of address before the name; a principal named by office ("on behalf of the British Prime Minister", "the Russian President\'s Special Envoy") is no one met', () => {
    const a = analyze('President of the Republic of Azerbaijan Ilham Aliyevv has received a delegation led by Lord Mayor of the City of London Alderman Alan Yarroww.\n\nAlderman Alan Yarroww added that he will address the event on behalf of the British Prime Minister.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join('+')), ['Ilham Aliyevv:host+Alan Yarroww:guest']);
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Alan Yarroww')?.position, 'Prime Minister');
    const envoy = analyze('DAMASCUS, (ST)_ President Bashar Al-Assadd received on Thursday the Russian President\'s Special Envoy for Syria Alexander Lavrentievv and the accompanying delegation.');
    assert.deepStrictEqual(envoy.persons.map((p) => `${p.name}: ${p.country}`), ['Bashar Al-Assadd: Syria', 'Alexander Lavrentievv: Russia']);
  });
  it('"X who received a telephone call from the Qatari Emir said ...": the saying is the one called\'s; the Emir called', () => {
    const a = analyze('Prime Minister Muhyiddin Yassinn and the Emir of Qatar Sheikh Tamim Hamad Al-Thanii are old friends. Muhyiddin Yassinn who received a telephone call from the Qatari Emir said the call went well.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}]`), ['phone call [Yassinn:callee+Al-Thanii:caller]']);
  });
  it('"A, B, C and D participated in Thursday\'s call": one call of the four; "X held talks with Y. The two leaders spoke for three hours via a video link.": a video call', () => {
    const four = analyze('Japanese Foreign Minister Toshimitsu Motegii, US Secretary of State Antony Blinkenn, Australian Foreign Minister Marise Paynee, and Indian External Affairs Minister Subrahmanyam Jaishankarr participated in Thursday\'s call.');
    assert.deepStrictEqual(four.meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['phone call [Motegii+Blinkenn+Paynee+Jaishankarr]']);
    assert.strictEqual(headlineRoles('US President Joe Bidenn held talks with his Chinese counterpart Xi Jinpingg on Monday night. The two world leaders spoke for more than three hours via a video link.'), 'video call [Bidenn:participant+Jinpingg:participant]');
    assert.strictEqual(headlineRoles('US President Joe Bidenn held talks with his Chinese counterpart Xi Jinpingg on Monday night. The two world leaders discussed trade.'), 'talks [Bidenn:participant+Jinpingg:participant]');
  });
  it('"On the occasion of the 56th Munich Security Conference, Minister of Foreign Affairs Kang, Kyung-whaa had a meeting with ...": the city opening the event\'s name; a Korean name as Seoul writes it', () => {
    const a = analyze('On the occasion of the 56th Munich Security Conference, Minister of Foreign Affairs Kang, Kyung-whaa had a meeting with Minister for Foreign Affairs of Japan Toshimitsu Motegii on the morning of February 15, 2020.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.participants.map((p) => p.name).join('+')} ${m.place}`), ['Kang, Kyung-whaa+Toshimitsu Motegii Munich']);
  });
  it('a title "Sheikh X, King of Spain discuss fostering ties": two subjects before a verb in the plural, no apposition', () => {
    const a = analyze('His Highness Sheikh Mohamed bin Zayedd, King of Spain discuss fostering ties\n\nHis Highness Sheikh Mohamed bin Zayedd, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, discussed ties in a phone call he received today from His Majesty King Felipee VI.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Mohamed bin Zayedd: United Arab Emirates', 'Felipee VI: Spain']);
  });
  it('a series of audiences at home, "President X welcomed Minister of State A", then "X received the Ambassador of India to Lebanon B": A is not set against X as Indian', () => {
    const a = analyze('Baabda Palace witnesses array of meetings\n\nTuesday, November 19, 2019\n\nPresident of the Republic of Lebanon, General Michel Aounn, welcomed Minister of State for Foreign Trade, Hassan Muradd, who briefed him on his work program.\n\nThe President also received the Ambassador of India to Lebanon, Sanjiv Aroraa, who briefed him on bilateral relations.');
    assert.deepStrictEqual(a.persons.filter((p) => p.name !== 'Hassan Muradd').map((p) => `${p.name}: ${p.country}`), ['Michel Aounn: Lebanon', 'Sanjiv Aroraa: India']);
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Hassan Muradd')?.country, 'India');
  });
  it('"received DPM Lawrence Wongg": a deputy prime minister by his office\'s initials', () => {
    assert.deepStrictEqual(analyze('The Agong received DPM Lawrence Wongg at Istana Negara today.').persons.map((p) => `${p.name}: ${p.position}`), ['Lawrence Wongg: DPM']);
  });
  it('"held a telephone conversation with US President elect Donald Trumpp": the office-to-be written in two words introduces its holder, and the caller is not made American by it', () => {
    const a = analyze('President William Rutoo has on Friday held a telephone conversation with US President elect Donald Trumpp.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['William Rutoo: President, null', 'Donald Trumpp: President elect, United States']);
  });
  it('"The ministry said that A, B, C and D gathered for a virtual meeting": names of no office listed before a meeting are its officials', () => {
    const a = analyze('The Turkish Foreign Ministry said in a written statement that Mevlut Cavusogluu, Heiko Maass, Jean-Yves Le Driann and Dominic Raabb gathered for a virtual meeting to follow the results of a summit.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['video call [Cavusogluu+Maass+Driann+Raabb]']);
  });
  it('"Pedro Sanchezz received Ursula von der Leyenn": a name with particles in lower case beside a meeting verb', () => {
    assert.strictEqual(headlineRoles('Pedro Sanchezz received Ursula von der Leyenn at Moncloa Palace last week.'), 'reception [Sanchezz:host+Leyenn:guest]');
  });
  it('"received the President-elect of the European Commission, the German Ursula von der Leyenn,": a nationality before the holder\'s name in an apposition; a body\'s official serves the body', () => {
    const a = analyze('The Acting Prime Minister, Pedro Sanchezz, received the President-elect of the European Commission, the German Ursula von der Leyenn, at Moncloa Palace last week.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['Pedro Sanchezz: Acting Prime Minister, Spain', 'Ursula von der Leyenn: President-elect of the European Commission, European Union']);
    assert.strictEqual(analyze('The minister received the new Ambassador, the Nigerian Ahmed Bellow Musaa, on Monday.').persons.find((p) => p.name === 'Ahmed Bellow Musaa')?.country, 'Nigeria');
  });
  it('"gave an interview to CNN International\'s “Connect the World” program hosted by Becky Andersonn": a broadcast\'s host is no official; "Ambassador Extra Ordinary and Plenipotentiary" is one office', () => {
    const a = analyze('Foreign Minister Elmar Mammadyarovv gave an interview to CNN International’s “Connect the World” program hosted by Becky Andersonn on April 4, 2016.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['interview [Mammadyarovv]']);
    const b = analyze('Ambassador Girma Birruu, Ambassador Extra Ordinary and Plenipotentiary of Ethiopia to the United States, gave an interview to the Ethiopian Television on Monday.');
    assert.deepStrictEqual(b.persons.map((p) => p.name), ['Girma Birruu']);
  });
  it('"X speaks during a meeting with Y in Riyadh, October 3, 2021. REUTERS/Ahmed Yosrii": a photograph\'s caption closed by its credit tells an earlier meeting, not the headline', () => {
    const t = 'Saudi foreign minister describes talks with Iran as cordial - FT\n\nSaudi Arabia\'s Foreign Minister Faisal bin Farhann speaks during a meeting with EU foreign policy chief Josep Borrelll in Riyadh, Saudi Arabia, October 3, 2021. REUTERS/Ahmed Yosrii\n\nOct 15 (Reuters) - Saudi Arabian Foreign Minister Prince Faisal bin Farhann has said that talks with Iran had been cordial, the Financial Times reported on Friday.';
    const caption = analyze(t).meetings.filter((m) => m.participants.some((p) => p.name === 'Josep Borrelll'));
    assert.deepStrictEqual(caption.map((m) => `${m.headline ? 'headline ' : ''}${m.kind} ${m.place}`), ['talks Riyadh']);
  });
  it('"US ambassador designate to Ghana, Virginia Palmerr has presented her open letters to the Minister": an envoy not yet accredited, in lower case; the copies of credentials she presents make a reception', () => {
    const t = 'US ambassador designate to Ghana, Virginia Palmerr has presented her open letters to the Minister for Foreign Affairs and Regional Integration, Shirley Ayorkor Botchweyy.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['Virginia Palmerr: ambassador designate to Ghana, United States', 'Shirley Ayorkor Botchweyy: Minister for Foreign Affairs and Regional Integration, Ghana']);
    assert.strictEqual(headlineRoles(t), 'reception [Palmerr:guest+Botchweyy:host]');
  });
  it('"H.E. Ambassador was assisted by Deputy Chief of Mission, A and Counsellor, B": those who assist stand with the one named by office', () => {
    const t = 'Ambassador Shahabuddin Ahmedd made a courtesy call on Mr. KANO Takehiroo, Director General of the Foreign Ministry of Japan, in Tokyo. H.E. Ambassador was assisted by Deputy Chief of Mission, Shah Asif Rahmann and Counsellor, Rafiqul Islamm from the Embassy side.';
    assert.strictEqual(headlineRoles(t), 'reception [Ahmedd:guest+Takehiroo:host+Rahmann:guest+Islamm:guest]');
  });
  it('"a member of the Political Bureau of the Central Committee of the Workers\' Party of Korea": a ruling party the lexicon knows gives its official\'s country before a country word inside its name', () => {
    const a = analyze('Song Taoo, head of the International Department of the CPC Central Committee, held talks in Beijing with Ri Su Yongg, a member of the Political Bureau of the Central Committee of the Workers\' Party of Korea (WPK).');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Song Taoo: China', 'Ri Su Yongg: North Korea']);
  });
  it('"BNP Secretary General X", "the party\'s Secretary General, Ms Y": a party\'s secretary general serves the party\'s country, not the United Nations', () => {
    const a = analyze('British High Commissioner to Bangladesh Sarah Cookee met BNP Secretary General Mirza Fakhrul Islam Alamgirr at the party office this morning.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Sarah Cookee: United Kingdom', 'Mirza Fakhrul Islam Alamgirr: Bangladesh']);
    const b = analyze('President Emmerson Mnangagwaa received a SWAPO delegation at State House. The delegation was led by the party’s Secretary General, Ms Sophia Shaningwaa.');
    assert.notStrictEqual(b.persons.find((p) => p.name === 'Sophia Shaningwaa')?.country, 'United Nations');
  });
  it('"The Russian foreign minister and his party were seen off by Foreign Minister Y", "X confers the award to Y": a send-off and an award are receptions, the one seeing off or conferring the host', () => {
    assert.strictEqual(headlineRoles('Sergei Lavrovv, foreign minister of the Russian Federation, left Pyongyang on Oct. 19. The Russian foreign minister and his party were seen off by Foreign Minister Choe Son Huii at the airport.'), 'reception [Lavrovv:guest+Huii:host]');
    assert.strictEqual(headlineRoles('Russian Foreign Minister Sergey Lavrovv confers the award to Mohammed Al Jaberr, the UAE\'s ambassador to Moscow.'), 'reception [Lavrovv:host+Jaberr:guest]');
  });
  it('"arrived on a State Visit at the invitation of his host, President Y": the noun "host" after a possessive is no verb; "in Akorda Residence" is in Astana', () => {
    assert.strictEqual(headlineRoles('President Emmerson Mnangagwaa of Zimbabwe has this evening arrived in Uganda on a 2-day State Visit at the invitation of his host, President Yoweri Musevenii.'), 'visit [Mnangagwaa:guest+Musevenii:host]');
    const a = analyze('Head of State Kassym-Jomart Tokayevv has welcomed the President of Italy, Sergio Mattarellaa, in Akorda Residence.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.place}`), ['reception Astana']);
  });
  it('"Zimbabwean President and President of the ruling ZANU-PF party, X, met with Y": a party told by its standing, then "party", completes the office', () => {
    const a = analyze('Zimbabwean President and President of the ruling ZANU-PF party, Emmerson Mnangagwaa, met with Jiang Xinzhii here on Tuesday.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Emmerson Mnangagwaa: Zimbabwe', 'Jiang Xinzhii: China']);
    const b = analyze('Secretary General of the ruling ANC, Fikile Mbalulaa, met with the Chinese ambassador.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.position}, ${p.country}`), ['Fikile Mbalulaa: Secretary General of the ruling ANC, South Africa']);
  });
  it('"the leadership of Comrade Kim Jong Unn" in a KCNA release: a text that names only the North means it by "Korean"; one that names the South keeps the South', () => {
    const north = analyze('Pyongyang, October 9 (KCNA) -- The Central Committee of the WPK gave a reception for a Chinese delegation. He hoped that the Korean people would register successes under the leadership of Comrade Kim Jong Unn, the Korean leader.');
    assert.strictEqual(north.persons.find((p) => p.name === 'Kim Jong Unn')?.country, 'North Korea');
    const south = analyze('Korean Foreign Minister Kang Kyung-whaa discussed the DPRK with Secretary of State Mike Pompeoo in Seoul on Monday.');
    assert.strictEqual(south.persons.find((p) => p.name === 'Kang Kyung-whaa')?.country, 'South Korea');
  });
  it('KCNA\'s dates: "October 20. 2023 Juche 112" over the release, or its closing stamp "(Juche113.4.14.)", give the year of "on Oct. 19"', () => {
    const a = analyze('Russian FM Leaves Pyongyang\n\nOctober 20. 2023 Juche 112\n\nPyongyang, October 20 (KCNA) -- Foreign Minister Choe Son Huii received Sergei Lavrovv, foreign minister of Russia, on Oct. 19.');
    assert.deepStrictEqual(a.meetings.map((m) => m.isoDate), ['2023-10-19']);
    const b = analyze('Delegation Leaves Pyongyang\n\nPyongyang, April 14 (KCNA) -- Foreign Minister Choe Son Huii received Zhao Lejii, chairman of the Standing Committee of the National People\'s Congress of China, on April 13.\n\nwww.kcna.kp (Juche113.4.14.)');
    assert.deepStrictEqual(b.meetings.map((m) => m.isoDate), ['2024-04-13']);
  });
  it('"visited the Memorial accompanied by Yerevan Mayor X": a city the lexicon knows before "Mayor" gives the mayor its country, before the one he accompanies', () => {
    const a = analyze('The President of Montenegro Milo Dukanovicc, who has arrived in Armenia for an official visit, visited the Armenian Genocide Memorial accompanied by Yerevan Mayor Hrachya Sargsyann.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Milo Dukanovicc: Montenegro', 'Hrachya Sargsyann: Armenia']);
  });
  it('"X has conferred the Grand Commander of the Order of the Niger (GCON) on Y", "X decorated Y with the Order of ...": a decoration conferred is a reception; the country in its name is no place', () => {
    const a = analyze('President Bola Ahmed Tinubuu has conferred the Grand Commander of the Order of the Niger (GCON) on the Indian Prime Minister, Narendra Modii, at the Presidential Villa in Abuja.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} [${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}] ${m.place}`), ['reception [Tinubuu:host+Modii:guest] Abuja']);
    assert.strictEqual(headlineRoles('President Vladimir Putinn decorated Ambassador Ilkhom Nematovv with the Order of Friendship in Moscow.'), 'reception [Putinn:host+Nematovv:guest]');
    assert.strictEqual(headlineRoles('Finance Minister Ali Hassann presented the National Budget to Prime Minister Omar Farukk on Monday.'), 'none');
  });
  it('"Larijanii made the remarks in a meeting with X ... Larijanii said": a surname alone, opening sentences before a verb and said again inside one, is a person; "Newly appointed" is not', () => {
    const t = 'Larijanii appreciates Iraqi hospitality\n\nLarijanii made the remarks in a meeting with Sherko Merwaess, head of the foreign relations committee of Iraq.\n\nLarijanii expressed concerns over recent accidents in Iraq.\n\nIran has no forces in Iraq, Larijanii said.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Larijanii+Merwaess]']);
    const u = 'Newly appointed Minister Rustem Umerovv spoke by phone with Lloyd Austinn.\n\nNewly elected officials attended.\n\nThe Newly Independent States were discussed.';
    assert.deepStrictEqual(analyze(u).persons.map((p) => p.name), ['Rustem Umerovv', 'Lloyd Austinn']);
  });
  it('"Kurdistan Region (KRI) Prime Minister X", "Prime Minister of the Kurdistan Regional Government X": the region\'s government serves Iraq', () => {
    const a = analyze('On Wednesday, Kurdistan Region (KRI) Prime Minister Masrour Barzanii welcomed a US delegation led by Congressman Seth Moultonn.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Masrour Barzanii: Iraq', 'Seth Moultonn: United States']);
  });
  it('"submitted copy of his credentials to X", "She has also held a meeting with Y": a copy without its article; a pronoun subject before an auxiliary', () => {
    assert.strictEqual(headlineRoles('New British Ambassador to Tehran Nicholas Hoptonn on Monday submitted copy of his credentials to Foreign Minister Mohammad Javad Zariff.'), 'reception [Hoptonn:guest+Zariff:host]');
    const t = 'High Representative Catherine Ashtonn held a meeting with Secretary Ali Shamkhanii on Sunday in Tehran. She has also held a meeting with Former Secretary Saeed Jalilii.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => p.name.split(' ').pop()).join('+')), ['Ashtonn+Shamkhanii', 'Ashtonn+Jalilii']);
  });
  it('KCNA\'s receptions: "The Central Committee ... gave a reception in honor of a delegation. Present there on invitation were A and B. Present there were C and D": the invited are guests, the others their hosts', () => {
    const t = 'Reception Given for CPC Delegation\n\nPyongyang, October 9 (KCNA) -- The Central Committee of the Workers\' Party of Korea (WPK) gave a reception at the Mansudae Assembly Hall on Friday in honor of a delegation of the Communist Party of China (CPC).\n\nPresent there on invitation were members of the delegation headed by Liu Yunshann, member of the Political Bureau of the CPC, and Li Chenqunn, Chinese ambassador to the DPRK.\n\nPresent there were Choe Ryong Haee, member of the Political Bureau of the WPK, and Ri Kil Songg, vice-minister of Foreign Affairs.';
    assert.strictEqual(headlineRoles(t), 'reception [Yunshann:guest+Chenqunn:guest+Haee:host+Songg:host]');
  });
  it('"received a communication from UN Secretary-General X" is no reception; "Mohammed Shia al-Sudanii ... Al-Sudanii stressed": the article capitalized opening a surname is the same person', () => {
    assert.strictEqual(headlineRoles('On Wednesday, President Abdel Fattah al-Burhann received a communication from UN Secretary-General Antonio Guterress on the peace efforts.'), 'none');
    const t = 'Iraqi Prime Minister Mohammed Shia al-Sudanii received US Ambassador Alina Romanowskii in Baghdad on Monday. During the meeting, Al-Sudanii stressed the importance of ties.';
    assert.deepStrictEqual(analyze(t).entities.filter((e) => e.type === 'official').map((e) => `${e.text}: ${e.id}`), ['Mohammed Shia al-Sudanii: mohammed-shia-al-sudanii', 'Alina Romanowskii: alina-romanowskii', 'Al-Sudanii: mohammed-shia-al-sudanii']);
  });
  it('"Al-Sultan Abdullah Ri’ayatuddin": a name keeps its curly apostrophe as written; its id reads it plain', () => {
    const a = analyze('Yang di-Pertuan Agong Abdullah Ri’ayatuddinn Al-Mustafa Billah Shah received Prime Minister Lawrence Wongg at Istana Negara.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name} ${p.id}`), ['Abdullah Ri’ayatuddinn Al-Mustafa Billah Shah abdullah-riayatuddinn-al-mustafa-billah-shah', 'Lawrence Wongg lawrence-wongg']);
  });
  it('"As the President\'s aircraft entered UAE airspace, it was met by a ceremonial escort of military jets": met by a thing is no meeting, and does not make the welcome talks', () => {
    const t = 'UAE President Sheikh Mohamed bin Zayedd welcomed US President Donald Trumpp as he arrived at the Presidential Airport in Abu Dhabi.\n\nAs the US President’s aircraft entered UAE airspace, it was met by a ceremonial escort of military jets in honour of his visit.';
    assert.strictEqual(headlineRoles(t), 'reception [Zayedd:host+Trumpp:guest]');
  });
  it('"In the meeting with Ambassador of Jordan, Zobaida Jalall, Federal Minister for Defence Production said": the name after the comma is the speaker, with her own office after it', () => {
    const t = 'Ambassador of Jordan Ibrahim Yali Mohammadd called on Federal Minister for Defence Production Zobaida Jalall in Islamabad on Tuesday. In the meeting with Ambassador of Jordan, Zobaida Jalall, Federal Minister for Defence Production said that Pakistan and Jordan enjoy fraternal ties.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Ibrahim Yali Mohammadd: Jordan', 'Zobaida Jalall: Pakistan']);
  });
  it('"Pakistani side also included Foreign Minister X and Finance Minister Y": those a nation\'s side included attend, of that nation', () => {
    const a = analyze('Prime Minister Imran Khann held talks with Premier Li Keqiangg in Beijing. Pakistani side also included Foreign Minister Shah Mehmood Qureshii and Finance Minister Asad Umarr.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.filter((p) => p.side === 'Pakistan').map((p) => p.name.split(' ').pop()).join('+')), ['Qureshii+Umarr']);
  });
  it('"MINSK (Dunya News) – Prime Minister X was accorded a warm welcome upon arrival": the guest the text has arriving is no official of the dateline\'s country; his host is', () => {
    const t = 'PM accorded warm welcome at Palace of Independence\n\nMINSK (Dunya News) – Prime Minister Shehbaz Shariff was accorded a warm welcome on Friday upon arrival at the Palace of Independence. President Alexander Lukashenkoo welcomed Prime Minister Shehbaz with an embrace.\n\nSeveral agreements were signed between Pakistan and Belarus after the meetings.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Shehbaz Shariff: Pakistan', 'Alexander Lukashenkoo: Belarus']);
  });
  it('"the Region has met all its obligations under the federal budget": a duty met is no meeting, and does not make the welcome talks', () => {
    const t = 'On Wednesday, Prime Minister Masrour Barzanii welcomed a US delegation led by Victoria Taylorr, Deputy Assistant Secretary of State, in Erbil.\n\nThe Prime Minister stressed that the Region has met all its obligations under the federal budget.';
    assert.strictEqual(headlineRoles(t), 'reception [Barzanii:host+Taylorr:guest]');
  });
  it('"the Special Envoy of the UN Secretary General on Great Lakes, X", "... for West Africa and the Sahel, Mr Y": an envoy of a principal named with its body keeps his brief and serves the UN', () => {
    const a = analyze('Rwandan President Paul Kagamee on Thursday received the Special Envoy of the UN Secretary General on Great Lakes, Huang Xiaa and his delegation.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Paul Kagamee: President (Rwanda)', 'Huang Xiaa: Special Envoy of the UN Secretary General on Great Lakes (United Nations)']);
    const b = analyze('His Excellency President Adama Barroww received the new Special Representative of the UN Secretary General for West Africa and the Sahel, His Excellency Mr Mahamat Saleh Annadiff, for an introductory meeting.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.position} (${p.country})`).slice(1), ['Mahamat Saleh Annadiff: Special Representative of the UN Secretary General for West Africa and the Sahel (United Nations)']);
  });
  it('"the United Nations Office for West Africa and the Sahel (UNOWAS), H.E Mr. X": a last part after "and" that the short form spells belongs to the body, and the holder after it holds both offices', () => {
    const t = 'The President of the ECOWAS Commission, Dr Alieu Omar Tourayy received the Special Representative of the United Nations Secretary-General and Head of the United Nations Office for West Africa and the Sahel (UNOWAS), H.E Mr. Leonardo Santos Simaoo at the Commission Headquarters in Abuja.';
    const a = analyze(t);
    assert.ok(a.entities.some((e) => e.type === 'organization' && e.text === 'United Nations Office for West Africa and the Sahel'));
    assert.deepStrictEqual(a.persons.filter((p) => p.name.endsWith('Simaoo')).map((p) => `${p.position} (${p.country})`), ['Special Representative of the United Nations Secretary-General and Head of the United Nations Office for West Africa and the Sahel (United Nations)']);
  });
  it('"the EU Special Representative for the Dialogue between Belgrade and Priština, X": a brief between two parties completes the office', () => {
    const a = analyze('Tonight, the President of Serbia, Aleksandar Vucicc, met with the EU Special Representative for the Dialogue between Belgrade and Priština, Miroslav Lajcakk.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Aleksandar Vucicc: President (Serbia)', 'Miroslav Lajcakk: Special Representative for the Dialogue between Belgrade and Priština (European Union)']);
    assert.strictEqual(headlineRoles('Tonight, the President of Serbia, Aleksandar Vucicc, met with the EU Special Representative for the Dialogue between Belgrade and Priština, Miroslav Lajcakk.'), 'talks [Vucicc:participant+Lajcakk:participant]');
  });
  it('"UN secretary general\'s special envoy for humanitarian affairs X", "UN secretary-general’s personal envoy to Cyprus, Y,": an envoy named after his principal\'s possessive serves the UN', () => {
    const a = analyze('UN secretary general\'s special envoy for humanitarian affairs Martin Griffithss has spoken with Iranian foreign ministry officials.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Martin Griffithss: secretary general\'s special envoy for humanitarian affairs (United Nations)']);
    const b = analyze('UN secretary-general’s personal envoy to Cyprus, Maria Angela Holguinn, is meeting on Saturday with President Nikos Christodouliddes.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.country}`), ['Maria Angela Holguinn: United Nations', 'Nikos Christodouliddes: null']);
  });
  it('"Turkish Cypriot leader X": the Turkish Cypriots\' state is Northern Cyprus, and it does not make the other side Turkish', () => {
    const t = 'On Friday, the UN envoy met in the north with Turkish Cypriot leader Tufan Erhurmann. President Nikos Christodouliddes of Cyprus met her on Saturday.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Tufan Erhurmann: Northern Cyprus', 'Nikos Christodouliddes: Cyprus']);
  });
  it('a company\'s officers: "President and CEO of the US-ASEAN Business Council X", "CEO and President of FedEx Corporation Y", "Managing Director Z"; a body of two partners is the first one\'s', () => {
    const a = analyze('President Truong Tan Sangg on March 18 met in Hanoi with a delegation of US businesses led by President and CEO of the US-ASEAN Business Council Alexander Feldmann.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Truong Tan Sangg: President (Vietnam)', 'Alexander Feldmann: President and CEO of the US-ASEAN Business Council (United States)']);
    assert.strictEqual(headlineRoles('Dubai: Shaikh Mohammad Bin Rashid Al Maktoumm, Vice-President and Prime Minister of the UAE, on Sunday received Frederick W. Smithh, CEO and President of FedEx Corporation.'), 'reception [Maktoumm:host+Smithh:guest]');
    assert.deepStrictEqual(analyze('Minister Ali Hassann received Managing Director Peter Okaforr of the company in Abuja.').persons.map((p) => `${p.name}: ${p.position}`), ['Ali Hassann: Minister', 'Peter Okaforr: Managing Director']);
  });
  it('"The delegation ..., led by US-Bangladesh Business Council Chairman A and Ambassador B, is on a visit": a body\'s name after "led by" is no person; the delegation met sentences before has both leaders as its party', () => {
    const t = 'Foreign Minister AK Abdul Momenn on Friday held a meeting with a high-powered business delegation from the United States at the State Guest House Padma in Dhaka.\n\nThe Ministry of Foreign Affairs confirmed the matter on Friday.\n\nBoth sides discussed issues related to trade.\n\nThe delegation comprising top officials from energy and other key business sectors, led by US-Bangladesh Business Council Chairman Steven Kobbos and Ambassador Atul Keshapp, is currently on a four-day visit in Bangladesh.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['AK Abdul Momenn', 'Steven Kobbos', 'Atul Keshapp']);
    assert.strictEqual(headlineRoles(t), 'talks [Momenn:participant+Kobbos:participant+Keshapp:participant]');
    const u = 'President Bola Ahmed Tinubuu, on Monday, received a delegation from a multinational oil company, Total Energies Worldwide.\n\nThe members of the delegation were led by the Group Chairman and Chief Executive Officer (CEO), Patrick Pouyannee.';
    assert.strictEqual(headlineRoles(u), 'reception [Tinubuu:host+Pouyannee:guest]');
  });
  it('"During the visit, the delegation, led by Air Vice Marshal X, paid a courtesy call on the Prime Minister of Nepal, Y": a verb\'s word after an article is a noun, and the call is the sentence\'s meeting', () => {
    const t = 'During the visit, the delegation, led by Air Vice Marshal Manish Kumar Guptaa, paid a courtesy call on the Prime Minister of Nepal, Pushpa Kamal Dahall.';
    assert.strictEqual(headlineRoles(t), 'reception [Guptaa:guest+Dahall:host]');
  });
  it('"Commandant of the National Defence College – Uganda (NDC-U)": the country a body of a common name is told by after a dash is part of its name and its officers\'', () => {
    const a = analyze('On December 10, 2023, Major General Francis Okelloo, Commandant of the National Defence College – Uganda (NDC-U), welcomed the visitors.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.organization} (${p.country})`), ['Francis Okelloo: National Defence College – Uganda (Uganda)']);
  });
  it('"A delegation of the National Defence University, Kingdom of Saudi Arabia, led by X, visited NUST. The delegation was warmly received by the rector, Lt General Y": the country after the body is the delegation\'s; the delegation stands for its leader', () => {
    const t = 'ISLAMABAD: A fifteen-member delegation of the National Defence University, Kingdom of Saudi Arabia, led by Commandant War College, Major General Badar Bin Muneef Al-Otabii, visited the National University of Science and Technology (NUST) on Friday.\n\nThe delegation was warmly received by the rector of NUST, Lt General Javed Mahmood Bukharii.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Badar Bin Muneef Al-Otabii: Saudi Arabia', 'Javed Mahmood Bukharii: Pakistan']);
    assert.strictEqual(headlineRoles(t), 'reception [Al-Otabii:guest+Bukharii:host]');
  });
  it('"The European Union’s coordinator for nuclear talks with Iran, X, held talks": a lower-case brief with a meeting\'s noun and its party, then the holder', () => {
    const a = analyze('The European Union’s coordinator for nuclear talks with Iran, Enrique Moraa, held talks in Tehran on Wednesday with Deputy Foreign Minister Ali Bagherii.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0], 'Enrique Moraa: coordinator for nuclear talks with Iran (European Union)');
  });
  it('"Noh X, the ministry\'s special representative for ...," and "Indian external affairs minister, Y,": a body named by its kind, possessive, before a lower-case office; the external affairs minister', () => {
    const a = analyze('Noh Kyu-dukk, the ministry\'s special representative for Korean Peninsula peace and security affairs, met Sung Kimm in Seoul.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Noh Kyu-dukk: special representative for Korean Peninsula peace and security affairs', 'Sung Kimm: null']);
    const b = analyze('Discussions here between Indian external affairs minister, Pranab Mukherjeee, and Russian counterpart, Sergei Lavrovv, are aimed at a deal.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Pranab Mukherjeee: external affairs minister (India)', 'Sergei Lavrovv: Foreign Minister (Russia)']);
  });
  it('"This photo, taken on March 19, 2021, shows A and B posing for a photo before their talks": a caption\'s meeting is not the one the report is about', () => {
    const t = 'Envoys of S. Korea, US hold phone talks\n\nPublished : May 28, 2021\n\nThis photo, taken on March 19, 2021, shows Noh Kyu-dukk, the foreign ministry\'s special representative, and Sung Kimm posing for a photo before their talks at the foreign ministry. (Yonhap)\n\nThe top nuclear envoys of South Korea and the United States held their second phone talks on Friday, the foreign ministry said.\n\nNoh Kyu-dukk and his US counterpart, Sung Kimm, discussed follow-up efforts.';
    assert.deepStrictEqual(analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.kind} ${m.isoDate}`), ['phone call 2021-05-28']);
  });
  it('"The US peace envoy for Afghanistan X": a lower-case office a peace or personal envoy; "... Naija News reports that the Nigerian leader met with the delegation": of two holders the descriptor fits, the one named last before it', () => {
    assert.deepStrictEqual(analyze('The US peace envoy for Afghanistan Zalmay Khalilzadd met with the Taliban\'s deputy leader Mullah Baradarr in Doha on Sunday.').persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0], 'Zalmay Khalilzadd: peace envoy (United States)');
    const t = 'President Bola Ahmed Tinubuu, on Monday, received a delegation from a multinational oil company.\n\nNaija News reports that the Nigerian leader met with the delegation inside the Presidential Villa.\n\nThe members of the delegation were led by the Group Chairman, Patrick Pouyannee.\n\nPresident Tinubuu has said his recent trips to the United Arab Emirates and Saudi Arabia have started yielding results.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name.endsWith('Tinubuu'))?.country, 'Nigeria');
  });
  it('"hosted the billionaire businessman, CEO of the Egypt-based Orascom Investment Holding, X": a holding company is a body, and where it is based its country', () => {
    const t = 'Today, President Shavkat Mirziyoyevv hosted the billionaire businessman, CEO of the Egypt-based Orascom Investment Holding, Naguib Sawiriss.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Shavkat Mirziyoyevv: null', 'Naguib Sawiriss: Egypt']);
    assert.strictEqual(headlineRoles(t), 'reception [Mirziyoyevv:host+Sawiriss:guest]');
  });
  it('"FIFA President X", "International Olympic Committee (IOC) President Y", "Muslim World League Secretary-General Z", "UNEP Executive Director W": sports, faith and UN programme bodies\' officials serve the body', () => {
    const of = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`)[0];
    assert.strictEqual(of('FIFA President Gianni Infantinno met Prime Minister Kyriakos Mitsotakiss in New York.'), 'Gianni Infantinno: FIFA');
    assert.strictEqual(of('International Olympic Committee (IOC) President Thomas Bachh called on the Amir in Doha.'), 'Thomas Bachh: International Olympic Committee');
    assert.strictEqual(of('Muslim World League Secretary-General Mohammed Al-Issaa met the Egyptian minister in Cairo.'), 'Mohammed Al-Issaa: Muslim World League');
    assert.strictEqual(of('Xi met United Nations Environment Programme Executive Director Inger Anderssen in Beijing.'), 'Inger Anderssen: United Nations');
    assert.strictEqual(of('Union Health Minister met Dr Seth Berkleyy, CEO, GAVI, the vaccine alliance, at Nirman Bhawan here.'), 'Seth Berkleyy: Gavi');
  });
  it('"JICA President X", "USAID Administrator Y": a national agency known by its initials gives its country', () => {
    const a = analyze('JICA President Shinichi Kitaokaa met USAID Administrator Mark Greenn in Tokyo.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Shinichi Kitaokaa: JICA President (Japan)', 'Mark Greenn: Administrator (United States)']);
  });
  it('"Ecumenical Patriarch X", "His Holiness Y, Serbian Patriarch", "Grand Imam of Al-Azhar Z": a church or a faith\'s office, and a holder of one name', () => {
    const a = analyze('Prime Minister Kyriakos Mitsotakiss met Ecumenical Patriarch Vartholomaioss in Istanbul on Sunday.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Kyriakos Mitsotakiss: Prime Minister', 'Vartholomaioss: Ecumenical Patriarch']);
    const b = analyze('His Holiness Porfirijee, Serbian Patriarch received His Excellency Archbishop Luciano Surianii, Apostolic Nuncio in the Republic of Serbia, in Belgrade on 12 March 2021.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.position} (${p.country})`).sort(), ['Luciano Surianii: Apostolic Nuncio (Holy See)', 'Porfirijee: Patriarch (Serbia)']);
    const c = analyze('Grand Imam of Egypt\'s Al-Azhar Ahmed al-Tayebb met on Monday with Saudi King Salmann in Riyadh.');
    assert.deepStrictEqual(c.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0], 'Ahmed al-Tayebb: Grand Imam of Egypt\'s Al-Azhar (Egypt)');
  });
  it('"Amir of Kuwait H H Sheikh X received": "H H" is a style of address, after the office', () => {
    const a = analyze('Kuwait City: Amir of Kuwait H H Sheikh Meshal Al-Ahmadd Al-Sabahh received the visiting minister at Bayan Palace.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Meshal Al-Ahmadd Al-Sabahh: Amir (Kuwait)']);
  });
  it('"former Japanese Prime Minister X", "former US secretary of state Y": an office no longer held, across the nationality', () => {
    const a = analyze('Vice President Xi Jinpingg on Friday met with former Japanese Prime Minister Hatoyama Yukioo in Beijing.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[1], 'Hatoyama Yukioo: former Prime Minister (Japan)');
    const b = analyze('Mr Cleverlyy announced the meeting with former US secretary of state Mike Pompeoo on Thursday.');
    assert.deepStrictEqual(b.persons.find((p) => p.name === 'Mike Pompeoo')?.position, 'former secretary of state');
  });
  it('"the Most Hon. X, O.N., M.P., Prime Minister of Jamaica": dotted letters of an order and a seat between the name and its office', () => {
    const a = analyze('JICA President Shinichi Kitaokaa met with the Most Hon. Andrew Michael Holnesss, O.N., M.P., Prime Minister of Jamaica in Tokyo.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[1], 'Andrew Michael Holnesss: Prime Minister (Jamaica)');
  });
  it('"COP29 President-Designate X and Lead Negotiator Y held a meeting with": a climate conference\'s offices', () => {
    const a = analyze('COP29 President-Designate Mukhtar Babayevv and Lead Negotiator Yalchin Rafiyevv held a productive meeting with Australia\'s Minister for Climate Change and Energy Chris Bowenn.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Mukhtar Babayevv: President-Designate', 'Yalchin Rafiyevv: Lead Negotiator', 'Chris Bowenn: Minister for Climate Change and Energy']);
  });
  it('"Director-General of the United Nations Educational, Scientific and Cultural Organisation (UNESCO)", "President of the Asian Football Confederation, AFC, X": a body known by a whole name with commas, in either spelling, and one whose name opens with a region', () => {
    const a = analyze('Sheikh Abdullah bin Zayedd met with Audrey Azoulayy, Director-General of the United Nations Educational, Scientific and Cultural Organisation (UNESCO), on the sidelines.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Abdullah bin Zayedd: null', 'Audrey Azoulayy: UNESCO']);
    const b = analyze('Sheikh Mansour bin Zayedd received the President of the Asian Football Confederation, AFC, Salman bin Ibrahimm Al Khalifaa, at Qasr Al Watan.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}: ${p.country}`), ['Mansour bin Zayedd: United Arab Emirates', 'Salman bin Ibrahimm Al Khalifaa: Asian Football Confederation']);
  });
  it('"in the Carmelite Monastery, Prime Minister X received", "Metropolitan Y", "Deacon Z", "head of Kathmandu Metropolitan City": churches\' buildings, offices and styles, and a city\'s name, are no one', () => {
    const names = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(names('On Saturday morning in the Carmelite Monastery, Prime Minister Viktor Orbann received Gianni Infantinno.'), ['Viktor Orbann: Prime Minister', 'Gianni Infantinno: null']);
    assert.deepStrictEqual(names('On January 26, 2010, Metropolitan Volodymyrr received Ambassador Mykhailo Zurabovv in Kyiv.').sort(), ['Mykhailo Zurabovv: Ambassador', 'Volodymyrr: Metropolitan']);
    assert.deepStrictEqual(names('It was attended by the Head of the Office of the Serbian Patriarch Deacon Aleksandar Prascevicc.'), ['Aleksandar Prascevicc: Head of the Office of the Serbian Patriarch']);
    assert.deepStrictEqual(analyze('China\'s ambassador to Nepal, Chen Songg, had a courtesy meeting with Balendra Shahh, head of Kathmandu Metropolitan City.').persons.map((p) => p.name), ['Chen Songg', 'Balendra Shahh']);
  });
  it('"met the UAE Emir Sheikh Khalifa Bin Zayedd and Arab League Secretary General Amr Moussaa": a styled name before "and" is no body\'s, and the body after it is the next holder\'s', () => {
    const a = analyze('President Ahmadinejadd also met the UAE Emir Sheikh Khalifa Bin Zayedd al-Nahyann and Arab League Secretary General Amr Moussaa on the sidelines of the summit.');
    assert.deepStrictEqual(a.persons.filter((p) => p.name !== 'Ahmadinejadd').map((p) => `${p.name}: ${p.position} (${p.country})`), ['Khalifa Bin Zayedd al-Nahyann: Emir (United Arab Emirates)', 'Amr Moussaa: Secretary General (Arab League)']);
  });
  it('"X held “candid, in-depth and constructive” talks with Y": a quoted verdict between the verb and its noun keeps the meeting and both parties', () => {
    const t = 'CHINA’S special envoy on climate Xie Zhenhuaa held “candid, in-depth and constructive” talks this week with Britain’s senior climate change official Alok Sharmaa, the environment ministry said yesterday.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Zhenhuaa+Sharmaa]']);
    assert.deepStrictEqual(meetingsAt('Wang Yii held “candid” talks with Alok Sharmaa.'), ['talks [Yii+Sharmaa]']);
  });
  it('"former president of Armenia Levon X met with": a lower-case office "of" a country right before its holder\'s full name', () => {
    const a = analyze('PanARMENIAN.Net - Leader of the opposition Armenian National Congress (ANC), former president of Armenia Levon Ter-Petrossiann met with U.S. ambassador John Heffernn.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Levon Ter-Petrossiann: former president (Armenia)', 'John Heffernn: ambassador (United States)']);
  });
  it('"X paid a courtesy call, this afternoon, on the Prime Minister, Mr Y, in Port Louis": a time set off by commas inside the phrase keeps who called on whom', () => {
    const t = 'The Chief Representative of the Japan International Cooperation Agency (JICA), Ms Kaori Tanakaa, paid a courtesy call, this afternoon, on the Prime Minister, Mr Pravind Kumar Jugnauthh, at the New Treasury Building in Port Louis.';
    assert.strictEqual(headlineRoles(t), 'reception [Tanakaa:guest+Jugnauthh:host]');
    assert.strictEqual(analyze(t).persons.find((p) => p.name.endsWith('Jugnauthh'))?.country, 'Mauritius');
  });
  it('"X met the ambassador, Y, to officially request President Z to facilitate dialogue": one asked for through the guest is not at the meeting', () => {
    const t = 'Opposition leader Nelson Chamisaa met South Africa’s ambassador to Zimbabwe, Mphakama Mbetee, to officially request President Cyril Ramaphosaa to facilitate dialogue.';
    assert.deepStrictEqual(meetingsAt(t).slice(0, 1), ['talks [Chamisaa+Mbetee] Zimbabwe']);
  });
  it('"the Ga Mantse Nii Teiko Tsuruu II", "Asantehene Otumfuo Osei Tutuu II": traditional rulers\' titles before a regnal name', () => {
    assert.deepStrictEqual(analyze('The US ambassador to Ghana H.E Virginia Palmerr has lauded the Ga Mantse Nii Teiko Tsuruu II for his leadership.').persons.map((p) => `${p.name}: ${p.position}`), ['Virginia Palmerr: ambassador to Ghana', 'Nii Teiko Tsuruu II: Mantse']);
    assert.deepStrictEqual(analyze('Asantehene Otumfuo Osei Tutuu II received the ambassador in Kumasi.').persons.map((p) => `${p.name}: ${p.position}`), ['Otumfuo Osei Tutuu II: Asantehene']);
  });
  it('"The British High Commissioner Harriet King has paid": a family name that is also a title, closing a name after a given name', () => {
    const a = analyze('The British High Commissioner Harriet King has Monday paid a courtesy call on opposition leader Ousainu Darboee in Banjul.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0], 'Harriet King: High Commissioner (United Kingdom)');
    assert.deepStrictEqual(analyze('Saudi King Salmann received the minister in Riyadh.').persons.map((p) => `${p.name}: ${p.position}`), ['Salmann: King']);
  });
  it('"the Senior Vice President of the Association of National Olympic Committees (ANOC) H E Sheikh X": a body known by its whole name keeps its last words, which are no one\'s name', () => {
    const a = analyze('The Amir received the Senior Vice President of the Association of National Olympic Committees (ANOC) H E Sheikh Joaan bin Hamadd Al Thanii at Bayan Palace.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.organization}`), ['Joaan bin Hamadd Al Thanii: Association of National Olympic Committees']);
  });
  it('"France’s Minister for Energy Transition Agnes X": "Transition" is the portfolio\'s, not the name\'s', () => {
    assert.deepStrictEqual(analyze('He met France’s Minister for Energy Transition Agnes Pannier-Runacherr in Paris.').persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Agnes Pannier-Runacherr: Minister for Energy Transition (France)']);
  });
  it('"head of the Azerbaijan Chamber of Accounts Vugar X with": a body closed by its portfolio word, then its holder\'s full name', () => {
    const a = analyze('Chairman of the Supreme Audit Institution of Korea sent a letter to head of the Azerbaijan Chamber of Accounts Vugarr Gulmammadovv with a request.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Vugarr Gulmammadovv: head of the Azerbaijan Chamber of Accounts (Azerbaijan)']);
    assert.deepStrictEqual(analyze('He met Chairman of the Court of Accounts Jean Dupontt in Paris.').persons.map((p) => `${p.name}: ${p.position}`), ['Jean Dupontt: Chairman of the Court of Accounts']);
  });
  it('"First Public Prosecutor Sultan X": a ruler\'s title right after another office is the holder\'s given name', () => {
    const a = analyze('Kuwait was represented by Chief Prosecutor Mishall Al-Ghannamm, First Public Prosecutor Sultann Bujarwaa and Public Prosecutor Fahdd Al-Ateeqii.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`), ['Mishall Al-Ghannamm: Chief Prosecutor', 'Sultann Bujarwaa: First Public Prosecutor', 'Fahdd Al-Ateeqii: Public Prosecutor']);
    assert.deepStrictEqual(analyze('Deputy Minister Sultan Bujarwaa met him.').persons.map((p) => `${p.name}: ${p.position}`), ['Sultan Bujarwaa: Deputy Minister']);
  });
  it('"X had a working session with Y in Lima": a working session or meeting is talks', () => {
    assert.deepStrictEqual(meetingsAt('General Auditor of the State Audit Office of Vietnam (SAV) Ngo Van Tuann had a working session with Comptroller General of Peru Nelson Shack Yaltaa in Lima on April 1.'), ['talks [Tuann+Yaltaa] Lima']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Anna Berggg held a working meeting with Ambassador Jose Ruizz in Oslo.'), ['talks [Berggg+Ruizz] Oslo']);
  });
  it('"Chairman of the Board of Commissioners of the Independent Election Commission (IEC) X": holders in the plural after "of" are the body\'s own', () => {
    const a = analyze('Amman, Sept. 25 (Petra) -- Chairman of the Board of Commissioners of the Independent Election Commission (IEC) Musa Maaytahh on Monday met with the European Union (EU) Ambassador to Jordan, Pierre Chatzisavass.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0], 'Musa Maaytahh: Chairman of the Board of Commissioners of the Independent Election Commission (Jordan)');
  });
  it('"IEC, EU Discuss Joint Cooperation" over "Amman, Sept. 25 (Petra) --": a headline opening with a short form is no dateline; "YEREVAN. –" loses its stop', () => {
    const t = 'IEC, EU Discuss Joint Cooperation\n\nAmman, Sept. 25 (Petra) -- Chairman of the Independent Election Commission Musa Maaytahh on Monday met with the European Union Ambassador to Jordan, Pierre Chatzisavass.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Maaytahh+Chatzisavass] Amman']);
    assert.deepStrictEqual(meetingsAt('Armenia attorney general, US official discuss cooperation\n\nYEREVAN. – The Prosecutor General of Armenia, Arturr Davtyann, on Monday received Jorgann Andrewss, Deputy Assistant Secretary of State of the United States.'), ['reception [Davtyann+Andrewss] Yerevan']);
  });
  it('"deputy head of Vietnamese Central Steering Committee for Judicial Reform Le Thi Thu Baa": a lower-case office "of" a body, then its holder\'s full name', () => {
    const a = analyze('Azerbaijan\'s minister of justice Fikrat Mammadovv has met deputy head of Vietnamese Central Steering Committee for Judicial Reform Le Thi Thu Baa to explore ways of developing cooperation.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Fikrat Mammadovv: minister of justice (Azerbaijan)', 'Le Thi Thu Baa: deputy head of Vietnamese Central Steering Committee for Judicial Reform (Vietnam)']);
  });
  it('"Prime Minister X and French President Y released": the nationality written for the second alone does not make the first French', () => {
    const t = 'French envoy Alexandree Zieglerr met Chairperson of Indian Space Research Organisation K Sivann on Thursday.\n\nIn 2018, Prime Minister Narendraa Modii and French President Emmanuell Macronn released a joint vision.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.country}`), ['Alexandree Zieglerr: France', 'K Sivann: India', 'Narendraa Modii: null', 'Emmanuell Macronn: France']);
  });
  it('"Adviser to the Consulate General of the People\'s Republic of China Guo Yuu": an aide to a body, then his name; "academician X" is a style', () => {
    const a = analyze('The University hosted Adviser to the Consulate General of the People\'s Republic of China Guo Yuu and Consul of this consulate Zhang Shengpengg.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0], 'Guo Yuu: Adviser to the Consulate General of the People\'s Republic of China (China)');
    assert.deepStrictEqual(analyze('The scientist met with the President of the Russian Academy of Sciences, academician Alexanderr Sergeyevv.').persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Alexanderr Sergeyevv: President of the Russian Academy of Sciences (Russia)']);
  });
  it('"Ahead of Prime Minister X\'s meeting President Y, the ambassador met Z": a meeting named in a leading clause is not the one told', () => {
    const t = 'Ahead of Prime Minister Narendraa Modii\'s meeting United States President Donaldd Trumpp, Russia\'s ambassador to India Deniss Alipovv met Indian Space Research Organisation Chairman V Narayanann.';
    assert.deepStrictEqual(meetingsAt(t).slice(0, 1), ['talks [Alipovv+Narayanann] India']);
  });
  it('staff of UN, EU and AU field missions serve the body: "UNIFIL Head of Mission X", "EULEX Head of Mission Y", "AMISOM Force Commander Z"', () => {
    for (const [body, side] of [['UNIFIL', 'United Nations'], ['UNAMA', 'United Nations'], ['UNFICYP', 'United Nations'], ['MONUSCO', 'United Nations'], ['EULEX', 'European Union'], ['EUFOR', 'European Union'], ['AMISOM', 'African Union'], ['ATMIS', 'African Union']]) {
      const p = analyze(`President Michell Aounn received ${body} Head of Mission Stefanoo Del Coll in Beirut.`).persons.find((x) => x.name.endsWith('Coll'));
      assert.strictEqual(`${body}: ${p?.country}`, `${body}: ${side}`);
    }
  });
  it('"the former Presidents A and B", "former President C": an office no longer held keeps "former", for each holder', () => {
    assert.deepStrictEqual(analyze('The envoy met, today, with the former Presidents Shariff Sheikh Ahmedd and Hassann Sheikh Mohamudd in Mogadishu.').persons.map((p) => `${p.name}: ${p.position}`), ['Shariff Sheikh Ahmedd: former President', 'Hassann Sheikh Mohamudd: former President']);
    assert.deepStrictEqual(analyze('In a meeting between former President Hamidd Karzaii and the envoy, schools were discussed.').persons.map((p) => `${p.name}: ${p.position}`), ['Hamidd Karzaii: former President']);
  });
  it('"Deputy Head of Mission Meets Members of the German Bundestag": a title-case headline\'s verb closes the office', () => {
    const t = 'Deputy Head of Mission Meets Members of the German Bundestag\n\nThe EULEX Deputy Head of Mission, Berndd Thrann, and two members of the German Bundestag held a meeting today in Pristina.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Berndd Thrann: Deputy Head of Mission (European Union)']);
  });
  it('"X, Foreign Secretary, Ministry of External Affairs and ...": the ministry after the office, set off by a comma, is part of it, after a style too', () => {
    for (const style of ['', 'Shri ']) {
      const a = analyze(`The Indian delegation was led by ${style}Vinayy Mohan Kwatraa, Foreign Secretary, Ministry of External Affairs and the British side was led by Philipp Bartonn.`);
      assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.organization} (${p.country})`)[0], 'Vinayy Mohan Kwatraa: Foreign Secretary, Ministry of External Affairs / Ministry of External Affairs (India)');
    }
  });
  it('"The 15th India-UK Foreign Office Consultations (FOC) were held ... The Indian delegation was led by A and the British side by B": the held meeting\'s parties are the sides\' leaders', () => {
    const t = 'The 15th India-UK Foreign Office Consultations (FOC) were held on 16 January 2023 in New Delhi. The Indian delegation was led by Foreign Secretary Vinayy Kwatraa and the British side was led by Permanent Under-Secretary Philipp Bartonn.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Kwatraa+Bartonn] New Delhi']);
    const u = 'Political consultations between the Foreign Ministries of Armenia and Georgia were held at the MFA of Georgia. The Armenian delegation was headed by Deputy Foreign Minister Shavarshh Kocharyann and the Georgian delegation by Deputy Foreign Minister Gigii Gigiadzee.';
    assert.deepStrictEqual(meetingsAt(u), ['talks [Kocharyann+Gigiadzee]']);
  });
  it('"The US delegation is being led by Ambassador X while Additional Secretary Ministry of Foreign Affairs Y is heading the Pakistani side": each leader of his own side, the office before its ministry', () => {
    const a = analyze('The US delegation is being led by Ambassador Zalmayy Khalilzadd while Additional Secretary Ministry of Foreign Affairs Aftabb Khokharr is heading the Pakistani side.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} / ${p.organization} (${p.country})`), ['Zalmayy Khalilzadd: Ambassador / null (United States)', 'Aftabb Khokharr: Additional Secretary Ministry of Foreign Affairs / Ministry of Foreign Affairs (Pakistan)']);
    assert.deepStrictEqual(analyze('The Canadian delegation was led by Deputy Minister of Foreign and Global Affairs Martaa Morgann.').persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['Martaa Morgann: Deputy Minister of Foreign and Global Affairs (Canada)']);
  });
  it('"X discussed on Tuesday with a delegation ... The delegation comprises A, and B": the day inside the phrase, and the delegation\'s members as the other party', () => {
    const t = 'Defense Minister Alii Ayoubb discussed on Tuesday with a delegation of UN senior commanders the redeployment of UNDOF forces. The delegation comprises Commander of UNDOF Major General Franciss Vib-Sanzirii, and Major General Kristinn Lundd.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Ayoubb+Vib-Sanzirii+Lundd]']);
    assert.deepStrictEqual(analyze('Kabul, 12 May 2022 - Prime Minister Johnn Smithh met on Sunday with Foreign Minister Janee Doee.').meetings.map((m) => m.isoDate), ['2022-05-08']);
  });
  it('"Mawlawi", "Mullah", "Maulana": styles before a name, not part of it', () => {
    assert.deepStrictEqual(analyze('Head of UNAMA Roza Otunbayevaa called on Foreign Minister Mawlawi Amirr Khan Muttaqii in Kabul.').persons.map((p) => p.name), ['Roza Otunbayevaa', 'Amirr Khan Muttaqii']);
    assert.deepStrictEqual(analyze('The envoy met Mullah Abdull Haq Wasiqq in Kabul.').persons.map((p) => p.name), ['Abdull Haq Wasiqq']);
  });
  it('release lines "Date: 2021-12-21T15:08:19+0000" and "13. 11. 2021." date the meeting told as "today" or by its weekday', () => {
    const date = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(date('Kurdish leader meets envoy\n\nDate: 2021-12-21T15:08:19+0000\n\nErbil - Masoudd Barzanii received today the Iranian ambassador Irajj Masjedii.'), ['2021-12-21']);
    assert.deepStrictEqual(date('Orban had talks with President of FIFA\n\n13. 11. 2021.\n\nPrime Minister Viktorr Orbann received on Saturday FIFA President Giannii Infantinoo.'), ['2021-11-13']);
  });
  it('"accompanied by his National Chairperson A, Secretary General B, ...": a party\'s secretary general escorting its leader is no UN official', () => {
    const t = 'LUSAKA - UPND leader Hakaindee Hichilemaa held a meeting with Canadian High Commissioner to Zambia Pamelaa Odonnelll on Friday. Mr Hichilemaa was accompanied by his National Chairperson Mutalee Nalumangoo, Secretary General Stephenn Katukaa and Chairperson for Elections Garyy Nkomboo.';
    assert.deepStrictEqual(analyze(t).persons.filter((p) => /Katukaa|Nkomboo/.test(p.name)).map((p) => `${p.name}: ${p.country}`), ['Stephenn Katukaa: Zambia', 'Garyy Nkomboo: Zambia']);
  });
  it('"X and his US counterpart, Y, discussed": two officials discussing together meet, the second set off by commas', () => {
    assert.deepStrictEqual(meetingsAt('Defence Minister Richardd Marless and his US counterpart, Lloydd Austinn, discussed the alliance in Canberra.'), ['talks [Marless+Austinn]']);
    assert.deepStrictEqual(meetingsAt('Richardd Marless, Defence Minister of Australia, discussed the alliance.'), []);
  });
  it('"India and Georgia held the fifth round of Foreign Office Consultations (FoC) via digital video-conference on December 8 ... The Indian side was led by A and the Georgian side by B": a video call of the sides\' leaders', () => {
    const t = 'India and Georgia held the fifth round of Foreign Office Consultations (FoC) via digital video-conference on December 8. The Indian side was led by Dammuu Ravii, Additional Secretary (Europe) and the Georgian side was led by Alexanderr Khvtisiashvilii, Deputy Minister of Foreign Affairs of Georgia.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} [${m.participants.map((p) => p.name.split(' ').pop()).join('+')}]`), ['video call [Ravii+Khvtisiashvilii]']);
  });
  it('parties and movements known by their initials give their officials a country: "UPND president X", "DAP secretary-general Y", "Taliban acting Deputy Prime Minister Z"', () => {
    const a = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`)[0];
    assert.strictEqual(a('UPND president Hakaindee Hichilemaa met the Canadian High Commissioner.'), 'Hakaindee Hichilemaa: Zambia');
    assert.strictEqual(a('DAP secretary-general Limm Guan Engg met US national security adviser Susann Ricee.'), 'Limm Guan Engg: Malaysia');
    assert.strictEqual(a('Otunbaeva held separate meetings with Taliban acting Deputy Prime Minister Abdull Salam Hanafii.'), 'Abdull Salam Hanafii: Afghanistan');
    assert.strictEqual(a('AKEL General Secretary Andross Kyprianouu met the UN envoy.'), 'Andross Kyprianouu: Cyprus');
  });
  it('no person is made of a programme, a title-case headline\'s verb, or a common noun after an office ("the Director of the Human Space Flight Programme", "Satterfield Travel to Ethiopia")', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('Secretary Sivann and the Director of the Human Space Flight Programme were present from the Indian side.'), ['Sivann']);
    assert.deepStrictEqual(names('He met the Assistant Minister for International Organisations and the envoy.'), []);
    assert.deepStrictEqual(names('Inzkoo met a delegation led by the EU Operation Commander, Operation Althea, Lieutenant General Olivierr Rittimannn.'), ['Olivierr Rittimannn']);
    assert.deepStrictEqual(names('Special Envoy Satterfieldd Travel to Ethiopia\n\nSpecial Envoy for the Horn of Africa Davidd Satterfieldd is in Ethiopia to meet officials.'), ['Davidd Satterfieldd']);
  });
  it('"UN Secretary General\'s Special Representative in Cyprus and head of UNFICYP Elizabeth X had a meeting with Y": a lower-case office "of" a body known by its short form, then its holder', () => {
    const t = 'UN Secretary General’s Special Representative in Cyprus and head of UNFICYP Elizabethh Speharr had a meeting on Wednesday with Foreign Minister Nikoss Christodouliddes.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.organization} (${p.country})`)[0], 'Elizabethh Speharr: UNFICYP (United Nations)');
    assert.deepStrictEqual(meetingsAt(t), ['talks [Speharr+Christodouliddes]']);
  });
  it('"His Excellency Counsellor X, Attorney General of the State of Kuwait": a judicial style before the name, the office in the apposition', () => {
    const a = analyze('His Excellency Counsellor Alii Al Balushii, Attorney General of the Emirate of Abu Dhabi, discussed with His Excellency Counsellor Saadd Al-Safrann, attorney general of the State of Kuwait, ways to enhance cooperation.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position} (${p.country})`).slice(0, 2), ['Alii Al Balushii: Attorney General (United Arab Emirates)', 'Saadd Al-Safrann: attorney general (Kuwait)']);
  });
  it('"Executive Director of the United Nations Environment Program (UNEP) Inger X": a body known as a programme, spelt the American way', () => {
    const a = analyze('Minister of Environment Yasminee Fouadd met Saturday with Executive Director of the United Nations Environment Program (UNEP) Ingerr Andersenn on the sidelines of the conference.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.organization} (${p.country})`)[1], 'Ingerr Andersenn: United Nations Environment Program (United Nations)');
  });
  it('"met with the UN special envoy for Afghanistan, Roza X,": a lower-case office after a body\'s short form and "the", its holder after the comma', () => {
    const t = 'KABUL (TOLOnews): The acting Minister of Interior, Sirajuddinn Haqqanii, met with the UN special envoy for Afghanistan, Rozaa Otunbayevaa.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Sirajuddinn Haqqanii: Afghanistan', 'Rozaa Otunbayevaa: United Nations']);
    assert.deepStrictEqual(meetingsAt(t), ['talks [Haqqanii+Otunbayevaa] Kabul']);
  });
  it('"Commander of EUFOR, Major General (MG) Dieter X, attended": a rank\'s initials in brackets before the holder\'s name', () => {
    const a = analyze('The newly appointed Commander of EUFOR, Major General (MG) Dieterr Heideckerr, attended his first official meeting with the Minister of Defence, Mr. Zekerijahh Osmicc.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.rank} / ${p.position} (${p.country})`)[0], 'Dieterr Heideckerr: Major General / Commander of EUFOR (European Union)');
  });
  it('staff of CERN and the European Space Agency serve the body ("Robert X, CERN Director-General", "ESA Director General Y")', () => {
    assert.deepStrictEqual(analyze('Ban Ki-moon was greeted by Robertt Aymarr, CERN Director-General, at Point 5.').persons.map((p) => `${p.name}: ${p.country}`).find((x) => x.startsWith('Robertt')), 'Robertt Aymarr: CERN');
    assert.deepStrictEqual(analyze('They were welcomed in Paris by ESA Director General Jeann Dordainn.').persons.map((p) => `${p.name}: ${p.country}`), ['Jeann Dordainn: European Space Agency']);
  });
  it('"the 17th meeting of the Intergovernmental Commission on Trade-economic, Scientific-technical and Cultural Cooperation was held in Ashgabat": commas inside the held meeting\'s name', () => {
    const t = 'Today, on March 6, 2023, the 17th meeting of the Intergovernmental Turkmen-Uzbek Commission on Trade-economic, Scientific-technical and Cultural Cooperation was held in Ashgabat. The Turkmen delegation was headed by the Deputy Chairman of the Cabinet of Ministers of Turkmenistan B. Atdaevv; the Uzbek delegation was headed by the Deputy Prime Minister of the Republic of Uzbekistan Zh. Khodzhaevv.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Atdaevv+Khodzhaevv] Ashgabat']);
  });
  it('staff of the UN system\'s technical bodies serve their body ("ICAO Council President X and Secretary General Y", "the IFRC", "the WCO")', () => {
    const c = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(c('International Civil Aviation Organization (ICAO) Council President Salvatoree Sciacchitanoo and Secretary General Juann Carloss Salazarr held discussions with the Minister of Transport.'),
      ['Salvatoree Sciacchitanoo: International Civil Aviation Organization', 'Juann Carloss Salazarr: International Civil Aviation Organization']);
    assert.deepStrictEqual(c('IFRC Secretary General Jaganm Chapagainn met the Minister of Health.'), ['Jaganm Chapagainn: International Federation of Red Cross and Red Crescent Societies']);
    assert.deepStrictEqual(c('WCO Secretary General Kunioo Mikuriyaa received the Commissioner of Customs.'), ['Kunioo Mikuriyaa: World Customs Organization']);
  });
  it('"the United Nations World Food Program (WFP) David X": a UN body\'s name after the UN\'s is one body, and no person', () => {
    const a = analyze('President Nicolass Maduroo met with the executive director of the United Nations World Food Program (WFP) Davidd Beasleyy in Caracas.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.organization} (${p.country})`), ['Nicolass Maduroo: null (Venezuela)', 'Davidd Beasleyy: United Nations World Food Program (United Nations)']);
  });
  it('a portfolio\'s adjectives and plurals end the office, not open a name ("Undersecretary for Trade and Foreign Agricultural Affairs X", "Minister for Civil Contingencies Y")', () => {
    const names = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`);
    assert.deepStrictEqual(names('Dar met with US Undersecretary of Agriculture for Trade and Foreign Agricultural Affairs Tedd McKinneyy in Manila.'), ['Tedd McKinneyy: Undersecretary of Agriculture for Trade and Foreign Agricultural Affairs']);
    assert.deepStrictEqual(names('They met the Minister of Ecology, Environmental Protection and Climate Change of Uzbekistan Azizz Abdulkhakimovv in Tehran.'), ['Azizz Abdulkhakimovv: Minister of Ecology, Environmental Protection and Climate Change']);
  });
  it('"MP Robert X, the UK Minister for Aviation,": the office in the apposition over a seat in parliament, but not a committee seat', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position} (${x.country})`);
    assert.deepStrictEqual(p('Zaidi met MP Robertt Courtss, the UK Minister for Aviation, Maritime and Security and Civil Contingencies in London.'), ['Robertt Courtss: Minister for Aviation, Maritime and Security and Civil Contingencies (United Kingdom)']);
    assert.deepStrictEqual(p('Zaidi met Senator Janee Doee, a member of the Foreign Relations Committee, in Washington.'), ['Janee Doee: Senator (United States)']);
  });
  it('"Foreign Minister Israel X", "the Minister of Agriculture, Jordan Y,": a country\'s name that is also a given name opens the holder\'s name after an office', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position}`);
    assert.deepStrictEqual(p('The envoy held talks with Foreign Minister Israel Katzz on trade.'), ['Israel Katzz: Foreign Minister']);
    assert.deepStrictEqual(p('The Ambassador held a working meeting with the Minister of Agriculture, Jordan Brucee, on trade.').slice(-1), ['Jordan Brucee: Minister of Agriculture']);
    assert.deepStrictEqual(p('He met the President of Israel Isaacc Herzogg.'), ['Isaacc Herzogg: President']);
  });
  it('"Canadian Ambassador here Troy X": a local wire\'s "here" between an office and its holder', () => {
    assert.deepStrictEqual(analyze('Civil Aviation Minister Sheriff Fathyy discussed with Canadian Ambassador here Troyy Lulashnykk the possibility of more flights.').persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[1], 'Troyy Lulashnykk: Ambassador (Canada)');
  });
  it('"thanked the Prime Minister for Canada\'s longstanding role": a country\'s possessive after "for" is no domain of the office', () => {
    const a = analyze('ICAO President Salvatoree Sciacchitanoo met the Prime Minister of Canada Justinn Trudeauu. He thanked the Prime Minister for Canada\'s longstanding role as a host state.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.position}`)[1], 'Justinn Trudeauu: Prime Minister');
  });
  it('"with the Prime Minister of Canada X, Minister of Foreign Affairs Y, and Minister of Transport Z": ministers rolled after a holder of a known country serve it, in a roll closed by "and" only', () => {
    const c = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country}`);
    assert.deepStrictEqual(c('ICAO Council President Salvatoree Sciacchitanoo held discussions with the Prime Minister of Canada Justinn Trudeauu, Minister of Foreign Affairs Mélaniee Jolyy, and Minister of Transport Pabloo Rodriguezz.').slice(1),
      ['Justinn Trudeauu: Canada', 'Mélaniee Jolyy: Canada', 'Pabloo Rodriguezz: Canada']);
    assert.notDeepStrictEqual(c('The Russian delegation has no contacts with U.S. Secretary of State Anthonyy Blinkenn, Deputy Foreign Minister Sergeii Ryabkovv told RIA Novosti.')[1], 'Sergeii Ryabkovv: United States');
  });
  it('portfolios of migration and labour open the office before its head ("Migration & Asylum Minister X", "Migrant Workers Minister Y", "Foreign and Diaspora Affairs Cabinet Secretary Z"), and a grade before them ("Alternate Foreign Affairs Minister")', () => {
    const pos = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position}`)[0];
    assert.strictEqual(pos('Migration & Asylum Minister Thanoss Plevriss met on Thursday with the German Ambassador.'), 'Thanoss Plevriss: Migration & Asylum Minister');
    assert.strictEqual(pos('Riyadh: the Philippine Migrant Workers Minister Susann Oplee met the minister.'), 'Susann Oplee: Migrant Workers Minister');
    assert.strictEqual(pos('NAIROBI, Kenya, Nov 4 – Foreign and Diaspora Affairs Cabinet Secretary Alfredd Mutuaa says no Kenyan will travel.'), 'Alfredd Mutuaa: Foreign and Diaspora Affairs Cabinet Secretary');
    assert.strictEqual(pos('ATHENS – Greek Alternate Foreign Affairs Minister Miltiadiss Varvitsiotiss met in Athens with the German envoy.'), 'Miltiadiss Varvitsiotiss: Alternate Foreign Affairs Minister');
  });
  it('"US Trade Representative X", "Labour Attaché Y", "Customs Commissioner Z": a portfolio opens a representative\'s, an attaché\'s or a commissioner\'s office too', () => {
    const pos = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0];
    assert.strictEqual(pos('Goyal met the White House Trade Chief and US Trade Representative, Katherinee Taii, in Delhi.'), 'Katherinee Taii: Trade Representative (United States)');
    assert.strictEqual(pos('Labour Attaché Dineshh Dhakall was also present.'), 'Dineshh Dhakall: Labour Attaché (null)');
    assert.strictEqual(pos('The envoy met Customs Commissioner Johnn Doee in Manila.'), 'Johnn Doee: Customs Commissioner (Philippines)');
  });
  it('"Speaking on Friday after virtually meeting Y, the minister X said": a gerund\'s object met the main clause\'s subject, past the object\'s apposition', () => {
    const t = 'Trade and Investment Cabinet Secretary Mosess Kuriaa spoke in Nairobi. Speaking on Friday after virtually meeting the White House Trade Chief and US Trade Representative, Katherinee Taii, Kuriaa said the meeting went well.';
    assert.deepStrictEqual(headlineRoles(t), 'video call [Kuriaa:participant+Taii:participant]');
    assert.deepStrictEqual(meetingsAt('After meeting US Trade Representative Katherinee Taii, Trade Minister Mosess Kuriaa said the meeting was good.'), ['talks [Kuriaa+Taii]']);
  });
  it('"Russian Security Council Secretary X", "Kuwait Fire Force Director Y": a body\'s director or secretary named by the body before, as written', () => {
    const pos = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`)[0];
    assert.strictEqual(pos('Russian Security Council Secretary Nikolaii Patrushevv held a meeting with the adviser.'), 'Nikolaii Patrushevv: Security Council Secretary (Russia)');
    assert.strictEqual(pos('Kuwait Fire Force Director Lt Gen Khaledd Al-Mikradd received the Ambassador.'), 'Khaledd Al-Mikradd: Fire Force Director (Kuwait)');
  });
  it('"NPS Director of Human Capital Development, Rosemary X,": a portfolio of capital is no name', () => {
    assert.deepStrictEqual(analyze('In attendance from the Kenyan side were NPS Director of Human Capital Development, Rosemaryy Kuraruu, and NPS Spokesperson, Resilaa Onyangoo.').persons.map((p) => `${p.name}: ${p.position}`),
      ['Rosemaryy Kuraruu: NPS Director of Human Capital Development', 'Resilaa Onyangoo: NPS Spokesperson']);
  });
  it('"Secretary-General of the Council of Arab Interior Ministers Dr X": a body named for its ministers, and its head serves it', () => {
    const a = analyze('The Minister of State for Interior Affairs met today with Secretary-General of the Council of Arab Interior Ministers Dr Mohammedd Alii Kumann, on the sidelines of the conference.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.organization} (${p.country})`), ['Mohammedd Alii Kumann: Council of Arab Interior Ministers (Council of Arab Interior Ministers)']);
  });
  it('"The High Commissioner X called upon Interior Minister Y": "called upon" is a courtesy call as "called on" is, and an appeal alike', () => {
    assert.strictEqual(headlineRoles('ISLAMABAD: The high commissioner of Great Britain, Philipp Bartonn called upon federal Interior Minister Chaudaryy Nisarr in Islamabad.'), 'reception [Bartonn:guest+Nisarr:host]');
    assert.deepStrictEqual(meetingsAt('Turkey called upon UN Secretary-General Antonioo Guterress to act on the crisis.'), []);
  });
  it('"X said on Tuesday. He said he voiced the proposal at his meeting with Y": the meeting a pronoun\'s owner held', () => {
    const t = 'Malaysia has called for more exchange of intelligence, Malaysian Police Inspector-General Noriann Maii said on Tuesday.\n\nHe said he voiced the proposal at his meeting with Indonesian National Police chief Gen. Daii Bachtiarr at the federal police headquarters here.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Maii+Bachtiarr]']);
  });
  it('"Chairman Sri Lanka Bureau of Foreign Employment Kamal X": a full name after a body\'s domain closes the body, but not bodies in the plural ("Association of National Olympic Committees")', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position}`);
    assert.deepStrictEqual(p('Chairman Sri Lanka Bureau of Foreign Employment Kamall Ratwattee and senior officials were also present.'), ['Kamall Ratwattee: Chairman Sri Lanka Bureau of Foreign Employment']);
    assert.deepStrictEqual(p('He met Sheikh Joaann bin Hamadd Al Thanii, Senior Vice President of the Association of National Olympic Committees.'), ['Joaann bin Hamadd Al Thanii: Senior Vice President of the Association of National Olympic Committees']);
    assert.deepStrictEqual(p('UAE Minister for Human Resource Dr Abdulrahamann Al Awarr held a meeting on Tuesday.'), ['Abdulrahamann Al Awarr: Minister for Human Resource']);
  });
  it('"Over the issue he expressed his optimism at a virtual meeting with Y": the meeting the pronoun\'s subject spoke at, with the domains of lower-case offices ("human resources minister", "trade and industry minister")', () => {
    const t = 'Malaysian human resources minister Datuk Seri M Saravanann hoped the recruitment would resume.\n\nOver the issue he expressed his optimism at a virtual meeting with Bangladeshi expatriates welfare and overseas employment minister Imrann Ahmedd on Thursday, a press release said.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`), ['M Saravanann: human resources minister (Malaysia)', 'Imrann Ahmedd: expatriates welfare and overseas employment minister (Bangladesh)']);
    assert.deepStrictEqual(meetingsAt(t), ['video call [Saravanann+Ahmedd]']);
    assert.deepStrictEqual(meetingsAt('He spoke on Thursday during a working visit to Jigawa State where he met the Governor, Umarr Namadii.').length, 1);
  });
  it('"met former Presidents A and B, and the Leader of Wadajir Party C": former heads of state across from a body\'s envoy serve the country the text names, and a party\'s Leader is an office', () => {
    const t = 'AU Special Representative assures of security\n\n2021-03-22\n\nAMISOM PR/07/2021\n\nMogadishu:-The Special Representative of the Chairperson of the African Union Commission (SRCC) for Somalia, Ambassador Franciscoo Madeiraa, met, today, with the former Presidents Shariff Sheikh Ahmedd and Hassann Sheikh Mohamudd, former Prime Minister Hassann Alii Khairee, and the Leader of Wadajir Party Abdirahmann Abdishakurr Warsamee. He discussed the security of the meeting of Somali leaders in Mogadishu.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position} (${p.country})`).slice(1),
      ['Shariff Sheikh Ahmedd: former President (Somalia)', 'Hassann Sheikh Mohamudd: former President (Somalia)', 'Hassann Alii Khairee: former Prime Minister (Somalia)', 'Abdirahmann Abdishakurr Warsamee: Leader of Wadajir Party (Somalia)']);
    assert.strictEqual(analyze(t).meetings[0].place, 'Mogadishu');
  });
  it('"Updating on the Doha meeting, Ms X commented": a meeting named by its place and spoken of is no meeting of the speaker; "in the Tbilisi meeting" is the one told', () => {
    assert.deepStrictEqual(meetingsAt('Updating on the Doha meeting, UN envoy Janee Doee commented that it went well.'), []);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Iliaa Darchiashvilii on Monday discussed cooperation with Amirr Ohanaa, the visiting Speaker of the Israeli Parliament, in the Tbilisi meeting.'), ['talks [Darchiashvilii+Ohanaa] Tbilisi']);
  });
  it('"president of the Iraqi National Olympic Committee on Sunday": a day after "on" is no committee\'s brief', () => {
    assert.deepStrictEqual(analyze('He met Aqeell Muftinn, president of the Iraqi National Olympic Committee on Sunday, in Baghdad.').persons.map((p) => `${p.name}: ${p.position}`), ['Aqeell Muftinn: president of the Iraqi National Olympic Committee']);
  });
  it('no person is made of the plural nouns that follow an office ("Head Quarters", "Commissioner for Special Duties", "Director General of Regional Agencies")', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('The delegation was received at the Army Head Quarters by the chief.'), []);
    assert.deepStrictEqual(names('Also present was the Commissioner for Special Duties, Mr Johnn Adewalee.'), ['Johnn Adewalee']);
  });
  it('"The consultative meeting between Pakistan and the US started in Islamabad on Sunday. The US delegation is being led by X while Y is heading the Pakistani side": the lead\'s meeting, its parties the sides\' heads', () => {
    const t = 'Pakistan, US discuss bilateral ties\n\n2019-06-02\n\nISLAMABAD: The two-way delegation level consultative meeting between Pakistan and the US started at Foreign Office in Islamabad on Sunday.\n\nThe US delegation is being led by Ambassador Zalmayy Khalilzadd while Additional Secretary Ministry of Foreign Affairs Aftabb Khokharr is heading the Pakistani side.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Khalilzadd+Khokharr] Islamabad']);
    const u = 'Oman and Portugal hold political consultations\n\n2023-07-26\n\nMuscat – The first political consultations session between the Sultanate of Oman and the Republic of Portugal was held at the Foreign Ministry in Muscat on Tuesday.\n\nDuring the session, the Omani side was chaired by Munthirr al Manthrii, head of the Europe Department, while the Portuguese side was chaired by Ruyy Fenhass, Director General of Foreign Policy.';
    assert.deepStrictEqual(meetingsAt(u), ['talks [Manthrii+Fenhass] Muscat']);
  });
  it('"X together with his counterpart Y today led the Ministerial Session of the Joint Commission": the two who led a joint body\'s session held talks', () => {
    assert.deepStrictEqual(meetingsAt('Foreign Minister Musaliaa Mudavadii together with his counterpart Ahmedd Moalimm Fiqii, Minister of Foreign Affairs of Somalia, today led the Ministerial Session of the 3rd Kenya – Somalia Joint Commission for Cooperation (JCC) in Nairobi.'), ['talks [Mudavadii+Fiqii] Nairobi']);
    assert.deepStrictEqual(meetingsAt('Foreign Minister Johnn Doee and Foreign Minister Jackk Smithh co-led the fifth round of the strategic dialogue in Canberra.'), ['talks [Doee+Smithh] Canberra']);
  });
  it('"NNA – Army Commander X received ...": a news agency\'s name opening the lead is no dateline place', () => {
    const a = analyze('Army chief meets British Ambassador\n\nNNA – Army Commander, General Josephh Aounn, on Tuesday received at his office British Ambassador to Lebanon, Hamishh Cowelll.');
    assert.strictEqual(a.meetings[0].place, 'Lebanon');
  });
  it('"discusses with the Ambassador prospects for elections on December 24th": the day of another event is not the meeting\'s', () => {
    const t = 'Tripoli, 10 June, 2021 (Lana) - Chairman of the Elections Commission Imadd Al-Sayehh discussed with the Ambassador of Austria, Christophh Mayenburgg, preparations for the elections on December 24th.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.isoDate} ${m.participants.map((p) => p.name.split(' ').pop()).sort().join('+')}`), ['2021-06-10 Al-Sayehh+Mayenburgg']);
  });
  it('"In the meeting with Lim X, a Bruneian official, Kang said": the one who speaks after a meeting named with its party held it; not "During the meeting with his French counterpart, A and B exchanged views"', () => {
    assert.deepStrictEqual(meetingsAt('Foreign Minister Kangg Kyung-whaa spoke in Busan. In the meeting with ASEAN Secretary-General Limm Jockk Hoii, a Bruneian official, Kangg Kyung-whaa said ties would grow.'), ['talks [Hoii+Kyung-whaa]']);
    assert.deepStrictEqual(meetingsAt('Defense Minister Hulusii Akarr was in Brussels. During the meeting with his French counterpart, Akarr and Sebastienn Lecornuu exchanged views.').map((m) => m.split(' ')[1]).pop(), '[Akarr+Lecornuu]');
  });
  it('"EU Coordinator X", "Iran\'s Chief Nuclear Negotiator, Y": a coordinator is an office, and a negotiator\'s office opens with its grade and domain', () => {
    const p = (t: string) => analyze(t).persons.map((x) => `${x.name}: ${x.position}`);
    assert.deepStrictEqual(p('The EU Coordinator Enriquee Moraa held talks in Tehran.'), ['Enriquee Moraa: Coordinator']);
    assert.deepStrictEqual(p('Iran’s Chief Nuclear Negotiator, Alii Bagherii Kanii, held talks in Tehran.'), ['Alii Bagherii Kanii: Chief Nuclear Negotiator']);
  });
  it('"X assured Minister Y of more jobs. The two ministers discussed ...": the pair named before held talks; after a welcome, it stays one', () => {
    assert.deepStrictEqual(meetingsAt('Korean Labour Minister Johnn Leee praised Minister Jackk Silvaa in Colombo. The two ministers discussed amending the system.').map((m) => m.split(' ').slice(0, 2).join(' ')), ['talks [Leee+Silvaa]']);
    assert.deepStrictEqual(headlineRoles('LONDON, Feb 5 – Vice Chief of the Defence Staff Timm Fraserr greeted General Johnn Hytenn, the Vice Chairman of the US Joint Chiefs of Staff, in London. The two leaders discussed upcoming operational activity.'), 'reception [Fraserr:host+Hytenn:guest]');
  });
  it('a caption above the dateline telling the lead\'s meeting again leaves the lead\'s as the headline; "Indonesian national police chief General X" is Indonesian', () => {
    const t = "China's police chief meets Australian police commissioner\n\nChinese Minister of Public Security Wangg Xiaohongg meets with Reecee Kershaww, Commissioner of the Australian Federal Police, in Beijing, capital of China, March 19, 2024. [Photo by Pangg Xingleii/Xinhua]\n\nBEIJING, March 19 (Xinhua) -- Chinese Minister of Public Security Wangg Xiaohongg met with Reecee Kershaww, Commissioner of the Australian Federal Police, in Beijing on Tuesday.";
    assert.deepStrictEqual(analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.isoDate} ${m.place}`), ['2024-03-19 Beijing']);
    assert.deepStrictEqual(analyze('Source:Xinhua\n\nIndonesian national police chief General Sutarmann said here on Thursday.').persons.map((p) => `${p.name}: ${p.country}`), ['Sutarmann: Indonesia']);
  });
  it('"After talks with Turkey\'s Trade Minister Y, X said": the one who speaks after talks named with their party held them', () => {
    assert.deepStrictEqual(meetingsAt('Hungary wants trade.\n\nAfter talks with Turkey’s Trade Minister Ruhsarr Pekcann, Foreign Minister Péterr Szijjártóo said on Facebook that he had thanked the government.'), ['talks [Pekcann+Szijjártóo]']);
  });
  it('"During the third round of ‘bilateral political consultations’ between Pakistan and Portugal held in Lisbon": a meeting word closed by a quote, then the sides\' heads', () => {
    const t = 'Pakistan, Portugal to expand ties\n\nDuring the third round of ‘bilateral political consultations’ between Pakistan and Portugal held in Lisbon, the two sides reaffirmed their commitment.\n\nThe Pakistan delegation was headed by Additional Foreign Secretary (Europe), Ambassador Muhammadd Saleemm while Director General for Foreign Policy, Ministry of Foreign Affairs Ruii Vinhass led the Portuguese side.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Saleemm+Vinhass] Lisbon']);
  });
  it('"X warmly welcomed the new Consul General Y during a meeting at CM House. ... The discussion also covered ...": the welcome is a reception, the meeting its occasion and the discussion the same one told again', () => {
    const t = 'KARACHI, August 28, 2025 — Sindh Chief Minister Syedd Muradd Ali Shahh warmly welcomed the newly appointed US Consul General in Karachi, Charless Goodmann, during a meeting at CM House on Thursday.\n\nThe discussion also covered recent heavy rains in Karachi.';
    assert.strictEqual(headlineRoles(t), 'reception [Shahh:host+Goodmann:guest]');
    assert.strictEqual(headlineRoles('Italy’s Prime Minister Giorgiaa Melonii welcomes European Parliament President Robertaa Metsolaa for a meeting at Chigi Palace in Rome.'), 'reception [Melonii:host+Metsolaa:guest]');
  });
  it('"Foreign Minister Dr Bimala Rai Poudyall ... Minister Paudyall said": a surname spelt with "au" for "ou" is the same person', () => {
    const a = analyze('Ambassador of Saudi Arabia to Nepal, Saadd Abu Haimedd, called on Foreign Minister Dr Bimalaa Rai Poudyall.\n\nMinister Paudyall said ties were strong.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Saadd Abu Haimedd', 'Bimalaa Rai Poudyall']);
  });
  it('"holding a meeting with Donald X\'s former chief diplomat": the principal whose diplomat was met is no party', () => {
    assert.deepStrictEqual(meetingsAt('Britain’s Foreign Secretary Jamess Cleverlyy has raised eyebrows by holding a meeting with Donaldd Trumpp’s former chief diplomat.'), ['talks [Cleverlyy]']);
  });
  it('"received the Special Envoy of Crown Prince X": the ruler who sends the envoy is no guest; "the Special Envoy of the Secretary-General for Syria, Geir Y" is', () => {
    const t = 'PM Abiyy Receives Special Envoy of Crown Prince of Saudi Arabia\n\nPrime Minister Abiyy Ahmedd received the Special Envoy of Crown Prince Mohammadd bin Salmann of Saudi Arabia today. PM Abiyy and the Special Envoy Ahmedd Kattann held discussion about issues of mutual concern.';
    assert.strictEqual(headlineRoles(t), 'reception [Ahmedd:host+Kattann:guest]');
    assert.deepStrictEqual(meetingsAt('Foreign Minister Faisall Mekdadd received the UN Special Envoy of the Secretary-General for Syria, Geirr Pedersenn, in Damascus.'), ['reception [Mekdadd+Pedersenn] Damascus']);
  });
  it('"the Pro-Vice Chancellor Academic Affairs, Prof X", "NDU President, LtGen Y", and a title with its verb above the date ("ANEPE Visits NDU") is no place', () => {
    assert.deepStrictEqual(analyze('The delegation led by the Pro-Vice Chancellor Academic Affairs, Prof Gedionn Ferdnardd was in the country.').persons.map((p) => `${p.name}: ${p.position}`), ['Gedionn Ferdnardd: Pro-Vice Chancellor Academic Affairs']);
    const t = 'ANEPE Visits NDU\n\nNovember 20, 2008\n\nOn November 19th a delegation of the Chilean academy visited the National Defense University, where its Director, General Carloss Stuardoo, was received by NDU President, LtGen Francess Wilsonn.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}: ${p.rank}`), ['Carloss Stuardoo: General', 'Francess Wilsonn: LtGen']);
    assert.notStrictEqual(a.meetings[0].place, 'ANEPE Visits NDU');
  });
  it('release lines "Published on: 2019.04.03" and "Monday 18, February 2019 in 4:58 PM" date the weekdays and "today" of the text', () => {
    const d = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
    assert.deepStrictEqual(d('China top diplomat meets Mongolia FM\n\nPublished on: 2019.04.03\n\nChinese Foreign Minister Wangg Yii met Mongolian Foreign Minister Damdinn Tsogtbaatarr on Tuesday in Beijing.'), ['2019-04-02']);
    assert.deepStrictEqual(d('MBZ meets ministers\n\nMonday 18, February 2019 in 4:58 PM\n\nCrown Prince of Abu Dhabi Sheikh Mohamedd bin Zayedd met today with Minister of Defence Johnn Doee of Egypt.'), ['2019-02-18']);
  });
  it('"met with Prime Minister X at No 10": the British prime minister\'s seat is in London', () => {
    assert.deepStrictEqual(meetingsAt('NATO Secretary General Jenss Stoltenbergg met with Prime Minister Davidd Camerann at No 10 on Thursday (14 April 2016) for talks.'), ['talks [Stoltenbergg+Camerann] London']);
  });
});

describe('Genre coverage: disaster relief, city diplomacy, and the new wave (round from 0b89c90)', () => {
  it('"United Nations High Commissioner for Refugees, Filippo X Monday called on": a weekday straight after the name closes it', () => {
    const t = 'ISLAMABAD, (UrduPoint - 8th Jul, 2024) United Nations High Commissioner for Refugees, Filippoo Grandii Monday called on Deputy Prime Minister and Foreign Minister Mohammadd Ishaqq Darr.';
    assert.deepStrictEqual(who(t)[0], 'Filippoo Grandii: High Commissioner for Refugees (United Nations)');
    assert.deepStrictEqual(meetingsAt('LAHORE: Filippoo Grandii Monday called on Chief Minister Maryamm Nawazz.'), ['reception [Grandii+Nawazz] Lahore']);
  });
  it('"The Under-Secretary-General for Humanitarian Affairs X", "the Emergency Relief Coordinator Y": offices only the UN has serve it, in any host country', () => {
    assert.deepStrictEqual(who('MOGADISHU, Sept 2 - The Under-Secretary-General for Humanitarian Affairs Martinn Griffithss met Somali President Hassann Sheikhh.')[0], 'Martinn Griffithss: Under-Secretary-General for Humanitarian Affairs (United Nations)');
    assert.deepStrictEqual(who('MOGADISHU, Sept 2 - The Emergency Relief Coordinator Martinn Griffithss met Somali President Hassann Sheikhh.')[0], 'Martinn Griffithss: Emergency Relief Coordinator (United Nations)');
  });
  it('"Chief Minister Punjab Mohsin X", "Governor Kano State Y": the province between a local office and its holder is part of the office, no part of the name', () => {
    assert.deepStrictEqual(who('US Consul General Ms. Kristinn Hawkinss called on Chief Minister Punjab Mohsinn Naqvii at his office.')[1], 'Mohsinn Naqvii: Chief Minister Punjab (-)');
    assert.deepStrictEqual(who('LAGOS - Governor Kano State Abbaa Kabirr Yusuff received the British High Commissioner Richardd Montgomeryy.')[0], 'Abbaa Kabirr Yusuff: Governor Kano State (Nigeria)');
  });
  it('"January 31, 2023 10:13 pm | Updated 10:13 pm IST - HYDERABAD": the city after a page\'s time stamps is where it was filed, so its mayor is no mayor of the state a sister city lies in', () => {
    const t = 'Mayor meets her counterpart in New York City\n\nJanuary 31, 2023 10:13 pm | Updated 10:13 pm IST - HYDERABAD\n\nMayor Gadwall Vijayalakshmii on Tuesday met New York City Mayor Ericc Adamss.\n\nShe mentioned the MOU made earlier with Riverside, California.';
    assert.deepStrictEqual(who(t), ['Gadwall Vijayalakshmii: Mayor (India)', 'Ericc Adamss: Mayor (United States)']);
  });
  it('"... had a virtual meeting Monday. The meeting between Minister A and his British counterpart, B, ...": the meeting named again is the video call; "held on a virtual platform" is one too', () => {
    const t = 'Science ministers discuss cooperation\n\nPublished : March 11, 2024 - 20:51\n\nThe science ministers of South Korea and Britain had a virtual meeting Monday to discuss cooperation, Seoul\'s science ministry said.\n\nThe meeting between South Korean Science Minister Leee Jong-hoo and his British counterpart, Michellee Donelann, is a follow-up to the accord.';
    assert.deepStrictEqual(analyze(t).meetings.filter((m) => m.headline).map((m) => `${m.kind} ${m.isoDate} ${m.place}`), ['video call 2024-03-11 null']);
    const u = 'Digital work plan approved\n\nThe 2nd ASEAN Digital Ministers meeting with India was held on a virtual platform on January 28, 2022, the Ministry of Communications informed on Saturday.\n\nDevusinhh Chauhann, Minister of State for Communications and Admiral Tinn Aungg Sann, Ministry of Transport and Communications, Myanmar co-chaired the meeting.';
    assert.deepStrictEqual(analyze(u).meetings.filter((m) => m.headline).map((m) => `${m.kind} ${m.isoDate}`), ['video call 2022-01-28']);
  });
  it('portfolios of the digital and ICT genre introduce their holders whole: "State Minister for ICT", "Deputy Minister of Telecom and Mass Communications", "Coordinator for Cyber Issues", "Minister of Foreign Affairs and Religion"', () => {
    assert.deepStrictEqual(who('DHAKA, April 2, 2019 (BSS) – Netherlands Ambassador Harryy Verwejjj made a courtesy call on State Minister for ICT Zunaidd Ahmedd Palakk at his office.')[1], 'Zunaidd Ahmedd Palakk: State Minister for ICT (Bangladesh)');
    assert.deepStrictEqual(who('Iranian Ambassador to Moscow Mehdii Sanaeii and Russia’s Deputy Minister of Telecom and Mass Communications Alexeyy Volinn met.')[1], 'Alexeyy Volinn: Deputy Minister of Telecom and Mass Communications (Russia)');
    assert.deepStrictEqual(who('U.S. Department of State Coordinator for Cyber Issues Christopherr Painterr led the delegation.')[0], 'Christopherr Painterr: State Coordinator for Cyber Issues (United States)');
    assert.deepStrictEqual(meetingsAt('Baku, October 21, AZERTAC Azerbaijani Minister Alii Abbasovv has met the Minister of Foreign Affairs and Religion of the Republic of Costa Rica Manuell Gonzalezz Sanzz.'), ['talks [Abbasovv+Sanzz] Baku']);
  });
  it('defence-industry offices: "minister of defense industry X", "Minister of Industry and Advanced Technology Dr. Y", "the Defense Acquisition Program Administration (DAPA) chief, Z,"', () => {
    assert.deepStrictEqual(who('BAKU - Azerbaijani minister of defense industry Yaverr Jamalovv has met Turkish General Tayfurr Erbilginn.')[0], 'Yaverr Jamalovv: minister of defense industry (Azerbaijan)');
    assert.deepStrictEqual(who('ATHENS - Defence Minister Nikoss Dendiass received UAE Minister of Industry and Advanced Technology Dr. Sultann Bin Ahmedd Al Jaberr.')[1], 'Sultann Bin Ahmedd Al Jaberr: Minister of Industry and Advanced Technology (United Arab Emirates)');
    assert.deepStrictEqual(meetingsAt('SEOUL, Nov. 14 (Yonhap) - The meeting took place on Wednesday in Warsaw between South Korea\'s Defense Acquisition Program Administration (DAPA) chief, Wangg Jung-hongg, and the Polish deputy defense minister, Marekk Lapinskii.'), ['talks [Jung-hongg+Lapinskii] Warsaw']);
  });
  it('"X discussed defense cooperation in Moscow with Director Y": a topic, where they met, then the one met', () => {
    assert.deepStrictEqual(meetingsAt('YEREVAN (Sputnik) Armenian Industry Minister Hakobb Arshakyann discussed defense cooperation in Moscow with Director of Russia\'s Federal Service Dmitryy Shugayevv, the ministry said.'), ['talks [Arshakyann+Shugayevv] Moscow']);
  });
  it('"Fernando Azevedo e Silva", Portuguese family names joined by "e", are one name; "had an interaction with" is talks', () => {
    assert.deepStrictEqual(who('BRASILIA - Minister of Defense Fernandoo Azevedoo e Silvaa praised relations.')[0], 'Fernandoo Azevedoo e Silvaa: Minister of Defense (Brazil)');
    assert.deepStrictEqual(meetingsAt('ISLAMABAD - Federal Minister for Defence Production Ranaa Tanveerr Hussainn had an interaction with Defence Minister of Belarus Lieutenant-General Andreii Alekseyevichh in Minsk.'), ['talks [Hussainn+Alekseyevichh] Minsk']);
  });
  it('an aggregator\'s title filed under a country ("Egypt: Military Production Minister Confers ...") and a wire\'s note "on behalf of Embassy of the People\'s Republic of China in the Republic of Kenya" say whose release it is', () => {
    const t = 'Egypt: Military Production Minister Confers With Pakistani Military Official\n\n23 March 2021\nEgypt State Information Service (Cairo)\n\nMinister of Military Production Minister Mohammedd Ahmedd Morsii praised historic relations binding Egypt and Pakistan.\n\nThe minister\'s remarks were made during his meeting with a Pakistani high-level delegation led by Chairman of Pakistan Ordnance Factories (POF) Lt. General Alii Amirr Awann.';
    assert.deepStrictEqual(who(t).map((x) => x.split(' (')[1]), ['Egypt)', 'Pakistan)']);
    const u = 'Kenya: Ambassador Guoo Haiyann Meets With Governor\n\n2025-04-05\n\nOn April 4, H.E. Amb. Guoo Haiyann met with H.E. Dr. Franciss Kangataa, Governor of Murang\'a County. Minister Counselor Zhangg Zhizhongg was present at the meeting.\n\nDistributed by APO Group on behalf of Embassy of the People\'s Republic of China in the Republic of Kenya.';
    assert.deepStrictEqual(who(u).map((x) => x.split(' (')[1]), ['China)', 'Kenya)', 'China)']);
  });
  it('"City Manager Pamela X", "Chief Officer Y", "Hajiya Z": local offices and a Hausa style before their holders', () => {
    assert.deepStrictEqual(who('The team was led by Mayor Sheilaa Mohann, City Manager Pamelaa Wuu and others.').map((x) => x.split(' (')[0]), ['Sheilaa Mohann: Mayor', 'Pamelaa Wuu: City Manager']);
    assert.deepStrictEqual(who('Director Planning Research and Forecasting Hajiya Fatimaa S. Kasimm attended.').map((x) => x.split(':')[0]), ['Fatimaa S. Kasimm']);
  });
  it('cities of provinces and renamed capitals date and place a release: "NUR-SULTAN. KAZINFORM", "Bhubaneswar:", "ASTRAKHAN"', () => {
    const t = 'President receives governor\n\n2021-07-26\n\nNUR-SULTAN. KAZINFORM – Head of State Kassymm-Jomartt Tokayevv received governor of the Astrakhan Region Igorr Babushkinn.\n\nDuring the meeting, President Tokayevv noted relations between Kazakhstan and the Russian Federation.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.place} ${m.participants.map((p) => p.side).join('+')}`), ['reception Nur-Sultan Kazakhstan+Russia']);
    assert.deepStrictEqual(analyze('Bhubaneswar: Mayor Sulochanaa Dass received the US Consul General Melindaa Pavekk on Monday.').meetings.map((m) => m.place), ['Bhubaneswar']);
  });
  it('"Mr. A, Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of Japan (MOFA), and Dr. B, ...": the body closing the apposition, past its short form, gives the office its country', () => {
    const t = 'The meeting was co-chaired by Mr. Masatoo Otakaa, Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of Japan (MOFA), and Dr. Tobiass Feakinn, Ambassador for Cyber Affairs, Australian Department of Foreign Affairs and Trade (DFAT).';
    assert.deepStrictEqual(who(t).map((x) => x.split(' (').pop()), ['Japan)', 'Australia)']);
  });
  it('"cooperation between Azerbaijan and the International Telecommunication Union": a country paired with a body gives the body\'s counterpart his country', () => {
    const t = 'Minister met ITU Secretary General\n\n22.10.2021\n\nA bilateral meeting was held between Minister of Digital Development and Transport Rashadd Nabiyevv and Secretary General of International Telecommunication Union (ITU) Houlinn Zhaoo in the format of a videoconference.\n\nThe meeting discussed current and future cooperation between Azerbaijan and the International Telecommunication Union.';
    assert.deepStrictEqual(who(t).map((x) => x.split(' (').pop()), ['Azerbaijan)', 'International Telecommunication Union)']);
  });
  it('"...; Ambassador Michael X, General Director ...; Pantelis Y, CEO of the Hellenic Centre; and senior officers, attended the meeting.": those listed attend the meeting told before', () => {
    const t = 'Defence Minister Nikoss Dendiass, accompanied by Deputy Minister Thanassiss Davakiss, received on Friday UAE Minister of Industry Dr. Sultann Al Jaberr.\n\nThe Chief of the Hellenic National Defence General Staff General Dimitrioss Houpiss; Ambassador Michaell Spinelliss, General Director of the General Directorate of National Defence Policy of the Ministry of National Defence; Panteliss Tzortzakiss, CEO of the Hellenic Centre for Defence Innovation (ELKAK); and senior officers of the Armed Forces, attended the meeting.';
    const m = analyze(t).meetings[0];
    assert.ok(['Spinelliss', 'Tzortzakiss'].every((n) => m.participants.some((p) => p.name.endsWith(n) && p.role === 'host')), JSON.stringify(m.participants.map((p) => `${p.name}:${p.role}`)));
  });
  it('"The MOU was signed by David X, chief executive of the Cyber Security Agency of Singapore, and Kim Y, president of the Korea Internet & Security Agency": two of different countries signing together met', () => {
    const t = 'Singapore signs MOU with South Korea\n\nNovember 23, 2019\n\nSingapore has signed a memorandum of understanding with South Korea on cybersecurity. The MOU was signed by Davidd Kohh, chief executive of the Cyber Security Agency of Singapore, and Kimm Seok-hwann, president of the Korea Internet & Security Agency.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Kohh+Seok-hwann]']);
  });
  it('"Chief Whip of Government of West Bengal", "Chief Whip in the National Assembly, Ben X,", "Deputy Consul-General of the Chinese Consulate-General Ms Y": offices of legislatures and consulates introduce their holders', () => {
    assert.deepStrictEqual(who('Mr Nirmall Ghoshh, Chief Whip of Government of West Bengal, and Consul Xiee Chaoo were present.').map((x) => x.split(' (')[0]), ['Nirmall Ghoshh: Chief Whip of Government of West Bengal', 'Xiee Chaoo: Consul']);
    assert.deepStrictEqual(who('Mr McKinnonn also met the SWAPO Chief Whip in the National Assembly, Benn Amadhilaa, in Windhoek.').map((x) => x.split(' (')[0]), ['Benn Amadhilaa: Chief Whip in the National Assembly', 'McKinnonn: -']);
    assert.deepStrictEqual(who('Deputy Consul-General of the Chinese Consulate-General Ms Lii Suyunn and colleague were present.'), ['Lii Suyunn: Deputy Consul-General of the Chinese Consulate-General (China)']);
  });
  it('"The Head of UNOCHA office in Nigeria Mr Trond X", "the Director General NEMA Mustapha Y", "Alh Alhassan Z" (a style): a UN office in a country and a national agency by its short form, between the office and its holder', () => {
    const t = 'UNOCHA Head Visits NEMA\n\nThe Head of UNOCHA office in Nigeria Mr Trondd Jensenn was at NEMA Headquarters today on a working visit.\n\nHe was received by the Director General NEMA Mustaphaa Habibb Ahmedd. Present with the DG was the Director Relief and Rehabilitation Alh Alhassann Nuhuu.';
    assert.deepStrictEqual(who(t).slice(0, 2).map((x) => x.split(' (')[0]), ['Trondd Jensenn: Head of UNOCHA office in Nigeria', 'Mustaphaa Habibb Ahmedd: Director General NEMA']);
    assert.deepStrictEqual(who(t)[0], 'Trondd Jensenn: Head of UNOCHA office in Nigeria (United Nations)');
    assert.ok(who(t).some((x) => x.startsWith('Alhassann Nuhuu:')));
  });
  it('oceans, fisheries and election-observation offices introduce their holders: "Minister of Fisheries and Seafood", "Senior Arctic Official of Iceland", "Cabinet Secretary for Mining, Blue Economy and Maritime Affairs", "Chief Observer of the Commonwealth Observer Group"', () => {
    assert.deepStrictEqual(who('REYKJAVIK - Iceland\'s Minister for Foreign Affairs Gudlaugurr Thordarsonn met with Norway\'s Minister of Fisheries and Seafood Oddd Emill Ingebrigtsenn in Tromso on Monday.')[1], 'Oddd Emill Ingebrigtsenn: Minister of Fisheries and Seafood (Norway)');
    assert.deepStrictEqual(who('MOSCOW - Russian Ambassador-at-Large for Arctic Cooperation Nikolaii Korchunovv held consultations with the Senior Arctic Official of Iceland, Peturr Asgeirssonn.')[1], 'Peturr Asgeirssonn: Senior Arctic Official (Iceland)');
    assert.deepStrictEqual(who('NAIROBI - Kenya\'s Cabinet Secretary for Mining, Blue Economy and Maritime Affairs Salimm Mvuryaa received the Chinese Ambassador Zhouu Pingjiann.')[0], 'Salimm Mvuryaa: Cabinet Secretary for Mining, Blue Economy and Maritime Affairs (Kenya)');
    assert.deepStrictEqual(meetingsAt('FREETOWN - The Chief Observer of the Commonwealth Observer Group, former Ghanaian President Johnn Mahamaa, paid a courtesy call on President Juliuss Maadaa Bioo at State House on Tuesday.'), ['reception [Mahamaa+Bioo] Freetown']);
  });
  it('"The Head of the European Union Election Observation Mission (EU EOM), Mr Barry X,", "a delegation of the US-based International Republican Institute (IRI) led by its President Y": observers and think tanks serve their body', () => {
    assert.deepStrictEqual(who('ABUJA, Feb 20 (NAN) - The Head of the European Union Election Observation Mission (EU EOM), Mr Barryy Andrewss, on Monday met with the Chairman of the Independent National Electoral Commission (INEC), Prof. Mahmoodd Yakubuu, in Abuja.')[0], 'Barryy Andrewss: Head of the European Union Election Observation Mission (European Union)');
    assert.deepStrictEqual(who('DHAKA, Jan 5 - A delegation of the US-based International Republican Institute (IRI) led by its President Daniell Twiningg met Chief Election Commissioner Kazii Habibull Awall at the Election Commission Secretariat.')[0], 'Daniell Twiningg: President (United States)');
  });
  it('"The Carter Center delegation, co-led by former Liberian President A and former US Ambassador B, met with Prime Minister Y": the delegation\'s leaders met him; he is of neither leader\'s country', () => {
    const a = analyze('The Carter Center delegation, co-led by former Liberian President Ellenn Johnsonn Sirleaff and former US Ambassador Johnniee Carsonn, met with Prime Minister Abiyy Ahmedd.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} "${m.wording}" ${m.participants.map((p) => `${p.name.split(' ').pop()}:${p.side ?? '-'}`).join('+')}`), ['talks "met" Sirleaff:Liberia+Carsonn:United States+Ahmedd:-']);
  });
  it('"Canada\'s Minister of Fisheries, Oceans and the Canadian Coast Guard, Joyce X, met": a list of domains closed by a body with its article', () => {
    assert.deepStrictEqual(who('OTTAWA - Canada\'s Minister of Fisheries, Oceans and the Canadian Coast Guard, Joycee Murrayy, met with Japan\'s Minister of Agriculture, Forestry and Fisheries, Tetsuroo Nomuraa, in Panama.'), ['Joycee Murrayy: Minister of Fisheries, Oceans and the Canadian Coast Guard (Canada)', 'Tetsuroo Nomuraa: Minister of Agriculture, Forestry and Fisheries (Japan)']);
  });
  it('think tanks and observer missions: "a delegation of the Atlantic Council led by its Chairman X" is of no country the text gives, "the delegation of the OSCE/ODIHR Election Observation Mission headed by Ambassador Y" serves the OSCE', () => {
    assert.deepStrictEqual(who('BEIJING, Oct 12 (Xinhua) - Chinese Foreign Minister Wangg Yii on Thursday met with a delegation of the Atlantic Council led by its Chairman Johnn Rogerss.')[1], 'Johnn Rogerss: Chairman (-)');
    assert.deepStrictEqual(who('TBILISI - The Speaker of Parliament Shalvaa Papuashvilii received the delegation of the OSCE/ODIHR Election Observation Mission headed by Ambassador Eoinn O\'Learyy.')[1], 'Eoinn O\'Learyy: Ambassador (OSCE)');
  });
  it('"INS Sumitra called at Port Louis, where its Commanding Officer Captain X called on Police Commissioner Y": a ship\'s port call is no phone call', () => {
    assert.deepStrictEqual(meetingsAt('The visiting Indian naval ship INS Sumitra called at Port Louis, where its Commanding Officer Captain Rajeshh Kumarr called on Mauritius Police Commissioner Anill Kumarr Dipp.'), ['reception [Kumarr+Dipp] Port Louis']);
  });
  it('"the Head of the ODIHR Election Observation Mission, Eoghan X,": the OSCE\'s office for elections is the OSCE\'s', () => {
    assert.deepStrictEqual(who('ASTANA - The Chairman Nurlann Abdirovv met with the Head of the ODIHR Election Observation Mission, Eoghann Murphyy, in Astana.')[1], 'Eoghann Murphyy: Head of the ODIHR Election Observation Mission (OSCE)');
  });
  it('"MEP Cristian X, chief observer of the EU Election Observation Mission", "Philippine Navy Flag Officer in Command Vice Admiral Y": observers\' and navies\' offices', () => {
    assert.deepStrictEqual(who('COLOMBO - President Maithripalaa Sirisenaa met with a delegation from the European Parliament led by MEP Cristiann Predaa, chief observer of the EU Election Observation Mission.')[1], 'Cristiann Predaa: chief observer of the EU Election Observation Mission (European Union)');
    assert.deepStrictEqual(who('MANILA - Philippine Navy Flag Officer in Command Vice Admiral Toribioo Adacii hosted his Indonesian counterpart.')[0], 'Toribioo Adacii: Navy Flag Officer in Command (Philippines)');
  });
  it('"Captain X, Commanding Officer of INS Sumitra,", "Commanding Officer of HMNZS Y": the ship an officer commands is part of his office, its navy his country', () => {
    assert.deepStrictEqual(who('PORT LOUIS - Captain Rajeshh Kumarr, Commanding Officer of INS Sumitra, called on Police Commissioner Anill Dipp.')[0], 'Rajeshh Kumarr: Commanding Officer of INS Sumitra (India)');
    assert.deepStrictEqual(who('SUVA - Commanding Officer of HMNZS Aotearoa Captain Jacquess Smitt called on the Minister of Defence Pioo Tikoduaduaa.')[0], 'Jacquess Smitt: Commanding Officer of HMNZS Aotearoa (New Zealand)');
  });
  it('"Malaysia offered the proposal at a meeting between the country\'s Home Affairs Minister X and Human Resources Minister Y": "the country\'s" stands for the country the sentence named', () => {
    assert.deepStrictEqual(who('Malaysia offered the proposal at a meeting between the country’s Home Affairs Minister Muhyiddinn Yassinn and Human Resources Minister Kulaa Segarann and Bangladesh’s State Minister Imrann Ahmadd.').map((x) => x.split(' (').pop()), ['Malaysia)', 'Malaysia)', 'Bangladesh)']);
  });
  it('"including Anu X, the U.S. Chargé d\'Affaires, Jorn Y, the German Ambassador, and ..." gives each his own apposition; "The Spanish ambassador, Ramón A, the French ambassador, Romain B" gives each the office before him', () => {
    assert.deepStrictEqual(who('PRISTINA - Osmanii met representatives of key partner countries, including Anuu Prattipatii, the U.S. Chargé d’Affaires, Jornn Rohdee, the German Ambassador, and Jeann Looo, the French Ambassador.').map((x) => x.split(': ')[1]), ['Chargé d\'Affaires (United States)', 'Ambassador (Germany)', 'Ambassador (France)']);
    assert.deepStrictEqual(who('The Spanish ambassador to Venezuela, Ramónn Santoss, the French ambassador, Romainn Nadall, and the Italian chargé d’affaires, Placidoo Vigoo, were present.').map((x) => x.split(' (').pop()), ['Spain)', 'France)', 'Italy)']);
  });
  it('in a body\'s text, a state\'s ministers, speaker and a president\'s advisers are no staff of the body: "The WHO official met the National Assembly Chairperson X, Health Minister Y"', () => {
    const t = 'WHO Director General calls on President\n\n2022-04-22\n\nDirector General of the World Health Organization (WHO) Dr Tedross Adhanomm paid a courtesy call on President Bidyaa Devii Bhandarii today.\n\nAccording to President Bhandarii\'s press advisor Tikaa Dhakall, the Director General briefed the President about vaccines for Nepal.\n\nThe WHO official has already held meetings with the National Assembly Chairperson Ganeshh Prasadd Timalsinaa and Minister for Foreign Affairs Dr Narayann Khadkaa on Thursday.';
    const sides = who(t).map((x) => x.split(' (').pop());
    assert.strictEqual(sides[0], 'World Health Organization)');
    assert.deepStrictEqual(sides.slice(2), ['Nepal)', 'Nepal)', 'Nepal)']);
  });
  it('"Chinese Ambassador X signed handover certificates of supplies ... respectively with Y, Acting Minister for Afghanistan\'s ...": signing with one of another country is meeting him; "discussed defense cooperation in Moscow with Director of Russia\'s Federal Service ... (FSMTC) Z" reaches past a long office', () => {
    assert.deepStrictEqual(meetingsAt('KABUL, Oct. 16 (Xinhua) -- During the ceremony, Chinese Ambassador to Afghanistan Zhaoo Xingg signed handover certificates of supplies from the Chinese government and the Red Cross Society of China respectively with Mohammadd Abass Akhundd, Acting Minister for Afghanistan\'s National Disaster Management Authority.'), ['talks [Xingg+Akhundd] Kabul']);
    assert.deepStrictEqual(meetingsAt('YEREVAN (Sputnik) Armenian High-Tech Industry Minister Hakobb Arshakyann discussed defense cooperation in Moscow with Director of Russia\'s Federal Service for Military-Technical Cooperation (FSMTC) Dmitryy Shugayevv, the ministry said.'), ['talks [Arshakyann+Shugayevv] Moscow']);
  });
  it('"Indian Foreign Minster Salman X" (the press\'s misspelling) and "his international affairs advisor, Yury Y," introduce their holders', () => {
    assert.deepStrictEqual(who('He is also scheduled to meet Indian Foreign Minster Salmann Kurshidd today.'), ['Salmann Kurshidd: Foreign Minster (India)']);
    assert.deepStrictEqual(who('The Russian team includes his international affairs advisor, Yuryy Ushakovv, and others.').map((x) => x.split(' (')[0]), ['Yuryy Ushakovv: international affairs advisor']);
  });
  it('"X discussed bilateral cooperation between Egypt and Iraq with advisor to Iraq\'s interior minister Y": a topic naming countries, then an office in lower case, then the one met', () => {
    assert.deepStrictEqual(meetingsAt('CAIRO - Egypt\'s Minister of Military Production Mohamedd Ahmedd Morsii discussed bilateral cooperation between Egypt and Iraq with advisor to Iraq\'s interior minister Jafaarr Saddamm and his accompanying delegation.'), ['talks [Morsii+Saddamm] Cairo']);
  });
});

describe('Genre coverage: oceans, observers, borders and the new wave (round from 1d27f462)', () => {
  it('"Khalid Ibrahim Abdul Aziz Shuhail Al Qahtani, UAE Ambassador to Mozambique,": a Gulf name of forebears closed by its family\'s "Al" is one name', () => {
    assert.deepStrictEqual(who('MAPUTO, (WAM) Khalidd Ibrahimm Abdul Azizz Shuhaill Al Qahtanii, UAE Ambassador to Mozambique, met the minister.')[0], 'Khalidd Ibrahimm Abdul Azizz Shuhaill Al Qahtanii: Ambassador to Mozambique (United Arab Emirates)');
  });
  it('"Minister of the Sea, Inland Waters, and Fisheries of Mozambique": a portfolio of inland waters, listed with an Oxford comma', () => {
    assert.deepStrictEqual(who('MAPUTO, (WAM) The ambassador met with Augustaa Maitaa, Minister of the Sea, Inland Waters, and Fisheries of Mozambique, on Sunday.'), ['Augustaa Maitaa: Minister of the Sea, Inland Waters, and Fisheries (Mozambique)']);
  });
  it('a page that repeats its title in title case under its date stamp: neither the title above the date nor its repetition is a dateline', () => {
    const t = 'UAE, Mozambique Explore Boosting Maritime Cooperation\n\n2021-08-22\n\nUAE, Mozambique explore boosting maritime cooperation\n\nMAPUTO, (WAM) Alii Hassann, UAE Ambassador to Mozambique, met with Augustaa Maitaa, Minister of Fisheries of Mozambique.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Hassann+Maitaa] Maputo']);
  });
  it('"Chief of Staff of the Kuwait Armed Forces Liet. Gen. Bandar X": the press\'s "Liet." is a lieutenant\'s rank, no name', () => {
    assert.deepStrictEqual(who('ABU DHABI, April 25 (KUNA) -- Chief of Staff of the Kuwait Armed Forces Liet. Gen. Bandarr Al-Muzainn and his UAE counterpart Issaa Al-Mazroueii discussed ties.')[0], 'Bandarr Al-Muzainn: Chief of Staff of the Kuwait Armed Forces (Kuwait)');
  });
  it('"Morocco\'s Agriculture and Fisheries minister Aziz X": capitalized domains before a lower-case minister are his office', () => {
    assert.deepStrictEqual(who('Brussels - Morocco\'s Agriculture and Fisheries minister Azizz Akhannouchh paid a working visit to Brussels.'), ['Azizz Akhannouchh: Agriculture and Fisheries minister (Morocco)']);
  });
  it('"US Coast Guard Commandant Adm. Karl X", "PCG Commandant, CG Admiral Ronnie Y", "JCG vice commandant": a coast guard\'s commandant is named by his service, its short form known', () => {
    assert.deepStrictEqual(who('MANILA - US Coast Guard Commandant Adm. Karll Schultzz met with PCG Commandant, CG Admiral Ronniee Gil Gavann.'), ['Karll Schultzz: Coast Guard Commandant (United States)', 'Ronniee Gil Gavann: PCG Commandant (Philippines)']);
    assert.deepStrictEqual(who('Yasunorii Watanabee, JCG vice commandant, attended the ceremony.'), ['Yasunorii Watanabee: vice commandant (Japan)']);
  });
  it('"European Commissioner for Fisheries Maria X", "European commissioner Maria Y": the Commission\'s members serve the EU', () => {
    assert.deepStrictEqual(who('He met European Commissioner for Fisheries Mariaa Damanakii.'), ['Mariaa Damanakii: European Commissioner for Fisheries (European Union)']);
    assert.deepStrictEqual(who('Morocco\'s minister met European commissioner Mariaa Damanakii in Brussels.'), ['Mariaa Damanakii: European commissioner (European Union)']);
  });
  it('"welcomed Prime Minister X, who paid a courtesy visit at its national headquarters, Port Area, Manila Saturday ... Transportation Secretary Y was also present": the city after a venue and its district is where they met, and who attended there is its host\'s', () => {
    const t = 'The Philippine Coast Guard (PCG) welcomed the Japanese Prime Minister Fumioo Kishidaa, who paid a courtesy visit at its national headquarters, Port Area, Manila Saturday.\n\nTransportation Secretary Jaimee Bautistaa was also present during the event.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Kishidaa+Bautistaa] Manila']);
    assert.deepStrictEqual(who(t)[1], 'Jaimee Bautistaa: Transportation Secretary (Philippines)');
  });
  it('"a courtesy call from Head of the Commonwealth Observer Mission currently in Guyana, and former Prime Minister of Barbados, Mr. X": the mission\'s head serves the body, not the nation he once led', () => {
    assert.deepStrictEqual(who('President Davidd Grangerr received a courtesy call from Head of the Commonwealth Observer Mission currently in Guyana, and former Prime Minister of Barbados, Mr. Owenn Arthurr at the Ministry of the Presidency.')[1], 'Owenn Arthurr: Head of the Commonwealth Observer Mission (Commonwealth)');
  });
  it('"INEC Chairman Mahmood X", "Independent Election Commission (IEC) Chairman Musa Y": a bare head is named by its body, an unknown short form or one in brackets', () => {
    assert.deepStrictEqual(who('ABUJA - INEC Chairman Mahmoodd Yakubuu met the observers.'), ['Mahmoodd Yakubuu: INEC Chairman (Nigeria)']);
    assert.deepStrictEqual(who('Independent Election Commission (IEC) Chairman Musaa Maaytahh met the delegation.'), ['Musaa Maaytahh: Independent Election Commission (IEC) Chairman (-)']);
  });
  it('"Prime Minister of the Faroe Islands", "Greenland\'s Premier": territories with governments of their own are their officials\' countries', () => {
    assert.deepStrictEqual(who('At the meeting, held in Reykjavík yesterday, Foreign Minister Össurr Skarphedinssonn and Kajj Leo Johannesenn, Prime Minister of the Faroe Islands, discussed trade.'), ['Össurr Skarphedinssonn: Foreign Minister (Iceland)', 'Kajj Leo Johannesenn: Prime Minister (Faroe Islands)']);
  });
  it('"Led by H.E Dr. Saleh Mohsin A R X, the Assistant Undersecretary": two bare initials inside a name', () => {
    assert.deepStrictEqual(who('Led by H.E Dr. Salehh Mohsinn A R Fetaiss, the Assistant Undersecretary of Maritime Transport Affairs, the Qatari delegation held talks.').map((x) => x.split(':')[0]), ['Salehh Mohsinn A R Fetaiss']);
  });
  it('"The border conference between BGB and MPF began ... X is leading a 14- member Bangladesh delegation while Y is leading an eight-member delegation of the MPF": the conference is talks between the delegations\' heads', () => {
    const t = 'DHAKA, Jan 6 - The seventh high-level border conference between Border Guard Bangladesh (BGB) and Myanmar Police Force (MPF) began at the BGB headquarters in Dhaka on Sunday.\n\nBGB Director General Major General Mdd Shafeenull Islamm is leading a 14- member Bangladesh delegation while Brigadier General Myoo Thann is leading an eight-member delegation of the MPF.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Islamm+Thann] Dhaka']);
  });
  it('"Colonel Arshad represented the Pakistani side while Colonel Wahid headed Afghan delegation": the flag meeting\'s two heads; "represented" reaches no further than "while"', () => {
    const t = 'Pak-Afghan officials hold meeting at Torkham border\n\n19 Apr, 2018\n\nTo discuss matters of mutual interests, the flag meeting of Pak-Afghan officials held in Torkham border on Wednesday. According to the forces official, Colonel Arshadd represented the Pakistani side while Colonel Wahidd headed Afghan delegation.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Arshadd+Wahidd] Torkham']);
  });
  it('"SEOUL, Oct. 19 (Yonhap) -- Senior defense officials of South Korea and the Philippines met via videoconference Monday", then "During the inaugural session ..., Vice Defense Minister X and his Filipino counterpart Y discussed": the lead\'s video call, its parties named next', () => {
    const t = 'S. Korea, Philippines vow to beef up defense cooperation\n\nSEOUL, Oct. 19 (Yonhap) -- Senior defense officials of South Korea and the Philippines met via videoconference Monday and vowed to strengthen cooperation, the defense ministry said.\n\nDuring the inaugural session of the Joint Defense Cooperation Committee between the two countries, Vice Defense Minister Parkk Jae-minn and his Filipino counterpart Ricardoo Davidd discussed various security issues.\n\nParkk asked for the Philippines\' support for Seoul\'s hosting of the U.N. Peacekeeping Ministerial Conference next year.';
    assert.deepStrictEqual(meetingsAt(t), ['video call [Jae-minn+Davidd]']);
  });
  it('"a phone call from Turnbull to his Vietnamese counterpart Nguyen Xuan X": the call is from its caller to the one called', () => {
    assert.deepStrictEqual(headlineRoles('CANBERRA, Aug. 18 (Xinhua) -- A phone call from Australian Prime Minister Malcolmm Turnbulll to his Vietnamese counterpart Nguyenn Xuann Phucc paved the way for veterans to access the site.'), 'phone call [Turnbulll:caller+Phucc:callee]');
  });
  it('"the European Union (EU) Chief Elections Observer, Barry X", "the head of the Election Observation Mission of the OSCE Office for Democratic Institutions and Human Rights Thomas Y": observers\' offices, however long', () => {
    assert.deepStrictEqual(who('ABUJA - Vice President Yemii Osinbajoo met with the European Union (EU) Chief Elections Observer, Barryy Andrewss and the Ambassador.')[1], 'Barryy Andrewss: Chief Elections Observer (European Union)');
    assert.deepStrictEqual(who('The Ministry hosted a meeting of the Deputy Minister Azizbekk Madmarovv with the head of the Election Observation Mission of the OSCE Office for Democratic Institutions and Human Rights Thomass Boserupp.')[1].split(' (').pop(), 'OSCE)');
  });
  it('"A delegation of the Commonwealth held a meeting with X. After the meeting, Linford Y, head of ... of the Commonwealth, said": who speaks after a meeting told with one side unnamed is of its other side', () => {
    assert.deepStrictEqual(meetingsAt('A delegation of the Commonwealth held a meeting with Chief Election Commissioner Kazii Habibull Awall at the EC office today. After the meeting, Linfordd Andrewss, head of the Electoral Support Directorate of the Commonwealth, said they will submit a report.'), ['talks [Awall+Andrewss]']);
  });
  it('water and mining portfolios: "Commissioner for Indus Waters", "Minister of Water Resources, Agriculture and Processing Industry", "Minister of Solid Minerals Development", "Minister of Mining and Heavy Industry"', () => {
    assert.deepStrictEqual(who('ISLAMABAD - Pakistan\'s Commissioner for Indus Waters Syedd Mehrr Alii Shahh met his counterpart in New Delhi.')[0], 'Syedd Mehrr Alii Shahh: Commissioner for Indus Waters (Pakistan)');
    assert.deepStrictEqual(who('BISHKEK - Minister of Water Resources, Agriculture and Processing Industry Bakytt Torobaevv met with the Ambassador of Tajikistan Rustamm Davlatzodaa.')[0], 'Bakytt Torobaevv: Minister of Water Resources, Agriculture and Processing Industry (Kyrgyzstan)');
    assert.deepStrictEqual(who('ABUJA - The Minister of Solid Minerals Development, Dr. Delee Alakee, received a delegation from the United Kingdom.')[0], 'Delee Alakee: Minister of Solid Minerals Development (Nigeria)');
    assert.deepStrictEqual(who('ULAANBAATAR - Minister of Mining and Heavy Industry G.Yondonn received the Ambassador of the Republic of Korea Chaii Kyoung-sun.').find((x) => x.startsWith('G.')), 'G.Yondonn: Minister of Mining and Heavy Industry (Mongolia)');
  });
  it('river basins\' and war graves\' commissions serve themselves: "Mekong River Commission (MRC) Chief Executive Officer X", "Director General of the Commonwealth War Graves Commission Y"', () => {
    assert.deepStrictEqual(who('VIENTIANE - Mekong River Commission (MRC) Chief Executive Officer Anoulakk Kittikhounn met with Lao Minister of Natural Resources and Environment Bounkhamm Vorachitt.')[0], 'Anoulakk Kittikhounn: Chief Executive Officer (Mekong River Commission)');
    assert.deepStrictEqual(who('LONDON - Director General of the Commonwealth War Graves Commission (CWGC) Victoriaa Wallacee hosted Prime Minister Bill Englishh.')[0], 'Victoriaa Wallacee: Director General of the Commonwealth War Graves Commission (Commonwealth War Graves Commission)');
  });
  it('"X and visiting Kenyan Cabinet Secretary for Water Y signed a memorandum of understanding": "visiting" before an office is no second meeting word; "the Special Envoy for Critical Minerals Z"', () => {
    assert.deepStrictEqual(meetingsAt('ADDIS ABABA - Minister of Water and Energy Habtamuu Iteffaa and visiting Kenyan Cabinet Secretary for Water Alicee Waheraa signed a memorandum of understanding on Monday.'), ['talks [Iteffaa+Waheraa] Addis Ababa']);
    assert.deepStrictEqual(meetingsAt('KINSHASA - The Minister of Hydrocarbons, Didierr Budimbuu, met on Thursday with a delegation of the US Department of State led by the Special Envoy for Critical Minerals Joshh Rosenn.'), ['talks [Budimbuu+Rosenn] Kinshasa']);
  });
  it('"The Nepalese delegation was led by Mr. X, Director General of Survey Department, Government of Nepal, and the Indian Delegation by Dr. Y, Surveyor General of India": a government named after the office is his country; surveyors general', () => {
    assert.deepStrictEqual(who('KATHMANDU - The Nepalese delegation was led by Mr. Krishnaa Rajj Bhattaa, Director General of Survey Department, Government of Nepal, and the Indian Delegation was led by Dr. Swarnaa Subbaa Raoo, Surveyor General of India.'), ['Krishnaa Rajj Bhattaa: Director General of Survey Department (Nepal)', 'Swarnaa Subbaa Raoo: Surveyor General (India)']);
  });
  it('"Chief of Police General Staff Brigadier General X": "Staff" after "General" closes the office, no rank\'s', () => {
    assert.deepStrictEqual(who('NAY PYI TAW - Chief of Police General Staff Brigadier General Myoo Thann is leading an eight-member delegation of the MPF.').map((x) => x.split(' (')[0]), ['Myoo Thann: Chief of Police General Staff']);
  });
  it('"Deputy Minister of Labour, War Invalids and Social Affairs X"; "... affairs Barbara Pope, Senator John Y": "Pope" after a given name is a surname, no office for the next', () => {
    assert.deepStrictEqual(who('HANOI - Deputy Minister of Labour, War Invalids and Social Affairs Buii Hongg Linhh met him.'), ['Buii Hongg Linhh: Deputy Minister of Labour, War Invalids and Social Affairs (Vietnam)']);
    assert.ok(!who('They met Under Secretary of State Grantt Greenn, Deputy Assistant to the Secretary of State in charge of civil and social affairs Barbaraa Pope, Senator Johnn McCainn, and others.').some((x) => /Pope \(Holy See\)/.test(x)));
  });
  it('"Former Prime Minister of Japan H.E. Mr Yoshihide X, Shinzo Y, and Yoshiro Z called on": no office runs back over a name already read; the next names are its list', () => {
    const got = who('Tokyo: Former Prime Minister of Japan H.E. Mr Yoshihidee Sugaa, Shinzoo Abee, and Yoshiroo Morii called on Prime Minister Narendraa Modii on Tuesday.');
    assert.deepStrictEqual(got.slice(0, 3).map((x) => x.split(' (')[0]), ['Yoshihidee Sugaa: Former Prime Minister', 'Shinzoo Abee: -', 'Yoshiroo Morii: -']);
  });
  it('"Navy Chief Admiral X held talks with his Bangladeshi counterpart Admiral Y ... The Bangladesh Navy chief also held talks with Army Chief General Z": a counterpart holds the very office, so the nation\'s office is his', () => {
    const t = 'Navy chief meets Bangladeshi counterpart\n\n2019-12-09\n\nNavy Chief Admiral Karambirr Singhh on Monday held talks with his Bangladeshi counterpart Admiral Aurangzebb Chowdhuryy on ways to deepen bilateral maritime cooperation.\n\nThe Bangladesh Navy chief also held talks with Army Chief General Bipinn Rawatt on issues of mutual concern.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Singhh+Chowdhuryy]', 'talks [Chowdhuryy+Rawatt]']);
    assert.strictEqual(who(t)[0], 'Karambirr Singhh: Navy Chief (-)');
  });
  it('"Director General Rakesh X is hosting a 6-member delegation of the Vietnam Coast Guard": "is hosting" is active, its subject the host', () => {
    assert.deepStrictEqual(headlineRoles('New Delhi [India], February 20 (ANI): Indian Coast Guard chief Director General Rakeshh Pall is hosting a delegation of the Vietnam Coast Guard led by Major General Ngoo Binhh Minhh in India from February 19-23.'), 'reception [Pall:host+Minhh:guest]');
  });
  it('"BERLIN: Prime Minister Datuk Seri Anwar X has held discussions ... at the Korber Foundation": Malaysia\'s federal styles tell the country a dateline abroad does not', () => {
    const t = 'BERLIN: Prime Minister Datuk Seri Anwarr Ibrahimm has held discussions with policy makers at the Korber Foundation here.\n\nUpon arrival at the foundation, Anwarr was received by Dr Thomass Paulsenn, the Foundation\'s executive board member.';
    assert.strictEqual(who(t)[0], 'Anwarr Ibrahimm: Prime Minister (Malaysia)');
  });
  it('"Rt Hon Patricia X KC, the Commonwealth Secretary-General,", "the Head of the CIS Observation Mission, 1st Deputy Secretary General of the CIS Leonid Y": the Commonwealth\'s and the CIS\'s staff serve them', () => {
    assert.deepStrictEqual(who('The Head of the ECOWAS mission met Rt Hon Patriciaa Scotlandd KC, the Commonwealth Secretary-General, today in Abuja.'), ['Patriciaa Scotlandd: Commonwealth Secretary-General (Commonwealth)']);
    assert.strictEqual(who('Deputy Foreign Minister Romann Vassilenkoo held a meeting with the Head of the CIS Observation Mission, 1st Deputy Secretary General of the CIS Leonidd Anfimovv.')[1].split(' (').pop(), 'Commonwealth of Independent States)');
  });
  it('"CANBERRA, Aug. 18 (Xinhua) -- ... Veterans Affairs Minister Dan X told the Nine Network": a news agency\'s correspondent abroad reports that country\'s officials', () => {
    const t = 'Vietnam allows Australian veterans to commemorate battle of Long Tan\n\nSource: Xinhua   2016-08-18 10:22:44\n\nCANBERRA, Aug. 18 (Xinhua) -- Vietnam will allow Australian Vietnam War veterans to pay their respects at the site.\n\nVeterans Affairs Minister Dann Tehann told the Nine Network on Thursday that Australia was thankful.';
    assert.deepStrictEqual(who(t), ['Dann Tehann: Veterans Affairs Minister (Australia)']);
  });
  it('"Fabrice X, the executive director of Frontex, paid a visit to Poland ... During the visit, deputy Interior Minister Y presented": Frontex serves itself, and one named "during the visit" takes part in it, no second visitor', () => {
    assert.deepStrictEqual(meetingsAt('Fabricee Leggerii, the executive director of Frontex, paid a visit to Poland on Monday. During the visit, deputy Interior Minister Bartoszz Grodeckii presented situational information.'), ['visit [Leggerii+Grodeckii] Poland']);
    assert.strictEqual(who('Fabricee Leggerii, the executive director of Frontex, paid a visit to Poland on Monday.')[0], 'Fabricee Leggerii: executive director of Frontex (Frontex)');
  });
  it('"a delegation of Moldova\'s Border Police led by Chief Commissioner X": the country\'s possessive before the body a delegation comes from', () => {
    assert.deepStrictEqual(who('BUCHAREST - On March 6-7, a delegation of Moldova\'s Border Police led by Chief Commissioner Rosiann Vasiloii visited the headquarters of the General Border Police Inspectorate.'), ['Rosiann Vasiloii: Chief Commissioner (Moldova)']);
  });
  it('"held talks with Colombian President Ivan X during a visit to the Latin American country": "Latin American" names no United States', () => {
    const t = 'Veterans Affairs Minister Hwangg Ki-chull held talks with Colombian President Ivann Duquee during a visit to the Latin American country aimed at expressing thanks, his office said Wednesday. Hwangg explained South Korea\'s efforts.';
    assert.ok(!who(t).some((x) => x.endsWith('(United States)')), who(t).join('; '));
    assert.ok(!analyze(t).meetings.some((m) => m.place === 'United States'));
  });
});

describe('Genre coverage: rivers, mines, media, regional bodies (round from 2114a543)', () => {
  it('"Hon. Zacharia Mwangi NJERU, Cabinet Secretary": a family name of five capitals, read as syllables, is part of the name, no post-nominal', () => {
    const t = 'Ambassador Okaniwaa Kenn pays a courtesy call on Hon. Zachariaa Mwangii Njero\n\nNAIROBI, Kenya, January 24, 2024 -- Ambassador OKANIWAA Kenn paid a courtesy call on Hon. Zachariaa Mwangii NJERO, Cabinet Secretary for Water, Sanitation and Irrigation.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.mentions.length}`), ['Okaniwaa Kenn: 2', 'Zachariaa Mwangii Njero: 2']);
    assert.deepStrictEqual(who('He met Lasanthaa Rodrigoo RWP RSP USP in Colombo.'), ['Lasanthaa Rodrigoo: - (-)']);
  });
  it('a release\'s subheads between its title and its dateline are no lead: the title\'s courtesy call is the headline, the ambassador the guest', () => {
    const t = 'Kenya: Ambassador Okaniwaa Kenn pays a courtesy call on Hon. Zachariaa Mwangii Njeroo, Cabinet Secretary for Water\n\nCS Njeroo expressed his gratitude to Japan’s longstanding cooperation on water\n\nThey had fruitful discussions on further cooperation including reduction of non-revenue water\n\nNAIROBI, Kenya, January 24, 2024/APO Group/ --\n\nOn 24th January 2024, H.E. Ambassador Okaniwaa Kenn paid a courtesy call on Hon. Zachariaa Mwangii Njeroo, Cabinet Secretary for Water. They had fruitful discussions.\n\nDistributed by APO Group on behalf of Embassy of Japan in Kenya.';
    assert.strictEqual(headlineRoles(t), 'reception [Kenn:guest+Njeroo:host]');
    assert.deepStrictEqual(who(t), ['Okaniwaa Kenn: Ambassador (Japan)', 'Zachariaa Mwangii Njeroo: Cabinet Secretary for Water (Kenya)']);
  });
  it('"US President, Donald X, ... in the presence of the President of the World Bank": an office of a body is not the US President\'s', () => {
    assert.deepStrictEqual(who('Khartoum — The Foreign Minister, Asmaa Abdallaa, met with US President, Donaldd Trumpp, in the presence of the President of the World Bank.'), ['Asmaa Abdallaa: Foreign Minister (Sudan)', 'Donaldd Trumpp: President (United States)']);
  });
  it('"talks sponsored by the US Secretary of the Treasury, the Foreign Minister, X, and ...": the second office, set off by its own commas, is X\'s; the first is someone unnamed', () => {
    const t = 'Khartoum — In the context of the talks, which are sponsored by the US Secretary of the Treasury, the Foreign Minister, Asmaa Abdallaa, and the Minister of Irrigation, Yasserr Abbass, met with US President, Donaldd Trumpp.\n\nDuring the meeting, the US Secretary of the Treasury briefed President Trumpp.';
    assert.deepStrictEqual(who(t).slice(0, 2), ['Asmaa Abdallaa: Foreign Minister (Sudan)', 'Yasserr Abbass: Minister of Irrigation (Sudan)']);
  });
  it('"a working group shall be established as a follow-up of his meeting with X": the meeting followed up was held, whatever the clause plans', () => {
    assert.deepStrictEqual(meetingsAt('NAIROBI, January 24, 2024 -- Cabinet Secretary Zachariaa Njeroo confirmed that the working group shall be established as a follow-up of his meeting with State Minister Kokubaa Konosukee on 10 January.'), ['talks [Njeroo+Konosukee] Nairobi']);
  });
  it('"the Minister of Agriculture and Animal Industry and Fisheries, X and the Egyptian Minister of Water, Y": a portfolio of animal industry, its holder before "and"', () => {
    assert.deepStrictEqual(who('This was said by the Minister of Agriculture and Animal Industry and Fisheries, Tresss Bucyanayandii and the Egyptian Minister of Water, Mohhamedd Bahaaa while signing the agreement.').map((x) => x.replace(/ \(.*\)$/, '')), ['Tresss Bucyanayandii: Minister of Agriculture and Animal Industry and Fisheries', 'Mohhamedd Bahaaa: Minister of Water']);
  });
  it('"The Chinese minister of water resources suggested the exchange": a verb in the past before its object ends a lower-case office', () => {
    const t = 'Prime Minister Hunn Senn received visiting Minister of Water Resources of China H.E. Ee Jingpingg.\n\nThe Chinese minister of water resources suggested the exchange of visits at the ministerial level.';
    assert.strictEqual(who(t)[1], 'Ee Jingpingg: Minister of Water Resources (China)');
    assert.ok(analyze(t).entities.some((e) => e.type === 'position' && t.slice(e.start, e.end) === 'minister of water resources'));
  });
  it('"The MoU was signed by Chief Executive Officer of the Mekong River Commission, X, and Ambassador of his Majesty the King of Morocco to Thailand, Y": an envoy styled by his monarch, and the signing between the two', () => {
    const t = 'The MoU was signed by Chief Executive Officer of the Mekong River Commission, Phamm Tuann Phann, and Ambassador of his Majesty the King of Morocco to Thailand, Abdelilahh El Housnii.';
    assert.deepStrictEqual(who(t)[1], 'Abdelilahh El Housnii: Ambassador of his Majesty the King of Morocco to Thailand (Morocco)');
    assert.deepStrictEqual(meetingsAt(t), ['talks [Phann+Housnii]']);
  });
  it('"The Minister for Resources, X, signed the statement with the UK\'s Minister for the Indo Pacific, Y, during Y\'s visit to Australia": a part of the world as a portfolio, and the signing, during a visit, as their talks there', () => {
    const t = 'Australia and the UK have pledged to strengthen their cooperation on critical minerals.\n\nThe Minister for Resources and Northern Australia, Madeleinee Kingg, signed the statement with the UK’s Minister for the Indo Pacific, Annee Trevelyann, during Trevelyann’s visit to Australia.';
    assert.deepStrictEqual(who(t), ['Madeleinee Kingg: Minister for Resources and Northern Australia (Australia)', 'Annee Trevelyann: Minister for the Indo Pacific (United Kingdom)']);
    assert.deepStrictEqual(meetingsAt(t), ['talks [Kingg+Trevelyann] Australia']);
  });
  it('"Kazakh Vice Minister of Industry and Construction Iran X and the United Kingdom\'s (UK) Minister Y signed a roadmap ... on the sidelines of the forum, currently being held in London": "Iran" as a given name, and the signing in London', () => {
    const t = 'ASTANA – Kazakh Vice Minister of Industry and Construction Iran Sharkhann and the United Kingdom’s (UK) Minister of Industry and Economic Security Nusratt Ghanii signed a roadmap on the sidelines of the business forum, currently being held on March 11-15 in London, reported the ministry’s press service.';
    assert.deepStrictEqual(who(t), ['Iran Sharkhann: Vice Minister of Industry and Construction (Kazakhstan)', 'Nusratt Ghanii: Minister of Industry and Economic Security (United Kingdom)']);
    assert.deepStrictEqual(meetingsAt(t), ['talks [Sharkhann+Ghanii] London']);
  });
  it('"Shri Dinsha X, Hon\'ble Minister of Mines, Government of India", then "Present on the occasion were, Shri R. Y, Additional Secretary": a style before an apposed office, and India\'s official style', () => {
    const t = 'A bilateral meeting between a delegation of the Republic of Mozambique led by Her Excellency Mrs Esperancaa Biass, Minister for Mineral Resources of Mozambique and Shri Dinshaa Patell, Hon\'ble Minister of Mines, Government of India was held today.\n\nPresent on the occasion were, Shri R. Sridharann, Additional Secretary, Ministry of Mines, and other senior officials of the Ministry.';
    assert.deepStrictEqual(who(t), ['Esperancaa Biass: Minister for Mineral Resources (Mozambique)', 'Dinshaa Patell: Minister of Mines (India)', 'R. Sridharann: Additional Secretary, Ministry of Mines (India)']);
  });
  it('"Ms X, Deputy Foreign Minister and Trade Secretary, Department of Foreign Affairs in the Australian Government": the government served closes the office', () => {
    assert.strictEqual(who('GEORGETOWN -- Ms Pennyy Willamss, Deputy Foreign Minister and Trade Secretary, Department of Foreign Affairs in the Australian Government along with the High Commissioner met with Minister of Natural Resources Raphaell Trotmann.')[0], 'Pennyy Willamss: Deputy Foreign Minister and Trade Secretary, Department of Foreign Affairs (Australia)');
  });
  it('"Deputy Prime Minister S.Amarsaikahn", later "S.Amarsaikhan": two letters swapped in a long name are one person; and "talks held between State Councilor, Chinese Foreign Minister X and Deputy Prime Minister Y" are two sides, no roll of one government', () => {
    const t = 'Ulaanbaatar /MONTSAME/. On September 21, Deputy Prime Minister S.Amarsaikahnn held a meeting with Ambassador of the People’s Republic of China to Mongolia Chaii Wenruii.\n\nThis follows the talks held between State Councilor, Chinese Foreign Minister Wangg Yii and Deputy Prime Minister S.Amarsaikhann during the summit in Dushanbe.';
    assert.deepStrictEqual(who(t).filter((x) => x.includes('Amarsaik')), ['S.Amarsaikahnn: Deputy Prime Minister (Mongolia)']);
  });
  it('"Kast presided over the signing of a joint declaration between US Deputy Secretary of State X and Foreign Minister Y": a signing between two, the second of the host government', () => {
    const t = 'Santiago, Chile - On his first full day in office, President Josee Kastt presided over the signing of a joint declaration between US Deputy Secretary of State Christophh Landauu and Foreign Minister Franciscoo Perezz.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Kastt+Landauu+Perezz] Santiago']);
    assert.strictEqual(who(t).find((x) => x.startsWith('Franciscoo')), 'Franciscoo Perezz: Foreign Minister (Chile)');
    assert.deepStrictEqual(meetingsAt('ASTANA -- The signing took place in the presence of President Kassymm Tokayevv.'), []);
  });
  it('"Secretary General of the Organization of Arab Petroleum Exporting Countries (OAPEC) Ali bin X": the body and its short form known, and a name joined by a particle after it; its staff serve it', () => {
    const t = 'KUWAIT: Kuwait’s Oil Minister Dr Mohammadd Al-Faress has held talks with Secretary General of the Organization of Arab Petroleum Exporting Countries (OAPEC) Alii bin Sabtt on current developments.';
    assert.deepStrictEqual(who(t)[1], 'Alii bin Sabtt: Secretary General of the Organization of Arab Petroleum Exporting Countries (OAPEC)');
    assert.deepStrictEqual(meetingsAt(t), ['talks [Al-Faress+Sabtt] Kuwait']);
    assert.strictEqual(who('He held talks with Secretary General of the Organization of American States Alii bin Sabtt on current developments.')[0], 'Alii bin Sabtt: Secretary General of the Organization of American States (Organization of American States)');
  });
  it('"Ricardo X, the Director of the United Nations Office for Disaster Risk Reduction (UNDRR)": risk reduction is a domain, no name closing the body\'s', () => {
    assert.deepStrictEqual(who('In his first day in Stockholm, the minister met with Ricardoo Minaa, the Director of the United Nations Office for Disaster Risk Reduction (UNDRR), where they discussed the summit.'), ['Ricardoo Minaa: Director of the United Nations Office for Disaster Risk Reduction (United Nations)']);
  });
  it('"Minister of Environment, Forest and Climate Change X", "CITES Secretary-General Y", "the Executive Secretary of the Convention on Biological Diversity, Z": conservation\'s portfolios and bodies, whose staff serve them', () => {
    assert.deepStrictEqual(who('NEW DELHI, June 5 -- Minister of Environment, Forest and Climate Change Bhupenderr Yadavv met with the Executive Director of the United Nations Environment Programme (UNEP), Ingerr Andersenn.'), ['Bhupenderr Yadavv: Minister of Environment, Forest and Climate Change (India)', 'Ingerr Andersenn: Executive Director of the United Nations Environment Programme (United Nations)']);
    assert.deepStrictEqual(who('MONTREAL -- The Executive Secretary of the Convention on Biological Diversity, Elizabethh Mremaa, met with Colombia\'s Minister of Environment Susanaa Muhamadd.')[0], 'Elizabethh Mremaa: Executive Secretary of the Convention on Biological Diversity (Convention on Biological Diversity)');
  });
  it('"NAIROBI -- CITES Secretary-General X held talks with Cabinet Secretary for Environment Y": a body\'s head met where no body sits; the minister is of the dateline\'s country', () => {
    assert.deepStrictEqual(who('NAIROBI -- CITES Secretary-General Ivonnee Higueroo held talks with Cabinet Secretary for Environment and Forestry Keriakoo Tobikoo on Monday.'), ['Ivonnee Higueroo: Secretary-General (CITES)', 'Keriakoo Tobikoo: Cabinet Secretary for Environment and Forestry (Kenya)']);
  });
  it('"received the wife of the Nigerian President, X", "Mrs Y, the spouse of the Prime Minister of Japan,": a leader\'s spouse is named as such, of the leader\'s country, holding no office of his', () => {
    assert.deepStrictEqual(who('ACCRA -- First Lady of Ghana Rebeccaa Akufo-Addoo received the wife of the Nigerian President, Aishaa Buharii, at the Jubilee House.'), ['Rebeccaa Akufo-Addoo: First Lady (Ghana)', 'Aishaa Buharii: wife of the President (Nigeria)']);
    assert.deepStrictEqual(who('ACCRA -- Mrs Yukoo Kishidaa, the spouse of the Prime Minister of Japan, hosted Mrs Jill Bidenn, the First Lady of the United States.'), ['Yukoo Kishidaa: spouse of the Prime Minister (Japan)', 'Jill Bidenn: First Lady (United States)']);
  });
  it('"The MoU was signed by Information Minister X and president of the Cuban Institute of Radio and Television (ICRT), Y": a lower-case office after "and", its body\'s short form before the comma, and the signing between two nations', () => {
    const t = 'Syria, Cuba ink MoU on media cooperation\n\nHavana, SANA- Syria and Cuba have signed a memo of understanding to bolster media cooperation.\n\nThe MoU was signed by Information Minister Imadd Saraa and president of the Cuban Institute of Radio and Television (ICRT), Alfonsoo Noyaa Martínez.\n\nBoth sides affirmed the importance of the MoU to strengthen the media cooperation between Syria and Cuba.';
    assert.deepStrictEqual(who(t), ['Imadd Saraa: Information Minister (Syria)', 'Alfonsoo Noyaa Martínez: president of the Cuban Institute of Radio and Television (ICRT) (Cuba)']);
    assert.deepStrictEqual(meetingsAt(t), ['talks [Saraa+Martínez] Havana']);
  });
  it('"Editor-in-Chief of Nhan Dan (People) newspaper X hosted a reception for President of China\'s Xinhua News Agency (Xinhua) Y", "AZERTAC Chairman of Board Z": papers by their kind, agencies by their names, and their heads', () => {
    const t = 'Hanoi (VNA) - Editor-in-Chief of Nhan Dan (People) newspaper Thuann Huuu hosted a reception on May 25 for President of China’s Xinhua News Agency (Xinhua) Caii Mingzhaoo who is on a visit to Vietnam.';
    assert.deepStrictEqual(who(t), ['Thuann Huuu: Editor-in-Chief of Nhan Dan (People) newspaper (Vietnam)', 'Caii Mingzhaoo: President of China\'s Xinhua News Agency (China)']);
    assert.strictEqual(headlineRoles(t), 'reception [Huuu:host+Mingzhaoo:guest]');
    assert.deepStrictEqual(who('Anadolu Agency Director General Serdarr Karagozz and AZERTAC Chairman of Board Aslann Aslanovv paid tribute to the journalists.'), ['Serdarr Karagozz: Anadolu Agency Director General (Turkey)', 'Aslann Aslanovv: Chairman of Board (Azerbaijan)']);
    // (An agency's name after an office, its credit, is no body of the office: "X, Director-General of the WTO, Kazinform cites".)
    assert.deepStrictEqual(who('GENEVA. KAZINFORM – Minister Armanaa Aitzhanovaa met Ngozii Okonjo-Iwealaa, Director-General of the World Trade Organization, Kazinform cites the press service of the Ministry.').map((x) => x.replace(/ \(.*\)$/, '')), ['Armanaa Aitzhanovaa: Minister', 'Ngozii Okonjo-Iwealaa: Director-General of the World Trade Organization']);
  });
  it('"The EAC Secretary General, Hon. (Dr.) Peter X, today held discussions": a second style in brackets before the holder\'s name', () => {
    assert.deepStrictEqual(who('East African Community Headquarters, Arusha, Tanzania, 9th June, 2021: The EAC Secretary General, Hon. (Dr.) Peterr Mathukii, today held discussions with the delegation.').map((x) => x.replace(/ \(.*\)$/, '')), ['Peterr Mathukii: Secretary General']);
  });
  it('"worked with the delegation of the Ministry of Culture, Information and Tourism of Laos headed by Minister X": a ministry\'s portfolios listed with commas are one body, whose country is its head\'s', () => {
    const t = 'During the working visit in Laos, on September 20, the delegation of MIC led by Minister Truongg Minhh Tuann had met and worked with the delegation of the Ministry of Culture, Information and Tourism of Laos headed by Minister Bosengkhamm Vongdaraa.';
    assert.ok(analyze(t).entities.some((e) => e.type === 'organization' && t.slice(e.start, e.end) === 'Ministry of Culture, Information and Tourism of Laos'));
    assert.strictEqual(who(t)[1], 'Bosengkhamm Vongdaraa: Minister (Laos)');
  });
  it('"the Ambassador Extraordinary and Penitentiary of the Republic of Angola, H.E. X": the press\'s misspelling of the envoy\'s title is the title', () => {
    assert.deepStrictEqual(who('ABUJA -- The President met the Ambassador Extraordinary and Penitentiary of the Republic of Angola, H.E. Josee Bamoquinaa Zauu, at the Commission.').slice(-1), ['Josee Bamoquinaa Zauu: Ambassador Extraordinary and Penitentiary (Angola)']);
  });
  it('"X was in Monrovia, Liberia for a one day working visit ... During his visit, X met Y": a meeting told during a visit is where the visit was', () => {
    const t = 'Visit of H.E Omarr Alieuu Tourayy to Liberia\n\nThe President of the ECOWAS Commission, His Excellency Omarr Alieuu Tourayy was in Monrovia, Liberia for a one day working visit. He was accompanied by Ambassador Abdell Musahh, ECOWAS Commissioner for Political Affairs, Peace and Security.\n\nDuring his visit, the President of the ECOWAS Commission and his delegation met His Excellency Josephh Nyumahh Boakaii, President of the Republic of Liberia as well as other stakeholders.';
    assert.ok(meetingsAt(t).includes('talks [Tourayy+Boakaii] Monrovia'), meetingsAt(t).join('; '));
  });
});

describe('Genre coverage: spouses, rites, secretariats (round from c76629f1)', () => {
  it('"U.S. first lady X is meeting ... Ghana\'s first lady, Y": the office in lower case before and after its holder', () => {
    assert.deepStrictEqual(who('ACCRA, Ghana (AP) - U.S. first lady Melaniaa Trumpp is meeting over tea with Ghana\'s first lady, Rebeccaa Akufo-Addoo.'), ['Melaniaa Trumpp: first lady (United States)', 'Rebeccaa Akufo-Addoo: first lady (Ghana)']);
  });
  it('"X, wife of Chinese President Xi Y, met ...": the one named is the President, not at the meeting; the spouse holds that office as written', () => {
    const t = 'CHENGDU, July 27 (Xinhua) — Pengg Liyuann, wife of Chinese President Xii Jinpingg, on Thursday met with Indonesian First Lady Iriannaa Widodoo in Chengdu.';
    assert.deepStrictEqual(who(t), ['Pengg Liyuann: wife of President Xii Jinpingg (China)', 'Xii Jinpingg: President (China)', 'Iriannaa Widodoo: First Lady (Indonesia)']);
    assert.deepStrictEqual(meetingsAt(t), ['talks [Liyuann+Widodoo] Chengdu']);
  });
  it('"Minister of Foreign and Caricom Affairs X", "Minister of State for Caricom Affairs Y": a body\'s short form, in any case, among a minister\'s domains', () => {
    assert.deepStrictEqual(who('PORT OF SPAIN -- Minister of Foreign and Caricom Affairs Ameryy Brownee received Minister of State for Caricom Affairs Dennyy Solomonn.').map((x) => x.replace(/ \(.*\)$/, '')), ['Ameryy Brownee: Minister of Foreign and Caricom Affairs', 'Dennyy Solomonn: Minister of State for Caricom Affairs']);
  });
  it('"The call took place at the ministry\'s headquarters in Port of Spain on April 15": the place and day of the courtesy call told before, though told again after', () => {
    const t = 'Minister of Foreign Affairs Dr Ameryy Brownee recently received a courtesy call from Abdull Jamaa, the new representative of UNICEF.\n\nThe call took place at the ministry’s headquarters in Port of Spain on April 15.\n\nA statement said the main purpose of Jamaa’s visit was to present his letter of accreditation to the minister.';
    const m = analyze(t).meetings[0];
    assert.deepStrictEqual([m.kind, m.place, m.date], ['reception', 'Port of Spain', 'April 15']);
    assert.strictEqual(who(t)[0], 'Ameryy Brownee: Minister of Foreign Affairs (Trinidad and Tobago)');
  });
  it('"A, UAE Ambassador to Russia, and B, Russian Minister of Natural Resources, have discussed": two offices set off by commas, then the verb', () => {
    const t = 'MOSCOW, Nov 11 (WAM) -- Mohamedd Al Jaberr, UAE Ambassador to Russia, and Dmitryy Kobylkinn, Russian Minister of Natural Resources and Environment, have discussed the cooperative relations between the two friendly countries.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Jaberr+Kobylkinn] Moscow']);
  });
  it('"met briefly with Ukrainian President X before Pope Francis\' funeral": the rite\'s person is the occasion, no party', () => {
    const t = 'Trump met with Ukrainian President Zelenskyy before Pope\'s funeral\n\nRome: President Donaldd Trumpp on Saturday also met briefly with Ukrainian President Volodymyrr Zelenskyyy before Pope Franciss\' funeral, both offices confirmed.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Trumpp+Zelenskyyy] Rome']);
  });
  it('"X was sworn in ... received instruments of power from Y": a handover is no reception; the meeting told later is the headline', () => {
    const t = 'Rutoo sworn in as Kenya\'s president\n\nWilliamm Rutoo was Tuesday sworn in as Kenya\'s fifth president, replacing Uhuruu Kenyattaa. Rutoo received instruments of power from Kenyattaa.\n\nRutoo met with Rwanda\'s President Paull Kagamee at his office in Nairobi on Monday, September 12.';
    assert.strictEqual(headlineRoles(t), 'talks [Rutoo:participant+Kagamee:participant]');
  });
  it('"Mr. X, Secretary General of BIMSTEC, is on a visit to Bhutan. The SG called on Prime Minister, Dasho (Dr.) Y and Foreign Minister Lyonpo Dr. Z": the office\'s head by its initials, and Bhutan\'s styles', () => {
    const t = 'BIMSTEC SG on Bhutan visit\n\nMr. Tenzinn Lekphelll, Secretary General of the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation (BIMSTEC) is on an introductory visit to Bhutan.\n\nThe SG called on Prime Minister, Dasho (Dr.) Loteyy Tsheringg and Foreign Minister Lyonpo Dr. Tandii Dorjii.';
    assert.deepStrictEqual(who(t).map((x) => x.replace(/^([^:]+): .*\((.*)\)$/, '$1 ($2)')), ['Tenzinn Lekphelll (BIMSTEC)', 'Loteyy Tsheringg (Bhutan)', 'Tandii Dorjii (Bhutan)']);
    assert.ok(meetingsAt(t).includes('reception [Lekphelll+Tsheringg] Bhutan'), meetingsAt(t).join('; '));
  });
  it('"US Deputy Assistant Secretary of State for Arabian Peninsula Affairs X": a part of the world as the brief', () => {
    assert.deepStrictEqual(who('This came during a phone call between the Secretary-General and US Deputy Assistant Secretary of State for Arabian Peninsula Affairs Daniell Benaimm.'), ['Daniell Benaimm: Deputy Assistant Secretary of State for Arabian Peninsula Affairs (United States)']);
  });
  it('"X, Secretary General of the GCC in a phone call with Abbas Y congratulated him": the one called, by a meeting\'s noun in a phrase of time; an office opening the main clause is no apposition', () => {
    const t = 'Jasemm AlBudaiwii, Secretary General of the Gulf Cooperation Council in a phone call with Abbass Araghchii congratulated him on his election as the Minister of Foreign Affairs of Iran.';
    assert.deepStrictEqual(meetingsAt(t), ['phone call [AlBudaiwii+Araghchii]']);
    assert.deepStrictEqual(who('In a phone call with Abbass Araghchii, the Secretary General congratulated him.'), ['Abbass Araghchii: - (-)']);
  });
  it('"Secretary General of the CICA X", "Secretary General of the XYZO Y": a body\'s short form before its head\'s full name, known or not', () => {
    assert.deepStrictEqual(who('Secretary General of the CICA Kairatt Sarybayy emphasized that Iran is an important member.'), ['Kairatt Sarybayy: Secretary General of the CICA (CICA)']);
    assert.deepStrictEqual(who('Secretary General of the XYZO Kairatt Sarybayy emphasized that the country is an important member.').map((x) => x.replace(/ \(.*\)$/, '')), ['Kairatt Sarybayy: Secretary General of the XYZO']);
  });
});

describe('Genre coverage: representative offices and regional commands (round from c76629f1)', () => {
  it('"Taipei Economic and Cultural Office in Manila Representative X", "Manila Economic and Cultural Office (MECO) Chairman Y": the city opening a body\'s name is its country, wherever it sits', () => {
    assert.strictEqual(who('MANILA — Taipei Economic and Cultural Office in Manila Representative Wallacee Choww paid a courtesy call on Senate President Juann Zubirii.')[0], 'Wallacee Choww: Representative (Taiwan)');
    assert.strictEqual(who('TAIPEI — Manila Economic and Cultural Office (MECO) Chairman Silvestree Bellloo called on President Tsaii Ing-wenn.')[0].replace(/: .* \(/, ' ('), 'Silvestree Bellloo (Philippines)');
  });
  it('"Vice President X extended the invitation during a meeting with Y on Tuesday": the meeting the invitation was handed over at took place', () => {
    const t = 'SEOUL -- Chinese Vice President Wangg Qishann extended the invitation during a meeting with President Yoonn Suk-yeoll on Tuesday at the presidential office in Seoul.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Qishann+Suk-yeoll] Seoul']);
  });
  it('"KFOR Commander X", "The Operation Atalanta Force Commander, Rear Admiral Y,", "UNIFIL Head of Mission and Force Commander Z": a command or operation serves the alliance, the Union or the UN that runs it', () => {
    assert.strictEqual(who('PRISTINA — KFOR Commander Major General Angeloo Ristucciaa met Kosovo\'s Minister of Defence Armendd Mehajj.')[0], 'Angeloo Ristucciaa: KFOR Commander (NATO)');
    assert.strictEqual(who('DJIBOUTI — The Operation Atalanta Force Commander, Rear Admiral Josee Nunezz, met the Chief of Defence of Djibouti, General Zakariaa Ibrahimm.')[0].replace(/: .* \(/, ' ('), 'Josee Nunezz (European Union)');
    assert.deepStrictEqual(who('BEIRUT — UNIFIL Head of Mission and Force Commander Major General Aroldoo Lazaroo met with Prime Minister Najibb Mikatii in Beirut.'), ['Aroldoo Lazaroo: Head of Mission and Force Commander (United Nations)', 'Najibb Mikatii: Prime Minister (Lebanon)']);
  });
  it('"Commander of Allied Joint Force Command Naples, Admiral X,": the city a command sits in closes its name; no person "Naples"', () => {
    const t = 'TIRANA — Commander of Allied Joint Force Command Naples, Admiral Stuartt Munschh, paid a visit to Albania where he met Chief of General Staff Major General Arbenn Kingjii.';
    assert.deepStrictEqual(who(t), ['Stuartt Munschh: Commander of Allied Joint Force Command Naples (NATO)', 'Arbenn Kingjii: Chief of General Staff (Albania)']);
  });
  it('"a delegation from the European Parliament led by MEP X": a member of the European Parliament by his short title', () => {
    assert.strictEqual(who('TAIPEI — Legislative Yuan Speaker Youu Si-kunn received a delegation from the European Parliament led by MEP Reinhardd Butikoferr.')[1], 'Reinhardd Butikoferr: MEP (European Union)');
  });
});

describe('Genre coverage: commands, missions and mourning (round from c76629f1)', () => {
  it('"The commander of Joint Task Force-Bravo, Col. X, hosted": a unit\'s name joined to its letter is no one\'s name', () => {
    const t = 'SOTO CANO — The commander of Joint Task Force-Bravo, Col. Stevenn Ruddd, hosted Honduran Armed Forces Chief of Staff Gen. Titoo Morenoo.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Stevenn Ruddd', 'Titoo Morenoo']);
    assert.strictEqual(headlineRoles(t), 'reception [Ruddd:host+Morenoo:guest]');
  });
  it('"SACEUR General X welcomed the Chief of Defence of Finland": the office by its short form, NATO\'s', () => {
    assert.deepStrictEqual(who('MONS — SACEUR General Christopherr Cavolii welcomed the Chief of Defence of Finland, General Timoo Kivinenn, to SHAPE on Tuesday.'), ['Christopherr Cavolii: SACEUR (NATO)', 'Timoo Kivinenn: Chief of Defence (Finland)']);
  });
  it('"EUTM Somalia Mission Commander X", "The Mission Commander of EUTM Somalia, Brigadier General Y,": a country named in a Union mission\'s name is where it works, and with its short form no one\'s name', () => {
    assert.strictEqual(who('MOGADISHU — EUTM Somalia Mission Commander Brigadier General Fabioo Cotticellii called on the Minister of Defence Abdulkadirr Nurr.')[0], 'Fabioo Cotticellii: Mission Commander (European Union)');
    assert.deepStrictEqual(analyze('MOGADISHU — The Mission Commander of EUTM Somalia, Brigadier General Fabioo Cotticellii, called on the Minister of Defence Abdulkadirr Nurr.').persons.map((p) => p.name), ['Fabioo Cotticellii', 'Abdulkadirr Nurr']);
  });
  it('"met High Commissioner X and extended his condolences over the death of Queen Y", "over ex-PM Z\'s death": the one mourned is no party', () => {
    assert.deepStrictEqual(meetingsAt('COLOMBO -- President Ranill Wickramasinghee who arrived at the British High Commission met British High Commissioner Sarahh Hultonn and extended his condolences over the death of Queen Elizabethh II.'), ['talks [Wickramasinghee+Hultonn] Colombo']);
    const t = 'Jaishankar visits Japanese embassy, conveys condolences over ex-PM Shinzoo Abee\'s death\n\nNew Delhi, July 9: External Affairs Minister Subrahmanyamm Jaishankarr on Saturday visited the Japanese embassy here and conveyed condolences to Ambassador Satoshii Suzukii over the assassination of former Prime Minister Shinzoo Abee.';
    assert.strictEqual(headlineRoles(t), 'reception [Jaishankarr:guest+Suzukii:host]');
  });
});

describe('Genre coverage: names and portfolios of regional secretariats (round from c76629f1)', () => {
  it('"a meeting with South Sudan\'s Minister of Foreign Affairs, Amb. Monday Semaya X": a weekday after a style, before a name, is a given name', () => {
    const t = 'JUBA -- Upon arrival yesterday, Dr. Worknehh Gebeyehuu began his engagements with a meeting with South Sudan’s Minister of Foreign Affairs and International Cooperation, Amb. Monday Semayaa Kumbaa.';
    assert.ok(who(t).includes('Monday Semayaa Kumbaa: Minister of Foreign Affairs and International Cooperation (South Sudan)'), who(t).join('; '));
  });
  it('"The European Union (EU) Commissioner for International Partnership, X": the portfolio whole, no person "Partnership"', () => {
    const t = 'ADDIS ABABA -- The European Union (EU) Commissioner for International Partnership, Juttaa Urpilainenn held discussion with the African Union Commission Chairperson Moussaa Fakii Mahamatt.';
    assert.deepStrictEqual(who(t)[0], 'Juttaa Urpilainenn: Commissioner for International Partnership (European Union)');
    assert.deepStrictEqual(meetingsAt(t), ['talks [Urpilainenn+Mahamatt] Addis Ababa']);
  });
  it('"SADC Executive Secretary H.E Dr.Tax pays a courtesy call": a style glued to the name is no part of it; one person', () => {
    const t = 'SADC Executive Secretary H.E Dr.Taxx pays a courtesy call on Minister Hon. Dr. Unityy Doww\n\nAugust 9, 2018\n\nThe SADC Executive Secretary Her Excellency, Dr Stergomenaa Lawrencee Taxx paid a courtesy call on the Minister of International Affairs and Cooperation for the Republic of Botswana, Honourable Dr. Unityy Doww on 6th August 2018.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name).sort(), ['Stergomenaa Lawrencee Taxx', 'Unityy Doww']);
  });
});

describe('Genre coverage: banquets, envoys and institutes (round from c76629f1)', () => {
  it('"X hosted a banquet in honour of the leaders ... attending the swearing-in ceremony. Leaders who attended the banquet include A; B; C": every leader named is a guest', () => {
    const t = 'NEW DELHI -- The President of India, Smt Droupadii Murmuu hosted a banquet in honour of the leaders of neighbouring countries attending the swearing-in-ceremony of the Prime Minister of India at Rashtrapati Bhavan today (June 9, 2024).\n\nLeaders who attended the banquet include the President of Sri Lanka, H. E. Ranill Wickremesinghee; the President of the Maldives, H. E. Mohamedd Muizzuu; and the Prime Minister of Bhutan, H. E. Tsheringg Tobgayy.';
    const m = analyze(t).meetings.find((x) => x.headline)!;
    assert.deepStrictEqual([m.kind, ...m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).sort()], ['reception', 'Muizzuu:guest', 'Murmuu:host', 'Tobgayy:guest', 'Wickremesinghee:guest']);
  });
  it('"Taiwan\'s top envoy to the U.S., X, met", "AIT Chair Y", "MEP Z": an envoy in lower case, an institute by its short form, a member of the European Parliament', () => {
    assert.strictEqual(who('WASHINGTON — Taiwan\'s top envoy to the U.S., Hsiaoo Bi-khimm, met with Senator Bobb Menendezz on Friday.')[0], 'Hsiaoo Bi-khimm: top envoy to the U.S. (Taiwan)');
    assert.strictEqual(who('TAIPEI (Focus Taiwan) — AIT Chair Lauraa Rosenbergerr met with President Laii Ching-tee at the Presidential Office on Tuesday.')[0], 'Lauraa Rosenbergerr: Chair (United States)');
    assert.strictEqual(who('BRUSSELS — The Taiwanese envoy met with MEP Michaell Gahlerr on Monday.').pop(), 'Michaell Gahlerr: MEP (European Union)');
  });
});

describe('Genre coverage: committees of several domains (round from c76629f1)', () => {
  it('"Deputy Prime Minister A, chairperson of the State Committee for Family, Woman and Children Problems B have met C": a committee\'s domains listed with commas are one body, and its head a party', () => {
    const t = 'BAKU -- Deputy Prime Minister Alii Ahmadovv, chairperson of the State Committee for Family, Woman and Children Problems Hijrann Huseynovaa have met UNICEF Regional Director Afshann Khann.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Hijrann Huseynovaa')?.position, 'chairperson of the State Committee for Family, Woman and Children Problems');
    assert.deepStrictEqual(meetingsAt(t), ['talks [Ahmadovv+Huseynovaa+Khann] Baku']);
  });
});

describe('Genre coverage: programmes and agencies after an office (round from c76629f1)', () => {
  it('"Luis X, Chief of Social Policy UNICEF called on Usman Y": the agency\'s short form right after the office is the holder\'s; "Prime Minister’s Kamyab Jawan Program" is no one', () => {
    const t = 'Islamabad : Luiss Gorjann, Chief of Social Policy UNICEF called on Usmann Darr at PM Office today.\n\nDarr said that under the umbrella of Prime Minister’s Kamyab Jawan Program, a number of initiatives have been launched.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.organization ?? '-'}`), ['Luiss Gorjann: UNICEF', 'Usmann Darr: -']);
    assert.strictEqual(headlineRoles(t), 'reception [Gorjann:guest+Darr:host]');
  });
});

describe('Genre coverage: long portfolios and typed apostrophes (round from c76629f1)', () => {
  it('"The Minister of Construction, Engineering Services, Housing and Common Amenities, X": a portfolio of four domains, whole', () => {
    const t = 'CARACAS -- The Minister of Construction, Engineering Services, Housing and Common Amenities, Wimall Weerawansaa and the Deputy Minister of External Affairs, Neomall Pereraa attended the funeral.';
    assert.strictEqual(analyze(t).persons[0]?.position, 'Minister of Construction, Engineering Services, Housing and Common Amenities');
  });
  it('"Pakistan`s envoy, X,", "Sri Lanka`s Ambassador to Cuba, Y": a backtick typed for the apostrophe of a possessive', () => {
    const p = analyze('ISLAMABAD -- He met Pakistan`s envoy, Shahh Qureshii, on Monday.').persons[0];
    assert.deepStrictEqual([p?.name, p?.position, p?.country], ['Shahh Qureshii', 'envoy', 'Pakistan']);
    assert.strictEqual(analyze('CARACAS -- The delegation included Sri Lanka`s Ambassador to Cuba, Sarathh Dissanayakee.').persons[0]?.country, 'Sri Lanka');
  });
});

describe('Genre coverage: signatories styled and bodies after names (round from c76629f1)', () => {
  it('"the H.E Prime Minister of Estonia Mr X and H.E ACP Secretariat Secretary General Mr Y signed the memorandum": no body runs back over a styled name or opens on a style; the signing is their meeting', () => {
    const t = 'TALLINN -- Yesterday, 30 May the H.E Prime Minister of Estonia Mr Jürii Ratass and H.E ACP Secretariat Secretary General Mr Patrickk Ignatiuss Gomess signed the memorandum of understanding.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.organization ?? '-'} (${p.country ?? '-'})`), ['Jürii Ratass: - (Estonia)', 'Patrickk Ignatiuss Gomess: ACP Secretariat (Organisation of African, Caribbean and Pacific States)']);
    assert.deepStrictEqual(meetingsAt(t), ['talks [Ratass+Gomess] Tallinn']);
  });
});

describe('Genre coverage: non-resident envoys (round from c76629f1)', () => {
  it('"signed by the Ambassador of Kazakhstan in Argentina with residence in Brasilia X": the envoy\'s seat between his office and his name', () => {
    const p = analyze('BUENOS AIRES -- The document was signed by the Ambassador of Kazakhstan in Argentina with residence in Brasilia Kairatt Sarzhanovv.').persons[0];
    assert.deepStrictEqual([p?.name, p?.position, p?.country], ['Kairatt Sarzhanovv', 'Ambassador of Kazakhstan in Argentina', 'Kazakhstan']);
  });
});

describe('Genre coverage: founders received (round from c76629f1)', () => {
  it('"hosted a reception for X, founder of the China Pacific Construction Group": a founder, in lower case after his name, is received', () => {
    const t = 'HÀ NỘI — Prime Minister Phạmm Minhh Chínhh hosted a reception in Hà Nội on January 9 for Yann Jiehee, founder of the China Pacific Construction Group, one of China’s largest private enterprises.';
    assert.strictEqual(headlineRoles(t), 'reception [Chínhh:host+Jiehee:guest]');
    assert.strictEqual(analyze(t).persons[1]?.position, 'founder of the China Pacific Construction Group');
  });
});

describe('Genre coverage: short forms in title case (round from c76629f1)', () => {
  it('"Talking to Secretary General of Saarc X who called on him": a body\'s short form as the British press writes it, no person "Saarc"', () => {
    const t = 'KATHMANDU: Talking to Secretary General of Saarc Amjadd Hussainn B. Siall who called on him here, Prime Minister Shahidd Khaqann Abbasii said Pakistan was committed to Saarc.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.organization ?? '-'} (${p.country ?? '-'})`)[0], 'Amjadd Hussainn B. Siall: Saarc (SAARC)');
    assert.strictEqual(analyze(t).persons.length, 2);
    assert.strictEqual(headlineRoles(t), 'reception [Siall:guest+Abbasii:host]');
  });
  it('"Minister of Foreign and Caricom Affairs X": the body named as a domain is not the minister\'s', () => {
    const p = analyze('PORT OF SPAIN -- Minister of Foreign and Caricom Affairs Ameryy Brownee received the ambassador.').persons[0];
    assert.strictEqual(p?.position, 'Minister of Foreign and Caricom Affairs');
    assert.notStrictEqual(p?.country, 'CARICOM');
  });
});

describe('Genre coverage: glued initials at a sentence\'s end (round from c76629f1)', () => {
  it('"... added Minister D.Sumiyabazar.": the stop is the sentence\'s, and the name is the one met before', () => {
    const t = 'ULAANBAATAR -- Minister D. Sumiyabazarr met the UK delegation. The talks were useful, added Minister D.Sumiyabazarr.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['D. Sumiyabazarr']);
  });
});

describe('Genre coverage: visits with their day (round from c76629f1)', () => {
  it('"made his first official visit on Tuesday to Finland": the visitor is not of the country he visits', () => {
    const t = 'New Minister of Foreign Affairs Marguss Tsahknaa made his first official visit on Tuesday to Finland.\n\nTsahknaa met with his counterpart Pekkaa Haavistoo and incoming Prime Minister Petterii Orpoo in the Finnish capital.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Marguss Tsahknaa')?.country, 'Finland');
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Petterii Orpoo')?.country, 'Finland');
  });
});

describe('Genre coverage: hosts abroad and where a trip went (round from c016557f)', () => {
  it('"Following meetings with President A and Foreign Minister B, AIT Director C met with more leaders in Taiwan": those he met abroad serve the place', () => {
    const t = "AIT Director Mary Calder's Meetings\n\nMarch 3, 2023\n\nFollowing meetings with President Ho Mei-ling and Foreign Minister Daniel Kuo this week, AIT Director Mary Calder met with more leaders in Taiwan to continue discussions on issues of importance to both the United States and Taiwan.";
    assert.deepStrictEqual(who(t), ['Mary Calder: AIT Director (United States)', 'Ho Mei-ling: President (Taiwan)', 'Daniel Kuo: Foreign Minister (Taiwan)']);
  });
  it('"Foreign Minister Joseph Wu" in a text about Taiwan and not China: a Chinese family name says Taiwan', () => {
    const t = "Taiwan's President Lai Te-yu thanked Japan for its support on Monday.\n\nForeign Minister Joseph Wu said later that the two governments would keep talking.";
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Joseph Wu')?.country, 'Taiwan');
  });
  it('"Lin led a delegation ... to Palau. He met President X": those met, placed nowhere, are of where the trip went, not of a country the text sets against it', () => {
    const t = "Taiwan courts Palau\n\nTaiwan's Minister of Foreign Affairs, Lin Chia-hao, said the visit underscored ties with Palau.\n\nAt the 2025 forum in Honiara, Solomon Islands was pressured by China to exclude Taiwan from talks. This led to China, Taiwan, and several organisations being excluded from the meeting.\n\nBeijing wants Pacific nations to adopt a one China policy but Palau and Tuvalu continue to recognise Taiwan.\n\nLin led a delegation of representatives from Taiwan's electronics and tourism industries to Palau as part of the government's project.\n\nHe met President Tommy Ngirakl and Minister of State Daniel Rengulbai.";
    assert.deepStrictEqual(who(t).slice(1), ['Tommy Ngirakl: President (Palau)', 'Daniel Rengulbai: Minister of State (Palau)']);
  });
});

describe('Genre coverage: Pacific and parliamentary bodies (round from c016557f)', () => {
  it('"The Interim Secretary General of the Pacific Islands Development Forum X received the Secretary General of the Pacific Islands Forum, Dame Y": two bodies, each its own', () => {
    const t = 'The Interim Secretary General of the Pacific Islands Development Forum Mr Amena Yauvola this morning received the Secretary General of the Pacific Islands Forum, Dame Meg Tayler, in Suva.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.country}`), ['Amena Yauvola: Pacific Islands Development Forum', 'Meg Tayler: Pacific Islands Forum']);
  });
  it('"Chairman of the Majlisi Namoyandagon (Tajikistan\'s lower chamber of parliament) X": a gloss in brackets between the office and its holder', () => {
    const t = 'Chairman of the Majlisi Namoyandagon (Tajikistan’s lower chamber of parliament) Shukurjon Zuhurav received Non-resident Ambassador of Mongolia to Tajikistan Ayurzan Haraavchi.';
    assert.strictEqual(who(t)[0], 'Shukurjon Zuhurav: Chairman of the Majlisi Namoyandagon (Tajikistan)');
  });
  it('"the African Union Commission (AUC) Chairperson X": a short form in brackets is no gloss', () => {
    const t = 'He met the African Union Commission (AUC) Chairperson Moussa Fakki in Addis Ababa.';
    assert.strictEqual(analyze(t).persons[0]?.name, 'Moussa Fakki');
  });
  it('"NZ PM X ... bilateral meeting with PIF Secretary General Dame Y": New Zealand by its short form, the Forum by its own', () => {
    const t = 'NZ PM Jane Carter has arrived at the Pacific Islands Forum Secretariat in Suva. Following a photo session, Carter has begun a bilateral meeting with PIF Secretary General Dame Ana Lomu.';
    assert.deepStrictEqual(who(t), ['Jane Carter: PM (New Zealand)', 'Ana Lomu: Secretary General (Pacific Islands Forum)']);
  });
  it('"OSCE Parliamentary Assembly President X", "PACE President Y": each serves the assembly, not the body it belongs to', () => {
    const t = 'OSCE Parliamentary Assembly President Pere Vidal met the Speaker of the Georgian Parliament Levan Gelashvili on Monday. PACE President Anna Brasso met him a day later.';
    const p = analyze(t).persons;
    assert.strictEqual(p.find((x) => x.name === 'Pere Vidal')?.country, 'OSCE Parliamentary Assembly');
    assert.strictEqual(p.find((x) => x.name === 'Anna Brasso')?.country, 'Parliamentary Assembly of the Council of Europe');
  });
  it('"Chairman of the Committee on Foreign Affairs, Defense and Security of the Mazhilis X": a committee\'s brief of three domains, whole, and its chairman found', () => {
    const t = 'Astana, 17 November. Today in the Parliament, Chairman of the Committee on Foreign Affairs, Defense and Security of the Mazhilis Arman Zhaksy met with US Ambassador George Hale.';
    assert.strictEqual(who(t)[0], 'Arman Zhaksy: Chairman of the Committee on Foreign Affairs, Defense and Security of the Mazhilis (Kazakhstan)');
    assert.strictEqual(headlineRoles(t), 'talks [Zhaksy:participant+Hale:participant]');
  });
  it('"Chairman of the Majlisi Namoyandagon X", "Speaker of the Majlis Y": chambers by their own names', () => {
    const t = 'DUSHANBE -- Chairman of the Majlisi Namoyandagon Davlat Rahimov received Ambassador of Mongolia Bat Erdene. Erdene conveyed the invitation of Speaker of the Majlis Ali Rezaei to visit Iran.';
    const p = analyze(t).persons;
    assert.strictEqual(who(t)[0], 'Davlat Rahimov: Chairman of the Majlisi Namoyandagon (Tajikistan)');
    assert.strictEqual(p.find((x) => x.name === 'Ali Rezaei')?.position, 'Speaker of the Majlis');
    assert.strictEqual(headlineRoles(t), 'reception [Rahimov:host+Erdene:guest]');
  });
  it('"Chairman of Majlis Ash\'shura": the chamber is in the office, and no person "Ash\'shura"', () => {
    const t = 'MUSCAT -- Khalid bin Hilal al Maawalli, Chairman of Majlis Ash’shura, received the delegation from Bahrain.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.organization}`), ["Khalid bin Hilal al Maawalli: Majlis Ash'shura"]);
  });
});

describe('Genre coverage: an opening participle of more words (round from c016557f)', () => {
  it('"While receiving the Letter of Credence from Ambassador Y at the Royal Palace, King X said": the King is the host', () => {
    const t = 'SUVA, April 19 (Xinhua) -- Tonga will work with China, said Aho IV, the King of Tonga on Friday.\n\nWhile receiving the Letter of Credence from new Chinese Ambassador to Tonga Ma Zhiqiang at the Royal Palace, King Aho IV said he cherished the friendship.';
    assert.strictEqual(headlineRoles(t), 'reception [IV:host+Zhiqiang:guest]');
  });
});

describe('Genre coverage: commands, postings and bodies by their whole names (round from c016557f)', () => {
  it('"American Institute in Taiwan Director X": the United States\' office, its name whole', () => {
    const t = 'TAIPEI (Taiwan News) — American Institute in Taiwan Director Mary Calder met with Legislative Speaker Han Kuo-yu on Friday.';
    assert.deepStrictEqual(who(t), ['Mary Calder: American Institute in Taiwan Director (United States)', 'Han Kuo-yu: Speaker (Taiwan)']);
  });
  it('"Commanding General of the US Army Europe and Africa X": the command\'s name runs over its "and"', () => {
    const t = 'President Stevo Pendarovic held a meeting on Tuesday with Commanding General of the US Army Europe and Africa Christopher Cavola, who is paying an official visit to the country.';
    assert.strictEqual(who(t)[1], 'Christopher Cavola: Commanding General of the US Army Europe and Africa (United States)');
    assert.strictEqual(headlineRoles(t), 'talks [Pendarovic:participant+Cavola:participant]');
  });
  it('"commander of U.S Indo-Pacific command", "Chargé d\'Affaires to Papua New Guinea and Vanuatu": "U.S" without its stop; a posting names neither Guinea nor whom he serves', () => {
    const t = 'The commander of U.S Indo-Pacific command, Admiral John Aquilo, was accompanied by Joe Zadrozni, Chargé d’Affaires to Papua New Guinea and Vanuatu.';
    const p = analyze(t).persons;
    assert.strictEqual(p.find((x) => x.name === 'John Aquilo')?.country, 'United States');
    assert.ok(!['Guinea', 'Papua New Guinea', 'Vanuatu'].includes(p.find((x) => x.name === 'Joe Zadrozni')?.country ?? ''));
  });
  it('"the Resident Coordinator of the United Nations System in Burundi, X": no person "System"; the minister receiving him is Burundi\'s', () => {
    const t = 'Minister of State, Minister of Foreign Affairs, Albert Shingira, received in audience the Resident Coordinator of the United Nations System in Burundi, Damien Mamo.';
    assert.deepStrictEqual(who(t), ['Albert Shingira: Minister of State, Minister of Foreign Affairs (Burundi)', 'Damien Mamo: Resident Coordinator of the United Nations System in Burundi (United Nations)']);
  });
  it('"The IMF mission, led by Mr. X, met with the Minister of Finance": the mission\'s head serves its body', () => {
    const t = 'The IMF mission, led by Mr. Ali Mansouri, met with the Minister of Finance, Vera Davesa, in Luanda on Thursday.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Ali Mansouri')?.country, 'International Monetary Fund');
  });
});

describe('Genre coverage: audiences granted (round from c016557f)', () => {
  it('"granted an audience on Monday to X", "was granted an audience by Y": host and guest, a day between', () => {
    assert.strictEqual(headlineRoles('The President of the Republic, Faure Gnassingbo, granted an audience on Monday to the Special Representative of the UN Secretary-General for West Africa, Leonardo Santos Simoe.'), 'reception [Gnassingbo:host+Simoe:guest]');
    assert.strictEqual(headlineRoles('The Ambassador of Japan, Kenji Tanaki, was granted an audience by President Faure Gnassingbo on Monday.'), 'reception [Tanaki:guest+Gnassingbo:host]');
  });
});

describe('Genre coverage: a reception told on (round from c016557f)', () => {
  it('"X paid a farewell courtesy visit to the State House where he met with President Y": X is the guest', () => {
    const t = 'Outgoing Japanese Ambassador Kawakama Fumihiri paid a farewell courtesy visit to the State House where he met with His Excellency the President Ratu Wiliami Katonivera yesterday.';
    assert.strictEqual(headlineRoles(t), 'reception [Fumihiri:guest+Katonivera:host]');
  });
  it('"X hosted a farewell lunch for Ambassador Y", then "Y concluded his visit after meeting senior government officials": still a reception', () => {
    const t = 'PM farewells envoy\n\nThe Prime Minister, Sitiveni Rabuku, hosted a farewell lunch for the non-resident Ambassador of Israel to Fiji, Roi Rosenblat, at the Grand Pacific Hotel.\n\nAmbassador Rosenblat concluded his week-long visit after meeting senior government officials and the Heads of Mission in Suva.';
    assert.strictEqual(headlineRoles(t), 'reception [Rabuku:host+Rosenblat:guest]');
  });
});

describe('Genre coverage: Francophone and humanitarian wordings (round from c016557f)', () => {
  it('"had a tête-à-tête on Wednesday with X": talks, a day between', () => {
    assert.strictEqual(headlineRoles('Yaoundé - The Minister of External Relations, Lejeune Mbello Mbello, had a tête-à-tête on Wednesday with the Ambassador of China to Cameroon, Wang Dongo.'), 'talks [Mbello:participant+Dongo:participant]');
  });
  it('"told the press after the audience granted by President X": the one granting it is the host', () => {
    assert.strictEqual(headlineRoles('The two personalities discussed bilateral cooperation, the Minister of Foreign Affairs, Jean-Claude Gakossa, told the press after the audience granted by President Denis Sassou Nguessa.'), 'reception [Gakossa:guest+Nguessa:host]');
  });
  it('"X said Bangladesh would not host them for long, as Y paid a courtesy call on her": the call is told, not to come, and "her" is X', () => {
    assert.strictEqual(headlineRoles('Prime Minister Sheikh Hasena today said Bangladesh would not be able to host the Rohingyas for long, as UNICEF Executive Director Henrietta Foor paid a courtesy call on her at her office.'), 'reception [Foor:guest+Hasena:host]');
  });
});

describe('Genre coverage: the Federated States of Micronesia (round from c016557f)', () => {
  it('"arrived in Pohnpei and were received by Acting Secretary T.H. X, the Ambassador of FSM to Japan, Y": the style is no name, the island a place, and another host\'s posting not the first host\'s', () => {
    const t = 'Palikir, Pohnpei- On July 24, 2023, the Japanese Special Envoy, the Honorable Keiji Furuyo, and his delegation arrived in Pohnpei and were received by Acting Secretary of the Department of Foreign Affairs, T.H. Ricky F. Canterro, the Ambassador of FSM to Japan, H.E. John Fritzi, along with resident Ambassador of Japan to the FSM, H.E. Hisashi Michigama.';
    const a = analyze(t);
    assert.strictEqual(who(t)[1], 'Ricky F. Canterro: Acting Secretary of the Department of Foreign Affairs (Micronesia)');
    assert.strictEqual(a.meetings.find((m) => m.headline)?.place, 'Pohnpei');
  });
});

describe('Genre coverage: inaugurations abroad (round from c016557f)', () => {
  it('"the inauguration of incoming President Santiago X": a given name that is a city\'s is the name\'s, and no Chile', () => {
    const t = 'Following a transit stop in New York, Vice President Lai Ching-tek and his delegation departed for the Republic of Paraguay, where they will attend the inauguration of incoming President Santiago Ferreira Duarte.';
    assert.strictEqual(who(t)[1], 'Santiago Ferreira Duarte: incoming President (-)');
  });
  it('"Vice President Lai arrives in the Republic of Paraguay": one the title has going there is not of the country the meeting is in', () => {
    const t = 'Vice President Lai arrives in the Republic of Paraguay for presidential inauguration\n\n2023-08-14\n\nFollowing a transit stop in New York, Vice President Lai Ching-tek and his delegation departed for the Republic of Paraguay. On the morning of August 14 they arrived at the airport in Asunción.\n\nParaguayan Vice Minister of Foreign Affairs Raúl Silvera then welcomed the vice president as he alighted from the plane.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Lai Ching-tek')?.country, 'Paraguay');
  });
});

describe('Genre coverage: a diplomat named by his nationality (round from c016557f)', () => {
  it('"Uzbek diplomat X ... President Y presented the Order of Friendship to X": the diplomat is an official of his country, and the one honoured', () => {
    const t = 'Uzbek diplomat Ilkhom Nematova was awarded. Russian President Vladimir Putim personally presented the Order of Friendship to Nematova, recognizing his contributions.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Ilkhom Nematova')?.country, 'Uzbekistan');
    assert.strictEqual(headlineRoles(t), 'reception [Putim:host+Nematova:guest]');
  });
});

describe('Genre coverage: credentials presented at a meeting (round from c016557f)', () => {
  it('"when the IOM Chief of Mission in Bangladesh X met him to present his credentials": a reception, X the guest, and not of Bangladesh', () => {
    const t = 'Foreign Minister Abdul Moman said this when the newly appointed IOM Chief of Mission in Bangladesh Abdusattor Esoyev met him to present his credentials at the Ministry on Tuesday.';
    assert.strictEqual(headlineRoles(t), 'reception [Esoyev:guest+Moman:host]');
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Abdusattor Esoyev')?.country, 'Bangladesh');
  });
});

describe('Genre coverage: the US Congress (round from c016557f)', () => {
  it('"Assistant Secretary for Insular Areas X": a brief of the islands a department answers for', () => {
    const t = 'The Secretary was accompanied by newly confirmed Assistant Secretary for Insular Areas Doug Domenecho and Director of the Office of Insular Affairs Nik Pulo.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => `${p.name}: ${p.position}`), ['Doug Domenecho: Assistant Secretary for Insular Areas', 'Nik Pulo: Director of the Office of Insular Affairs']);
  });
  it('"U.S. Sens. A (R-Idaho) and B, (D-N.J.), met with President Y": the short plural, and each senator past his party and state', () => {
    const t = 'Washington, D.C. – U.S. Sens. Jim Rischer (R-Idaho) and Bob Menendo, (D-N.J.), met this week with President Hilda Heino of the Republic of the Marshall Islands.';
    assert.deepStrictEqual(who(t), ['Jim Rischer: Senator (United States)', 'Bob Menendo: Senator (United States)', 'Hilda Heino: President (Marshall Islands)']);
    assert.strictEqual(headlineRoles(t), 'talks [Rischer:participant+Menendo:participant+Heino:participant]');
  });
  it('"welcome President of Marshall Islands to US Capitol": a building, no person "Capitol"', () => {
    const t = 'Rischer and Menendo welcome President of Marshall Islands to US Capitol\n\nWashington, D.C. – Senator Jim Rischer met this week with President Hilda Heino of the Republic of the Marshall Islands.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Jim Rischer', 'Hilda Heino']);
  });
});

describe('Genre coverage: a cabinet listed (round from c016557f)', () => {
  it('"accompanied by Petroleum Minister A, Commerce Minister William Duma, Treasurer B and Finance Minister C": a treasurer, and a surname that is a chamber\'s is no body', () => {
    const t = 'PORT MORESBY -- They have now convened their bilateral meeting with Prime Minister Marape being accompanied by Petroleum Minister Kerenga Kuo, Commerce Minister William Duma, Treasurer Ian Ling Stuckay and Finance Minister Rainbo Paito.';
    const a = analyze(t);
    assert.strictEqual(a.persons.find((p) => p.name === 'Ian Ling Stuckay')?.position, 'Treasurer');
    assert.ok(!a.entities.some((e) => e.type === 'organization' && /Duma/.test(t.slice(e.start, e.end))));
  });
});

describe('Genre coverage: a middle initial after a lower-case office (round from c016557f)', () => {
  it('"The two leaders were also joined by former Gujarat home minister Praful K X": a guest with the caller', () => {
    const t = 'Suva [Fiji], May 15 : Union Minister of State for External Affairs Rajkumar Ranjan Singho on Monday called on Fiji Prime Minister Sitiveni Rabuko and held discussions. The two leaders were also joined by former Gujarat home minister Praful K Patell.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Praful K Patell'));
    assert.ok(analyze(t).meetings.find((m) => m.headline)?.participants.some((p) => p.name === 'Praful K Patell'));
  });
});

describe('Genre coverage: a long office set off by commas (round from c016557f)', () => {
  it('"..., Haque Md. Muzammel, Chairman of ...": a stop inside a name is no sentence\'s end, so no person "Haque Md"', () => {
    const t = 'The delegation of Bangladesh, Ziaul Hasen, Deputy Minister of Science and Technology of Bangladesh, Haque Md. Muzammol, Chairman of the Bangladesh Atomic Energy Regulatory Authority, and Akbar Mohammad Shawkot visited the plant.';
    assert.ok(!analyze(t).persons.some((p) => p.name === 'Haque Md'));
  });
  it('"received a delegation from the ICRC led by its regional director for Africa, X.": an office set off by a comma before the name that closes the sentence', () => {
    const t = 'The Minister of Foreign Affairs, Robert Dussay, received on Thursday a delegation from the International Committee of the Red Cross (ICRC) led by its regional director for Africa, Patrick Youssif.';
    assert.strictEqual(headlineRoles(t), 'reception [Dussay:host+Youssif:guest]');
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Patrick Youssif')?.position, 'regional director for Africa');
  });
  it('"the President of the Supreme Electoral Tribunal (TSE) of El Salvador, X,": a short form in brackets inside the office before its holder', () => {
    const t = 'The Secretary General of the OAS, José Miguel Insulzo, today met with the President of the Supreme Electoral Tribunal (TSE) of El Salvador, Eugenio Chicas Martinaz, during his visit.';
    assert.strictEqual(headlineRoles(t), 'talks [Insulzo:participant+Martinaz:participant]');
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Eugenio Chicas Martinaz')?.country, 'El Salvador');
  });
});

describe('Genre coverage: the host named at the reception (round from c016557f)', () => {
  it('"A delegation led by X visited the authorities of Y province", then "At the reception, Vice Chairman Z wished": Z received the visitor', () => {
    const t = "Vinh Long (VNA) - A delegation from the Cambodian Ministry of National Defence led by Lieut. Gen. Ouk Hoeunpisoy visited and extended Lunar New Year wishes to the authorities of Vinh Long province on January 11.\n\nAt the reception, Vice Chairman of the Vinh Long People's Committee Nguyen Van Lieu wished that the friendship between Vietnam and Cambodia will keep growing.";
    assert.strictEqual(headlineRoles(t), 'reception [Hoeunpisoy:guest+Lieu:host]');
  });
});

describe('Genre coverage: agencies\' heads and their hosts (round from f804c8d3)', () => {
  it('"Director General of IOM Jane Pope called on ...": a family name that is also a title closes a given name', () => {
    const t = 'ISLAMABAD, March 4 (APP): Director General of the International Organization for Migration (IOM) Jane Pope on Tuesday called on Foreign Minister Ahmed Rauf Khan.';
    assert.strictEqual(headlineRoles(t), 'reception [Pope:guest+Khan:host]');
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Jane Pope')?.position, 'Director General of the International Organization for Migration');
  });
  it('"called on Secretary Interior X": a secretary\'s ministry after the office, South Asian style', () => {
    const t = 'ISLAMABAD, May 2 (APP): The UNHCR representative Maria Lund on Monday called on Secretary Interior Khalid Mehmood Butt and discussed issues of mutual interest.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Khalid Mehmood Butt')?.position, 'Secretary Interior');
    assert.strictEqual(headlineRoles(t), 'reception [Lund:guest+Butt:host]');
  });
  it('"President of the International Committee of the Red Cross [ICRC] X": a short form in square brackets before the holder', () => {
    const t = 'Syrian President Bashar al-Assad received President of the International Committee of the Red Cross [ICRC] Anna Keller Moser in Damascus.';
    assert.strictEqual(headlineRoles(t), 'reception [al-Assad:host+Moser:guest]');
  });
  it('"The minister of International Cooperation X and the director of the Agency for International Development (USAID) Y discussed": lower-case offices before their holders', () => {
    const t = 'Khartoum - The minister of International Cooperation Osman Idris Hamid and the director of the US Agency for International Development (USAID) Laura Whitcombe discussed on Thursday the projects of the agency in Sudan.';
    assert.strictEqual(headlineRoles(t), 'talks [Hamid:participant+Whitcombe:participant]');
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Laura Whitcombe')?.country, 'United States');
  });
  it('"ENA March 3/2021 President X held talks": an agency\'s name and the date opening the lead give its country', () => {
    const t = 'Aid agency renews its support\n\nENA March 3/2021 President Almaz Tesfaye held talks today with President Peter Keller of the International Committee of the Red Cross.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Almaz Tesfaye')?.country, 'Ethiopia');
  });
  it('"Saeed Rashid Abdul Aziz Mubarak Al-Dhaheri, UAE Ambassador to ...": a Gulf name of five words closed by a joined "Al-"', () => {
    const t = 'Saeed Rashid Abdul Aziz Mubarak Al-Dhaheri, UAE Ambassador to the Republic of Kenya, attended the meeting of the Kenyan Foreign Minister with the heads of missions.';
    const p = analyze(t).persons.find((x) => x.name === 'Saeed Rashid Abdul Aziz Mubarak Al-Dhaheri');
    assert.strictEqual(p?.country, 'United Arab Emirates');
  });
});

describe('Genre coverage: Gulf courts and the Western Balkans (round from f804c8d3)', () => {
  it('"at the Ministry of Foreign Affairs Noura bint Saeed X met": a given name before "bint" closes no body', () => {
    const t = 'Abu Dhabi: HE Minister of State at the Ministry of Foreign Affairs Noura bint Saeed Al Kaabi met on Tuesday with HE Minister of Trade of the Republic of Chile Dr. Andrés Valdivia Rojas.';
    assert.strictEqual(headlineRoles(t), 'talks [Kaabi:participant+Rojas:participant]');
  });
  it('"The Omani monarch X hosted": a monarch\'s office in lower case after a nationality', () => {
    const t = 'The Omani monarch Haitham bin Tarik Al Said welcomed the region as he hosted the Kuwaiti Crown Prince Mishal Al-Ahmad in Muscat on Monday.';
    const p = analyze(t).persons.find((x) => x.name === 'Haitham bin Tarik Al Said');
    assert.strictEqual(p?.country, 'Oman');
    assert.strictEqual(p?.position, 'monarch');
  });
  it('"the EU\'s special representative for dialogue between Belgrade and Pristina, X": a brief "for" a meeting\'s noun, between two places', () => {
    const t = 'Montenegrin President Jakov Milatovic met today with the EU\'s special representative for dialogue between Belgrade and Pristina, Stefan Lehne.';
    const p = analyze(t).persons.find((x) => x.name === 'Stefan Lehne');
    assert.strictEqual(p?.position, 'special representative for dialogue between Belgrade and Pristina');
    assert.strictEqual(headlineRoles(t), 'talks [Milatovic:participant+Lehne:participant]');
  });
  it('"held a conference call yesterday with": a call', () => {
    const t = 'BRUSSELS, 19 March 2021 – High Representative Josep Borrell held a conference call yesterday with Prime Minister of North Macedonia Zoran Zaev.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => [m.kind, m.isoDate]), [['phone call', '2021-03-18']]);
  });
  it('"the consequences of the tragic 26 November earthquake", "on 17 February, when the conference will be held": no day of the meeting', () => {
    const told = (s: string) => analyze(`PM meets Michel\n\n2020-01-24\n\nPrime Minister Edi Rama hosted the President of the European Council, Charles Michel.\n\nRama said he discussed with Michel ${s}`).meetings.find((m) => m.headline)?.isoDate;
    assert.strictEqual(told('the consequences of the tragic 26 November earthquake.'), '2020-01');
    assert.strictEqual(told('the conference on 17 February, when the donors will be gathered in Brussels.'), '2020-01');
  });
  it('"where he was hosted at an official ceremony by Prime Minister X", then "X said he discussed with him": a reception still', () => {
    const t = 'Michel visits Tirana\n\nThe President of the European Council, Charles Michel, arrived in Albania this afternoon, where he was hosted at an official ceremony by Prime Minister Edi Rama.\n\nRama said he discussed with Michel the reconstruction process after the earthquake.';
    assert.strictEqual(headlineRoles(t), 'reception [Michel:guest+Rama:host]');
  });
  it('"the situation in the Republika Srpska of Bosnia and Herzegovina": a province, no person', () => {
    const t = 'Russian Foreign Minister Sergey Lavrov and Serbian President Aleksandar Vucic discussed in a telephone conversation the situation in the Republika Srpska of Bosnia and Herzegovina.';
    assert.ok(!analyze(t).persons.some((p) => /Srpska/.test(p.name)));
    assert.strictEqual(headlineRoles(t), 'phone call [Lavrov:participant+Vucic:participant]');
  });
  it('"had a long conversation with X", then "discussed in a telephone conversation": the conversation was the call', () => {
    const t = 'Lavrov and Vucic talk\n\n2025-08-26\n\nSerbian President Aleksandar Vucic said that he had a long conversation with Russian Foreign Minister Sergey Lavrov.\n\nMOSCOW (Sputnik) - Lavrov and Vucic discussed in a telephone conversation the situation in Kosovo, the ministry said on Tuesday.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.kind, 'phone call');
  });
});

describe('Genre coverage: days told relative to the release, and glosses (round from f804c8d3)', () => {
  it('"received this evening a phone call from X": the release\'s day, written', () => {
    const t = 'Minister receives call\n\nPublished On: 30 July 2022\n\nOman\'s Foreign Minister Sayyid Badr Albusaidi received this evening a phone call from Antony Blinken, Secretary of State of the United States.';
    const m = analyze(t).meetings[0];
    assert.deepStrictEqual([m.kind, m.date, m.isoDate], ['phone call', 'this evening', '2022-07-30']);
  });
  it('"this afternoon (04 October)": the day written out over the one relative to the release', () => {
    const t = 'Commander calls on the President\n\n05th October 2024\n\nLieutenant General Vikum Liyanagee, Commander of the Army, paid a courtesy call on President Anura Kumara Dissanayakee this afternoon (04 October) at the Presidential Secretariat.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2024-10-04');
  });
  it('"met ... this evening at Iveagh House", then "met this evening [Wednesday 26 February]": the restated day', () => {
    const t = 'Secretary of State meets Tánaiste\n\n27 February 2025\n\nThe Secretary of State for Northern Ireland, Hilary Bennet, met with the Tánaiste, Simon Harrison, this evening at Iveagh House, Dublin.\n\nHilary Bennet and Simon Harrison met this evening [Wednesday 26 February] at Iveagh House, Dublin.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.isoDate), ['2025-02-26']);
  });
  it('"the Chairman of the Advisory Council (Shura), X": a one-word gloss in brackets before the holder', () => {
    const t = 'Tashkent - The Chairperson of the Senate, Tanzila Narbaeva, held a meeting with a delegation from the State of Qatar led by the Chairman of the Advisory Council (Shura), Hassan bin Abdullah Al-Ghanem.';
    const p = analyze(t).persons.find((x) => x.name === 'Hassan bin Abdullah Al-Ghanem');
    assert.strictEqual(p?.position, 'Chairman of the Advisory Council');
  });
  it('"the Head of the Sovereign Council, Lt-General, Abdul Fattah X and the accompanied delegation": a rank set off by commas before a name closed by "and"', () => {
    const t = 'Um-Jaras - Chadian President Idriss Debi received on Thursday the Head of the Transitional Sovereign Council, Lt-General, Abdul Fattah Al-Burhane and the accompanied delegation.';
    assert.strictEqual(headlineRoles(t), 'reception [Debi:host+Al-Burhane:guest]');
  });
});

describe('Genre coverage: ships\' officers and Caribbean styles (round from f804c8d3)', () => {
  it('"The Commanding Officer of HMAS Anzac, Commander John X, paid a courtesy call on the Mayor": the ship\'s office and its navy, the naval rank after the comma', () => {
    const t = 'The Commanding Officer of HMAS Arunta, Commander Peter Carrow, paid a courtesy call on the Mayor of Cebu City, Michael Ramass, on Tuesday.';
    const p = analyze(t).persons.find((x) => x.name === 'Peter Carrow');
    assert.deepStrictEqual([p?.rank, p?.position, p?.country], ['Commander', 'Commanding Officer of HMAS Arunta', 'Australia']);
  });
  it('"INS Sahyadri, commanded by Captain X," and "INS Delhi and INS Satpura, under the command of Rear Admiral Y": the ships\' navy is his country', () => {
    const a = analyze('INS Sahyadri, commanded by Captain Rajeev Menonn, arrived at Port Moresby on a three-day visit.');
    assert.strictEqual(a.persons.find((x) => x.name === 'Rajeev Menonn')?.country, 'India');
    const b = analyze('Two ships, INS Delhi and INS Satpura, under the command of Rear Admiral Gurcharan Singhh, arrived in Da Nang.');
    assert.strictEqual(b.persons.find((x) => x.name === 'Gurcharan Singhh')?.country, 'India');
  });
  it('"called on the Commander of the PNGDF Maritime Element, Captain X": a body of three words the lexicons do not hold, before its holder', () => {
    const t = 'The Commanding Officer called on the Commander of the PNGDF Maritime Element, Captain Philip Polewaa, at Port Moresby.';
    assert.strictEqual(analyze(t).persons.find((x) => x.name === 'Philip Polewaa')?.position, 'Commander of the PNGDF Maritime Element');
  });
  it('"A JMSDF training squadron led by Rear Admiral X": a naval group of a service the lexicons know', () => {
    const t = 'A JMSDF training squadron led by Rear Admiral Kazushi Nakamurra made a port call at Manila.';
    assert.strictEqual(analyze(t).persons.find((x) => x.name === 'Kazushi Nakamurra')?.country, 'Japan');
  });
  it('"called on the Vice Chairman of the city People\'s Committee, X": the level of a local body in lower case', () => {
    const t = 'Rear Admiral Gurcharan Singhh called on the Vice Chairman of the city People\'s Committee, Vo Van Hoann, on Monday.';
    assert.strictEqual(headlineRoles(t), 'reception [Singhh:guest+Hoann:host]');
    assert.strictEqual(analyze(t).persons.find((x) => x.name === 'Vo Van Hoann')?.position, 'Vice Chairman of the city People\'s Committee');
  });
  it('"Minister of Foreign Affairs and Foreign Trade, Senator the Hon. X" and "Prime Minister the Most Hon. Y": styles of address, not offices', () => {
    const a = analyze('Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Kamina Johnson Smithh, met with the Ambassador of Japan to Jamaica, H.E. Yasuhiro Atsumii, on Tuesday.');
    assert.strictEqual(a.persons.find((x) => x.name === 'Kamina Johnson Smithh')?.position, 'Minister of Foreign Affairs and Foreign Trade');
    const b = analyze('Prime Minister the Most Hon. Andrew Holnesss received a courtesy call from the Ambassador of China, His Excellency Chen Daoxiangg.');
    assert.strictEqual(b.persons.find((x) => x.name === 'Andrew Holnesss')?.position, 'Prime Minister');
  });
  it('"Senator the Hon. X met with the Ambassador of Japan": the one meeting an office does not hold it', () => {
    const t = 'Senator the Hon. Kamina Johnson Smithh met with the Ambassador of Japan.';
    assert.notStrictEqual(analyze(t).persons.find((x) => x.name === 'Kamina Johnson Smithh')?.position, 'Ambassador');
  });
});

describe('Genre coverage: titles that receive a guest (round from f804c8d3)', () => {
  it('"PM X received Romanian FM" over "X held talks with Y": a reception, its host the one the title names first', () => {
    const t = 'PM Plenkovicc received Romanian FM\n\nZAGREB, 9 March 2018 - Prime Minister Andrej Plenkovicc on Friday held talks with Romanian Foreign Minister Teodor Melescanuu.';
    assert.strictEqual(headlineRoles(t), 'reception [Plenkovicc:host+Melescanuu:guest]');
  });
  it('"Minister Hosts South Africa\'s Minister" over "X met Y": so does a title that hosts a guest', () => {
    const t = 'Education Minister Hosts South Africa\'s Minister Of Basic Education\n\nDOHA, 12 May 2024 - Minister of Education Buthaina Al Nuaimii met with South Africa\'s Minister of Basic Education Siviwe Gwarubee.';
    assert.strictEqual(headlineRoles(t), 'reception [Nuaimii:host+Gwarubee:guest]');
  });
  it('"Tashkent hosts 16th Intergovernmental Commission meeting" over "X met Y": an event hosted says nothing of who received whom', () => {
    const t = 'Tashkent hosts 16th Uzbek-Turkmen Intergovernmental Commission meeting\n\nTASHKENT, 3 June 2021 - Uzbek Deputy Prime Minister Sardor Umurzakovv met Turkmen Deputy Prime Minister Esenmyrat Orazgeldievv on the sidelines of the meeting.';
    assert.strictEqual(headlineRoles(t), 'talks [Umurzakovv:participant+Orazgeldievv:participant]');
  });
});

describe('Genre coverage: a body\'s envoy for a country (round from f804c8d3)', () => {
  it('"Foreign Minister X met the UN Special Envoy for Syria, Y": across from the envoy, an official of the country his brief is for', () => {
    const t = 'Minister meets UN envoy\n\n2022-12-07\n\nForeign and Expatriates Minister Faisal al-Mekdadd on Wednesday met the UN Special Envoy for Syria, Geir Pedersenn, to review the latest developments.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Faisal al-Mekdadd')?.country, 'Syria');
  });
  it('"... met the UN Special Envoy for Yemen Y in Riyadh": not where the meeting is placed in another country', () => {
    const t = 'Minister meets UN envoy\n\n2021-10-05\n\nDeputy Chief of the General Staff Lieutenant General Mutlaq bin Salem al-Azimaa met with the UN Special Envoy for Yemen Hans Grundbergg in Riyadh on Monday.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Mutlaq bin Salem al-Azimaa')?.country, 'Yemen');
  });
});

describe('Genre coverage: Gulf names and styles (round from f804c8d3)', () => {
  it('"Walid al-Khuraiji greeted X": a family name with its Arabic article joined in lower case', () => {
    const t = 'Saudi Arabia’s deputy foreign minister welcomed senior diplomats from Qatar and Kuwait.\n\nWalid al-Khuraijii greeted Qatar’s foreign minister Sheikh Mohammed bin Abdulrahman Al Thanii upon his arrival at King Khalid International Airport in Riyadh on Tuesday evening.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Walid al-Khuraijii'));
  });
  it('"Bahrain\'s King H M Hamad X": a ruler\'s style in spaced initials between his title and his name', () => {
    const t = 'Bahrain’s King H M Hamad bin Isa Al Khalifaa had on June 12 appointed Al Ghatamm as the country’s ambassador to Qatar.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Hamad bin Isa Al Khalifaa' && p.position === 'King'));
  });
});

describe('Genre coverage: rulers and lists of offices (round from f804c8d3)', () => {
  it('"Sheikh X, Ruler of Ras Al Khaimah,": a ruler of an emirate the regions\' lexicon knows serves its country', () => {
    const p = analyze('Sheikh Saud bin Saqr Al Qasimii, Ruler of Ras Al Khaimah, received the Ambassador of Spain.').persons.find((x) => x.name === 'Saud bin Saqr Al Qasimii');
    assert.deepStrictEqual([p?.position, p?.country], ['Ruler of Ras Al Khaimah', 'United Arab Emirates']);
  });
  it('"First Deputy Prime Minister, Minister of Defence, and Minister of Interior of the State of Kuwait": the last office of a list after ", and"', () => {
    const t = 'Sheikh Mansour bin Zayedd today received Sheikh Fahad Yusuf Saud Al-Sabahh, First Deputy Prime Minister, Minister of Defence, and Minister of Interior of the State of Kuwait, at Qasr Al Watan in Abu Dhabi.';
    const p = analyze(t).persons.find((x) => x.name === 'Fahad Yusuf Saud Al-Sabahh');
    assert.deepStrictEqual([p?.position, p?.country], ['First Deputy Prime Minister, Minister of Defence, and Minister of Interior', 'Kuwait']);
  });
  it('"A, Deputy Minister of National Defence, and Secretary of the Department of Defence B will co-chair": the office after ", and" is the next holder\'s', () => {
    const t = 'This year, Senior Lieutenant General Hoang Xuan Chienn, Deputy Minister of National Defence, and Secretary of the Department of Defence Greg Moriartyy will co-chair the annual Defence Policy Dialogue in Canberra.';
    assert.strictEqual(analyze(t).persons.find((x) => x.name === 'Hoang Xuan Chienn')?.position, 'Deputy Minister of National Defence');
  });
});

describe('Genre coverage: commandants and their escorts (round from f804c8d3)', () => {
  it('"The Commander of the visiting task group, Rear Admiral X,": what the office heads in lower case, before its holder\'s rank', () => {
    const t = 'The Commander of the visiting task group, Rear Admiral Matt Bensonn, paid a courtesy call on the Governor of Okinawa, Denny Tamakki.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Matt Bensonn')?.position, 'Commander of the visiting task group');
  });
  it('"accompanied on the visit by the Deputy Commandant, Major General X": an escort of the guest', () => {
    const t = 'NDC plans tour\n\nRear Admiral OB Dajii paid a courtesy call on the Chief of Army Staff, Lieutenant General Ibrahim Attahiruu, at the Army Headquarters, Abuja.\n\nAdmiral Dajii was accompanied on the visit by the Deputy Commandant, Major General AE Attuu.';
    assert.strictEqual(headlineRoles(t), 'reception [Dajii:guest+Attahiruu:host+Attuu:guest]');
  });
  it('"countries in Africa, Europe, America and Asia": America among continents names no country', () => {
    const t = 'The Commandant of the college, Rear Admiral OB Dajii, disclosed this during a courtesy call on the Chief of Army Staff of Nigeria, Lieutenant General Ibrahim Attahiruu. The Commandant explained that the planned tour will include countries in Africa, Europe, America and Asia.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'OB Dajii')?.country, 'United States');
  });
});

describe('Genre coverage: ships named with their officers (round from f804c8d3)', () => {
  it('"commanding officer of the amphibious transport dock USS Green Bay": a ship\'s name is no person', () => {
    const t = 'US Navy Captain Mark Smithh, commanding officer of the amphibious transport dock USS Green Bay, met with Vice Admiral Adeline Ngwenyaa of the South African Navy.';
    assert.ok(!analyze(t).persons.some((p) => /Green Bay/.test(p.name)));
  });
  it('"Commanding Officer INS Delhi Captain X": the ship right after the office is part of it, its navy his country', () => {
    const p = analyze('Commanding Officer INS Delhi Captain Ravi Kumarr called on the Governor.').persons.find((x) => x.name === 'Ravi Kumarr');
    assert.deepStrictEqual([p?.position, p?.country], ['Commanding Officer INS Delhi', 'India']);
  });
  it('"Indian Naval Ship Sunayna, under the command of Commander X": the commanding officer\'s rank, and his navy\'s nation', () => {
    const p = analyze('Indian Naval Ship Sunayna, under the command of Commander Vikas Soodd, arrived at Port Louis on 12 June.').persons.find((x) => x.name === 'Vikas Soodd');
    assert.deepStrictEqual([p?.rank, p?.country], ['Commander', 'India']);
  });
});

describe('Genre coverage: Caribbean releases and their ministers (round from 14e79660)', () => {
  it('"The Prime Minister was joined at the meeting by Minister A and B" on a call: they took part, on his side', () => {
    const t = 'Prime Minister Dr Keith Rowlee received a call from President of the People\'s Republic of China, His Excellency Xi Jinpingg via teleconference today.\n\nThe Prime Minister was joined at the meeting by Minister of Foreign and CARICOM Affairs, Dr Amery Brownee, and Permanent Secretary to the Prime Minister, Maurice Suitee.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`), ['Rowlee:callee', 'Jinpingg:caller', 'Brownee:callee', 'Suitee:callee']);
    assert.ok(!analyze(t).persons.some((p) => p.name === 'Amery Brownee' && p.country === 'China'));
  });
  it('"Minister in the Office of the Prime Minister, X": the office whole, not the Prime Minister\'s', () => {
    assert.strictEqual(analyze('Minister in the Office of the Prime Minister, Stuart Youngg, met the Governor.').persons.find((p) => p.name === 'Stuart Youngg')?.position, 'Minister in the Office of the Prime Minister');
  });
  it('"The Prime Minister was accompanied by the Minister of Finance X" at the White House: his minister, not the host\'s', () => {
    const t = 'Prime Minister Holnesss Invited to Meeting with US Vice President Pencee\n\n2019-10-04\n\nFollowing, Jamaica‘s participation in the United Nations General Assembly last week and leading role at the UN Climate Change Summit in New York, Prime Minister Holnesss was invited to meet with Vice President Pencee in Washington.\n\nThe meeting took place, earlier this week, on Monday, September 30, 2019 at the White House.\n\nThe Prime Minister was accompanied by the Minister of Finance, Honourable Nigel Clarkee MP, Chief of Defence Staff, Lt. Gen. Rocky Meadee, and Parliamentary Secretary Senator Robert Morgann.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Nigel Clarkee')?.country, 'United States');
  });
  it('"Hon. X, E.G.H., Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya": an order\'s letters with their stops, and the office', () => {
    const p = analyze('Prime Minister Philip Daviss met with Hon. Musalia Mudavadii, E.G.H., Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, to discuss trade.').persons.find((x) => x.name === 'Musalia Mudavadii');
    assert.deepStrictEqual([p?.position, p?.country], ['Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs', 'Kenya']);
  });
  it('"..., with Prime Minister X reaffirming The Bahamas’ commitment": the participle\'s subject speaks for the country', () => {
    const t = 'Apia, Samoa – Prime Minister Philip Daviss met with Foreign Minister John Roee of Kenya, with Prime Minister Daviss reaffirming The Bahamas’ commitment to peace in Haiti.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Philip Daviss')?.country, 'Bahamas');
  });
});

describe('Genre coverage: Central Asian releases (round from 14e79660)', () => {
  it('"Foreign Ministers of the Republic of Kazakhstan – A, the Kyrgyz Republic – B, Turkmenistan – C": each country before its minister after a dash', () => {
    const t = 'The event was also attended by Foreign Ministers of the Republic of Kazakhstan – Mukhtar Tleuberdii, the Kyrgyz Republic – Chingiz Aidarbekovv, Turkmenistan – Rashid Meredovv and U.S. Secretary of State Michael Pompeoo.';
    assert.deepStrictEqual(who(t).filter((x) => !/Pompeoo/.test(x)), ['Mukhtar Tleuberdii: Foreign Minister (Kazakhstan)', 'Chingiz Aidarbekovv: Foreign Minister (Kyrgyzstan)', 'Rashid Meredovv: Foreign Minister (Turkmenistan)']);
  });
  it('"Ambassadors Extraordinary and Plenipotentiary of a number of foreign states - the Czech Republic A, ... and Mongolia B": each envoy of the country before his name', () => {
    const t = 'The Chairman of the Mejlis G. Mammedovaa received credentials from the Ambassadors Extraordinary and Plenipotentiary of a number of foreign states - the Czech Republic Vaclav Yilekk, the Republic of Cuba Carlos Enrique Valdezz and Mongolia Dorji Bayarkhuuu.';
    const p = analyze(t).persons.find((x) => x.name === 'Carlos Enrique Valdezz');
    assert.deepStrictEqual([p?.position, p?.country], ['Ambassador Extraordinary and Plenipotentiary', 'Cuba']);
    assert.strictEqual(analyze(t).persons.find((x) => x.name === 'Dorji Bayarkhuuu')?.country, 'Mongolia');
  });
  it('"On assignment of President X, the Chairman of the Mejlis Y received credentials from ...": the one who sent her is no party, and she receives', () => {
    const t = 'Credentials received\n\nOn February 14, 2023, on assignment of President Serdar Berdimuhamedovv, the Chairman of the Mejlis of Turkmenistan G. Mammedovaa received credentials from the Ambassadors Extraordinary and Plenipotentiary of a number of foreign states - the Czech Republic Vaclav Yilekk, the Republic of Cuba Carlos Enrique Valdezz and Mongolia Dorji Bayarkhuuu.';
    assert.strictEqual(headlineRoles(t), 'reception [Mammedovaa:host+Yilekk:guest+Valdezz:guest+Bayarkhuuu:guest]');
  });
  it('"X attended Central Asia – USA (C5+1) videoconference": a dash joining two sides\' names opens no clause', () => {
    const t = '2020-07-02\n\nOn June 30, 2020, Minister of Foreign Affairs of Uzbekistan Abdulaziz Kamilovv attended Central Asia – USA (C5+1) videoconference. The event was also attended by Foreign Minister of Kazakhstan Mukhtar Tleuberdii and U.S. Secretary of State Michael Pompeoo.';
    assert.strictEqual(headlineRoles(t), 'video call [Kamilovv:participant+Tleuberdii:participant+Pompeoo:participant]');
  });
  it('"congratulated Murat X on his new post as the deputy prime minister and foreign minister of Kazakhstan": the office appointed to', () => {
    const p = analyze('Turkish Foreign Minister Mevlüt Çavuşoğluu on Friday congratulated Murat Nurtileuu on his new post as the deputy prime minister and foreign minister of Kazakhstan.').persons.find((x) => x.name === 'Murat Nurtileuu');
    assert.deepStrictEqual([p?.position, p?.country], ['deputy prime minister and foreign minister', 'Kazakhstan']);
  });
  it('"In a phone call, the two top diplomats also discussed ...": the two named before held the call', () => {
    const t = '2023-04-07\n\nTurkish Foreign Minister Mevlüt Çavuşoğluu on Friday congratulated Kazakh Foreign Minister Murat Nurtileuu on his appointment.\n\nIn a phone call, the two top diplomats also discussed bilateral relations.';
    assert.strictEqual(headlineRoles(t), 'phone call [Çavuşoğluu:participant+Nurtileuu:participant]');
  });
  it('"met with the foreign ministers of Spain José X, Latvia Baiba Y, and Switzerland Z": each country right before its minister\'s name', () => {
    const t = 'Nurtleuu met with the foreign ministers of Spain José Albaress, Latvia Baiba Brazee, and Switzerland Ignazio Cassiss on Sept. 25.';
    assert.deepStrictEqual(who(t).filter((x) => !/Nurtleuu/.test(x)), ['José Albaress: foreign minister (Spain)', 'Baiba Brazee: foreign minister (Latvia)', 'Ignazio Cassiss: foreign minister (Switzerland)']);
  });
});

describe('Genre coverage: navies\' officers and their calls (round from 14e79660)', () => {
  it('"Vice Admiral A K X, Flag Officer Commanding-in-Chief (FOC-in-C) of Southern Naval Command": initials with no stops, and a short form with hyphens', () => {
    const p = analyze('Vice Admiral A K Chawlaa, Flag Officer Commanding-in-Chief (FOC-in-C) of Southern Naval Command, on Thursday called on the Governor.').persons.find((x) => x.name === 'A K Chawlaa');
    assert.deepStrictEqual([p?.rank, p?.position], ['Vice Admiral', 'Flag Officer Commanding-in-Chief (FOC-in-C) of Southern Naval Command']);
  });
  it('"Calls On Kerala Guv": a headline\'s short word for Governor is no person', () => {
    const t = 'Naval Command Chief Calls On Kerala Guv\n\n2021-06-17\n\nVice Admiral Anil Chawlaa on Thursday called on Kerala Governor Arif Muhammad Khann in Thiruvananthapuram.';
    assert.ok(!analyze(t).persons.some((p) => /Guv/.test(p.name)));
  });
  it('"the war which led to the liberation of Bangladesh": a country\'s history is no side of the meeting', () => {
    const t = '2021-06-17\n\nVice Admiral Anil Chawlaa on Thursday called on Kerala Governor Arif Muhammad Khann in Thiruvananthapuram. The Vice Admiral highlighted the activities to commemorate the victory of 1971 war which led to the liberation of Bangladesh.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Anil Chawlaa')?.country, 'Bangladesh');
  });
  it('"Rear Admiral X, NM, Flag Officer Commanding Western Fleet": a decoration\'s letters before the office', () => {
    assert.strictEqual(analyze('Upon arrival, Rear Admiral Sameer Saxenaa, NM, Flag Officer Commanding Western Fleet (FOCWF) visited the memorial.').persons.find((p) => p.name === 'Sameer Saxenaa')?.position, 'Flag Officer Commanding Western Fleet');
  });
  it('"The Fleet Commander called on Lt Gen Y, Commander of the Sri Lanka Army": the word before the office says whose it is', () => {
    const t = '2022-03-10\n\nUpon arrival, Rear Admiral Sameer Saxenaa, Flag Officer Commanding Western Fleet, visited the memorial.\n\nThe Fleet Commander called on Lt Gen Shavendra Silvaa, Commander of the Sri Lanka Army, at the Army Headquarters.';
    assert.strictEqual(headlineRoles(t), 'reception [Saxenaa:guest+Silvaa:host]');
  });
  it('"met with X, Cabinet Secretary in Kenya’s Ministry of Defence": the ministry\'s country is his', () => {
    const p = analyze('On Wednesday, the Deputy Navy Chief met with Aden Bare Dualee, Cabinet Secretary in Kenya’s Ministry of Defence, and discussed links.').persons.find((x) => x.name === 'Aden Bare Dualee');
    assert.deepStrictEqual([p?.country, p?.organization], ['Kenya', 'Ministry of Defence']);
  });
  it('"First Adm. Dato Seri X": the Bruneian rank abbreviated', () => {
    assert.strictEqual(analyze('He met First Adm. Dato Seri Pahlawan Othman Suhailii in Bandar Seri Begawan.').persons.find((p) => /Suhailii/.test(p.name))?.rank, 'First Adm.');
  });
  it('"travelled to Canberra, Australia, Feb. 19-21, to meet with Y": a journey made to meet, a month\'s stop inside', () => {
    const t = '2023-02-21\n\nCANBERRA, Australia - Chief of Naval Operations Adm. Mike Gildayy travelled to Canberra, Australia, Feb. 19-21, to meet with Royal Australian Navy Chief Vice Adm. Mark Hammondd to discuss their shared commitment.';
    assert.strictEqual(headlineRoles(t), 'talks [Gildayy:participant+Hammondd:participant]');
  });
  it('"The Mission Commander of PN Flotilla was Commodore X": the office the sentence says he holds', () => {
    assert.strictEqual(analyze('The Mission Commander of PN Flotilla was Commodore Muhammad Saleemm.').persons.find((p) => p.name === 'Muhammad Saleemm')?.position, 'Mission Commander of PN Flotilla');
  });
  it('"General Governor of Hormozgan Mr X": a province of Iran the regions\' lexicon knows', () => {
    const t = 'The Pakistan Navy delegation called on Commander of Iran’s First Naval Region, Commodore Mojtaba Mohammadii. The delegation also called on General Governor of Hormozgan Mr Hematii.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Hematii')?.country, 'Iran');
  });
});

describe('Genre coverage: Japanese and Korean releases (round from 14e79660)', () => {
  it('"Adm. X, Australia\'s new chief of the defence force,": a word of the term after the possessive, then the office', () => {
    const p = analyze('JCS Chairman Adm. Kim Myung-soo and Adm. David Johnstonn, Australia\'s new chief of the defence force, met on Thursday.').persons.find((x) => x.name === 'David Johnstonn');
    assert.deepStrictEqual([p?.position, p?.country], ['chief of the defence force', 'Australia']);
  });
  it('"A and B, ..., assessed the situation ..., and discussed ways": the verb the two share first is no other meeting word', () => {
    const t = '2024-08-01\n\nSeoul, Aug 1 South Korea\'s top military officer held video talks with his new Australian counterpart on Thursday.\n\nJCS Chairman Adm. Kim Myung-soo and Adm. David Johnstonn, Australia\'s new chief of the defence force, assessed the security situation on the Korean Peninsula and in the region, and discussed ways for military cooperation.';
    assert.strictEqual(headlineRoles(t), 'video call [Myung-soo:participant+Johnstonn:participant]');
  });
  it('"agreed to strengthen communication, including through mutual visits": visits in general are no visit made', () => {
    const t = '2025-09-08\n\nSeoul, Sept. 8 (Jiji Press)--Japanese Defense Minister Gen Nakatanii and his South Korean counterpart, Ahn Gyu-backk, agreed Monday to strengthen bilateral communication, including through mutual visits to each other\'s countries.\n\nThe two defense chiefs, meeting in Seoul for their first in-person talks, also agreed to promote three-way cooperation.';
    assert.strictEqual(headlineRoles(t), 'talks [Nakatanii:participant+Gyu-backk:participant]');
  });
});

describe('Genre coverage: escorts and offices by what they are (round from 14e79660)', () => {
  it('"President X was accompanied by ... Guyana\'s Ambassador to the US, Y" in Washington: the envoy posted there gives his principal\'s country', () => {
    const t = 'President Ali meets with USAID\n\n2022-07-27\n\nPresident Dr Irfaan Alii and members of Government met with representatives from the United States Agency for International Development (USAID) this morning in Washington DC.\n\nPresident Alii was accompanied by the Minister of Foreign Affairs, the Honourable Hugh Toddd; and Guyana’s Ambassador to the US, Samuel Hindss.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Irfaan Alii')?.country, 'Guyana');
  });
  it('"The visiting Head of State and the Deputy Administrator ..., Y discussed": the head of state is the President named before', () => {
    const t = '2022-07-27\n\nPresident Dr Irfaan Alii met with representatives from the United States Agency for International Development (USAID) this morning in Washington DC.\n\nThe visiting Head of State and the Deputy Administrator for Policy and Programme, Isobel Colemann discussed ways of strengthening their partnership.';
    assert.ok(meetingsAt(t).some((m) => /Alii\+Colemann|Colemann\+Alii/.test(m)), meetingsAt(t).join(' / '));
  });
});

describe('Genre coverage: envoys\' briefs and Balkan names (round from 14e79660)', () => {
  it('"the EU special envoy for the Belgrade-Pristina dialogue Peter X": the process the brief is for, then its holder', () => {
    const p = analyze('He met with the EU special envoy for the Belgrade-Pristina dialogue Peter Sorensenn on Tuesday.').persons.find((x) => x.name === 'Peter Sorensenn');
    assert.deepStrictEqual([p?.position, p?.country], ['special envoy for the Belgrade-Pristina dialogue', 'European Union']);
  });
  it('"Director of the Office for Kosovo-Metohija Petar X": a place of two names joined is no part of the holder\'s name', () => {
    assert.ok(analyze('Director of the Office for Kosovo-Metohija Petar Petkovicc met with him.').persons.some((p) => p.name === 'Petar Petkovicc'));
  });
  it('"member of the Presidency of B&H, Bakir X,": the country\'s short form with its ampersand', () => {
    assert.strictEqual(analyze('The Bosniak member of the Presidency of B&H, Bakir Izetbegovicc, talked to the Prime Minister of Serbia.').persons.find((p) => p.name === 'Bakir Izetbegovicc')?.country, 'Bosnia and Herzegovina');
  });
  it('"the AU High Representative for Silencing the Guns, Mohamed X,": a brief in capitals with its small words', () => {
    assert.strictEqual(analyze('He met the AU High Representative for Silencing the Guns, Mohamed Chambass, in Kigali.').persons.find((p) => p.name === 'Mohamed Chambass')?.position, 'High Representative for Silencing the Guns');
  });
});

describe('Genre coverage: who received whom (round from 14e79660)', () => {
  it('"Patrice X was received this Tuesday by his French counterpart Y": a full name before a passive\'s auxiliary', () => {
    const t = 'Macron receives Talon at the Elysée\n\nMarch 8, 2023\n\nBeninese number one, Patrice Talonn was received this Tuesday, March 07, 2023 by his French counterpart Emmanuel Macronn.';
    assert.strictEqual(headlineRoles(t), 'reception [Talonn:guest+Macronn:host]');
  });
  it('"X had an audience with the Sultan and was hosted to lunch by his counterpart Y": the second verb\'s passive, the guest still X', () => {
    const t = '2021-03-23\n\nMinister Balakrishnann had an audience with Sultan of Brunei Hassanal Bolkiahh and was hosted to lunch by his Brunei counterpart, Second Minister of Foreign Affairs Erywan Pehin Yusoff.';
    assert.ok(meetingsAt(t).includes('reception [Balakrishnann+Yusoff] Brunei'), meetingsAt(t).join(' / '));
    const m = analyze(t).meetings.find((x) => x.participants.some((p) => p.name === 'Erywan Pehin Yusoff'));
    assert.deepStrictEqual(m?.participants.map((p) => p.role), ['guest', 'host']);
  });
  it('"Education Minister Hosts South Africa\'s Minister ..." over "X met with Minister Y": a bare "Minister" beside another minister\'s office names neither', () => {
    const t = 'Education Minister Hosts South Africa\'s Minister Of Basic Education\n\nQatar\'s Minister of Education and Higher Education H E Buthaina Al Nuaimii yesterday met with the Minister of South Africa H E Seviwe Gwarubee. During the meeting, they discussed ways to enhance cooperation between the two countries in education.';
    assert.strictEqual(headlineRoles(t), 'reception [Nuaimii:host+Gwarubee:guest]');
  });
});

describe('Genre coverage: titles of two parties (round from 14e79660)', () => {
  it('"Tajik defence minister, CJCSC Gen Nadeem X discuss bilateral ties": the comma for "and", the nationality the first\'s', () => {
    const t = 'Tajik defence minister, CJCSC Gen Nadeem Razaa discuss bilateral ties\n\n2021-07-15\n\nRAWALPINDI – Defence Minister of Tajikistan Colonel General Sherali Mirzoo, who is on official visit to Pakistan, called on Chairman Joint Chiefs of Staff Committee General Nadeem Razaa at Joint Staff Headquarters, Rawalpindi.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Nadeem Razaa')?.country, 'Tajikistan');
  });
});

describe('Genre coverage: joined for a meeting, and meals (round from 14e79660)', () => {
  it('"X also joined Ambassador Y for a meeting with Z": one who joins another for a meeting is its party, not an attendee', () => {
    const t = 'May 25, 2021\n\nU.S. Army Gen. Stephen Townsendd travelled to Djibouti May 14-18, 2021. Townsendd also joined U.S. Ambassador to Djibouti Jonathan G. Prattt for a meeting with Djiboutian Foreign Minister Mahmoud Ali Youssouff.';
    assert.strictEqual(headlineRoles(t), 'talks [Townsendd:participant+Prattt:participant+Youssouff:participant]');
  });
  it('"Acting President X had luncheon with the ambassadors": a meal with guests is a meeting', () => {
    const t = '2025-02-05\n\nActing President and Deputy Prime Minister Choi Sang-mokk had luncheon with the ambassadors to Korea on Feb. 4.\n\nThe luncheon was attended by Ambassador of Saudi Arabia to Korea Sami M. Alsadhann and Ambassador of Romania to Korea Cezar Armeanuu.';
    assert.ok(meetingsAt(t).some((m) => /Sang-mokk/.test(m) && /Alsadhann/.test(m)), meetingsAt(t).join(' / '));
  });
});

describe('Genre coverage: the one spoken of (round from 14e79660)', () => {
  it('"received a phone call from Y regarding the health of the Saudi king": the one whose health is asked after is no party', () => {
    const t = 'Saudi crown prince, Trump discuss king\'s health\n\n23 Jul, 2020\n\nDUBAI: Saudi Arabia\'s Crown Prince Mohammed bin Salmann received a phone call on Thursday from US President Donald Trumpp regarding the health of the Saudi king, state news agency SPA reported.\n\nSaudi Arabia\'s 84-year-old ruler, King Salman bin Abdulazizz, underwent a successful operation.';
    assert.strictEqual(headlineRoles(t), 'phone call [Salmann:callee+Trumpp:caller]');
  });
});

describe('Genre coverage: an earlier trip, and an envoy\'s brief in capitals (round from 14e79660)', () => {
  it('"Recently, General X has paid an official visit to Belgium": an earlier trip does not place the headline meeting', () => {
    const t = 'COAS meets ambassador\n\n2022-02-24\n\nRAWALPINDI: Uzbekistan’s Ambassador to Pakistan Aybek Arif Usmanovv on Thursday called on Chief of Army Staff (COAS) General Qamar Javed Bajwaa at the General Headquarters (GHQ) today.\n\nRecently, Chief of Army Staff (COAS) General Qamar Javed Bajwaa has paid an official visit to Belgium, the ISPR said.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Rawalpindi');
  });
  it('"Somali Special Presidential Envoy for Somaliland Talks Abdikarim X met with Y": the brief\'s noun in capitals closes the office', () => {
    const t = 'Somali Special Presidential Envoy for Somaliland Talks Abdikarim Hussein Guledd met with Djibouti President Ismail Omar Guellehh on Sunday.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Abdikarim Hussein Guledd')?.position, 'Special Presidential Envoy for Somaliland Talks');
  });
});

describe('Genre coverage: one name written two ways (round from 471e6415)', () => {
  it('"Dina Boluarte Zegarra", then "Dina Ercilia Boluarte Zegarra": a middle name added before a double surname is the same person', () => {
    const t = 'Presidents Marta Quispe Huamann of Peru and Tomas Rivass of Chile held a meeting Friday in Lima.\n\nPeru\'s leader, Marta Elena Quispe Huamann, held a meeting with Tomas Rivass, a statement read.';
    assert.deepStrictEqual(analyze(t).persons.filter((p) => /Quispe/.test(p.name)).map((p) => p.name), ['Marta Elena Quispe Huamann']);
  });
});

describe('Genre coverage: an office in the plural after names listed (round from 471e6415)', () => {
  it('"A and B, Vice Presidents of the Council of Ministers": each holds the office, in the singular', () => {
    const t = 'Havana. January 17, 2012\n\nThe Brazilian Foreign Minister Antonio Patriotaa also met with Marino Murilloo Jorge and Ricardo Cabrisass, Vice Presidents of the Council of Ministers.';
    assert.deepStrictEqual(who(t).filter((w) => /Murilloo|Cabrisass/.test(w)), ['Marino Murilloo Jorge: Vice President of the Council of Ministers (Cuba)', 'Ricardo Cabrisass: Vice President of the Council of Ministers (Cuba)']);
  });
});

describe('Genre coverage: an aide\'s principal (round from 471e6415)', () => {
  it('"X, special advisor to the president of Brazil": the principal\'s country is the aide\'s, the office runs to the principal', () => {
    const t = 'BEIJING, May 13 (Xinhua) -- Chinese Foreign Minister Wang Yii met with Celso Amorimm, special advisor to the president of Brazil, in Beijing on Monday.';
    assert.ok(who(t).includes('Celso Amorimm: special advisor to the president (Brazil)'), who(t).join(' / '));
  });
});

describe('Genre coverage: talks told again as a call (round from 471e6415)', () => {
  it('"On Monday, September 16, X held talks with Y", then "Today, I had a productive video call with Y": the talks were the call', () => {
    const t = 'Umarov discusses drones with Estonian defense minister\n\n2024-09-16\n\nOn Monday, September 16, Ukrainian Defense Minister Rustam Umarovv held talks with his Estonian counterpart Hanno Pevkurr. The officials discussed military cooperation.\n\nAccording to Umarovv, they discussed ways to strengthen cooperation.\n\nToday, I had a productive video call with the Minister of Defense of Estonia Hanno Pevkurr. The main focus was on new projects - said the head of the Ukrainian Defense Ministry.';
    assert.deepStrictEqual(meetingsAt(t), ['video call [Umarovv+Pevkurr]']);
  });
});

describe('Genre coverage: a call told by its manner next (round from 471e6415)', () => {
  it('"X discussed ... with the U.S. Secretary of State on Thursday", then "X spoke with Y by phone": the talks were a call', () => {
    const t = 'Minister of Foreign Affairs Urmas Reinsaluu discussed international issues with the U.S. Secretary of State on Thursday (November 5).\n\nReinsaluu spoke with Secretary of State Mike Pompeoo by phone.';
    assert.strictEqual(headlineRoles(t), 'phone call [Reinsaluu:participant+Pompeoo:participant]');
  });
});

describe('Genre coverage: the issues discussed (round from 471e6415)', () => {
  it('"discussed international issues such as the Three Seas Summit, Nagorno-Karabakh and Belarus with Y": a country in the list of issues is no side', () => {
    const t = 'Minister of Foreign Affairs Urmas Reinsaluu discussed international issues such as the Three Seas Summit, Nagorno-Karabakh and Belarus with the U.S. Secretary of State Mike Pompeoo on Thursday.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Urmas Reinsaluu')?.country, 'Belarus');
  });
});

describe('Genre coverage: the two, by their office in capitals, at an event (round from 471e6415)', () => {
  it('"The two Foreign Ministers discussed bilateral issues on the sidelines of the ministerial meeting in Colombo": the pair named before met there', () => {
    const t = 'Foreign Minister A K Abdul Momenn and his Nepalese counterpart Narayan Khadkaa urged to further strengthen existing bilateral relations.\n\nThe two Foreign Ministers discussed bilateral issues on the sidelines of the 18th BIMSTEC ministerial meeting in Colombo today.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Momenn+Khadkaa] Colombo']);
  });
});

describe('Genre coverage: the one who invites (round from 471e6415)', () => {
  it('"X has arrived on an official visit to Nepal. He arrived at the invitation of Foreign Secretary Y": Y serves the country visited', () => {
    const t = 'Indian Foreign Secretary arrives, participates in meeting\n\nForeign Secretary of India, Vinay Mohan Kwatraa, has arrived here today on a two-day official visit to Nepal. He arrived at the invitation of Foreign Secretary Bharat Raj Paudyall.\n\nThe Indian Foreign Secretary has participated in the Secretary-level meeting immediately after his arrival.';
    assert.ok(who(t).includes('Bharat Raj Paudyall: Foreign Secretary (Nepal)'), who(t).join(' / '));
  });
});

describe('Genre coverage: a body\'s mission in a country named with its article (round from 471e6415)', () => {
  it('"the SADC Mission in the Democratic Republic of Congo (SAMIDRC) ... the SAMIDRC Force Commander, X": the mission is the body\'s', () => {
    const t = 'She visited the Force Headquarters of the SADC Mission in the Democratic Republic of Congo (SAMIDRC) in Goma. She was warmly received by the SAMIDRC Force Commander, Major General Monwabisi Dyakopuu, and his delegation.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Monwabisi Dyakopuu')?.country, 'SADC');
  });
});

describe('Genre coverage: an appeal in the title (round from 471e6415)', () => {
  it('"Russian, Ecuadorian foreign ministers call to boost cooperation" over "a conversation ... held in New York": no call, talks', () => {
    const t = 'Russian, Ecuadorian foreign ministers call to boost economic cooperation\n\nMOSCOW, September 18. /TASS/. Russian Foreign Minister Sergey Lavrovv and Ecuadorian Foreign Minister Maria Fernanda Espinosaa have argued in favor of building up cooperation, the Russian Foreign Ministry reported after a conversation between the two ministers held on the sidelines of the UN General Assembly in New York on Monday.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Lavrovv+Espinosaa] New York']);
  });
});

describe('Genre coverage: a continent\'s adjective (round from 471e6415)', () => {
  it('"the top diplomat of the Latin American country, X": not American', () => {
    const t = 'QUITO (Sputnik) Russia and Ecuador discuss defense industry cooperation, the top diplomat of the Latin American country, Mauricio Montalvoo, told Sputnik.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Mauricio Montalvoo')?.country, 'United States');
  });
});

describe('Genre coverage: a party\'s delegation, a Cambodian style (round from 471e6415)', () => {
  it('"received a delegation of the Communist Party of Cuba led by X": X serves the country of the body', () => {
    const t = 'He received a delegation of the Communist Party of Cuba led by Roberto Moralesz in Hanoi.';
    assert.strictEqual(analyze(t).persons.find((p) => p.name === 'Roberto Moralesz')?.country, 'Cuba');
  });
  it('"Prime Minister Samdech Moha Borvor Thipadei Hun X": the style is no part of the name', () => {
    const t = 'Cambodian Prime Minister Samdech Moha Borvor Thipadei Hun Manett received UN Secretary-General Antonio Guterress in Phnom Penh.';
    assert.strictEqual(headlineRoles(t), 'reception [Manett:host+Guterress:guest]');
    assert.ok(who(t).includes('Hun Manett: Prime Minister (Cambodia)'), who(t).join(' / '));
  });
});

describe('Genre coverage: an initial after an office and its comma (round from 471e6415)', () => {
  it('"The Chairman of ISRO, S Somanath, met Y": the initial opens the name', () => {
    const t = 'The Chairman of the Indian Space Research Organisation (ISRO), S Somanathh, met the Head of the Australian Space Agency, Enrico Palermoo, in Bengaluru on Friday.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Somanathh+Palermoo] Bengaluru']);
  });
});

describe('Genre coverage: a seat of government told in a later sentence (round from 471e6415)', () => {
  it('"X has met three foreign diplomats today. When Y met with the Prime Minister at Temple Trees, ...": the seat\'s city', () => {
    const t = 'Prime Minister Mahinda Rajapaksaa has met three foreign diplomats today.\n\nWhen the Bangladesh High Commissioner to Sri Lanka, Riyas Hamidullahh met with the Prime Minister at Temple Trees, bilateral trade was discussed.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Colombo');
  });
  it('"received the ambassador at Kadriorg": the Estonian President\'s seat is in Tallinn', () => {
    const t = 'President Alar Kariss received the Norwegian Ambassador Marius Dirdall at Kadriorg on Thursday.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Tallinn');
  });
});

describe('Genre coverage: the city of a country visited (round from 471e6415)', () => {
  it('"met X, who is on a visit to Ukraine ... Welcoming the minister in Kyiv": the one city of that country the text names', () => {
    const t = 'President Zelensky Meets With Denmark\'s Defense Chief\n\n2024-03-22\n\nPresident Volodymyr Zelenskyy of Ukraine met with Minister of Defense of Denmark Troels Lund Poulsenn, who is on a visit to Ukraine.\n\nWelcoming the minister in Kyiv, the Head of State thanked him for the visit.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Kyiv');
  });
});

describe('Genre coverage: a group of one nation meets (round from 471e6415)', () => {
  it('"Representatives of Latvian Armed Forces met with the Chief of Defence Staff Gen. Maj. X": X is across, his rank and office read', () => {
    const t = 'Representatives of Latvian Armed Forces met with the Chief of Defence Staff Gen. Maj. Vitalijus Vaiksnoraa, head of the transformation project Col. Gintautas Zenkeviciuss, and other representatives of Defence Staff.';
    const p = analyze(t).persons.find((x) => x.name === 'Vitalijus Vaiksnoraa');
    assert.deepStrictEqual([p?.rank, p?.position, p?.country], ['Gen. Maj.', 'Chief of Defence Staff', null]);
  });
});

describe('Genre coverage: a rank read as a given name in a title (round from 471e6415)', () => {
  it('"CDF Gen Muhoozi arrives" over "The Chief of Defence Forces Gen David Muhoozi has arrived": one person', () => {
    const t = 'CDF Gen Muhoozii arrives in Mogadishu\n\nThe Chief of Defence Forces Gen David Muhoozii has today 15 August 2017 arrived in Mogadishu on a visit to troops.\n\nGen Muhoozii was received at the contingent Headquarters by the Commander Brig Kayanja Muhangaa.';
    assert.deepStrictEqual(analyze(t).persons.filter((p) => /Muhoozii/.test(p.name)).map((p) => p.name), ['David Muhoozii']);
  });
});

describe('Genre coverage: a dinner at someone\'s invitation, and those besides the guest (round from 471e6415)', () => {
  it('"X attended a state dinner at the invitation of Ambassador Y": Y hosts X', () => {
    const t = 'On May 28, Gyeonggi Province Vice Governor for Economy Kim Hyun-gonn attended a state dinner at the invitation of Peruvian Ambassador to Korea Paul Ducloss.';
    assert.strictEqual(headlineRoles(t), 'reception [Hyun-gonn:guest+Ducloss:host]');
  });
  it('"In addition to Vice Governor X, the dinner was attended by A and B": they stand with X', () => {
    const t = 'On May 28, Vice Governor for Economy Kim Hyun-gonn attended a state dinner at the invitation of Peruvian Ambassador to Korea Paul Ducloss.\n\nIn addition to Vice Governor for Economy Kim Hyun-gonn, the dinner was attended by Committee Chairman Ahn Gye-ill and International Relations Ambassador Kim In-cheoll.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}/${p.side}`), ['Hyun-gonn:guest/South Korea', 'Ducloss:host/Peru', 'Gye-ill:guest/South Korea', 'In-cheoll:guest/South Korea']);
  });
});

describe('Genre coverage: an honour named in quotes (round from 471e6415)', () => {
  it('"Minister X presented the "For the Cause of ..." insignia to Ambassador Y": X receives Y', () => {
    const t = 'Hanoi (VNA) – Minister of Natural Resources and Environment Tran Hong Haa presented the "For the Cause of Natural Resources and Environment" insignia to Ambassador of Norway Grete Lochenn in Hanoi on August 10.';
    assert.strictEqual(headlineRoles(t), 'reception [Haa:host+Lochenn:guest]');
  });
});

describe('Genre coverage: an irregular verb after an office\'s country (round from 471e6415)', () => {
  it('"Foreign Minister of Bangladesh sought Nepal\'s support": the verb is no part of the office', () => {
    const t = 'Foreign Minister of Bangladesh sought Nepal\'s support for the candidature. Foreign Minister of Bangladesh Dr A K Abdul Momenn said so.';
    assert.ok(who(t).includes('A K Abdul Momenn: Foreign Minister (Bangladesh)'), who(t).join(' / '));
  });
});

describe('Genre coverage: a plural office over names each with its country in brackets (round from 471e6415)', () => {
  it('"Ambassadors A (Mexico), B (European Union) and C (South Africa)": each an ambassador of his country or body', () => {
    const t = 'The President received Ambassadors Lilia Rossbachh (Mexico), Amador Sanchezz (European Union) and Zanele Makinaa (South Africa).';
    assert.deepStrictEqual(who(t), ['Lilia Rossbachh: Ambassador (Mexico)', 'Amador Sanchezz: Ambassador (European Union)', 'Zanele Makinaa: Ambassador (South Africa)']);
  });
});

describe('Genre coverage: a list of portfolios before the holder (round from 471e6415)', () => {
  it('"Deputy Minister of Local Government, Unity and Culture, X, received": the office runs over its portfolios\' commas', () => {
    const t = 'Deputy Minister of Local Government, Unity and Culture, Owen Chomanikaa, received the donation.';
    assert.deepStrictEqual(who(t), ['Owen Chomanikaa: Deputy Minister of Local Government, Unity and Culture (-)']);
  });
});

describe('Genre coverage: the day of a meeting the text does not date (round from 67ccd5b3)', () => {
  it('a page stamped 2021-04-16 telling "X received Y" with no day of its own: the meeting is of April 2021', () => {
    const t = 'Minister receives Chilean Ambassador\n\n2021-04-16\n\nForeign Minister Lenka Dvorakova received the Ambassador of Chile, Pablo Herreraa, at the ministry.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.isoDate), ['2021-04']);
  });
  it('a wire\'s dateline with its day ("BAKU, May 27, 2022 –") dates the meeting it reports that day', () => {
    const t = 'Azerbaijani minister meets WHO chief\n\nBAKU, May 27, 2022 – A meeting was held between Azerbaijani Health Minister Teymur Musayevv and the Director-General of the World Health Organization, Tedros Adhanomm.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.isoDate), ['2022-05-27']);
  });
  it('a meeting dated by its own words keeps its day: "received ... on Tuesday"', () => {
    const t = 'Minister receives Chilean Ambassador\n\n2021-04-16\n\nForeign Minister Lenka Dvorakova received the Ambassador of Chile, Pablo Herreraa, on Tuesday.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.isoDate), ['2021-04-13']);
  });
});

describe('Genre coverage: who a headline and a lead name (round from 67ccd5b3)', () => {
  it('"PM receives out-going Thai Ambassador", then "PM X ... Thai Ambassador Y": the PM hosts', () => {
    const t = 'PM receives out-going Thai Ambassador\n\nVGP – PM Nguyen Van Thanhh on Friday highlighted trade between Viet Nam and Thailand during the tenure of Thai Ambassador to Viet Nam Somchai Wongsaa.';
    assert.strictEqual(headlineRoles(t), 'reception [Thanhh:host+Wongsaa:guest]');
  });
  it('"VGP – PM X": initials with no vowel are no dateline city', () => {
    const t = 'PM receives out-going Thai Ambassador\n\nVGP – PM Nguyen Van Thanhh on Friday received Thai Ambassador to Viet Nam Somchai Wongsaa.';
    assert.notStrictEqual(analyze(t).meetings[0]?.place, 'Vgp');
  });
  it('"“X reported for work,” spokesperson Y told reporters. He held a meeting with Z": "he" is X, not the spokesperson', () => {
    const t = 'MANILA - Foreign Affairs Secretary Enrico Manalastas reported for work Monday after battling COVID-19.\n\n“SFA reported for work at DFA today,” DFA spokesperson Teresa Dazaa told reporters.\n\nHe held a face-to-face meeting with Canadian Ambassador Peter McArthurr at the DFA.';
    assert.strictEqual(headlineRoles(t), 'talks [Manalastas:participant+McArthurr:participant]');
  });
  it('"Samdech Moha Borvor Thipadei Techo Hun X", later "Samdech Thipadei Hun X": styles, not names', () => {
    const t = 'Samdech Moha Borvor Thipadei Techo Hun Manett, Prime Minister of the Kingdom of Cambodia, thanked the UN. In New York, Samdech Thipadei Hun Manett reaffirmed Cambodia\'s commitment.';
    assert.deepStrictEqual(who(t), ['Hun Manett: Prime Minister (Cambodia)']);
  });
  it('"discussed Syria in a phone call on Thursday, media reports say, citing spokesman X": the one cited reports; the call has its day', () => {
    const t = 'Putinn, Erdogann discuss Syria in phone call\n\n12 Apr, 2018 13:45\n\nThe presidents of Russia and Turkey discussed the situation in Syria in a phone call on Thursday, media reports say, citing Russian presidential spokesman Dmitry Peskovv. A Turkish presidential source also said that Recep Erdogann and Vladimir Putinn discussed recent developments in Syria during a telephone conversation.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual([m?.kind, m?.isoDate, m?.participants.map((p) => p.name).sort()], ['phone call', '2018-04-12', ['Recep Erdogann', 'Vladimir Putinn']]);
  });
});

describe('Genre coverage: offices told once for two holders, and an editor\'s brackets (round from 67ccd5b3)', () => {
  it('"the French and German ambassadors to Russia, A and B": each an ambassador of his nation', () => {
    const t = 'Meshkovv met with the French and German ambassadors to Russia, Jean-Marc Ripertt and Rudolf von Fritschh, to discuss the situation.';
    assert.deepStrictEqual(who(t), ['Jean-Marc Ripertt: Ambassador to Russia (France)', 'Rudolf von Fritschh: Ambassador to Russia (Germany)']);
  });
  it('"[Russian Security Council Secretary Nikolay] Patrushev": the bracketed words are his office and given name', () => {
    const t = '"[Russian Security Council Secretary Nikolay] Patrushevv expressed the hope that such meetings would continue," the press service said. Apart from the talks, Patrushevv held a separate meeting with Afghanistan\'s National Security Advisor Mohammad Atmarr.';
    assert.deepStrictEqual(who(t), ['Nikolay Patrushevv: Security Council Secretary (Russia)', 'Mohammad Atmarr: National Security Advisor (Afghanistan)']);
  });
});

describe('Genre coverage: a minister\'s bilateral meetings told one by one (round from 67ccd5b3)', () => {
  const lead = 'Attaff confers with his counterparts\n\n2024-01-24\n\nAlgerian Foreign Minister Ahmed Attaff held bilateral meetings in New York on Wednesday with his counterparts from France, Turkey, Austria and Switzerland. He also met with the British Minister of State for the United Nations.\n\n' +
    'During the meeting that brought Attaff together with his French counterpart, Stephane Segournett, the two parties reviewed the agreed entitlements.\n\nWith his Turkish counterpart, Hakan Fidann, the two ministers exchanged views on many issues.\n\n' +
    'As for the bilateral talks he held with his Austrian counterpart Alexander Schallenbergg, it was an opportunity to study ways of strengthening relations.\n\nAttaff’s talks with his Swiss counterpart, Ignazio Cassiss, also focused on cooperation.\n\n' +
    'With the British Minister of State, Lord Ahmed Tariqq, the talks focused on the Security Council.';
  it('"held bilateral meetings with his counterparts from A, B, C and D", each named later: a meeting with each, and one apart with the one he "also met"', () => {
    assert.deepStrictEqual(meetingsAt(lead).sort(), ['talks [Attaff+Cassiss] New York', 'talks [Attaff+Fidann] New York', 'talks [Attaff+Schallenbergg] New York', 'talks [Attaff+Segournett] New York', 'talks [Attaff+Tariqq] New York']);
  });
  it('"As for the bilateral talks he held with his Austrian counterpart Y": "he" held them with Y', () => {
    const t = 'Algerian Foreign Minister Ahmed Attaff arrived in New York on Monday. As for the bilateral talks he held with his Austrian counterpart Alexander Schallenbergg, it was an opportunity to study ways.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Attaff+Schallenbergg] New York']);
  });
});

describe('Genre coverage: whose a body\'s adviser and a government\'s spokesperson are (round from 67ccd5b3)', () => {
  it('"UN Special Adviser on Libya, X": she serves the UN; Libya is her brief', () => {
    const t = 'Menfii reiterated his support for the initiative of UN Special Adviser on Libya, Stephanie Williamss, and for the efforts of lawmakers.';
    assert.deepStrictEqual(who(t), ['Stephanie Williamss: Special Adviser on Libya (United Nations)']);
  });
  it('"X, spokesperson for the Libyan national unity government": he serves Libya', () => {
    const t = 'Libya decided to close its borders with Tunisia, according to a statement by Mohamed Hamoudaa, spokesperson for the Libyan national unity government.';
    assert.deepStrictEqual(who(t), ['Mohamed Hamoudaa: spokesperson for the Libyan national unity government (Libya)']);
  });
});

describe('Genre coverage: others at a meeting, told after it (round from 67ccd5b3)', () => {
  it('"The meeting was participated by Finance Secretary X as well": X attends with the host', () => {
    const t = 'IMF Asia Pacific Director Changyong Rheee has called on Sri Lanka\'s Finance Minister Basil Rajapaksee this afternoon. The meeting was participated by Sri Lanka\'s Finance Secretary S.R. Attygallee as well.';
    assert.strictEqual(headlineRoles(t), 'reception [Rheee:guest+Rajapaksee:host+Attygallee:host]');
  });
  it('"the meeting, which also included the participation of Foreign Minister X": X took part', () => {
    const t = 'Dominican President Luis Abinaderr met with US Labor Secretary Tom Perezz. Among the topics discussed at the meeting, which also included the participation of Dominican Foreign Minister Roberto Alvarezz, were efforts to combat climate change.';
    assert.strictEqual(headlineRoles(t), 'talks [Abinaderr:participant+Perezz:participant+Alvarezz:participant]');
  });
});

describe('Genre coverage: the one a description stands for, after a phrase of time (round from 67ccd5b3)', () => {
  it('"Yesterday morning, on the sidelines of the conference, the foreign minister had a bilateral meeting with Y": the minister named before', () => {
    const t = 'Foreign Minister Hasan Mahmudd has attended the Our Ocean Conference held in Athens. Yesterday morning, on the sidelines of the conference, the foreign minister had a bilateral meeting with the Greek Foreign Minister George Gerapetritiss.';
    assert.strictEqual(headlineRoles(t), 'talks [Mahmudd:participant+Gerapetritiss:participant]');
  });
  it('"Earlier in the week, he had meetings in Baku and Tbilisi": meetings with others unnamed do not take the next sentence\'s', () => {
    const t = 'The EU Special Representative for the South Caucasus Toivo Klaarr is paying a regional visit this week.\n\nEarlier in the week, he had meetings in Baku and Tbilisi.\n\nOn 21 October he visited Yerevan. Toivo Klaarr met with Armenian Prime Minister Nikol Pashinyann.';
    assert.ok(!meetingsAt(t).some((m) => m.endsWith('Baku') && m.includes('Pashinyann')), meetingsAt(t).join(' / '));
  });
});

describe('Genre coverage: a delegation told by what it is made of, then welcomed (round from 67ccd5b3)', () => {
  it('"the UK delegation comprised of representatives of ..., headed by X, visited Y. The delegation was welcomed by Chairman Z": X is the guest, of the UK; Z hosts, of no country the text gives', () => {
    const t = 'On February 26, 2014, the UK delegation comprised of representatives of the Office for Nuclear Regulation and the Environment Agency, headed by Mr. John Jenkinss, visited Rostekhnadzorr.\n\nThe delegation was welcomed by Rostekhnadzorr Chairman Mr. Aleksey Aleshinn.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name}:${p.role}/${p.side ?? '-'}`), ['John Jenkinss:guest/United Kingdom', 'Aleksey Aleshinn:host/-']);
  });
});

describe('Genre coverage: a body\'s initials after the office that names it (round from 67ccd5b3)', () => {
  it('"X, Director General of the International Atomic Energy Agency, IAEA, has met Y": the initials are no part of the office', () => {
    const t = 'Rafael Grossii, Director General of the International Atomic Energy Agency, IAEA, has met Iran\'s Foreign Minister Hossein Amir Abdollahiann this afternoon.';
    assert.ok(who(t).includes('Rafael Grossii: Director General of the International Atomic Energy Agency (IAEA)'), who(t).join(' / '));
  });
});

describe('Genre coverage: titles, leads and places of North African and Russian readouts (round from 67ccd5b3)', () => {
  it('"Russian Foreign Minister Lavrov, Belarusian President Lukashenko Start Talks in Minsk": "Start" is the title\'s verb, no name', () => {
    const t = 'Russian Foreign Minister Lavrovv, Belarusian President Lukashenkoo Start Talks in Minsk\n\nMINSK, November 26 (Sputnik) - Russian Foreign Minister Sergey Lavrovv started talks with Belarusian President Alexander Lukashenkoo in Minsk.';
    assert.ok(!analyze(t).persons.some((p) => /Start/.test(p.name)), who(t).join(' / '));
  });
  it('a title "X meets Y" over a lead "X also meets Z": two meetings, the title\'s the headline', () => {
    const t = 'Turkish FM Fidann meets Egypt\'s President Sisii\n\nAugust 5, 2024\n\nHakan Fidann also meets his Egyptian counterpart Badr Abdelattyy, who was appointed foreign minister last month.\n\nTurkish Foreign Minister Hakan Fidann has met with Egyptian President Abdel Fattah al Sisii in El Alamein, northern Egypt.';
    assert.deepStrictEqual([headlineRoles(t), meetingsAt(t).length], ['talks [Fidann:participant+Sisii:participant]', 2]);
  });
  it('"in El Alamein, northern Egypt", "in La Paz": a city whose name opens with an article', () => {
    const t = 'Turkish Foreign Minister Hakan Fidann has met with Egyptian President Abdel Fattah al Sisii in El Alamein, northern Egypt.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Fidann+Sisii] El Alamein']);
  });
});

describe('Genre coverage: Western European offices and a reception held by video (round from 67ccd5b3)', () => {
  it('"The Minister for Europe and Foreign Affairs, X, spoke by phone with ...": the office is France\'s alone', () => {
    const t = 'The Minister for Europe and Foreign Affairs, Catherine Colonnaa, spoke by phone with her Algerian counterpart, Ahmed Attaff, on 12 March.';
    assert.ok(who(t).includes('Catherine Colonnaa: Minister for Europe and Foreign Affairs (France)'), who(t).join(' / '));
  });
  it('"President X received in a video format the President of the European Council Y": a video call', () => {
    const t = 'Azerbaijani President Ilham Aliyevv received in a video format the President of the European Council Charles Michell.';
    assert.strictEqual(analyze(t).meetings[0]?.kind, 'video call');
  });
});

describe('Genre coverage: Chinese readouts (round from 67ccd5b3)', () => {
  it('"Chinese Vice Premier Liu He held a telephone conversation with X, executive vice president of the European Commission": "He" is his given name; X serves the EU', () => {
    const t = 'BEIJING - Chinese Vice Premier Liu He held a telephone conversation on Friday night with Valdis Dombrovskiss, executive vice president of the European Commission.';
    assert.deepStrictEqual(who(t), ['Liu He: Vice Premier (China)', 'Valdis Dombrovskiss: executive vice president of the European Commission (European Union)']);
  });
  it('"Wang met the mayor Thursday afternoon": the mayor is the one the text names with that office', () => {
    const t = 'New Chinese Consul General in San Francisco Wang Donghuaa and San Francisco Mayor London Breedd have agreed to enhance cooperation. Wang met the mayor Thursday afternoon.';
    assert.strictEqual(headlineRoles(t), 'talks [Donghuaa:participant+Breedd:participant]');
  });
  it('"X met with Y on Wednesday morning. Y arrived in Beijing Monday evening, kicking off his first visit": the meeting was in Beijing; a visit to come places nothing', () => {
    const t = 'Chinese Vice President Xi Jinpingg met with US Secretary of Defense Leon Panettaa on Wednesday morning. Panettaa arrived in Beijing Monday evening, kicking off his first visit to China.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Jinpingg+Panettaa] Beijing']);
    const later = 'Speaker Ali Abdel Aall, in a meeting with French Ambassador in Cairo Stephane Romatett Tuesday, praised cooperation. He invited Abdel Aall to lead a parliamentary delegation on a visit to France.';
    assert.ok(!meetingsAt(later).some((m) => m.endsWith('France')), meetingsAt(later).join(' / '));
  });
});

describe('Genre coverage: East African releases (round from 67ccd5b3)', () => {
  it('"the Eritrean delegation led by X and accompanied by Y arrived in Mogadishu. Somalia\'s FM, Z received the high level Eritrean delegation upon arrival at Aden Adde airport": Z receives X and Y, in Mogadishu', () => {
    const t = 'Eritrean delegation led by the foreign minister, Mr. Osman Salehh and is accompanied by presidential adviser, Mr. Yemane Gabreabb arrived in Mogadishu on Saturday. Somalia’s FM, Ahmed Isse Awadd received the high level Eritrean delegation upon arrival at Aden Adde airport.';
    assert.deepStrictEqual([headlineRoles(t), analyze(t).meetings[0]?.place], ['reception [Awadd:host+Salehh:guest+Gabreabb:guest]', 'Mogadishu']);
  });
  it('"a telephone call with his Tanzanian counterpart January X on Thursday, in which the latter congratulated him on being entrusted by President Y": "January" is a given name; Y took no part', () => {
    const t = 'Rwandan foreign affairs minister Olivier Nduhungirehee had a telephone call with his Tanzanian counterpart January Makambaa on Thursday, June 13, in which the latter congratulated him on being entrusted by President Paul Kagamee for this important role.';
    assert.strictEqual(headlineRoles(t), 'phone call [Nduhungirehee:participant+Makambaa:participant]');
  });
});

describe('Genre coverage: an opening participle of speaking (round from 67ccd5b3)', () => {
  it('"Speaking with the first ambassador of Myanmar to Bhutan, U Aung Khin X, Prime Minister Y expressed gratitude": talks of the two', () => {
    const t = 'Speaking with the first ambassador of Myanmar to Bhutan, U Aung Khin Soee, Prime Minister Tshering Tobgayy expressed gratitude.';
    assert.strictEqual(headlineRoles(t), 'talks [Tobgayy:participant+Soee:participant]');
  });
});

describe('Genre coverage: offices written in lower case (round from 67ccd5b3)', () => {
  it('"led by commissioner X", "the press coordinator, Y,", "the interim administrator of the NOAA, Z," and "the official spokesperson of ...": offices in lower case', () => {
    assert.deepStrictEqual(who('An ASN delegation, led by commissioner Sylvie Mercierr, met the delegation.'), ['Sylvie Mercierr: commissioner (-)']);
    assert.deepStrictEqual(who('According to the press coordinator, Ramchandra Dulall, the meeting was held.'), ['Ramchandra Dulall: press coordinator (-)']);
    assert.deepStrictEqual(who('Taalass met with Neil Jacobss, the new interim administrator of the National Oceanic and Atmospheric Administration, on Monday.').slice(-1),
      ['Neil Jacobss: interim administrator of the National Oceanic and Atmospheric Administration (-)']);
    assert.deepStrictEqual(who('Ahmed Abu Zeidd, the official spokesperson of the Egyptian Ministry of Foreign Affairs, said so.'), ['Ahmed Abu Zeidd: official spokesperson of the Egyptian Ministry of Foreign Affairs (Egypt)']);
  });
});

describe('Genre coverage: a weekday before a body (round from 67ccd5b3)', () => {
  it('"received at Al Husseiniya Palace on Tuesday U.S. Central Command Commander General X": the day is no part of the body', () => {
    const t = 'His Majesty King Abdullah IIi received at Al Husseiniya Palace on Tuesday U.S. Central Command Commander General Michael Kurillaa.';
    assert.ok(!analyze(t).persons.some((p) => /Tuesday/.test(`${p.position} ${p.organization}`)), who(t).join(' / '));
  });
});

describe('Genre coverage: a delegation of a body named at length (round from 67ccd5b3)', () => {
  it('"A delegation from the Development Department under the Cambodian Ministry of National Defence led by Lieut. Gen. X visited": X is Cambodian', () => {
    const t = 'Vinh Long (VNA) - A delegation from the Development Department under the Cambodian Ministry of National Defence led by Lieut. Gen. Ouk Hoeunpiseyy visited and extended Lunar New Year wishes to the Vietnamese authorities of Vinh Long province on January 11.';
    assert.ok(who(t).some((w) => w.startsWith('Ouk Hoeunpiseyy') && w.endsWith('(Cambodia)')), who(t).join(' / '));
  });
});

describe('Genre coverage: a word closing a body\'s name is no holder (round from 67ccd5b3)', () => {
  it('"Director of the Arab World at the General Directorate", "Director of the National Weather service, X": no one called "World" or "Weather"', () => {
    for (const t of ['Talks were attended by the Director of the Arab World at the General Directorate of Bilateral Cooperation, Omar Mohamed Babouu.', 'He met the Director of the National Weather service, Louis Uccellinii.']) {
      assert.ok(!analyze(t).persons.some((p) => /^(?:World|Weather)$/.test(p.name)), who(t).join(' / '));
    }
  });
  it('"met with Director Schneiderhann of the Bureau of Military and Political Policy of the German federal defence forces": the holder named inside the office stays', () => {
    const t = 'Guo Boxiongg, executive deputy chief of the General Staff, met Thursday with Director Schneiderhann of the Bureau of Military and Political Policy of the German federal defence forces.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Schneiderhann'), who(t).join(' / '));
  });
});

describe('Genre coverage: a home agency\'s official abroad (round from 67ccd5b3)', () => {
  it('"Addis Ababa, November 30, 2022 (Walta) – Deputy Prime Minister X met with the new Kenyan Cabinet Secretary Y today in Khartoum": X is of the dateline\'s country, not of the place of the meeting', () => {
    const t = 'Addis Ababa, November 30, 2022 (Walta) – Deputy Prime Minister and Minister of Foreign Affairs, Demeke Mekonnenn, met with the new Kenyan Cabinet Secretary for Foreign Affairs, Alfred Mutuaa today in Khartoum.';
    assert.ok(who(t).includes('Demeke Mekonnenn: Deputy Prime Minister and Minister of Foreign Affairs (Ethiopia)'), who(t).join(' / '));
  });
});

describe('Genre coverage: an envoy of a leader named without a comma (round from 67ccd5b3)', () => {
  it('"Hon X, a special envoy of President Y of South Sudan,": Y is the President; X holds the envoy\'s office', () => {
    const t = 'President Uhuru Kenyattaa held a consultative meeting with Hon Awut Deng Acuill, a special envoy of President Salva Kiirr of South Sudan, at State House, Nairobi.';
    const w = who(t);
    assert.ok(w.includes('Salva Kiirr: President (South Sudan)') && w.includes('Awut Deng Acuill: special envoy of President Salva Kiirr (South Sudan)'), w.join(' / '));
  });
});

describe('Genre coverage: two ministers of one side acting with a third (round from 67ccd5b3)', () => {
  it('"X, the State Department spokesperson, said in a statement that A and Ecuadorian Foreign Minister B and Finance Minister C reaffirmed their commitment": talks of A, B and C', () => {
    const t = 'Heather Nauertt, the State Department spokesperson, said in a statement that US Secretary of State Mike Pompeoo and Ecuadorian Foreign Minister Jose Valenciaa and Finance Minister Richard Martinezz reaffirmed their commitment to expand bilateral cooperation.';
    assert.strictEqual(headlineRoles(t), 'talks [Pompeoo:participant+Valenciaa:participant+Martinezz:participant]');
  });
});

describe('Genre coverage: a nationality\'s office among two of that nation (round from ee9961e1)', () => {
  it('"his Argentine counterpart X", "accompanied by Secretary ..., Argentine Ministry of Defence Y", then "The Argentine defence minister": X, not the host', () => {
    const t = 'New Delhi, Jul 18 (PTI) Defence Minister Rajnat Sinngh on Tuesday held talks with his Argentine counterpart Jorge Enrique Taianna.\n\nTaianna is on a four-day visit to India. He is accompanied by Secretary International Affairs, Argentine Ministry of Defence Francisco Cafierro.\n\nThe Argentine defence minister visited BrahMos Aerospace.';
    const w = who(t);
    assert.ok(w.includes('Rajnat Sinngh: Defence Minister (India)') && w.includes('Jorge Enrique Taianna: defence minister (Argentina)'), w.join(' / '));
  });
});

describe('Genre coverage: names of events and places that open with a style (round from ee9961e1)', () => {
  it('"on the sidelines of the 13th Sir Bani Yas forum": no one called "Bani Yas"; the two who met are the meeting\'s', () => {
    const t = "2022-11-05\n\nIraq's Foreign Minister Fuadd Husseinn on Saturday briefed his Jordanian counterpart, Aymann al-Safadii, on the political situation in Iraq.\n\nThe meeting took place on the sidelines of the 13th Sir Bani Yas forum in the United Arab Emirates earlier today, an official readout by the Iraqi ministry said.";
    assert.ok(!analyze(t).persons.some((p) => /Bani Yas/.test(p.name)), who(t).join(' / '));
  });
});

describe('Genre coverage: offices of a body named in lower case (round from ee9961e1)', () => {
  it('"received a delegation representing the Iranian Shura Council headed by the Speaker of the council X": X is the guest, Speaker', () => {
    const t = 'DAMASCUS, (ST)_ President Bashar al-Assadd received today a delegation representing the Iranian Shura Council headed by the Speaker of the council Ali Larijanni.';
    assert.ok(who(t).some((w) => w.startsWith('Ali Larijanni: Speaker of the council')), who(t).join(' / '));
    assert.strictEqual(headlineRoles(t), 'reception [al-Assadd:host+Larijanni:guest]');
  });
});

describe('Genre coverage: a meeting that opens a day of meetings (round from ee9961e1)', () => {
  it('"witnessed a number of diplomatic meetings on Friday, which kicked off with a meeting between A and B": talks of A and B', () => {
    const t = 'The Grand Serail witnessed a number of diplomatic meetings on Friday, which kicked off with a meeting between Prime Minister Najibb Mikatti and Ukrainian Ambassador to Lebanon, Ihor Ostashh.';
    assert.strictEqual(headlineRoles(t), 'talks [Mikatti:participant+Ostashh:participant]');
  });
});

describe('Genre coverage: an envoy posted to a region (round from ee9961e1)', () => {
  it('"received U.S. Consul General to the Kurdistan Region X and his accompanying delegation": X, American, is the guest', () => {
    const t = 'Prime Minister Nechirvann Barzanni received U.S. Consul General to the Kurdistan Region Stevenn Faginn and his accompanying delegation.';
    assert.ok(who(t).includes('Stevenn Faginn: Consul General to the Kurdistan Region (United States)'), who(t).join(' / '));
    assert.strictEqual(headlineRoles(t), 'reception [Barzanni:host+Faginn:guest]');
  });
});

describe('Genre coverage: a release line and a dateline of a region (round from ee9961e1)', () => {
  it('"MON, 20 MAY 2019 17:25", then "Erbil, Kurdistan Region, Iraq (cabinet.gov.krd) – X received Y": in Erbil, not in "Mon", and dated by its page alone', () => {
    const t = 'Prime Minister Barzanni receives Ambassador\n\nMON, 20 MAY 2019 17:25\n\nErbil, Kurdistan Region, Iraq (cabinet.gov.krd) – Prime Minister Nechirvann Barzanni received Ambassador Stevenn Faginn.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.strictEqual(`${m?.place} ${m?.isoDate}`, 'Erbil 2019-05');
  });
});

describe('Genre coverage: a confederation\'s president (round from ee9961e1)', () => {
  it('"President of the Swiss Confederation and head of the FDFA X": Switzerland', () => {
    const t = 'President of the Swiss Confederation and head of the FDFA Ignaziu Cassiss held separate talks on Friday 21 January 2022 with Secretary of State Antonny Blinkenn.';
    assert.ok(who(t).some((w) => w.startsWith('Ignaziu Cassiss: President of the Swiss Confederation') && w.endsWith('(Switzerland)')), who(t).join(' / '));
  });
});

describe('Genre coverage: a surname that is a country\'s name (round from ee9961e1)', () => {
  it('"Prime Minister X Montenegro travels today to Berlin ... for a meeting with Chancellor X": the name is whole', () => {
    const t = 'Prime Minister Ruy Montenegro travels today to Berlin, on his first official trip to Germany since taking office, for a meeting with Chancellor Olaff Scholzz.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Ruy Montenegro'), who(t).join(' / '));
  });
});

describe('Genre coverage: what was discussed, then with whom (round from ee9961e1)', () => {
  it('"X discussed defense cooperation between Moldova, the United States of America (USA), and Romania with US Ambassador Y": talks of X and Y', () => {
    const t = 'Yesterday, Defense Minister Anatol Nosatiy discussed defense cooperation between Moldova, the United States of America (USA), and Romania with US Ambassador Kathleen Kavalecc.';
    assert.strictEqual(headlineRoles(t), 'talks [Nosatiy:participant+Kavalecc:participant]');
  });
  it('"The meeting was attended at the defense institution by Z": Z is at the meeting told before', () => {
    const t = 'Defense Minister Anatol Nosatiy met US Ambassador Kathleen Kavalecc. The meeting was attended at the defense institution by US Ambassador to Moldova, H.E. Kent D. Logsdonn.';
    assert.strictEqual(headlineRoles(t), 'talks [Nosatiy:participant+Kavalecc:participant+Logsdonn:participant]');
  });
});

describe('Genre coverage: hosts of a visit named by its occasion (round from ee9961e1)', () => {
  it('"X is making an official visit to the Republic of Moldova following an invitation from his counterpart in Chişinău, Y": Y, of Moldova, hosts', () => {
    const t = 'The Romanian defence minister Angell Tilvarr is today making an official visit to the Republic of Moldova following an invitation from his counterpart in Chişinău, Anatol Nosatiy.';
    assert.ok(who(t).includes('Anatol Nosatiy: - (Moldova)'), who(t).join(' / '));
    assert.match(headlineRoles(t), /\[Tilvarr:guest\+Nosatiy:host\]$/);
  });
  it('"X is paying an official visit to the United States on July 12-18, on which occasion he will meet with General Y": Y hosts', () => {
    const t = 'Romania\'s Chief of Defense Staff, Lieutenant General Danyel Petrescuu, is paying an official visit to the United States of America on July 12-18, on which occasion he will meet with the Chairman of the Joint Chiefs of Staff, General Marc Millie, and other senior officials.';
    assert.strictEqual(headlineRoles(t), 'visit [Petrescuu:guest+Millie:host]');
  });
});

describe('Genre coverage: a local office set off after a name (round from ee9961e1)', () => {
  it('"a meeting between Ambassador to Lesotho, A, and B, the local Minister in the Prime Minister\'s Office": B holds that office', () => {
    const t = 'This emerged from a meeting between Ambassador to Lesotho, Lei Kezhongg, and Limpho Tauu, the local Minister in the Prime Minister’s Office.';
    assert.ok(who(t).some((w) => w.startsWith("Limpho Tauu: Minister in the Prime Minister's Office")), who(t).join(' / '));
    assert.strictEqual(headlineRoles(t), 'talks [Kezhongg:participant+Tauu:participant]');
  });
});

describe('Genre coverage: the bearer of a message received (round from ee9961e1)', () => {
  it('"X received ... a message from his counterpart, Y", then "The message bearer was ... Z": Z is the guest', () => {
    const t = 'The Angolan President, Joao Lourencco, received last Wednesday, in Luanda, a message from his Equatorial Guinea counterpart, Teodoro Obiangg.\n\nThe message bearer was the Equatorial Guinea minister for Foreign Affairs, Simeon Esono Anguee, as special envoy of President Teodoro Obiangg.';
    assert.strictEqual(headlineRoles(t), 'reception [Lourencco:host+Anguee:guest]');
  });
});

describe('Genre coverage: a readout\'s spokesperson (round from ee9961e1)', () => {
  it('"The below is attributable to Spokesperson X: Deputy Secretary Y met with Republic of Korea First Vice Foreign Minister Z today in Seoul": X speaks for Y\'s country', () => {
    const t = 'Deputy Secretary Shermann’s Meeting with Republic of Korea First Vice Foreign Minister Choi\n\nThe below is attributable to Spokesperson Ned Pricce:. Deputy Secretary Wendy R. Shermann met with Republic of Korea (ROK) First Vice Foreign Minister Choi Jong Kunn today in Seoul. They discussed the U.S.-ROK Alliance.';
    assert.ok(who(t).includes('Ned Pricce: Spokesperson (United States)'), who(t).join(' / '));
  });
});

describe('Genre coverage: portfolios of roads, local government, planning and childhood (round from ee9961e1)', () => {
  it('"Road Transport and Bridges Minister X", "Local Government Minister X", "Minister of Planning and Spatial Development X", "Minister of Social Affairs, Family, and Childhood Affairs X": the office whole', () => {
    const offices = ['Road Transport and Bridges Minister', 'Local Government Minister', 'Minister of Planning and Spatial Development', 'Minister of Social Affairs, Family, and Childhood Affairs'];
    const missed = offices.filter((o) => analyze(`He met ${o} John Carvalhoo on Monday.`).persons.find((p) => p.name === 'John Carvalhoo')?.position !== o);
    assert.deepStrictEqual(missed, []);
  });
});

describe('Genre coverage: offices in the lead, names in the next sentence joined by the verb (round from ee9961e1)', () => {
  it('"Aliyev receives Turkish national defense minister" over "Azerbaijan\'s president on Saturday received the Turkish national defense minister ... Ilham X welcomed Hulusi Y": X the president, Y the minister', () => {
    const t = "Aliyevv receives Turkish national defense minister in Baku\n\n2022-05-28\n\nAzerbaijan's president on Saturday received the Turkish national defense minister in the capital Baku.\n\nIlham Aliyevv welcomed Hulusi Akarr at the Presidential Palace.\n\nAzerbaijani Defense Minister Zakir Hasanoff also attended.";
    const w = who(t);
    assert.ok(w.includes('Ilham Aliyevv: president (Azerbaijan)') && w.includes('Hulusi Akarr: national defense minister (Turkey)'), w.join(' / '));
  });
});

describe('Genre coverage: a readout by a seat of government\'s spokesperson (round from ee9961e1)', () => {
  it('"PM call with Prime Minister X ... A Downing Street spokesperson said: The Prime Minister spoke to ... X ... the meeting in Bratislava": the Prime Minister is British', () => {
    const t = 'PM call with Chancellor Merkell: 13 September 2016\n\n13 September 2016\n\nTheresa Mayy spoke with German Chancellor Angela Merkell about the meeting of EU member states in Bratislava.\n\nA Downing St spokesperson said:\n\nChancellor Merkell called the Prime Minister earlier today to update her on plans for the meeting of 27 EU member states in Bratislava on Friday.';
    assert.ok(who(t).includes('Theresa Mayy: Prime Minister (United Kingdom)'), who(t).join(' / '));
  });
});

describe('Genre coverage: a meeting told in the present (round from ee9961e1)', () => {
  it('"WASHINGTON — X is meeting U.S. Secretary of State Y in her first stateside visit": talks of X and Y', () => {
    const t = 'WASHINGTON — Melany Jolie is meeting U.S. Secretary of State Antony Blinkenn in her first stateside visit as Canada’s new foreign affairs minister.';
    assert.strictEqual(headlineRoles(t), 'talks [Jolie:participant+Blinkenn:participant]');
  });
});

describe('Genre coverage: a foreign minister named by initial, then another nation\'s minister by office (round from ee9961e1)', () => {
  it('"Foreign minister S X met China\'s Wang Y in Delhi", "Greeted Chinese FM Wang Y", then "the Chinese foreign minister": X is Indian, and held talks with Wang', () => {
    const t = "Foreign minister S Jaishankarr meets China's Wang Yii in Delhi\n\n2022-03-25\n\nForeign minister S Jaishankarr met China's Wang Yii in Delhi on Friday for high-level talks as the Chinese foreign minister visited India for the first time.\n\nIn a tweet, S Jaishankarr wrote: “Greeted Chinese FM Wang Yii at Hyderabad House.”";
    const w = who(t);
    assert.ok(w.includes('S Jaishankarr: Foreign minister (India)'), w.join(' / '));
    assert.strictEqual(headlineRoles(t), 'talks [Jaishankarr:participant+Yii:participant]');
  });
});

describe('Genre coverage: an envoy summoned (round from ee9961e1)', () => {
  it('"Foreign Minister X summoned US Ambassador Y regarding President Z\'s official statement": a reception, X hosting Y; Z is what it was about', () => {
    const t = 'BANTEN (Indonesia), Dec 8 — Indonesia’s Foreign Minister Retnoo Marsudy again summoned US Ambassador Josef Donovann regarding President Trumpp’s official statement recognizing Jerusalem as the capital of Israel, Indonesian news agency Antara reported.';
    assert.strictEqual(headlineRoles(t), 'reception [Marsudy:host+Donovann:guest]');
  });
  it('"On July 28, the United States Ambassador X was summoned to the Foreign Ministry", under "Deputy Foreign Minister Y\'s meeting with US Ambassador X": Y hosts', () => {
    const t = 'Press release on Deputy Foreign Minister Sergei Ryabkoff’s meeting with US Ambassador to Russia John Tefftt\n\nJuly 28, 2017\n\nOn July 28, the United States Ambassador to Russia John Tefftt was summoned to the Russian Foreign Ministry, where he was handed the Foreign Ministry’s statement.';
    assert.strictEqual(headlineRoles(t), 'reception [Ryabkoff:host+Tefftt:guest]');
  });
});

describe('Genre coverage: farewell calls of envoys accredited from abroad (round from ee9961e1)', () => {
  it('"President X was speaking when outgoing Georgian Ambassador to South Africa who is also accredited to Zambia, A and Italian Ambassador to Zambia B bid farewell to President X at state house in Lusaka": A and B call on X, of Zambia', () => {
    const t = 'President Hichilemma lauds bilateral relationship\n\n2022-08-25\n\nPresident Hakainde Hichilemma says Zambia values bilateral relations with other countries.\n\nZANIS reports that President Hichilemma was speaking when outgoing Georgian Ambassador to South Africa who is also accredited to Zambia, Beka Dvalli and Italian Ambassador to Zambia Antonino Maggiorre bid farewell to President Hichilemma at state house in Lusaka today.\n\nPresident Hichilemma noted that the Italian President’s visit to the country this year was historical.';
    const w = who(t);
    assert.ok(w.includes('Beka Dvalli: Ambassador to South Africa who is also accredited to Zambia (Georgia)') && w.includes('Hakainde Hichilemma: President (Zambia)'), w.join(' / '));
    assert.strictEqual(headlineRoles(t), 'reception [Dvalli:guest+Maggiorre:guest+Hichilemma:host]');
  });
});

describe('Genre coverage: met on arrival, and envoys met as they leave (round from ee9961e1)', () => {
  it('"He was met at the ... International Airport by Foreign Affairs Minister A, Defence Minister B and service chiefs": one reception, A and B hosting', () => {
    const t = 'King Mswatti III, who is on State visit to Zimbabwe, has arrived in Harare. He was met at the Robert Gabriel Mugabe International Airport by Foreign Affairs Minister Frederik Shavva, Defence Minister Oppah Muchinguri-Kashirri and service chiefs.';
    assert.strictEqual(headlineRoles(t), 'reception [III:guest+Shavva:host+Muchinguri-Kashirri:host]');
  });
  it('"President X yesterday met the outgoing High Commissioner of Botswana, A, and the Ambassador of the UAE, B, who bade farewell": X receives both', () => {
    const t = 'President Filip Nyussi yesterday met the outgoing High Commissioner of the Republic of Botswana, Olebile Marakaddu, and the Ambassador of the United Arab Emirates, Asim Aklrahmahh, who bade farewell, both having finished their missions in the country.';
    assert.strictEqual(headlineRoles(t), 'reception [Nyussi:host+Marakaddu:guest+Aklrahmahh:guest]');
  });
});

describe('Genre coverage: a repost\'s note of when the release was issued (round from ee9961e1)', () => {
  it('"The following press release was published by the Office of the Spokesperson on March 30, 2021. ... X spoke with Y today": that day', () => {
    const t = 'Secretary Blinkenn’s Call with Romanian Foreign Minister Aurescuu\n\nThe following press release was published by the Office of the Spokesperson on March 30, 2021. It is reproduced in full below.\n\nSecretary of State Antony J. Blinkenn spoke with Romanian Foreign Minister Bogdan Aurescuu today.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2021-03-30');
  });
});

describe('Genre coverage: consultations held in a virtual format (round from ee9961e1)', () => {
  it('"India and Singapore on Wednesday held the 15th round of Foreign Office Consultations", then "the ... Consultations was held in a virtual format today", then the delegations\' leaders: a video call, placed nowhere', () => {
    const t = 'New Delhi [India], August 11 (ANI): India and Singapore on Wednesday held the 15th round of Foreign Office Consultations and discussed ways to further strengthen economic engagement.\n\nAccording to the Ministry of External Affairs (MEA), the 15th India-Singapore Foreign Office Consultations was held in a virtual format today.\n\nThe Indian delegation was led by Riva Ganguly Dass, Secretary (East), Ministry of External Affairs and the Singapore delegation was led by Chee Wee Kiongg, Permanent Secretary, Ministry of Foreign Affairs.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.strictEqual(`${m?.kind} ${m?.place ?? '-'}`, 'video call -');
  });
});

describe('Genre coverage: an envoy\'s office misspelt (round from ee9961e1)', () => {
  it('"Singapore High Commisioner to Malaysia X": the office as written, of Singapore', () => {
    const t = 'He was accompanied by Foreign Minister Vivian Balakrishnann and Singapore High Commisioner to Malaysia Vanu Gopala Menonn.';
    assert.ok(who(t).includes('Vanu Gopala Menonn: High Commisioner to Malaysia (Singapore)'), who(t).join(' / '));
  });
});

describe('Genre coverage: meetings on the sidelines of a gathering held in one city (round from ee9961e1)', () => {
  it('"On Day 3 of the United Nations General Assembly (UNGA), the Minister ... held key meetings on the sidelines": the meetings are in New York', () => {
    const t = "UNGA 79: Minister Nduhungirehhe Holds Key Bilateral Meetings\n\n2024-09-26\n\nOn Day 3 of the United Nations General Assembly (UNGA), the Minister of Foreign Affairs and Cooperation, Olivier Nduhungirehhe held key meetings on the sidelines of the 79th assembly.\n\nAmb. Nduhungirehhe met Sheikh Abdullah Bin Zayedd Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs of the United Arab Emirates (UAE).";
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'New York');
  });
});

describe('Genre coverage: more seats of government (round from ee9961e1)', () => {
  it('"at the Grand Serail", "at Cotroceni Palace", "at Village Urugwiro": Beirut, Bucharest, Kigali', () => {
    const places = ['Prime Minister Najibb Mikatti received Ambassador Ihor Ostashh at the Grand Serail on Friday.', 'President Klauss Iohanniss received President Mahmoudd Abbass at the Cotroceni Palace on Tuesday.', 'President Paull Kagamme hosted President Denis Sassou Nguessoo at Village Urugwiro.']
      .map((t) => analyze(t).meetings.find((m) => m.headline)?.place);
    assert.deepStrictEqual(places, ['Beirut', 'Bucharest', 'Kigali']);
  });
});

describe('Genre coverage: a place after the one the subject discussed with (round from ee9961e1)', () => {
  it('"X discussed ongoing developments with NATO Secretary-General Y and his Lithuanian and French counterparts in Brussels on Thursday": in Brussels', () => {
    const t = 'Defense Minister Yasar Gulerr discussed ongoing developments with NATO Secretary-General Jens Stoltenbergg and his Lithuanian and French counterparts in Brussels on Thursday.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Brussels');
  });
  it('guard: "X discussed the situation in Gaza with Y": Gaza is what was discussed, not where', () => {
    const t = 'Foreign Minister Ahmed Salemm discussed the situation in Gaza with his Jordanian counterpart Ayman Safadii on Monday.';
    assert.notStrictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Gaza');
  });
});

describe('Genre coverage: a visit told in a title\'s present (round from ee9961e1)', () => {
  it('"Defence Minister X visits London": in London', () => {
    assert.strictEqual(analyze('Defence Minister Margarita Robless visits London.').meetings.find((m) => m.headline)?.place, 'London');
  });
});

describe('Genre coverage: forms of the blind genres, tried on invented sentences (round from ee9961e1)', () => {
  it('"Prime Minister X spoke on Tuesday evening with Indian Prime Minister Y": a call of X and Y; X is not Indian', () => {
    const t = 'Prime Minister Benjamyn Netanyahuu spoke on Tuesday evening with Indian Prime Minister Narendra Modii.';
    assert.strictEqual(headlineRoles(t), 'phone call [Netanyahuu:participant+Modii:participant]');
    assert.ok(!who(t).includes('Benjamyn Netanyahuu: Prime Minister (India)'), who(t).join(' / '));
  });
  it('"Vice President X represented President Y at the summit and held talks with the Ghanaian Vice President, Z": talks of X and Z', () => {
    const t = 'Vice President Kashim Shettimaa represented President Tinubuu at the summit and held talks with the Ghanaian Vice President, Mahamudu Bawumiaa.';
    assert.strictEqual(headlineRoles(t), 'talks [Shettimaa:participant+Bawumiaa:participant]');
  });
});

describe('Genre coverage: a foreign force stationed abroad (round from ee9961e1)', () => {
  it('"received in audience the Commander of the French Elements in Gabon, General X": X commands them, no one called "Elements"', () => {
    const t = "Cameroon's Minister of Defence, Joseph Beti Assomoo, received in audience the Commander of the French Elements in Gabon, General Eric Bellemann.";
    assert.ok(who(t).includes('Eric Bellemann: Commander of the French Elements in Gabon (France)') && !analyze(t).persons.some((p) => p.name === 'Elements'), who(t).join(' / '));
  });
});
describe('Genre coverage: more forms of the blind genres, tried on invented sentences (round from ee9961e1)', () => {
  it('"In the presence of Crown Prince Y, King X received the visiting President of Cyprus, Z": a reception, Y at X\'s side', () => {
    const t = 'In the presence of Crown Prince Salmann Al Khalifaa, His Majesty King Hamadd bin Isa Al Khalifaa received the visiting President of Cyprus, Nikos Christodoulidess.';
    assert.strictEqual(headlineRoles(t), 'reception [Khalifaa:host+Christodoulidess:guest+Khalifaa:host]');
  });
  it('"The President of the Republic, X, received at Belém Palace the President of Cape Verde, Y": in Lisbon', () => {
    const t = 'The President of the Republic, Marcelo Rebelo de Sousaa, received at Belém Palace the President of Cape Verde, José Maria Nevess.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Lisbon');
  });
  it('"Benjamin X and Indian Prime Minister Y discussed regional security": talks of X and Y', () => {
    const t = 'Benjamyn Netanyahuu and Indian Prime Minister Narendra Modii discussed regional security.';
    assert.strictEqual(headlineRoles(t), 'talks [Netanyahuu:participant+Modii:participant]');
  });
});

describe('Genre coverage: an outlet interviewing (round from ee9961e1)', () => {
  it('"In an interview with Al Arabiya, Saudi Foreign Minister X said": an interview of X; no one called "Al Arabiya"', () => {
    const t = 'In an interview with Al Arabiya, Saudi Foreign Minister Prince Faisal bin Farhann said the kingdom supports a ceasefire.';
    assert.ok(!analyze(t).persons.some((p) => p.name === 'Al Arabiya'), who(t).join(' / '));
    assert.strictEqual(headlineRoles(t), 'interview [Farhann:interviewee]');
  });
});

describe('Genre coverage: a Marine general after his command (round from ee9961e1)', () => {
  it('"met with SOUTHCOM Commander Marine Gen. X": X commands SOUTHCOM', () => {
    const t = 'Paraguayan President Santiago Penna visited U.S. Southern Command (SOUTHCOM) today and met with SOUTHCOM Commander Marine Gen. Francis L. Donovann.';
    assert.ok(who(t).includes('Francis L. Donovann: SOUTHCOM Commander (United States)'), who(t).join(' / '));
  });
});

describe('Genre coverage: a sentence opening on the meeting it tells of (round from ee9961e1)', () => {
  it('"During the meeting, which took place at the Ministry of Foreign Affairs, Minister A and Ambassador B discussed bilateral relations": talks of A and B', () => {
    const t = 'During the meeting, which took place at the Ministry of Foreign Affairs, Minister Adam Kowalskii and Ambassador Jean Duponte discussed bilateral relations.';
    assert.strictEqual(headlineRoles(t), 'talks [Kowalskii:participant+Duponte:participant]');
  });
});

describe('Genre coverage: two names set off after an office in the plural (round from ee9961e1)', () => {
  it('"The heads of state of Poland and Lithuania, A and B, met in Vilnius on Monday": talks of A, Polish, and B, Lithuanian', () => {
    const t = 'The heads of state of Poland and Lithuania, Andrzej Dudaa and Gitanas Nausedaa, met in Vilnius on Monday.';
    assert.strictEqual(headlineRoles(t), 'talks [Dudaa:participant+Nausedaa:participant]');
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.country), ['Poland', 'Lithuania']);
  });
  it('"The two foreign ministers, A and B, met": both are found', () => {
    const t = 'The two foreign ministers, Adam Kowalskii and Gabrielius Landsbergiss, met in Vilnius on Monday.';
    assert.strictEqual(headlineRoles(t), 'talks [Kowalskii:participant+Landsbergiss:participant]');
  });
});

describe('Genre coverage: forms of last round\'s blind sets, now tuned on (round from e50a7f42)', () => {
  it('"Admiral Mohammad X Y ... Admiral M X Y": a given name written by its letter is the same person', () => {
    const t = 'Admiral Mohammadd Nazmull Hassann, Chief of the Naval Staff of the Bangladesh Navy, called on General Syedd Asimm Munirr in Rawalpindi. Later, Admiral M Nazmull Hassann visited the Naval Headquarters.';
    assert.strictEqual(analyze(t).persons.filter((p) => p.name.endsWith('Hassann')).length, 1, who(t).join(' / '));
  });
  it('"General X, NI (M), Chief of Army Staff (COAS)": the award\'s letters do not hide the office', () => {
    const t = 'Admiral Mohammadd Nazmull Hassann called on General Syedd Asimm Munirr, NI (M), Chief of Army Staff (COAS), at the General Headquarters, Rawalpindi.';
    assert.ok(who(t).some((w) => w.startsWith('Syedd Asimm Munirr: Chief of Army Staff')), who(t).join(' / '));
  });
  it('a subhead telling that the guest "also calls on" another keeps that one out of the lead\'s meeting', () => {
    const t = "COAS and Bangladesh's naval chief discuss defence cooperation\n\nVisiting Bangladesh's Naval Chief also calls on Gen Sahirr Shamshadd Mirzaa\n\nRAWALPINDI: Admiral Mohammadd Nazmull Hassann, Chief of the Naval Staff of the Bangladesh Navy, called on General Syedd Asimm Munirr, Chief of Army Staff (COAS), at the General Headquarters (GHQ), Rawalpindi.\n\nMeanwhile, Admiral M Nazmull Hassann, Chief of Naval Staff Bangladesh called on General Sahirr Shamshadd Mirzaa, Chairman Joint Chiefs of Staff Committee (CJCSC) at Joint Staff Headquarters, Rawalpindi.";
    assert.strictEqual(headlineRoles(t), 'reception [Hassann:guest+Munirr:host]');
  });
  it('a title "X Receives His Y Counterpart" over "X conferred with visiting Y": a reception, X the host', () => {
    const t = 'Ethiopia: President Mulatuu Receives His Israeli Counterpart\n\n2 May 2018\n\nPresident Mulatuu Teshomee conferred with visiting Israeli President Reuvenn Rivlinn today.';
    assert.strictEqual(headlineRoles(t), 'reception [Teshomee:host+Rivlinn:guest]');
  });
  it('"X met China\'s Foreign Minister Y", then "The Chinese minister paid a courtesy call on the Thai prime minister": one reception, X the host', () => {
    const t = "BANGKOK, Oct 15 (TNA) – Prime Minister Gen. Prayuttt Chan-ochaa met China's State Councilor and Foreign Minister Wangg Yii at Government House on Thursday.\n\nThe Chinese minister paid a courtesy call on the Thai prime minister on the occasion of his official visit to Thailand.";
    assert.deepStrictEqual(meetingsAt(t), ['reception [Chan-ochaa+Yii] Bangkok']);
    assert.strictEqual(headlineRoles(t), 'reception [Chan-ochaa:host+Yii:guest]');
  });
});

describe('Genre coverage: releases announcing a meeting to come (round from e50a7f42)', () => {
  it('"X will meet his Russian counterpart Y in Kirkenes on Monday", nothing held: an announced talks of X and Y', () => {
    const t = 'In this region, the close issues are the big political topic, Norwegian Foreign Minister Jonass Gahrr Støree says. On Monday he will meet with his Russian counterpart Sergeyy Lavrovv in Kirkenes.';
    const m = analyze(t).meetings;
    assert.deepStrictEqual(m.map((x) => [x.kind, x.headline, x.announced, x.place, x.participants.map((p) => p.name).sort().join('+')]), [['talks', true, true, 'Kirkenes', 'Jonass Gahrr Støree+Sergeyy Lavrovv']]);
  });
  it('"X will hold a bilateral meeting with Portugal\'s Minister Y ... The meeting will be held as a video conference": an announced video call', () => {
    const t = "Minister of Defence Anttii Kaikkonenn will hold a bilateral meeting with Portugal's Minister of National Defense Joãoo Gomess Cravinhoo in the afternoon of 25 March 2021. The meeting will be held as a video conference.";
    assert.strictEqual(headlineRoles(t), 'video call [Kaikkonenn:participant+Cravinhoo:participant]');
  });
  it('a meeting held and another to come: only the one held, not announced', () => {
    const t = 'Foreign Minister Adamm Kowalskii met his Lithuanian counterpart Gabrieliuss Landsbergiss in Vilnius on Monday. Kowalskii will meet the Latvian Foreign Minister Edgarss Rinkēvičss next week.';
    const m = analyze(t).meetings;
    assert.deepStrictEqual(m.map((x) => [x.kind, x.announced ?? false, x.participants.map((p) => p.name.split(' ').pop()).join('+')]), [['talks', false, 'Kowalskii+Landsbergiss']]);
  });
});

describe('Genre coverage: the country of one who met several nations\' officials (round from e50a7f42)', () => {
  it('"Defence Secretary X met his Turkish counterpart Y in Istanbul ... the UK and Türkiye ... also held meetings with the Slovenian and Ukrainian ministers": X is British', () => {
    const t = 'Defence Secretary Benn Wallacee met with his Turkish counterpart Defence Minister Huluss Akarr in Istanbul.\n\nThe Ministers discussed how the UK and Türkiye will continue to work together. The UK and Türkiye share a long-standing defence partnership.\n\n' +
      'The Defence Secretary also held meetings with the newly appointed Slovenian Defence Minister Marjann Šarecc and Ukrainian Minister for Strategic Industries, Pavloo Riabikinn.\n\nThe visit comes just weeks after Minister Akarr visited the UK for discussions.';
    assert.ok(who(t).includes('Benn Wallacee: Defence Secretary (United Kingdom)'), who(t).join(' / '));
  });
});

describe('Genre coverage: a counterpart new in office (round from e50a7f42)', () => {
  it('"X spoke by phone with his new Canadian counterpart Tuesday ... In his first talks with Canadian Foreign Minister Y": a call of X and Y', () => {
    const t = "Foreign Minister Choo Taeyul spoke by phone with his new Canadian counterpart Tuesday, the ministry said. In his first talks with Canadian Foreign Minister Anitta Anandd, Choo highlighted Canada's efforts.";
    assert.strictEqual(headlineRoles(t), 'phone call [Taeyul:participant+Anandd:participant]');
  });
});

describe('Genre coverage: offices and styles of parliaments (round from e50a7f42)', () => {
  it('"met with China\'s top legislator X": X holds that office; "his Zimbabwean counterpart Advocate Y": "Advocate" is a style of address', () => {
    assert.ok(who("Jeongg Kabyoon met with China's top legislator Zhangg Dejiangg during his visit.").includes('Zhangg Dejiangg: top legislator (China)'));
    const t = 'Visiting Malawian Speaker Catherinee Haraa yesterday paid a courtesy call on his Zimbabwean counterpart Advocate Jacobb Mudendaa.\n\n"Let me thank the Speaker Advocate Mudendaa for welcoming my delegation," she said.';
    assert.ok(who(t).includes('Jacobb Mudendaa: Speaker (Zimbabwe)'), who(t).join(' / '));
  });
});

describe('Genre coverage: places named like people (round from e50a7f42)', () => {
  it('"Secretary of the Party Committee of China\'s Yunnan Province, Mr X": no one called "Yunnan Province"; "at the Presidential Palace, Villa Somalia,": no one called "Villa Somalia"', () => {
    const a = analyze("Foreign Minister Saleumxayy Kommasithh met with Secretary of the Communist Party of China Committee of China's Yunnan Province, Mr Wangg Ningg, in Vientiane on Mar 30.");
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Saleumxayy Kommasithh', 'Wangg Ningg']);
    const b = analyze('In a meeting at the Presidential Palace, Villa Somalia, President Hassann Sheikh Mahmoudd welcomed the acting UN envoy Jamess Swann.');
    assert.deepStrictEqual(b.persons.map((p) => p.name), ['Hassann Sheikh Mahmoudd', 'Jamess Swann']);
  });
});

describe('Genre coverage: American legislators and governors by their party and state (round from e50a7f42)', () => {
  it('"Representatives A (D-NY), chairman of ...; B (D-NY), ...; and C (D-NJ)", "Governors D (Illinois) and E (Michigan)": each of the United States', () => {
    const a = who('These included Representatives Eliott Engell (D-NY), chairman of the House Committee on Foreign Affairs; Gregoryy Meekss (D-NY), a senior member; and Albioo Siress (D-NJ) chairman of the Subcommittee.');
    assert.deepStrictEqual(a.map((w) => w.replace(/: .* \(/, ' (')), ['Eliott Engell (United States)', 'Gregoryy Meekss (United States)', 'Albioo Siress (United States)']);
    const b = analyze('Prime Minister Keithh Rowleyy met the governors Brucee Raunerr (Illinois) and Rickk Snyderr (Michigan).').persons;
    assert.deepStrictEqual(b.slice(1).map((p) => p.country), ['United States', 'United States']);
  });
});

describe('Genre coverage: a port call (round from e50a7f42)', () => {
  it('"INS X arrived at Port Victoria ... The Commanding Officer, Cdr Y, called on the Minister of Defence, Z": Y serves India\'s navy', () => {
    const t = 'INS Sunayna arrived at Port Victoria on a three-day visit. The Commanding Officer, Cdr Vikasss Sharmaa, called on the Minister of Defence, Jeann Mahoo.';
    assert.ok(who(t).includes('Vikasss Sharmaa: Commanding Officer (India)'), who(t).join(' / '));
    assert.strictEqual(headlineRoles(t), 'reception [Sharmaa:guest+Mahoo:host]');
  });
  it('a ship of another navy\'s prefix: "HNoMS X" is Norway\'s', () => {
    const t = 'The Norwegian frigate HNoMS Fridtjof Nansen called at Colombo. Its Commanding Officer, Commander Larss Olsenn, called on the Commander of the Navy.';
    assert.ok(who(t).some((w) => w.startsWith('Larss Olsenn') && w.endsWith('(Norway)')), who(t).join(' / '));
  });
});

describe('Genre coverage: a nation\'s delegation and its members (round from e50a7f42)', () => {
  it('"met with the bipartisan delegation of the Senate of the US Congress, consisting of A, B and C": three Americans, each a party', () => {
    const t = 'President Volodymyrr Zelenskyyy met with the bipartisan delegation of the Senate of the US Congress, consisting of Josephh Manchinn, Lisaa Murkowskii and Markk Kellyy.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.filter((p) => p.country === 'United States').map((p) => p.name), ['Josephh Manchinn', 'Lisaa Murkowskii', 'Markk Kellyy']);
    assert.strictEqual(a.meetings.find((m) => m.headline)?.participants.length, 4);
  });
  it('"The US delegation who met COAS included Senator A, Senator B and Senator C": of the United States', () => {
    const t = 'General Qamarr Bajwaa met the visiting delegation. The US delegation who met COAS included Senator Sheldonn Whitehousee, Senator Lindseyy Grahamm and Senator Davidd Perduee.';
    assert.deepStrictEqual(analyze(t).persons.filter((p) => p.position === 'Senator').map((p) => p.country), ['United States', 'United States', 'United States']);
  });
});

describe('Genre coverage: a body named by words its short form spells (round from e50a7f42)', () => {
  it('"called on Rashtriya Swayamsevak Sangh (RSS) general secretary X": no one called "Rashtriya Swayamsevak Sangh"', () => {
    const t = 'The Chinese delegation called on Rashtriya Swayamsevak Sangh (RSS) general secretary Dattatreyaa Hosabalee on Tuesday.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Dattatreyaa Hosabalee']);
  });
});

describe('Genre coverage: the countries a visitor is going to (round from e50a7f42)', () => {
  it('"President X met the Secretary-General ... X will visit Serbia and Germany ... will meet the German President": X is not German', () => {
    const t = 'President Ibrahimm Mohamedd Solihh has met with the Secretary-General of the United Nations, Antónioo Guterress.\n\nPresident Solihh will visit Serbia and Germany on this trip. The last destination on his trip is Germany, where President Solihh will meet the German President, Frankk Steinmeierr, to hold meetings between Maldives and Germany.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Ibrahimm Mohamedd Solihh')?.country, 'Germany');
  });
});

describe('Genre coverage: those a visitor travels with (round from e50a7f42)', () => {
  it('"X made the trip with his Minister of Defense, Y, and the Chief of General Staff, Z": Y and Z travel at his side, of his country, no hosts', () => {
    const t = "Burkina Faso's transitional president Captain Ibrahimm Traoree visited Bamako on Monday. Captain Ibrahimm Traoree made the trip with his Minister of Defense and Veterans, Kassoumm Coulibalyy, and the Chief of General Staff of the Armed Forces, Davidd Kabree. He was received by Malian President Assimii Goitaa.";
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}:${p.country}`), ['Traoree:Burkina Faso', 'Coulibalyy:Burkina Faso', 'Kabree:Burkina Faso', 'Goitaa:Mali']);
    assert.ok(!a.meetings.some((m) => m.participants.some((p) => p.name.endsWith('Coulibalyy') && p.role === 'host')));
  });
});

describe('Genre coverage: a long topic discussed before the one met (round from e50a7f42)', () => {
  it('"X discussed A-B cooperation and strategic partnership, along with regional developments, with US Senator Y": talks of X and Y', () => {
    const t = 'King Abdullahh on Sunday discussed Jordan-US cooperation and strategic partnership, along with regional developments, with US Senator Rogerr Wickerr.';
    assert.strictEqual(headlineRoles(t), 'talks [Abdullahh:participant+Wickerr:participant]');
  });
  it('"X discussed bilateral ties with a congressional delegation headed by US Senator Y": talks of X and Y', () => {
    const t = 'King Abdullahh discussed bilateral ties with a congressional delegation headed by US Senator Rogerr Wickerr on Sunday.';
    assert.strictEqual(headlineRoles(t), 'talks [Abdullahh:participant+Wickerr:participant]');
  });
});

describe('Genre coverage: a visit to come named in an opening clause (round from e50a7f42)', () => {
  it('"Ahead of President X\'s State visit to Türkiye, the Minister of Foreign Affairs, Y, ... held talks with his Turkish counterpart, Z": talks of Y and Z; X, Nigerian, takes no part', () => {
    const t = "Ahead of President Bolaa Tinubuu's State visit to Türkiye, the Minister of Foreign Affairs, Amb. Yusuff Tuggarr, on Monday paid an official visit to Ankara where he held high-level talks with his Turkish counterpart, Hakann Fidann.\n\nThe visit reflects the growing character of Nigeria-Türkiye relations.";
    assert.strictEqual(headlineRoles(t), 'talks [Tuggarr:participant+Fidann:participant]');
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name === 'Bolaa Tinubuu')?.country, 'Turkey');
  });
});

describe('Genre coverage: an event another attended (round from e50a7f42)', () => {
  it('"... after President X\'s inauguration, which President Z attended.": Z takes no part in the reception', () => {
    const t = "President Josephh Boakaii this morning received in audience the Vice President of Sierra Leone, Mohamedd Jallohh, at his residence. Vice President Jallohh's visit comes a week after President Boakaii's inauguration as 26th President of Liberia, which President Juliuss Maada Bioo attended.";
    assert.strictEqual(headlineRoles(t), 'reception [Boakaii:host+Jallohh:guest]');
  });
});

describe('Genre coverage: an office standing for its holder (round from 9015168d)', () => {
  it('"The Vanuatu prime minister signed the visitor book, before meeting with Mr X": the office is not X\'s, whom it meets', () => {
    const t = 'Prime Minister Anthonyy Albanesee has welcomed his Vanuatu counterpart to Parliament House in Canberra.\n\nMr Kalsakauu inspected the guard of honour.\n\nThe Vanuatu prime minister signed the visitor book, before meeting with Mr Albanesee in the cabinet room.';
    const a = analyze(t);
    assert.notStrictEqual(a.persons.find((p) => p.name.endsWith('Albanesee'))?.country, 'Vanuatu', who(t).join(' / '));
    assert.strictEqual(a.persons.find((p) => p.name.endsWith('Kalsakauu'))?.country, 'Vanuatu', who(t).join(' / '));
  });
});

describe('Genre coverage: lower-case offices set off after a name (round from 9015168d)', () => {
  it('"X, general secretary of the Central Committee of the Communist Party of China (CPC) and Chinese president, met with Y": X holds the office, of China', () => {
    const t = 'BEIJING – Xii Jinpingg, general secretary of the Central Committee of the Communist Party of China (CPC) and Chinese president, Wednesday met with Pakk Thaee Songg.';
    assert.ok(who(t).some((w) => w.startsWith('Xii Jinpingg: general secretary of the Central Committee') && w.endsWith('(China)')), who(t).join(' / '));
  });
  it('"X, second secretary of the embassy", "Y, member of parliament": offices in lower case after the name', () => {
    const t = 'Annaa Kleinn, second secretary of the German Embassy, met Pedroo Alvess, member of parliament.';
    const w = who(t);
    assert.ok(w.some((x) => x.startsWith('Annaa Kleinn: second secretary')), w.join(' / '));
    assert.ok(w.some((x) => x.startsWith('Pedroo Alvess: member of parliament')), w.join(' / '));
  });
});

describe('Genre coverage: receptions on arrival (round from 9015168d)', () => {
  it('"Upon arrival, she was received with an official ceremony by the Prime Minister of Albania, X": the pronoun is the guest', () => {
    const t = 'Premier Receives Denmark Counterpart in Tirana\n\nPrime Minister of Denmark, Mettee Frederiksenn, arrived this Monday in Tirana, in the framework of her official visit to Albania.\n\nUpon arrival, she was received with an official ceremony by the Prime Minister of Albania, Edii Ramaa in the premises of the Prime Minister\'s Office.';
    assert.strictEqual(headlineRoles(t), 'reception [Frederiksenn:guest+Ramaa:host]');
  });
  it('talks in the lead, then "Upon arrival, he was received at the Airport by President X": the headline stays talks', () => {
    const t = "President Tebbounee holds talks with French counterpart\n\nALGIERS – Thursday, 25 August 2022 (APS) – President of the Republic, Abdelmadjidd Tebbounee, held on Thursday at the headquarters of the Presidency of the Republic, talks with his French counterpart, Emmanuell Macronn.\n\nThe French president began Thursday afternoon a three-day official visit to Algeria.\n\nUpon arrival, he was received at the Houari-Boumediene International Airport by President Tebbounee in the presence of senior state officials.";
    assert.strictEqual(headlineRoles(t), 'talks [Tebbounee:participant+Macronn:participant]');
  });
});

describe('Genre coverage: Russian provinces by their kind of place (round from 9015168d)', () => {
  it('"led by Omsk Oblast Governor X": the province is no person, and the governor is Russian', () => {
    const t = 'Pashinyann receives delegation led by Omsk Oblast Governor Alexanderr Burkovv\n\nPrime Minister of Armenia Nikoll Pashinyann received the delegation led by Alexanderr Burkovv, Governor of Omsk Oblast of the Russian Federation.';
    const a = analyze(t);
    assert.ok(!a.persons.some((p) => /Oblast/.test(p.name)), who(t).join(' / '));
    assert.strictEqual(headlineRoles(t), 'reception [Pashinyann:host+Burkovv:guest]');
  });
  it('"Governor of Primorsky Krai X": the province the regions\' lexicon knows gives the country', () => {
    const t = 'Governor of Primorsky Krai Vladimirr Miklushevskyy met President of Tatarstan Rustamm Minnikhanovv.';
    assert.ok(who(t).some((w) => w.startsWith('Vladimirr Miklushevskyy: Governor of Primorsky Krai (Russia)')), who(t).join(' / '));
  });
  it('"paid a visit to Novosibirsk Oblast": a province is still where the meeting was', () => {
    const t = "MOSCOW– Russia's Novosibirsk Oblast Governor Andreyy Travnikovv in a meeting with Iranian Ambassador to Russia Kazemm Jalalii has called for the expansion of relations with Iran.\n\nIranian envoy paid a 3-day visit to Novosibirsk Oblast to attend the International Forum of Technological Development.";
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Novosibirsk');
  });
});

describe('Genre coverage: domains before a lower-case office (round from 9015168d)', () => {
  it('"Foreign Affairs minister X", "External Affairs minister Y": the whole domain is in the office', () => {
    const w = who('Foreign Affairs minister Simonn Coveneyy met External Affairs minister Subrahmanyamm Jaishankarr.');
    assert.ok(w.some((x) => x.startsWith('Simonn Coveneyy: Foreign Affairs minister')), w.join(' / '));
    assert.ok(w.some((x) => x.startsWith('Subrahmanyamm Jaishankarr: External Affairs minister')), w.join(' / '));
  });
  it('"Iraqi parliament speaker X", "Egypt\'s foreign ministry spokesperson Y": the office as written', () => {
    const w = who("Iraqi parliament speaker Mahmoudd al-Mashhadanii met Qalibaff. Egypt's foreign ministry spokesperson Ahmedd Abuu Zeidd said so.");
    assert.ok(w.some((x) => x.startsWith('Mahmoudd al-Mashhadanii: parliament speaker (Iraq)')), w.join(' / '));
    assert.ok(w.some((x) => x.startsWith('Ahmedd Abuu Zeidd: foreign ministry spokesperson (Egypt)')), w.join(' / '));
  });
});

describe('Genre coverage: a body with its nationality after an office (round from 9015168d)', () => {
  it('"the Director of Ugandan Military Intelligence, Major General X": the whole office, of Uganda', () => {
    const w = who('A team of five Rwandan soldiers was welcomed by General Muhoozii and the Director of Ugandan Military Intelligence, Major General Jamess Birungii, at the military base in Mbuya.');
    assert.ok(w.some((x) => x === 'Jamess Birungii: Director of Ugandan Military Intelligence (Uganda)'), w.join(' / '));
  });
  it('"Deputy Minister of Foreign Affairs of Turkmenistan X Y, Ambassador ...": the name after the country is the holder\'s, no body', () => {
    const w = who('The meeting was attended by Deputy Minister of Foreign Affairs of Turkmenistan Vepaa Hajiyevv, Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the Republic of Tajikistan Askarr Tazhibaevv.');
    assert.ok(w.some((x) => x.startsWith('Vepaa Hajiyevv: Deputy Minister of Foreign Affairs')), w.join(' / '));
  });
});

describe('Genre coverage: a page date either way round (round from 9015168d)', () => {
  it('"9/6/2019" over "X met Friday with Y": the month first, as the weekday has it', () => {
    const t = "Republican US senator: Washington and Moscow should engage\n\n9/6/2019\n\nMOSCOW -- An American senator visiting Russia says Moscow and Washington should maintain a dialogue.\n\nMikee Leee, a member of the Republican Party, met Friday with Konstantinn Kosachevv, chairman of the foreign relations committee in the upper house of the Russian parliament.";
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2019-09-06');
  });
  it('"07.05.2018" with its dots stays day first, whatever days are to come ("until Wednesday")', () => {
    const t = 'Danish foreign minister visits the Faroes\n\n07.05.2018 - 15:08\n\nAnderss Samuelsenn, the Danish Minister of Foreign Affairs, is visiting the Faroes until Wednesday. He met his Faroese counterpart, Poull Michelsenn, on Monday.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2018-05-07');
  });
});

describe('Genre coverage: a call told by its noun (round from 9015168d)', () => {
  it('"A and B discussed climate change ... in a call on February 13": a phone call of the two, no courtesy call', () => {
    const t = 'Lavrov, Kerry discuss climate change cooperation in phone call\n\nRussian Foreign Minister Sergeii Lavrovv and U.S. climate envoy Johnn Kerryy discussed climate change and the implementation of the Paris climate agreement in a call on February 13.\n\nLavrovv welcomed the new U.S. administration\'s intention to rejoin the Paris agreement.';
    const m = analyze(t).meetings;
    assert.deepStrictEqual(m.map((x) => `${x.kind} ${x.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+')}`), ['phone call Lavrovv:participant+Kerryy:participant']);
  });
  it('"received a call on Sunday evening from X" stays the call X made', () => {
    assert.strictEqual(headlineRoles('Egyptian President Abdell Fattahh al-Sisii received a call on Sunday evening from US President Joee Bidenn.'), 'phone call [al-Sisii:callee+Bidenn:caller]');
  });
});

describe('Genre coverage: the one who spoke, at the meeting (round from 9015168d)', () => {
  it('"King X says ... This, he said when accepting letters of credence from Mr. Y": X receives Y, of the country Y is posted to', () => {
    const t = 'HIS MAJESTY ACCEPTS LETTERS OF CREDENCE FROM PORTUGAL\n\nHis Majesty King Letsiee III says the appointment of Portugal Ambassador to Lesotho, Mr. Manuall Carvalhoo will further strengthen the existing relations between the two countries.\n\nThis, he said when accepting letters of credence from Mr. Carvalhoo at the Royal Palace on Thursday.';
    assert.strictEqual(headlineRoles(t), 'reception [III:host+Carvalhoo:guest]');
    assert.ok(who(t).some((w) => w === 'Letsiee III: King (Lesotho)'), who(t).join(' / '));
  });
});

describe('Genre coverage: those who accompanied a party (round from 9015168d)', () => {
  it('"Senator X was accompanied in this visit by U.S. Ambassador Y": Y takes part at X\'s side', () => {
    const t = 'President Bajramm Begajj received US Senator Jeannee Shaheenn in Tirana on Monday. Senator Shaheenn was accompanied in this visit by U.S. Ambassador to Albania, Ms. Yurii Kimm, and representatives of the U.S. Senate.';
    assert.strictEqual(headlineRoles(t), 'reception [Begajj:host+Shaheenn:guest+Kimm:guest]');
  });
});
describe('Genre coverage: those who accompanied a party, told after (round from 9015168d)', () => {
  it('"A and B accompanied President X during the meeting.": A and B take part in X\'s meeting', () => {
    const t = 'Maldivian President Ibrahimm Solihh met UN Secretary-General Antonioo Guterress in New York on Monday. Foreign Minister Abdullaa Shahidd and Planning Minister Mohamedd Aslamm accompanied President Solihh during the meeting.';
    assert.strictEqual(headlineRoles(t), 'talks [Solihh:participant+Guterress:participant+Shahidd:participant+Aslamm:participant]');
  });
});
describe('Genre coverage: a network is a body (round from 9015168d)', () => {
  it('"Air Vice Marshal X, UK Director of Global Defence Network and his delegation": no person called "Network"', () => {
    const w = who('The Chief of Staff of the Sultan\'s Armed Forces received Air Vice Marshal Mickk Smeathh, UK Director of Global Defence Network and his accompanying delegation.');
    assert.ok(!w.some((x) => x.startsWith('Network')), w.join(' / '));
    assert.ok(w.some((x) => x.startsWith('Mickk Smeathh: Director of Global Defence Network')), w.join(' / '));
  });
});
describe('Genre coverage: national titles only one country has (round from 9015168d)', () => {
  it('"the Yang di-Pertuan Agong X": Malaysia\'s; "Custodian of the Two Holy Mosques King Y": Saudi Arabia\'s', () => {
    const w = who('The Yang di-Pertuan Agong Al-Sultann Abdullahh received a message from the Custodian of the Two Holy Mosques King Salmann bin Abdulazizz.');
    assert.ok(w.some((x) => x.startsWith('Al-Sultann Abdullahh') && x.endsWith('(Malaysia)')) || w.some((x) => x.startsWith('Abdullahh') && x.endsWith('(Malaysia)')), w.join(' / '));
    assert.ok(w.includes('Salmann bin Abdulazizz: King (Saudi Arabia)'), w.join(' / '));
  });
});
describe('Genre coverage: a nationality and an office standing for one named before (round from 9015168d)', () => {
  it('"his Bhutanese counterpart, Dasho Y", then "The Bhutanese premier": Y, not the Thai prime minister of no stated country', () => {
    const t = 'PM Prayutt wraps Bhutan visit\n\nBangkok – Prime Minister Gen Prayutt Chan-o-chaa hailed the strength of Thai-Bhutanese relations on his return.\n\nGen Prayutt also met with his Bhutanese counterpart, Dasho Tsheringg Tobgayy, to discuss bilateral cooperation.\n\nThe Bhutanese premier congratulated Thailand on its successful mission.';
    const a = analyze(t);
    assert.notStrictEqual(a.persons.find((p) => p.name.endsWith('Chan-o-chaa'))?.country, 'Bhutan', who(t).join(' / '));
  });
  it('"met with the Iranian president, Seyed Ebrahim X": the descriptor set off before a name is that name\'s, not the counterpart\'s', () => {
    const t = 'The Nicaraguan foreign minister Deniss Moncadaa met last Sunday with the Iranian president, Seyedd Ebrahimm Raisii, in Tehran. Likewise, Moncadaa met with his Iranian counterpart, Hoseinn Amirr Abdolahiann.';
    assert.strictEqual(headlineRoles(t), 'talks [Moncadaa:participant+Raisii:participant]');
  });
});
describe('Genre coverage: an office of a country opening a title (round from 9015168d)', () => {
  it('"The President of Turkmenistan met with the new EU Ambassador" over "President X met ...": X serves Turkmenistan', () => {
    const t = 'The President of Turkmenistan met with the new EU Ambassador\n\nToday, President Serdarr Berdimuhamedovv met with the newly appointed Ambassador of the European Union Beataa Peksaa.';
    assert.ok(who(t).some((w) => w === 'Serdarr Berdimuhamedovv: President (Turkmenistan)'), who(t).join(' / '));
  });
});
describe('Genre coverage: a body\'s envoy posted to a country (round from 9015168d)', () => {
  it('"President X met with the newly appointed Ambassador of the European Union to Turkmenistan Y": X serves Turkmenistan', () => {
    const t = 'Today, President Serdarr Berdimuhamedovv met with the newly appointed Ambassador of the European Union to Turkmenistan Beataa Peksaa.';
    assert.ok(who(t).some((w) => w === 'Serdarr Berdimuhamedovv: President (Turkmenistan)'), who(t).join(' / '));
  });
});
describe('Genre coverage: meetings told apart by "respectively" (round from 9015168d)', () => {
  it('"Ambassador X met respectively with A, Governor of Istanbul Province and B, Mayor of Istanbul City": two meetings', () => {
    const t = 'On June 22, Chinese Ambassador Liuu Shaobinn met respectively with Mr. Alii Yerlikayaa, Governor of Istanbul Province and Mr. Ekremm Imamogluu, Mayor of Istanbul City.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => p.name.split(' ').pop()).join('+')), ['Shaobinn+Yerlikayaa', 'Shaobinn+Imamogluu']);
  });
});
describe('Genre coverage: one back from a visit (round from 9015168d)', () => {
  it('"X hailed ties on his return from the Kingdom of Bhutan where he was granted an audience with King Y": X is no Bhutanese', () => {
    const t = 'Prime Minister Gen Prayuttt Chan-o-chaa hailed ties on his return from the Kingdom of Bhutan where he was granted an audience with His Majesty King Jigmee Wangchuckk.';
    assert.notStrictEqual(analyze(t).persons.find((p) => p.name.endsWith('Chan-o-chaa'))?.country, 'Bhutan', who(t).join(' / '));
  });
});
describe('Genre coverage: asked, not called on (round from 9015168d)', () => {
  it('"X has been called on by the Biden administration to swap tips": no courtesy call', () => {
    assert.deepStrictEqual(analyze('Minister Jamess Shaww has been called on by the President Joee Bidenn administration to swap tips on climate policy.').meetings, []);
  });
});
describe('Genre coverage: an office over a province its kind of place closes (round from 9015168d)', () => {
  it('"Minister of Southern Province X", "Y, Permanent Secretary of Central Province,": the province is in the office, not in a name', () => {
    const w = who('Minister of Southern Province Credoo Nanjuwaa received the Chinese Ambassador. Monzee Namanii, Permanent Secretary of Central Province, also attended.');
    assert.ok(w.some((x) => x.startsWith('Credoo Nanjuwaa: Minister of Southern Province')), w.join(' / '));
    assert.ok(w.some((x) => x.startsWith('Monzee Namanii: Permanent Secretary of Central Province')), w.join(' / '));
  });
});
describe('Genre coverage: names with initials beside a meeting verb (round from 2d478e40)', () => {
  it('"held talks with S Jaishankar", "with K.P. Sharmaa Olii", "with John F. Kennedyy": each is a person of the meeting', () => {
    for (const name of ['S Jaishankarr', 'S. Jaishankarr', 'K.P. Sharmaa Olii', 'John F. Kennedyy', 'A. K. Abdul Momenn']) {
      const t = `Foreign Minister Badrr Albusaidii held talks with ${name} in Delhi on Monday.`;
      assert.strictEqual(meetingsAt(t)[0], `talks [Albusaidii+${name.split(' ').pop()}] Delhi`, `${name}: ${meetingsAt(t).join(' / ')}`);
    }
  });
  it('"S. Jaishankarr met Badrr Albusaidii": initials open the subject too', () => {
    assert.ok(who('S. Jaishankarr met Badrr Albusaidii in Delhi.').some((w) => w.startsWith('S. Jaishankarr:')));
  });
  it('"the Plan B Team met": a lone capital before a capitalized word that is no name is not read as a person', () => {
    assert.deepStrictEqual(analyze('The officials of Plan B Logistics met in Delhi on Monday.').persons, []);
  });
});
describe('Genre coverage: a comma closing an opening phrase before the subject (round from 2d478e40)', () => {
  it('"Ahead of the talks with his Chinese counterpart, S Jaishankarr on Thursday said": Jaishankarr is not the Chinese counterpart', () => {
    const t = 'Indian Foreign Minister S Jaishankarr met Chinese Foreign Minister Wangg Yii in Delhi on Friday.\n\nAhead of the talks with his Chinese counterpart, S Jaishankarr on Thursday had said that ties were strained.';
    assert.ok(who(t).some((w) => w === 'S Jaishankarr: Foreign Minister (India)'), who(t).join(' / '));
  });
  it('"After meeting his Chinese counterpart, Wangg Yii, the minister said": a name closed by its own comma is still the counterpart', () => {
    const t = 'After meeting his Chinese counterpart, Wangg Yii, the Indian minister said ties were strained.';
    assert.ok(who(t).some((w) => w.startsWith('Wangg Yii:') && w.endsWith('(China)')), who(t).join(' / '));
  });
});
describe('Genre coverage: interviews given to the press among other meeting words (round from 2d478e40)', () => {
  it('"our tool is called diplomacy," Minister X said in an interview: a thing\'s name, no phone call', () => {
    const t = '“Every ministry has a tool; our tool is called diplomacy,” Foreign Minister Nikoss Kotziass on Friday said in an interview with Alpha radio station.';
    assert.strictEqual(headlineRoles(t), 'interview [Kotziass:interviewee]');
  });
  it('"on the sidelines of the annual meeting with Turkish and international journalists, spoke in an exclusive interview": no talks with the press', () => {
    const t = 'Hakann Fidann, the Minister of Foreign Affairs of Turkey, on the sidelines of the annual meeting with Turkish and international journalists held in Istanbul, spoke in an exclusive interview with a Mehr News Agency correspondent about Iran.';
    assert.strictEqual(headlineRoles(t), 'interview [Fidann:interviewee]');
  });
  it('"X hopes to visit the US for a summit meeting with President Y, X said in an exclusive interview": the interview is X\'s alone', () => {
    const t = 'Prime Minister Fumioo Kishidaa hopes to visit the United States in January for a summit meeting with U.S. President Joee Bidenn, Kishidaa said in an exclusive interview with The Yomiuri Shimbun on Thursday.';
    assert.strictEqual(headlineRoles(t), 'interview [Kishidaa:interviewee]');
  });
  it('"X was called by President Y on Monday": a call by someone is still a call', () => {
    const t = 'Prime Minister Fumioo Kishidaa was called by U.S. President Joee Bidenn on Monday.';
    assert.match(headlineRoles(t), /^phone call/);
  });
});
describe('Genre coverage: a round of consultations held, then the heads of its delegations (round from 2d478e40)', () => {
  it('"Consultations were held on 14 March 2022 in New Delhi. The Indian delegation was led by A. The Canadian delegation was led by B.": talks of A and B, dated and placed', () => {
    const t = 'India-Canada Foreign Office Consultations\n\nIndia-Canada Foreign Office Consultations (FOCs) were held on 14 March 2022 in New Delhi. The Indian delegation was led by Mr. Saurabhh Kumarr, Secretary (East), Ministry of External Affairs. The Canadian delegation was led by Ms. Martaa Morgann, Deputy Minister of Foreign Affairs, Global Affairs Canada.';
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.strictEqual(`${m?.kind} [${m?.participants.map((p) => p.name.split(' ').pop()).join('+')}] ${m?.isoDate} ${m?.place}`, 'talks [Kumarr+Morgann] 2022-03-14 New Delhi');
  });
  it('"Baku has hosted the next round of political consultations ... A led the Azerbaijani delegation, while B headed the Swiss delegation": talks of A and B', () => {
    const t = 'BAKU, Azerbaijan, February 9. Baku has hosted the next round of political consultations between the Foreign Ministries of Azerbaijan and Switzerland, the ministry said.\n\nDeputy Foreign Minister Farizz Rzayevv led the Azerbaijani delegation, while Assistant Secretary of State Muriell Peneveyree headed the Swiss delegation during the consultations.';
    assert.strictEqual(headlineRoles(t), 'talks [Rzayevv:participant+Peneveyree:participant]');
  });
  it('"the 7th round of consultations took place yesterday. The delegations were headed by A and B": talks of A and B', () => {
    const t = 'Yesterday, the 7th round of Uzbek-Iranian political consultations took place at the Ministry of Foreign Affairs in Tashkent.\n\nAccording to the MFA, the delegations of the parties were headed by the First Deputy Minister of Foreign Affairs of Uzbekistan Bakhromjonn Aloyevv and the Deputy Minister of Foreign Affairs of Iran Alii Bagherii Kanii.';
    assert.strictEqual(headlineRoles(t), 'talks [Aloyevv:participant+Kanii:participant]');
  });
  it('"The meeting was co-chaired by A and B": co-chairs stay the hosts they are', () => {
    const t = 'Addis Ababa hosted the 1st session of political consultations between Morocco and Ethiopia on Monday, May 20. The meeting was co-chaired by Morocco\'s Director General at the Ministry of Foreign Affairs, Ambassador Fouadd Yazoughh, and Ethiopia\'s State Minister of Foreign Affairs, Mesganuu Argaa.';
    assert.strictEqual(headlineRoles(t), 'talks [Yazoughh:host+Argaa:host]');
  });
});
describe('Genre coverage: names the lexicons stood in the way of (round from 2d478e40)', () => {
  it('"the Director-General of the United Nations Educational, Scientific, and Cultural Organization (UNESCO), X": the body with its serial comma, X its head', () => {
    const t = 'Prince Faisall met the Director-General of the United Nations Educational, Scientific, and Cultural Organization (UNESCO), Audreyy Azoulayy, it was reported today.';
    const names = analyze(t).persons.map((p) => p.name);
    assert.ok(names.includes('Audreyy Azoulayy') && !names.includes('Educational'), names.join(' / '));
  });
  it('"Minister of Culture, Judge X, on Monday welcomed": a judge\'s style before the name', () => {
    const w = who('Caretaker Minister of Culture, Judge Mohammedd Wissamm El-Mortadaa, on Monday welcomed the Turkish ambassador.');
    assert.ok(w.some((x) => x.startsWith('Mohammedd Wissamm El-Mortadaa: Caretaker Minister of Culture')), w.join(' / '));
  });
  it('"Head of Consular Section of Saudi Embassy X": a section of an embassy is no one', () => {
    const names = analyze('The meeting was attended by Head of Consular Section of Saudi Embassy Saeedd Al Shamarii.').persons.map((p) => p.name);
    assert.deepStrictEqual(names, ['Saeedd Al Shamarii']);
  });
  it('"co-chaired by Capt. 1st Rank X": the naval rank of the former Soviet navies', () => {
    const p = analyze('The exercise is co-chaired by Capt. 1st Rank Richardd Dromerhauserr from the US party and Captain 1st Rank Oleksiyy Doskatoo from the Ukrainian party.').persons;
    assert.deepStrictEqual(p.map((x) => `${x.name}: ${x.rank}`), ['Richardd Dromerhauserr: Capt. 1st Rank', 'Oleksiyy Doskatoo: Captain 1st Rank']);
  });
  it('"U.S. Deputy Secretary of state X": a lower-case word inside an office after its modifier', () => {
    const w = who('He spoke after talks with U.S. Deputy Secretary of state Thomass Shannonn.');
    assert.ok(w.some((x) => x.startsWith('Thomass Shannonn: Deputy Secretary of state')), w.join(' / '));
  });
});
describe('Genre coverage: names and offices the lexicons do not hold (round from 2d478e40)', () => {
  it('"Foreign Secretary Md. Jashimm Uddinn received": Mohammad shortened opens the name, no sentence ends at its stop', () => {
    assert.deepStrictEqual(who('Foreign Secretary Md. Jashimm Uddinn received the ambassador.'), ['Md. Jashimm Uddinn: Foreign Secretary (-)']);
  });
  it('"He met South African Minister of Home Affairs X": the country\'s second word opens no office', () => {
    const p = analyze('He met South African Minister of Home Affairs Thembisilee Nkadimengg on Monday.').persons.find((x) => x.name === 'Thembisilee Nkadimengg');
    assert.strictEqual(`${p?.position} (${p?.country})`, 'Minister of Home Affairs (South Africa)');
  });
  it('"Minister of Cooperative Governance and Traditional Affairs X", "Minister of Small Business Development Y": a portfolio\'s unknown words before a known one, then the holder', () => {
    for (const office of ['Minister of Cooperative Governance and Traditional Affairs', 'Minister of Small Business Development']) {
      const w = who(`He met the South African ${office} Thembisilee Nkadimengg on Monday.`);
      assert.ok(w.includes(`Thembisilee Nkadimengg: ${office} (South Africa)`), w.join(' / '));
    }
  });
  it('"Minister of Health Janee Smithh said": a holder\'s full name after a known portfolio stays the holder\'s', () => {
    assert.ok(who('The Minister of Health Janee Smithh said on Monday that the talks went well.').some((w) => w.startsWith('Janee Smithh: Minister of Health')));
  });
});
describe('Genre coverage: a body and its office joined by a slash (round from 2d478e40)', () => {
  for (const t of [
    'Minister Idrissovv has met with head of the OSCE/ODIHR Election Observation Mission Boriss Frlecc in Astana today.',
    'Minister Idrissovv has met with the head of the OSCE/ODIHR Election Observation Mission, Boriss Frlecc, in Astana today.',
    'The minister met Head of OSCE/ODIHR Observer Mission to Kazakhstan Boriss Frlecc in Astana.',
  ]) {
    it(`"${t.slice(0, 90)}...": the head of the mission is named`, () => {
      const p = analyze(t).persons.find((x) => x.name === 'Boriss Frlecc');
      assert.match(p?.position ?? '', /OSCE\/ODIHR/, who(t).join(' / '));
    });
  }
});
describe('Genre coverage: ombudsmen by their other names (round from 2d478e40)', () => {
  it('"the Human Rights Defender X received Y", "The public defender, X, ... met": the office before its holder', () => {
    assert.ok(who('Today the Human Rights Defender Armann Tatoyann received the ambassador.').includes('Armann Tatoyann: Human Rights Defender (-)'));
    assert.ok(who('The public defender, Levann Ioseliani, who is on an official visit to Ankara, met the Ombudsman.').some((w) => w.startsWith('Levann Ioseliani: public defender')));
  });
});
describe('Genre coverage: members of a legislature listed after their office in the plural (round from 2d478e40)', () => {
  it('"Maldivian Members of Parliament Hon. A, Hon. B and Hon. C", "Maldivian MPs A, B and C": each a member, of the Maldives', () => {
    for (const t of ['The delegation consisted of Maldivian Members of Parliament Hon. Alii Azimm, Hon. Alii Niyazz and Hon. Hussainn Shaheemm.',
      'The delegation included Maldivian MPs Alii Azimm, Alii Niyazz and Hussainn Shaheemm.']) {
      const p = analyze(t).persons;
      assert.deepStrictEqual(p.map((x) => x.country), ['Maldives', 'Maldives', 'Maldives'], who(t).join(' / '));
      assert.ok(p.every((x) => /^(?:Member of Parliament|MP)$/.test(x.position ?? '')), who(t).join(' / '));
    }
  });
  it('"Speaker of the House of Representatives X", "House of Representatives Speaker Y": the chamber keeps its name', () => {
    const w = who('Egyptian House of Representatives Speaker Hanafyy Ali El-Gebalii received the Bahraini delegation.');
    assert.ok(w.some((x) => x.startsWith('Hanafyy Ali El-Gebalii: House of Representatives Speaker')), w.join(' / '));
  });
});
describe('Genre coverage: the day of a meeting told after its lead (round from 2d478e40)', () => {
  it('"X lauded on Sunday ... During a meeting with President Y in Cairo, X said": the lead\'s day is the meeting\'s', () => {
    const t = 'Egypt: Tayyeb Lauds Relations\n\n11 April 2021\n\nAl Azhar Grand Imam Ahmedd el Tayyebb lauded on Sunday deep-rooted relations between Egypt and Tunisia.\n\nDuring a meeting with Tunisian President Kaiss Saiedd in Cairo, Tayyebb said Al Azhar is ready to cooperate.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2021-04-11');
  });
});
describe('Genre coverage: a sentence opened by a linking adverb (round from 2d478e40)', () => {
  it('"Similarly, Ambassador of Austria to Nepal, X, paid a courtesy call on Minister Y today": a second call, its guest named', () => {
    const t = 'KATHMANDU, April 12. Ambassador of Canada to Nepal, Camerond Mackayy, paid a courtesy call on Minister for Energy Pamphaa Bhusall today. Similarly, Ambassador of Austria to Nepal, Katharinaa Wieserr, paid a courtesy call on Minister for Energy Pamphaa Bhusall today.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Mackayy+Bhusall] Kathmandu', 'reception [Wieserr+Bhusall] Kathmandu']);
  });
});
describe('Genre coverage: a ruler\'s style before his office (round from 2d478e40)', () => {
  it('"the greetings of Custodian of the Two Holy Mosques King Salmann bin Abdulazizz": the King, of Saudi Arabia', () => {
    const t = 'The minister conveyed the greetings of Custodian of the Two Holy Mosques King Salmann bin Abdulazizz Al Saudd to the President.';
    assert.ok(who(t).includes('Salmann bin Abdulazizz Al Saudd: King (Saudi Arabia)'), who(t).join(' / '));
  });
});
describe('Genre coverage: a Chinese given name that is also a pronoun, before a comma (round from 2d478e40)', () => {
  it('"Chinese Vice Premier Liu He, U.S. Trade Representative X and Treasury Secretary Y held a call": Liu He whole', () => {
    const names = analyze('Chinese Vice Premier Liu He, U.S. Trade Representative Roberto Lighthizerr and Treasury Secretary Stevenn Mnuchinn held a call.').persons.map((p) => p.name);
    assert.ok(names.includes('Liu He'), names.join(' / '));
  });
});
describe('Genre coverage: a bare plural of a member\'s office (round from 2d478e40)', () => {
  it('"a delegation of MPs have met", "other Members States will be invited": no office without holders or the body they sit in', () => {
    for (const t of ['Winstonn Peterss and a delegation of MPs have met with the Prime Minister.', 'Kenya and other Members States will be invited to attend.']) {
      const a = analyze(t);
      assert.ok(!a.entities.some((e) => e.type === 'position' && /^(?:MPs|Members)$/.test(t.slice(e.start, e.end))), t);
    }
  });
  it('"Members of the Presidency of B&H, A, B and C will visit Serbia": the members are named', () => {
    const names = analyze('Members of the Presidency of B&H, Dragann Covicc, Bakirr Izetbegovicc and Mladenn Ivanicc will visit Serbia on the 22nd of July.').persons.map((p) => p.name);
    assert.deepStrictEqual(names, ['Dragann Covicc', 'Bakirr Izetbegovicc', 'Mladenn Ivanicc']);
  });
});
describe('Genre coverage: when and where between a meeting verb and its "with" (round from 07b5b513)', () => {
  it('"X met Saturday in Al-Rajma with Khalifaa Haftarr": the one met, though he has no office', () => {
    const t = 'The Head of UNSMIL Ghassann Salamee met Saturday in Al-Rajma with Khalifaa Haftarr and discussed the war.';
    assert.deepStrictEqual(analyze(t).meetings.find((m) => m.headline)?.participants.map((p) => p.name), ['Ghassann Salamee', 'Khalifaa Haftarr']);
  });
  it('"met on Tuesday evening in Tunis with", "spoke by phone on Monday with": a name of no office is the one met', () => {
    for (const t of ['The minister met on Tuesday evening in Tunis with Adelee Khodrr.', 'The minister spoke by phone on Monday with Sergioo Massaa.']) {
      assert.strictEqual(analyze(t).persons.length, 1, t);
    }
  });
  it('"met in Paris with Brussels officials": a place after "with" is no one met', () => {
    assert.deepStrictEqual(analyze('The minister met in Paris with Brussels officials.').persons.map((p) => p.name), []);
  });
});
describe('Genre coverage: the head of a delegation told before (round from 07b5b513)', () => {
  it('"A delegation, led by Major General X, is in Sri Lanka. The head of the NDU delegation called on Y": X is the guest', () => {
    const t = 'A Chinese delegation, led by Major General Zhangg Changshengg, is in Sri Lanka for a study tour. The head of the NDU delegation called on the Commander of the Navy, Vice Admiral Priyanthaa Pereraa.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Changshengg+Pereraa] Sri Lanka']);
  });
});
describe('Genre coverage: names listed beside a person\'s (round from 07b5b513)', () => {
  it('"joined by Senator A, B, C, D (not in picture), and E": each listed name is a person', () => {
    const t = 'The Senate President was joined by Senator Markk Villarr, Franciss Tolentinoo, Imeee Marcoss, Lorenn Legardaa (not in picture), and Gracee Poee.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Markk Villarr', 'Franciss Tolentinoo', 'Imeee Marcoss', 'Lorenn Legardaa', 'Gracee Poee']);
  });
  it('"members of the Shura: A, B, C, and Maj. Gen. D": the names before the ranked one, whole', () => {
    const t = 'The Saudi delegation includes members of the Majlis ash-Shura: Abdull Mohsenn bin Muhammadd Al-Munieff, Mubarakk bin Khalaff Al-Dosarii, Nasihh bin Nasihh Al-Baqamii, and Maj. Gen. Musaedd bin Salemm Al-Khalidii.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Abdull Mohsenn bin Muhammadd Al-Munieff', 'Mubarakk bin Khalaff Al-Dosarii', 'Nasihh bin Nasihh Al-Baqamii', 'Musaedd bin Salemm Al-Khalidii']);
  });
  it('"President X, Hunan Province, the Red Cross and Islamic World": places and bodies in the list are no persons', () => {
    const t = 'The talks were attended by Governor Wuu Lann, Hunan Province, Red Cross and Islamic World officials.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Wuu Lann']);
  });
});
describe('Genre coverage: the parties of a meeting\'s noun, and a long aside before the verb (round from 07b5b513)', () => {
  it('"The meeting between A and B was held in Bratislava": both are persons and the meeting\'s parties', () => {
    assert.deepStrictEqual(meetingsAt('The meeting between Mykolaa Lytvynn and Lyudovitaa Biroo was held in Bratislava.'), ['talks [Lytvynn+Biroo] Bratislava']);
  });
  it('"John X, in London on his first trip as U.S. Secretary of State, telephoned Y": the caller is named before the aside', () => {
    const m = analyze('John Kerryy, in London on his first trip as U.S. Secretary of State, telephoned Moazz Alkhatibb on Monday.').meetings[0];
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name}/${p.role}`), ['John Kerryy/caller', 'Moazz Alkhatibb/callee']);
  });
});
describe('Genre coverage: those present at a meeting, in more words (round from 07b5b513)', () => {
  const lead = 'President Alanna Boww received Foreign Minister Karll Dett in Vienna on Monday. ';
  for (const [said, who] of [
    ['Present at the meeting were Ambassador Rann Kii and Colonel Tomm Lii.', ['Rann Kii', 'Tomm Lii']],
    ['Also participating in this meeting was Deputy Hydrocarbons Minister Juann Sanchezz.', ['Juann Sanchezz']],
    ['Taking part in the meeting were Ambassador Alexanderr Trembitskyy and Colonel Tomm Lii.', ['Alexanderr Trembitskyy', 'Tomm Lii']],
  ] as [string, string[]][]) {
    it(`"${said}": they join the reception`, () => {
      const names = analyze(lead + said).meetings[0]?.participants.map((p) => p.name) ?? [];
      assert.deepStrictEqual(names, ['Alanna Boww', 'Karll Dett', ...who]);
    });
  }
  it('"X participated in the meeting with President Y in Washington": a meeting of its own, no attendance', () => {
    const t = `${lead}Last week, Dett participated in the meeting with US President Joee Bidenn in Washington.`;
    assert.deepStrictEqual(analyze(t).meetings[0]?.participants.map((p) => p.name), ['Alanna Boww', 'Karll Dett']);
  });
});
describe('Genre coverage: a note on the rank in brackets (round from 07b5b513)', () => {
  it('"Commander Iraqi Air Force on Tuesday called on General X. Earlier, Commander Iraqi Air Force Major General (Pilot) Y visited": Y called', () => {
    const t = 'ISLAMABAD - Commander Iraqi Air Force on Tuesday called on Chairman Joint Chiefs of Staff Committee General Nadeemm Razaa at Joint Staff Headquarters. Earlier in the day, Commander Iraqi Air Force Major General (Pilot) Shihabb Jahidd Ali Shakarchii visited Air Headquarters.';
    assert.deepStrictEqual(meetingsAt(t)[0], 'reception [Shakarchii+Razaa] Islamabad');
    assert.ok(who(t).includes('Shihabb Jahidd Ali Shakarchii: Commander Iraqi Air Force (Iraq)'), who(t).join(' / '));
  });
});
describe('Genre coverage: the head of a delegation named before the words that say so (round from 07b5b513)', () => {
  it('"X received a delegation from the US NDU. General Y, a senior lecturer, who is also head of the delegation, said": Y is the guest', () => {
    const t = 'Lieutenant General Nguyenn Phuongg Namm, Deputy Chief of the General Staff, received a delegation from the US National Defence University in Hanoi on July 31. General Gregoryy Martinn, a senior lecturer of the course, who is also head of the delegation, said the visit is important.';
    assert.deepStrictEqual(meetingsAt(t)[0], 'reception [Namm+Martinn] Hanoi');
  });
});
describe('Genre coverage: a portfolio\'s second domain the lexicons lack, before its holder and a verb (round from 07b5b513)', () => {
  it('"Minister for Religious Affairs and Interfaith Harmony X Y held a meeting with Z": the office whole, X Y its holder', () => {
    const t = 'Minister for Religious Affairs and Interfaith Harmony Aneeqq Ahmedd held a meeting with the Saudi Ambassador Nawaff bin Saidd Al-Malkii.';
    assert.ok(who(t).includes('Aneeqq Ahmedd: Minister for Religious Affairs and Interfaith Harmony (-)'), who(t).join(' / '));
  });
  it('"received A, Minister of Foreign Affairs and International Cooperation and Hassan B C, Minister of State": B C is not cut from his name', () => {
    const t = 'The minister received Mohammedd Abdull Razzaqq, Minister of Foreign Affairs and International Cooperation and Hassann Muallemm Khaliff, Minister of State.';
    assert.deepStrictEqual(who(t), ['Mohammedd Abdull Razzaqq: Minister of Foreign Affairs and International Cooperation (-)', 'Hassann Muallemm Khaliff: Minister of State (-)']);
  });
});
describe('Genre coverage: the remark frame with its day (round from 07b5b513)', () => {
  it('"X reiterated ... He made the remarks on Saturday during a meeting with Y": X met Y', () => {
    const t = "Egyptian Foreign Minister Samehh Shoukryy reiterated Egypt's support for the Palestinian cause. He made the remarks on Saturday during a meeting with Palestinian Prime Minister Mohamedd Shtayyehh on the fringe of the African Union Summit.";
    assert.deepStrictEqual(analyze(t).meetings[0]?.participants.map((p) => p.name), ['Samehh Shoukryy', 'Mohamedd Shtayyehh']);
  });
});
describe('Genre coverage: a delegation of a body with a long name, led by one named after (round from 07b5b513)', () => {
  it('"the visiting Chinese National Defence University delegation met Secretary X. The delegation, led by Major General Y arrived": Y met X', () => {
    const t = 'A group of representatives of the visiting Chinese National Defence University delegation met the Secretary to the Ministry of Defence Kapilaa Waidyaratee at the Ministry yesterday. The delegation, led by Major General Shii Zhongwuu arrived in the country on a study tour on Tuesday.';
    assert.deepStrictEqual(analyze(t).meetings.find((m) => m.headline)?.participants.map((p) => p.name), ['Kapilaa Waidyaratee', 'Shii Zhongwuu']);
  });
});
describe('Genre coverage: a message received, its bearer told in the next sentence (round from 07b5b513)', () => {
  it('"X has received a special message from his counterpart Y. The message was delivered this evening by the special envoy of President Y, Z": X received Z', () => {
    const t = 'President Yowerii Musevenii has received a special message from his Kenyan counterpart, William Rutoo. The message was delivered this evening by the special envoy of President Rutoo, Musaliaa Mudavadii.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.participants.map((p) => `${p.name}/${p.role}`).join(' ')}`), ['reception Yowerii Musevenii/host Musaliaa Mudavadii/guest']);
  });
  it('"X received a letter from Y." with no bearer: no meeting', () => {
    assert.deepStrictEqual(analyze('President Yowerii Musevenii has received a letter from his Kenyan counterpart, William Rutoo. The letter was warm.').meetings, []);
  });
});
describe('Genre coverage: a list of holders of an office in the plural, an aside in brackets after some (round from 07b5b513)', () => {
  it('"joined by Senators A, B C D, E (not in picture), and F (not in picture)": each a Senator', () => {
    const t = 'The Senate President was joined by Senators Markk Villarr, Jinggoyy Ejercitoo Estradaa, Josephh Victorr Ejercitoo (not in picture), and Gracee Poee (not in picture).';
    assert.deepStrictEqual(who(t), ['Markk Villarr: Senator (-)', 'Jinggoyy Ejercitoo Estradaa: Senator (-)', 'Josephh Victorr Ejercitoo: Senator (-)', 'Gracee Poee: Senator (-)']);
  });
});
describe('Genre coverage: a style with a retired note in brackets (round from 07b5b513)', () => {
  it('"the Executive Secretary, AOA, Amb (R) X Y Z": the full name after the note', () => {
    const names = analyze('The delegation was apprised of the role of the Association by the Executive Secretary, AOA, Amb (R) Abdull Moizz Bokharii.').persons.map((p) => p.name);
    assert.deepStrictEqual(names, ['Abdull Moizz Bokharii']);
  });
});
describe('Genre coverage: a venue named before the meeting\'s verb (round from 07b5b513)', () => {
  it('"This morning at Urugwiro Village, President X received Y": the village is no one', () => {
    const t = 'Kigali, 4 December 2013. This morning at Urugwiro Village, President Paull Kagamee received Russelll Feingoldd, US Special Envoy for the Great Lakes Region.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Kagamee+Feingoldd] Kigali']);
  });
});
describe('Genre coverage: an opposition leader, and a body\'s short form after a country (round from 07b5b513)', () => {
  it('"Zimbabwe opposition leader X met South African president Y": the office of the opposition', () => {
    assert.ok(who('Zimbabwe opposition leader Nelsonn Chamisaa met South African president Cyrill Ramaphosaa.').includes('Nelsonn Chamisaa: opposition leader (Zimbabwe)'));
  });
  it('"attended by X, Secretary-General of the UAE NOC, and others": "NOC" is no one', () => {
    assert.deepStrictEqual(analyze('The meeting was attended by Mohammedd bin Sulayemm, Secretary-General of the UAE NOC, and others.').persons.map((p) => p.name), ['Mohammedd bin Sulayemm']);
  });
});
describe('Genre coverage: the one across from a headline told with one official only (round from 9780f78d)', () => {
  const headline = (t: string) => analyze(t).meetings.find((m) => m.headline)?.participants.map((p) => `${p.name}/${p.role}`);
  const opening = 'BANGKOK, May 30 (Xinhua) -- While meeting with Fangg Fenghuii, a member of China\'s Central Military Commission, ';
  it('"While meeting with X, a member of China\'s CMC, Thai Prime Minister Y said": Y met X', () => {
    assert.deepStrictEqual(headline(opening + 'Thai Prime Minister Prayutt Chan-o-chaa said that the kingdom is ready to deepen cooperation.'),
      ['Fangg Fenghuii/participant', 'Prayutt Chan-o-chaa/participant']);
  });
  it('a spokesman, or a former Prime Minister, named in that sentence is no party', () => {
    assert.deepStrictEqual(headline(opening + 'Thai government spokesman Sansernn Kaewkamnerdd said that the kingdom is ready to deepen cooperation.'), ['Fangg Fenghuii/participant']);
    assert.deepStrictEqual(headline(opening + 'Thai former Prime Minister Chuann Leekpaii said that the kingdom is ready to deepen cooperation.'), ['Fangg Fenghuii/participant']);
  });
  it('one of the same country is no party across', () => {
    assert.deepStrictEqual(headline(opening + 'Chinese Defence Minister Changg Wanquann said that China is ready to deepen cooperation.'), ['Fangg Fenghuii/participant']);
  });
});
describe('Genre coverage: no one across from a lone headline where the sentence says whose he is (round from 9780f78d)', () => {
  it('"discussed with the special envoy of the Russian President, X,": the President sends, he takes no part', () => {
    const t = 'BAGHDAD -- Prime Minister Omarr Salehh discussed with the special envoy of the Russian President, Ivann Orlovv, several files of common interest.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => p.name)), [['Omarr Salehh']]);
  });
});
describe('Genre coverage: the one across from a lone headline, speaking in the next sentences (round from 9780f78d)', () => {
  const met = 'BEIJING - Chinese military officials met with visiting Thai Defense Minister Prawitt Wongsuwann on Wednesday in Beijing.\n\nHailing the close relations between China and Thailand, ';
  const headline = (t: string) => analyze(t).meetings.find((m) => m.headline)?.participants.map((p) => p.name);
  it('"Chinese military officials met with visiting Thai Defense Minister X. ... Chinese Defense Minister Y said": Y met X', () => {
    assert.deepStrictEqual(headline(met + 'Chinese Defense Minister Changg Wanquann said that the two countries\' military exchanges have played a positive role.'), ['Prawitt Wongsuwann', 'Changg Wanquann']);
  });
  it('one of the lone party\'s own country speaking after is no one across', () => {
    assert.deepStrictEqual(headline(met + 'Thai Army Chief Apiratt Kongsompongg said that the two countries\' military exchanges have played a positive role.'), ['Prawitt Wongsuwann']);
  });
});
describe('Genre coverage: a meeting no mention read, told at the top with two officials of different countries (round from 9780f78d)', () => {
  const meetings = (t: string) => analyze(t).meetings.map((m) => `${m.headline ? '*' : ''}${m.kind} [${m.participants.map((p) => p.name).sort().join(', ')}]`);
  it('"X congratulated Prime Minister of Pakistan Y ... in a telephonic call": a phone call of the two', () => {
    const t = 'Malaysian PM Congratulates PM Shehbazz\n\nMarch 04, 2024\n\nPrime Minister of Malaysia Anwarr Ibrahimm on Monday congratulated the newly-elected Prime Minister of Pakistan Muhammadd Shehbazz Sharriff on assuming the charge of his office.\n\nThe Malaysian prime minister, in a telephonic call, expressed best wishes for him.';
    assert.deepStrictEqual(meetings(t), ['*phone call [Anwarr Ibrahimm, Muhammadd Shehbazz Sharriff]']);
  });
  it('it is reported, not announced; one to come is not told so', () => {
    const t = 'Prime Minister of Malaysia Anwarr Ibrahimm on Monday congratulated the Prime Minister of Pakistan Muhammadd Shehbazz Sharriff.\n\nThe Malaysian prime minister, in a telephonic call, expressed best wishes for him.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.announced ?? false), [false]);
    assert.deepStrictEqual(meetings(t.replace('in a telephonic call, expressed', 'in a telephonic call next week, will express')), []);
  });
  it('two officials of one country make no meeting', () => {
    const t = 'Prime Minister of Malaysia Anwarr Ibrahimm on Monday congratulated Malaysian Foreign Minister Mohamadd Hasann on his appointment.\n\nThe prime minister, in a telephonic call, expressed best wishes for him.';
    assert.deepStrictEqual(meetings(t), []);
  });
});
describe('Genre coverage: the one across from a lone headline, named in the title (round from 9780f78d)', () => {
  const body = '\n\n2022-11-21\n\nBAKU, Azerbaijan, November 21. Azerbaijani Colonel General Karimm Valiyevv met with the Deputy Chief of Staff of the NATO Allied Command in the capital.';
  const headline = (t: string) => analyze(t).meetings.find((m) => m.headline)?.participants.map((p) => p.name);
  it('"NATO Rear Admiral Y in Baku" above "X met with the Deputy Chief of Staff of the NATO Allied Command": X met Y', () => {
    assert.deepStrictEqual(headline('NATO Rear Admiral Gunnsteinn Bruasdall in Baku' + body), ['Karimm Valiyevv', 'Gunnsteinn Bruasdall']);
  });
  it('one of the lone party\'s own country in the title is no one across', () => {
    assert.deepStrictEqual(headline('Azerbaijani Rear Admiral Gunnsteinn Bruasdall in Baku' + body), ['Karimm Valiyevv']);
  });
});
describe('Genre coverage: a day without its year in a text that names one year only (round from 9780f78d)', () => {
  const t = 'Deputy Defence Minister hosts Russian Ambassador\n\nVietnamese Deputy Defence Minister Nguyenn Chi Vinhh hosted a reception in Hanoi on January 20 for Russian Ambassador to Vietnam Konstantinn Vnukovv.\n\nThe two sides reviewed defence cooperation in 2019 and agreed on plans';
  it('"hosted a reception in Hanoi on January 20", the text naming 2019 alone: 2019-01-20', () => {
    assert.deepStrictEqual(analyze(t + '.').meetings.map((m) => m.isoDate), ['2019-01-20']);
  });
  it('a text naming two years leaves the day without its year', () => {
    assert.deepStrictEqual(analyze(t + ' for 2020.').meetings.map((m) => m.isoDate), [null]);
  });
});
describe('Genre coverage: the second of a pair after "between" (round from 9780f78d)', () => {
  it('"a tete-a-tete meeting between President X and Emomalii Rahmonn began": both are parties', () => {
    const t = 'The official welcoming ceremony for the President of Uzbekistan Shavkatt Mirziyoyevv was held in Dushanbe on Thursday.\n\nAfter the ceremony, a tete-a-tete meeting between Shavkatt Mirziyoyevv and Emomalii Rahmonn began, during which the two leaders reviewed cooperation.';
    assert.ok(analyze(t).meetings.some((m) => m.participants.map((p) => p.name).join('+') === 'Shavkatt Mirziyoyevv+Emomalii Rahmonn'), JSON.stringify(analyze(t).meetings.map((m) => m.participants.map((p) => p.name))));
  });
});
describe('Genre coverage: one word after an office closed by a modifier is the rest of the office (round from 9780f78d)', () => {
  it('"The President of the Transitional Period of the Republic of Chad, X, received Y": no one named "Period"', () => {
    const t = 'The President of the Transitional Period of the Republic of Chad, Mohamedd Idrisss Debyy, received today at the Presidential Palace Ambassador Dafallahh Al-Hajj Alii.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Mohamedd Idrisss Debyy', 'Dafallahh Al-Hajj Alii']);
  });
  it('"the Minister of Social Action, Children and Family, X, met": no one named "Action"', () => {
    const t = 'The Minister of Social Action, Children and Family, Saviaa Ntehahh, met today in Doha with the Assistant High Commissioner.';
    assert.ok(!analyze(t).persons.some((p) => p.name === 'Action'));
  });
  it('an office closed by a noun still has the one word after it for its holder\'s name', () => {
    const t = 'Foreign Minister Hakann Fidann met with Secretary of Commerce Raimondoo in Washington on Tuesday.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Raimondoo' && p.position === 'Secretary of Commerce'), JSON.stringify(analyze(t).persons.map((p) => [p.name, p.position])));
  });
});
describe('Genre coverage: a dateline\'s day without its year, in a text that names one year only (round from 9780f78d)', () => {
  const t = 'Defense chiefs reaffirm alliance\n\nSEOUL, Oct. 8 (Yonhap) -- South Korean Defense Minister Suhh Wookk and U.S. Secretary of Defense Markk Esperr held phone talks on Thursday and reaffirmed their commitment, the ministry said. The two last spoke in 2020.';
  const dates = (x: string) => analyze(x).meetings.map((m) => `${m.kind} ${m.isoDate}`);
  it('"SEOUL, Oct. 8 (Yonhap) -- ... held phone talks on Thursday", the text naming 2020: 2020-10-08', () => {
    assert.deepStrictEqual(dates(t), ['phone call 2020-10-08']);
  });
  it('a text naming two years leaves it undated', () => {
    assert.deepStrictEqual(dates(t.replace('in 2020.', 'in 2019 and 2020.')), ['phone call null']);
  });
});
describe('Genre coverage: a monument named for one is no one met (round from 9780f78d)', () => {
  it('"met Battulgaa and Lord Buddha statue at Gandan Monastery": no one named "Buddha"', () => {
    assert.ok(!analyze('Earlier in the day, Prime Minister Narendraa Modii met Battulgaa and Lord Buddha statue at Gandan Monastery via video-conferencing.').persons.some((p) => p.name === 'Buddha'));
  });
  it('"received Lord Ahmadd of Wimbledon": a lord met is still a person', () => {
    assert.ok(analyze('President Ramm Kovindd received Lord Ahmadd of Wimbledon in New Delhi.').persons.some((p) => p.name === 'Ahmadd'));
  });
});
describe('Genre coverage: an undated headline dated by the next sentences about it (round from 58adc3bf)', () => {
  const dated = (t: string) => analyze(t).meetings.find((m) => m.headline)?.isoDate;
  const top = 'Seoul talks with Tokyo\n\n2024-01-19\n\nForeign minister Chof Tae-yull held his first phone call with his Japanese counterpart, Yokko Kamikawaa, to discuss relations. ';
  it('"X held a phone call with Y. The two spoke for over 30 minutes on Tuesday afternoon": the Tuesday before the release', () => {
    assert.strictEqual(dated(top + 'Chof and Kamikawaa spoke for over 30 minutes on Tuesday afternoon to discuss the relations of the two nations.'), '2024-01-16');
  });
  it('"During the meeting ... on Tuesday" too', () => {
    const t = 'Army Chief General Mohammadd Abb Rahmann paid a courtesy visit to Chief of Defence Forces of the Royal Thai Armed Forces General Songwitt Noonpackdeee in Bangkok.\n\nDuring the meeting at the Royal Thai Armed Forces Headquarters on Tuesday, they discussed defence cooperation.';
    assert.strictEqual(dated('Malaysia, Thailand talk\n2024-01-10\n' + t), '2024-01-09');
  });
  it('a day that dates the report, not the meeting, leaves it the release\'s month', () => {
    assert.strictEqual(dated(top + 'The ministry said on Tuesday that the two discussed the relations of the two nations.'), '2024-01');
  });
  it('two days told of it leave it the release\'s month; another meeting\'s day is not its', () => {
    assert.strictEqual(dated(top + 'They spoke on Tuesday and on Thursday about the relations.'), '2024-01');
    assert.strictEqual(dated(top + 'Earlier, Chof met Chinese Ambassador Wangg Liii on Monday in Seoul.'), '2024-01');
  });
});
describe('Genre coverage: a headline placed by no word of its own, where its guest is visiting (round from 58adc3bf)', () => {
  const placed = (t: string) => analyze(t).meetings.find((m) => m.headline)?.place ?? null;
  const lead = 'Pakistani Foreign Minister Bilawall Bhuttoo met Director General of the IAEA Rafaell Grossii on Monday. ';
  it('"X met Y. Y is on a two-day visit to Pakistan": Pakistan', () => {
    assert.strictEqual(placed(lead + 'Rafaell Grossii is on a two-day visit to Pakistan, during which he will meet officials.'), 'Pakistan');
  });
  it('"who is paying a visit to Baku": the city', () => {
    assert.strictEqual(placed('Azerbaijani Foreign Minister Jeyhunn Bayramovv met his Turkish counterpart Hakann Fidann. Fidann, who is paying a visit to Baku, discussed trade.'), 'Baku');
  });
  it('a visit of another time, or to a country neither serves, places nothing', () => {
    assert.strictEqual(placed(lead + 'They met before during the 2013 state visit of Pakistan\'s president to Austria.'), null);
    assert.strictEqual(placed(lead + 'Rafaell Grossii is on a two-day visit to Iran, during which he will meet officials.'), null);
  });
});
describe('Genre coverage: a call received, in the present tense or "telephonic" (round from 58adc3bf)', () => {
  it('"X receives a phone call from Y", "received a telephonic call from Y": a phone call Y placed to X', () => {
    for (const t of ['Sultan Haithamm bin Tarikk of Oman receives a phone call from King Philippee of the Belgians.',
      'Pakistani Foreign Minister Shah Mahmoodd Qureshii Saturday received a telephonic call from Saudi Foreign Minister Faisall bin Farhann.']) {
      assert.match(headlineRoles(t), /^phone call \[\w+:callee\+\w+:caller\]$/, t);
    }
  });
});
describe('Genre coverage: an agency run into the lead after a dateline\'s comma (round from 58adc3bf)', () => {
  it('"Damascus, SANA-President X received Y": X is the President, the host', () => {
    assert.strictEqual(headlineRoles('Damascus, SANA-President Basharr al-Assadd received on Sunday Senior Adviser to the Iranian Foreign Minister Hosseinn Jaberii Ansarii.'), 'reception [al-Assadd:host+Ansarii:guest]');
  });
});
describe('Genre coverage: the one across from a lone headline, named with it in the sentence before (round from 58adc3bf)', () => {
  const parties = (t: string) => analyze(t).meetings.find((m) => m.headline)?.participants.map((p) => p.name);
  const lead = 'SINGAPORE: Singaporean Prime Minister Leee Hsienn Loongg on Sunday congratulated Malaysian Prime Minister Ismaill Sabrii Yaakobb on his swearing-in. ';
  it('"X congratulated Y ... In a telephone call that Mr X made": Y is the one across', () => {
    assert.deepStrictEqual(parties(lead + 'In a telephone call that Mr Loongg made on Sunday morning, both leaders affirmed the relations.'), ['Leee Hsienn Loongg', 'Ismaill Sabrii Yaakobb']);
  });
  it('not where the sentence before does not name the lone party, or names two across', () => {
    assert.deepStrictEqual(parties('SINGAPORE: Malaysian Prime Minister Ismaill Sabrii Yaakobb was sworn in on Sunday. In a telephone call that Singaporean Prime Minister Leee Hsienn Loongg made on Sunday morning, the relations were affirmed.'), ['Leee Hsienn Loongg']);
    assert.deepStrictEqual(parties(lead.replace('on his swearing-in', 'and Thai Prime Minister Prayuttt Chann on their new posts') + 'In a telephone call that Mr Loongg made on Sunday morning, the relations were affirmed.'), ['Leee Hsienn Loongg']);
  });
});
describe('Genre coverage: a brief joined by "and", closed by a comma before its holder (round from 58adc3bf)', () => {
  it('"the UN Under Secretary-General for Political Affairs and Peacebuilding, Rosemary X,": the whole office', () => {
    assert.ok(who('The Head of Presidential Council, Mohamed Menfii, met the UN Under Secretary-General for Political Affairs and Peacebuilding, Rosemary DiCarloo, on Thursday.')
      .includes('Rosemary DiCarloo: Under Secretary-General for Political Affairs and Peacebuilding (United Nations)'));
  });
});
describe('Genre coverage: "X in a meeting with Y here on Wednesday said" dates the meeting (round from 58adc3bf)', () => {
  it('the day after the meeting\'s words, before "said", is the meeting\'s', () => {
    const t = 'Governor meets envoy\n\n2021-11-11\n\nLAHORE: Governor of Punjab Chaudhryy Sarwarr in a meeting with the Ambassador of Argentina to Pakistan Leopoldoo Sahoress here on Wednesday said the government welcomes investors.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2021-11-10');
  });
});
describe('Genre coverage: a ruler\'s office only a few countries have (round from 58adc3bf)', () => {
  const t = 'New York: The Amir Sheikh Tamimm bin Hamadd Al Thanii met on Tuesday with the Secretary-General of the United Nations, Antonioo Guterress, in New York. They discussed cooperation between the State of Qatar and the United Nations.';
  it('"The Amir X met the Secretary-General in New York ... the State of Qatar": X serves Qatar, not the country he met in', () => {
    assert.ok(who(t).includes('Tamimm bin Hamadd Al Thanii: Amir (Qatar)'), who(t).join('; '));
  });
  it('not where the text names two countries that have the office', () => {
    assert.ok(!who(t.replace('the State of Qatar', 'the State of Qatar, Kuwait')).includes('Tamimm bin Hamadd Al Thanii: Amir (Qatar)'));
  });
});
describe('Genre coverage: where a trip goes on to names no side (round from 58adc3bf)', () => {
  it('"will then proceed to Kenyan capital, Nairobi": the host in Juba is not Kenyan', () => {
    const t = 'The visiting Egyptian Foreign Minister Samehh Shoukryy signed a memorandum in Juba on Monday.\n\nDuring the visit, President Salvaa Kiirr held talks with Shoukryy.\n\nThe Egyptian minister will then proceed to Kenyan capital, Nairobi, where he will meet President Uhuruu Kenyattaa.';
    assert.ok(!who(t).includes('Salvaa Kiirr: President (Kenya)'), who(t).join('; '));
  });
});
describe('Genre coverage: an unplaced headline placed by the next sentences about it (round from 58adc3bf)', () => {
  const placed = (t: string) => analyze(t).meetings.find((m) => m.headline)?.place ?? null;
  const lead = 'Maldivian President Ibrahimm Solihh met with the Secretary-General of the United Nations, Antonioo Guterress, on Saturday. ';
  it('"During a meeting in the Qatari capital of Doha, X underlined ...": Doha', () => {
    assert.strictEqual(placed(lead + 'During a meeting in the Qatari capital of Doha, Solihh underlined the need for climate finance.'), 'Doha');
  });
  it('not a meeting to come, or one with another official', () => {
    assert.strictEqual(placed(lead + 'A meeting of the guarantor states is expected to be held in Geneva.'), null);
    assert.strictEqual(placed(lead + 'Solihh told him about the meeting he had with Indian Prime Minister Narendraa Modii in New Delhi.'), null);
  });
});
describe('Genre coverage: a headline placed where its guest is staying (round from 58adc3bf)', () => {
  it('"X met Solomon Islands Prime Minister Y at Government House. X is currently in Honiara": Honiara', () => {
    const t = 'Pacific Islands Forum Secretary General Henryy Punaa met Solomon Islands Prime Minister Manassehh Sogavaree at Government House on Monday. Punaa is currently in Honiara for three days of consultations.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Honiara');
  });
});
describe('Genre coverage: those named "together with" the one who met serve his country (round from 58adc3bf)', () => {
  it('"Together with Chief of the General Staff A and Air Force Commander B, Commander-in-Chief of the Armed Forces of Ukraine X held a phone conversation with Y"', () => {
    const t = 'Together with Chief of the General Staff Serhiyy Shaptalaa and Air Force Commander Mykolaa Oleshchukk, Commander-in-Chief of the Armed Forces of Ukraine Valeriii Zaluzhnyii held a phone conversation with Chief of the Defence Staff of the French Republic, General Thierryy Burkhardd.';
    const w = who(t);
    assert.ok(w.includes('Serhiyy Shaptalaa: Chief of the General Staff (Ukraine)') && w.includes('Mykolaa Oleshchukk: Air Force Commander (Ukraine)'), w.join('; '));
  });
});
describe('Genre coverage: one nationality before a plural "counterparts" is both names\' (round from 58adc3bf)', () => {
  it('"their British counterparts, A and B": both serve the United Kingdom', () => {
    const w = who('The meeting in Tokyo was attended by Japanese Foreign Minister Yokoo Kamikawaa and their British counterparts, Jamess Cleverlyy and Grantt Shappss.');
    assert.ok(w.includes('Jamess Cleverlyy: - (United Kingdom)') && w.includes('Grantt Shappss: - (United Kingdom)'), w.join('; '));
  });
  it('not after a singular "counterpart"', () => {
    assert.ok(!who('Japanese Foreign Minister Yokoo Kamikawaa met her British counterpart Jamess Cleverlyy and Grantt Shappss.').includes('Grantt Shappss: - (United Kingdom)'));
  });
});
describe('Genre coverage: one named as another\'s counterpart holds his office (round from f37eb867)', () => {
  it('"Russian President X told his Tajik counterpart, Y": Y is President', () => {
    const w = who('Russian President Vladimirr Putinn told his Tajik counterpart, Emomalii Rahmonn, that the situation was difficult.');
    assert.ok(w.includes('Emomalii Rahmonn: President (Tajikistan)'), w.join('; '));
  });
  it('"X and his counterpart Y", "X met Egyptian counterpart Y": the office without its country', () => {
    assert.ok(who('Iranian Energy Minister Rezaa Ardakaniann and his counterpart Saadd Sheridaa al-Kaabii discussed gas.').includes('Saadd Sheridaa al-Kaabii: Energy Minister (-)'));
    assert.ok(who('Cyprus Defence Minister Charalamboss Petridess met Egyptian counterpart Mohamedd Zakii in Cairo.').some((x) => x.startsWith('Mohamedd Zakii: Defence Minister')));
  });
  it('the foreign-ministry part of several offices, and none of an office one country styles its own way', () => {
    assert.ok(who('Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Aymann Safadii held talks with his Irish counterpart Simonn Coveneyy.').some((x) => x.startsWith('Simonn Coveneyy: Minister of Foreign Affairs ')));
    assert.ok(who('British Foreign Secretary Davidd Milibandd met his Lebanese counterpart Fawzii Salloukhh.').some((x) => x.startsWith('Fawzii Salloukhh: - ')));
  });
  it('not an office stated for him elsewhere, nor a counterpart no one before is named as having', () => {
    assert.ok(who('Indian Defence Minister Rajnathh Singhh met his Maldivian counterpart Mariyaa Didii. Minister of Defence Mariyaa Didii thanked him.').includes('Mariyaa Didii: Minister of Defence (Maldives)'));
    assert.ok(who('The talks were held with the counterpart Mariyaa Didii in Male.').some((x) => x.startsWith('Mariyaa Didii: - ')));
  });
});
describe('Genre coverage: the Commonwealth\'s "Right Honourable" however written, and "Comrades", are no part of a name (round from f37eb867)', () => {
  it('"Rt Winston X", "Rt. Hon Dean Y", "the Right Honourable Keith Z", "Comrades A B"', () => {
    const names = (t: string) => analyze(t).persons.map((p) => p.name);
    assert.deepStrictEqual(names('Fiji welcomed New Zealand’s Foreign Minister, Rt Winstonn Peterss, to Suva.'), ['Winstonn Peterss']);
    assert.deepStrictEqual(names('Colombia’s Vice President met with the Prime Minister Rt. Hon Deann Barroww in Belmopan.'), ['Deann Barroww']);
    assert.deepStrictEqual(names('Prime Minister, Dr the Right Honourable Keithh Mitchelll received a courtesy call.'), ['Keithh Mitchelll']);
    assert.deepStrictEqual(names('The agreement was signed by Comrades Laureanoo Ortegaa and the Chinese envoy.'), ['Laureanoo Ortegaa']);
  });
});
describe('Genre coverage: a courtesy call "on" a day, "from" the one who paid it (round from f37eb867)', () => {
  it('"X received a courtesy call on 29 August from Archbishop Y": X hosts', () => {
    assert.strictEqual(headlineRoles('Prime Minister Keithh Mitchelll received a courtesy call on 29 August from Archbishop Fortunatuss Nwachukwuu, the Apostolic Nuncio to Grenada.'),
      'reception [Mitchelll:host+Nwachukwuu:guest]');
  });
  it('still a courtesy call where no one is said to pay it: "during a Courtesy Call on 26th July"', () => {
    assert.match(headlineRoles('Minister Ameryy Brownee met with High Commissioner for Nigeria Abubakarr Ibrahimm during a Courtesy Call on 26th July, 2022 at the Ministry.'), /^reception /);
  });
});
describe('Genre coverage: a spokesman named right before the meeting\'s verb takes part (round from f37eb867)', () => {
  it('"the Foreign Ministry\'s spokesman X met and held talks with Ambassador Y": both', () => {
    assert.strictEqual(headlineRoles('Iranian Foreign Ministry’s spokesman Seyyedd Abbass Mousavii met and held talks with Chinese Ambassador to Iran Changg Huaa on Monday in Tehran.'),
      'talks [Mousavii:participant+Huaa:participant]');
  });
  it('not one who reports it: "X met Y, spokesman Z said"', () => {
    assert.strictEqual(headlineRoles('President Aaron Bbbbb met Chinese Ambassador Changg Huaa, spokesman Cccc Dddd said.'), 'talks [Bbbbb:participant+Huaa:participant]');
  });
});
describe('Genre coverage: "He said this in Abuja on Tuesday when he received X" (round from f37eb867)', () => {
  it('the one who spoke, named the sentence before, received X', () => {
    assert.strictEqual(headlineRoles('Defence Minister Mohammedd Badaruu has reiterated the commitment to combating terrorism. He said this in Abuja on Tuesday when he received Maj.-Gen. Mohammedd Al-Moghidii.'),
      'reception [Badaruu:host+Al-Moghidii:guest]');
  });
});
describe('Genre coverage: a full name no structure introduces, before a verb only officials\' words take (round from f37eb867)', () => {
  it('"Prime Minister of Georgia held a meeting with X. ... Giorgi Y thanked the Lithuanian Government": Giorgi Y is a person', () => {
    const t = 'Prime Minister of Georgia held a meeting with the Minister of Foreign Affairs of Lithuania Linass Linkeviciuss.\n\nGiorgii Kvirikashvilii thanked the Lithuanian Government for its support.';
    assert.ok(analyze(t).persons.some((p) => p.name === 'Giorgii Kvirikashvilii'), who(t).join('; '));
  });
  it('not words that merely open a sentence: "Close cooperation stressed ..."', () => {
    assert.ok(!analyze('Bilateral Relations stressed the ties between the two countries.').persons.length);
  });
});
describe('Genre coverage: offices written short, "MK", "SRSG", "Asst. Sec.", a chargé "d\'affairs" (round from f37eb867)', () => {
  const names = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position ?? '-'}`);
  it('each is an office before its holder\'s name', () => {
    assert.ok(names('Also participating in the meeting was MK Shirlyy Pintoo, who spoke.').includes('Shirlyy Pintoo: MK'));
    assert.ok(names('SRSG Parfaitt Onanga-Anyangaa holds meeting with the AU Commissioner, Bankolee Adeoyee.').includes('Parfaitt Onanga-Anyangaa: SRSG'));
    assert.ok(names('He met Acting Asst. Sec. Jamess Walshh and Asst. Sec. Gentryy Smithh.').includes('Gentryy Smithh: Asst. Sec.'));
    assert.ok(names('Minister Faisall Farhann held a virtual meeting with the chargé d’affairs of the US Embassy in the Kingdom, Martinaa Strongg.').some((x) => /^Martinaa Strongg: chargé d.affairs/.test(x)));
  });
  it('not an agency\'s initials that an office shares: "— MNA/KTZH" (Myanmar News Agency) closing a text', () => {
    assert.ok(!analyze('The two sides discussed border trade.\n\n— MNA/KTZH\n').entities.some((e) => e.type === 'position'));
  });
});
describe('Genre coverage: "Counterpart" in capitals (round from f37eb867)', () => {
  it('"X and his U.S. Counterpart Y spoke over the phone": Y takes part', () => {
    assert.strictEqual(headlineRoles('Turkish Defense Minister Yaşarr Gülerr and his U.S. Counterpart Lloydd Austinn spoke over the phone.'), 'phone call [Gülerr:participant+Austinn:participant]');
  });
});
describe('Genre coverage: a portfolio "in charge of" in capitals, and a legislator "from" his state, before the holder\'s name (round from 786e87d1)', () => {
  const names = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.position ?? '-'}`);
  it('"Secretary of State in charge of the Francophonie Jean-Baptistee Lemoynee": the name is not the portfolio\'s', () => {
    assert.deepStrictEqual(names('Foreign Minister Othmann Jerandii held phone talks with French Secretary of State in charge of the Francophonie Jean-Baptistee Lemoynee.'),
      ['Othmann Jerandii: Foreign Minister', 'Jean-Baptistee Lemoynee: Secretary of State in charge of the Francophonie']);
  });
  it('"Republican Senator from Montana Stevee Dainess": the state is the office\'s, not the name\'s', () => {
    assert.ok(names('Top legislator Zhangg Dejiangg met with a delegation led by Republican Senator from Montana Stevee Dainess on Monday.').includes('Stevee Dainess: Senator from Montana'));
  });
  it('a portfolio of two words closed by a comma keeps both: "Minister in charge of Economic Revitalization, Ryoseii Akazawaa,"', () => {
    assert.ok(names('The Minister in charge of Economic Revitalization, Ryoseii Akazawaa, met him.').includes('Ryoseii Akazawaa: Minister in charge of Economic Revitalization'));
  });
});
describe('Genre coverage: an undated headline takes the one day the whole text names, outside reports and what is to come (round from 786e87d1)', () => {
  const headlineDay = (t: string) => analyze(t).meetings.find((m) => m.headline)?.isoDate ?? null;
  it('"paid a courtesy call, this afternoon, on the Prime Minister": the release\'s day', () => {
    assert.strictEqual(headlineDay('2022-04-15\n\nThe Chief Representative of JICA, Ms Kaorii Tanakaa, paid a courtesy call, this afternoon, on the Prime Minister, Mr Pravindd Jugnauthh, at the New Treasury Building in Port Louis.'), '2022-04-15');
  });
  it('"on Wednesday", three sentences after the call, in a release of Thursday 2025-04-03: the day before', () => {
    assert.strictEqual(headlineDay('2025-04-03\nSpanish Foreign Minister Josee Albaress held a phone call with U.S. Secretary of State Marcoo Rubioo.\n\nThey discussed trade.\n\nThey also discussed security.\n\nAlbaress called the exchange, held on Wednesday, excellent.'), '2025-04-02');
  });
  it('not the day of a report ("the ministry said on Wednesday") nor of what is to come ("will visit on Monday"): the month', () => {
    assert.strictEqual(headlineDay('2022-04-15\n\nPrime Minister Pravindd Jugnauthh received Ambassador Kaorii Tanakaa in Port Louis.\n\nThe ministry said on Wednesday that the talks went well.'), '2022-04');
    assert.strictEqual(headlineDay('2022-04-15\n\nPrime Minister Pravindd Jugnauthh received Ambassador Kaorii Tanakaa in Port Louis.\n\nTanakaa will visit Rodrigues on Monday.'), '2022-04');
  });
  it('not where the text names two days: the month', () => {
    assert.strictEqual(headlineDay('2022-04-15\n\nPrime Minister Pravindd Jugnauthh received Ambassador Kaorii Tanakaa in Port Louis.\n\nThe envoy arrived on Tuesday and toured the port on Thursday.'), '2022-04');
  });
});
describe('Genre coverage: a headline placed by its country only, in the one city of that country the text has anyone in, at or go to (round from 786e87d1)', () => {
  const placed = (t: string) => analyze(t).meetings.find((m) => m.headline)?.place ?? null;
  it('"X received Y ... Later, Y toured a military school in Ashgabat": Ashgabat', () => {
    assert.strictEqual(placed('President of Turkmenistan Serdarr Berdimuhamedovv received Turkish Defense Minister Yaşarr Gülerr on Wednesday.\n\nLater, Gülerr toured a military school in Ashgabat.'), 'Ashgabat');
  });
  it('not where two cities of the country are named: the country', () => {
    assert.strictEqual(placed('Vietnamese President Vo Vann Thuongg received Japanese Defense Minister Yasukazuu Hamadaa on Wednesday.\n\nHamadaa held talks in Hanoi and met students in Da Nang.'), 'Vietnam');
  });
  it('not a city where a mission sits: "the embassy in Ashgabat"', () => {
    assert.strictEqual(placed('President of Turkmenistan Serdarr Berdimuhamedovv received Turkish Defense Minister Yaşarr Gülerr on Wednesday.\n\nHe praised the work of the Turkish embassy in Ashgabat.'), 'Turkmenistan');
  });
});
describe('Genre coverage: "European Union Special Representative", "African Union Special Envoy": the body, then the office (round from 786e87d1)', () => {
  const names = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country ?? '-'}: ${p.position ?? '-'}`);
  it('the body\'s "Union" is no office\'s modifier', () => {
    assert.ok(names('European Union Special Representative Toivoo Klaarr met Foreign Minister Davidd Zalkaliani.').includes('Toivoo Klaarr: European Union: Special Representative'));
    assert.ok(names('Toivoo Klaarr, African Union Special Envoy, met Foreign Minister Davidd Zalkaliani.').includes('Toivoo Klaarr: African Union: Special Envoy'));
  });
  it('India\'s "Union Minister" keeps its modifier, alone, after a nationality or after another modifier', () => {
    assert.ok(names('Union Minister Rajnathh Singhh met him.').some((x) => x.endsWith(': Union Minister')));
    assert.ok(names('Indian Union Minister Rajnathh Singhh met him.').some((x) => x.endsWith(': Union Minister')));
    assert.ok(names('The Mission Commander of PN Flotilla was Commodore Muhammadd Saleemm.').some((x) => x.endsWith(': Mission Commander of PN Flotilla')));
  });
});
describe('Genre coverage: an aide\'s office named without a name is not the office of one named as another\'s counterpart (round from 786e87d1)', () => {
  it('"a phone conversation with his Philippine counterpart, Rodrigoo X ... Philippine presidential spokesman announced": X is President and takes part', () => {
    const t = 'Russian President Vladimirr Putinn has held a phone conversation with his Philippine counterpart, Rodrigoo Dutertee, Kremlin spokesman Dmitryy Peskovv said on Tuesday.\n\nEarlier in the day, Philippine presidential spokesman announced that the president had plans to hold talks with Putinn.';
    const a = analyze(t);
    assert.strictEqual(a.persons.find((p) => p.name === 'Rodrigoo Dutertee')?.position, 'President');
    assert.strictEqual(headlineRoles(t), 'phone call [Putinn:participant+Dutertee:participant]');
  });
});
describe('Genre coverage: the last word of a long office is no one\'s name ("Food Sovereignty", "the Lao Front", "State Hospital") (round from 786e87d1)', () => {
  const names = (t: string) => analyze(t).persons.map((p) => p.name);
  it('each stays in the office; only the holders are persons', () => {
    assert.deepStrictEqual(names('Director-General Quu Dongyuu met in Rome with H.E. Marcc Fesneauu, Minister for Agriculture and Food Sovereignty of France.'), ['Quu Dongyuu', 'Marcc Fesneauu']);
    assert.deepStrictEqual(names('Wangg Yangg held talks with a Lao delegation led by Xaysomphonee Phomvihanee, president of the Lao Front for National Construction.'), ['Wangg Yangg', 'Xaysomphonee Phomvihanee']);
    assert.deepStrictEqual(names('He met Mr. Johnnyy Hadleyy, Administrator of Pohnpei State Hospital.'), ['Johnnyy Hadleyy']);
  });
});
describe('Genre coverage: a welcome told again as "diplomatic engagements" or "dialogue" stays a reception (round from 786e87d1)', () => {
  it('"X welcomed Y ... The visit ... underscores a willingness on both sides to engage in constructive dialogue": a reception', () => {
    const t = '2024-04-23\n(MENAFN) On Saturday, Turkish President Recepp Erdogann welcomed Samehh Shoukryy, the Foreign Minister of Egypt, who was on an official visit to Turkey.\n\nThe visit by Egypt\'s Foreign Minister to Turkey underscores a willingness on both sides to engage in constructive dialogue.';
    assert.strictEqual(headlineRoles(t), 'reception [Erdogann:host+Shoukryy:guest]');
  });
});
describe('Genre coverage: "chats with" in a caption is talks (round from 786e87d1)', () => {
  it('"Defense Minister X chats with Speaker Y on Tuesday in Seoul": talks', () => {
    assert.strictEqual(headlineRoles('South Korea’s National Defense Minister Jeongg Kyeong-dooo chats with National Assembly Speaker Moonn Hee-sangg on Tuesday in Seoul.'), 'talks [Kyeong-dooo:participant+Hee-sangg:participant]');
  });
});
describe('Genre coverage: "X led a delegation to welcome the guests" is a reception of the visit\'s guest (round from 786e87d1)', () => {
  it('the delegation arrived in Vietnam, led by Y; X led a delegation to welcome the guests: X receives Y', () => {
    assert.strictEqual(headlineRoles('A delegation of the CPPCC led by Vice Chairman of the CPPCC National Committee Wangg Yongg arrived in Vietnam on November 27.\n\nVice president of the VFF Central Committee Hoangg Thuyy led a delegation to welcome the guests.'),
      'reception [Thuyy:host+Yongg:guest]');
  });
});
describe('Genre coverage: "X, World Bank Vice President for Africa, met": a body of two words, then an office with its complement, in apposition (round from 786e87d1)', () => {
  const names = (t: string) => analyze(t).persons.map((p) => `${p.name}: ${p.country ?? '-'}: ${p.position ?? '-'}`);
  it('the name before the comma holds the office', () => {
    assert.ok(names('Toivoo Klaarr, World Bank Vice President for Africa, met Foreign Minister Davidd Zalkalianii.').includes('Toivoo Klaarr: World Bank: Vice President for Africa'));
    assert.ok(names('Toivoo Klaarr, European Union Special Representative for the South Caucasus, met Foreign Minister Davidd Zalkalianii.').includes('Toivoo Klaarr: European Union: Special Representative for the South Caucasus'));
  });
});
describe('Genre coverage: a title under a line that is only the page\'s date is still the title (round from 5d802c05)', () => {
  it('"2021-08-17" over "Chinese FM talks with US secretary of state", the lead telling a call: the headline is the call', () => {
    const t = '2021-08-17\nChinese FM talks with US secretary of state over bilateral ties\n\nChinese State Councilor and Foreign Minister Wangg Yii on Monday exchanged views with US Secretary of State Antonyy Blinkenn over phone on bilateral ties.\nWangg said that both countries are permanent members of the Security Council.';
    assert.strictEqual(headlineRoles(t), 'phone call [Yii:participant+Blinkenn:participant]');
    assert.strictEqual(analyze(t).meetings.filter((m) => m.headline).length, 1);
  });
  it('a photo caption under the date is no title: "2019-05-24" over "X speaks to reporters after meeting Y ... Photo: KYODO"', () => {
    const t = '2019-05-24\nU.S. National Security Adviser Johnn Boltonn speaks to reporters after meeting Prime Minister Shinzoo Abee at his residence in Tokyo on Friday. Photo: KYODO\n\nAbee meets with U.S. National Security Adviser Boltonn\n\nTOKYO\n\nPrime Minister Shinzoo Abee held talks with U.S. National Security Adviser Johnn Boltonn on Friday in last-minute preparations for President Donaldd Trumpp\'s four-day visit.';
    const headline = analyze(t).meetings.find((m) => m.headline);
    assert.deepStrictEqual([headline?.kind, ...(headline?.participants.map((p) => p.name) ?? []).sort()], ['talks', 'Johnn Boltonn', 'Shinzoo Abee']);
  });
});
describe('Genre coverage: the title\'s city over the lead\'s country, and "X visited Y, who welcomed him" (round from 5d802c05)', () => {
  it('"X met with Y at Downing Street" over "During his official visit to the United Kingdom, X visited Y, who welcomed him": a reception in London, Y hosting', () => {
    const t = 'Lacallee Pouu met with Boriss Johnsonn at Downing Street\n\nDuring his official visit to the United Kingdom, Uruguayan President Luiss Lacallee Pouu visited British Prime Minister Boriss Johnsonn, who welcomed him at the door. The meeting lasted an hour.';
    assert.strictEqual(headlineRoles(t), 'reception [Johnsonn:host+Pouu:guest]');
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'London');
  });
});
describe('Genre coverage: "spoke informally with", "spoke with ... on the margins of": in person, not a call (round from 5d802c05)', () => {
  it('each is talks; "spoke with Y by phone" stays a call', () => {
    assert.strictEqual(headlineRoles('Prime Minister Justinn Trudeauu spoke informally with U.S. President Donaldd Trumpp today, the first encounter since the G7 meetings last month.'), 'talks [Trudeauu:participant+Trumpp:participant]');
    assert.deepStrictEqual(meetingsAt('Prime Minister Justinn Trudeauu spoke with U.S. President Donaldd Trumpp on the margins of the NATO summit in Brussels.'), ['talks [Trudeauu+Trumpp] Brussels']);
    assert.strictEqual(headlineRoles('Prime Minister Justinn Trudeauu spoke with U.S. President Donaldd Trumpp by phone on Monday.'), 'phone call [Trudeauu:participant+Trumpp:participant]');
  });
});
describe('Genre coverage: a meeting "at the East Asia Summit" is at an event: its city\'s country is no side\'s (round from 5d802c05)', () => {
  it('"X and US President Y had a short talk at the East Asia Summit in the Cambodian capital": X is not Cambodian', () => {
    const t = 'Phnom Penh, November 20, 2012\nPrime Minister Manmohann Singhh and US President Barackk Obamaa had a short talk at the East Asia Summit in the Cambodian capital on Tuesday.\n';
    const a = analyze(t);
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Manmohann Singhh')?.country, 'Cambodia');
    assert.strictEqual(a.persons.find((p) => p.name === 'Barackk Obamaa')?.country, 'United States');
  });
});
describe('Genre coverage: a lone headline\'s partner named in "he and Y ... agreed" right after, and "party chief" an office (round from 5d802c05)', () => {
  it('"X met with the top official of the province. X later told reporters that he and Y, the party chief of Fujian, agreed": talks of X and Y', () => {
    const t = 'Fujian, July 6 (Jiji Press)--Okinawa Governor Dennyy Tamakii visited China\'s Fujian Province on Thursday and met with the top official of the southern Chinese province.\n\nTamakii later told reporters that he and Zhouu Zuyii, the party chief of Fujian, agreed to promote exchanges between the two sides.\n';
    assert.strictEqual(headlineRoles(t), 'talks [Tamakii:participant+Zuyii:participant]');
    assert.ok(who(t).includes('Zhouu Zuyii: party chief of Fujian (China)'));
  });
  it('one named with him in a report of what another said is not his partner: "he and Y" must say what the two did', () => {
    const t = 'Okinawa Governor Dennyy Tamakii met with the top official of the southern Chinese province on Thursday.\n\nTamakii said he and Zhouu Zuyii, the party chief of Fujian, will meet again next year.\n';
    assert.strictEqual(headlineRoles(t), 'talks [Tamakii:participant]');
  });
});
describe('Genre coverage: "Chancellor of the Exchequer" and "Chief Secretary to the Treasury" are offices (round from 5d802c05)', () => {
  it('"Chinese Vice President X met with British Chancellor of the Exchequer Y": Y is found, of the United Kingdom, and meets X', () => {
    const t = 'Chinese Vice President Hann Zhengg on Saturday met with British Chancellor of the Exchequer Rachell Reevess, who is in Beijing for the Economic and Financial Dialogue.';
    assert.ok(who(t).includes('Rachell Reevess: Chancellor of the Exchequer (United Kingdom)'));
    assert.strictEqual(headlineRoles(t), 'talks [Zhengg:participant+Reevess:participant]');
    assert.ok(who('He met Chief Secretary to the Treasury Darrenn Jonees.').includes('Darrenn Jonees: Chief Secretary to the Treasury (-)'));
  });
});
describe('Genre coverage: "At a reception for visiting Minister Y, he said": the one named before hosts Y (round from 5d802c05)', () => {
  it('the pronoun after the opening phrase is the one named before; those the reception was for are its guests', () => {
    const t = 'The Vietnamese Government will continue to support cooperation, Deputy Prime Minister Le Minhh Khaii affirmed in Hanoi on May 30.\n\nAt a reception for visiting Lao Minister of Finance Santiphabb Phomevihanee, he said the two countries are friends.\n';
    assert.strictEqual(headlineRoles(t), 'reception [Khaii:host+Phomevihanee:guest]');
  });
  it('"thanked X for the reception" still says nothing of who received whom', () => {
    assert.strictEqual(headlineRoles('Foreign Minister Santiphabb Phomevihanee thanked Deputy Prime Minister Le Minhh Khaii for the reception.'), 'reception [Phomevihanee:participant+Khaii:participant]');
  });
});
describe('Genre coverage: a release\'s date run into its time, and a dateline under a photo\'s caption (round from 5d802c05)', () => {
  const headlineDate = (t: string) => analyze(t).meetings.find((m) => m.headline)?.isoDate ?? null;
  it('"17 July 202018:33" above "On July 17, X had a telephone conversation with Y": the call of 2020-07-17', () => {
    assert.strictEqual(headlineDate('Press release on Foreign Minister Sergeyy Lavrovv’s telephone conversation with Foreign Minister of China Wangg Yii\n\n17 July 202018:33\n\nOn July 17, Foreign Minister Sergeyy Lavrovv had a telephone conversation with Foreign Minister of China Wangg Yii.\n'), '2020-07-17');
  });
  it('a caption closing "REUTERS/Name/Pool" above "MOSCOW, Oct 27 (Reuters) - ... on Thursday": the dateline\'s day', () => {
    const t = 'Russia\'s Lavrovv holds call with Chinese counterpart\n\nRussian Foreign Minister Sergeii Lavrovv attends a joint news conference with Secretary-General of the Organisation of Islamic Cooperation (OIC) Hisseinn Tahaa in Moscow, Russia October 24, 2022. REUTERS/Evgeniaa Novozhenina/Pool\n\nMOSCOW, Oct 27 (Reuters) - Russian Foreign Minister Sergeii Lavrovv on Thursday spoke by telephone with his Chinese counterpart Wangg Yii, the Russian foreign ministry said in a statement.\n';
    assert.strictEqual(headlineDate(t), '2022-10-27');
  });
});
describe('Genre coverage: a headline at a palace or an airport, no dateline: the host\'s country, or the country visited (round from 5d802c05)', () => {
  it('"King X received Y at Sakhir Palace": Bahrain; "received ... at Marka Airport at the start of a state visit to Jordan": Jordan', () => {
    assert.deepStrictEqual(meetingsAt('Bahrain\'s King Hamadd bin Isa Al-Khalifa today received at Sakhir Palace Yemeni Premier Dr Ahmedd Obeid bin Daghar.'), ['reception [Al-Khalifa+Daghar] Bahrain']);
    const t = 'His Majesty King Abdullahh II on Tuesday received Kuwait Emir Sheikh Meshall Al Ahmad Al Sabahh at Marka Airport at the start of a two-day state visit to Jordan.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Jordan');
  });
  it('a town the text names after "residence in" is kept: "received Y at his residence in Balkot"', () => {
    assert.strictEqual(analyze('Prime Minister KPP Sharma Olii received US Deputy Assistant Secretary Randyy Berryy at his residence in Balkot on Monday.').meetings.find((m) => m.headline)?.place, 'Balkot');
  });
});
describe('Genre coverage: a body\'s official said to be in the one country the text names meets its officials there (round from 5d802c05)', () => {
  it('"President X held a bilateral meeting with the President of the Islamic Development Bank Y ... The IsDB head is in Guyana": X is Guyana\'s', () => {
    const t = 'President Dr. Irfaann Alii held a bilateral meeting with the President of the Islamic Development Bank (IsDB) Muhammedd Al-Jasserr at State House on Monday evening.\n\nThe IsDB head is in Guyana to discuss the bank\'s involvement in the country\'s development.';
    assert.ok(who(t).includes('Irfaann Alii: President (Guyana)'));
  });
  it('without it, one meeting a body\'s official is of no country the text names only in passing', () => {
    const t = 'President Dr. Irfaann Alii held a bilateral meeting with the President of the Islamic Development Bank (IsDB) Muhammedd Al-Jasserr on Monday evening.\n\nThey discussed the bank\'s projects in Guyana.';
    assert.ok(who(t).includes('Irfaann Alii: President (-)'));
  });
});
describe('Genre coverage: "Defence attaché" with its second word in lower case is an office (round from 5d802c05)', () => {
  it('"Guyana\'s Defence attaché to the US Colonel X": Guyana\'s, not of the country he is posted to', () => {
    assert.ok(who('He was accompanied by Guyana’s Defence attaché to the US Colonel Juliuss Skeetee.').includes('Juliuss Skeetee: Defence attaché to the US (Guyana)'));
  });
});
describe('Genre coverage: the US combatant commands written in title case ("Southcom", "Indopacom") are US bodies (round from 5d802c05)', () => {
  it('"US Southcom Commander General X joined Guyana\'s Home Affairs Minister Y": X serves the United States', () => {
    const t = 'US Southcom Commander General Lauraa Richardsonn joined Guyana’s Home Affairs Minister Robesonn Bennn.';
    assert.ok(who(t).includes('Lauraa Richardsonn: Southcom Commander (United States)'));
    assert.ok(who(t).includes('Robesonn Bennn: Home Affairs Minister (Guyana)'));
  });
});
describe('Genre coverage: a visit told after a call, placed or dated apart, is a visit of its own (round from 5d802c05)', () => {
  it('"X held a telephonic conversation with Y on Monday. X paid a two-day visit to the Maldives in June": the call and the visit', () => {
    assert.deepStrictEqual(meetingsAt('Prime Minister Narendraa Modii held a telephonic conversation with President Ibrahimm Solihh on Monday.\n\nModii paid a two-day visit to the Maldives in June.\n'),
      ['phone call [Modii+Solihh]', 'visit [Modii] Maldives']);
  });
  it('a visit told with the meeting it was the occasion of stays its occasion: "X, on a visit to Hanoi, met Y"', () => {
    assert.deepStrictEqual(meetingsAt('Prime Minister Narendraa Modii held talks with President Ibrahimm Solihh in Male on Monday.\n\nModii is on a two-day visit to the Maldives.\n'),
      ['talks [Modii+Solihh] Male']);
  });
});
describe('Genre coverage: "The Caretaker PM also received ...": the short form of the office of one named before, his standing before it (round from 5d802c05)', () => {
  it('the Caretaker Prime Minister named before receives the envoys', () => {
    const t = 'Caretaker Prime Minister Najibb Mikatii met on Monday with the EU Ambassador, Sandraa Waelee.\n\nMikatii informed Waelee that the delegation will be chaired by Foreign Minister Abdallahh Bouu Habibb.\n\nThe Caretaker PM also received respectively the Qatari Ambassador to Lebanon, Sheikh Saudd Al Thanii, and the Algerian Ambassador to Lebanon, Rachidd Belbakii.\n';
    const a = analyze(t);
    const received = a.meetings.filter((m) => m.kind === 'reception').map((m) => m.participants.map((p) => `${p.name.split(' ').pop()}:${p.role}`).join('+'));
    assert.deepStrictEqual(received, ['Mikatii:host+Thanii:guest', 'Mikatii:host+Belbakii:guest']);
  });
  it('"The Deputy PM" is no Prime Minister\'s short form', () => {
    const t = 'Prime Minister Najibb Mikatii met on Monday with the EU Ambassador, Sandraa Waelee.\n\nThe Deputy PM also received the Qatari Ambassador to Lebanon, Sheikh Saudd Al Thanii.\n';
    assert.ok(!analyze(t).meetings.some((m) => m.kind === 'reception' && m.participants.some((p) => p.name === 'Najibb Mikatii')));
  });
});
describe('Genre coverage: a caretaker government\'s members serve the country its other caretakers serve (round from 5d802c05)', () => {
  it('"Caretaker Minister of Justice Y" met by the Caretaker Prime Minister, in a text naming the Brussels Conference: Lebanon\'s, not Belgium\'s', () => {
    const t = '2024-05-13\nNNA – Caretaker Prime Minister, Najibb Mikatii, on Monday held a series of meetings at the Grand Serail.\n\nIn this context, Premier Mikatii met with the Ambassador of the European Union to Lebanon, Sandraa Waelee, who briefed her host on the preparations for the eighth Brussels Conference on Supporting the future of Syria and the region.\n\nThe PM then met respectively with Caretaker Minister of Justice, Judge Henryy Khouryy, and Caretaker Minister of Industry, Georgee Bushkiann, with whom he discussed ministerial affairs.\n';
    assert.ok(who(t).includes('Henryy Khouryy: Caretaker Minister of Justice (Lebanon)'));
    assert.ok(who(t).includes('Georgee Bushkiann: Caretaker Minister of Industry (Lebanon)'));
    assert.ok(analyze(t).meetings.some((m) => m.participants.map((p) => p.name).join('+') === 'Najibb Mikatii+Henryy Khouryy'));
  });
});
describe('Genre coverage: "on his appointment as Defense Attaché, General Y expressed": the post is not the next name\'s (round from 5d802c05)', () => {
  it('the one named after the comma opens the main clause and holds no office from it; "As CDF, Gen Y said" still gives Y the office', () => {
    const t = 'Congratulating Colonel Tamuraa Takaoo on his appointment as Defense Attaché, General Hoangg Xuan Chienn expressed his belief.';
    assert.ok(!who(t).some((w) => w.startsWith('Hoangg Xuan Chienn: Defense Attaché')));
    assert.ok(who('As CDF, Gen Muhoozii Kainerugabaa said the army is ready.').some((w) => w.startsWith('Muhoozii Kainerugabaa: CDF')));
  });
});
describe('Genre coverage: a dateline\'s city in brackets after the date, "Oct 7, 2005 (ADDIS ABABA) —" (round from 5d802c05)', () => {
  it('"X held talks with Y, here on Friday": in the dateline\'s city', () => {
    const t = 'Ethiopian PM holds talks with US official\n\nOct 7, 2005 (ADDIS ABABA) — Ethiopian Prime Minister Meless Zenawii held talks with the US deputy assistant secretary of state for African affairs, Donaldd Yamamotoo, here on Friday 7 October.\n';
    const h = analyze(t).meetings.find((m) => m.headline);
    assert.deepStrictEqual([h?.place, h?.isoDate], ['Addis Ababa', '2005-10-07']);
  });
});
describe('Genre coverage: a hard-wrapped text is read across its line breaks (round from 31b4b8fa)', () => {
  const wrapped = 'Carterr, Hansoo discuss defense ties\n\nWASHINGTON -\nDefense Secretary Ashh Carterr and Estonian Defense Minister\nHanness Hansoo met at the Pentagon yesterday to discuss the defense relationship\nbetween their nations, Pentagon Press Secretary Peterr Cookk said.\nIn a statement summarizing the meeting, Cookk said Carterr\nthanked Hansoo for Estonia\'s support for operations in Afghanistan, Africa and\nthe Balkans, and for its support for the coalition\'s campaign against terror.\n';
  it('a name broken from its office by the wrap ("Estonian Defense Minister\\nHanness Hansoo") keeps both, and the meeting has both ministers', () => {
    assert.ok(who(wrapped).includes('Hanness Hansoo: Defense Minister (Estonia)'));
    assert.strictEqual(headlineRoles(wrapped), 'talks [Carterr:participant+Hansoo:participant]');
  });
  it('a name broken across two lines is one name, highlighted over the break', () => {
    const t = wrapped.replace('Minister\nHanness Hansoo met at the Pentagon yesterday to discuss the defense', 'Minister Hanness\nHansoo met at the Pentagon yesterday to discuss the defense');
    const e = analyze(t).entities.find((x) => x.type === 'official' && t.slice(x.start, x.end).endsWith('Hansoo') && t.slice(x.start, x.end).includes('Hanness'));
    assert.strictEqual(e && t.slice(e.start, e.end), 'Hanness\nHansoo');
  });
});
describe('Genre coverage: "It was discussed during his talks with Y": the one named before held them (round from 31b4b8fa)', () => {
  it('an agentless passive opening the sentence: "his" is the official of the sentence before', () => {
    const t = 'Russian Minister of Defence Sergeii Shoiguu pointed out a positive dynamics of the cooperation between Russia and Myanmar. It was discussed during his talks with Myanmar\'s Commander-in-Chief of the Armed Forces Senior General Minn Aungg Hlaingg.';
    assert.strictEqual(headlineRoles(t), 'talks [Shoiguu:participant+Hlaingg:participant]');
  });
  it('a passive naming its agent is not that: "It was raised by Y during his talks with Z"', () => {
    const t = 'Russian Minister of Defence Sergeii Shoiguu pointed out the cooperation between Russia and Myanmar. It was raised by Indian Defence Minister Rajj Kumarr during his talks with Myanmar\'s Commander-in-Chief Senior General Minn Aungg Hlaingg.';
    assert.ok(!headlineRoles(t).includes('Shoiguu'), headlineRoles(t));
  });
});
describe('Genre coverage: "A and B agreed to hold a meeting at an early date, during their call on Thursday": the call was held (round from 31b4b8fa)', () => {
  it('the call is the headline, the two its parties', () => {
    const t = '2024-11-07\nTokyo, Nov. 7 (Jiji Press)--Japanese Prime Minister Shigeruu Ishibaa and U.S. President-elect Donaldd Trumpp agreed to hold a face-to-face meeting at an early date, during their call on Thursday.\n\nThey agreed to further deepen the alliance.\n';
    assert.strictEqual(headlineRoles(t), 'phone call [Ishibaa:participant+Trumpp:participant]');
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2024-11-07');
  });
  it('a call agreed on for later is still none: "agreed to hold a call during the summit next month"', () => {
    assert.deepStrictEqual(meetingsAt('Prime Minister Shigeruu Ishibaa and President Donaldd Trumpp agreed to hold a call during the summit next month.'), []);
  });
});
describe('Genre coverage: "the country\'s Minister X" after a sentence a country opens as its subject is that country\'s (round from 31b4b8fa)', () => {
  it('"South Africa is committed to its relations with Zimbabwe, the country\'s Minister X has said": South Africa, and the call he paid is on Zimbabwe\'s minister', () => {
    const t = 'South Africa is committed to strengthen its bilateral relations with Zimbabwe, the country\'s Minister of International Relations and Cooperation, Mr Ronaldd Lamolaa has said.\n\nMinister Lamolaa said this yesterday after paying a courtesy call on Foreign Affairs and International Trade Minister, Ambassador Frederickk Shavaa at the new Parliament building in Mt Hampden.\n';
    assert.ok(who(t).includes('Ronaldd Lamolaa: Minister of International Relations and Cooperation (South Africa)'), who(t).join('; '));
    assert.ok(who(t).includes('Frederickk Shavaa: Foreign Affairs and International Trade Minister (Zimbabwe)'), who(t).join('; '));
  });
  it('a nationality opening the sentence is no subject: "Chinese Foreign Minister X met in Laos with the country\'s President Y": Y is Lao', () => {
    const t = 'Chinese Foreign Minister, Yangg Jiechii, has had a meeting in Laos with the country\'s President, Choummalii Saignasonn.';
    assert.ok(who(t).includes('Choummalii Saignasonn: President (Laos)'), who(t).join('; '));
  });
});
describe('Genre coverage: a minister\'s listed portfolios closed by the country they are of, and a plan no person (round from 31b4b8fa)', () => {
  it('"Minister of Foreign Affairs, International Business and International Cooperation of the Republic of Suriname, X": Suriname\'s, though the dateline is Moroccan', () => {
    const t = 'MOROCCO, May 26 - Minister of Foreign Affairs, International Business and International Cooperation of the Republic of Suriname, Albertt Ramdinn, on Wednesday expressed his country\'s full support, says a joint communique issued at the end of talks held in Rabat between the Moroccan minister of Foreign Affairs, Nasserr Bouritaa, and his counterpart from Suriname.';
    assert.ok(who(t).includes('Albertt Ramdinn: Minister of Foreign Affairs, International Business and International Cooperation (Suriname)'), who(t).join('; '));
  });
  it('"Morocco\'s Autonomy Plan", "Ukraine\'s Peace Formula": a country\'s plan, no official', () => {
    const a = analyze('Mr. Bouritaa underlined the support to Morocco\'s Autonomy Plan. Mr. Kulebaa presented Ukraine\'s Peace Formula to the ministers.');
    assert.deepStrictEqual(a.persons.filter((p) => /Plan|Formula/.test(p.name)).map((p) => p.name), []);
  });
});
describe('Genre coverage: a group received, then named in a roster sentence ("The Ambassadors-Designate are A of B; C of D") (round from 31b4b8fa)', () => {
  it('the envoys named in the roster join the reception, each of the country named with him', () => {
    const t = '2022-05-12\nSix Ambassadors-Designate presented their Letters of Credence to Governor-General Sir Patrickk Allenn on Tuesday (May 10) at Kings House in Kingston.\nThe Ambassadors-Designate are Their Excellencies, Ignatiuss Grahamm Mudzimbaa of the Republic of Zimbabwe; Dr. Todorr Kanchevskii of the Republic of Bulgaria; Jamall Al-Baderr from the State of Qatar and Faisall Falahh Alharbii of the Kingdom of Saudi Arabia.\n';
    const h = analyze(t).meetings.find((m) => m.headline);
    assert.deepStrictEqual(h?.participants.map((p) => `${p.name.split(' ').pop()}/${p.side ?? '-'}`).slice(1).sort(), ['Al-Baderr/Qatar', 'Alharbii/Saudi Arabia', 'Kanchevskii/Bulgaria', 'Mudzimbaa/Zimbabwe']);
  });
  it('"The dignitaries were, in succession: His Excellency Mr. A from the Kingdom of Saudi Arabia, ... from the People\'s Democratic Republic of Algeria"', () => {
    const t = 'On Friday, the Grand Duke received five ambassadors in audience, each presenting his credentials at the Grand Ducal Palace. (In this case, no women were among the received ambassadors.) The dignitaries were, in succession: His Excellency Mr. Abdulrahmann Sulaimann Alahmedd from the Kingdom of Saudi Arabia, His Excellency Mr. Amarr Belanii from the People\'s Democratic Republic of Algeria, and His Excellency Mr. Nopadoll Gunivaboolt from the Kingdom of Thailand.';
    const a = analyze(t);
    assert.deepStrictEqual(a.persons.map((p) => `${p.name.split(' ').pop()}/${p.country ?? '-'}`).sort(), ['Alahmedd/Saudi Arabia', 'Belanii/Algeria', 'Gunivaboolt/Thailand']);
  });
  it('a sentence naming others is no roster of the group: "The ambassadors were briefed by Minister X"', () => {
    const t = 'President Kwamee Mensahh received three ambassadors at the Jubilee House in Accra on Monday. The ambassadors were later briefed by Foreign Minister Shirleyy Botchweyy.';
    const h = analyze(t).meetings.find((m) => m.headline);
    assert.ok(!h?.participants.some((p) => p.name === 'Shirleyy Botchweyy'), JSON.stringify(h?.participants.map((p) => p.name)));
  });
});
describe('Genre coverage: a capital written with the typographic apostrophe or none ("Nuku’alofa", "Nukualofa") (round from 31b4b8fa)', () => {
  it('each dateline places the meeting there, in Tonga', () => {
    for (const city of ['Nuku’alofa', 'Nukualofa', "Nuku'alofa"]) {
      const t = `${city}, 30 March 2024: Prime Minister Siaosii Sovalenii held a bilateral meeting with Patricia Scotland, Secretary General of the Commonwealth, on Saturday.`;
      const h = analyze(t).meetings.find((m) => m.headline);
      assert.deepStrictEqual([h?.place, h?.participants.find((p) => p.name === 'Siaosii Sovalenii')?.side], [city, 'Tonga'], city);
    }
  });
});
describe('Genre coverage: a roll of envoys written "Name – Country", after "The envoys who presented ... include" (round from 31b4b8fa)', () => {
  it('each envoy is found, of the country after the dash, and is the host\'s guest', () => {
    const t = 'NAIROBI, Kenya, Mar 5 – President Williamm Rutoo has officially received the credentials of five newly appointed ambassadors.\n\nThe envoys who presented their letters of credence at State House, Nairobi, include Georgee Psiachass – Hellenic Republic (Greece), Inéss Forss Fernándezz – Cuba, Kangg Hyoung-sikk – Republic of Korea (South Korea), Márioo de Azevedoo – Angola.\n';
    const h = analyze(t).meetings.find((m) => m.headline);
    assert.deepStrictEqual(h?.participants.map((p) => `${p.name}/${p.side}/${p.role}`), ['Williamm Rutoo/Kenya/host', 'Georgee Psiachass/Greece/guest', 'Inéss Forss Fernándezz/Cuba/guest', 'Kangg Hyoung-sikk/South Korea/guest', 'Márioo de Azevedoo/Angola/guest']);
  });
  it('envoys received in separate audiences are not one meeting\'s guests: "hosted two outgoing Ambassadors in farewell audiences"', () => {
    const t = 'President Muhammaduu Buharii on Thursday hosted two outgoing Ambassadors in farewell audiences at State House, Abuja.\n\nThe affected Ambassadors, who had kind words to say about their tour of duty in Nigeria, include Eustaquioo Quibatoo of Republic of Angola and Dr Fahadd Obaidd Al Taffaqq of United Arab Emirates (UAE).\n';
    const h = analyze(t).meetings.find((m) => m.headline);
    assert.ok((h?.participants.length ?? 0) <= 2, JSON.stringify(h?.participants.map((p) => p.name)));
  });
});
describe('Genre coverage: scraped typing, "Pakistan Point News-May 3rd, 2023" and "Charge d\' Affaires" (round from 31b4b8fa)', () => {
  const t = 'ISLAMABAD: (UrduPoint/UrduPoint / Pakistan Point News-May 3rd, 2023) The Charge d\' Affaires of the Embassy of the United States of America Andreww Schoferr called on Foreign Minister Bilawall Bhuttoo Zardarii on Wednesday.\n';
  it('the release date run into the source by a hyphen dates "Wednesday"', () => {
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2023-05-03');
  });
  it('the chargé d\'affaires with a space after the apostrophe is found whole, of the United States, and calls on the minister', () => {
    assert.ok(who(t).some((w) => /^Andreww Schoferr: Charge d.Affaires.* \(United States\)$/.test(w)), who(t).join('; '));
    assert.strictEqual(headlineRoles(t), 'reception [Schoferr:guest+Zardarii:host]');
  });
});
describe('Genre coverage: a weekday inside a span the text dates by its first day and its last ("started on 19 September and will end on 25th September 2017") (round from 31b4b8fa)', () => {
  it('"held a bilateral meeting on Thursday", the session of 19 to 25 September 2017: Thursday 21 September', () => {
    const t = 'Malawi\'s President Arthurr Mutharikaa and Zimbabwean President Robertt Mugabee held a bilateral meeting on Thursday in New York.\n\nThe two presidents are in New York for the 72nd United Nations General Assembly which started on 19 September and will end on 25th September 2017.\n';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2017-09-21');
  });
  it('a first day of another month is no start of the span: "began on 19 August ... ends on 25th September 2017" leaves Thursday undated', () => {
    const t = 'Malawi\'s President Arthurr Mutharikaa and Zimbabwean President Robertt Mugabee held a bilateral meeting on Thursday in New York.\n\nThe two presidents are in New York for the session which began on 19 August and ends on 25th September 2017.\n';
    assert.notStrictEqual(analyze(t).meetings.find((m) => m.headline)?.isoDate, '2017-09-21');
  });
});
describe('Genre coverage: a long office\'s last word is no one\'s name ("Special Coordinator for the Middle East Peace Process, X") (round from 31b4b8fa)', () => {
  it('"Process", "Subcommittee" close the office; the holder after the comma is the party', () => {
    const a = 'Foreign Minister Gideonn Saarr met on Wednesday with the United Nations Special Coordinator for the Middle East Peace Process, Sigridd Kaagg, at the Ministry of Foreign Affairs in Jerusalem.';
    assert.strictEqual(headlineRoles(a), 'talks [Saarr:participant+Kaagg:participant]');
    const b = 'Kuwaiti Foreign Minister Salemm Al-Sabahh met Congressman Davidd Cicillinee, chair of the Foreign Affairs Subcommittee on the Middle East, on Sunday.';
    assert.ok(!analyze(b).persons.some((p) => p.name === 'Subcommittee'), who(b).join('; '));
  });
});
describe('Genre coverage: "She was speaking during a function as she bid farewell to Y": the pronoun opening the sentence, again in its clause (round from 31b4b8fa)', () => {
  it('the one the pronoun stands for is the guest', () => {
    const t = 'The outgoing British High Commissioner to Uganda, Katee Aireyy has hailed the country. She was on Wednesday speaking during a function as she bid farewell to President Yowerii Musevenii at State House in Entebbe.';
    assert.strictEqual(headlineRoles(t), 'reception [Aireyy:guest+Musevenii:host]');
  });
  it('not another pronoun: "She was speaking as he bid farewell to Y" leaves the one who left unnamed', () => {
    const t = 'The outgoing British High Commissioner to Uganda, Katee Aireyy has hailed the country. She was on Wednesday speaking during a function as he bid farewell to President Yowerii Musevenii at State House in Entebbe.';
    assert.ok(!headlineRoles(t).includes('Aireyy:guest'), headlineRoles(t));
  });
});
describe('Genre coverage: "X met Y on Sunday in Buenos Aires following the inauguration of President Z": Z\'s inauguration was the occasion, Z no party (round from 31b4b8fa)', () => {
  it('talks of the two, not a meeting of three', () => {
    const t = 'Ukrainian President Volodymyrr Zelenskyy met with Ecuador President Daniell Noboaa Sunday in Buenos Aires following the inauguration of Argentina President Javierr Mileii.';
    assert.strictEqual(headlineRoles(t), 'talks [Zelenskyy:participant+Noboaa:participant]');
  });
});
describe('Genre coverage: one who meets a group of envoys named in a roster after receives them (round from 31b4b8fa)', () => {
  it('"X met four ambassadors designate at her offices in Harare. The four ambassadors are A from B, ...": a reception, X host, the envoys guests', () => {
    const t = 'The Acting Minister of Foreign Affairs Oppahh Muchinguri-Kashirii last night met three ambassadors designate from different countries at her offices in Harare.\n\nThe three ambassadors are Sakariaa Konee from Cote d\'Ivoire, Attiliaa Horvathh from Hungary and Gorann Vujicicc from Serbia.\n';
    assert.strictEqual(headlineRoles(t), 'reception [Muchinguri-Kashirii:host+Konee:guest+Horvathh:guest+Vujicicc:guest]');
  });
});
describe('Genre coverage: a counterpart named after the cue with his country between ("his counterpart from the Republic of Argentina, X", "his counterpart, Vietnamese X") (round from 17e54b9e)', () => {
  it('"held a meeting with his counterpart from the Republic of Argentina, Felipe X": found, of Argentina, a party', () => {
    const t = 'Venezuela\'s Foreign Minister, Jorgee Arreazaa, held a meeting on Friday with his counterpart from the Republic of Argentina, Felipee Solaa, in Mexico.';
    assert.ok(who(t).includes('Felipee Solaa: - (Argentina)'), who(t).join('; '));
    assert.strictEqual(headlineRoles(t), 'talks [Arreazaa:participant+Solaa:participant]');
  });
  it('"held a telephone conversation with his counterpart, Vietnamese Bui X": of Vietnam, on the line', () => {
    const t = 'Cuban foreign minister Brunoo Rodriguezz held a telephone conversation with his counterpart, Vietnamese Buii Thanhh Sonn, on the occasion of his inauguration.';
    assert.ok(who(t).some((w) => /^Buii Thanhh Sonn: .* \(Vietnam\)$/.test(w)), who(t).join('; '));
    assert.strictEqual(headlineRoles(t), 'phone call [Rodriguezz:participant+Sonn:participant]');
  });
  it('"received his immediate predecessor in office, Goodluck X": the guest is found', () => {
    const t = 'President Muhammaduu Buharii on Tuesday received his immediate predecessor in office, Goodluckk Jonathann, at the State House, Abuja.';
    assert.strictEqual(headlineRoles(t), 'reception [Buharii:host+Jonathann:guest]');
  });
  it('not a country after "from" that no cue opens: "a letter from the Republic of Argentina, Felipe X" names no counterpart', () => {
    const t = 'He read a letter from the Republic of Argentina, Felipee Solaa said.';
    assert.ok(!who(t).some((w) => w.startsWith('Felipee Solaa') && w.endsWith('(Argentina)')), who(t).join('; '));
  });
});
describe('Genre coverage: the Marshal of the Sejm and of the Senate are offices, not a rank (round from 17e54b9e)', () => {
  it('"met with Marshal of the Senate of the Republic of Poland Tomasz X": found, of Poland, the talks\' party', () => {
    const t = 'Chairman of the Verkhovna Rada of Ukraine Ruslann Stefanchukk met with Marshal of the Senate of the Republic of Poland Tomaszz Grodzkii.';
    assert.ok(who(t).includes('Tomaszz Grodzkii: Marshal of the Senate of the Republic of Poland (Poland)'), who(t).join('; '));
    assert.strictEqual(headlineRoles(t), 'talks [Stefanchukk:participant+Grodzkii:participant]');
  });
  it('"Eugeniusz X, Vice Marshal of the Sejm,": the office in the apposition', () => {
    const t = 'Eugeniuszz Grzeszczakk, Vice Marshal of the Sejm, had a meeting with Vydass Gedvilass, Speaker of the Seimas.';
    assert.ok(who(t).some((w) => w.startsWith('Eugeniuszz Grzeszczakk: Vice Marshal of the Sejm')), who(t).join('; '));
  });
});
describe('Genre coverage: counterparts from a list of countries, then as many names with no comma between (round from 17e54b9e)', () => {
  it('"counterparts from the US, UK and France Lloyd X, Ben Y and Florence Z": each of his country', () => {
    const t = 'Thus, the minister held bilateral meetings with counterparts from the US, UK and France Lloydd Austinn, Benn Wallacee and Florencee Parleyy.';
    for (const w of ['Lloydd Austinn: - (United States)', 'Benn Wallacee: - (United Kingdom)', 'Florencee Parleyy: - (France)']) assert.ok(who(t).includes(w), who(t).join('; '));
  });
});
describe('Genre coverage: those who accompany the one of two holders of an office the meeting tells first (round from 17e54b9e)', () => {
  it('"President X held a meeting with Chinese President Y. ... The President was accompanied by A, Minister of Foreign Affairs": A is of X\'s country', () => {
    const t = 'President of Mongolia Kh.Battulgaa returned from a one-day visit to China.\n\nDuring the visit, President Kh.Battulgaa held a meeting with Chinese President Xii Jinpingg.\n\nThe President was accompanied by D.Tsogtbaatarr, Minister of Foreign Affairs, and T.Badrall, Head of the National Emergency Management Agency.\n';
    assert.ok(who(t).includes('D.Tsogtbaatarr: Minister of Foreign Affairs (Mongolia)'), who(t).join('; '));
  });
});
describe('Genre coverage: "The head of the Romanian government is accompanied on his official visit to the Republic of Moldova by A, B and C" (round from 17e54b9e)', () => {
  const t = 'Prime Minister Nicolaee Ciucaa was received on Thursday in Chisinau by President of the Republic of Moldova Maiaa Sanduu.\n\nThe head of the Romanian government is accompanied on his official visit to the Republic of Moldova by Defence Minister Angell Tilvarr, Minister of Research, Innovation and Digitization Sebastiann Burdujaa and Energy Minister Virgill Popescuu.\n';
  it('those accompanying him on the trip serve his country, not the one he visits', () => {
    for (const w of ['Angell Tilvarr: Defence Minister (Romania)', 'Sebastiann Burdujaa: Minister of Research, Innovation and Digitization (Romania)', 'Virgill Popescuu: Energy Minister (Romania)']) assert.ok(who(t).includes(w), who(t).join('; '));
  });
  it('they stand at his side of the reception', () => {
    assert.strictEqual(headlineRoles(t), 'reception [Ciucaa:guest+Sanduu:host+Tilvarr:guest+Burdujaa:guest+Popescuu:guest]');
  });
});
describe('Genre coverage: "X, the current head of the International Liaison Department of the Chinese Communist Party, met Y" (round from 17e54b9e)', () => {
  it('the office after "the current" is his, and he is a party', () => {
    const t = 'Liuu Jianchaoo, the current head of the International Liaison Department of the Chinese Communist Party (CCP), met Prime Minister Sherr Bahadurr Deubaa on Sunday.';
    assert.ok(who(t).includes('Liuu Jianchaoo: head of the International Liaison Department of the Chinese Communist Party (China)'), who(t).join('; '));
    assert.strictEqual(headlineRoles(t), 'talks [Jianchaoo:participant+Deubaa:participant]');
  });
});
describe('Genre coverage: a meeting held "in the context of" a gathering takes the gathering\'s place; a title\'s "plans on phone call with Y" is to come; "Sustainable" in a portfolio (round from 17e54b9e)', () => {
  it('"held a meeting ... in the context of the 21st Meeting of Foreign Ministers of CELAC, which was held in Mexico": in Mexico', () => {
    const t = 'Venezuela\'s Foreign Minister, Jorgee Arreazaa, held a meeting on Friday with his Argentine counterpart, Felipee Solaa, in the context of the 21st Meeting of Foreign Ministers of CELAC, which was held in Mexico.';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.place, 'Mexico');
  });
  it('"Zelensky discusses steps with Merkel, plans on phone call with Macron": the call held is with Merkel alone', () => {
    const t = 'Zelenskyy discusses steps on Donbas issue with Merkell, plans on phone call with Macronn\n\nUkrainian President Volodymyrr Zelenskyy has held a telephone conversation with German Chancellor Angelaa Merkell and plans to have a phone call with French President Emmanuell Macronn soon, a statement said.\n';
    assert.strictEqual(headlineRoles(t), 'phone call [Zelenskyy:participant+Merkell:participant]');
  });
  it('"Georgia\'s Minister of Economy and Sustainable Development, Mariam X,": found, of Georgia, the office whole', () => {
    const t = 'The meeting was attended by Georgia’s Minister of Economy and Sustainable Development, Mariamm Kvrivishvilii, and others.';
    assert.ok(who(t).includes('Mariamm Kvrivishvilii: Minister of Economy and Sustainable Development (Georgia)'), who(t).join('; '));
  });
});
describe('Genre coverage: "X on Monday held talks", and an office closed by a gloss in brackets ("the Speaker of the Folketing (Denmark parliament), X") (round from 17e54b9e)', () => {
  it('a full name, then "on Monday", then the meeting verb: a party', () => {
    const t = 'Libya\'s eastern-based warlord Khalifaa Haftarr on Monday held talks in Rome with Italy\'s foreign minister Enzoo Moaveroo Milanesii.';
    assert.strictEqual(headlineRoles(t), 'talks [Haftarr:participant+Milanesii:participant]');
  });
  it('the holder after the gloss is found, of the country, the office without the gloss', () => {
    const t = 'The minister also had a meeting with the Speaker of the Folketing (Denmark parliament), Sørenn Gadee, in Copenhagen.';
    assert.ok(who(t).includes('Sørenn Gadee: Speaker of the Folketing (Denmark)'), who(t).join('; '));
  });
});
describe('Genre coverage: "Earlier in the day, he met Z", told after a meeting the text does not date: the day of the last one it does (round from 17e54b9e)', () => {
  it('the day of the lead\'s meeting, not the month of the one between', () => {
    const t = 'Published : May 22, 2025\n\nCopenhagen: External Affairs Minister Ss Jaishankarr met his Danish counterpart, Larss Rasmussenn, here on Wednesday.\n\nThe minister also had a meeting with the Speaker of the Folketing, Sørenn Gadee.\n\nEarlier in the day, he met Danish Minister for Industry Mortenn Bodskovv during which they discussed ties.\n';
    const m = analyze(t).meetings.find((x) => x.participants.some((p) => p.name === 'Mortenn Bodskovv'));
    assert.strictEqual(m?.isoDate, '2025-05-21');
  });
});
describe('Genre coverage: a body named after an office ("President Media Division", "the President Communications Office") gives no one that office (round from 17e54b9e)', () => {
  it('the President keeps his office when a release is signed by his media division', () => {
    const t = 'President Ranill Wickremesinghee met the Prime Minister of Japan in Tokyo.\n\nPresident Media Division (PMD)\n';
    assert.ok(who(t).some((w) => w.startsWith('Ranill Wickremesinghee: President (')), who(t).join('; '));
  });
  it('nor "According to the President Communications Office"', () => {
    const t = 'President Ferdinandd Marcoss Jr. met Vietnamese Prime Minister Phamm Minhh Chinhh in Vientiane.\n\nAccording to the President Communications Office, both leaders agreed to deepen ties.\n';
    assert.ok(who(t).some((w) => w.startsWith('Ferdinandd Marcoss Jr.: President (')), who(t).join('; '));
  });
});
describe('Genre coverage: those who attend an envoy\'s meeting with the officials of the country he is posted to, and an aide in the possessive in lower case (round from 17e54b9e)', () => {
  it('"The meeting was also attended by the Secretary General of Parliament X": of the country the envoy is posted to', () => {
    const t = 'Ambassador of the People’s Republic of China to Sri Lanka H.E Qii Zhenhongg met with the newly elected Speaker of Parliament of Sri Lanka Hon. Dr. Asokaa Ranwalaa, recently in Parliament. The meeting was also attended by the Secretary General of Parliament Mrs. Kushanii Rohanadeeraa.';
    assert.ok(who(t).includes('Kushanii Rohanadeeraa: Secretary General of Parliament (Sri Lanka)'), who(t).join('; '));
  });
  it('not the envoy\'s own staff: "Defense Attaché X attended the meeting" stands with the envoy', () => {
    const t = 'Ambassador of the People’s Republic of China to Sri Lanka H.E Qii Zhenhongg met with the newly elected Speaker of Parliament of Sri Lanka Hon. Dr. Asokaa Ranwalaa, recently in Parliament. The meeting was also attended by Defense Attaché Jiangg Tuann.';
    assert.ok(!who(t).some((w) => w.startsWith('Jiangg Tuann') && w.endsWith('(Sri Lanka)')), who(t).join('; '));
  });
  it('"according to Dahal\'s press coordinator, Bishnu X": of his principal\'s country', () => {
    const t = 'Chinese Ambassador to Nepal, Houu Yanqii, paid a courtesy call on Chairman of the ruling Nepal Communist Party (NCP), Pushpaa Kamall Dahall on Friday.\n\nHe also thanked the Chinese government for its help to Nepal, according to Dahall’s press coordinator, Bishnuu Sapkotaa.\n';
    assert.ok(who(t).includes('Bishnuu Sapkotaa: press coordinator (Nepal)'), who(t).join('; '));
  });
});
describe('Genre coverage: a label opening a paragraph, "Meeting with CDS General X:", then the sentence that tells the meeting (round from 17e54b9e)', () => {
  it('the meeting the sentence tells, between the two', () => {
    const t = 'Nepal Army Chief General Ashokk Rajj Sigdell is on a visit to India.\n\nMeeting with CDS General Anill Chauhann: General Sigdell met with Chief of Defence Staff (CDS) General Anill Chauhann in Delhi, where they discussed security.\n';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Sigdell+Chauhann] Delhi']);
  });
  it('not a colon that opens a roll: "The envoys are: A of B" keeps its sentence', () => {
    const t = 'President Williamm Rutoo received the credentials of two ambassadors at State House, Nairobi.\n\nThe envoys are: Georgee Psiachass of Greece and Inéss Forss of Cuba.\n';
    assert.ok(headlineRoles(t).includes('Psiachass:guest'), headlineRoles(t));
  });
});
describe('Genre coverage: a short given name spelt two ways beside a long family name is one person ("Nuri al-Maliki", "Nouri al-Maliki") (round from 17e54b9e)', () => {
  it('one party on the line, not two', () => {
    const t = 'Readout of Vice President Bidenn’s Call with Iraqi Prime Minister Nouri al-Malikii\n\nVice President Bidenn spoke with Iraqi Prime Minister Nuri al-Malikii today. Discussion focused on Syria.\n';
    assert.strictEqual(analyze(t).meetings.find((m) => m.headline)?.participants.length, 2, headlineRoles(t));
  });
  it('not two given names of one letter more apart beside a short family name: "Ivan Kim" and "Ivana Kim" stay two', () => {
    const t = 'Minister Ivan Kimm met Ambassador Ivana Kimm in Seoul.';
    assert.strictEqual(analyze(t).persons.length, 2, who(t).join('; '));
  });
});
describe('Genre coverage: "The visiting dignitary called on X", and an office closed by a body\'s short form ("President NDU") (round from 17e54b9e)', () => {
  const t = 'Air Chief Marshal Hasann Mahmoodd Khann, Chief of the Air Staff, Bangladesh Air Force visited National Defence University. The visiting dignitary called on Lieutenant General Babarr Iftikharr, HI (M), President NDU at National Defence University Islamabad.';
  it('the visitor named before is the guest', () => {
    assert.ok(meetingsAt(t).includes('reception [Khann+Iftikharr] Islamabad'), meetingsAt(t).join('; '));
  });
  it('the short form after the office is no person', () => {
    assert.ok(!analyze(t).persons.some((p) => p.name === 'NDU'), who(t).join('; '));
  });
  it('a name in capitals after an office stays a name: "Ambassador MARIC paid a courtesy call"', () => {
    const u = 'Ambassador MARICC paid a courtesy call on State Minister MINEE at the Ministry of Foreign Affairs.';
    assert.ok(analyze(u).persons.some((p) => p.name === 'MARICC'), who(u).join('; '));
  });
});
describe('Genre coverage: regional parliaments are bodies their officers serve; an East Asian family name needs a given name of short syllables (round from 17e54b9e)', () => {
  it('"Pan African Parliament (PAP) president X", "Speaker of the East African Legislative Assembly X": of the body', () => {
    const t = 'Pan African Parliament (PAP) president Honourable Rogerr Nkodoo Dangg made a courtesy call to the Speaker of the National Assembly Jacobb Mudendaa.';
    assert.ok(who(t).some((w) => w.startsWith('Rogerr Nkodoo Dangg') && w.endsWith('(Pan-African Parliament)')), who(t).join('; '));
    const u = 'The Speaker of the East African Legislative Assembly Josephh Ntakirutimanaa met President Paull Kagamee in Kigali.';
    assert.ok(who(u).some((w) => w.startsWith('Josephh Ntakirutimanaa') && w.endsWith('(East African Legislative Assembly)')), who(u).join('; '));
  });
  it('"Senator Chen Chimutengwende" is no Chinese by his first word; "Senator Chen Xiaoguang" may be', () => {
    const t = 'Honourable Dang was accompanied by Senator Chen Chimutengwende and Honourable Tapiwaa Mashakadaa.';
    assert.ok(!who(t).some((w) => w.startsWith('Chen Chimutengwende') && w.endsWith('(China)')), who(t).join('; '));
  });
});
describe('Genre coverage: a profession or retirement in brackets between a style or rank and the name ("H.E. Amb (Eng) X", "General (R) Y") (round from 17e54b9e)', () => {
  it('"The Executive Secretary of IGAD, H.E. Amb (Eng) Mahboub X,": found, of the body', () => {
    const t = 'The Executive Secretary of the Intergovernmental Authority on Development (IGAD), H.E. Amb (Eng) Mahboubb Maalimm, visited the Director General of the World Health Organization (WHO), Dr Tedross Adhanomm, in Geneva.';
    assert.ok(who(t).some((w) => w.startsWith('Mahboubb Maalimm: Executive Secretary') && w.endsWith('(IGAD)')), who(t).join('; '));
  });
  it('the text keeps its length: every offset stays the document\'s', () => {
    const t = 'Secretary of Defence General (R) Kamall Gunaratnee received him. H.E. Amb (Eng) Mahboubb Maalimm spoke.';
    const a = analyze(t);
    for (const e of a.entities) assert.ok(e.end <= t.length);
    assert.ok(a.persons.some((p) => p.name === 'Kamall Gunaratnee'), who(t).join('; '));
  });
});
describe('Genre coverage: calls by video told in the wordings of the genre ("in a video meeting", "held video consultation", "It was held virtually.") (round from a983adf3)', () => {
  const kinds = (t: string) => analyze(t).meetings.map((m) => m.kind);
  it('"spoke with ... in a video meeting", "holding talks via an encrypted video channel", "during a video conferencing call"', () => {
    assert.deepStrictEqual(kinds("China's President Xii Jinpingg spoke with German Chancellor Angelaa Merkell in a video meeting on Wednesday."), ['video call']);
    assert.deepStrictEqual(kinds('Russian President Vladimirr Putinn and Chinese President Xii Jinpingg are holding talks via an encrypted video channel on Friday.'), ['video call']);
    assert.deepStrictEqual(kinds("Emirati Minister of State for Defence Affairs Mohammedd Al Bowardii and Brazil's Minister of Defence Walterr Braga Nettoo today discussed bilateral relations during a video conferencing call."), ['video call']);
  });
  it('"Vice Foreign Minister X held video consultation with First Deputy Foreign Minister Y of Turkey"', () => {
    assert.deepStrictEqual(kinds('On July 16, 2020, Vice Foreign Minister Lee Yuchengg held video consultation with First Deputy Foreign Minister Sedatt Onall of Turkey.'), ['video call']);
  });
  it('"... held their first political consultation. It was held virtually.": the next sentence says how', () => {
    const t = 'The Ministry of Foreign Affairs of Ethiopia on Wednesday disclosed that China and Ethiopia held their first political consultation. It was held virtually.\n\nRedwann Hussienn, State Minister of Foreign Affairs of Ethiopia and Dengg Lii, Assistant Foreign Minister of China, led the consultative meeting.';
    assert.deepStrictEqual(kinds(t), ['video call']);
  });
  it('a next sentence telling something else held online leaves the talks as they were', () => {
    const t = 'Foreign Minister Annaa Berghh held talks with her Danish counterpart Larss Holmm in Oslo on Monday. A concert was later held online.';
    assert.deepStrictEqual(kinds(t), ['talks']);
  });
});
describe('Genre coverage: a title closed by the city and the day ("X\'s opening remarks during a meeting with Y, St Petersburg, June 6, 2019") (round from a983adf3)', () => {
  const title = "Foreign Minister Sergeyy Lavrovv's opening remarks during a meeting with Vice President of Paraguay Hugoo Velazquezz, St Petersburg, June 6, 2019\n\n";
  it('the city before the closing date is the meeting\'s place', () => {
    assert.deepStrictEqual(meetingsAt(title + 'I am delighted to see you, Mr Vice President.'), ['talks [Lavrovv+Velazquezz] St Petersburg']);
  });
  it('a lead telling, in another month, a meeting of none of the title\'s parties leaves the title\'s as the headline', () => {
    const t = title + 'I am delighted to see you. My colleague Luiss Castiglionii visited our country in March 2018, and in September we had a meeting in New York.';
    const h = analyze(t).meetings.find((m) => m.headline);
    assert.deepStrictEqual(h && h.participants.map((p) => p.name), ['Sergeyy Lavrovv', 'Hugoo Velazquezz']);
    assert.strictEqual(h && h.place, 'St Petersburg');
  });
  it('a lead of the same month telling the title\'s meeting stays the headline', () => {
    const t = 'Minister meets envoy, Hanoi, March 4, 2021\n\nOn March 4, 2021, Deputy Minister Nguyenn Quocc Dungg received Ambassador Kimm Doo-hyunn in Hanoi.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Dungg+Doo-hyunn] Hanoi']);
  });
});
describe('Genre coverage: a lead naming the countries whose ministers or officials met, unnamed ("Foreign ministers from A, B and C held a trilateral meeting") (round from a983adf3)', () => {
  it('the ministers named in the next two sentences, one first and the others after, are the meeting\'s parties', () => {
    const t = 'Foreign ministers from Greece, Cyprus and Egypt held a trilateral meeting on the sidelines of the UN General Assembly in New York on Tuesday.\n\nGreek Foreign Minister Nikoss Kotziass said that the issues discussed included energy. During the event, Kotziass extended an invitation to both Egyptian Foreign Minister Samehh Shukrii and Cypriot Foreign Minister Ioanniss Kasoulidess to visit Athens.';
    assert.deepStrictEqual(meetingsAt(t), ['multilateral [Kotziass+Shukrii+Kasoulidess] New York']);
  });
  it('"Officials from the US, Japan, and South Korea on Friday met in Tokyo", then "Attending the meeting were A, B, and C"', () => {
    const t = "ISTANBUL\nOfficials from the US, Japan, and South Korea on Friday met in Tokyo, reaffirming their trilateral cooperation.\nAttending the meeting were Japan's Vice Foreign Minister Funakoshii Takehiroo, US Deputy Secretary of State Christopherr Landauu, and South Korea's Vice Foreign Minister Parkk Yoonjooo, said a joint statement.";
    assert.deepStrictEqual(meetingsAt(t), ['multilateral [Takehiroo+Landauu+Yoonjooo] Tokyo']);
  });
  it('"On the fifth anniversary of the Lublin Triangle format, the Foreign Ministers of Lithuania, Poland, and Ukraine met in Lublin"', () => {
    const t = 'On the fifth anniversary of the Lublin Triangle format, the Foreign Ministers of Lithuania, Poland, and Ukraine met in Lublin and issued a joint statement.\n\nThe joint declaration, signed by Lithuanian Foreign Minister Kestutiss Budryss, Polish Foreign Minister Radoslaww Sikorskii, and Ukrainian Foreign Minister Andriyy Sybihaa, underscored the partnership.';
    assert.deepStrictEqual(meetingsAt(t), ['multilateral [Budryss+Sikorskii+Sybihaa] Lublin']);
  });
  it('however many, those who "have held phone talks" had a phone call', () => {
    const t = 'The top diplomats from Japan, the United States, Australia, and India have held phone talks on a free and open Indo-Pacific.\n\nJapanese Foreign Minister Motegii Toshimitsuu, US Secretary of State Antonyy Blinkenn, Australian Foreign Minister Marisee Paynee, and Indian External Affairs Minister Subrahmanyamm Jaishankarr participated in the call.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.participants.length}`), ['phone call 4']);
  });
});
describe('Genre coverage: a welcome "for a significant diplomatic meeting" is a reception (round from a983adf3)', () => {
  it('"welcomed X at his office in Riyadh for a significant diplomatic meeting": host and guest', () => {
    const t = 'RIYADH — Minister of Defense Prince Khalidd bin Salmann welcomed Sebastienn Lecornuu, Minister of the French Armed Forces, at his office in Riyadh for a significant diplomatic meeting.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => `${m.kind} ${m.participants.map((p) => p.role).join('+')}`), ['reception host+guest']);
  });
  it('"welcomed his French counterpart in Canberra for a series of meetings": talks, as before', () => {
    const t = 'Chief of the Royal Australian Navy Vice Admiral Timm Barrettt, welcomed his French counterpart, Admiral Bernardd Rogell, in Canberra last week for a series of meetings aimed at strengthening the relationship.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.kind), ['talks']);
  });
});
describe('Genre coverage: a monarch named by the father\'s name of a son told beside him ("King Salman and Crown Prince Mohammed bin Salman") (round from a983adf3)', () => {
  it('"King Salman" is not Mohammed bin Salman, nor "King Abdullah" Hussein bin Abdullah', () => {
    const t = 'Al-Asheikh pointed out the efforts of King Salmaan and Crown Prince Mohammedd bin Salmaan in promoting services to Islam.';
    assert.deepStrictEqual(who(t).filter((w) => /Salmaan/.test(w)).sort(), ['Mohammedd bin Salmaan: Crown Prince (-)', 'Salmaan: King (-)']);
    const u = 'The meeting included Crown Prince Husseinn bin Abdullahh and the Chief of Staff. King Abdullahh thanked the guests.';
    assert.ok(who(u).includes('Abdullahh: King (-)'), who(u).join('; '));
  });
  it('an office that is no monarch\'s still names the one of the long name: "Foreign Secretary Masudd Bin Momenn", then "Secretary Momenn"', () => {
    const t = 'Foreign Secretary Masudd Bin Momenn received the Ambassador of Bhutan in Dhaka. Secretary Momenn thanked him.';
    assert.strictEqual(who(t).filter((w) => /Momenn/.test(w)).length, 1, who(t).join('; '));
  });
});
describe('Genre coverage: offices told once for several ("the trade ministers of Japan, India and Australia"; "his Brazilian counterpart" of an External Affairs Minister) (round from a983adf3)', () => {
  it('"The Foreign Ministers of Cyprus, Egypt and Greece met ... A of Cyprus, B of Egypt and C of Greece": each a Foreign Minister', () => {
    const t = 'The Foreign Ministers of Cyprus, Egypt and Greece met in New York Tuesday.\n\nConstantinoss Komboss of Cyprus, Badrr Abdelattyy of Egypt and Georgee Gerapetritiss of Greece discussed the next summit.';
    assert.deepStrictEqual(who(t), ['Constantinoss Komboss: Foreign Minister (Cyprus)', 'Badrr Abdelattyy: Foreign Minister (Egypt)', 'Georgee Gerapetritiss: Foreign Minister (Greece)']);
  });
  it('"The trade ministers of Japan, India and Australia agreed ... Japan\'s A, India\'s B and Australia\'s C attended"', () => {
    const t = "The trade ministers of Japan, India and Australia agreed Tuesday to work toward supply chain resilience.\nJapan's Hiroshii Kajiyamaa, India's Piyushh Goyall and Australia's Simonn Birminghamm attended the video conference Tuesday afternoon.";
    assert.ok(who(t).includes("Piyushh Goyall: trade minister (India)"), who(t).join('; '));
  });
  it('not those named after another plural office: "the heads of Russian and Ukrainian presidential administrations – A and B"', () => {
    const t = 'The foreign ministers of Russia, Germany, France, and Ukraine are planning to meet.\n\nThe heads of Russian and Ukrainian presidential administrations – Sergeii Ivanovv of Russia and Boriss Lozhkinn of Ukraine – met in Sochi on Friday.';
    assert.ok(!who(t).some((w) => /foreign minister/i.test(w)), who(t).join('; '));
  });
  it('an External Affairs Minister\'s counterparts are foreign ministers', () => {
    const t = "External Affairs Minister Dr. S. Jaishankarr attended a productive IBSA Foreign Ministers' meeting, alongside his Brazilian counterpart Mauroo Vieiraa and South African counterpart Ronaldd Lamolaa yesterday.";
    assert.ok(who(t).includes('Mauroo Vieiraa: Foreign Minister (Brazil)'), who(t).join('; '));
  });
});
describe('Genre coverage: "Minister of Foreign Affairs Participates in the Meeting": a title-case headline\'s verb is no name (round from a983adf3)', () => {
  it('no person "Participates"', () => {
    const t = 'Minister of Foreign Affairs Participates in the Meeting of Foreign Ministers of Arab Contact Group on Ukraine Crisis\nMinister of Foreign Affairs, Mr Fuadd Husseinn, has participated in the meeting.';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Fuadd Husseinn']);
  });
});
describe('Genre coverage: "during a meeting between the respective foreign ministers": a meeting of those named next (round from a983adf3)', () => {
  it('the two named in the next sentence are its parties, the host of the place\'s country', () => {
    const t = 'Greece and Cyprus criticized Turkey’s “revisionist policy” in its relations with the two countries during a meeting between the respective foreign ministers in Athens on Monday.\n\nForeign Minister Nikoss Dendiass said Greece will continue to support Cyprus in its effort to avert new faits accomplis in joint statements to the press with Cypriot counterpart, Ioanniss Kasoulidess.\n\nThe two ministers also discussed developments in the wider region.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Dendiass+Kasoulidess] Athens']);
    assert.ok(who(t).includes('Nikoss Dendiass: Foreign Minister (Greece)'), who(t).join('; '));
  });
});
describe('Genre coverage: a day told with its weekday ("on Friday, November 26") in a text naming a year elsewhere: the year in which it falls so (round from a983adf3)', () => {
  const iso = (t: string) => analyze(t).meetings.map((m) => m.isoDate);
  it('"held trilateral talks ... in Sochi on Friday, November 26", the text naming 2021 in another full day: 2021-11-26', () => {
    const t = "Russian President Vladimirr Putinn held trilateral talks with Azerbaijan's President Ilhamm Aliyevv and Armenia's Prime Minister Nikoll Pashinyann in Sochi on Friday, November 26.\n\nThe border fighting was discussed.\n\nPutinn last held talks with Aliyevv and Pashinyann in Moscow on January 11, 2021.";
    assert.deepStrictEqual(iso(t), ['2021-11-26', '2021-01-11']);
  });
  it('a weekday that fits none of the years near the one named leaves the day without its year', () => {
    const t = "Russian President Vladimirr Putinn held talks with Azerbaijan's President Ilhamm Aliyevv in Sochi on Wednesday, November 26.\n\nThe border fighting of 2019 and 2021 was discussed.";
    assert.deepStrictEqual(iso(t), [null]);
  });
});
describe('Genre coverage: a side\'s members told as "The Vice President\'s delegation to the Department of State included", "The U.S. side at the day\'s meeting included" (round from a983adf3)', () => {
  it('each attends the meeting on the side of the office\'s holder or of the nation named', () => {
    const t = "Ghana's Vice President Mahamuduu Bawumiaa held talks with US Secretary of State Antonyy Blinkenn in Washington on Monday.\nThe Vice President's delegation to the Department of State included Spokesperson to the VP Dr. Gideonn Boakoo, and Head of Diplomacy Mr. Abiell Armahh.\nThe U.S. side at the day's meeting included Michaell Gonzaless, Deputy Assistant Secretary.";
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m && m.participants.map((p) => `${p.name.split(' ').pop()}:${p.side}`), ['Bawumiaa:Ghana', 'Blinkenn:United States', 'Boakoo:Ghana', 'Armahh:Ghana', 'Gonzaless:United States']);
  });
});
describe('Genre coverage: "the Cuban ambassador to this country, X"; "the hospitality received during his mission" is no reception (round from a983adf3)', () => {
  const t = 'Nur-Sultan, Kazakhstan.- The Deputy Prime Minister and Foreign Minister of Kazakhstan, Mukhtarr Tleuberdii, and the Cuban ambassador to this country, Emilioo Pevidaa, reviewed the current state and prospects of bilateral relations.\n\nDuring the meeting at the Ministry of Foreign Affairs in Nur-Sultan, the parties discussed cooperation.\n\nPevidaa highlighted the hospitality received during his diplomatic mission in the country.';
  it('the envoy posted "to this country" is found, of his nation, his office without the posting that names no state', () => {
    assert.ok(who(t).includes('Emilioo Pevidaa: ambassador (Cuba)'), who(t).join('; '));
  });
  it('the talks of the two stay talks', () => {
    assert.deepStrictEqual(meetingsAt(t), ['talks [Tleuberdii+Pevidaa] Nur-Sultan']);
  });
});
describe('Genre coverage: "Minister of Finance and Public Credit" whole (round from a983adf3)', () => {
  it('"Credit" closes a portfolio', () => {
    const t = 'He met Minister of Finance and Public Credit Rogelioo Ramirezz in Mexico City.';
    assert.ok(who(t).includes('Rogelioo Ramirezz: Minister of Finance and Public Credit (Mexico)'), who(t).join('; '));
  });
});
describe('Genre coverage: a speaker\'s counterpart is the speaker of his own parliament (round from a983adf3)', () => {
  it('"The Speaker of the Turkish Parliament, X, held talks with his Egyptian counterpart, Y": Y, Speaker of the Parliament', () => {
    const t = 'The Speaker of the Turkish Parliament, Numann Kurtulmuss, held talks with his Egyptian counterpart, Hanafyy El Gebalyy, on bilateral relations.';
    assert.ok(who(t).includes('Hanafyy El Gebalyy: Speaker of the Parliament (Egypt)'), who(t).join('; '));
  });
  it('not an army\'s head: "The head of the Greek Armed Forces, General X, met with his American counterpart, General Y"', () => {
    const t = 'The head of the Greek Armed Forces, General Konstantinoss Floross, met with his American counterpart, General Jamess McConvillee in Washington on Monday.';
    assert.ok(!who(t).some((w) => w.startsWith('Jamess McConvillee: head')), who(t).join('; '));
  });
});
describe('Genre coverage: "Chief of General Staff, Russian Federation, General X": the holder\'s country between commas (round from a983adf3)', () => {
  it('the office without the country, the country his', () => {
    const t = "The chairman JCSC also had bilateral engagements with Chief of General Staff, Russian Federation, General Valeryy V. Gerasimovv and China's Chief of Joint Staff General Lii Zuochengg.";
    assert.ok(who(t).includes('Valeryy V. Gerasimovv: Chief of General Staff (Russia)'), who(t).join('; '));
  });
});
describe('Genre coverage: "A and his Uzbek counterpart B have signed": what the two did together, in the perfect (round from a983adf3)', () => {
  it('their meeting, where they signed', () => {
    const t = 'Tajik President Emomalii Rahmonn and his Uzbek counterpart Shavkatt Mirziyoyevv have signed a Strategic Partnership Agreement in Tashkent city, the Tajik news agency reported.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Rahmonn+Mirziyoyevv] Tashkent']);
  });
});
describe('Genre coverage: a ruler\'s name closed by his numeral, beside a meeting verb in the perfect (round from 6962eb1e)', () => {
  it('"Ronald Muwenda Mutebi II has today held talks with President X": the ruler is found and takes part', () => {
    const t = 'Nairobi, Kenya | Ronaldd Muwendaa Mutebii II has today held talks with President Uhuruu Kenyattaa at State House, Nairobi.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [II+Kenyattaa] Nairobi']);
  });
  it('"U.S. Ambassador X has met with Ya-Na Abukari II, Overlord of Dagbon": the chief is the other party', () => {
    const t = 'U.S. Ambassador to Ghana, Virginiaa Palmerr, has met with Ya-Na Abukarii II, Overlord of Dagbon, to discuss human rights.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Palmerr+II] Ghana']);
  });
  it('a numeral after an office stays the office\'s: "Foreign Minister II Dato X"', () => {
    const t = 'Foreign Minister II Dato Erywann Yusoff met Ambassador Johnn Smithh in Bandar Seri Begawan.';
    assert.ok(!analyze(t).persons.some((p) => /^II\b/.test(p.name)), who(t).join('; '));
  });
  it('"John X has held talks with Y": the perfect\'s auxiliary between the name and the verb', () => {
    const t = 'Johnn Smithh has held talks with President Uhuruu Kenyattaa.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Smithh+Kenyattaa]']);
  });
});
describe('Genre coverage: "Princess" styles a royal as "Prince" does; "Ya-Na", "Kabaka" are rulers\' titles (round from 6962eb1e)', () => {
  it('"Ya-Na Abukari II": the title, then the ruler\'s name', () => {
    assert.ok(who('Ambassador Virginiaa Palmerr met with Ya-Na Abukarii II in Tamale.').includes('Abukarii II: Ya-Na (-)'));
  });
  it('"The Asantehene received Princess Anne": the princess is the guest', () => {
    const t = 'Otumfuoo Oseii Tutuu II received Princess Annee at Manhyia Palace in Kumasi on Monday.';
    assert.deepStrictEqual(headlineRoles(t), 'reception [II:host+Annee:guest]');
  });
});
describe('Genre coverage: two leaders laying wreaths together at a memorial: a visit, hosted by whoever serves the country it is in (round from 6962eb1e)', () => {
  it('"A and Polish President B laid wreaths together at a monument in Warsaw": B hosts, A visits', () => {
    const t = 'German President Frankk-Walterr Steinmeierr and Polish President Andrzejj Dudaa laid wreaths together at a monument in Warsaw.';
    assert.deepStrictEqual(headlineRoles(t), 'visit [Steinmeierr:guest+Dudaa:host]');
  });
  it('"have laid wreaths aboard the memorial": a visit of the two', () => {
    const t = 'PEARL HARBOR, Hawaii (AP) - President Barackk Obamaa and Japanese Prime Minister Shinzoo Abee have laid wreaths aboard the USS Arizona Memorial to honor Americans who died in the attacks.';
    assert.deepStrictEqual(analyze(t).meetings.map((m) => m.kind), ['visit']);
  });
  it('one leader laying a wreath alone reports no meeting', () => {
    const t = 'Russian President Vladimirr Putinn laid a wreath at the Tomb of the Unknown Soldier at the Kremlin Wall.';
    assert.deepStrictEqual(analyze(t).meetings.length, 0);
  });
});
describe('Genre coverage: the head of a province\'s government in lower case, "the president of the Puntland state of Somalia X" (round from 6962eb1e)', () => {
  it('the holder is found, of the country the province is part of', () => {
    const t = "MOGADISHU [SMN] – The president of the Puntland state of Somalia Saidd Abdullahii Denii held a meeting with UK's ambassador Katee Fosterr in Mogadishu on Wednesday.";
    assert.ok(who(t).includes('Saidd Abdullahii Denii: president of the Puntland state of Somalia (Somalia)'), who(t).join('; '));
    assert.deepStrictEqual(meetingsAt(t), ['talks [Denii+Fosterr] Mogadishu']);
  });
  it('"the president of Tatarstan X" too; "the president of the Senate X" is left to what reads it already', () => {
    assert.ok(who('The president of Tatarstan Rustamm Minnikhanovv met the Turkish consul.').includes('Rustamm Minnikhanovv: president of Tatarstan (Russia)'));
  });
});
describe('Genre coverage: a province\'s possessive before an office, "Scotland\'s First Minister X" (round from 6962eb1e)', () => {
  it('the holder serves the country the province is part of', () => {
    const t = "Scotland's First Minister Nicolaa Sturgeonn met Foreign Minister Charliee Flanagann in Dublin.";
    assert.ok(who(t).includes('Nicolaa Sturgeonn: First Minister (United Kingdom)'), who(t).join('; '));
  });
  it('"Northern Ireland\'s First Minister": the province of two words, not the country inside it', () => {
    const t = "Northern Ireland's First Minister Arlenee Fosterr met Foreign Minister Charliee Flanagann in Dublin.";
    assert.ok(who(t).includes('Arlenee Fosterr: First Minister (United Kingdom)'), who(t).join('; '));
  });
  it('a country\'s possessive still gives the country', () => {
    assert.ok(who("Kenya's Foreign Minister Raychellee Omamoo met Charliee Flanagann.").includes('Raychellee Omamoo: Foreign Minister (Kenya)'));
  });
});
describe('Genre coverage: "Speaking after her meeting with X, she said" (round from 6962eb1e)', () => {
  it('the one who spoke, named before, held the meeting', () => {
    const t = "Scotland's First Minister Nicolaa Sturgeonn says all options should be on the table.\n\nSpeaking after her meeting with Minister for Foreign Affairs Charliee Flanagann, she said it was her job to soften Brexit.";
    assert.deepStrictEqual(meetingsAt(t), ['talks [Sturgeonn+Flanagann]']);
  });
});
describe('Genre coverage: "a colorful durbar he held to welcome visiting X": an occasion held to welcome a guest (round from 6962eb1e)', () => {
  it('the ruler who held it receives the guest', () => {
    const t = 'Kumasi, April 06, GNA – The Asantehene, Otumfuoo Oseii Tutuu II, said this at a colorful durbar he held to welcome visiting Princess Annee to his Manhyia Palace in Kumasi.';
    assert.deepStrictEqual(headlineRoles(t), 'reception [II:host+Annee:guest]');
  });
  it('"plans to welcome" stays a plan', () => {
    const t = 'The Asantehene, Otumfuoo Oseii Tutuu II, plans to welcome visiting Princess Annee to his Manhyia Palace in Kumasi.';
    assert.deepStrictEqual(analyze(t).meetings.length, 0);
  });
});
describe('Genre coverage: a province before the head of its government, "Tatarstan President X", "Puntland State President Y" (round from 6962eb1e)', () => {
  it('the province is part of the office, its country the holder\'s', () => {
    assert.ok(who('Tatarstan President Rustamm Minnikhanovv met Turkish Foreign Minister Volkann Bozkirr.').includes('Rustamm Minnikhanovv: Tatarstan President (Russia)'));
    assert.ok(who('Puntland State President Saidd Abdullahii Denii received the UN envoy Jamess Swann.').includes('Saidd Abdullahii Denii: Puntland State President (Somalia)'));
  });
  it('a country before "President" stays the nationality: "Kenyan President X"', () => {
    assert.ok(who('Kenyan President Uhuruu Kenyattaa met Saidd Denii.').includes('Uhuruu Kenyattaa: President (Kenya)'));
  });
});
describe('Genre coverage: "Finance Minister AHM Mustafa Kamal": initials in capitals after a minister open the name (round from 6962eb1e)', () => {
  it('no body\'s short form is read into the office', () => {
    assert.ok(who('Finance Minister AHM Mustafaa Kamall met the IMF mission chief in Dhaka.').includes('AHM Mustafaa Kamall: Finance Minister (Bangladesh)'), who('Finance Minister AHM Mustafaa Kamall met the IMF mission chief in Dhaka.').join('; '));
  });
  it('after another office a body\'s short form still is: "the Director General NEMA Mustapha X"', () => {
    assert.ok(who('The Director General NEMA Mustaphaa Ahmedd received the delegation.').some((w) => w.startsWith('Mustaphaa Ahmedd: Director General NEMA')), who('The Director General NEMA Mustaphaa Ahmedd received the delegation.').join('; '));
  });
});
describe('Genre coverage: "The memorandum was signed between South Korea\'s Navy chief, Adm. X, and his visiting Peruvian counterpart Y" (round from 6962eb1e)', () => {
  it('the two who signed met', () => {
    const t = "South Korea and Peru agreed Thursday to expand naval cooperation.\n\nThe memorandum of understanding was signed between South Korea's Navy chief, Adm. Choii Yun-heee, and his visiting Peruvian counterpart Carloss Tejadaa at the naval academy, the Navy said.";
    assert.deepStrictEqual(meetingsAt(t), ['talks [Yun-heee+Tejadaa]']);
  });
});
describe('Genre coverage: a year alone a generation before the text\'s other dates dates no meeting; "On his meeting with X, he tweeted" (round from 6962eb1e)', () => {
  const t = '2021-01-21\nChandigarh, Jan 21 (IANS) Australia\'s High Commissioner to India Barryy O\'Farrelll on Thursday called on officials here.\n\nOn his meeting with Punjab Chief Minister Amarinderr Singhh, he tweeted: "Thank you for a great discussion."\n\nThe envoy said he also enjoyed conversation about the Chief Minister\'s grandfather, who played a Test match in 1934.';
  it('the envoy held the meeting his tweet tells, and 1934 is not its date', () => {
    const m = analyze(t).meetings.find((x) => x.headline);
    assert.deepStrictEqual(m && [m.participants.map((p) => p.name.split(' ').pop()), m.isoDate !== '1934'], [["O'Farrelll", 'Singhh'], true]);
  });
  it('"Abbas also spoke with Rivlin in 2019", told in 2021: the year stays the meeting\'s', () => {
    const u = '2021-04-19\nIsraeli President Reuvenn Rivlinn spoke with Palestinian Authority President Mahmoudd Abbass on the phone on Sunday.\n\nAbbass also spoke with Rivlinn in 2019.';
    assert.ok(analyze(u).meetings.some((m) => m.isoDate === '2019'), JSON.stringify(analyze(u).meetings.map((m) => m.isoDate)));
  });
});
describe('Genre coverage: "The foreign ministers of Saudi Arabia and Iran, Prince A and B": a style before the first of the names in turn (round from 6962eb1e)', () => {
  it('each holds the office for his country in turn', () => {
    const w = who('The foreign ministers of Saudi Arabia and Iran, Prince Faisall bin Farhann Al-Saudd and Hosseinn Amirabdollahiann, met in Beijing.');
    assert.ok(w.includes('Faisall bin Farhann Al-Saudd: foreign minister (Saudi Arabia)') && w.includes('Hosseinn Amirabdollahiann: foreign minister (Iran)'), w.join('; '));
  });
});
describe('Genre coverage: "H.E. the Ambassador Extraordinary and Plenipotentiary of Ukraine to the Republic of Cyprus Mr. X" (round from 6962eb1e)', () => {
  it('the style before "the" leaves the office and its country to the holder', () => {
    const w = who('On April 13, 2010 H.E. the Ambassador Extraordinary and Plenipotentiary of Ukraine to the Republic of Cyprus Mr. Oleksandrr Demianiukk held a meeting with the Minister.');
    assert.ok(w.includes('Oleksandrr Demianiukk: Ambassador Extraordinary and Plenipotentiary of Ukraine to the Republic of Cyprus (Ukraine)'), w.join('; '));
  });
});
describe('Genre coverage: "presented his Letters of Credentials to the President ..., Mr X" in capitals (round from 6962eb1e)', () => {
  it('the envoy is received by the head of state', () => {
    const t = 'Mr Claudee Morell presented his Letters of Credentials to the President of the Republic of South Africa, Mr Cyrill Ramaphosaa, as resident High Commissioner of Seychelles, on Tuesday 12th October 2021, in Pretoria.';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Morell:guest+Ramaphosaa:host]');
  });
});
describe('Genre coverage: "talking with X, Y said"; "Head of government X"; a family name that is a portfolio\'s word (round from 6962eb1e)', () => {
  it('"Talking with US Secretary of State X late on Sunday, Foreign Minister Y said": their talks', () => {
    const t = 'Talking with US Secretary of State Johnn Kerryy late on Sunday, Japanese Foreign Minister Fumioo Kishidaa said that the alliance is a foundation of peace.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Kishidaa+Kerryy]']);
  });
  it('"Head of government X met, on Thursday in Rabat, with Y": the office in lower case after "Head of"', () => {
    assert.ok(who('Rabat - Head of government Saâdd Eddinee El Othmanii met, on Thursday in Rabat, with the visiting minister.').some((w) => w.startsWith('Saâdd Eddinee El Othmanii: Head of government')));
  });
  it('"The delegation was led by Samantha Power, the administrator of ...": "Power" closes her name', () => {
    assert.ok(who('The delegation was led by Samanthaa Power, the administrator of the United States Agency for International Development.').some((w) => w.startsWith('Samanthaa Power:')));
  });
  it('"the Minister of Water and Power, X": "Power" stays the portfolio\'s', () => {
    assert.ok(who('He met the Minister of Water and Power, Khurshidd Shahh.').some((w) => w.startsWith('Khurshidd Shahh: Minister of Water and Power')));
  });
});
describe('Genre coverage: a gloss in lower case between an office and its holder; Pakistani styles of address (round from 6962eb1e)', () => {
  it('"The Chairman of the State Great Khural (parliament) Z.Enkhbold Thursday received X": the chairman is found', () => {
    const w = who('Ulaanbaatar /MONTSAME/ The Chairman of the State Great Khural (parliament) Z.Enkhboldd Thursday received Ms Catherinee Arnoldd.');
    assert.ok(w.includes('Z.Enkhboldd: Chairman of the State Great Khural (Mongolia)'), w.join('; '));
  });
  it('"Minister for Religious Affairs and Interfaith Harmony Mufti Abdul Shakoor": the style is neither office nor name', () => {
    const w = who('Minister for Religious Affairs and Interfaith Harmony Mufti Abdull Shakoorr met the Saudi ambassador.');
    assert.ok(w.some((x) => x.startsWith('Abdull Shakoorr: Minister for Religious Affairs and Interfaith Harmony')), w.join('; '));
  });
});
describe('Genre coverage: "said X, press director for the office of the president" (round from 6962eb1e)', () => {
  it('the spokesman is found with his office', () => {
    const w = who('"The UN will play a positive role in this regard," said Hassann Haqyarr, press director for the office of the president.');
    assert.ok(w.some((x) => x.startsWith('Hassann Haqyarr: press director')), w.join('; '));
  });
});
describe('Genre coverage: a lead in capitals after a dateline\'s dash; offices joined by a hyphen; a chargé\'s marks (round from cb0d2e76)', () => {
  it('"ABUJA—PRESIDENT Muhammadu X, yesterday ...": the president is found, and hosts the audience told after', () => {
    const t = 'By Johnn Doee\n\nABUJA—PRESIDENT Muhammaduu Buharii, yesterday in Abuja commended the relations between Nigeria and Kuwait.\n\n' +
      'At an audience with the outgoing Ambassador of the State of Kuwait, Dr Abdulazizz Alsharrahh at the State House, the President said relations were important.\n';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Alsharrahh:guest+Buharii:host]');
  });
  it('"LAGOS—THE United States ...": a dateline before a word in capitals that opens no office leaves the sentence as it was', () => {
    assert.deepStrictEqual(analyze('LAGOS—NIGERIA and the United States signed an agreement.').persons, []);
  });
  it('"the US Acting-Ambassador to the Republic of Yemen X", "Deputy-Speaker of UK House of Commons, Y": the holders are found', () => {
    const w = who('Minister Ahmedd Awadd met today with the US Acting-Ambassador to the Republic of Yemen Kathyy Westlyy. He later met Deputy-Speaker of UK House of Commons, Nigell Evanss.');
    assert.ok(w.includes('Kathyy Westlyy: Acting Ambassador to the Republic of Yemen (United States)'), w.join('; '));
    assert.ok(w.includes('Nigell Evanss: Deputy Speaker of UK House of Commons (United Kingdom)'), w.join('; '));
  });
  it('"Vice-President X" keeps the office the lexicons hold whole', () => {
    assert.ok(who('Vice-President Kashimm Shettimaa met the envoy.').includes('Kashimm Shettimaa: Vice-President (-)'));
  });
  it('"The United States Charge d’ affaires, X" and "the U.S. Charge d’Affaires ad interim Y": the chargés are found', () => {
    const w = who('President Davidd Grangerr met the United States Charge d’ affaires, Bryann Huntt on Monday. He also met the U.S. Charge d’Affaires ad interim Nicholass Berlinerr.');
    assert.ok(w.some((x) => x.startsWith('Bryann Huntt: Charge d') && x.endsWith('(United States)')), w.join('; '));
    assert.ok(w.some((x) => x.startsWith('Nicholass Berlinerr: Charge d') && x.endsWith('(United States)')), w.join('; '));
  });
});
describe('Genre coverage: a nation\'s descriptor and its holder; "the country\'s" office (round from cb0d2e76)', () => {
  it('"with his Japanese counterpart B ... the Japanese leader conveyed ... with Prime Minister A": "PM B" is the Japanese leader, A is not Japanese', () => {
    const t = '2020-09-10\nPrime Minister Narendraa Modii had a telephonic conversation on Thursday with his Japanese counterpart Shinzoo Abee. ' +
      'PM Modii expressed his appreciation to all efforts extended by PM Abee.\n\nAt the outset, the Japanese leader conveyed that he would resign and expressed his gratitude for the relationship built with Prime Minister Modii.\n';
    assert.ok(!who(t).includes('Narendraa Modii: Prime Minister (Japan)'), who(t).join('; '));
  });
  it('"Our Hon PM A ji ..." paragraphs before "the Mexican leader", Mexico\'s Governor named: the PM is not made Mexican (a guard: "PM" is a leader\'s office)', () => {
    const t = 'Mumbai (Maharashtra) [India], August 9 (ANI): Maharashtra\'s Deputy Chief Minister Devendraa Fadnaviss met with the Mexican delegation on Tuesday.\n\n' +
      'The Mexican delegation was led by the Nuevo Leon\'s Governor, Samuell Garciaa and was accompanied by Minister of Economy Ivann Rivass, Mexican Consul General Adolfoo Estradaa and others.\n\n' +
      'Fadnaviss calling it the beginning of new, stronger bonds between Maharashtra and Nuevo Leon said, "Our Hon PM Narendraa Modii ji appreciates State to State relationships between different countries."\n\n' +
      'Mexico\'s Governor also tweeted about the event and endorsed the relationship between both countries.\n\n' +
      'Earlier, the Mexican leader also informed in a tweet that the group is going to expand in Nuevo Leon.\n';
    assert.ok(who(t).some((w) => w.startsWith('Narendraa Modii:') && !w.endsWith('(Mexico)')), who(t).join('; '));
  });
  it('"the Chinese president\'s", just after "President X", China\'s Li named before: the president is the Chinese one (a guard)', () => {
    const t = 'The President of Laos, Mr. Thonglounn Sisoulithh, visited Lii Xii, Secretary of the Central Commission for Discipline Inspection of the Communist Party of China on Thursday.\n\n' +
      'During the visit, the Lao president sent a heartfelt message to President Xii Jinpingg on the occasion of his 70th birthday and expressed admiration for the Chinese president’s successful governance.\n';
    assert.ok(who(t).includes('Xii Jinpingg: President (China)'), who(t).join('; '));
  });
  it('"India’s newly appointed ambassador to Bahrain, A, met with the country’s Minister of Finance B": B serves Bahrain', () => {
    const t = 'India’s newly appointed ambassador to Bahrain, Piyushh Srivastavaa, met with the country’s Minister of Finance and National Economy Shaikh Salmann bin Khalifaa Al Khalifaa on Sunday, October 4.';
    assert.ok(who(t).some((w) => w.startsWith('Salmann bin Khalifaa Al Khalifaa:') && w.endsWith('(Bahrain)')), who(t).join('; '));
  });
  it('"South Africa is committed to its relations with Zimbabwe, the country’s Minister X has said": still South Africa\'s', () => {
    const t = 'South Africa is committed to strengthen its bilateral relations with Zimbabwe, the country’s Minister of International Relations Naledii Pandorr has said.';
    assert.ok(who(t).some((w) => w.startsWith('Naledii Pandorr:') && w.endsWith('(South Africa)')), who(t).join('; '));
  });
});
describe('Genre coverage: talks told again as a courtesy call (round from cb0d2e76)', () => {
  it('"A met with B ... B called on A": one meeting, a reception with its host and guest', () => {
    const t = 'India’s ambassador to Bahrain, Piyushh Srivastavaa, met with Bahrain’s Minister of Finance Salmann Al Khalifaa on Sunday.\n\n' +
      'According to the embassy, Ambassador Piyushh Srivastavaa called on Minister Salmann Al Khalifaa and discussed the development of relations.\n';
    assert.deepStrictEqual(meetingsAt(t).length, 1, meetingsAt(t).join('; '));
    assert.deepStrictEqual(headlineRoles(t), 'reception [Srivastavaa:guest+Khalifaa:host]');
  });
  it('"While paying a courtesy call on Gen Y today, Mr X, Ambassador of France to Thailand, expressed": X is the guest', () => {
    const t = 'Thai foreign minister meets French envoy\n\nWhile paying a courtesy call on Gen Tanasakk Patimapragornn today, Mr Thierryy Viteauu, Ambassador of France to the Kingdom of Thailand, expressed determination to maintain the relationship.\n';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Viteauu:guest+Patimapragornn:host]');
  });
  it('"After meeting the US Trade Representative, Katherine X, Y said": the name set off after an office is still the one met', () => {
    const t = 'After meeting the US Trade Representative, Katherinee Taii, Indian Minister Piyushh Goyall said the talks were productive.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Goyall+Taii]']);
  });
});
describe('Genre coverage: a country\'s possessive before a descriptor; a candidacy backed is no party (round from cb0d2e76)', () => {
  it('"A met with India\'s top envoy to Seoul ... In the talks with Ambassador B": B serves India', () => {
    const t = '2020-10-12\nFirst Vice Foreign Minister Choii Jongg-kun met with India\'s top envoy to Seoul on Monday for talks, the foreign ministry said.\n\n' +
      'In the talks with Ambassador Sripriyaa Ranganathann, the two sides agreed to continue efforts to deepen cooperation.\n';
    assert.ok(who(t).includes('Sripriyaa Ranganathann: Ambassador (India)'), who(t).join('; '));
  });
  it('"President A began his meeting with Portugal\'s president B": an office before its holder, not a descriptor of A', () => {
    const t = 'WASHINGTON – President Donaldd Trumpp began his meeting with Portugal\'s president Marceloo Rebeloo de Sousaa explaining the significance of the retirement.\n';
    assert.ok(!who(t).some((w) => w.startsWith('Donaldd Trumpp:') && w.endsWith('(Portugal)')), who(t).join('; '));
  });
  it('"In Monday\'s talks, A also asked India to support Trade Minister C\'s bid": C takes no part in the talks', () => {
    const t = '2020-10-12\nFirst Vice Foreign Minister Choii Jongg-kun met with Ambassador Sripriyaa Ranganathann on Monday for talks.\n\n' +
      'In Monday\'s talks, Choii also asked India to support South Korean Trade Minister Yooo Myungg-hee\'s bid for the director generalship of the World Trade Organization.\n';
    assert.ok(!meetingsAt(t).some((m) => m.includes('Myungg-hee')), meetingsAt(t).join('; '));
  });
});
describe('Genre coverage: "IT", "Private" and "Municipality" in a portfolio (round from cb0d2e76)', () => {
  it('"Minister for IT and Telecommunication Syed Amin-Ul-Haque": the minister is found with his portfolio', () => {
    assert.ok(who('Minister for IT and Telecommunication Syedd Aminn-Ul-Haquee on Wednesday met the ambassador.').includes('Syedd Aminn-Ul-Haquee: Minister for IT and Telecommunication (-)'));
  });
  it('"Salman F Rahman, the Private Industry and Investment Adviser": the adviser is found', () => {
    assert.ok(who('She met Salmann F Rahmann, the Private Industry and Investment Adviser, on Monday.').includes('Salmann F Rahmann: Private Industry and Investment Adviser (-)'));
  });
  it('"HE Minister of Municipality X met with HE Minister of Housing Y": both ministers are found', () => {
    const w = who('HE Minister of Municipality Abdullahh bin Hamadd Al Attiyahh met with HE Minister of Housing Khalfann Al Shuailii.');
    assert.ok(w.some((x) => x.startsWith('Abdullahh bin Hamadd Al Attiyahh: Minister of Municipality')), w.join('; '));
  });
  it('"Private John X" keeps his rank (a guard)', () => {
    assert.deepStrictEqual(analyze('Private Johnn Smithh met the general.').persons.map((p) => `${p.name}: ${p.rank}`), ['Johnn Smithh: Private']);
  });
});
describe('Genre coverage: "..., Minister X said as she met with Y" after a plan told first (round from cb0d2e76)', () => {
  it('"Belarus plans to sign an agreement with Cuba, Information Minister X said as she met with Ambassador Y": their talks', () => {
    const t = 'Belarus plans to sign an agreement on media cooperation with Cuba, Information Minister of Belarus Liliaa Ananichh said as she met with Ambassador of Cuba to Belarus Gerardoo Suarezz.';
    assert.deepStrictEqual(meetingsAt(t), ['talks [Ananichh+Suarezz] Belarus']);
  });
  it('"X plans to meet Y next week, the ministry said": still no meeting held (a guard)', () => {
    assert.deepStrictEqual(analyze('Minister Liliaa Ananichh plans to meet Ambassador Gerardoo Suarezz next week, the ministry said.').meetings.filter((m) => !m.announced).length, 0);
  });
});
describe('Genre coverage: a Mongolian initial of two letters before a sentence\'s stop (round from cb0d2e76)', () => {
  it('"... to President Kh.Battulga." and "President Kh.Battulga agreed": one person, the stop no part of his name', () => {
    const t = 'Ambassador of France to Mongolia Elisabethh Barsacqq handed over a letter to President Kh.Battulgaa.\n\nThe Ambassador called on the Mongolian President today.\n\nPresident Kh.Battulgaa agreed with the Ambassador.\n';
    assert.deepStrictEqual(analyze(t).persons.map((p) => p.name), ['Elisabethh Barsacqq', 'Kh.Battulgaa']);
  });
});
describe('Genre coverage: a nation\'s leader is no deputy (round from cb0d2e76)', () => {
  it('"led by King X ... The Vice-President, Y ... the Moroccan leader": Y is not made Moroccan', () => {
    const t = 'A high-powered delegation from the Kingdom of Morocco, led by King Mohammedd VI, arrived in Accra yesterday for a three-day working visit.\n\n' +
      'The King was received at the airport by Vice President Mahamuduu Bawumiaa.\n\n' +
      'At the airport, a group of local artistes performed a dance drama to the admiration of the Moroccan leader.\n';
    assert.ok(!who(t).some((w) => w.startsWith('Mahamuduu Bawumiaa:') && w.endsWith('(Morocco)')), who(t).join('; '));
  });
});
describe('Genre coverage: a further meeting the text does not date is of the release\'s month (round from cb0d2e76)', () => {
  const dates = (t: string) => analyze(t).meetings.map((m) => `${m.kind} ${m.isoDate}`);
  it('"President C also received Ambassador D", in a page of 16 September: September', () => {
    const t = '2022-09-16\nMANILA — Foreign Secretary Enriquee Manaloo held talks with Secretary of State Antonyy Blinkenn on Thursday.\n\n' +
      'President Ferdinandd Marcoss Jr. also received Japanese Ambassador Kazuhikoo Koshikawaa at Malacanang, the palace said.\n';
    assert.deepStrictEqual(dates(t), ['talks 2022-09-15', 'reception 2022-09']);
  });
  it('one told as earlier ("Blinken had met President C at the White House") stays undated (a guard)', () => {
    const t = '2022-09-16\nMANILA — Foreign Secretary Enriquee Manaloo held talks with Secretary of State Antonyy Blinkenn on Thursday.\n\n' +
      'Blinkenn had met President Ferdinandd Marcoss Jr. at the White House, the department said.\n';
    assert.deepStrictEqual(dates(t), ['talks 2022-09-15', 'talks null']);
  });
});
describe('Genre coverage: local offices of a province in lower case or of a country; envoys "of X to Y" in lower case; initials and family names that are words (round from 65bd1361)', () => {
  it('"met with governor of Osaka prefecture Ichiro X": a local office and its kind of place in lower case introduce the holder, of Japan', () => {
    const w = who('Ambassador of Kazakhstan Yerlann Baudarbekk met with governor of Osaka prefecture Ichiroo Matsuii in Osaka.');
    assert.ok(w.includes('Ichiroo Matsuii: governor of Osaka prefecture (Japan)'), w.join('; '));
  });
  it('"the Governor of Kirsehir Province of the Republic of Türkiye Murat X": the province\'s country is the governor\'s, and he takes part', () => {
    const t = '2025-02-07\nOn February 7, 2025, Ambassador of Turkmenistan to Türkiye M.Ishankuliyevv met with the Governor of Kirsehir Province of the Republic of Türkiye Muratt Sefuu Demirurekk.\n';
    assert.ok(who(t).some((x) => x.startsWith('Muratt Sefuu Demirurekk: Governor of Kirsehir Province') && x.endsWith('(Turkey)')), who(t).join('; '));
    assert.deepStrictEqual(meetingsAt(t)[0].split(' [')[1].split(']')[0].split('+').sort(), ['Demirurekk', 'M.Ishankuliyevv']);
  });
  it('"Foreign Minister of the People\'s Republic of China Wang X", "Minister ... of the Independent State of Papua New Guinea": a state\'s own style is no province (a guard)', () => {
    assert.ok(who('They met with Foreign Minister of the People\'s Republic of China Wangg Yii.').includes('Wangg Yii: Foreign Minister (China)'));
    const w = who('Foreign Minister Taroo Konoo met Rimbinkk Patoo, Minister for Foreign Affairs and Trade of the Independent State of Papua New Guinea (PNG) on the margins of the meeting.');
    assert.ok(w.includes('Rimbinkk Patoo: Minister for Foreign Affairs and Trade (Papua New Guinea)'), w.join('; '));
  });
  it('"X, governor of the U.S. state of Indiana,": a country and its kind of province are no province (a guard)', () => {
    assert.ok(who('Ericc Holcombb, governor of the U.S. state of Indiana, arrived in Taipei on Sunday.').includes('Ericc Holcombb: governor (United States)'));
  });
  it('"The non-resident ambassador of Belgium to Bangladesh Pierre X called on Foreign Minister Y": the envoy, where he is posted in lower case, is found and calls on the minister', () => {
    const t = 'Belgium lauds ties\n\nThe non-resident ambassador of Belgium to Bangladesh Pierree Vaesenn on Tuesday called on Foreign Minister A H Mahmudd Alii at the latter’s office here.\n';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Vaesenn:guest+Alii:host]');
  });
  it('"the High Commissioner to Pakistan, M X, called on the Federal Minister ..., Syed Y Imam Thursday": a bare initial set off by commas, and a family name that is a cleric\'s title', () => {
    const t = 'South Africa HC calls on Imam\n\nThe South African High Commissioner to Pakistan, M Madikizaa, called on the Federal Minister for National Food Security and Research, Syed Fakharr Imam Thursday.\n';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Madikizaa:guest+Imam:host]');
    assert.ok(who(t).includes('Syed Fakharr Imam: Federal Minister for National Food Security and Research (Pakistan)'), who(t).join('; '));
  });
  it('"..., A Pakistani delegation ...", "Grand Imam X": an article after a comma and a cleric\'s title before a name stay what they are (a guard)', () => {
    assert.ok(!who('The minister arrived, A Pakistani delegation met him.').some((x) => x.startsWith('A ')));
    assert.ok(who('Al Azhar Grand Imam Ahmedd Tayebb met the envoy.').some((x) => x.startsWith('Ahmedd Tayebb: Grand Imam')));
  });
});
describe('Genre coverage: credentials presented on a weekday; a participle\'s object before the subject\'s office (round from 65bd1361)', () => {
  it('"presented his letters of Credence, on Wednesday, to the President ..., HE, X": a reception, the envoy the guest', () => {
    const t = 'Nigerian envoy presents credentials\n\nAmbassador Ismaill Yusuff presented his letters of Credence, on Wednesday, to the President of the Republic of Turkey, HE, Recepp Erdogann, at the Presidential Palace in Ankara.\n';
    assert.deepStrictEqual(headlineRoles(t), 'reception [Yusuff:guest+Erdogann:host]');
  });
  it('"presented his credentials on Tuesday to President X": so with the weekday unset by commas', () => {
    assert.deepStrictEqual(headlineRoles('Ambassador Ismaill Yusuff presented his credentials on Tuesday to President Recepp Erdogann in Ankara.'), 'reception [Yusuff:guest+Erdogann:host]');
  });
  it('"Receiving the Georgian envoy, Foreign Minister X pointed out": the minister\'s office is his own, not stacked on the envoy\'s', () => {
    const w = who('Receiving the Georgian envoy, Foreign Minister Jeyhunn Bayramovv pointed out that ties are good. Ambassador Zurabb Pataradzee thanked him.');
    assert.ok(w.some((x) => x.startsWith('Jeyhunn Bayramovv: Foreign Minister (')), w.join('; '));
  });
});
describe('Genre coverage: a building is no place (round from 65bd1361)', () => {
  it('"a special ceremony held at Royal Laeken Castle in Brussels": the meeting is in Brussels', () => {
    const t = 'KATHMANDU: Nepali Ambassador to Belgium Lok Bahadurr Thapaa on Wednesday presented his Letters of Credence to His Majesty King Philippee amidst a special ceremony held at Royal Laeken Castle in Brussels.';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Thapaa+Philippee] Brussels']);
  });
  it('"received ... at Moncloa Palace": a seat the lexicon knows gives its city (a guard)', () => {
    const t = 'The Acting Prime Minister, Pedroo Sanchezz, received the President-elect of the European Commission, Ursulaa Leyenn, at Moncloa Palace last week.';
    assert.deepStrictEqual(meetingsAt(t).map((m) => m.split('] ')[1]), ['Madrid']);
  });
});
describe('Genre coverage: an envoy\'s report from home of a meeting where he is posted; where an envoy resides (round from 65bd1361)', () => {
  it('"Baku. 28 August. REPORT.AZ/ Ambassador of Azerbaijan to Suriname, X, has held a meeting with the chairperson of the National Assembly, Y": Y is of Suriname, and the meeting there', () => {
    const t = '2017-08-28\nBaku. 28 August. REPORT.AZ/ Ambassador of Azerbaijan to Suriname, Elkhann Polukhovv, has held a meeting with the chairperson of the National Assembly, Jenniferr Geerlingss.\n';
    assert.ok(who(t).some((x) => x.startsWith('Jenniferr Geerlingss:') && x.endsWith('(Suriname)')), who(t).join('; '));
    assert.deepStrictEqual(meetingsAt(t), ['talks [Polukhovv+Geerlingss] Suriname']);
  });
  it('"Ambassador of Canada with residence in Moscow", "whose residence locates in Brasilia": where the envoy resides is no place of the meeting', () => {
    const t = '2018-06-06\nYEREVAN, JUNE 6, ARMENPRESS. Armenia’s Ambassador to Chile Esteraa Mkrtumyann (residence in Buenos Aires) on June 4 presented credentials to President Sebastiann Pineraa.\n';
    assert.ok(!meetingsAt(t)[0].endsWith('Buenos Aires'), meetingsAt(t)[0]);
  });
  it('"ISLAMABAD: Pakistan\'s Ambassador-designate to Ireland X called on Prime Minister Y": an envoy yet to go meets at home (a guard)', () => {
    const t = '2021-03-02\nISLAMABAD, Mar 2 (APP): Pakistan\'s Ambassador-designate to Ireland Aamirr Khann called on Prime Minister Imrann Khaan here on Tuesday.\n';
    assert.deepStrictEqual(meetingsAt(t), ['reception [Khann+Khaan] Islamabad']);
  });
});
describe('Genre coverage: a leader named after "under the leadership of" (round from 65bd1361)', () => {
  it('"Chief Minister X said that, India is advancing ... under the leadership of Prime Minister Y": Y leads India, not the visiting envoy\'s Nepal', () => {
    const t = 'Nepal envoy calls on CM\n\nAmbassador of Nepal Deepp Upadhyayy paid a courtesy visit to Chief Minister Shivrajj Chouhann at Mantralaya on Monday.\n\n' +
      'Chief Minister Chouhann said that, India is advancing to establish international co-operation and peace under the leadership of Prime Minister Narendraa Modii.\n';
    assert.ok(who(t).includes('Narendraa Modii: Prime Minister (India)'), who(t).join('; '));
  });
  it('"China-Zambia friendship ... under the leadership of President X and President Y": two leaders of two countries take neither from the sentence (a guard)', () => {
    const t = 'Ambassador Hann Jingg met Zambian Minister Mulambo Haimbee in Lusaka.\n\nChina-Zambia friendship is facing unprecedented opportunities under the leadership of President Xii Jinpingg and President Hakaindee Hichilemaa, Hann said.\n';
    assert.ok(!who(t).includes('Xii Jinpingg: President (Zambia)'), who(t).join('; '));
  });
});
describe('Genre coverage: a mission\'s officer then the host\'s own in one list of attendees (round from 65bd1361)', () => {
  it('"attended by Argentina\'s Deputy Head of Mission X, Senator Y, and Chief Secretary Z": Y and Z stand with the host', () => {
    const t = 'LAHORE, Oct 06 (DNA): Argentine Ambassador to Pakistan Mr. Sebastiann Sayuss met Punjab Chief Minister Maryamm Sharif here on Sunday.\n\n' +
      'The meeting was also attended by Argentina’s Deputy Head of Mission Mrs. Ericaa Luceroo, Senator Pervaizz Rashidd, and Chief Secretary Zahidd Zamann.\n';
    const w = who(t);
    assert.ok(w.includes('Ericaa Luceroo: Deputy Head of Mission (Argentina)') && w.includes('Pervaizz Rashidd: Senator (Pakistan)') && w.includes('Zahidd Zamann: Chief Secretary (Pakistan)'), w.join('; '));
  });
  it('"Thailand\'s Deputy Prime Minister A, Interior Minister B and Defence Minister C": a possessive before a list of ministers is each one\'s (a guard)', () => {
    const w = who('Thailand’s Deputy Prime Minister Prawitt Wongg, Interior Minister Anupongg Paoo and Defence Minister Prayutt Chann met the envoy.');
    assert.ok(w.includes('Anupongg Paoo: Interior Minister (Thailand)') && w.includes('Prayutt Chann: Defence Minister (Thailand)'), w.join('; '));
  });
});
