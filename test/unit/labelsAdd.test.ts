// An analyst's label adds to what the recognizer knew, never subtracts: labelling an already recognized
// official keeps his rank, position and organization (in the persons, the meetings, the CLI's output);
// a custom label is a tag; a boundary correction keeps the facts; only a type correction replaces.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { analyze } from '../../src/core';
import { emptySidecarDocument, makeAnnotation, serializeSidecar } from '../../src/core/sidecar';
import { runExtract } from '../../src/cli/extract';

const SEED = path.join(__dirname, '..', '..', '..', 'seeds', '004_46d35968a2f4d272.txt');
const text = fs.readFileSync(SEED, 'utf8');
const at = text.indexOf('Luong Cuong');
const span = { start: at, end: at + 'Luong Cuong'.length };
const person = (corrections: { start: number; end: number; label: string }[]) => analyze(text, { corrections }).persons.find((p) => p.name.endsWith('Luong Cuong'));

describe('labels add, never subtract', () => {
  const recognized = person([])!;
  it('the seed recognizes Luong Cuong with rank, position, organization and country', () => {
    assert.deepStrictEqual([recognized.rank, recognized.country], ['General', 'Vietnam']);
    assert.ok(recognized.position && recognized.organization);
  });

  it('label `official` on the recognized name keeps every fact, in the persons and the meeting', () => {
    const labelled = analyze(text, { corrections: [{ ...span, label: 'official' }] });
    const p = labelled.persons.find((x) => x.id === recognized.id)!;
    assert.deepStrictEqual({ ...p, mentions: [] }, { ...recognized, mentions: [] });
    const participant = labelled.meetings[0].participants.find((x) => x.id === recognized.id)!;
    assert.strictEqual(participant.position, recognized.position);
    assert.strictEqual(participant.organization, recognized.organization);
    const entity = labelled.entities.find((e) => e.start === span.start && e.end === span.end && e.type === 'official')!;
    assert.strictEqual(entity.source, 'annotation');
    assert.strictEqual(entity.id, recognized.id);
  });

  it('a custom label is a tag: the official and his facts stay', () => {
    const a = analyze(text, { corrections: [{ ...span, label: 'spokesperson' }] });
    const p = a.persons.find((x) => x.id === recognized.id);
    assert.ok(p, 'the person is still there');
    assert.strictEqual(p.position, recognized.position);
    assert.ok(a.entities.some((e) => e.type === ('spokesperson' as string) && e.start === span.start));
    assert.ok(a.entities.some((e) => e.type === 'official' && e.start === span.start && e.id === recognized.id));
  });

  it('a boundary correction keeps the facts of the name it overlaps', () => {
    const g = text.lastIndexOf('General', at);
    const p = person([{ start: g, end: span.end, label: 'official' }])!;
    assert.strictEqual(p.name, 'General Luong Cuong');
    assert.deepStrictEqual([p.rank, p.position, p.organization], [recognized.rank, recognized.position, recognized.organization]);
  });

  it('label `organization` on a recognized organization keeps its id and country', () => {
    const plain = analyze(text);
    const org = plain.entities.find((e) => e.type === 'organization')!;
    const a = analyze(text, { corrections: [{ start: org.start, end: org.end, label: 'organization' }] });
    const e = a.entities.find((x) => x.type === 'organization' && x.start === org.start && x.end === org.end)!;
    assert.strictEqual(e.id, org.id);
    assert.deepStrictEqual(a.organizations.map((o) => o.id).sort(), plain.organizations.map((o) => o.id).sort());
  });

  it('a type correction replaces only what it corrects', () => {
    const a = analyze(text, { corrections: [{ ...span, label: 'rank' }] });
    assert.ok(!a.entities.some((e) => e.type === 'official' && e.start === span.start && e.end === span.end));
    assert.ok(a.entities.some((e) => e.type === 'rank' && e.start === span.start));
    const miao = analyze(text).persons.find((p) => p.name === 'Miao Hua')!;
    assert.deepStrictEqual(a.persons.find((p) => p.id === miao.id), miao, 'the other official is untouched');
  });

  it('the CLI applies an `official` sidecar label and still prints his position and organization', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-label-'));
    try {
      const file = path.join(dir, 'seed004.txt');
      fs.writeFileSync(file, text);
      fs.writeFileSync(file + '.annotations.yaml', serializeSidecar(emptySidecarDocument(), [makeAnnotation(text, span.start, span.end, 'official', { id: 'l1' })]));
      const out = new PassThrough();
      const chunks: string[] = [];
      out.on('data', (c) => chunks.push(String(c)));
      assert.strictEqual(await runExtract(['--json', file], out, new PassThrough()), 0);
      const doc = JSON.parse(chunks.join('')).documents[0];
      assert.strictEqual(doc.sidecar.applied, 1);
      const p = doc.meetings[0].participants.find((x: { id: string }) => x.id === recognized.id);
      assert.deepStrictEqual([p.rank, p.position, p.organization], [recognized.rank, recognized.position, recognized.organization]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
