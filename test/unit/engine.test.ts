// The engine on the seeds (scored against the gold) and on adversarial text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, createAnalyzer } from '../../src/core';
import type { Analysis, Entity } from '../../src/core';
import { score, type Gold } from './goldScorer';
import { loadSet, scoreSet, type SetScore } from './goldSets';
import { prng } from './prng';

const root = path.resolve(__dirname, '../../..');
const seedDir = path.join(root, 'seeds');
const goldDir = path.join(root, 'test/fixtures/gold');
const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();

const of = (a: Analysis, type: string) => a.entities.filter((e) => e.type === type).map((e) => e.text);
const person = (a: Analysis, name: string) => a.persons.find((p) => p.name === name);

describe('engine on the seeds, scored against the gold', () => {
  let result: SetScore;
  before(() => {
    const docs = loadSet(seedDir, goldDir);
    assert.strictEqual(docs.length, 3, 'three seed articles');
    result = scoreSet(docs, (text) => analyze(text));
  });
  for (const type of ['official', 'rank', 'organization', 'position'] as const) {
    it(`${type}: overlap F1 ≥ 0.95 and exact-boundary F1 ≥ 0.90`, () => {
      const o = result.overlap[type];
      const x = result.exact[type];
      assert.ok(o.f1 >= 0.95, `${type} overlap F1 ${o.f1.toFixed(3)} (tp ${o.tp}, fp ${o.fp}, fn ${o.fn})`);
      assert.ok(x.f1 >= 0.9, `${type} exact F1 ${x.f1.toFixed(3)} (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`);
    });
  }
  it('scorer fails a recognizer that finds nothing or everything', () => {
    const f = seeds[0];
    const text = fs.readFileSync(path.join(seedDir, f), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    assert.strictEqual(score(text, gold, [], ['official'], true).official.f1, 0);
    const words: Entity[] = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => ({ type: 'official', start: m.index!, end: m.index! + m[0].length, text: m[0] }));
    assert.ok(score(text, gold, words, ['official'], true).official.f1 < 0.5);
  });
});

describe('meetings on the seeds', () => {
  const read = (prefix: string) => analyze(fs.readFileSync(path.join(seedDir, seeds.find((s) => s.startsWith(prefix))!), 'utf8'));
  it('reception: Phung Si Tan hosts Zhang Baoqun', () => {
    const m = read('000').meetings.find((x) => !x.referenced)!;
    assert.strictEqual(m.kind, 'reception');
    assert.deepStrictEqual(m.participants.map((p) => [p.name, p.role]), [['Phung Si Tan', 'host'], ['Zhang Baoqun', 'guest']]);
    assert.strictEqual(m.participants[1].rank, 'Major General');
  });
  it('the referenced 2022 visit of the General Secretary', () => {
    const m = read('000').meetings.find((x) => x.referenced && x.kind === 'visit')!;
    assert.strictEqual(m.isoDate, '2022-11');
    assert.deepStrictEqual(m.participants.map((p) => [p.name, p.position]), [['Nguyen Phu Trong', 'General Secretary']]);
  });
  it('interview: Pan Tao, Chinese Defense Attaché, Senior Colonel', () => {
    const a = read('003');
    const m = a.meetings.find((x) => !x.referenced)!;
    assert.strictEqual(m.kind, 'interview');
    assert.deepStrictEqual(m.participants.map((p) => p.name), ['Pan Tao']);
    assert.deepStrictEqual([m.participants[0].rank, m.participants[0].position, m.participants[0].country, m.participants[0].role],
      ['Senior Colonel', 'Defense Attaché to Vietnam', 'China', 'interviewee']);
  });
  it('phone call on November 6 (no year, no place for a call): Luong Cuong and Miao Hua', () => {
    const a = read('004');
    const m = a.meetings.find((x) => !x.referenced)!;
    assert.deepStrictEqual([m.kind, m.date, m.isoDate, m.place], ['phone call', 'November 6', null, null]);
    assert.deepStrictEqual(m.participants.map((p) => [p.id, p.country]), [['luong-cuong', 'Vietnam'], ['miao-hua', 'China']]);
  });
  it('"the Chinese diplomat" and "The diplomat" refer to Pan Tao, the only diplomat', () => {
    const a = read('003');
    const text = fs.readFileSync(path.join(seedDir, seeds.find((s) => s.startsWith('003'))!), 'utf8');
    const refs = (person(a, 'Pan Tao')!.references ?? []).map((r) => text.slice(r.start, r.end));
    assert.ok(refs.includes('the Chinese diplomat'), refs.join('|'));
    assert.ok(refs.includes('The diplomat'), refs.join('|'));
    assert.ok(!person(a, 'Wei Fenghe')!.references);
  });
  it('a descriptor that fits two people resolves to neither', () => {
    const a = analyze('Chinese Ambassador Xiong Bo met Chinese Consul General Li Wei. The Chinese diplomat said so.');
    assert.ok(a.persons.every((p) => !p.references));
  });
  it('"General Cuong" and "Cuong" are Luong Cuong', () => {
    const a = read('004');
    const cuong = a.entities.filter((e) => e.type === 'official' && e.text === 'Cuong');
    assert.strictEqual(cuong.length, 3);
    assert.ok(cuong.every((e) => e.id === 'luong-cuong'));
    const p = person(a, 'Luong Cuong')!;
    assert.strictEqual(p.rank, 'General');
    assert.strictEqual(p.organization, "General Department of Politics of the Vietnam People's Army");
  });
});

