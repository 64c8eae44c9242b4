// House styles of other ministries and newspapers: honorifics and post-nominals, short forms defined in
// parentheses, lower-case offices, offices followed by a country, and organizations that run into a name.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core';

const of = (a: Analysis, type: string) => a.entities.filter((e) => e.type === type).map((e) => e.text);
const person = (a: Analysis, name: string) => a.persons.find((p) => p.name === name);

describe('house styles', () => {
  it('post-nominals are not part of a name, and are never a name', () => {
    const a = analyze('Defence Secretary John Healey MP met Admiral David Johnston AC RAN and Secretary Greg Moriarty AO in London.');
    assert.deepStrictEqual(of(a, 'official'), ['John Healey', 'David Johnston', 'Greg Moriarty']);
  });
  it('stacked Malay honorifics introduce the name after them', () => {
    const a = analyze('General Tan Sri Dato’ Sri Mohammad Ab Rahman met Defence Minister Dato’ Seri Mohamed Khaled bin Nordin.');
    assert.deepStrictEqual(of(a, 'official'), ['Mohammad Ab Rahman', 'Mohamed Khaled bin Nordin']);
    // "Tan" of "Tan Sri" is still a name elsewhere.
    assert.deepStrictEqual(of(analyze('Senior Lieutenant General Phung Si Tan received him.'), 'official'), ['Phung Si Tan']);
  });
  it('"of COUNTRY" after an office gives the official a country and is not part of the office', () => {
    const a = analyze('Minister of Defence of the Republic of Belarus Viktor Khrenin met Minister of National Defence of Laos General Chansamone Chanyalath.');
    assert.deepStrictEqual(of(a, 'position'), ['Minister of Defence', 'Minister of National Defence']);
    assert.strictEqual(person(a, 'Viktor Khrenin')!.country, 'Belarus');
    assert.strictEqual(person(a, 'Chansamone Chanyalath')!.country, 'Laos');
    assert.deepStrictEqual(of(a, 'rank'), ['General']);
  });
  it('a country after "of the" before "Army General" leaves the rank whole; bodies that start inside an office complete it', () => {
    const a = analyze('Minister of Defence of the Russian Federation Army General Sergei Shoigu met Chief of the General Staff of the Vietnam People’s Army Senior Lieutenant General Nguyen Tan Cuong and the Republic of Korea Navy.');
    assert.deepStrictEqual(of(a, 'rank'), ['Army General', 'Senior Lieutenant General']);
    assert.deepStrictEqual(of(a, 'position'), ['Minister of Defence', 'Chief of the General Staff of the Vietnam People’s Army']);
    assert.deepStrictEqual(of(a, 'organization'), ['General Staff of the Vietnam People’s Army', 'Republic of Korea Navy']);
    assert.strictEqual(person(a, 'Sergei Shoigu')!.country, 'Russia');
  });
  it('"Army General" after an office is a rank; after an army\'s name the army ends the organization', () => {
    const a = analyze('First Deputy Minister of Defence Army General Valery Gerasimov met Chief of the General Staff of the Vietnam People’s Army General Nguyen Tan Cuong.');
    assert.deepStrictEqual(of(a, 'rank'), ['Army General', 'General']);
    assert.ok(of(a, 'organization').includes('General Staff of the Vietnam People’s Army'));
  });
  it('a short form defined in parentheses is an entity wherever it is used, with the same id as its long form', () => {
    const a = analyze('The TNI hosted the visit.\nOfficers of the Indonesian National Armed Forces (TNI) and the Army Chief of Staff (Kasad) met. The Kasad said the TNI is ready.');
    const tni = a.entities.filter((e) => e.type === 'organization' && e.text === 'TNI');
    assert.strictEqual(tni.length, 3);
    const long = a.entities.find((e) => e.text === 'Indonesian National Armed Forces')!;
    assert.ok(tni.every((e) => e.id === long.id));
    assert.deepStrictEqual(of(a, 'position').filter((p) => p === 'Kasad'), ['Kasad', 'Kasad']);
    // A country in parentheses defines nothing.
    assert.ok(!of(analyze('The Ministry of Defence (Vietnam) said Vietnam agreed.'), 'organization').includes('Vietnam'));
  });
  it('a short form spelled by the capitalized words before it makes them a body, unless they name an agreement', () => {
    const a = analyze('The Inter-Services Public Relations (ISPR) said the Reciprocal Access Agreement (RAA) holds. The ISPR added more.');
    assert.deepStrictEqual(of(a, 'organization'), ['Inter-Services Public Relations', 'ISPR', 'ISPR']);
  });
  it('lower-case offices count before a name, in an apposition or after a nationality, and nowhere else', () => {
    const a = analyze('Chinese defense minister Dong Jun met Lloyd Austin. Tan Kefei, spokesperson for the Ministry of National Defense, said the minister was pleased.');
    assert.deepStrictEqual(of(a, 'position'), ['defense minister', 'spokesperson for the Ministry of National Defense']);
    assert.ok(of(a, 'official').includes('Tan Kefei'));
    assert.deepStrictEqual(of(analyze('The minister said the president would come.'), 'position'), []);
    const b = analyze('Zhang Youxia, vice chairman of the Central Military Commission, met the head of the delegation.');
    assert.deepStrictEqual(of(b, 'position'), ['vice chairman of the Central Military Commission']);
  });
  it('an office\'s organization that runs into a name gives the name back', () => {
    const a = analyze('Secretary of the Department of Defence Greg Moriarty met State Secretary of the Union State Dmitry Mezentsev.');
    assert.deepStrictEqual(of(a, 'official'), ['Greg Moriarty', 'Dmitry Mezentsev']);
    assert.deepStrictEqual(of(a, 'organization'), ['Department of Defence', 'Union State']);
  });
  it('organizations: plural possessives, "and" between domains, missions in a capital, model numbers, ceremonies', () => {
    const a = analyze('Cadets of the Army Officers’ College and the General Department of Logistics and Technology met staff of the Embassy of Japan in Manila. '
      + 'A Royal Australian Air Force C-17A landed and a Guard of Honour was inspected.');
    assert.deepStrictEqual(of(a, 'organization'), ['Army Officers’ College', 'General Department of Logistics and Technology', 'Embassy of Japan in Manila', 'Royal Australian Air Force']);
  });
  it('labels are not offices; "(Ret.)" after a rank and ", the Hon" after an office still introduce a name', () => {
    assert.ok(!of(analyze('Reporter: Ambassador, how do you assess it?'), 'position').includes('Reporter'));
    const a = analyze('Lieutenant General (Ret.) Sjafrie Sjamsoeddin met the Minister for Defence, the Hon Richard Marles.');
    assert.deepStrictEqual(of(a, 'official'), ['Sjafrie Sjamsoeddin', 'Richard Marles']);
    assert.strictEqual(person(a, 'Richard Marles')!.position, 'Minister for Defence');
  });
  it('names after "counterpart", "Interview by", "then-Minister" and "OFFICE, Name," are officials', () => {
    const a = analyze('Austin met his Chinese counterpart Dong Jun. He thanked then-Minister of Defence Prabowo Subianto. '
      + 'Also present were the Secretary of the Department of Defence, Greg Moriarty AO, and the Chief of Air Force, Air Marshal Stephen Chappell.\n'
      + 'Interview by Ngọc Hân; translated by Thu Trang');
    assert.deepStrictEqual(of(a, 'official'), ['Dong Jun', 'Prabowo Subianto', 'Greg Moriarty', 'Stephen Chappell', 'Ngọc Hân', 'Thu Trang']);
    assert.strictEqual(person(a, 'Greg Moriarty')!.organization, 'Department of Defence');
    // A list of offices after a comma is not a name.
    assert.deepStrictEqual(of(analyze('the Minister of Defence, Foreign Minister and Interior Minister met.'), 'official'), []);
  });
  it('numeric dates (ISO, dotted, slashed) and places no lexicon knows after "in"', () => {
    const a = analyze('On 14.03.2023 Colonel Li Ming received General Tran Van An in Siem Reap.');
    assert.deepStrictEqual([a.meetings[0].date, a.meetings[0].isoDate, a.meetings[0].place], ['14.03.2023', '2023-03-14', 'Siem Reap']);
    const b = analyze('Dates: 2022-11-22 and (15/1/2024), but not 45/77/2024. He was in May in Hanoi.');
    assert.deepStrictEqual(of(b, 'date'), ['2022-11-22', '15/1/2024']);
    assert.deepStrictEqual(of(b, 'place'), ['Hanoi']);
  });
  it('a headline without date or place takes them from the dateline, not from a date deep in a sentence', () => {
    const a = analyze('Sergei Shoigu holds talks with Viktor Khrenin\n\n14.03.2023 (16:20)\n\n'
      + 'Minister of Defence of the Russian Federation Army General Sergei Shoigu held talks in Moscow with Minister of Defence of the Republic of Belarus Lieutenant General Viktor Khrenin.');
    // (The page's stamp says when the report was put out, not the day of the talks: their month.)
    assert.deepStrictEqual([a.meetings[0].isoDate, a.meetings[0].place], ['2023-03', 'Moscow']);
    const b = analyze('HANOI, Nov. 6 (VNA) – Senior Lieutenant General Hoang Xuan Chien held talks with Lieutenant General Khamlieng Outhakaysone.');
    // The dateline's day has no year: a careful reader cannot give an ISO date.
    assert.deepStrictEqual([b.meetings[0].date, b.meetings[0].isoDate, b.meetings[0].place], [null, null, 'Hanoi']);
    const c = analyze('Ambassador Andrew Goledzinowski gave an interview. Australia and Vietnam established diplomatic relations on February 26, 1973.');
    assert.strictEqual(c.meetings[0].date, null);
  });
  it('words of longer country names are still names elsewhere; a short form after an office and its body is the body\'s', () => {
    const a = analyze('Colonel Vu Hong Hieu met President Antonio Costa in Hong Kong. The Costa Rican envoy came. '
      + 'Commander of the Republic of Fiji Military Forces (RFMF) Major General Jone Kalouniwai spoke for the RFMF.');
    assert.deepStrictEqual(of(a, 'official'), ['Vu Hong Hieu', 'Antonio Costa', 'Jone Kalouniwai']);
    assert.deepStrictEqual(of(a, 'organization'), ['Republic of Fiji Military Forces', 'RFMF', 'RFMF']);
    assert.ok(of(a, 'country').includes('Hong Kong') && of(a, 'country').includes('Costa Rican'));
  });
  it('"of COUNTRY" after a name, and a possessive country, give the official a country', () => {
    const a = analyze('Minister Ri Yong Gil of the Democratic People\'s Republic of Korea met Côte d\'Ivoire\'s Minister Tene Birahima Ouattara.');
    assert.strictEqual(person(a, 'Ri Yong Gil')!.country, 'North Korea');
    assert.strictEqual(person(a, 'Tene Birahima Ouattara')!.country, 'Côte d\'Ivoire');
  });
  it('Commonwealth and Myanmar styles: High Commissioners, capitals after a name, "By" bylines, Senior General, "Army chief Gen."', () => {
    const a = analyze('By Nabilah Saleh\nIndian High Commissioner Santosh Jha met Major General Lasantha Rodrigo RWP RSP USP at the High Commission of India in Colombo. '
      + 'Senior General Min Aung Hlaing received Army chief Gen. Manoj Pande.');
    assert.deepStrictEqual(of(a, 'official'), ['Nabilah Saleh', 'Santosh Jha', 'Lasantha Rodrigo', 'Min Aung Hlaing', 'Manoj Pande']);
    assert.deepStrictEqual(of(a, 'position'), ['High Commissioner', 'Army chief']);
    assert.deepStrictEqual(of(a, 'rank'), ['Major General', 'Senior General', 'Gen.']);
    assert.deepStrictEqual(of(a, 'organization'), ['High Commission of India in Colombo']);
    // Capitals in a name's own style are kept ("HAMADA Yasukazu"); a title-case headline verb is no name.
    assert.deepStrictEqual(of(analyze('Minister of Defense HAMADA Yasukazu Hosts Minister Ben Wallace'), 'official'), ['HAMADA Yasukazu', 'Ben Wallace']);
  });
  it('"on Wednesday" and "yesterday" date a meeting, their day taken from the dateline', () => {
    const a = analyze('BEIJING, July 18, 2024 -- General Zhang Youxia met General Syed Asim Munir in Beijing on Wednesday.');
    assert.deepStrictEqual([a.meetings[0].date, a.meetings[0].isoDate], ['Wednesday', '2024-07-17']);
    const b = analyze('NAY PYI TAW, 14 August 2024\nSenior General Min Aung Hlaing received Special Envoy Deng Xijun yesterday.');
    assert.deepStrictEqual([b.meetings[0].date, b.meetings[0].isoDate], ['yesterday', '2024-08-13']);
    const c = analyze('HANOI, Nov. 7, 2022 – General Phan Van Giang received General Li Ming on Nov. 6.');
    assert.deepStrictEqual([c.meetings[0].date, c.meetings[0].isoDate], ['Nov. 6', '2022-11-06']);
  });
  it('given names and surnames that look like something else: "Gen Nakatani", "Roy Vincent Trinidad"; first two parts of a name', () => {
    const a = analyze('Defense Minister Gen Nakatani met Rear Admiral Roy Vincent Trinidad and Defence Minister Mohamed Khaled Nordin. '
      + 'Nakatani thanked Mohamed Khaled for the visit.');
    assert.deepStrictEqual(of(a, 'official'), ['Gen Nakatani', 'Roy Vincent Trinidad', 'Mohamed Khaled Nordin', 'Nakatani', 'Mohamed Khaled']);
    assert.deepStrictEqual(of(a, 'rank'), ['Rear Admiral']);
    assert.ok(of(analyze('General Phan Van Giang met Gen. Li Ming.'), 'rank').length === 2);
  });
  it('a last "for" part of unknown words is not part of an organization', () => {
    const a = analyze('The Government of India for the Dornier aircraft and the Center for Strategic and International Studies met.');
    assert.deepStrictEqual(of(a, 'organization'), ['Government of India', 'Center for Strategic and International Studies']);
  });
  it('companies, capitalized news agencies, "and" inside a body\'s name, lower-case offices before an honorific', () => {
    const a = analyze('KUALA LUMPUR (BERNAMA) -- Mitsubishi Electric Corp. and the Policy and Strategic Planning Division met '
      + 'Defence Ministry secretary-general Datuk Lokman Hakim Ali.');
    assert.deepStrictEqual(of(a, 'organization'), ['BERNAMA', 'Mitsubishi Electric Corp.', 'Policy and Strategic Planning Division', 'Defence Ministry']);
    assert.deepStrictEqual(of(a, 'position'), ['secretary-general']);
    assert.deepStrictEqual(of(a, 'official'), ['Lokman Hakim Ali']);
  });
  it('"called on" is a courtesy call (a reception with the caller as guest), not a phone call', () => {
    const a = analyze('Indian High Commissioner Santosh Jha called on Deputy Minister of Defence Major General Aruna Jayasekara on January 7.');
    assert.strictEqual(a.meetings[0].kind, 'reception');
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => [p.name, p.role]), [['Santosh Jha', 'guest'], ['Aruna Jayasekara', 'host']]);
    assert.strictEqual(analyze('General Phan Van Giang called General Li Ming on Monday.').meetings[0].kind, 'phone call');
  });
  it('an office followed by a body\'s own name takes it in; a service before a rank stays the rank\'s', () => {
    const a = analyze('Commander Australian Fleet Rear Admiral Chris Smallhorn met Press Secretary Air Force Maj. Gen. Pat Ryder.');
    assert.deepStrictEqual(of(a, 'position'), ['Commander Australian Fleet', 'Press Secretary']);
    assert.deepStrictEqual(of(a, 'organization'), ['Australian Fleet', 'Air Force']);
    assert.deepStrictEqual(of(a, 'official'), ['Chris Smallhorn', 'Pat Ryder']);
  });
  it('offices known by their initials (SND, COAS, CDF)', () => {
    const a = analyze('SND Gilberto Teodoro met COAS General Asim Munir and the Malaysian CDF.');
    assert.deepStrictEqual(of(a, 'position'), ['SND', 'COAS', 'CDF']);
    assert.deepStrictEqual(of(a, 'official'), ['Gilberto Teodoro', 'Asim Munir']);
  });
  it('a day written before the month belongs to the date', () => {
    const a = analyze('Jakarta, 15 January 2024 – General Agus Subiyanto received General Mohammad Ab Rahman.');
    assert.deepStrictEqual(of(a, 'date'), ['15 January 2024']);
    // The dateline's day is the release's; the meeting, undated in its sentence, took place that day.
    assert.deepStrictEqual([a.meetings[0].date, a.meetings[0].isoDate], [null, '2024-01-15']);
  });
  it('places the lead gives: a sentence naming no party, a city as the subject of "hosted", "the port city of X"', () => {
    // The lead tells the meeting without its parties; the next sentence names them.
    const a = analyze('The chiefs of defence of Chile and Peru met in the southern port city of Arica on Tuesday, 3 May 2022. ' +
      'General Juan Perez of Chile held talks with General Pedro Soto of Peru on border security.');
    assert.deepStrictEqual([a.meetings[0].place, a.meetings[0].isoDate], ['Arica', '2022-05-03']);
    const b = analyze('Nairobi hosted the second round of consultations, co-chaired by Ambassador Jane Mwangi of Kenya and Ambassador Omar Hassan of Somalia.');
    assert.strictEqual(b.meetings[0].place, 'Nairobi');
    // A weekday after an unknown city is not part of its name.
    const c = analyze('Defence Minister Ana Lima of Brazil met with Minister Carlos Ruiz of Peru in the Brazilian city of Tabatinga Friday morning.');
    assert.strictEqual(c.meetings[0].place, 'Tabatinga');
    // A past meeting the lead recalls without parties gives the headline nothing: it took place where its host serves.
    const d = analyze('The two armies had met in the town of Tumbes in 2019. General Juan Perez of Chile received General Pedro Soto of Peru.');
    assert.strictEqual(d.meetings[0].place, 'Chile');
  });
  it('Gulf, South Asian and East African styles: initials after a rank, long names with particles, an office\'s initials before its holder', () => {
    const a = analyze('General AB Rahman received Brigadier General Tom Otieno.');
    assert.deepStrictEqual(of(a, 'official'), ['AB Rahman', 'Tom Otieno']);
    const b = analyze('DOHA, Khalid bin Mohammed Al Attiyah, Minister of State for Defence Affairs, received Ambassador Tom Brown.');
    assert.strictEqual(person(b, 'Khalid bin Mohammed Al Attiyah')?.position, 'Minister of State for Defence Affairs');
    const c = analyze('The Chief of the Defence Forces (CDF) General Peter Njoroge hosted him.');
    assert.strictEqual(person(c, 'Peter Njoroge')?.position, 'Chief of the Defence Forces');
    assert.ok(of(c, 'position').includes('CDF'));
    const d = analyze('Chairman of the Omani Joint Chiefs of Staff Lt. General Said Al Harthy met him.');
    assert.deepStrictEqual([person(d, 'Said Al Harthy')?.rank, person(d, 'Said Al Harthy')?.position, person(d, 'Said Al Harthy')?.country],
      ['Lt. General', 'Chairman of the Omani Joint Chiefs of Staff', 'Oman']);
  });
  it('"received X, in the presence of Y": the meeting, with Y attending; a meeting at an event abroad gives no side its place', () => {
    const a = analyze('MUSCAT, Minister Ali Al Busaidi received today Ambassador Jan Novak of Slovakia, in the presence of Said Al Harthy, Under-Secretary of the Ministry.');
    assert.strictEqual(a.meetings.length, 1);
    const roles = a.meetings[0].participants.map((p) => `${p.name}:${p.role}`);
    assert.deepStrictEqual(roles, ['Ali Al Busaidi:host', 'Jan Novak:guest', 'Said Al Harthy:host']);
    const b = analyze('Defence Minister Kenji Sato, visiting Malaysia to attend the ADMM-Plus, held a meeting with Philippine Secretary of National Defense Jose Cruz. ' +
      'The two ministers welcomed the progress of Japan-Philippines defence cooperation.');
    assert.strictEqual(b.meetings[0].place, 'Malaysia');
    assert.strictEqual(person(b, 'Kenji Sato')?.country, 'Japan');
  });
  it('"Visiting X, General Y, paid a courtesy visit to his counterpart": a call on the counterpart, dated by a release line with a comma', () => {
    const a = analyze('Army chief meets counterpart\n\n12 March, 2023, 10:00 am\n\n' +
      'Visiting Nepali Chief of Army Staff, General Ram Thapa, paid a courtesy visit to his Bangladeshi counterpart, General AK Rahman, at the Army Headquarters in Dhaka on Sunday.');
    const m = a.meetings[0];
    assert.deepStrictEqual([m.kind, m.isoDate, m.place], ['reception', '2023-03-12', 'Dhaka']);
    assert.deepStrictEqual(m.participants.map((p) => `${p.name}:${p.role}`), ['Ram Thapa:guest', 'AK Rahman:host']);
  });
  it('a portfolio of several domains stays one office ("Minister for Foreign Affairs and Regional Integration, Hon. X")', () => {
    const a = analyze('He was joined by the Minister for Foreign Affairs and Regional Integration, Hon. Ama Mensah.');
    assert.deepStrictEqual(of(a, 'official'), ['Ama Mensah']);
    assert.strictEqual(person(a, 'Ama Mensah')?.position, 'Minister for Foreign Affairs and Regional Integration');
  });
  it('a bare service completes an office ("Commander Airforce", "Marines Commander"); "Gen" after a comma is a rank; attendees of no stated side stand with the side named first', () => {
    const a = analyze('General Ali Mwangi, Chief of Defence Forces of the Kenya Defence Forces, met with General Ben Dlamini, Chief of the South African National Defence Force, at Lanet. ' +
      'Attendees included Lt Gen Peter Okoth, Commander Airforce, Brig Gen John Kariuki, Marines Commander, and other senior officers. ' +
      'Since assuming the office of the CDF, Gen Mwangi has met many counterparts.');
    assert.strictEqual(person(a, 'Peter Okoth')?.position, 'Commander Airforce');
    assert.strictEqual(person(a, 'John Kariuki')?.position, 'Marines Commander');
    assert.ok(!of(a, 'official').includes('Airforce'));
    assert.ok(!of(a, 'official').includes('Gen Mwangi'));
    assert.deepStrictEqual(['Peter Okoth', 'John Kariuki'].map((n) => person(a, n)?.country), ['Kenya', 'Kenya']);
  });
  it('"Later in the day, the minister met with X": the minister in lower case is the text\'s one minister, the meeting another one, and at home he is no foreigner', () => {
    const a = analyze('KUWAIT: Deputy Prime Minister and Minister of Defense Sheikh Salem Nasser Al-Ahmad yesterday held talks with ambassadors of Ukraine and Belgium.\n\n' +
      'Later in the day, the minister met with Chairman of Kuwait Airways Captain Ali Al-Rashed, examining some topics. The meeting was attended by Kuwait Airways Chief Executive Officer Adel Al-Mutairi.');
    const met = a.meetings.find((m) => m.wording === 'met');
    assert.ok(met, 'the meeting with the chairman');
    assert.deepStrictEqual(met.participants.map((p) => `${p.name}:${p.side}`),
      ['Salem Nasser Al-Ahmad:Kuwait', 'Ali Al-Rashed:Kuwait', 'Adel Al-Mutairi:Kuwait']);
    assert.strictEqual(person(a, 'Adel Al-Mutairi')?.position, 'Chief Executive Officer');
  });
  it('"X and Y led the U.S. delegation": those named before the phrase serve its country; "Z, who headed ...": only Z', () => {
    const a = analyze('Attorney General John Barrow and Ambassador Chris Lander led the U.S. delegation at the talks.');
    assert.deepStrictEqual(['John Barrow', 'Chris Lander'].map((n) => person(a, n)?.country), ['United States', 'United States']);
    const b = analyze('Minister Ali Khan met Ambassador John Reed, who led the Canadian delegation.');
    assert.deepStrictEqual([person(b, 'Ali Khan')?.country ?? null, person(b, 'John Reed')?.country], [null, 'Canada']);
  });
  it('"of the French Army General X": the service closes the body and the rank is "General"; "Crown Prince of Abu Dhabi and Deputy Supreme Commander ..." is one office of the capital\'s country', () => {
    const a = analyze('He met the Chief of the Defense Staff of the French Army General Pierre Martin.');
    const p = person(a, 'Pierre Martin');
    assert.deepStrictEqual([p?.rank, p?.position, p?.country], ['General', 'Chief of the Defense Staff of the French Army', 'France']);
    assert.strictEqual(person(analyze('He met Army General Phan Van Giang.'), 'Phan Van Giang')?.rank, 'Army General');
    const b = analyze('The King received a phone call from Sheikh Khalid bin Saif, the Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces.');
    const k = person(b, 'Khalid bin Saif');
    assert.deepStrictEqual([k?.position, k?.country], ['Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces', 'United Arab Emirates']);
  });
  it('a title "X Receives Y" over a lead "X met Y": a reception, the first named the host; "welcomes ... for talks" stays talks', () => {
    const a = analyze('Jordanian Army Chief Receives French Chief-of-Staff\n\nChairman of the Jordanian Joint Chiefs of Staff Lt. General Omar Haddad met in Amman on Monday the French Chief of Staff General Pierre Martin.');
    assert.deepStrictEqual([a.meetings[0].kind, ...a.meetings[0].participants.map((p) => `${p.name}:${p.role}`)], ['reception', 'Omar Haddad:host', 'Pierre Martin:guest']);
    const b = analyze('Jordanian Army Chief Meets French Chief-of-Staff\n\nChairman of the Jordanian Joint Chiefs of Staff Lt. General Omar Haddad met in Amman on Monday the French Chief of Staff General Pierre Martin.');
    assert.strictEqual(b.meetings[0].kind, 'talks');
  });
  it('a readout with no dateline or publisher line: officials the text gives no country serve the country of the official it is about', () => {
    const t = 'Press Secretary Maj. Gen. Paul Rider provided the following readout:\n\nSecretary of Defense Lloyd Austin met with Philippine Secretary of National Defense Gilberto Teodoro at the Pentagon.';
    const a = analyze(t);
    assert.deepStrictEqual(['Paul Rider', 'Lloyd Austin', 'Gilberto Teodoro'].map((n) => person(a, n)?.country), ['United States', 'United States', 'Philippines']);
  });
  it('places: "of Pakistan General X in Beijing" is no posting; a particle inside a city ("Rio de Janeiro"); a country by its name ("the State of Qatar")', () => {
    const place = (t: string) => analyze(t).meetings[0]?.place;
    assert.strictEqual(place('Zhang Wei met with Chief of Army Staff of Pakistan General Syed Ali Khan in Beijing on Wednesday.'), 'Beijing');
    assert.strictEqual(place('Foreign Minister Sergey Lavrov met with Turkish Foreign Minister Hakan Fidan in Rio de Janeiro on Monday.'), 'Rio de Janeiro');
    assert.strictEqual(place('Defence Minister Khalid Al-Attiyah received British Defence Secretary John Healey in the State of Qatar.'), 'Qatar');
  });
  it('domains right after an office ("Director Peace Support Operations"); a country closing a name ("Lieutenant General Derek France"); "Ambassador to the Kingdom X"', () => {
    const a = analyze('He is accompanied by Lieutenant-Colonel Pacolo Vula, Director Peace Support Operations, and the Director Military Operations Major General Ali Khan.');
    assert.deepStrictEqual(['Pacolo Vula', 'Ali Khan'].map((n) => person(a, n)?.position), ['Director Peace Support Operations', 'Director Military Operations']);
    assert.ok(!of(a, 'official').includes('Peace'));
    const b = analyze('From the US side, it was attended by the US Ambassador to the Kingdom Michael Ratner and the Commander of US Air Forces Central Lieutenant General Derek France.');
    assert.deepStrictEqual(of(b, 'official'), ['Michael Ratner', 'Derek France']);
    assert.ok(!of(b, 'country').includes('France'));
    assert.deepStrictEqual([person(b, 'Michael Ratner')?.position, person(b, 'Michael Ratner')?.country], ['Ambassador to the Kingdom', 'United States']);
  });
  it('"Philippine NSA X" is an office by its initials; "Rivera" is "Rodrigo Rivera Salazar" (a paternal surname before the maternal one)', () => {
    const a = analyze('In a joint statement, Philippine NSA Eduardo Aquino, along with his US and Japanese counterparts Jake Sullivan and Akiba Takeo, said they discussed the region.');
    assert.deepStrictEqual([person(a, 'Eduardo Aquino')?.position, person(a, 'Eduardo Aquino')?.country], ['NSA', 'Philippines']);
    const b = analyze('Colombia’s Minister of Defense Rodrigo Rivera Salazar spoke. Brazil’s Minister of Defense Nelson Jobim spoke. At the end of the meeting, Jobim and Rivera traveled to Medellin.');
    const m = b.meetings.find((x) => x.participants.length === 2);
    assert.deepStrictEqual(m?.participants.map((p) => p.name).sort(), ['Nelson Jobim', 'Rodrigo Rivera Salazar']);
  });
  it('"While participating in NATO Defence Ministers Meeting, X had a bilateral meeting with Y": talks at the event; an accepted invitation is no meeting', () => {
    const a = analyze('While participating in NATO Defence Ministers Meeting, the Romanian Defence Minister, Mihai Popescu, had a bilateral meeting with his Turkish counterpart, Defence Minister Ahmet Demir. ' +
      'The Romanian minister also accepted the invitation made by minister Demir to make a working visit in Turkey, to continue the bilateral dialogue.');
    assert.strictEqual(a.meetings.length, 1);
    assert.deepStrictEqual([a.meetings[0].kind, a.meetings[0].place], ['talks', null]);
  });
  it('"Chairman (of the) Joint Chiefs of Staff Committee" names the whole body; a title listing those a guest called on separately leaves the headline the first call', () => {
    const t = 'CJCSC calls on Nigerian Defence Minister, Chief of Defence Staff, Services Chiefs\n\nRAWALPINDI: Chairman Joint Chiefs of Staff Committee (CJCSC) General Sahir Khan, who is on an official visit to Nigeria, ' +
      'called on Defence Minister Mohammed Bello, Chief of Defence Staff General Christopher Musa and Chief of Army Staff Lt-Gen Olufemi Ade.';
    const a = analyze(t);
    assert.strictEqual(person(a, 'Sahir Khan')?.position, 'Chairman Joint Chiefs of Staff Committee');
    assert.strictEqual(person(analyze('He met the Chairman of the Joint Chiefs of Staff Committee General Sahir Khan.'), 'Sahir Khan')?.organization, 'Joint Chiefs of Staff Committee');
    const head = a.meetings.find((m) => m.headline);
    assert.deepStrictEqual(head?.participants.map((p) => `${p.name}:${p.role}`), ['Sahir Khan:guest', 'Mohammed Bello:host']);
    assert.strictEqual(a.meetings.length, 3);
  });
  it('"The conference was hosted by X": X hosts the meeting just told', () => {
    const a = analyze('Chairman of the Joint Chiefs of Staff Gen. Mark Miller participated in a meeting today with senior military leaders from 43 nations during the African Chiefs of Defense Conference. ' +
      'The conference was hosted by Gen. Michael Lang, Commander of United States Africa Command, in Rome.');
    assert.strictEqual(a.meetings.length, 1);
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => `${p.name}:${p.role}`), ['Mark Miller:participant', 'Michael Lang:host']);
    assert.strictEqual(a.meetings[0].place, 'Rome');
  });
  it('a service named by its kind is part of the office ("Naval Forces Commander"), a body\'s own name is not ("AFP Chief of Staff"); "(Kasad)" between an office and its holder', () => {
    const pos = (t: string, n: string) => person(analyze(t), n)?.position;
    assert.strictEqual(pos('Naval Forces Commander Adm. Adnan Ozturk attended.', 'Adnan Ozturk'), 'Naval Forces Commander');
    assert.strictEqual(pos('Republic of Fiji Military Forces Commander Rear Admiral Viliame Rabuka met him.', 'Viliame Rabuka'), 'Republic of Fiji Military Forces Commander');
    assert.strictEqual(pos('AFP Chief of Staff Gen. Romeo Santos met him.', 'Romeo Santos'), 'Chief of Staff');
    // (A bare head, "Spokesperson", "commander", is named by the body before it, as releases write it.)
    assert.strictEqual(pos('Joint Staff Spokesperson Col. Dave Bell said.', 'Dave Bell'), 'Joint Staff Spokesperson');
    assert.strictEqual(pos('He met the Army Chief of Staff (Kasad) General Maruli Siregar.', 'Maruli Siregar'), 'Army Chief of Staff');
    assert.strictEqual(pos('Joint Secretary (International Cooperation) Ali Khan met him.', 'Ali Khan'), 'Joint Secretary (International Cooperation)');
  });
  it('"X\'s visit also included a courtesy call on Y": X the guest, Y the host', () => {
    const a = analyze('Japan Maritime Self-Defense Force Chief of Staff Adm. Ryo Saito arrived in Manila. Saito\'s three-day visit also included a courtesy call on Armed Forces of the Philippines chief Gen. Romeo Bautista at Camp Aguinaldo.');
    const m = a.meetings.find((x) => x.kind === 'reception');
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name}:${p.role}`), ['Ryo Saito:guest', 'Romeo Bautista:host']);
  });
  it('"The Thai delegation included A, B": its members attend the meeting just told, on its side', () => {
    const a = analyze('HÀ NỘI — Deputy Minister of National Defence Senior Lieutenant General Lê Văn Nam on April 2 held talks in Hà Nội with General Somchai Srisuk, Chief of Defence Forces of the Royal Thai Armed Forces. ' +
      'The Thai delegation included Admiral Chatchai Boonmee, Deputy Chief of Defence Forces; and Colonel Narong Sitti, Defence Attaché of Thailand to Việt Nam.');
    assert.strictEqual(a.meetings.length, 1);
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => `${p.name}:${p.side}`),
      ['Lê Văn Nam:Vietnam', 'Somchai Srisuk:Thailand', 'Chatchai Boonmee:Thailand', 'Narong Sitti:Thailand']);
  });
  it('"Việt Nam", "Hà Nội" are the country and its capital; a place\'s last word is never a short name ("Viet Nam" is not General Lê Văn Nam)', () => {
    const t = 'General Lê Văn Nam met Colonel Narong Sitti, Defence Attaché of Thailand to Viet Nam, in Hà Nội. Later Nam spoke.';
    const a = analyze(t);
    assert.deepStrictEqual(a.entities.filter((e) => e.type === 'official').map((e) => e.text), ['Lê Văn Nam', 'Narong Sitti', 'Nam']);
    assert.strictEqual(a.meetings[0].place, 'Hà Nội');
    assert.strictEqual(person(a, 'Lê Văn Nam')?.country, 'Vietnam');
    assert.ok(of(analyze('He flew to Việt Nam.'), 'country').includes('Việt Nam'));
  });
  it('an envoy meets where he is posted: "the US ambassador to Jordan" with a Jordanian official, no place told, took place in Jordan', () => {
    const a = analyze('Chairman of the Jordanian Joint Chiefs of Staff, Major Gen. Yousef Haddad, discussed with the US ambassador to Jordan, Henry Wood, the latest developments.');
    assert.strictEqual(a.meetings[0].place, 'Jordan');
    const b = analyze('Defence Secretary Lloyd Austin spoke by phone with the US ambassador to Jordan, Henry Wood.');
    assert.strictEqual(b.meetings[0]?.place ?? null, null);
  });
  it('"Ambassador of Oman (H.E. X)", "Chief of Staff of the Army (Lt. Gen. Y)": the holder in parentheses after the office; a domain in parentheses stays the office\'s', () => {
    const a = analyze('The Dean received the Ambassador of Oman (H.E. Said Al Harthi) and the Chief of Staff of the Ghana Army (Lt. Gen. John Smeaton).');
    assert.deepStrictEqual(['Said Al Harthi', 'John Smeaton'].map((n) => `${person(a, n)?.position}/${person(a, n)?.country}/${person(a, n)?.rank}`),
      ['Ambassador/Oman/null', 'Chief of Staff of the Ghana Army/Ghana/Lt. Gen.']);
    const b = analyze('He met the Joint Secretary (International Cooperation) Ravi Kumaran.');
    assert.strictEqual(person(b, 'Ravi Kumaran')?.position, 'Joint Secretary (International Cooperation)');
  });
  it('a full name of no office beside a meeting verb is a person: "X met Y", "X and Y held talks", "spoke with Y"; not a place visited, nor a run of capitals', () => {
    const a = analyze('Wen Lihua met Rex Tolliver in the capital. Later Hakan Demirci and Tony Blanken held talks. On Friday Tolliver spoke with Ilse Marten by phone.');
    assert.deepStrictEqual(of(a, 'official'), ['Wen Lihua', 'Rex Tolliver', 'Hakan Demirci', 'Tony Blanken', 'Tolliver', 'Ilse Marten']);
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => p.name).join(' + ')),
      ['Wen Lihua + Rex Tolliver', 'Hakan Demirci + Tony Blanken', 'Rex Tolliver + Ilse Marten']);
    // ("PM Sharma": the short form of an office, beside its holder, makes him one.)
    assert.deepStrictEqual(of(analyze('The minister paid a visit to Black Rock. Defence Min Papadakis met the envoy. PM Sharma met him.'), 'official'), ['Sharma']);
  });
  it('credentials presented to a head of state make a reception, the envoy its guest; a building\'s name before an office is nobody', () => {
    const a = analyze('US ambassador to India Eric Garzetti presented his credentials to President Draupadi Marmu at the Rashtrapati Bhavan on Thursday. ' +
      'According to a release from the Rashtrapati Bhavan, the President of India accepted credentials from the ambassadors of Qatar and Monaco.');
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => `${p.name}/${p.role}/${p.side}`), ['Eric Garzetti/guest/United States', 'Draupadi Marmu/host/India']);
    assert.strictEqual(a.meetings[0].kind, 'reception');
    assert.ok(!a.persons.some((p) => p.name === 'Rashtrapati Bhavan'));
    const b = analyze('The Foreign Minister Ana Lopez accepted the credentials of Ambassador Jan Novak of Czechia.');
    assert.deepStrictEqual(b.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Ana Lopez/host', 'Jan Novak/guest']);
  });
  it('a report naming one party of the headline meeting gives it no place: "The embassy in the US welcomed X" is another occasion', () => {
    const a = analyze('Ambassador Eric Garzetti of the United States called on President Draupadi Marmu of India on Thursday. ' +
      'The Indian embassy in the US welcomed Garzetti on his arrival.');
    assert.strictEqual(a.meetings[0].place, 'India');
  });
  it('Arab styles: "al-" and "el-" inside a name, "General Lieutenant", "the transitional capital of Aden", "an Egyptian military delegation headed by X"', () => {
    const a = analyze('Minister of Defense General Lieutenant Mohsen al-Daheri received Thursday in the transitional capital of Aden an Egyptian military delegation headed by Staff Officer Mohammed Abdelfattah. ' +
      'Minister al-Daheri praised the delegation.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.rank}/${p.position}/${p.country}`),
      ["Mohsen al-Daheri/General Lieutenant/Minister of Defense/null", 'Mohammed Abdelfattah/null/Staff Officer/Egypt']);
    assert.deepStrictEqual([a.meetings[0].kind, a.meetings[0].place], ['reception', 'Aden']);
    assert.deepStrictEqual(of(analyze('Foreign Minister Sameh el-Shoukry met him.'), 'official'), ['Sameh el-Shoukry']);
  });
  it('"received honoring trophy from X" is no reception; "In the end of the meeting" tells no meeting of its own', () => {
    const a = analyze('General Ali Saleh received a delegation led by General Omar Farouk. In the end of the meeting, General Saleh received a shield from Minister Karim Nabil.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => p.name).join(' + ')), ['Ali Saleh + Omar Farouk']);
  });
  it('"Minister of X, the General Commander of the Armed Forces Marshal Y": a second office after "the" introduces the holder of both', () => {
    const a = analyze('He received a shield from Egyptian Minister of Defense and Military Production, the General Commander of the Armed Forces Marshal Mohammed Zakaria.');
    const p = person(a, 'Mohammed Zakaria');
    assert.deepStrictEqual([p?.position, p?.rank, p?.country], ['Minister of Defense and Military Production', 'Marshal', 'Egypt']);
  });
  it('"the head of the Ministry of Foreign Affairs of Iran Hussein Amir X": a lower-case office, its body closed by a country, then the holder', () => {
    const a = analyze('A call was held between the Minister of Foreign Affairs of Azerbaijan Jahun Bayramli and the head of the Ministry of Foreign Affairs of Iran Hussein Amir Abdolahi.');
    assert.deepStrictEqual(of(a, 'organization'), ['Ministry of Foreign Affairs of Iran']);
    const p = person(a, 'Hussein Amir Abdolahi');
    assert.deepStrictEqual([p?.position, p?.country], ['head of the Ministry of Foreign Affairs of Iran', 'Iran']);
  });
  it('"Minister of People’s Power for Foreign Affairs, X": a possessive inside an office goes on with what it possesses; "Vice-president X"', () => {
    const a = analyze('The Minister of People’s Power for Foreign Affairs, Felix Plasenca, met the Ambassador of Russia. Vice-president Delsy Rodriga spoke.');
    assert.strictEqual(person(a, 'Felix Plasenca')?.position, "Minister of People's Power for Foreign Affairs");
    assert.strictEqual(person(a, 'Delsy Rodriga')?.position, 'Vice-president');
  });
  it('"held separate discussions with the American and German ambassadors": one office in the plural after two nationalities names one holder of each', () => {
    const a = analyze('The diplomats were Saif bin Hilal bin Ali Al Amro, Ambassador of Oman; Cynthia Kirsch, Ambassador of the United States; and Isabel Henning, Ambassador of Germany. ' +
      'Later, Minister Mohamed Ould Merzouk held separate discussions with the American and German ambassadors.');
    assert.strictEqual(person(a, 'Saif bin Hilal bin Ali Al Amro')?.country, 'Oman');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => p.name).join(' + ')),
      ['Mohamed Ould Merzouk + Cynthia Kirsch', 'Mohamed Ould Merzouk + Isabel Henning']);
    // (A sentence naming nobody who met them makes no meeting of the pair alone.)
    const b = analyze('Cynthia Kirsch is Ambassador of the United States and Isabel Henning Ambassador of Germany. The co-chairs summed up talks with the American and German ambassadors.');
    assert.deepStrictEqual(b.meetings, []);
  });
  it('"Visiting Jakarta for the ASEAN meeting, X held a bilateral meeting with US Secretary of State Y at the margin of the meeting": the event\'s city, and a visitor of no country told', () => {
    const a = analyze('Visiting Jakarta within the scope of the ASEAN Foreign Ministers Meeting, Foreign Minister Hakan Fidano held a bilateral meeting with US Secretary of State Antony Blinkin today at the margin of the meeting. ' +
      'The capital of Indonesia hosted the ministers.');
    assert.strictEqual(a.meetings[0].place, 'Jakarta');
    assert.strictEqual(person(a, 'Hakan Fidano')?.country, null);
    // (A guest on "a visit to Jakarta" is the visitor, not the host who received him.)
    const b = analyze('Defense Minister Sjafri Sjamsudin met with his Chinese counterpart Dong Jin in Beijing. It came after he hosted General Liu Zhen on a visit to Jakarta.');
    assert.strictEqual(person(b, 'Sjafri Sjamsudin')?.country, 'Indonesia');
  });
  it('"Chief of Defence Forces Australia General X", "Chairman Joint Chiefs of Staff Committee General Y": a country, or a body that is no service, between the office and the rank', () => {
    const a = analyze('RAWALPINDI: Chief of Defence Forces Australia General Angus J. Campbel has called on Chairman Joint Chiefs of Staff Committee General Nadim Razza.');
    assert.deepStrictEqual(['Angus J. Campbel', 'Nadim Razza'].map((n) => `${person(a, n)?.position}/${person(a, n)?.rank}/${person(a, n)?.country}`),
      ['Chief of Defence Forces/General/Australia', 'Chairman Joint Chiefs of Staff Committee/General/Pakistan']);
    // (A service stays the rank's: "Press Secretary Air Force Maj. Gen. X".)
    assert.strictEqual(person(analyze('Pentagon Press Secretary Air Force Maj. Gen. Pat Rider said.'), 'Pat Rider')?.position, 'Press Secretary');
  });
  it('"X met the Nigerian military command. On arrival at Air Headquarters, he was received by Air Marshal Y": a reception of the lead\'s one party', () => {
    const a = analyze('ISLAMABAD: Air Chief Marshal Mujahid Anwer Khan, Chief of the Air Staff, met the Nigerian military command during his visit to Nigeria. ' +
      'On arrival at Nigerian Air Headquarters, he was received by Air Marshal Sadiq Abubaker, Chief of Air Staff.');
    assert.strictEqual(a.meetings.length, 1);
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => `${p.name}/${p.role}`), ['Mujahid Anwer Khan/guest', 'Sadiq Abubaker/host']);
    assert.strictEqual(a.meetings[0].kind, 'reception');
  });
  it('"X met Tuesday with Y ... X received Y in his office": the restatement says who received whom; "the United Kingdom’s ambassador to the country Z"', () => {
    const a = analyze('KUWAIT: Minister of Defense Sheikh Ahmad Fahd Al-Sabbah met Tuesday with British Defense Minister Mark Lankaster. The Defense Ministry said that Sheikh Ahmad received Lankaster in his office. ' +
      'The British official was accompanied by the United Kingdom’s ambassador to the country Belinda Lewes.');
    assert.deepStrictEqual([a.meetings[0].kind, ...a.meetings[0].participants.slice(0, 2).map((p) => `${p.name}/${p.role}`)],
      ['reception', 'Ahmad Fahd Al-Sabbah/host', 'Mark Lankaster/guest']);
    assert.deepStrictEqual([person(a, 'Belinda Lewes')?.position, person(a, 'Belinda Lewes')?.country], ['ambassador to the country', 'United Kingdom']);
  });
  it('"US Special Presidential Envoy for Climate X", "the Russian Foreign Ministry\'s spokeswoman, Y,": an envoy of a portfolio, and a body\'s spokeswoman set off by commas', () => {
    const a = analyze('The meeting between Russian Foreign Minister Sergei Lavrof and US Special Presidential Envoy for Climate John Kerri was not arranged, the Russian Foreign Ministry\'s spokeswoman, Maria Zakharava, said.');
    assert.deepStrictEqual(['John Kerri', 'Maria Zakharava'].map((n) => `${person(a, n)?.position}/${person(a, n)?.country}`),
      ['Special Presidential Envoy for Climate/United States', 'spokeswoman/Russia']);
  });
  it('"Army chief Gen MM X", "Navy chief Admiral R Y": the service is part of a lower-case office; "his visiting French counterpart" is no place', () => {
    const a = analyze('New Delhi: Navy chief Admiral R Hari Kumaran on Monday held talks with his visiting French counterpart Admiral Pierre Vandiere. Army chief Gen MM Naravana was present.');
    assert.deepStrictEqual(['R Hari Kumaran', 'MM Naravana'].map((n) => person(a, n)?.position), ['Navy chief', 'Army chief']);
    assert.strictEqual(a.meetings[0].place, 'New Delhi');
  });
  it('"External Affairs Minister (EAM) S X", "Non-Resident High Commissioner", "Additional Secretary": initials after a short form, and more modifiers of offices', () => {
    const a = analyze('The Non-Resident High Commissioner of South Africa, His Excellency Sandile Edwin Schalke, called on the Minister. She will meet External Affairs Minister (EAM) S Jaishankara. ' +
      'The Minister was accompanied by Mohamed Faisel, Additional Secretary.');
    assert.deepStrictEqual(['Sandile Edwin Schalke', 'S Jaishankara', 'Mohamed Faisel'].map((n) => person(a, n)?.position),
      ['Non-Resident High Commissioner', 'External Affairs Minister', 'Additional Secretary']);
  });
  it('"on May 12" takes its year from the one full date of that day elsewhere; "UN Under-Secretary General for Peace Operations X"; "They discussed with ministers" is no meeting of the two', () => {
    const a = analyze('EU Ministers of defence on May 12 held a video conference, chaired by the EU High Representative for Foreign Affairs and Security Policy, Josep Borel.\n\n' +
      'NATO Secretary General Jens Stoltenborg and UN Under-Secretary General for Peace Operations Jean-Pierre Lacroixe provided an update. They discussed with ministers defence cooperation.\n\n' +
      'Good discussion with Defence Ministers — Jens Stoltenborg May 12, 2020');
    assert.deepStrictEqual([a.meetings.length, a.meetings[0].kind, a.meetings[0].isoDate], [1, 'video call', '2020-05-12']);
    assert.deepStrictEqual([person(a, 'Jean-Pierre Lacroixe')?.position, person(a, 'Jean-Pierre Lacroixe')?.country], ['Under-Secretary General for Peace Operations', 'United Nations']);
  });
  it('"Turkish foreign minister on Saturday spoke with his U.S. counterpart ... minister X held a call on the request of Y": the office the lead gives, and the caller the next sentence names', () => {
    const a = analyze('Turkish foreign minister on Saturday spoke with his U.S. counterpart on the phone, according to an official. ' +
      'The official said Turkish minister Mevlut Cavusoglou held a telephonic conversation on the request of the U.S. Secretary of State Rex Tilerson.');
    assert.strictEqual(person(a, 'Mevlut Cavusoglou')?.position, 'foreign minister');
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => `${p.name}/${p.role}`), ['Mevlut Cavusoglou/callee', 'Rex Tilerson/caller']);
  });
  it('"X, Chief of Staff, Hungarian Defence Forces Command, met Y": the body after a comma closing the apposition completes the office', () => {
    const a = analyze('Brigadier General Zoltan Mihoca, Chief of Staff, Hungarian Defence Forces Command, met him. He was received by Air Marshal SB Abubakr, Chief of Air Staff, Nigerian Air Force.');
    assert.deepStrictEqual(['Zoltan Mihoca', 'SB Abubakr'].map((n) => `${person(a, n)?.position}/${person(a, n)?.country}`),
      ['Chief of Staff, Hungarian Defence Forces Command/Hungary', 'Chief of Air Staff, Nigerian Air Force/Nigeria']);
    // (Not a body that opens a clause of its own: "the Defence Minister, the Ministry said".)
    assert.strictEqual(person(analyze('Defence Minister Ana Pereira, the Ministry said, met him.'), 'Ana Pereira')?.position, 'Defence Minister');
  });
  it('"Director General at the Ministry of Foreign Affairs, Ambassador X": "Ambassador" after a comma is a style, not a second office', () => {
    const a = analyze("The meeting was co-chaired by Morocco's Director General at the Ministry of Foreign Affairs, Ambassador Fouad Yazou, and Ethiopia's State Minister Mesganu Argo.");
    assert.strictEqual(person(a, 'Fouad Yazou')?.position, 'Director General at the Ministry of Foreign Affairs');
  });
  it('a dateline is home though the officials stated are of two other countries: "KUWAIT: Minister X received the British Y, with the UK ambassador; a call from a US general"', () => {
    const a = analyze('KUWAIT: Deputy Prime Minister and Minister of Defense Sheikh Ahmad Fahd Al-Sabbah met Tuesday with British Defense Exports Advocate, Lord Mark Lankaster, and discussed cooperation. ' +
      'The British official was accompanied by the United Kingdom’s ambassador to the country Belinda Lewes. The meeting follows a phone call the defense minister received last week from Commander of US Central Command General Michael Corilla.');
    assert.deepStrictEqual(['Ahmad Fahd Al-Sabbah', 'Mark Lankaster'].map((n) => person(a, n)?.country), ['Kuwait', 'United Kingdom']);
  });
  it('"X, who is Foreign Minister of Ghana, met ..."; "Ambassador-at-Large", "Apostolic Nuncio", "Chief Justice", "Honorary Consul" are offices; "Amir" stays a given name', () => {
    const a = analyze('Kofi Mensah Boaten, who is Foreign Minister of Ghana, met Ambassador-at-Large Jane Dorsey, Apostolic Nuncio Pietro Rinaldi, Chief Justice Ali Hassan Omar and Honorary Consul Pavel Novak.');
    assert.deepStrictEqual(['Kofi Mensah Boaten', 'Jane Dorsey', 'Pietro Rinaldi', 'Ali Hassan Omar', 'Pavel Novak'].map((n) => person(a, n)?.position),
      ['Foreign Minister', 'Ambassador-at-Large', 'Apostolic Nuncio', 'Chief Justice', 'Honorary Consul']);
    assert.strictEqual(person(a, 'Kofi Mensah Boaten')?.country, 'Ghana');
    assert.strictEqual(person(analyze('Defense Minister Amir Hatamy spoke by phone with him.'), 'Amir Hatamy')?.position, 'Defense Minister');
  });
  it('"met Switzerland Ambassador to Pakistan and Afghanistan, X"; "the Swiss ambassador and Chief of Army Staff Gen Y" are two people, "Gen" the rank', () => {
    const a = analyze('Pakistan Army chief General Qamar Javid Bajwah met Switzerland Ambassador to Pakistan and Afghanistan, Benedict de Cerjac, separately. ' +
      'The Swiss ambassador and Chief of Army Staff Gen Bajwah exchanged views.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}/${p.country}`),
      ['Qamar Javid Bajwah/Chief of Army Staff/Pakistan', 'Benedict de Cerjac/Ambassador to Pakistan and Afghanistan/Switzerland']);
  });
  it('a host receives at home: a reception with no place told took place in the country its host serves; an envoy host receives in the country he is posted to, his guest\'s', () => {
    const a = analyze('Nepalese Prime Minister Hari Lal Thapa received Bangladeshi Army Chief General Karim Uddin. They discussed cooperation.');
    assert.deepStrictEqual([a.meetings[0].kind, a.meetings[0].place], ['reception', 'Nepal']);
    const envoy = analyze('Indian Ambassador Ravi Menon received Nepalese Army Chief General Hari Thapa at the embassy.');
    assert.strictEqual(envoy.meetings[0].place, 'Nepal');
    const talks = analyze('Nepalese Prime Minister Hari Lal Thapa met Bangladeshi Army Chief General Karim Uddin.');
    assert.strictEqual(talks.meetings[0].place, null);
    const told = analyze('Nepalese Prime Minister Hari Lal Thapa received Bangladeshi Army Chief General Karim Uddin in Pokhara.');
    assert.strictEqual(told.meetings[0].place, 'Pokhara');
  });
  it('"... Affairs (PDASD) Jedidiah P Royal": an office\'s initials before a name with a middle initial', () => {
    const a = analyze('The delegation led by U.S. Principal Deputy Assistant Secretary of Defence for Indo-Pacific Security Affairs (PDASD) Jedidiah P Rogers paid a courtesy call on the State Minister of Defence Hon. Premitha Perera.');
    const p = person(a, 'Jedidiah P Rogers');
    assert.deepStrictEqual([p?.position, p?.country], ['Principal Deputy Assistant Secretary of Defence for Indo-Pacific Security Affairs', 'United States']);
  });
  it('"the head of the Peruvian Armed Forces Joint Command, Gen. X": a lower-case office with its body before the holder', () => {
    const a = analyze('The occasion was the First Technical Meeting between the head of the Peruvian Armed Forces Joint Command, Gen. Luis Howell, and the head of the Chilean Joint General Staff, Gen. Hernán Ríos.');
    assert.deepStrictEqual(['Luis Howell', 'Hernán Ríos'].map((n) => `${person(a, n)?.position}:${person(a, n)?.country}`),
      ['head of the Peruvian Armed Forces Joint Command:Peru', 'head of the Chilean Joint General Staff:Chile']);
  });
  it('"AUSTRALIAN Defence Minister Senator X": a nationality in capitals, and a style of address after the office that is not part of it', () => {
    const a = analyze('Update: 12:47PM AUSTRALIAN Defence Minister Senator Marise Paine has hailed her two-day visit to Fiji a success.');
    const p = person(a, 'Marise Paine');
    assert.deepStrictEqual([p?.position, p?.country], ['Defence Minister', 'Australia']);
    assert.ok(of(a, 'position').includes('Senator'));
    assert.strictEqual(person(analyze('Senator Marise Paine spoke.'), 'Marise Paine')?.position, 'Senator');
  });
  it('"Leading the visiting delegation from the Brazilian Armed Forces, Commander of the 1st Jungle Infantry, Major General X": the unit, the side; "Major General Santa Barba" is X', () => {
    const a = analyze('Leading the visiting delegation from the Brazilian Armed Forces, Commander of the 1st Jungle Infantry, Major General Paulo Santa Cruz, voiced his pleasure. Major General Santa Cruz emphasized it.');
    const p = person(a, 'Paulo Santa Cruz');
    assert.deepStrictEqual([p?.position, p?.country, p?.mentions.length], ['Commander of the 1st Jungle Infantry', 'Brazil', 2]);
    assert.deepStrictEqual(a.persons.map((x) => x.name), ['Paulo Santa Cruz']);
  });
  it('"The meeting was held ... in Male" places the lead\'s meeting before a later "welcomed X to the Maldives"; "accompanied at the meeting by Y": Y on the host\'s side', () => {
    const a = analyze('Indian Defence Secretary calls on Maldives Minister\n\nIndian Defence Secretary Raj Kumar on Monday called on Maldives Minister of State for Foreign Affairs, Ahmed Rasheed.\n\n' +
      'The meeting was held at the Ministry of Foreign Affairs in Male.\n\nDuring the meeting, the State Minister welcomed Defence Secretary Raj Kumar to the Maldives.\n\n' +
      'The State Minister was accompanied at the meeting by Foreign Secretary, Abdul Ghani Mohamed and senior officials.');
    const m = a.meetings[0];
    assert.strictEqual(m.place, 'Male');
    assert.deepStrictEqual(m.participants.map((p) => `${p.name}:${p.role}:${p.side}`),
      ['Raj Kumar:guest:India', 'Ahmed Rasheed:host:Maldives', 'Abdul Ghani Mohamed:host:Maldives']);
  });
  it('"Indian Defence Minister X, and Minister of External Affairs Y, welcomed A and B": Y stands on X\'s side of the verb', () => {
    const a = analyze('In September, Indian Defence Minister Raj Singh, and Minister of External Affairs, Dr S. Jaiswal, welcomed Minister for Foreign Affairs, Senator Maria Paine, and Minister for Defence, Peter Dunn, to New Delhi for the first 2+2 Ministerial Dialogue.');
    assert.deepStrictEqual(['Raj Singh', 'S. Jaiswal'].map((n) => person(a, n)?.country), ['India', 'India']);
  });
  it('UN readouts: "met today in The Hague"; "its General Debate" is no general', () => {
    const a = analyze('The Hague, the Netherlands, 28 August 2013\n\nThe Secretary-General met today in The Hague with Mr. Gennadiy Gatov, Deputy Foreign Minister of the Russian Federation.');
    assert.strictEqual(a.meetings[0].place, 'The Hague');
    const b = analyze('As the United Nations General Assembly wrapped up its General Debate at UN Headquarters today, Secretary-General Ban Ki-moon met ministers.');
    assert.ok(!of(b, 'official').includes('Debate'));
  });
  it('a heading in capitals before its paragraph reports nothing ("ADMIRAL ZAFAR CALLS ON GEN BAJWA:"), names in it are the people below; "called on" a long office and its holder', () => {
    const a = analyze('RAWALPINDI: Minister for Defence Khurram Dastan called on Chief of Army Staff General Qamar Javed Bajwa on Tuesday.\n\n' +
      'ADMIRAL ZAFAR CALLS ON GEN BAJWA, GEN ZUBAIR: Chief of Naval Staff Admiral Zafar Mahmood Abbas also visited the General Headquarters and called on General Bajwa.\n\n' +
      'Admiral Zafar also called on Joint Chiefs of Staff Committee (JCSC) Chairman General Zubair Mahmood Hayat at the Joint Staff Headquarters.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}:${p.role}`).join(', ')), [
      'Khurram Dastan:guest, Qamar Javed Bajwa:host',
      'Zafar Mahmood Abbas:guest, Qamar Javed Bajwa:host',
      'Zafar Mahmood Abbas:guest, Zubair Mahmood Hayat:host',
    ]);
    assert.ok(!a.persons.some((p) => p.name === 'BAJWA'));
  });
  it('other known cities: "RAWALPINDI:" files from Pakistan, "in Busan" is a city of South Korea', () => {
    const a = analyze('RAWALPINDI: Minister for Defence Khurram Dastan called on Chief of Army Staff General Qamar Bajwa on Tuesday.');
    assert.deepStrictEqual(a.persons.map((p) => p.country), ['Pakistan', 'Pakistan']);
    const b = analyze('Defence Minister Shin Won-sik met Philippine Defence Secretary Gilberto Teodoro in Busan on Monday.');
    assert.strictEqual(b.meetings[0].place, 'Busan');
  });
  it('Japanese ministry releases: "Ambassador Extraordinary and Plenipotentiary of X", "on the 20th of December", "welcomed the initiative" is no meeting, a named pair over a third country\'s city', () => {
    const a = analyze('Tokyo, December 21, 2024\n\nDefense Minister Nakagawa had a meeting with H.E. Mr. Ralph Emmett, Ambassador Extraordinary and Plenipotentiary of the United States of America to Japan on the 20th of December.');
    assert.deepStrictEqual([a.meetings[0].isoDate, ...a.meetings[0].participants.map((p) => `${p.name}:${p.side}`)],
      ['2024-12-20', 'Nakagawa:Japan', 'Ralph Emmett:United States']);
    const b = analyze('Japan-U.S. Defense Ministerial Telephone Conference\n\nOn August 16, Defense Minister Hamada held a telephone conference with U.S. Defense Secretary Austin. Secretary Austin welcomed the initiative.');
    assert.deepStrictEqual(b.meetings.map((m) => m.kind), ['phone call']);
    const c = analyze('Japan-U.S. Defense Ministerial Meeting (Summary)\n\nJune 2, 2024\nMinistry of Defense\n\nOn June 2, Defense Minister Kihara and Defense Secretary Austin held discussions for approximately 30 minutes in Singapore.');
    assert.deepStrictEqual(c.meetings[0].participants.map((p) => p.side), ['Japan', 'United States']);
  });
  it('"the Deputy Assistant Secretary of Defense for Western Hemisphere Affairs of the United States, Jana Nelson": a regional domain, then the holder', () => {
    const a = analyze('The Undersecretary of Foreign Affairs, Gloria de la Fuente, met with the Deputy Assistant Secretary of Defense for Western Hemisphere Affairs of the United States, Jana Nielsen.');
    const p = person(a, 'Jana Nielsen');
    assert.deepStrictEqual([p?.position, p?.country], ['Deputy Assistant Secretary of Defense for Western Hemisphere Affairs', 'United States']);
    assert.strictEqual(a.meetings[0].participants.length, 2);
  });
  it('"Park also held a bilateral meeting with X" is another meeting than the lead\'s; a common Korean family name hints the country', () => {
    const a = analyze('South Korea\'s vice defense minister held talks with his counterparts from the Visegrad Group on Friday. ' +
      'The meeting between Vice Minister Park Jae-min and his counterparts took place on the sidelines of the Seoul Defense Dialogue in Seoul.\n\n' +
      'Park also held a bilateral meeting with Khamsy Vongsa, permanent secretary of defense in Laos.');
    assert.strictEqual(a.meetings.length, 2);
    assert.deepStrictEqual(a.meetings[1].participants.map((p) => p.name), ['Park Jae-min', 'Khamsy Vongsa']);
    const c = analyze('The meeting between Vice Minister Park Jae-min and his counterparts from Hungary, the Czech Republic, Slovakia and Poland took place in Seoul.');
    assert.strictEqual(c.meetings[0].kind, 'multilateral');
    const b = analyze('Vice Defense Minister Suh Choo-min held talks with Saudi Arabia\'s assistant minister for defense, Mohammed bin Abdullah Al-Ayed, in Riyadh on Wednesday.');
    assert.strictEqual(person(b, 'Suh Choo-min')?.country, 'South Korea');
  });
  it('"Nigeria\'s CDS was received by the Camerounian Minister and the CDS": an office by its initials, its nationality its holder\'s, one reception; a sign-off in capitals is no dateline', () => {
    const a = analyze('The Chief of Defence Staff, General Gabriel Olonisa, embarked on official trips to Niger Republic and Republic of Cameroun. General Olonisa thanked his hosts.\n' +
      'While in Cameroun, Nigeria\'s CDS was received by the Camerounian Minister of Defence, Edgard Mebe and the country\'s Chief of Defence Staff, General Rene Meka.\n' +
      'RABE ABUBA\nBrigadier General\nActing Director Defence Information');
    const m = a.meetings.find((x) => x.kind === 'reception');
    assert.deepStrictEqual(m?.participants.map((p) => `${p.name}:${p.role}:${p.side}`),
      ['Gabriel Olonisa:guest:Nigeria', 'Edgard Mebe:host:Cameroon', 'Rene Meka:host:Cameroon']);
    assert.strictEqual(m?.place, 'Cameroon');
  });
  it('a statement\'s own officer serves the country the headline meeting took place in, where one side serves it', () => {
    const a = analyze('The Commander of the United States Africa Command, General Michael Langford, has visited the Chief of Defence Staff, General Christopher Mosa, at the Defence Headquarters in Abuja.\n\n' +
      'In a statement released on Wednesday, the Director of Defence Information, Brigadier General Tukur Gusa, noted that the visit went well.');
    assert.strictEqual(a.meetings.length, 1);
    assert.deepStrictEqual(['Michael Langford', 'Christopher Mosa', 'Tukur Gusa'].map((n) => person(a, n)?.country), ['United States', 'Nigeria', 'Nigeria']);
  });
  it('EU releases: "Brussels, 12 March 2024" alone on the first line is the dateline; the High Representative serves the European Union', () => {
    const a = analyze('Brussels, 12 March 2024\n\nHigh Representative/Vice-President Josep Borel received today the Foreign Minister of Armenia, Ararat Mirzoyan. They discussed EU-Armenia relations.');
    const m = a.meetings[0];
    assert.deepStrictEqual([m.place, m.isoDate, ...m.participants.map((p) => `${p.name}:${p.role}:${p.side}`)],
      ['Brussels', '2024-03-12', 'Josep Borel:host:European Union', 'Ararat Mirzoyan:guest:Armenia']);
  });
  it('a caption run into its date ("Petra03.01.2018") dates the release, so "on Monday" resolves', () => {
    const a = analyze('Army Chief Receives Visitor\n\nPetra Photo: Petra03.01.2018 Jordan\n\nChief of Staff Lt. General Mahmoud Fraihat met in Amman on Monday the Chief of the Defence Staff of the French Army, General Francois Lecoin.');
    assert.strictEqual(a.meetings[0]?.isoDate, '2018-01-01');
  });
  it('a rank written out later replaces its abbreviation ("Gen Kahariri" then "General Charles Kahariri")', () => {
    const a = analyze('Gen Kahariri Hosts Army Commander\n\nThe Chief of the Defence Forces General Charles Kahariri on Tuesday hosted Lt. Gen. John Omendi of Kenya.');
    assert.strictEqual(person(a, 'Charles Kahariri')?.rank, 'General');
    assert.strictEqual(person(a, 'John Omendi')?.rank, 'Lt. Gen.');
  });
  it('a family name common in two countries ("Lu": China and Vietnam) is read as the one the text is about', () => {
    const a = analyze('The President received the new Chinese Ambassador, Tong Defu, in Accra on Tuesday. His predecessor Lu Kan ended his tenure in May.');
    assert.strictEqual(person(a, 'Lu Kan')?.country, 'China');
    const b = analyze('Ambassador Lu Kan attended the reception.');
    assert.strictEqual(person(b, 'Lu Kan')?.country ?? null, null);
  });
  it('"Leading the visiting delegation, X" and "Y is leading the local delegation" take part in the meeting told; a leader who meets is a party', () => {
    const a = analyze('Chief of Staff of the Guyana Defence Force, Brigadier Omar Kahn yesterday opened the 26th Regional Meeting of Military Exchange at the Ramada Hotel.\n\n' +
      'Leading the visiting delegation from the Brazilian Armed Forces, Major General Paulo Santa Barbara, voiced his pleasure at being in Guyana for the meeting.\n\n' +
      'Commander of the 1st Infantry Battalion, Colonel Michael Shahood is leading the local delegation.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}:${p.side}`),
      ['Omar Kahn:Guyana', 'Paulo Santa Barbara:Brazil', 'Michael Shahood:Guyana']);
    const b = analyze('Leading the visiting delegation, General Asim Munir called on the Chief of Army Staff, General Upendra Dwivedi, in New Delhi on Monday.');
    assert.deepStrictEqual(b.meetings[0]?.participants.map((p) => `${p.name}:${p.role}`), ['Asim Munir:guest', 'Upendra Dwivedi:host']);
  });
  it('a lower-case office before a rank and a name is the holder\'s office ("spokesperson Senior Colonel X", "spokesperson for the West Philippine Sea Rear Adm. Y")', () => {
    const a = analyze('Chinese Defense Ministry spokesperson Senior Colonel Zhang Xiaogan said on Thursday that the talks went well.');
    assert.deepStrictEqual([person(a, 'Zhang Xiaogan')?.rank, person(a, 'Zhang Xiaogan')?.position, person(a, 'Zhang Xiaogan')?.country], ['Senior Colonel', 'Defense Ministry spokesperson', 'China']);
    const b = analyze('Meanwhile, PN spokesperson for the West Philippine Sea Rear Adm. Roy Vicente Trinidad said the navy monitored ships.');
    assert.deepStrictEqual([person(b, 'Roy Vicente Trinidad')?.rank, person(b, 'Roy Vicente Trinidad')?.position], ['Rear Adm.', 'spokesperson for the West Philippine Sea']);
    const c = analyze('Philippine Navy (PN) flag officer-in-command Vice Adm. Toribio Adaci Jr. met the visitors.');
    assert.strictEqual(person(c, 'Toribio Adaci Jr.')?.position, 'flag officer-in-command');
  });
  it('"held bilateral meetings with his counterparts from A, B and C ... met with X, Minister, A; Mr Y, Minister, B; and Z": one meeting each, dated and placed by the lead', () => {
    const a = analyze('New Delhi : Defence Minister Rajnath Sinha, on October 20, 2022, held bilateral meetings with his counterparts from Madagascar, Mozambique and Mongolia who are attending the DefExpo in Gandhinagar. ' +
      'In the course of the meetings, Shri Rajnath Sinha met with Lt Gen Rakotonirina Leon Jean Richard, Minister of National Defence, Madagascar; Mr Cristovao Artur Chumi, Minister of National Defence, Mozambique; and Mr Saikhanbayar Gursedi, Defence Minister of Mongolia.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.isoDate} ${m.place}: ${m.participants.map((p) => `${p.name}/${p.side}`).join(', ')}`), [
      '2022-10-20 Gandhinagar: Rajnath Sinha/India, Rakotonirina Leon Jean Richard/Madagascar',
      '2022-10-20 Gandhinagar: Rajnath Sinha/India, Cristovao Artur Chumi/Mozambique',
      '2022-10-20 Gandhinagar: Rajnath Sinha/India, Saikhanbayar Gursedi/Mongolia',
    ]);
  });
  it('"Kenya: Gen X Hosts ..." heads a title, no dateline; "New Delhi : ..." is one', () => {
    const a = analyze('Kenya: Gen Kahariri Hosts UK Army Commander\n\nNairobi — The Chief of the Defence Forces General Charles Kahariri on Tuesday hosted the British Army Commander General Sir Roland Walkers at the Defence Headquarters.');
    assert.strictEqual(a.meetings[0]?.place, 'Nairobi');
    const b = analyze('New Delhi : Defence Minister Rajnath Sinha held talks with Mr Cristovao Artur Chumi, Minister of National Defence, Mozambique; and Mr Saikhanbayar Gursedi, Defence Minister of Mongolia.');
    assert.strictEqual(person(b, 'Rajnath Sinha')?.country, 'India');
  });
  it('"a phone meeting", "a teleconference" are phone calls, "a video talk" a video call', () => {
    const kinds = ['Laanet held a phone meeting with his Ukrainian counterpart Andrii Taram on Tuesday.',
      'Defense Minister Inado had a teleconference with Minister of National Defense Han Min-ku.',
      'General Liu Zhenlu held a video talk with British Chief of the Defence Staff Admiral Sir Tony Radakine on May 15.']
      .map((t) => analyze(t).meetings[0]?.kind);
    assert.deepStrictEqual(kinds, ['phone call', 'phone call', 'video call']);
  });
  it('"the Ukrainian Minister of Defense" is the one Ukrainian official of no stated office, not the Estonian minister', () => {
    const a = analyze('Estonia continues to support Ukraine, defense minister Kalle Laanit says. Laanit held a phone meeting with his Ukrainian counterpart Andrii Taram on Tuesday.\n\n' +
      '"It was important for me to receive information directly from the Ukrainian Minister of Defense," he said.\n\nPrime minister Kaja Kallis visited eastern Ukraine last month.');
    assert.deepStrictEqual(['Kalle Laanit', 'Andrii Taram', 'Kaja Kallis'].map((n) => `${person(a, n)?.country}/${person(a, n)?.position}`),
      ['Estonia/defense minister', 'Ukraine/Minister of Defense', 'Estonia/Prime minister']);
  });
  it('"Minister of National Defense Han Min-ku, Republic of Korea": the country closing the name; a byline above the date is no dateline', () => {
    const a = analyze('Teleconference between Defense Minister Inado and Minister of National Defense Han Min-ku, Republic of Korea\n\nMarch 7, 2017\n\nDefense Minister Inado had a teleconference with Minister Han. Japan and the ROK will cooperate.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.side}`), ['Inado/Japan', 'Han Min-ku/South Korea']);
    const b = analyze('Senior officer holds talks with British counterpart\n\nChina Military Online\nHuang Panyu\n2024-05-17 17:52:20\n\nBEIJING, May 17 -- General Liu Zhenlu held talks with British Chief of the Defence Staff Admiral Sir Tony Radakine on May 15.');
    assert.strictEqual(b.meetings[0]?.place, 'Beijing');
  });
  it('KUNA via MENAFN: the syndicator\'s tag before the dateline; "Defense and Interior Minister sheikh X"; "met his counterparts from across the region" is multilateral', () => {
    const a = analyze('Kuwait DM Joins GCC Counterparts For Talks In Qatar\n\n(MENAFN- Kuwait News Agency (KUNA)) DOHA, Nov 26 (KUNA) -- Kuwaiti Acting Prime Minister, Defense and Interior Minister sheikh Fahad Yusef Al-Sabah met his counterparts from across the wider Gulf Arab region for talks in Qatar on Tuesday.');
    const m = a.meetings[0];
    assert.deepStrictEqual([m?.kind, m?.place, person(a, 'Fahad Yusef Al-Sabah')?.position, person(a, 'Fahad Yusef Al-Sabah')?.country],
      ['multilateral', 'Doha', 'Acting Prime Minister, Defense and Interior Minister', 'Kuwait']);
  });
  it('"Jakarta." opens a dateline; "met X to discuss cooperation in Beijing on Wednesday" takes the setting after the purpose; "flew to Jakarta to meet Y" is a meeting', () => {
    const a = analyze('Jakarta. Defense Minister Sjafri Sjamsudin met with his Chinese counterpart Dong Jan to discuss bilateral military cooperation in Beijing on Wednesday.\n\n' +
      'Earlier this month, Japanese Defense Minister Gen Nakatanu flew to Jakarta to meet Sjafri.\n\nAccording to Defense Ministry\'s spokesperson Frega Ferdinan Wenas, both ministers discussed a deal.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place}: ${m.participants.map((p) => p.name).join(', ')}`),
      ['Beijing: Sjafri Sjamsudin, Dong Jan', 'Jakarta: Gen Nakatanu, Sjafri Sjamsudin']);
    assert.strictEqual(person(a, 'Frega Ferdinan Wenas')?.country, 'Indonesia');
  });
  it('"Foreign Ministers A of Uruguay and B of Argentina": one office in the plural, two holders, each with the country after the name; a capital inside a name is no place', () => {
    const a = analyze('Foreign Ministers Francisco Bustilo of Uruguay and Santiago Cafiera of Argentina met Friday in Montevideo.');
    assert.deepStrictEqual(['Francisco Bustilo', 'Santiago Cafiera'].map((n) => `${person(a, n)?.position}/${person(a, n)?.country}`),
      ['Foreign Minister/Uruguay', 'Foreign Minister/Argentina']);
    assert.ok(!a.entities.some((e) => e.type === 'place' && a.entities.some((o) => o.type === 'official' && o.start <= e.start && e.end <= o.end)));
    assert.deepStrictEqual(a.meetings.map((m) => m.place), ['Montevideo']);
  });
  it('"agreed to broker a summit between A and B", "agreed that a meeting will be held between A and B": meetings to come, none reported', () => {
    for (const t of ['Foreign Minister Francisco Bustilo on Friday agreed to broker a bilateral presidential summit between President Alberto Fernandes and President Luis Lacalle Poe in April.',
      'The ministers agreed that a meeting will be held between President Alberto Fernandes and President Luis Lacalle Poe in April.']) {
      assert.deepStrictEqual(analyze(t).meetings.map((m) => m.participants.map((p) => p.name)), [], t);
    }
  });
  it('"A, B and C all met separately with President X" after "X received the credentials of the new ambassadors": one reception each, the first the headline\'s', () => {
    const a = analyze('TEHRAN – Iranian President Ebrahim Raisy received on Sunday a copy of credentials of the new ambassadors of Russia, Mali and Malaysia to Iran.\n\n' +
      'Russian Ambassador Alexey Dedoff, Malian Ambassador Mohammed Maigah and Malaysian Ambassador Khairi Bin Omer all met separately with President Raisy.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}: ${m.participants.map((p) => `${p.name}/${p.role}`).join(', ')}`), [
      'reception: Ebrahim Raisy/host, Alexey Dedoff/guest',
      'reception: Mohammed Maigah/guest, Ebrahim Raisy/host',
      'reception: Khairi Bin Omer/guest, Ebrahim Raisy/host',
    ]);
  });
  it('"talked with" is talks unless the text says by phone, or the title tells a call; "Defence Minister" in the title and "Raksha Mantri" in the lead: either office tells the country', () => {
    assert.strictEqual(analyze('The president talked with Ambassador of Indonesia Djauhari Oratmangon about tourism.').meetings[0]?.kind, 'talks');
    assert.strictEqual(analyze('Minister Holds Telephone Conversation with her US Counterpart\n\nForeign Minister Kang Kyung-hwa talked to Secretary of State Rex Tillersen of the US on July 27.').meetings[0]?.kind, 'phone call');
    const b = analyze('Defence Minister Rajnath Sing holds bilateral meetings\n\nRaksha Mantri Rajnath Sing held bilateral meetings with Minister of Defence of Uzbekistan Lieutenant General Bakhodir Kurbanoff and Minister of Defence of Belarus Lieutenant General Victor Khrenen on the sidelines of the SCO meeting in New Delhi.');
    assert.strictEqual(person(b, 'Rajnath Sing')?.country, 'India');
  });
  it('"Turkey\'s Hulusi Akar spoke to Iran\'s Mohammad Bagheri": a country\'s possessive before a full name; "The Turkish national defense minister" is his office', () => {
    const a = analyze('The Turkish national defense minister discussed regional issues with his Iranian counterpart over the phone.\n\nTurkey\'s Hulusi Akkar firstly spoke to Iran\'s Mohammad Bagheiri, head of the Iranian Armed Forces General Staff, in the morning.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.side}`), ['Hulusi Akkar/Turkey', 'Mohammad Bagheiri/Iran']);
    assert.strictEqual(person(a, 'Hulusi Akkar')?.position, 'national defense minister');
    assert.ok(!analyze('Russia\'s Black Sea Fleet sailed.').persons.length);
  });
  it('"US Secretary of Defence, Jim Mattis had a telephonic conversation": a comma between the office and its holder', () => {
    const a = analyze('RAWALPINDI Feb 09 (APP): Chief of Army Staff (COAS) General Qamar Javed Bajwah and US Secretary of Defence, Jim Mattiss had a 20 minutes telephonic conversation on Thursday.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.position}/${p.side}`), ['Qamar Javed Bajwah/Chief of Army Staff/Pakistan', 'Jim Mattiss/Secretary of Defence/United States']);
  });
  it('Brunei: "First Admiral Pengiran Norazmi Bin Pengiran Haji Muhammad" is one name after its rank; "flag-officer-in-command"; an opening "Prior to his meeting with X," is no report', () => {
    const a = analyze('Philippine Navy (PN) flag-officer-in-command Vice Admiral Jesus C. Milan formally met his Royal Brunei Navy (RBN) counterpart, First Admiral Pengiran Norazmi Bin Pengiran Haji Muhamad Monday.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.rank}/${p.side}`),
      ['Jesus C. Milan/Vice Admiral/Philippines', 'Pengiran Norazmi Bin Pengiran Haji Muhamad/First Admiral/Brunei']);
    assert.strictEqual(person(a, 'Jesus C. Milan')?.position, 'flag-officer-in-command');
    const b = analyze('Prior to his meeting with Admiral Jesus Milan, the visitor made a courtesy call to Defense Secretary Voltaire Gasmin in Manila.');
    assert.ok(!b.meetings.some((m) => m.participants.some((p) => p.name === 'Jesus Milan')));
  });
  it('"He met with his counterpart, Defense Secretary A, and General B" in Washington: those across the verb from the known side serve the other country', () => {
    const a = analyze('UK Defence Secretary visits Washington\n\nSecretary of State for Defence Ben Walace has concluded a visit to Washington, DC.\n\nHe met with his counterpart, Defense Secretary Lloyd J Austen III, and General Mark Miley, to discuss a range of issues.');
    assert.deepStrictEqual(['Ben Walace', 'Lloyd J Austen III', 'Mark Miley'].map((n) => person(a, n)?.country), ['United Kingdom', 'United States', 'United States']);
  });
  it('"the Defence Ministry’s Military Liaison Officer Brig. X": a body\'s possessive ends its name; "Brig." is a rank', () => {
    const a = analyze('The Defence Ministry’s Military Liaison Officer Brig. Dinesh Nanayakara was also present.');
    assert.deepStrictEqual(a.entities.filter((e) => e.type === 'organization').map((e) => e.text), ['Defence Ministry']);
    assert.strictEqual(person(a, 'Dinesh Nanayakara')?.rank, 'Brig.');
    const b = analyze('The delegation was led by Colonel Wu Yuzang, Deputy Head of the China Defence Ministry’s Foreign Affairs Office.');
    assert.deepStrictEqual(b.entities.filter((e) => e.type === 'organization').map((e) => e.text), ['China Defence Ministry’s Foreign Affairs Office']);
  });
  it('"X, the newly appointed Ambassador of the Republic of Chad"; "The audience took place ... in Addis Ababa"; "in northern Norway"', () => {
    const a = analyze('The Chairperson, H.E. Moussa Faki Mahammat, on 11 March 2021, received the credentials of H.E. Mr. Mahamat Ali Hassen, the newly appointed Ambassador of the Republic of Chad to Ethiopia. The audience took place at the Commission Headquarters in Addis Ababa, Ethiopia.');
    assert.deepStrictEqual([person(a, 'Mahamat Ali Hassen')?.position, person(a, 'Mahamat Ali Hassen')?.country, a.meetings[0]?.place],
      ['Ambassador of the Republic of Chad to Ethiopia', 'Chad', 'Addis Ababa']);
    const b = analyze('On 11 May, Minister for Defence Peter Hultquist took part in a meeting in northern Norway with his counterparts from the other Nordic countries.');
    assert.strictEqual(b.meetings[0]?.place, 'Norway');
  });
  it('"ASTANA. KAZINFORM –": the city before the agency; "Defense Secretary Voltaire Gazmin and Armed Forces chief-of-staff Gen. X": a holder\'s name is no part of a body', () => {
    const a = analyze('Defense Minister, Ambassador discuss cooperation\n\n4 July 2023, 12:03\n\nASTANA. KAZINFORM – Defense Minister of Kazakhstan Ruslan Zhaksylikov held talks with Türkiye’s Ambassador Mustafa Kapuci.');
    assert.strictEqual(a.meetings[0]?.place, 'Astana');
    const b = analyze('The commander made a courtesy call to Defense Secretary Voltaire Gasmin and Armed Forces chief-of-staff Gen. Gregorio Pio Catapan.');
    assert.deepStrictEqual(['Voltaire Gasmin', 'Gregorio Pio Catapan'].map((n) => person(b, n)?.position), ['Defense Secretary', 'Armed Forces chief-of-staff']);
  });
  it('"External Affairs Minister S Jaishankar": an initial without its dot opens a name after an office', () => {
    const a = analyze('External Affairs Minister S Jaishankhar met US Secretary of State Michael R Pompeoh in New Delhi on Thursday.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.position}/${p.side}`),
      ['S Jaishankhar/External Affairs Minister/India', 'Michael R Pompeoh/Secretary of State/United States']);
  });
  it('UN readouts: the Secretary-General serves the United Nations; "In his meeting with X, Minister ..., the Secretary-General raised"; "In the meeting between the Secretary-General and Y" is another meeting', () => {
    const a = analyze('1 October 2012\n\nAs the United Nations General Assembly wrapped up its General Debate in New York today, Secretary-General Ban Ki-mun discussed issues in meetings with foreign ministers.\n\n' +
      'In his meeting with Syria’s Minister for Foreign Affairs, Walid Al-Mualem, the Secretary-General raised the killings.\n\n' +
      'In the meeting between the Secretary-General and Djibouti’s Minister for Foreign Affairs, Mahamoud Ali Yusuf, the two men discussed the Horn of Africa.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}/${p.side}`).join(', ')),
      ['Ban Ki-mun/United Nations, Walid Al-Mualem/Syria', 'Ban Ki-mun/United Nations, Mahamoud Ali Yusuf/Djibouti']);
    // (A ministry's own secretary-general, not the UN's; his Malaysian style tells his country.)
    assert.strictEqual(person(analyze('Also present were MINDEF secretary-general Datuk Lokman Hakim Alli and the UN envoy.'), 'Lokman Hakim Alli')?.country ?? null, 'Malaysia');
  });
  it('"H.E. José Manuel Albares Bueno, Minister for Foreign Affairs, European Union and Cooperation of Spain": the country closing a listed office; "HE Sheikh X"', () => {
    const a = analyze('The Secretary-General met with H.E. José Manuel Albarez Bueno, Minister for Foreign Affairs, European Union and Cooperation of Spain.');
    assert.deepStrictEqual([person(a, 'José Manuel Albarez Bueno')?.position, person(a, 'José Manuel Albarez Bueno')?.country], ['Minister for Foreign Affairs, European Union and Cooperation', 'Spain']);
    const b = analyze('Qatar’s Minister of Foreign Affairs HE Sheikh Mohammed bin Abdulrahman Al-Thanni met here on Tuesday with UN Secretary-General Antonio Guterez.');
    assert.deepStrictEqual(b.meetings[0]?.participants.map((p) => `${p.name}/${p.side}`), ['Mohammed bin Abdulrahman Al-Thanni/Qatar', 'Antonio Guterez/United Nations']);
  });
  it('a host the text gives no country, receiving unnamed guests at a place, receives at home', () => {
    const a = analyze('The Chief of Army Staff, Lieutenant General Taoreed Lagbajah has received 27 accredited Defence Attachés and Advisers at the Army Headquarters in Abuja.');
    assert.strictEqual(person(a, 'Taoreed Lagbajah')?.country, 'Nigeria');
  });
  it('"The Chief of the Army Staff (COAS) of the Nepal Army, General X, who is on a goodwill visit, called on President Y": initials inside the office; the visit is the call\'s occasion', () => {
    const a = analyze('The Chief of the Army Staff (COAS) of the Nepal Army, General Rajendra Chetri, who is on a goodwill visit, called on President Maithripala Sirisene at the President’s official Residence in Colombo.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind} ${m.place}: ${m.participants.map((p) => `${p.name}/${p.role}/${p.side}`).join(', ')}`),
      ['reception Colombo: Rajendra Chetri/guest/Nepal, Maithripala Sirisene/host/Sri Lanka']);
    assert.strictEqual(person(a, 'Rajendra Chetri')?.position, 'Chief of the Army Staff (COAS) of the Nepal Army');
  });
  it('the home of a readout goes to those who welcome, not to their guests across the verb, who then stand across from it', () => {
    const a = analyze('Army chief discusses cooperation with Australian counterpart\n\nChief of Army Staff General MM Naravani held a telephonic conversation with Lieutenant General Rick Burre, Chief of the Australian Army.\n\n' +
      'In September 2021, Defence Minister Rajnath Sinh, and Minister of External Affairs, Dr S. Jaishankur, welcomed Minister for Foreign Affairs, Senator Marise Paine, and Minister for Defence, Peter Duttin, to New Delhi for the first India-Australia 2+2 Ministerial Dialogue.');
    assert.deepStrictEqual(['Rajnath Sinh', 'S. Jaishankur', 'Marise Paine', 'Peter Duttin'].map((n) => person(a, n)?.country), ['India', 'India', 'Australia', 'Australia']);
  });
  it('"promised to carry out a bilateral meeting with X next May" is a meeting to come', () => {
    const a = analyze('Burgos promised to carry out a bilateral meeting with the Minister of Defense of Ecuador, María Fernanda Espinoza next May. Deputy Minister Larreа recalled his meeting this Tuesday with the Assistant Secretary of Defense of Chile, Marcos Robleda.');
    assert.ok(!a.meetings.some((m) => m.participants.some((p) => p.name === 'María Fernanda Espinoza')));
    // (Told as announced, the text reporting no meeting held.)
    assert.deepStrictEqual(analyze('Minister Alberto Burgos will hold a bilateral meeting with Defense Minister Marcos Robleda next week.').meetings.map((m) => m.announced), [true]);
  });
  it('"at the Hyderabad House" in New Delhi: a city naming a venue is no place of its own; "EAM" is an office of India', () => {
    const a = analyze('New Delhi: Chinese Foreign Minister Wang Yee met External Affairs Minister S. Jaishankur for delegation-level talks at the Hyderabad House on Friday.');
    assert.strictEqual(a.meetings[0]?.place, 'New Delhi');
    assert.ok(!a.entities.some((e) => e.type === 'place' && e.text === 'Hyderabad'));
    const b = analyze('Chinese FM holds talks with EAM Jaishankur in Delhi');
    assert.strictEqual(person(b, 'Jaishankur')?.country, 'India');
  });
  it('Oman: "Minister Responsible for Defence Affairs"; "Secretary General of the Arab League" is an office of a body, no person "League"', () => {
    const a = analyze('MUSCAT: Sayyid Badr bin Saud al Busaidi, Minister Responsible for Defence Affairs, received in his Office on Thursday, Ahmed Aboul Gheyt, Secretary General of the Arab League.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.position}/${p.side}`),
      ['Badr bin Saud al Busaidi/Minister Responsible for Defence Affairs/Oman', 'Ahmed Aboul Gheyt/Secretary General of the Arab League/Arab League']);
  });
  it('"received in his office at Muaskar al Murtafa’a": a place within the dateline\'s city gives way to it', () => {
    const a = analyze('MUSCAT: Mohammed bin Nasser al Rasby, Secretary-General at the Ministry of Defence, received in his office at Muaskar al Murtafa’a today, Air Chief Marshal Sir Mike Wigsen, British Chief of Air Staff.');
    assert.strictEqual(a.meetings[0]?.place, 'Muscat');
  });
  it('"X hosted a reception for a delegation", then "Y thanked X for the warm reception": Y is the guest', () => {
    const a = analyze('Lieutenant General Dao Duy Minn hosted a reception on Feb. 23 for a delegation of young officers from the Chinese People\'s Liberation Army.\n\n' +
      'The General said the visit by the delegation, led by Colonel Wu Yuzang, Deputy Head of the Foreign Affairs Office, is part of an agreement.\n\nYuzang thanked Minn for the warm reception.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Dao Duy Minn/host', 'Wu Yuzang/guest']);
  });
  it('"First Published: Sat, September 30 2017. 18:50 IST" closing a page dates its "Saturday"', () => {
    const a = analyze('Chinese President meets US Secretary of State\n\nChinese President Xi Jinpin met US Secretary of State Rex Tillersen on Saturday.\n\nFirst Published: Sat, September 30 2017. 18:50 IST');
    assert.strictEqual(a.meetings[0]?.isoDate, '2017-09-30');
  });
  it('"Published 19 April 2023" closing a release dates it when the top gives no date', () => {
    const a = analyze('Defence Secretary meets US leaders\n\nSecretary of State for Defence Ben Walace met his counterpart, Defense Secretary Lloyd Austen, today at the Pentagon.\n\nPublished 19 April 2023');
    assert.strictEqual(a.meetings[0]?.isoDate, '2023-04-19');
  });
  it('wire and agency styles: "spoke over telephone with"; "Defence minister General X" after a dash; "Gen. of the Army"; "Defense Ministers Discuss" names no one; "ministers of the ... member states" meet multilaterally', () => {
    assert.strictEqual(analyze('Raksha Mantri Shri Rajnath Singh today spoke over telephone with Minister of National Defence of the Republic of Korea Mr Jeong Kyeong-Du.').meetings[0]?.kind, 'phone call');
    assert.strictEqual(person(analyze('HÀ NỘI — Defence minister General Ngô Xuân Lich and his Japanese counterpart Nobuo Kishy held phone talks on Monday.'), 'Ngô Xuân Lich')?.position, 'Defence minister');
    const b = analyze('Belarusian, Russian Defense Ministers Discuss Security\n\nPhone talks between Belarusian Defense Minister Lt. Gen. Viktor Khrenen and Russian Defense Minister Gen. of the Army Sergei Shoygu took place.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}/${p.rank}`).sort(), ['Sergei Shoygu/Gen. of the Army', 'Viktor Khrenen/Lt. Gen.']);
    const c = analyze('MOSCOW - Russian Defense Minister Sergei Shoygu on Monday chaired the meeting between the defense ministers of the Shanghai Cooperation Organization (SCO), Commonwealth of Independent States (CIS) and the Collective Security Treaty Organization (CSTO) member states in the Moscow Region.');
    assert.strictEqual(c.meetings[0]?.kind, 'multilateral');
  });
  it('"Earlier in the day, ..." opening a paragraph dates the calls it goes on to tell by the day of the talks', () => {
    const text = (opening: string) => 'Defence Minister Rajnat Sing held talks with Minister of National Defence of Vietnam General Phan Van Gyang in Hanoi on June 8, 2022.\n\n' +
      'The two sides signed a memorandum.\n\nThey discussed training.\n\nThey discussed industry.\n\n' +
      `${opening}, Rajnat Sing laid a wreath at the Monument. He also called on President of Vietnam Nguyen Xuan Fuc.`;
    assert.deepStrictEqual(analyze(text('Earlier in the day')).meetings.map((m) => m.isoDate), ['2022-06-08', '2022-06-08']);
    // Told far from the talks, with nothing to say it was the same day: the month of the visit.
    assert.deepStrictEqual(analyze(text('In Hanoi')).meetings.map((m) => m.isoDate), ['2022-06-08', '2022-06']);
    // "Earlier on the same day, X held talks with Y, and was received by Z": the cue covers the clause that goes on.
    const c = analyze('Published: Jul 18, 2024\n\nZhang Yuxia, vice chairman of the Central Military Commission, met with Chief of Army Staff of Pakistan General Asim Munirr in Beijing on Wednesday.\n\nZhang said the two are partners.\n\nHe said they trust each other.\n\nMunirr thanked China.\n\n' +
      'Earlier on the same day, the Pakistani army chief held talks with Liu Zhenly, chief of the Joint Staff Department, and was received by Chinese Defense Minister Admiral Dong Jung.');
    assert.deepStrictEqual(c.meetings.map((m) => m.isoDate), ['2024-07-17', '2024-07-17', '2024-07-17']);
  });
  it('"his Royal Brunei Navy (RBN) counterpart, First Admiral X", later "the RBN commander made a courtesy call to Y": the body\'s head is X', () => {
    const a = analyze('Philippine Navy flag-officer-in-command Vice Admiral Jesus Milan met his Royal Brunei Navy (RBN) counterpart, First Admiral Pengiran Norazmy Monday.\n\n' +
      'Prior to his meeting with Milan, the RBN commander made a courtesy call to Defense Secretary Voltaire Gasmin.');
    assert.strictEqual(person(a, 'Pengiran Norazmy')?.organization, 'Royal Brunei Navy');
    assert.strictEqual(person(a, 'Pengiran Norazmy')?.position, 'RBN commander');
    assert.deepStrictEqual(a.meetings[1]?.participants.map((p) => `${p.name}/${p.role}`), ['Pengiran Norazmy/guest', 'Voltaire Gasmin/host']);
    // The body's one official holds another office ("Captain X and RBN Fleet" is no body of its own).
    const b = analyze('Royal Brunei Navy (RBN) Chief of Staff Captain Abu Bakar Hashim and RBN Fleet Commander Colonel Awang Jefry attended. The RBN commander made a courtesy call to Defense Secretary Voltaire Gasmin.');
    assert.strictEqual(person(b, 'Awang Jefry')?.organization, 'RBN Fleet');
    assert.ok(!b.meetings.some((m) => m.participants.some((p) => p.name === 'Abu Bakar Hashim')));
  });
  it('"A meeting between X and Y would take place on the sidelines of the G20 summit" is a meeting to come', () => {
    const a = analyze('A meeting between Lavrow and Tilerson would take place on the sidelines of the G20 summit conference in Hamburg.\n\n' +
      'MOSCOW, June 29. /TASS/. Russian Foreign Minister Sergei Lavrow had a telephone conversation with U.S. Secretary of State Rex Tilerson on Thursday.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}/${m.headline}`), ['phone call/true']);
  });
  it('"Finance Minister X", "Foreign Affairs Minister Y": the portfolio is part of the office', () => {
    const a = analyze('President Dissanayaka also met Finance Minister Nirmala Sitharamen and Foreign Affairs Minister Javier Gonzalez-Olaechia.');
    assert.strictEqual(person(a, 'Nirmala Sitharamen')?.position, 'Finance Minister');
    assert.strictEqual(person(a, 'Javier Gonzalez-Olaechia')?.position, 'Foreign Affairs Minister');
  });
  it('a state visitor received abroad: the hosts the text gives no country serve the country it took place in; "Earlier on Sunday, the Sri Lankan President was received by ..." is another meeting', () => {
    const a = analyze('SL president given ceremonial reception\n\nDecember 16, 2024\n\n' +
      'Sri Lankan President Anura Kumara Dissanayaka was accorded a ceremonial reception at the forecourt of Rashtrapati Bhavan in New Delhi on Monday.\n\n' +
      'President Droupadi Murmo and Prime Minister Narendra Modee received Sri Lankan President Anura Kumara Dissanayaka at Rashtrapati Bhavan.\n\n' +
      'Earlier on Sunday, the Sri Lankan President was received by Minister of State for Information L Murugen in Delhi.');
    assert.strictEqual(person(a, 'Droupadi Murmo')?.country, 'India');
    assert.strictEqual(person(a, 'Narendra Modee')?.country, 'India');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.isoDate} ${m.participants.map((p) => `${p.name}/${p.role}`).join(', ')}`), [
      '2024-12-16 Anura Kumara Dissanayaka/guest, Droupadi Murmo/host, Narendra Modee/host',
      '2024-12-15 Anura Kumara Dissanayaka/guest, L Murugen/host',
    ]);
  });
  it('"Brigadier General (Brig Gen) Jurgen Schrodl": the rank\'s short form in brackets stands between rank and name', () => {
    const a = analyze('Brigadier General (Brig Gen) Jurgen Schrödel has paid a special visit to the Chief of Defence Staff (CDS) of the Ghana Armed Forces (GAF) Vice Admiral Seth Amoamah at the General Headquarters.');
    assert.deepStrictEqual(of(a, 'rank'), ['Brigadier General', 'Brig Gen', 'Vice Admiral']);
    assert.strictEqual(person(a, 'Jurgen Schrödel')?.rank, 'Brigadier General');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Jurgen Schrödel/guest', 'Seth Amoamah/host']);
  });
  it('"30.06.2016." closing a date line; "X, Minister-Counsellor at the Embassy of the Russian Federation": the mission is the holder\'s body and part of the office', () => {
    const a = analyze('Minister of Defence meets Minister-Counsellor\n\n30.06.2016.\n\nDefence Minister Zoran Djordjevich met today with Denis Kuznedelov, Minister-Counsellor at the Embassy of the Russian Federation.');
    assert.strictEqual(a.meetings[0]?.isoDate, '2016-06-30');
    const k = person(a, 'Denis Kuznedelov');
    assert.deepStrictEqual([k?.position, k?.organization, k?.country], ['Minister-Counsellor at the Embassy of the Russian Federation', 'Embassy of the Russian Federation', 'Russia']);
    assert.strictEqual(person(analyze('He met Assistant Defence Attaché in the U.S. Embassy Lt Col Seth Nevinns.'), 'Seth Nevinns')?.position, 'Assistant Defence Attaché in the U.S. Embassy');
  });
  it('"Ambassador to the Philippines X": the country an envoy is sent to is not the one they serve', () => {
    const a = analyze('Ambassador to the Philippines John Smyth met Defence Attaché in Jakarta Colonel Jim Browne.');
    assert.strictEqual(person(a, 'John Smyth')?.position, 'Ambassador to the Philippines');
    assert.notStrictEqual(person(a, 'John Smyth')?.country, 'Philippines');
  });
  it('Gulf agency styles: "Manama, Mar.14 (BNA): ... today" under a later page stamp; "Commander in Chief Field Marshal Shaikh X"; "Y and Z attended."; "The BDF Chief" is the body\'s chief, not its Chief of Staff', () => {
    const a = analyze('Bahrain-US defence cooperation discussed\n\nThu, 03/15/2018 - 00:47\n\n' +
      'Manama, Mar.14 (BNA): Bahrain Defence Force (BDF) Commander in Chief Field Marshal Shaikh Khalifa bin Ahmad Al-Khalifah today received US Defence Secretary James Matis at the BDF Officers’ Club. ' +
      'The Minister of Defence Affairs Lieutenant-General Yousef bin Ahmed Al-Jalahmah and the BDF Chief of Staff Lt. Gen. Diyab bin Saqr Al-Nuaimy attended. ' +
      'The BDF Chief welcomed the US Defence Secretary and the accompanying delegation.');
    const k = person(a, 'Khalifa bin Ahmad Al-Khalifah');
    assert.deepStrictEqual([k?.rank, k?.position], ['Field Marshal', 'Commander in Chief']);
    assert.strictEqual(a.meetings.length, 1);
    assert.strictEqual(a.meetings[0].isoDate, '2018-03-14');
    assert.deepStrictEqual(a.meetings[0].participants.map((p) => `${p.name}/${p.role}`),
      ['Khalifa bin Ahmad Al-Khalifah/host', 'James Matis/guest', 'Yousef bin Ahmed Al-Jalahmah/host', 'Diyab bin Saqr Al-Nuaimy/host']);
  });
  it('"A session of talks was held between the Sultanate and Qatar", then "The Omani side was chaired by X, whilst the Qatari side was chaired by Y": X and Y meet', () => {
    const a = analyze('Muscat: An official session of talks was held between the Sultanate and the State of Qatar at the Ministry of Defence on Sunday.\n\n' +
      'The Omani side was chaired by Sayyid Badr bin Saud al Busaidy, Minister Responsible for Defence Affairs, whilst the Qatari side was chaired by Dr Khalid bin Mohammed al Atiyah, Minister of State for Defence Affairs.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}/${m.headline}: ${m.participants.map((p) => `${p.name}/${p.side}`).join(', ')}`),
      ['talks/true: Badr bin Saud al Busaidy/Oman, Khalid bin Mohammed al Atiyah/Qatar']);
  });
  it('"FILE PHOTO:" captions an earlier meeting and is no dateline; "X and Saudi Foreign Minister Y discussed investing in ..." is their talks, with no place from the topic', () => {
    const a = analyze('Mexico, Saudi Arabia agree to strengthen economic ties\n\n' +
      'FILE PHOTO: Mexico’s Foreign Minister Marcello Ebrard address media following talks with U.S. Secretary of State Antony Blinkin in Mexico City, October 8, 2021.\n\n' +
      'March 23, 2022\n\nMEXICO CITY (Reuters) – Ebrard and Saudi Foreign Minister Prince Faisal bin Farhaan Al Saud on Wednesday discussed investing in tourism in Jordan.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.headline} ${m.isoDate} ${m.place}: ${m.participants.map((p) => p.name).join(', ')}`), [
      'false 2021-10-08 Mexico City: Marcello Ebrard, Antony Blinkin',
      'true 2022-03-23 Mexico City: Marcello Ebrard, Faisal bin Farhaan Al Saud',
    ]);
    // One official discussing a matter meets no one.
    assert.deepStrictEqual(analyze('Foreign Minister Marcello Ebrard discussed investing in tourism with business leaders.').meetings, []);
  });
  it('"Chief of Staff of Army General X": the service closes the office, "General" is the rank; "in EFES 2022 Military Exercise" names an event, not a place', () => {
    const a = analyze('Addis Ababa, June 9, 2022 (FBC) – Ethiopian Chief of Staff of Army Field Marshal Birhanu Julla arrived in Türkiye yesterday to take part in EFES 2022 Military Exercise.\n\n' +
      'Upon his arrival, Field Marshal Birhanu Julla discussed with Türkiye’s Chief of Staff of Army General Yasar Gulerr on bilateral issues.');
    const g = person(a, 'Yasar Gulerr');
    assert.deepStrictEqual([g?.rank, g?.position, g?.country], ['General', 'Chief of Staff of Army', 'Turkey']);
    assert.ok(!a.entities.some((e) => e.type === 'place' && e.text === 'EFES'));
    assert.ok(a.meetings.every((m) => m.place === 'Turkey'), a.meetings.map((m) => m.place).join());
  });
  it('"the US chief of diplomacy to Poland’s Podkarpacie region": a possessive place opens another phrase, no holder\'s name', () => {
    const a = analyze('Like last week’s visit of the US chief of diplomacy to Poland’s Podkarpacie region, today’s call was to coordinate the response.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), []);
  });
  it('an office a name was introduced with stands for its holder later, though the title gave another ("Defence Minister X" in the title, "Raksha Mantri X", then "called on the Raksha Mantri")', () => {
    const a = analyze('Defence Minister Rajnath Sing holds bilateral meetings\n\nRaksha Mantri Rajnath Sing held bilateral meetings with Minister of Defence of Belarus Lieutenant General Victor Khrenine in New Delhi on April 28, 2023.\n\n' +
      'Secretary General of SCO Mr Zhang Ming also called on the Raksha Mantri upon the completion of the SCO Defence Minister’s meeting.');
    assert.deepStrictEqual(a.meetings[1]?.participants.map((p) => `${p.name}/${p.role}`), ['Zhang Ming/guest', 'Rajnath Sing/host']);
  });
  it('"In agreement with X, the Indian Minister of Defense said": no apposition of X, who serves another nation; the office goes to the Indian counterpart', () => {
    const a = analyze('Ethiopia’s Minister of Defense, Abreham Belai, met and discussed with his Indian counterpart, Rajnath Sing, on the sidelines of the Dialogue.\n\n' +
      'In agreement with Abreham, the Indian Minister of Defense said that the two nations have enormous potential.');
    assert.strictEqual(person(a, 'Rajnath Sing')?.position, 'Minister of Defense');
  });
  it('"A bilateral meeting with the United States ... was held today", "The meeting was attended by X", "Y and Z led the U.S. delegation": those named are its parties', () => {
    const a = analyze('A bilateral meeting with the United States on security matters was held today at the Foreign Ministry. The meeting was attended by Admiral José Rafael Ojeda Duram for the Navy. ' +
      'Attorney General William Barre and Ambassador Christopher Landaw led the U.S. delegation.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}/${m.headline}: ${m.participants.map((p) => p.name).join(', ')}`),
      ['talks/true: José Rafael Ojeda Duram, William Barre, Christopher Landaw']);
  });
  it('"X has had a meeting with Y", then "Y expressed gratitude to the Ambassador for visiting him": Y received X', () => {
    const text = (thanks: string) => 'BANGKOK,(NNT) – Australian Ambassador to Thailand, H. E. Mr. Paul Robiliard, has had a meeting with the Chief of the Defense Forces, General Surapong Suwanadth.\n\n' + thanks;
    const a = analyze(text('For his part, Gen Surapong expressed gratitude to the Ambassador for visiting him and discussing such important issues.'));
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}: ${m.participants.map((p) => `${p.name}/${p.role}`).join(', ')}`),
      ['reception: Paul Robiliard/guest, Surapong Suwanadth/host']);
    const b = analyze(text('For his part, Gen Surapong expressed gratitude to the Ambassador for the discussion.'));
    assert.strictEqual(b.meetings[0]?.kind, 'talks');
  });
  it('"the meeting brought together defence ministers or representatives from all ASEAN member states" is multilateral', () => {
    const a = analyze('Chaired by Cambodian Deputy Prime Minister and Defence Minister Tea Bahn, the meeting brought together defence ministers or representatives from all ASEAN member states.');
    assert.strictEqual(a.meetings[0]?.kind, 'multilateral');
  });
  it('"The interaction between the two was held on the request of the US Defence Secretary", after the call: he called', () => {
    const a = analyze('In a telephonic conversation with U.S. Defence Secretary Mark T. Espar, Defence Minister Mr. Rajnat Singh on Friday took up the issues of bilateral defence cooperation. ' +
      'The interaction between the two was held on the request of the US Defence Secretary.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Mark T. Espar/caller', 'Rajnat Singh/callee']);
  });
  it('"The four ministers, Minister A, the Czech Republic, Deputy Minister B, Hungary, ... later signed": the principals of a multilateral meeting, each with the country after the name', () => {
    const a = analyze('V4 Ministers of Defence meet in Liblice\n\nThe central themes of the two-day meeting of the Visegrad Group were the migration crisis and the security situation.\n\n' +
      'The four ministers, Minister Martin Stropnicki, the Czech Republic, Deputy Minister Tamas Vargha, Hungary, Minister Antoni Macierewicz, Poland, and Minister Peter Gajdosh, Slovakia, later signed the Joint Declaration.\n\n' +
      '"We agreed," said Minister Stropnicki at the end of the meeting which was held at Liblice Castle, northeast of Prague.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}/${m.headline}: ${m.participants.map((p) => `${p.name}/${p.side}`).join(', ')}`),
      ['multilateral/true: Martin Stropnicki/Czech Republic, Tamas Vargha/Hungary, Antoni Macierewicz/Poland, Peter Gajdosh/Slovakia']);
  });
  it('a readout\'s "Ban Ki-Moon, Former Secretary-General" serves the United Nations', () => {
    const a = analyze('Readout of the Secretary-General’s meeting with Mr. Yang Jiechy, Minister for Foreign Affairs of the People’s Republic of China\n\nNew York\n\n24 September 2012\n\n' +
      'Ban Ki-Mun, Former Secretary-General\n\nThe Secretary-General met today with H.E. Mr. Yang Jiechy. The Secretary-General expressed his appreciation for China’s close cooperation with the United Nations.');
    assert.strictEqual(person(a, 'Ban Ki-Mun')?.country, 'United Nations');
  });
  it('"The Commander made the remarks when the attaché, Group Captain X called on him": the commander received X; a title in capitals is no dateline', () => {
    const a = analyze('UK, ZAMBIA MILITARY RELATIONS STRONGER\n\nCommander Zambia Army, Lieutenant General Sitali Dennis Alibuzwe has hailed the United Kingdom.\n\n' +
      'The Commander Zambia Army made the remarks when UK Defence attaché accredited to Zambia, Group Captain Andrew Bastible called on him at Army headquarters, Tuesday, 5 December 2023.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place}: ${m.participants.map((p) => `${p.name}/${p.role}`).join(', ')}`),
      ['Zambia: Andrew Bastible/guest, Sitali Dennis Alibuzwe/host']);
  });
  it('"January 16, 2018 – Vancouver, Canada – National Defence": the release\'s date, then its place', () => {
    const a = analyze('Defence Minister Meets with US Secretary of Defense\n\nJanuary 16, 2018 – Vancouver, Canada – National Defence / Canadian Armed Forces\n\n' +
      'Defence Minister Harjit S. Sajan met today with US Secretary of Defense James Matis to discuss a broad range of priorities.');
    assert.deepStrictEqual([a.meetings[0]?.isoDate, a.meetings[0]?.place], ['2018-01-16', 'Vancouver']);
  });
  it('"Human Resources Minister"; "Minister of Defense and Acting Minister of Interior" stacks two offices; "a lunch, hosted by A and Dr B" is one reception with two hosts', () => {
    assert.strictEqual(person(analyze('The event was also attended by Human Resources Minister Vasanth Sivakumaar.'), 'Vasanth Sivakumaar')?.position, 'Human Resources Minister');
    const k = analyze('Deputy Prime Minister, Minister of Defense and Acting Minister of Interior Sheikh Fahad Yousef Saud Al-Sabah received him.');
    assert.strictEqual(person(k, 'Fahad Yousef Saud Al-Sabah')?.position, 'Deputy Prime Minister, Minister of Defense and Acting Minister of Interior');
    const a = analyze('Datuk Seri Mohamad Hassan called on Defence Minister Ng Eng Hean on Tuesday morning.\n\n' +
      'Later, Mr Mohamad attended an official lunch, hosted by Deputy Prime Minister Lawrence Wongg and Dr Ng.');
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => `${p.name}/${p.role}`).join(', ')),
      ['Mohamad Hassan/guest, Ng Eng Hean/host', 'Mohamad Hassan/guest, Lawrence Wongg/host, Ng Eng Hean/host']);
  });
  it('"The High Commission hosted a dinner in honour of X ... attended by Minister Y", then "X had paid a courtesy call on Z on Monday": the call is earlier, not the dinner; Y is of the place', () => {
    const a = analyze('KUALA LUMPUR (July 11): The Indian High Commission in Malaysia hosted a dinner reception yesterday in honour of Indian Defence Minister Rajnat Singh.\n\n' +
      'The event was also attended by Human Resources Minister Vasanth Sivakumaar.\n\n' +
      'Rajnat Singh had paid a courtesy call on Malaysian Prime Minister Anwar Ibraheem in Putrajaya on Monday.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.place}: ${m.participants.map((p) => p.name).join(', ')}`),
      ['Kuala Lumpur: Rajnat Singh, Vasanth Sivakumaar', 'Putrajaya: Rajnat Singh, Anwar Ibraheem']);
    assert.strictEqual(person(a, 'Vasanth Sivakumaar')?.country, 'Malaysia');
  });
  it('"Canberra, Oct. 9 -- Defence Minister X arrived in Canberra ... official visit to Australia": the visitor does not serve the dateline\'s country', () => {
    const a = analyze('Rajnat Singh arrives in Canberra to boost India-Australia defence ties\n\nCanberra, Oct. 9 -- Defence Minister Rajnat Singh arrived in Canberra on Thursday as part of his official visit to Australia.\n\n' +
      'At the airport, Singh was received by Peter Kahlil, Australia\'s Assistant Minister of Defence and Vice Admiral Justin Jonas, Chief of Joint Operations.');
    assert.strictEqual(person(a, 'Rajnat Singh')?.country, 'India');
    assert.strictEqual(person(a, 'Justin Jonas')?.country, 'Australia');
  });
  it('"Earlier, X held a bilateral meeting with his counterpart Y", after a reception both attended: another meeting', () => {
    const a = analyze('Prime Minister Anwar Ibraheem today received a courtesy call from Indian Defence Minister Rajnat Singh.\n\n' +
      'The meeting was also attended by Defence Minister Mohamad Hassan.\n\nEarlier, Rajnat held a bilateral meeting with his counterpart Mohamad at the Ministry of Defence in Kuala Lumpur.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}: ${m.participants.map((p) => p.name).join(', ')}`),
      ['reception: Anwar Ibraheem, Rajnat Singh, Mohamad Hassan', 'talks: Rajnat Singh, Mohamad Hassan']);
  });
  it('calls to come: "the phone call in the coming days", "may soon hold a phone conversation", "the phone call between A and B will happen"', () => {
    // (A call announced firmly is told as announced; one that may happen, not at all.)
    assert.ok(analyze('US Secretary of State Antony Blinkin said Wednesday he will speak to his Russian counterpart.\n\nThe phone call "in the coming days" with Foreign Minister Sergei Lavrow "will not be a negotiation," Blinkin told reporters.').meetings.every((m) => m.announced));
    assert.deepStrictEqual(analyze('US Secretary of State Antony Blinkin and Russian Foreign Minister Sergey Lavrow may soon hold a phone conversation.').meetings, []);
    assert.ok(analyze('The US expects that the phone call between Secretary of State Antony Blinkin and Russian Foreign Minister Sergey Lavrow will happen in the upcoming days.').meetings.every((m) => m.announced));
  });
  it('"his Russian counterpart, Foreign Minister Sergei Lavrov", later "Sergey Lavrov": one person, of Russia', () => {
    const a = analyze('U.S. Secretary of State Antony Blinkin was speaking to his Russian counterpart, Foreign Minister Sergei Lavrow, by phone.\n\n' +
      '"Secretary of State Antony J. Blinkin spoke with Russian Foreign Minister Sergey Lavrow today by phone."');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Antony Blinkin/United States', 'Sergei Lavrow/Russia']);
    // Given names more than a letter apart stay two people.
    assert.strictEqual(analyze('Minister Sergio Lavrow met Minister Sergei Lavrow.').persons.length, 2);
  });
  it('a text naming one country only: its officials are of it; "a courtesy visit to the Governor to thank him for hosting Prince X" names no party after "to thank"', () => {
    const a = analyze('The Commandant, Rear Admiral Olumuyiwa Olutu Friday paid a courtesy call to the Chief of Defence Staff (CDS), General Christopher Gwabin Mousa at the Defence Headquarters, Abuja.');
    assert.deepStrictEqual(a.persons.map((p) => p.country), ['Nigeria', 'Nigeria']);
    const b = analyze('The Chief of Defence Staff (CDS), General Christopher Mousa, on Monday, paid a visit to the Lagos State Governor, Babajide Sanwo-Olo.\n\n' +
      'The CDS was on a courtesy visit to the Governor to thank him for hosting the Duke and Duchess of Sussex, Prince Harry, and his wife, on Sunday.');
    assert.deepStrictEqual(b.meetings.map((m) => m.participants.map((p) => p.name).join(', ')), ['Christopher Mousa, Babajide Sanwo-Olo']);
    // Two countries named: nothing is inferred from that.
    assert.strictEqual(analyze('The Commandant, Rear Admiral Olumuyiwa Olutu paid a courtesy call to General Christopher Mousa in Abuja and Accra.').persons[0]?.country, null);
  });
  it('"X met with Y at the sidelines of the state visit to Japan of President Z": Z is the occasion, no party; "Galvez, Jr." keeps its comma; "Foreign Affairs Secretary"', () => {
    const a = analyze('TOKYO -- Senior Undersecretary Carlito Galves, Jr., Officer-in-Charge, met with Japan\'s Minister of Defense Hamada Yasukaz at the sidelines of the state visit to Japan of President Ferdinand Markos, Jr.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => p.name), ['Carlito Galves, Jr.', 'Hamada Yasukaz']);
    assert.strictEqual(person(analyze('Foreign Affairs Secretary Teodoro Locsen Jr. met them.'), 'Teodoro Locsen Jr.')?.position, 'Foreign Affairs Secretary');
    assert.strictEqual(person(analyze('He was accompanied by new Middle East Advisor Admiral Edward Ahlgrenn.'), 'Edward Ahlgrenn')?.position, 'Middle East Advisor');
  });
  it('"Addis Ababa October 18/2022/ENA/": the year after a slash completes the date', () => {
    const a = analyze('Addis Ababa October 18/2022/ENA/ Ethiopia’s Minister of Defense, Abreham Belai, met with his Indian counterpart, Rajnath Sing, today.');
    assert.strictEqual(a.meetings[0]?.isoDate, '2022-10-18');
  });
  it('"Published: 2012-9-19 11:08:45": a numeric date with one-digit month dates the release', () => {
    const a = analyze('Chinese vice president meets US Secretary of Defense\n\nSource:Xinhua Published: 2012-9-19 11:08:45\n\nChinese Vice President Xi Jinpin met with US Secretary of Defense Leon Panneta on Wednesday morning.');
    assert.strictEqual(a.meetings[0]?.isoDate, '2012-09-19');
  });
  it('UN readouts: "H.E. Ms. Theresa May" keeps her surname; the Secretary-General takes no country from the talk\'s topics; one who meets him in New York is not thereby American; a title closing with its day dates "today"', () => {
    const a = analyze('Readout of the Secretary-General\'s meeting with H.E. Ms. Theresa May, Prime Minister of the United Kingdom\n\nBan Ki-mun, Former Secretary-General\n\n' +
      'The Secretary-General met today with H.E. Ms. Theresa May, Prime Minister of the United Kingdom. They discussed the situation on the Korean peninsula.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`).sort(), ['Ban Ki-mun/null', 'Theresa May/United Kingdom']);
    const b = analyze('PM Gonsalvez meets the Secretary-General\n\n2022-09-20\n\nPrime Minister Gonsalvez met with His Excellency António Guterez, Secretary-General of the United Nations yesterday.\n\n' +
      'Prime Minister Gonsalvez is in New York to attend the United Nations General Assembly.');
    assert.strictEqual(person(b, 'Gonsalvez')?.country, null);
    const c = analyze('PM meeting with the UN Secretary-General: 24 September 2019\n\nThe Prime Minister met UN Secretary-General Antonio Guterez today at the General Assembly.');
    assert.strictEqual(c.meetings[0]?.isoDate, '2019-09-24');
    // (Only a title's own closing date: a full date further down dates no "November 6" of the lead.)
    const d = analyze('Defense Minister General Luong Cuongg held a phone talk with Chinese General Miao Huah on November 6.\n\nLater, General Luong Cuongg received Chinese Ambassador Xiong Boh in Hanoi on December 2, 2022.');
    assert.strictEqual(d.meetings[0]?.isoDate, null);
  });
  it('"ambassadors of A, the UK and B; X, Y and Z respectively": each name holds the office for its country in turn, and "in separate meetings" next makes one talk each', () => {
    const a = analyze('KUWAIT: Minister of Defense Sheikh Hamid Al-Sabahh yesterday held talks with ambassadors of Ukraine, the UK and Belgium; Balanutsa Oleksandrr, Michael Davenporte and Leo Peetter respectively, on cooperation.\n\n' +
      'Kuwait Army said that the minister held discussions with the envoys in separate meetings in his office.');
    assert.deepStrictEqual(a.persons.filter((p) => p.position === 'ambassador').map((p) => `${p.name}/${p.country}`), ['Balanutsa Oleksandrr/Ukraine', 'Michael Davenporte/United Kingdom', 'Leo Peetter/Belgium']);
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => p.name).join('+')}`), ['talks:Hamid Al-Sabahh+Balanutsa Oleksandrr', 'talks:Hamid Al-Sabahh+Michael Davenporte', 'talks:Hamid Al-Sabahh+Leo Peetter']);
    const b = analyze('The talks were led by the foreign ministers of India and Japan, Rao Singhh and Taro Konno, respectively.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Rao Singhh/foreign minister/India', 'Taro Konno/foreign minister/Japan']);
    // (Lists of unequal length pair nothing.)
    assert.deepStrictEqual(analyze('He met the ambassadors of India and Japan; Rao Singhh, Taro Konno and Ann Lee respectively.').persons, []);
  });
  it('"X and Y led the U.S. delegation": the others at the meeting serve the country the text pairs with it ("US-Mexico"); "Prior to this meeting, they held a meeting with Z" is another meeting, of X and Y with Z', () => {
    const a = analyze('A bilateral meeting with the United States on security matters was held today at the Foreign Ministry. The meeting was attended by Admiral Jose Ojeeda for the Navy. ' +
      'Attorney General Will Barre and Ambassador Chris Landauu led the U.S. delegation. Prior to this meeting, they held a meeting with President Andres Lopes Obradorr.\n\n' +
      'They agreed to strengthen the US-Mexico Security Group.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Jose Ojeeda/Mexico', 'Will Barre/United States', 'Chris Landauu/United States', 'Andres Lopes Obradorr/Mexico']);
    assert.deepStrictEqual(a.meetings.map((m) => m.participants.map((p) => p.name).sort().join('+')), ['Chris Landauu+Jose Ojeeda+Will Barre', 'Andres Lopes Obradorr+Chris Landauu+Will Barre']);
  });
  it('a range of days ("11–12 May", "May 11-12, 2022", "11-12 May 2022") dates a meeting by its first day', () => {
    const dated = (t: string) => analyze(t).meetings[0]?.isoDate;
    assert.strictEqual(dated('Nordic meeting\n\nPublished 12 May 2022\n\nOn 11–12 May, Minister for Defence Petr Hultkvist of Sweden held talks with Norwegian Defence Minister Od Gramm in Oslo.'), '2022-05-11');
    assert.strictEqual(dated('On May 11-12, 2022, Defence Minister Petr Hultkvist of Sweden held talks with Norwegian Defence Minister Od Gramm in Oslo.'), '2022-05-11');
    assert.strictEqual(dated('On 11-12 May 2022, Defence Minister Petr Hultkvist of Sweden held talks with Norwegian Defence Minister Od Gramm in Oslo.'), '2022-05-11');
  });
  it('"the African Union (AU) Commission": a short form inside a body\'s name does not cut it, so the office before it is whole', () => {
    const a = analyze('The Chairperson of the African Union (AU) Commission, H.E. Musa Fakki Mahamat, on 11 March 2021, received the credentials of the new Ambassador.');
    assert.strictEqual(person(a, 'Musa Fakki Mahamat')?.position, 'Chairperson of the African Union (AU) Commission');
    assert.ok(of(a, 'organization').includes('African Union (AU) Commission'));
  });
  it('"United States army general X": a rank in lower case after a nationality introduces an official of that country; "Publish date : 2022-01-23" closing the page dates "yesterday"; "X also attended the ceremony of Y" adds nobody to a meeting', () => {
    const a = analyze('US army general ends visit to Jamaica\n\nUnited States army general Lora Richardsen has ended her visit to Jamaica.\n\n' +
      'Richardsen also attended the change of command ceremony on Friday to mark the ascension of Rear Admiral Antonia Wemys Gormann as Chief of Defence Staff.\n\n' +
      'The embassy said, yesterday, Wemys Gormann and Richardsen met at the JDF headquarters.\n\nPublish date : 2022-01-23 03:00:00');
    assert.deepStrictEqual([person(a, 'Lora Richardsen')?.rank, person(a, 'Lora Richardsen')?.country], ['general', 'United States']);
    const talks = a.meetings.find((m) => m.kind === 'talks');
    assert.strictEqual(talks?.isoDate, '2022-01-22');
    assert.deepStrictEqual(talks?.participants.map((p) => p.name), ['Antonia Wemys Gormann', 'Lora Richardsen']);
    assert.deepStrictEqual(person(analyze('Indian lieutenant general Raj Kumarr met the press.'), 'Raj Kumarr')?.rank, 'lieutenant general');
    // (A lower-case "general" that no nationality opens is no rank.)
    assert.deepStrictEqual(analyze('The general public watched Lora Richardsen speak.').persons, []);
  });
  it('"with chief of the General Staff of the Turkish Armed Forces, Army General X": a lower-case office with its body, then its holder; "Colonel-General" is a rank; one of no stated country meeting two countries\' officials makes three sides', () => {
    const a = analyze('Azerbaijani defense minister, Colonel-General Zakir Hasanoff is holding a meeting in Baku with chief of the General Staff of the Turkish Armed Forces, Army General Yasar Gulerr and Chief of the General Staff of the Georgian Armed Forces Vladimer Chachibaya.');
    assert.deepStrictEqual([person(a, 'Zakir Hasanoff')?.rank, person(a, 'Yasar Gulerr')?.position, person(a, 'Yasar Gulerr')?.country], ['Colonel-General', 'chief of the General Staff of the Turkish Armed Forces', 'Turkey']);
    assert.strictEqual(a.meetings[0]?.kind, 'multilateral');
    const b = analyze('Minister of Defence Yuri Luikk met with Latvian defense minister Artis Pabrikss and Lithuanian defense minister Raimundas Karobliss in Tartu.');
    assert.strictEqual(b.meetings[0]?.kind, 'multilateral');
  });
  it('"Miami.- X visited ..., invited by its chief, U.S. Air Force general Y": a dateline closed by a stop and a dash, and a lower-case rank after a service with its country', () => {
    const a = analyze('Minister visits the Southern Command\n\nJanuary 13, 2011\n\nMiami.- Armed Forces minister Joaquin Virgilo Peres visited the facilities of the United States Southern Command, invited by its chief, U.S. Air Force general Douglas M. Frasier.');
    assert.deepStrictEqual([person(a, 'Douglas M. Frasier')?.rank, person(a, 'Douglas M. Frasier')?.country], ['general', 'United States']);
    assert.strictEqual(a.meetings[0]?.place, 'Miami');
  });
  it('"took a phone call from X": X called; a page\'s fields on one line ("Text: ... | Photo: ... | 13:07 November 24, 2021") date the release', () => {
    const a = analyze('BEIJING - China\'s Minister of National Defence, Wei Fenghee, on Thursday took a phone call from US Secretary of Defence Mark Espar.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Wei Fenghee/callee', 'Mark Espar/caller']);
    const b = analyze('New Bulgarian defence attaché\n\nText: Defence Forces Command | Photo: WO Lajos Szabo |  13:07 November 24, 2021\n\n' +
      'On Tuesday, 23 November Lieutenant General Zoltan Mihocza received in his office Colonel Yoan Pavloff, Bulgaria’s defence attaché accredited to Budapest.');
    assert.strictEqual(b.meetings[0]?.isoDate, '2021-11-23');
  });
  it('"convened a joint security dialogue today in Washington." then "Led by A and B, U.S. and Ghanaian officials discussed ...": the leaders\' talks, in Washington', () => {
    const a = analyze('The United States and Ghana convened a joint security dialogue today in Washington. Led by U.S. Deputy Secretary of State Kurt Campbel and Ghanaian Minister of National Security Albert Kan-Dapah, U.S. and Ghanaian officials discussed international peace and security.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}@${m.place}:${m.participants.map((p) => p.name).join('+')}`), ['talks@Washington:Kurt Campbel+Albert Kan-Dapah']);
    // (Officials of one side leading nobody's talks: "Led by X, the officials discussed" names one party only.)
    assert.deepStrictEqual(analyze('Led by Minister Albert Kan-Dapah, Ghanaian officials discussed the budget.').meetings, []);
  });
  it('"the AMISOM Force Commander", AMISOM defined as the "African Union Mission in Somalia": he serves the African Union, not Somalia', () => {
    const a = analyze('He also met the AMISOM Force Commander Lt Gen Osman Nur Soubagle in Mogadishu.\n\nSoldiers were killed during an African Union Mission in Somalia (AMISOM) patrol.');
    assert.strictEqual(person(a, 'Osman Nur Soubagle')?.country, 'African Union');
  });
  it('"congratulated Y over his appointment as Defence Minister": Y holds that office', () => {
    const a = analyze('Minister of National Defence General Ngo Xuan Lic talked over the phone with his Japanese counterpart Kishi Nobuoo on November 16. Minister Lic congratulated Kishi over his appointment as Defence Minister.');
    assert.strictEqual(person(a, 'Kishi Nobuoo')?.position, 'Defence Minister');
    assert.strictEqual(person(a, 'Ngo Xuan Lic')?.position, 'Minister of National Defence');
  });
  it('"X as the first woman Chief of Defence Staff", "appointed X as the new Chief of Army Staff": X holds that office; "National Security Minister" is read whole', () => {
    assert.strictEqual(person(analyze('The ceremony marked the ascension of Rear Admiral Antonia Wemys Gormann as the first woman Chief of Defence Staff.'), 'Antonia Wemys Gormann')?.position, 'Chief of Defence Staff');
    assert.strictEqual(person(analyze('The President appointed General Ali Khann as the new Chief of Army Staff.'), 'Ali Khann')?.position, 'Chief of Army Staff');
    assert.strictEqual(person(analyze('National Security Minister Dr Horas Chang met him.'), 'Horas Chang')?.position, 'National Security Minister');
  });
  it('"the visiting U.S. secretary of the Navy in Seoul", later "Secretary X": X holds that office, serves the United States, and met in Seoul; "Minister of Defense of Uzbekistan also stressed" ends the office at the country', () => {
    const a = analyze('Defense Minister Shin Won-sikk held talks with the visiting U.S. secretary of the Navy in Seoul on Monday. Shin met with Secretary Carlos Del Torro to exchange views.');
    assert.deepStrictEqual([person(a, 'Carlos Del Torro')?.position, person(a, 'Carlos Del Torro')?.country], ['secretary of the Navy', 'United States']);
    assert.strictEqual(a.meetings[0]?.place, 'Seoul');
    // (A country after an office is where it is held: "permanent secretary of defense in Laos".)
    const b = analyze('Park Jae-minn also held a bilateral meeting with Khamsi Vongkhamsau, permanent secretary of defense in Laos, in Seoul.');
    assert.strictEqual(b.meetings[0]?.place, 'Seoul');
    assert.deepStrictEqual(of(analyze('The Minister of Defense of Uzbekistan also stressed that close friendly relations are moving to a new level.'), 'position'), ['Minister of Defense']);
    assert.strictEqual(person(analyze('He was accompanied by Defence Attaché of the US embassy Lt. Col. Antony Nelsonn on arrival.'), 'Antony Nelsonn')?.position, 'Defence Attaché of the US embassy');
  });
  it('"President X of the European Parliament": the body after the name completes a bare office and gives its side; a body named most is no one\'s country by count alone', () => {
    const a = analyze('Minister Mevlut Cavusoglou met with President David Maria Sasoli of the European Parliament.');
    assert.deepStrictEqual([person(a, 'David Maria Sasoli')?.position, person(a, 'David Maria Sasoli')?.country], ['President of the European Parliament', 'European Union']);
    const b = analyze('Foreign Minister Mevlut Cavusoglou visited Brussels for the NATO Foreign Ministers Meeting. NATO allies met. NATO spoke.\n\nLater that day, Minister Cavusoglou also met with Foreign Minister Dominic Raabe of the United Kingdom.');
    assert.notStrictEqual(person(b, 'Mevlut Cavusoglou')?.country, 'NATO');
  });
  it('"During the visit, he met A, B, C and D": the visitor meets each in turn, in the country visited', () => {
    const a = analyze('The Chief of Staff of Bangladesh Army General Aziz Ahmedd visited Nepal from 7 to 11 February. During the visit, he met Nepalese President Bidhya Devi Bhandarii, Prime Minister KP Sharma Olli and Defense Minister Ishwor Pokharell.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}@${m.place}:${m.participants.map((p) => `${p.name}/${p.side}`).join('+')}`), [
      'talks@Nepal:Aziz Ahmedd/Bangladesh+Bidhya Devi Bhandarii/Nepal', 'talks@Nepal:Aziz Ahmedd/Bangladesh+KP Sharma Olli/Nepal', 'talks@Nepal:Aziz Ahmedd/Bangladesh+Ishwor Pokharell/Nepal',
    ]);
  });
  it('"X, Chief of Navy, New Zealand (CNNZ)", then "CNNZ interacted with Y": the short form stands for X, who serves New Zealand, and "interacted with" is talks', () => {
    const a = analyze('Rear Admiral Jak Steere, Chief of Navy, New Zealand (CNNZ) is on a visit to Kochi. During the visit, CNNZ interacted with Vice Admiral Sunill Lanbaa, Flag Officer Commanding-in-Chief, Southern Naval Command.');
    assert.strictEqual(person(a, 'Jak Steere')?.country, 'New Zealand');
    assert.deepStrictEqual(a.meetings.filter((m) => m.kind === 'talks').map((m) => m.participants.map((p) => p.name).join('+')), ['Jak Steere+Sunill Lanbaa']);
  });
  it('filed from a summit\'s city, "on the sidelines of the BRICS Summit": the dateline is not the protagonist\'s home', () => {
    const a = analyze('Johannesburg, 23rd Aug. Prime Minister Narendra Modee met Cyril Ramaphosaa, President of the Republic of South Africa, on 23 August 2023 in Johannesburg on the sidelines of the 15th BRICS Summit.\n\nThe leaders of India and South Africa reviewed ties.');
    assert.strictEqual(person(a, 'Narendra Modee')?.country, 'India');
  });
  it('"05/12/2022 08:40 PM EDT": a U.S. time zone puts the month first; "had meetings in Tbilisi with A and B" is one meeting with each', () => {
    const a = analyze('Deputy Secretary Sherman meets Vietnamese Deputy Foreign Minister\n\n05/12/2022 08:40 PM EDT\n\nDeputy Secretary Wendi Shermann met today in Washington with Vietnamese Deputy Foreign Minister Ha Kim Ngocc.');
    assert.strictEqual(a.meetings[0]?.isoDate, '2022-05-12');
    const b = analyze('Armenian Defense Minister Vigen Sargsyann had meetings in Tbilisi with Georgian Foreign Minister Mikheil Janelidzee and Chair of Parliamentary Defense and Security Committee Irakli Sesiashvilii.');
    assert.deepStrictEqual(b.meetings.map((m) => m.participants.map((p) => `${p.name}/${p.side}`).join('+')), ['Vigen Sargsyann/Armenia+Mikheil Janelidzee/Georgia', 'Vigen Sargsyann/Armenia+Irakli Sesiashvilii/Georgia']);
  });
  it('"President X also received A, the UK Minister ..., and the Japanese State Minister B": one host receiving guests of two countries holds a reception; "the Guinean Chamber of Deputies" is a body', () => {
    const a = analyze('President Yoweri Musevenii also received Lord Michael Batess, the United Kingdom Minister of State for Foreign Affairs and the Japanese State Minister for Foreign Affairs, Mr. Kisho Nobuoo.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => `${p.name}/${p.role}`).join('+')}`), ['reception:Yoweri Musevenii/host+Michael Batess/guest+Kisho Nobuoo/guest']);
    const b = analyze('The President of the Guinean Chamber of Deputies, Mr. Gaudensio Mahaba Mesu delivered the message.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}/${p.position}`), ['Gaudensio Mahaba Mesu/President of the Guinean Chamber of Deputies']);
  });
  it('"Then X also met Y", "Finally, X also met Z": the day\'s next meetings, dated with the first', () => {
    const a = analyze('Foreign Minister Mevlut Cavusoglou visited Brussels to hold bilaterals on 20 November 2019.\n\nOn the same day, Minister Cavusoglou met with Foreign Minister Dominic Raabe of the United Kingdom.\n\nAt the meeting, relations were discussed.\n\n' +
      'At the meeting, issues were followed up.\n\nThen Minister Cavusoglou also met with Mike Pompeio, Secretary of State of the United States.\n\nAt the meeting, issues were followed up.\n\nFinally, Minister Cavusoglou also met with Foreign Minister Gordan Radmann of Croatia.');
    assert.deepStrictEqual(a.meetings.filter((m) => m.participants.length === 2).map((m) => m.isoDate), ['2019-11-20', '2019-11-20', '2019-11-20']);
  });
  it('"PH, Japan hold ...": the Philippine press\'s "PH" names the Philippines', () => {
    const a = analyze('PH, Japan hold first joint ministerial meeting in Tokyo\n\nForeign Affairs Secretary Teodoro Loksin Jr. and Defense Secretary Delfin Lorensana met Japanese Foreign Minister Hayashi Yoshimasaa in Tokyo.');
    assert.strictEqual(person(a, 'Delfin Lorensana')?.country, 'Philippines');
  });
  it('a minister receiving his own country\'s service chief, others of that country attending: their side of the table is not told, so they are participants', () => {
    const a = analyze('ABUJA — The Minister of Defence, Mohammed Badaru Abubakarr, on Tuesday received the newly appointed Chief of Defence Staff, Lt. Gen. Olufemi Oluyedee, on a courtesy visit.\n\n' +
      'Those in attendance included the Chief of Army Staff, Maj. Gen. Waidi Shaibuu; and Chief of Air Staff, Air Vice Marshal Samuel Anekee.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Mohammed Badaru Abubakarr/host', 'Olufemi Oluyedee/guest', 'Waidi Shaibuu/participant', 'Samuel Anekee/participant']);
  });
  it('"held a first telecon after his appointment with X": the clause goes on past "after his appointment"; "(attachment 2) Japan-U.S. ... Meeting" names the release\'s pair', () => {
    const a = analyze('Japan-U.S. Defense Ministerial Telephone Conference\n\nOn August 16, Defense Minister Hamadda held a first telecon after his appointment with U.S. Defense Secretary Austen.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => p.name), ['Hamadda', 'Austen']);
    const b = analyze('(attachment 2) Japan-U.S. Defense Ministerial Meeting (summary)\n\nOctober 19, 2018\nMinistry of Defense\n\nOn October 19 2018, Minister Iwayya and Secretary Mattiss held the Japan-U.S. Defense Ministerial Meeting.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}/${p.country}`), ['Iwayya/Japan', 'Mattiss/United States']);
  });
  it('"Del Toro was in Seoul" for Carlos Del Toro: the particle opening the surname belongs to the short mention', () => {
    const a = analyze('Shin met with Secretary Carlos Del Torro to exchange views. Del Torro was in Seoul.');
    assert.deepStrictEqual(of(a, 'official'), ['Carlos Del Torro', 'Del Torro']);
  });
  it('"Pentagon Press Secretary Air Force Maj. Gen. X": the holder\'s service between office and rank leaves the office his', () => {
    const a = analyze('Pentagon Press Secretary Air Force Maj. Gen. Patt Rider provided the following readout:');
    assert.deepStrictEqual([person(a, 'Patt Rider')?.position, person(a, 'Patt Rider')?.rank], ['Press Secretary', 'Maj. Gen.']);
  });
  it('a Deputy Minister of National Defence, where the text\'s Minister of National Defence is Vietnamese, is Vietnamese too, though the text is Australian', () => {
    const a = analyze('Australian Embassy interview\n\nAmbassador Goledzinowsky: Last year, Minister for Defence Richard Marless visited Vietnam and held talks with General Phan Van Giangg, Minister of National Defence. ' +
      'This year, Senior Lieutenant General Hoang Xuan Chienn, Deputy Minister of National Defence, and Secretary of the Department of Defence Greg Moriartty will co-chair the annual dialogue in Canberra.');
    assert.strictEqual(person(a, 'Hoang Xuan Chienn')?.country, 'Vietnam');
  });
  it('"Mahmoud X, the World Bank\'s Senior Vice President": an apposition that opens with a body\'s possessive gives the office and the body', () => {
    const a = analyze('The President met this afternoon with Mahmud Mohieldinn, the World Bank\'s Senior Vice President for the 2030 Development Agenda.');
    assert.deepStrictEqual([person(a, 'Mahmud Mohieldinn')?.position, person(a, 'Mahmud Mohieldinn')?.organization], ['Senior Vice President', 'World Bank']);
  });
  it('"met ... at Naval Station Jose Andrada, Roxas Boulevard, Manila": the city closing an address is where they met; "at TNI Headquarters, Cilangkap, East Jakarta" goes on past Cilangkap', () => {
    assert.strictEqual(analyze('Vice Admiral Jesus Milan formally met his Brunei counterpart, First Admiral Pengiran Norazmy Monday at Naval Station Jose Andrada, Roxas Boulevard, Manila.').meetings[0]?.place, 'Manila');
    const b = analyze('Jakarta, 15 January 2024 – General Agus Subiyantoo received a courtesy visit from the Malaysian Chief of Defence Force, General Mohammad Ab Rahmann, at TNI Headquarters, Cilangkap, East Jakarta, on Monday.');
    assert.notStrictEqual(b.meetings[0]?.place, 'Cilangkap');
  });
  it('"This took place as the RBN chief visited PN headquarters at ..., Manila": the visit told right after a meeting places it by its city', () => {
    const a = analyze('Vice Admiral Jesus Milan formally met his Royal Brunei Navy (RBN) counterpart, First Admiral Pengiran Norazmy Monday.\n\nThis took place as the RBN chief visited PN headquarters at Naval Station Jose Andrada, Roxas Boulevard, Manila.');
    assert.strictEqual(a.meetings.find((m) => m.participants.length === 2)?.place, 'Manila');
  });
  it('Khmer honorifics ("Samdech Akka Moha Sena Padei Techo Hun Sen"), "Eng." before a name, and "Outgoing High Commissioner Bids Farewell to President X"', () => {
    const a = analyze('AKP Phnom Penh, June 18, 2018 —Cambodian Prime Minister Samdech Akka Moha Sena Padei Techo Hun Senn received here this afternoon visiting Chinese Defence Minister H.E. Gen. Wei Fenghee.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Hun Senn/host', 'Wei Fenghee/guest']);
    const b = analyze('The meeting was attended by Assistant Minister of Defense Eng. Talal Otaibii, and a number of officials.');
    assert.deepStrictEqual(b.persons.map((p) => p.name), ['Talal Otaibii']);
    const c = analyze('Outgoing Indian High Commissioner Bids Farewell to Sierra Leone’s President Julius Maada Bioo');
    assert.deepStrictEqual(c.persons.map((p) => p.name), ['Julius Maada Bioo']);
  });
  it('"met his peers from Argentina and Brazil, A and B": each name is of the country named in turn', () => {
    const a = analyze('Foreign Minister Roberto Ampueroo met his peers from Argentina and Brazil, Jorge Fauriee and Aloysio Nunees.');
    assert.deepStrictEqual(a.persons.slice(1).map((p) => `${p.name}/${p.country}`), ['Jorge Fauriee/Argentina', 'Aloysio Nunees/Brazil']);
    // (Lists of unequal length pair nothing.)
    assert.deepStrictEqual(analyze('He met his counterparts from Argentina and Brazil, Jorge Fauriee, Aloysio Nunees and Ann Lee.').persons, []);
  });
  it('"with commander of the Royal Brunei Navy Haji X, Vietnamese Minister of National Defense Y praised ...": two people, each with his own office', () => {
    const a = analyze('At a meeting on Tuesday with commander of the Royal Brunei Navy Haji Mohd Hanifah, Vietnamese Minister of National Defense Phung Quang Thanhh praised cooperation.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Mohd Hanifah/commander of the Royal Brunei Navy/Brunei', 'Phung Quang Thanhh/Minister of National Defense/Vietnam']);
  });
  it('"The Weimar Triangle foreign ministers: Ministers A of Poland, B of France and C of Germany": a group\'s principals, named together, meet', () => {
    const a = analyze('Weimar Triangle FMs agree on challenges\n\nThe Weimar Triangle foreign ministers: Ministers Zbigniew Rauu of Poland, Jean-Yves Le Driann of France and Heiko Maass of Germany, found common ground in Paris on Thursday.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => `${p.name}/${p.side}`).join('+')}`), ['multilateral:Zbigniew Rauu/Poland+Jean-Yves Le Driann/France+Heiko Maass/Germany']);
  });
  it('"A Qatar Armed Forces delegation led by the Chief of Staff, Lt Gen X": the country opening the delegation\'s body is X\'s', () => {
    const a = analyze('Kigali: A Qatar Armed Forces delegation led by the Chief of Staff, Lt Gen Ghanem bin Shahin conducted a two-day visit in Rwanda.\n\nUpon his arrival, Lt Gen Ghanem bin Shahin was welcomed by the Chief of Defence Staff of Rwanda Defence Force, Gen Jean Bosko Kazuraa.');
    assert.strictEqual(person(a, 'Ghanem bin Shahin')?.country, 'Qatar');
  });
  it('"CHIEF-OF-STAFF (ag) of the Guyana Defence Force, Brigadier X ... welcomed Y": an office in capitals is no dateline; "Among those welcoming the visiting team were A; B" attend', () => {
    const a = analyze('US Major-General meets Chief-of-Staff\n\nCHIEF-OF-STAFF (ag) of the Guyana Defence Force (GDF), Brigadier Godfri Bess on Wednesday welcomed US Major-General Evan Petus, Commander of the 12th Air Force, for a courtesy call.\n\n' +
      'Among those welcoming the visiting team were Brigadier Bess; Colonel General Staff, Colonel Kenloyd Robertss; and Lieutenant Colonel Eon Murrey.');
    // (No place from the title: the host's country.)
    assert.strictEqual(a.meetings[0]?.place, 'Guyana');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => p.name), ['Godfri Bess', 'Evan Petus', 'Kenloyd Robertss', 'Eon Murrey']);
  });
  it('"Minister of National Defense receives commander of Royal Brunei Navy" over "At a meeting with X, Vietnamese Minister Y praised": a reception, the minister its host', () => {
    const a = analyze('Minister of National Defense receives commander of Royal Brunei Navy\n\nAt a meeting on Tuesday with commander of the Royal Brunei Navy Haji Mohd Hanifah, Vietnamese Minister of National Defense Phung Quang Thanhh praised cooperation.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Mohd Hanifah/guest', 'Phung Quang Thanhh/host']);
  });
  it('"the Presidents of Peru, A; and Canada, B" and "the Secretaries of Foreign Affairs, A; Security, B": a plural office shared out over its pairs', () => {
    const a = analyze('The minister met the Presidents of Peru, Martín Vizcarraa; and Canada, Justin Trudeauu.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Martín Vizcarraa/President/Peru', 'Justin Trudeauu/President/Canada']);
    const b = analyze('The meeting was attended by the Secretaries of Foreign Affairs, Marcello Ebrardo; Security and Citizen Protection, Alfonzo Durazzo; and Admiral Jose Ojedda for the Navy.');
    assert.deepStrictEqual(b.persons.slice(0, 2).map((p) => `${p.name}/${p.position}`), ['Marcello Ebrardo/Secretary of Foreign Affairs', 'Alfonzo Durazzo/Secretary of Security and Citizen Protection']);
    // (Commas keep countries apart only: "the Defence Ministers of Peru, A, and Chile, B".)
    const c = analyze('He met the Defence Ministers of Peru, Ana Lopezz, and Chile, Juan Perezz.');
    assert.deepStrictEqual(c.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Ana Lopezz/Defence Minister/Peru', 'Juan Perezz/Defence Minister/Chile']);
  });
  it('"accompanied the President, A, in bilateral meetings with the Presidents of Peru, B; and Canada, C": one meeting each, A of neither country', () => {
    const a = analyze('Minister joins President in Lima\n\nFriday, April 13, 2018\n\nOn his second day in Lima, where he arrived to participate in the Summit of the Americas, Foreign Minister Roberto Ampueroo met his peers from Argentina and Brazil, Jorge Fauriee and Aloysio Nunees.\n\n' +
      'In the afternoon, the minister accompanied the President of the Republic, Sebastian Pinerra, in bilateral meetings with the Presidents of Peru, Martín Vizcarraa; and Canada, Justin Trudeauu.');
    assert.deepStrictEqual(a.meetings.slice(1).map((m) => `${m.isoDate}:${m.participants.map((p) => `${p.name}/${p.side}`).join('+')}`),
      ['2018-04:Roberto Ampueroo/null+Sebastian Pinerra/null+Martín Vizcarraa/Peru', '2018-04:Roberto Ampueroo/null+Sebastian Pinerra/null+Justin Trudeauu/Canada']);
    assert.strictEqual(a.persons.find((p) => p.name === 'Sebastian Pinerra')?.position, 'President of the Republic');
  });
  it('"met with the Executive Director of the Service, A; the Director for Latin America of the Forum, Ambassador B; and C": a list whose items hold offices goes on past each ";"', () => {
    const a = analyze('Later, Foreign Minister Roberto Ampueroo met with the Executive Director for the Americas of the European External Action Service, Edita Hrdaa; the Director for Latin America of the World Economic Forum, Ambassador Marisol Arguetta; and representatives of the Commission.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => p.name), ['Roberto Ampueroo', 'Edita Hrdaa', 'Marisol Arguetta']);
  });
  it('"the directors of the Chilean and Colombian Foreign Ministries, A and B, respectively" and "the Defence Ministers of Peru and Chile, A and B": names paired with nationalities in order', () => {
    const a = analyze('A meeting took place between the directors of the Chilean and Colombian Foreign Ministries, Patricio Latapiatt and Patricia Cortezz, respectively.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Patricio Latapiatt/director/Chile', 'Patricia Cortezz/director/Colombia']);
    const b = analyze('The Defence Ministers of Peru and Chile, Ana Lopezz and Juan Perezz, met in Lima.');
    assert.deepStrictEqual(b.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Ana Lopezz/Defence Minister/Peru', 'Juan Perezz/Defence Minister/Chile']);
  });
  it('"the Undersecretary of Foreign Affairs (S) X": an acting mark is no part of the office and no short form', () => {
    for (const mark of ['(S)', '(a.i.)', '(ag)']) {
      const a = analyze(`The delegation was received in audience by the Undersecretary of Foreign Affairs ${mark} Patricio Torress.`);
      assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}`), ['Patricio Torress/Undersecretary of Foreign Affairs'], mark);
      assert.ok(!a.entities.some((e) => e.type === 'position' && e.end - e.start < 3), mark);
    }
  });
  it('"the Colombian delegation was received by X": X hosts it, so is not of its country', () => {
    const a = analyze('Chile and Colombia review their agenda\n\nSANTIAGO, June 19 - Chilean and Colombian officials met today. At the conclusion of the meeting, the Colombian delegation was received by the Undersecretary of Foreign Affairs Patricio Torress.');
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Patricio Torress')?.country, 'Colombia');
  });
  it('"Trinidad and Tobago Prime Minister X visited France": a country of several words before the office is the holder\'s', () => {
    const a = analyze('Trinidad and Tobago Prime Minister Kamla Persadd visited France today.');
    assert.strictEqual(a.persons[0]?.country, 'Trinidad and Tobago');
  });
  it('"met at No 10", "at NHQ premises": a number or a short form after "at" is no place of its own ("No 10" is the prime minister\'s seat, in London)', () => {
    for (const [t, city] of [['Jens Stoltenbergg met with Prime Minister David Cameronn at No 10 on Thursday.', 'London'], ['Admiral Karambir Singhh was received by Vice Admiral Piyal De Silvaa at NHQ premises.', null]]) {
      const a = analyze(t!);
      assert.deepStrictEqual(a.entities.filter((e) => e.type === 'place'), [], t!);
      assert.strictEqual(a.meetings[0]?.place, city, t!);
    }
    assert.strictEqual(analyze('Admiral Karambir Singhh met Vice Admiral Piyal De Silvaa at Cilangkap.').meetings[0]?.place, 'Cilangkap');
  });
  it('"DORAL, FLORIDA, UNITED STATES" over "03.09.2026": the city, not its state, and the month first in an American release', () => {
    const a = analyze('Prime Minister visits Command\n\nDORAL, FLORIDA, UNITED STATES\n\n03.09.2026\n\nTrinidad and Tobago Prime Minister Kamla Persadd met with Marine Gen. Francis Donovann today.');
    assert.deepStrictEqual([a.meetings[0]?.isoDate, a.meetings[0]?.place], ['2026-03-09', 'Doral']);
    // (Elsewhere the day comes first.)
    const b = analyze('Prime Minister visits Command\n\nACCRA, GHANA\n\n03.09.2026\n\nTrinidad and Tobago Prime Minister Kamla Persadd met with Marine Gen. Francis Donovann today.');
    assert.strictEqual(b.meetings[0]?.isoDate, '2026-09-03');
  });
  it('"US General calls on Chief of Defence Staff" over "X held a meeting with Y": a courtesy call, the one called on its host', () => {
    const a = analyze('US General calls on Chief of Defence Staff\n\nMajor-General Craig Rasmussenn, Director of Logistics, on Thursday held a closed-door meeting with Lieutenant General Seth Obengg, Chief of Defence Staff, in Accra.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => `${p.name}/${p.role}`).join('+')}`), ['reception:Craig Rasmussenn/guest+Seth Obengg/host']);
  });
  it('"During his stay in Sudan President X met ...": a country after "in" is where the office holder is, not whose', () => {
    const a = analyze('Asmara, 06 May 2021- During his stay in Sudan President Isaias Afwerkii met and held talks with Prime Minister Abdella Hamdockk.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Isaias Afwerkii/Eritrea', 'Abdella Hamdockk/Sudan']);
    // (A short form keeps its reading: "a letter to US President X".)
    assert.strictEqual(analyze('He handed a letter in US President Joe Bidenn\'s name.').persons[0]?.country, 'United States');
  });
  it('"Abdel Fatah al Burhan", then "Abdel Fatah Burhan": a particle left out names the same person', () => {
    const a = analyze('He was invited by Gen. Abdel Fatah al Burhann, President of the Sovereign Council. He held talks with Gen. Abdel Fatah Burhann on Monday.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Abdel Fatah al Burhann']);
  });
  it('"X, Director of Logistics at the United States European Command": the command an office is held at is the holder\'s body, and tells the country', () => {
    const a = analyze('Major-General Craig Rasmussenn, Director of Logistics and Security at the United States European Command, held a meeting.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.position}/${p.organization}/${p.country}`), ['Director of Logistics and Security at the United States European Command/United States European Command/United States']);
  });
  it('"Deputy Foreign Minister X\'s meeting with Ambassador Y" over "Y was summoned to the Foreign Ministry": a reception, the one summoned its guest', () => {
    const a = analyze('Press release on Deputy Foreign Minister Sergey Ryabkovv\'s meeting with US Ambassador to Russia John Tefftt\n\nJuly 28, 2017\n\nOn July 28, the United States Ambassador to Russia John Tefftt was summoned to the Russian Foreign Ministry, where he was handed a statement.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => `${p.name}/${p.role}`).join('+')}`), ['reception:Sergey Ryabkovv/host+John Tefftt/guest']);
  });
  it('"A, B and C have held a joint press conference": the three ministers meet, and three sides make it multilateral', () => {
    const a = analyze('Azerbaijani Minister of Defense Zakir Hasanovv, Turkish Minister of National Defense Hulusi Akarr and Georgian Minister of Defense Juansher Burchuladzee have held a joint press conference in Tbilisi.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.length}:${m.place}`), ['multilateral:3:Tbilisi']);
  });
  it('"NATO Secretary General X met with Prime Minister Y", the text on the UK throughout: Y serves the UK, and "the Secretary General and Prime Minister Y" are two people', () => {
    const a = analyze('NATO Secretary General in London\n\nNATO Secretary General Jens Stoltenbergg met with Prime Minister David Cameronn on Thursday for talks.\n\n' +
      'The Secretary General thanked the United Kingdom for its role. He said the UK leads on spending, and praised the UK’s forces.\n\nThe Secretary General and Prime Minister Cameronn discussed the summit.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}/${p.country}`), ['Jens Stoltenbergg/Secretary General/NATO', 'David Cameronn/Prime Minister/United Kingdom']);
    // (Named no more than another country, the state is not guessed.)
    const b = analyze('NATO Secretary General in London\n\nNATO Secretary General Jens Stoltenbergg met with Prime Minister David Cameronn on Thursday for talks on France and Germany.');
    assert.strictEqual(b.persons.find((p) => p.name === 'David Cameronn')?.country, null);
  });
  it('"an MoU was signed by Defence Secretary A and Deputy Minister B": of a meeting between two countries, the signatories stand one for each', () => {
    const a = analyze('Raksha Mantri holds talks in Hanoi\n\nHANOI, June 08, 2022 - Indian Defence Minister Rajnath Singhh held bilateral talks with Vietnamese Minister of National Defence General Phan Van Giangg. ' +
      'In their presence, a Memorandum of Understanding was signed by Defence Secretary Dr Ajay Kumarr and Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chienn.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Rajnath Singhh/India', 'Phan Van Giangg/Vietnam', 'Ajay Kumarr/India', 'Hoang Xuan Chienn/Vietnam']);
  });
  it('"met her counterparts A of Canada and B of Colombia prior to the meeting": each name of its country, whatever word follows', () => {
    const a = analyze('Peru’s Foreign Affairs Minister Cayetana Aljovinn on Tuesday met with her counterparts Chrystia Freelandd of Canada and Maria Angela Holguinn of Colombia prior to the Lima Group meeting.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Cayetana Aljovinn/Peru', 'Chrystia Freelandd/Canada', 'Maria Angela Holguinn/Colombia']);
  });
  it('"20:25 | Lima, Feb. 13.": a page\'s time field before the dateline', () => {
    const a = analyze('Peru FA minister met with Canada counterpart\n\n20:25 | Lima, Feb. 13.\n\nPeru’s Foreign Affairs Minister Cayetana Aljovinn on Tuesday met with Canadian Foreign Minister Chrystia Freelandd.\n\nPublished: 2/13/2018');
    assert.deepStrictEqual([a.meetings[0]?.isoDate, a.meetings[0]?.place], ['2018-02-13', 'Lima']);
  });
  it('"Mr. X had a conversation over the telephone with Mr. Y": a phone call', () => {
    const a = analyze('For about 20 minutes on July 3, Mr. Taro Asoo, Japanese Minister for Foreign Affairs, had a conversation over the telephone with Mr. Ban Ki-moonn, Minister of Foreign Affairs of the Republic of Korea.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => p.name).join('+')}`), ['phone call:Taro Asoo+Ban Ki-moonn']);
  });
  it('"A, together with the Defence Attache, Captain B Nov: (16) extended a courtesy call on C, Head of the Centre for Prevention of COVID-19 Outbreak (NOCPCO)": a date\'s colon and a body\'s short form end neither the clause nor a name', () => {
    const a = analyze('The incoming Assistant Defence Attache, Lieutenant Colonel Puneet Sushill of the High Commission of India, together with the Defence Attache, Captain Vikas Soodd Nov: (16) extended a formal courtesy call on Lieutenant General Shavendra Silvaa, Chief of Defence Staff and Head of the National Operations Centre for Prevention of COVID-19 Outbreak (NOCPCO) at the Army HQ.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Puneet Sushill', 'Vikas Soodd', 'Shavendra Silvaa']);
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}`), ['Puneet Sushill/guest', 'Vikas Soodd/guest', 'Shavendra Silvaa/host']);
  });
  it('"X met with visiting Y." then "X hosted Y for a working lunch": the restatement says who received whom', () => {
    const a = analyze('WASHINGTON, May 21 (Xinhua) -- U.S. Defense Secretary Chuck Hagell on Tuesday met with visiting Australian Minister for Defense Stephen Smithh to discuss cooperation.\n\nAccording to the statement, Hagell hosted Smithh for a working lunch at the Pentagon.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => `${p.name}/${p.role}`).join('+')}`), ['reception:Chuck Hagell/host+Stephen Smithh/guest']);
    // (Welcomed is no such restatement: "welcomed" is said of talks too.)
    const b = analyze('WASHINGTON, May 21 (Xinhua) -- U.S. Defense Secretary Chuck Hagell on Tuesday met with Australian Minister for Defense Stephen Smithh to discuss cooperation. Hagell welcomed Smithh warmly.');
    assert.strictEqual(b.meetings[0]?.kind, 'talks');
  });
  it('"meets Russian counterpart Chief of the General Staff of the Turkish Armed Forces X" (a caption glued to a headline): the office\'s own nationality outweighs the cue\'s', () => {
    assert.strictEqual(analyze('Akar met Russian counterpart Chief of the General Staff of the Turkish Armed Forces Hulusi Akarr in Ankara.').persons[0]?.country, 'Turkey');
    // (Where an office is held is not whose it is.)
    assert.strictEqual(analyze('He met his US counterpart, Ambassador to China Nicholas Burnss.').persons[0]?.country, 'United States');
  });
  it('"his Norwegian counterpart A, Sweden’s Minister for Foreign Affairs B, and ...": an office followed by a name is the next person\'s, not an apposition (the counterpart holds the office of the one whose counterpart he is)', () => {
    const a = analyze('The Minister of Foreign Affairs of Lithuania Gabrielius Landsbergiss had a telephone conversation with his Norwegian counterpart Ine Marie Eriksen Soreidee, Sweden’s Minister for Foreign Affairs Ann Lindee, and the Danish Foreign Minister Jeppe Kofodd.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}/${p.country}`),
      ['Gabrielius Landsbergiss/Minister of Foreign Affairs/Lithuania', 'Ine Marie Eriksen Soreidee/Minister of Foreign Affairs/Norway', 'Ann Lindee/Minister for Foreign Affairs/Sweden', 'Jeppe Kofodd/Foreign Minister/Denmark']);
  });
  it('"Also in attendance were the Secretary for Strategic Affairs, A, and B.": the name closing a list of officials is one', () => {
    const a = analyze('Also in attendance were the Argentine Secretary for Strategic Affairs, Gustavo Beliz, and Jorge Arguelloo.');
    assert.deepStrictEqual(a.persons.map((p) => p.name), ['Gustavo Beliz', 'Jorge Arguelloo']);
    // (Not a body closing it: "A and the Lima Group.")
    assert.deepStrictEqual(analyze('Also present were Secretary Gustavo Beliz and Lima Group.').persons.map((p) => p.name), ['Gustavo Beliz']);
    // (Nor a byline's second writer: "By A and B".)
    assert.deepStrictEqual(analyze('Navy chiefs meet\n\nBy Guo Yuandann and Liu Xuanzunn\n\nThe ministers met.').persons.filter((p) => p.capacity === 'official').map((p) => p.name), []);
  });
  it('"visited Brussels to participate in the NATO Foreign Ministers\' Meeting ... also met with Foreign Minister X of the United Kingdom": the visitor is not of the city\'s country', () => {
    const a = analyze('Participation of Our Minister in the NATO Foreign Ministers Meeting, Brussels\n\nForeign Minister Mevlut Cavusogluu visited Brussels to participate in the NATO’s Foreign Ministers’ Meeting on 20 November 2019.\n\n' +
      'Later that day, Minister Cavusogluu also met with Foreign Minister Dominic Raabb of the United Kingdom.');
    assert.notStrictEqual(a.persons.find((p) => p.name === 'Mevlut Cavusogluu')?.country, 'Belgium');
  });
  it('"Chinese State Councillor and Defence Minister H.E. Gen. X": a style of address between the office and the rank', () => {
    assert.deepStrictEqual(analyze('Chinese State Councillor and Defence Minister H.E. Gen. Wei Fenghee is on a five-day official visit.').persons.map((p) => `${p.rank}/${p.position}/${p.country}`), ['Gen./State Councillor and Defence Minister/China']);
    // ("Sen." opening a rank stays in it.)
    assert.strictEqual(analyze('Deputy Minister of National Defence Sen. Lieut. Gen. Hoang Xuan Chienn met him.').persons[0]?.rank, 'Sen. Lieut. Gen.');
  });
  it('"his American opposite number, A" and "his American and Chinese counterparts, respectively A and B": cues of each name and its country', () => {
    const a = analyze('Federal Foreign Minister Guido Westerwellee today (6 March) phoned his American opposite number, Hillary Clintonn.');
    assert.strictEqual(a.persons.find((p) => p.name === 'Hillary Clintonn')?.country, 'United States');
    const b = analyze('ALGIERS- Foreign Minister Sabri Boukadoumm had phone conversations with his American and Chinese counterparts, respectively Mike Pompeoo and Wang Yii, the ministry said.');
    assert.deepStrictEqual(b.persons.slice(1).map((p) => `${p.name}/${p.country}`), ['Mike Pompeoo/United States', 'Wang Yii/China']);
    // (A lower-case word before a name is no cue: "hosting the Duke, Prince Harry, and his wife, Meghan Markle".)
    assert.deepStrictEqual(analyze('He thanked him for hosting Prince Harry and his wife, Meghan Marklee, on Sunday.').persons.filter((p) => p.name === 'Meghan Marklee'), []);
  });
  it('"HM King X received several foreign ambassadors ... They are: - A, Ambassador of Greece. - B, ..." : those listed are the guests', () => {
    const a = analyze('HM The King Receives Foreign Ambassadors\n\nTuesday 24 September 2013\n\nHM King Mohammed VI received, on Tuesday at the royal palace in Rabat, several foreign ambassadors who came to present their credentials.\n\nThey are:\n\n' +
      '- Platon Hadjimichaliss, Ambassador of the Republic of Greece.\n\n- Sun Shuzhongg, Ambassador of the People\'s Republic of China.\n\nThe King later toured the city.');
    assert.deepStrictEqual(a.meetings[0]?.participants.map((p) => `${p.name}/${p.role}/${p.side}`), ['Mohammed VI/host/Morocco', 'Platon Hadjimichaliss/guest/Greece', 'Sun Shuzhongg/guest/China']);
  });
  it('"Foreign Ministers A, B, C and D arrived": a plural office over a list of names gives each the office', () => {
    const a = analyze('Foreign Ministers Sergei Lavrovv, Pavlo Klimkinn, Frank-Walter Steinmeierr and Jean-Marc Ayraultt arrived to take part in the talks.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.position}`), ['Sergei Lavrovv/Foreign Minister', 'Pavlo Klimkinn/Foreign Minister', 'Frank-Walter Steinmeierr/Foreign Minister', 'Jean-Marc Ayraultt/Foreign Minister']);
    // (A list not closed by "and" is no list of holders.)
    assert.deepStrictEqual(analyze('Foreign Ministers Sergei Lavrovv, Pavlo Klimkinn, arrived.').persons, []);
  });
  it('"Riyadh, ..., February 01, 2017, SPA -- A telephone conversation took place on Tuesday": the dateline\'s day is the release\'s, the weekday the call\'s', () => {
    const a = analyze('Telephone conversation\n\nRiyadh, February 01, 2017, SPA -- A telephone conversation took place on Tuesday between Deputy Crown Prince Mohammed bin Salmann and US Secretary of Defense James Mattiss.');
    assert.strictEqual(a.meetings[0]?.isoDate, '2017-01-31');
  });
  it('"Mr A and Planning Minister, B will represent Solomon Islands at the Forum": those before the verb serve the country they represent', () => {
    const a = analyze('Foreign Affairs Minister Patterson Otii met Prime Minister Michael Somaree of Papua New Guinea in Port Moresby. Mr Otii and Planning Minister, Steve Abanaa will represent Solomon Islands at the Forum.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Patterson Otii/Solomon Islands', 'Michael Somaree/Papua New Guinea', 'Steve Abanaa/Solomon Islands']);
  });
  it('"Papua New Guinea Prime Minister the Grand Chief Sir X": the longest country name before the office, and "the" before a style of address', () => {
    assert.deepStrictEqual(analyze('Papua New Guinea Prime Minister the Grand Chief Sir Michael Somaree today held informal discussions.').persons.map((p) => `${p.position}/${p.country}`), ['Prime Minister/Papua New Guinea']);
  });
  it('"had phone conversations with his American and Chinese counterparts, respectively A and B": one call with each', () => {
    const a = analyze('Minister holds phone conversations\n\nMarch 2, 2020\n\nALGIERS- Foreign Minister Sabri Boukadoumm had phone conversations with his American and Chinese counterparts, respectively Mike Pompeoo and Wang Yii, the ministry said.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => p.name).join('+')}`), ['phone call:Sabri Boukadoumm+Mike Pompeoo', 'phone call:Sabri Boukadoumm+Wang Yii']);
  });
  it('"APS : Monday, 02 March 2020" then "ALGIERS- Foreign Minister X had phone conversations with ...": an agency\'s label is no dateline, and the caller serves the dateline\'s country', () => {
    const a = analyze('Minister holds phone conversations\n\nAPS : Monday, 02 March 2020\n\nALGIERS- Foreign Minister Sabri Boukadoumm had phone conversations with his American and Chinese counterparts, respectively Mike Pompeoo and Wang Yii, the ministry said.');
    assert.deepStrictEqual(a.persons.map((p) => `${p.name}/${p.country}`), ['Sabri Boukadoumm/Algeria', 'Mike Pompeoo/United States', 'Wang Yii/China']);
  });
  it('"X visited U.S. Southern Command today where she met with Commander Y": a reception, the visitor its guest', () => {
    const a = analyze('Trinidad and Tobago Prime Minister Kamla Persadd visited U.S. Southern Command (SOUTHCOM) today where she met with SOUTHCOM Commander Marine Gen. Francis Donovann and senior command leaders.');
    assert.deepStrictEqual(a.meetings.map((m) => `${m.kind}:${m.participants.map((p) => `${p.name}/${p.role}`).join('+')}`), ['reception:Kamla Persadd/guest+Francis Donovann/host']);
  });
});
