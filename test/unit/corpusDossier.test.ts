// The dossier's data: positions with the date of each text, meetings with counterparts and sources,
// organizations, notes from sidecars (on a mention, or linked to the person), and an organization's heads.
import * as assert from 'assert';
import { Corpus, dossierOf, isHeadPosition, peopleJson } from '../../src/core/corpus';
import type { OrganizationDossier, PersonDossier } from '../../src/core/corpus';
import { doc } from './corpusFixtures';

const MND = 'Ministry of National Defense of Vietnam';

function corpus(): Corpus {
  return new Corpus([
    doc('a.txt', [
      { name: 'Luong Cuong', country: 'Vietnam', rank: 'General', position: `Minister of National Defense`, organization: MND },
      { name: 'Miao Hua', country: 'China', rank: 'Admiral' },
    ], [{ kind: 'phone call', isoDate: '2024-05-02', who: [['Luong Cuong', 'caller'], ['Miao Hua', 'callee']] }], [{ name: MND, country: 'Vietnam' }]),
    doc('b.txt', [
      { name: 'Lương Cường', country: 'Vietnam', rank: 'General', position: 'Chief of the General Department of Politics' },
      { name: 'Hoang Xuan Chien', country: 'Vietnam', rank: 'Senior Lieutenant General', position: `Deputy Minister of National Defense`, organization: MND },
    ], [{ kind: 'talks', isoDate: '2021-03-01', who: [['Lương Cường', 'participant'], ['Hoang Xuan Chien', 'participant']] }], [{ name: MND, country: 'Vietnam' }]),
  ]);
}

describe('dossier', () => {
  it('a person: positions dated by their text, meetings with counterparts and sources, organizations', () => {
    const d = dossierOf(corpus(), 'luong-cuong') as PersonDossier;
    assert.strictEqual(d.kind, 'person');
    assert.strictEqual(d.name, 'Lương Cường');
    assert.deepStrictEqual(d.positions.map((p) => [p.date, p.rank, p.position, p.rel]), [
      ['2021-03-01', 'General', 'Chief of the General Department of Politics', 'b.txt'],
      ['2024-05-02', 'General', 'Minister of National Defense', 'a.txt'],
    ]);
    assert.deepStrictEqual(d.meetings.map((m) => [m.isoDate, m.kind, m.role, m.counterparts.map((c) => c.name).join(), m.sources.map((s) => s.rel).join()]), [
      ['2021-03-01', 'talks', 'participant', 'Hoang Xuan Chien', 'b.txt'],
      ['2024-05-02', 'phone call', 'caller', 'Miao Hua', 'a.txt'],
    ]);
    assert.deepStrictEqual(d.organizations.map((o) => [o.id, o.name, o.count]), [['ministry-of-national-defense-of-vietnam', MND, 1]]);
    assert.deepStrictEqual(d.documents.map((x) => [x.rel, x.date, x.mentions]), [['b.txt', '2021-03-01', 1], ['a.txt', '2024-05-02', 1]]);
  });

  it('notes: on a mention of the person, or linked to them; others are not theirs', () => {
    const c = corpus();
    const at = c.identity('luong-cuong')!.members.find((m) => m.path === '/ws/a.txt')!.first!;
    const d = dossierOf(c, 'luong-cuong', [
      { path: '/ws/a.txt', start: at.start, end: at.end, note: 'Confirmed by the readout.' },
      { path: '/ws/b.txt', start: 900, end: 905, note: 'Linked by id.', entity: 'luong-cuong' },
      { path: '/ws/a.txt', start: 900, end: 905, note: 'About someone else.' },
    ]) as PersonDossier;
    assert.deepStrictEqual(d.notes.map((n) => [n.text, n.rel, n.from]), [['Confirmed by the readout.', 'a.txt', 'annotation'], ['Linked by id.', 'b.txt', 'annotation']]);
  });

  it('an organization: the heads its texts name (not deputies), its people and their meetings', () => {
    const d = dossierOf(corpus(), 'ministry-of-national-defense-of-vietnam') as OrganizationDossier;
    assert.strictEqual(d.kind, 'organization');
    assert.deepStrictEqual(d.heads.map((h) => [h.name, h.position, h.date]), [['Lương Cường', 'Minister of National Defense', '2024-05-02']]);
    assert.deepStrictEqual(d.people.map((p) => p.name).sort(), ['Hoang Xuan Chien', 'Lương Cường']);
    assert.deepStrictEqual(d.meetings.map((m) => m.isoDate), ['2021-03-01', '2024-05-02']);
    assert.ok(isHeadPosition('Chief of the General Staff') && !isHeadPosition('Deputy Chief of the General Staff') && !isHeadPosition('Vice Chairman of the Central Military Commission'));
  });

  it('people JSON carries every identity in the documented shape', () => {
    const json = peopleJson(corpus());
    assert.deepStrictEqual(json.people.map((p) => p.id).sort(), ['hoang-xuan-chien', 'luong-cuong', 'miao-hua']);
    const p = json.people.find((x) => x.id === 'luong-cuong')!;
    assert.deepStrictEqual(Object.keys(p), ['id', 'name', 'names', 'country', 'positions', 'documents', 'meetings']);
    assert.deepStrictEqual(json.organizations.map((o) => [o.id, o.heads.map((h) => h.id)]), [['ministry-of-national-defense-of-vietnam', ['luong-cuong']]]);
  });
});
