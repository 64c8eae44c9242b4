// The `extract` command: JSON shape, readable summary, and errors that do not stop the batch.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { runExtract } from '../../src/cli/extract';

const root = path.resolve(__dirname, '../../..');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  err.on('data', (c) => errs.push(String(c)));
  const code = await runExtract(args, out, err);
  return { code, out: chunks.join(''), err: errs.join('') };
}

describe('cli extract', () => {
  const cwd = process.cwd();
  before(() => process.chdir(root));
  after(() => process.chdir(cwd));

  it('--json gives documents with entities and meetings in the documented shape', async () => {
    const r = await run(['--json', 'seeds/004_46d35968a2f4d272.txt']);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    const doc = json.documents[0];
    assert.strictEqual(doc.path, 'seeds/004_46d35968a2f4d272.txt');
    assert.deepStrictEqual(doc.entities.find((e: { text: string }) => e.text === 'Luong Cuong'),
      { type: 'official', start: 81, end: 92, text: 'Luong Cuong', id: 'luong-cuong' });
    const m = doc.meetings[0];
    assert.deepStrictEqual(Object.keys(m).sort(), ['date', 'end', 'headline', 'isoDate', 'kind', 'participants', 'place', 'referenced', 'start', 'wording'].sort());
    assert.deepStrictEqual([m.kind, m.date, m.place], ['phone call', 'November 6', null]);
    assert.deepStrictEqual(Object.keys(m.participants[0]).sort(), ['country', 'id', 'name', 'organization', 'position', 'rank', 'role', 'side'].sort());
    // The who's who: persons with what the text states about them, and organizations.
    assert.deepStrictEqual(doc.persons.find((p: { id: string }) => p.id === 'miao-hua'), {
      id: 'miao-hua', name: 'Miao Hua', capacity: 'official', rank: 'Senior Lieutenant General',
      position: 'Director of the Political Work Department of the Chinese Central Military Commission',
      organization: 'Political Work Department of the Chinese Central Military Commission', country: 'China', mentions: 2,
    });
    assert.strictEqual(doc.persons.find((p: { id: string }) => p.id === 'tran-hoai').capacity, 'translator');
    const army = doc.organizations.find((o: { name: string }) => o.name === 'General Department of Politics of the Vietnam People’s Army'.replace(/’/g, "'"));
    assert.deepStrictEqual([army.country, army.parent], ['Vietnam', "Vietnam People's Army"]);
  });

  it('folders are searched for *.txt; a missing path is reported and the rest still processed', async () => {
    const r = await run(['--json', 'seeds', 'no/such/file.txt']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /no\/such\/file\.txt: no such file/);
    assert.strictEqual(JSON.parse(r.out).documents.length, 3);
  });

  it('binary files are refused with a message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Major General Zhang Wei visited Hanoi.');
    const r = await run([dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /a\.txt: binary file/);
    assert.match(r.out, /official +Zhang Wei \(Major General/);
    fs.rmSync(dir, { recursive: true });
  });

  it('without --json prints a readable summary per document', async () => {
    const r = await run(['seeds/000_09c2e6cfbe48a3c2.txt']);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /meeting +reception/);
    // Who is who: the translator is a person of the text, not an official.
    assert.match(r.out, /translator +Tran Hoai/);
    assert.match(r.out, /host +Senior Lieutenant General Phung Si Tan/);
    assert.match(r.out, /guest +Major General Zhang Baoqun/);
  });

  it('a release announcing a meeting to come lists it as announced, with its parties', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Foreign ministers to meet\n\n2018-02-06\n\nThe foreign minister, Anders Samuelsenn, will be in Moscow over the next two days to meet with his Russian counterpart, Sergey Lavrovv.\n');
    const r = await run([dir]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /announced +talks \(2018-02, Moscow\)/);
    assert.match(r.out, /participant +Sergey Lavrovv, Russia/);
    fs.rmSync(dir, { recursive: true });
  });
});