describe('adversarial text', () => {
  it('empty and whitespace-only input', () => {
    for (const t of ['', '   ', '\n\n\r\n', '\u00a0']) {
      const a = analyze(t);
      assert.deepStrictEqual([a.entities.length, a.meetings.length], [0, 0]);
    }
  });
  it('"General" in organization names and titles is not a rank', () => {
    const a = analyze('The General Department of Logistics and the General Staff met the General Secretary. Attorney General Smith spoke.');
    assert.deepStrictEqual(of(a, 'rank'), []);
    assert.ok(of(a, 'organization').includes('General Department of Logistics'));
    assert.ok(of(a, 'position').includes('General Secretary'));
  });
  it('ranks without names', () => {
    const a = analyze('Two Major Generals and a Senior Colonel attended, as did the Rear Admiral.');
    assert.ok(of(a, 'rank').includes('Senior Colonel'));
    assert.ok(of(a, 'rank').includes('Rear Admiral'));
    assert.deepStrictEqual(of(a, 'official'), []);
  });
  it('names without ranks: bylines, honorifics, appositions', () => {
    const a = analyze('Mr. Kevin Rudd, the Australian Ambassador, spoke.\n\nTranslated by Nguyen Thu Ha');
    assert.deepStrictEqual(of(a, 'official'), ['Kevin Rudd', 'Nguyen Thu Ha']);
    assert.strictEqual(person(a, 'Kevin Rudd')!.position, 'Ambassador');
  });
  it('lists of several officials', () => {
    const a = analyze('Present were Major General Tran Van An, Colonel Le Thi Binh and Rear Admiral John Smith.');
    assert.deepStrictEqual(of(a, 'official'), ['Tran Van An', 'Le Thi Binh', 'John Smith']);
    assert.deepStrictEqual(of(a, 'rank'), ['Major General', 'Colonel', 'Rear Admiral']);
  });
  it('curly and straight apostrophes name the same organization', () => {
    const a = analyze("The Vietnam People’s Army and the Vietnam People's Army are one.");
    const orgs = a.entities.filter((e) => e.type === 'organization');
    assert.strictEqual(orgs.length, 2);
    assert.strictEqual(orgs[0].id, orgs[1].id);
    assert.strictEqual(a.organizations.length, 1);
  });
  it('possessive after an organization is not part of it', () => {
    const a = analyze('He spoke to the People’s Army Newspaper’s reporter.');
    assert.deepStrictEqual(of(a, 'organization'), ['People’s Army Newspaper']);
  });
  it('diacritics in Vietnamese names', () => {
    const a = analyze('Thượng tướng Senior Lieutenant General Phùng Sĩ Tấn received Major General Trương Mỹ Hoa.');
    assert.deepStrictEqual(of(a, 'official'), ['Phùng Sĩ Tấn', 'Trương Mỹ Hoa']);
    assert.strictEqual(a.persons[0].id, 'phung-si-tan');
  });
  it('CRLF line endings give the same entities at the same offsets', () => {
    const lf = 'Major General Zhang Baoqun visited Hanoi.\n\nGeneral Zhang thanked the Ministry of National Defense of Vietnam.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyze(crlf);
    for (const e of a.entities) assert.strictEqual(crlf.slice(e.start, e.end), e.text);
    assert.deepStrictEqual(of(a, 'official'), of(analyze(lf), 'official'));
    assert.ok(of(a, 'organization').includes('Ministry of National Defense of Vietnam'));
  });
  it('hyphens and dashes', () => {
    const a = analyze('Lieutenant-General Kim Jong-su met Vice-Admiral Lee Sang-hoon – a Vietnam - China meeting.');
    assert.deepStrictEqual(of(a, 'official'), ['Kim Jong-su', 'Lee Sang-hoon']);
    assert.deepStrictEqual(of(a, 'rank'), ['Lieutenant-General', 'Vice-Admiral']);
  });
  it('stacked offices and portfolios: "Deputy Prime Minister and Minister for Defence of Australia"', () => {
    const a = analyze('KIHARA Minoru met Deputy Prime Minister and Minister for Defence of Australia Richard Marles.');
    assert.deepStrictEqual(of(a, 'official'), ['Richard Marles']);
    assert.strictEqual(person(a, 'Richard Marles')!.country, 'Australia');
    // As in the seeds' gold ("Defense Attaché" of "Chinese Defense Attaché to Vietnam"), the country is not part of the office.
    assert.ok(of(a, 'position').includes('Minister for Defence'));
    assert.ok(!of(a, 'position').some((p) => p.includes('Australia')));
  });
  it('an organization name followed directly by a person\'s name stops before the name', () => {
    const a = analyze('Minister of Defence of the Russian Federation Andrei Belousov held talks with Admiral Dong Jun in Moscow.');
    assert.deepStrictEqual(of(a, 'official'), ['Andrei Belousov', 'Dong Jun']);
    assert.ok(!of(a, 'organization').some((o) => o.includes('Andrei')));
    const m = a.meetings[0];
    assert.deepStrictEqual([m.kind, m.date, m.place], ['talks', null, 'Moscow']);
  });
  it('abbreviated ranks and initials', () => {
    const a = analyze('Lt. Gen. Charles Q. Brown Jr. met Adm. Lisa Franchetti.');
    assert.deepStrictEqual(of(a, 'rank'), ['Lt. Gen.', 'Adm.']);
    assert.deepStrictEqual(of(a, 'official'), ['Charles Q. Brown Jr.', 'Lisa Franchetti']);
  });
  it('odd Unicode does not break offsets', () => {
    const t = '😀 Major General 𝔄 Zhang Wei met\u200b Colonel Nguyen Van Nam 🇻🇳.';
    const a = analyze(t);
    for (const e of a.entities) assert.strictEqual(t.slice(e.start, e.end), e.text);
    assert.ok(of(a, 'official').includes('Nguyen Van Nam'));
  });
  it('every offset pair matches its text on a large input', () => {
    const base = fs.readFileSync(path.join(seedDir, seeds[2]), 'utf8');
    const big = Array.from({ length: 200 }, () => base).join('\n');
    const a = analyze(big);
    assert.ok(a.entities.length > 200 * 10);
    for (const e of a.entities) assert.strictEqual(big.slice(e.start, e.end), e.text);
  });
});

