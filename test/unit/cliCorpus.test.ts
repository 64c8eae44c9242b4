// The `people` and `network` commands on real texts in a temporary folder: JSON shape, identities
// across files, the analyst's identities file, exports read back as XML, and bad input.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { DOMParser } from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
import { runNetwork } from '../../src/cli/network';
import { runPeople } from '../../src/cli/people';

type Runner = (args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream) => Promise<number>;

async function run(cmd: Runner, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const o: string[] = [];
  const e: string[] = [];
  out.on('data', (c) => o.push(String(c)));
  err.on('data', (c) => e.push(String(c)));
  const code = await cmd(args, out, err);
  return { code, out: o.join(''), err: e.join('') };
}

const TEXTS: Record<string, string> = {
  'news/a.txt': 'Vietnamese Minister of National Defense General Lương Cường received US Secretary of Defense Lloyd J. Austin III in Hanoi on March 5, 2023.\n\nGeneral Cường welcomed Secretary Austin to Vietnam.\n',
  'news/b.txt': 'US Secretary of Defense Lloyd Austin held talks with Vietnamese Minister of National Defense General Luong Cuong in Hanoi on March 5, 2023.\n\nSecretary Austin thanked General Cuong.\n',
  'news/c.txt': 'Chinese Defense Minister General Wei Fenghe held talks with General Secretary Kim Jong-un in Pyongyang on June 2, 2022.\n',
  'news/d.txt': 'General Secretary Kim Jong Un received Chinese Defense Minister General Wei Fenghe in Pyongyang on June 2, 2022.\n',
};

describe('cli people and network', () => {
  let dir: string;
  const cwd = process.cwd();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-corpus-'));
    for (const [rel, text] of Object.entries(TEXTS)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('people --json: one identity per person across texts, in the documented shape', async () => {
    const r = await run(runPeople, ['--json', 'news']);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(json), ['people', 'organizations']);
    const ids = json.people.map((p: { id: string }) => p.id).sort();
    assert.deepStrictEqual(ids, ['kim-jong-un', 'lloyd-austin', 'luong-cuong', 'wei-fenghe']);
    const cuong = json.people.find((p: { id: string }) => p.id === 'luong-cuong');
    assert.deepStrictEqual(Object.keys(cuong), ['id', 'name', 'names', 'country', 'positions', 'documents', 'meetings']);
    assert.deepStrictEqual(cuong.names.sort(), ['Luong Cuong', 'Lương Cường']);
    assert.deepStrictEqual(cuong.documents, ['news/a.txt', 'news/b.txt']);
    assert.strictEqual(cuong.country, 'Vietnam');
    assert.deepStrictEqual(cuong.positions.map((p: { position: string; document: string; date: string }) => [p.position, p.document, p.date]), [
      ['Minister of National Defense', 'news/a.txt', '2023-03-05'], ['Minister of National Defense', 'news/b.txt', '2023-03-05'],
    ]);
    // The meeting both texts report is one, with both sources.
    assert.strictEqual(cuong.meetings.length, 1);
    assert.deepStrictEqual(cuong.meetings[0].sources.map((s: { document: string }) => s.document), ['news/a.txt', 'news/b.txt']);
    assert.deepStrictEqual(cuong.meetings[0].with.map((w: { id: string }) => w.id), ['lloyd-austin']);
    const kim = json.people.find((p: { id: string }) => p.id === 'kim-jong-un');
    assert.strictEqual(kim.meetings.length, 1);
  });

  it('the identities file beside the texts wins; a broken one is reported with its line and not used', async () => {
    fs.writeFileSync('diplomatic.identities.yaml', 'version: 1\npeople:\n  - id: austin-b\n    name: L. Austin (b)\n    names: [Lloyd Austin]\n    documents: [news/b.txt]\n');
    let r = await run(runPeople, ['--json', 'news']);
    assert.strictEqual(r.code, 0, r.err);
    let json = JSON.parse(r.out);
    const byId = (id: string) => json.people.find((p: { id: string }) => p.id === id);
    assert.deepStrictEqual(byId('austin-b').documents, ['news/b.txt']);
    assert.deepStrictEqual(byId('lloyd-austin').documents, ['news/a.txt']);
    fs.writeFileSync('diplomatic.identities.yaml', 'version: 1\npeople:\n  - id: Austin\n');
    r = await run(runPeople, ['--json', 'news']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /diplomatic\.identities\.yaml:3:\d+: id 'Austin' must be lower-case/);
    json = JSON.parse(r.out);
    assert.deepStrictEqual(byId('lloyd-austin').documents, ['news/a.txt', 'news/b.txt'], 'automatic identities still given');
  });

  it('network --format graphml --out FILE writes XML with the people and the weighted links', async () => {
    const r = await run(runNetwork, ['--format', 'graphml', '--out', 'net.graphml', 'news']);
    assert.strictEqual(r.code, 0, r.err);
    const errors: string[] = [];
    const d = new DOMParser({ onError: (level: string, m: string) => { if (level !== 'warning') errors.push(m); } }).parseFromString(fs.readFileSync('net.graphml', 'utf8'), 'text/xml');
    assert.deepStrictEqual(errors, []);
    const edges = Array.from(d.getElementsByTagName('edge') as ArrayLike<Element>).map((e) => `${e.getAttribute('source')}|${e.getAttribute('target')}`).sort();
    assert.deepStrictEqual(edges, ['kim-jong-un|wei-fenghe', 'lloyd-austin|luong-cuong']);
    assert.strictEqual(d.getElementsByTagName('node').length, 4);
  });

  it('network --format csv writes node and edge files; gexf goes to stdout', async () => {
    let r = await run(runNetwork, ['--format', 'csv', '--out', 'net.csv', '--mode', 'countries', 'news']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(fs.readFileSync('net.nodes.csv', 'utf8'), /^Id,Label,Country,Meetings,Strength\r\ncountry:/);
    const edges = fs.readFileSync('net.edges.csv', 'utf8').trim().split('\r\n');
    assert.strictEqual(edges[0], 'Source,Target,Type,Weight,Kinds,FirstDate,LastDate');
    assert.strictEqual(edges.length, 3);
    r = await run(runNetwork, ['--format', 'gexf', '--country', 'China', 'news']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /<gexf xmlns="http:\/\/gexf.net\/1.3"/);
    assert.doesNotMatch(r.out, /lloyd-austin/, 'the country filter applies');
  });

  it('bad arguments are refused with the usage; a missing path is reported and the rest exported', async () => {
    for (const args of [['news'], ['--format', 'dot', 'news'], ['--format', 'gexf', '--from', 'March', 'news'], ['--format', 'gexf']]) {
      const r = await run(runNetwork, args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /usage: network/);
    }
    const r = await run(runNetwork, ['--format', 'gexf', 'news', 'missing']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /missing: no such file or directory/);
    assert.match(r.out, /luong-cuong/);
    assert.strictEqual((await run(runPeople, [])).code, 2);
  });
});
