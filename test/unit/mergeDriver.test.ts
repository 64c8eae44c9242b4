// The git merge driver with real git repositories: two analysts on two branches annotate the same article,
// and `git merge` with the driver set up as the README says merges their sidecars cleanly, keeping
// every annotation. Without the driver the same merges conflict (checked too, so the cases are real).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Annotation, emptySidecarDocument, makeAnnotation, parseSidecar, refreshContexts, serializeSidecar } from '../../src/core/sidecar';

const CLI = path.join(__dirname, '..', '..', 'src', 'cli.js');
const ARTICLE =
  'HANOI, November 6. General Luong Cuong, Chief of the General Department of Politics, had a phone talk with ' +
  'Admiral Miao Hua, Director of the Political Work Department of the Central Military Commission of China. ' +
  'The two sides agreed to strengthen exchanges between the two militaries.\n';
const SIDECAR = 'article.txt.annotations.yaml';

function git(repo: string, ...args: string[]): { code: number | null; out: string } {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function ok(repo: string, ...args: string[]): string {
  const r = git(repo, ...args);
  assert.strictEqual(r.code, 0, `git ${args.join(' ')}: ${r.out}`);
  return r.out;
}

function annotation(quote: string, label: string, id: string, note?: string): Annotation {
  const at = ARTICLE.indexOf(quote);
  return makeAnnotation(ARTICLE, at, at + quote.length, label, { id, note, now: '2026-11-30T10:00:00.000Z' });
}

/** Writes the sidecar as the editor does (a change to an existing file keeps its other lines). */
function save(repo: string, change: (anns: Annotation[]) => void): void {
  const file = path.join(repo, SIDECAR);
  const parsed = fs.existsSync(file) ? parseSidecar(fs.readFileSync(file, 'utf8')) : undefined;
  if (parsed && !parsed.ok) assert.fail(JSON.stringify(parsed.problems));
  const doc = parsed?.ok ? parsed.doc : emptySidecarDocument();
  const anns = parsed?.ok ? parsed.annotations : [];
  change(anns);
  refreshContexts(ARTICLE, anns);
  fs.writeFileSync(file, serializeSidecar(doc, anns));
}

function ids(repo: string): string[] {
  const r = parseSidecar(fs.readFileSync(path.join(repo, SIDECAR), 'utf8'));
  if (!r.ok) assert.fail(`merged sidecar invalid: ${JSON.stringify(r.problems)}`);
  return r.annotations.map((a) => a.id).sort();
}

/** A repository with the article (and optionally a first sidecar) on main, and branch `other` from there. */
function repo(withDriver: boolean, base?: (anns: Annotation[]) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-merge-'));
  ok(dir, 'init', '-q', '-b', 'main');
  ok(dir, 'config', 'user.email', 'analyst@example.invalid');
  ok(dir, 'config', 'user.name', 'Analyst');
  fs.writeFileSync(path.join(dir, 'article.txt'), ARTICLE);
  if (withDriver) {
    // The one-time set-up of the README.
    fs.writeFileSync(path.join(dir, '.gitattributes'), '*.annotations.yaml merge=diplomatic-sidecars\n');
    ok(dir, 'config', 'merge.diplomatic-sidecars.name', 'Diplomatic Annotator sidecars');
    ok(dir, 'config', 'merge.diplomatic-sidecars.driver', `"${process.execPath}" "${CLI}" merge-sidecars %O %A %B %P`);
  }
  if (base) save(dir, base);
  ok(dir, 'add', '-A');
  ok(dir, 'commit', '-qm', 'article');
  ok(dir, 'branch', 'other');
  return dir;
}

/** Commits `ours` on main and `theirs` on other, then merges other into main. */
function mergeBranches(dir: string, ours: (a: Annotation[]) => void, theirs: (a: Annotation[]) => void): { code: number | null; out: string } {
  save(dir, ours);
  ok(dir, 'add', '-A');
  ok(dir, 'commit', '-qm', 'ours');
  ok(dir, 'checkout', '-q', 'other');
  save(dir, theirs);
  ok(dir, 'add', '-A');
  ok(dir, 'commit', '-qm', 'theirs');
  ok(dir, 'checkout', '-q', 'main');
  return git(dir, 'merge', '--no-edit', 'other');
}

describe('git merge driver (real repositories)', function () {
  this.timeout(120_000);
  const made: string[] = [];
  const fresh = (withDriver: boolean, base?: (anns: Annotation[]) => void) => {
    const d = repo(withDriver, base);
    made.push(d);
    return d;
  };
  after(() => {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  });

  const cases: { name: string; base?: (a: Annotation[]) => void; ours: (a: Annotation[]) => void; theirs: (a: Annotation[]) => void; expect: string[] }[] = [
    {
      name: 'independent annotations in one paragraph',
      base: (a) => a.push(annotation('Luong Cuong', 'official', 'abase')),
      ours: (a) => a.push(annotation('Miao Hua', 'official', 'aours')),
      theirs: (a) => a.push(annotation('Chief of the General Department of Politics', 'position', 'atheirs')),
      expect: ['abase', 'aours', 'atheirs'],
    },
    {
      name: 'the same name annotated on both sides',
      base: (a) => a.push(annotation('General', 'rank', 'abase')),
      ours: (a) => a.push(annotation('Miao Hua', 'official', 'aours', 'ours thinks so')),
      theirs: (a) => a.push(annotation('Miao Hua', 'official', 'atheirs', 'so do they')),
      expect: ['abase', 'aours', 'atheirs'],
    },
    {
      name: 'both sides creating the sidecar',
      ours: (a) => a.push(annotation('Luong Cuong', 'official', 'aours')),
      theirs: (a) => a.push(annotation('Admiral', 'rank', 'atheirs')),
      expect: ['aours', 'atheirs'],
    },
    {
      name: 'a note added on one side, the label changed on the other',
      base: (a) => a.push(annotation('Miao Hua', 'official', 'abase')),
      ours: (a) => (a[0].note = 'Confirmed by the readout.'),
      theirs: (a) => (a[0].entity = 'miao-hua'),
      expect: ['abase'],
    },
  ];
  for (const c of cases) {
    it(`${c.name}: a clean merge with every annotation (a conflict without the driver)`, () => {
      const without = fresh(false, c.base);
      assert.notStrictEqual(mergeBranches(without, c.ours, c.theirs).code, 0, 'git alone should conflict here');
      const dir = fresh(true, c.base);
      const r = mergeBranches(dir, c.ours, c.theirs);
      assert.strictEqual(r.code, 0, r.out);
      assert.deepStrictEqual(ids(dir), c.expect);
      assert.ok(!fs.readFileSync(path.join(dir, SIDECAR), 'utf8').includes('<<<<<<<'));
      assert.strictEqual(ok(dir, 'status', '--porcelain'), '', 'nothing left unmerged');
    });
  }

  it('a note both sides changed differently: both kept, the other marked conflict: true, git told so', () => {
    const dir = fresh(true, (a) => a.push(annotation('Luong Cuong', 'official', 'abase', 'first')));
    const r = mergeBranches(dir, (a) => (a[0].note = 'ours'), (a) => (a[0].note = 'theirs'));
    assert.notStrictEqual(r.code, 0);
    const parsed = parseSidecar(fs.readFileSync(path.join(dir, SIDECAR), 'utf8'));
    assert.ok(parsed.ok, 'the result is a valid sidecar, not conflict markers');
    assert.deepStrictEqual(parsed.annotations.map((a) => [a.note, !!a.conflict]).sort(), [['ours', false], ['theirs', true]]);
  });

  it('merges in the file\'s own line endings and byte-order mark', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-merge-bytes-'));
    made.push(dir);
    const write = (name: string, anns: Annotation[], crlf: boolean) => {
      const text = serializeSidecar(emptySidecarDocument(), anns);
      fs.writeFileSync(path.join(dir, name), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf ? text.replace(/\n/g, '\r\n') : text)]));
    };
    write('base', [], true);
    write('ours', [annotation('Miao Hua', 'official', 'aours')], true);
    write('theirs', [annotation('Admiral', 'rank', 'atheirs')], false);
    const r = spawnSync(process.execPath, [CLI, 'merge-sidecars', path.join(dir, 'base'), path.join(dir, 'ours'), path.join(dir, 'theirs')], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'ours'));
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(!/[^\r]\n/.test(bytes.toString('utf8')), 'CRLF kept');
    assert.match(bytes.toString('utf8'), /id: atheirs\r\n/);
  });

  it('a side it cannot read is left to git\'s line merge, and the driver says why', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dipl-merge-bad-'));
    made.push(dir);
    fs.writeFileSync(path.join(dir, 'base'), 'version: 1\nannotations: []\n');
    fs.writeFileSync(path.join(dir, 'ours'), 'version: 1\nannotations: []\n# ours\n');
    fs.writeFileSync(path.join(dir, 'theirs'), Buffer.from('version: 1\nannotations: []\n# caf\xe9\n', 'latin1'));
    const r = spawnSync(process.execPath, [CLI, 'merge-sidecars', path.join(dir, 'base'), path.join(dir, 'ours'), path.join(dir, 'theirs'), 'x.annotations.yaml'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /x\.annotations\.yaml: cannot merge by annotation \(theirs: line 3: the annotations file is not valid UTF-8/);
    assert.match(fs.readFileSync(path.join(dir, 'ours'), 'latin1'), /<<<<<<< ours/);
  });
});