describe('incremental analyzer', () => {
  it('gives the same result as a fresh analysis after an edit', () => {
    const text = seeds.map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8')).join('\n');
    const doc = createAnalyzer();
    doc.analyze(text);
    const at = text.indexOf('Expressing his pleasure');
    const edited = text.slice(0, at) + 'Colonel Li Ming attended. ' + text.slice(at);
    assert.deepStrictEqual(doc.analyze(edited), analyze(edited));
    assert.ok(doc.analyze(edited).entities.some((e) => e.text === 'Li Ming'));
  });
  it('matches a fresh analysis after 300 random edits: typing, deleting, newlines, pasted and removed paragraphs', () => {
    const paragraphs = seeds.flatMap((f) => fs.readFileSync(path.join(seedDir, f), 'utf8').split('\n'));
    const random = prng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    let text = paragraphs.join('\n');
    const doc = createAnalyzer();
    doc.analyze(text);
    for (let round = 0; round < 300; round++) {
      const at = Math.floor(random() * (text.length + 1));
      const kind = round % 6;
      if (kind === 0) text = text.slice(0, at) + pick(['x', 'General ', ' Minister', '.', 'Vietnam']) + text.slice(at);
      else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 40));
      else if (kind === 2) text = text.slice(0, at) + pick(['\n', '\n\n', '\r\n']) + text.slice(at);
      else if (kind === 3) text = text.slice(0, at) + `\n${pick(paragraphs)}\n` + text.slice(at);
      else if (kind === 4) {
        const nl = text.indexOf('\n', at);
        if (nl >= 0) text = text.slice(0, at) + text.slice(text.indexOf('\n', nl + 1) + 1 || text.length);
      } else text = text.replace(/\n/, '');
      assert.deepStrictEqual(doc.analyze(text), analyze(text), `round ${round}`);
    }
  });
  it('facts read late (after later edits) are those of their own text: countries and meetings worked out on first read', () => {
    const paragraphs = seeds.flatMap((f) => fs.readFileSync(path.join(seedDir, f), 'utf8').split('\n'));
    const random = prng(11);
    let text = paragraphs.join('\n');
    const doc = createAnalyzer();
    const unread: { text: string; analysis: Analysis }[] = [];
    for (let round = 0; round < 60; round++) {
      const at = Math.floor(random() * (text.length + 1));
      // Paragraphs pasted at the top shift every later span; typing inside one re-recognizes it.
      text = round % 3 === 0 ? `${paragraphs[round % paragraphs.length]}\n${text}` : text.slice(0, at) + 'General ' + text.slice(at);
      const analysis = doc.analyze(text);
      if (round % 4 !== 3) unread.push({ text, analysis });
    }
    const meetingsFound = unread.reduce((n, u) => n + u.analysis.meetings.length, 0);
    assert.ok(meetingsFound > 0, 'the seeds report meetings');
    for (const u of unread) {
      const fresh = analyze(u.text);
      assert.deepStrictEqual(u.analysis.meetings, fresh.meetings);
      assert.deepStrictEqual(u.analysis.persons, fresh.persons);
    }
    // Serialized like any plain object (the CLI's --json, messages to webviews).
    const last = unread[unread.length - 1];
    assert.deepStrictEqual(JSON.parse(JSON.stringify(last.analysis)), JSON.parse(JSON.stringify(analyze(last.text))));
    assert.deepStrictEqual(Object.keys(last.analysis).sort(), ['entities', 'meetings', 'organizations', 'persons']);
  });
  it('honours analyst corrections: labels win, rejects disappear, known officials are found', () => {
    const text = 'Colonel Pan Tao met Ngo Quang Xuan in Hanoi.';
    const reject = { start: 0, end: 7, label: 'reject' };
    const label = { start: 20, end: 34, label: 'official' };
    const a = analyze(text, { corrections: [reject, label] });
    assert.ok(!a.entities.some((e) => e.type === 'rank'));
    assert.ok(a.entities.some((e) => e.type === 'official' && e.text === 'Ngo Quang Xuan' && e.source === 'annotation'));
    const b = analyze('Later Ngo Quang Xuan spoke.', { knownOfficials: ['Ngo Quang Xuan'] });
    assert.deepStrictEqual(of(b, 'official'), ['Ngo Quang Xuan']);
  });
});
