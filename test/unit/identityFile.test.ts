// The identity file: problems with their lines, edits that keep the analyst's comments, the JSON
// Schema and the parser agreeing, and two analysts' additions merging in a real git repository.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { applyRuleEdit, parseIdentityFile } from '../../src/core/corpus';
import { prng } from './prng';

const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../syntaxes/identities.schema.json'), 'utf8'));

describe('identity file', () => {
  it('reads people and organizations with their lines', () => {
    const f = parseIdentityFile([
      '# who is who',
      'version: 1',
      'people:',
      '  - id: luong-cuong',
      '    name: Lương Cường',
      '    names:',
      '      - Cuong',
      '    documents: [./news\\a.txt, old/]',
      'organizations:',
      '  - id: vpa',
      '    names: [Vietnam People’s Army]',
    ].join('\n'));
    assert.ok(f.ok, JSON.stringify(f.problems));
    assert.deepStrictEqual(f.rules.map((r) => [r.kind, r.id, r.line]), [['person', 'luong-cuong', 4], ['organization', 'vpa', 10]]);
    assert.deepStrictEqual(f.rules[0].documents, ['news/a.txt', 'old/']);
    assert.strictEqual(f.rules[0].name, 'Lương Cường');
  });

  const bad: [string, string, number, RegExp][] = [
    ['version', 'version: 2\npeople: []\n', 1, /unsupported identities version 2/],
    ['missing version', 'people: []\n', 1, /missing `version: 1`/],
    ['unknown key', 'version: 1\npeople:\n  - id: a\n    nmes: [x]\n', 4, /unknown key `nmes`/],
    ['bad id', 'version: 1\npeople:\n  - id: Luong Cuong\n', 3, /lower-case letters/],
    ['names not a list', 'version: 1\npeople:\n  - id: a\n    names: Cuong\n', 4, /must be a list/],
    ['duplicate id', 'version: 1\npeople:\n  - id: a\n  - id: b\n  - id: a\n', 5, /duplicate id 'a'/],
    ['YAML syntax', 'version: 1\npeople:\n  - id: a\n   names: [x\n', 4, /./],
    ['no id', 'version: 1\npeople:\n  - name: X\n', 3, /missing `id`/],
  ];
  for (const [what, text, line, message] of bad) {
    it(`refuses ${what} with its line, and applies no rule`, () => {
      const f = parseIdentityFile(text);
      assert.strictEqual(f.ok, false);
      assert.deepStrictEqual(f.rules, []);
      assert.ok(f.problems.some((p) => p.line === line && message.test(p.message)), JSON.stringify(f.problems));
    });
  }

  it('agrees with the JSON Schema the YAML extension uses', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const good = [
      'version: 1\n',
      'version: 1\npeople:\n  - id: a\n    name: A B\n    names: [x, y]\n    documents: [a.txt]\n    country: Vietnam\n    note: n\norganizations: []\n',
      'version: 1\npeople: null\n',
    ];
    // A JSON Schema cannot say "ids are unique within a list"; only the parser checks that.
    for (const text of [...good, ...bad.filter((b) => b[0] !== 'duplicate id').map((b) => b[1])]) {
      let data: unknown;
      try {
        data = parseYaml(text);
      } catch {
        continue; // not YAML at all: nothing for the schema to say
      }
      const parsed = parseIdentityFile(text);
      assert.strictEqual(validate(data), parsed.ok, `schema and parser disagree on:\n${text}\n${JSON.stringify(validate.errors)}`);
    }
  });

  it('an edit adds an entry in id order and keeps comments and the other entries as written', () => {
    const before = [
      '# Our team\'s decisions. Ask Mai before splitting anyone.',
      'version: 1',
      'people:',
      '  - id: a-person # first',
      '    names: [A]',
      '  - id: z-person',
      '    note: keep',
      '',
    ].join('\n');
    const after = applyRuleEdit(before, { kind: 'person', id: 'm-person', names: ['Em', 'M.'] });
    assert.match(after, /# Our team's decisions/);
    assert.match(after, /id: a-person # first/);
    const f = parseIdentityFile(after);
    assert.deepStrictEqual(f.rules.map((r) => r.id), ['a-person', 'm-person', 'z-person']);
    assert.deepStrictEqual(f.rules[1].names, ['Em', 'M.']);
    // Extending adds only what is new.
    const again = applyRuleEdit(after, { kind: 'person', id: 'm-person', names: ['Em', 'Emm'], documents: ['x.txt'] });
    const g = parseIdentityFile(again);
    assert.deepStrictEqual(g.rules[1].names, ['Em', 'M.', 'Emm']);
    assert.deepStrictEqual(g.rules[1].documents, ['x.txt']);
    // From nothing: a valid file with a header.
    const fresh = applyRuleEdit('', { kind: 'organization', id: 'vpa', names: ['VPA'] });
    assert.ok(parseIdentityFile(fresh).ok);
    assert.match(fresh, /^# Who is who/);
  });

  it('never rewrites an invalid file', () => {
    assert.throws(() => applyRuleEdit('version: 1\npeople:\n  - id: Bad Id\n', { kind: 'person', id: 'x' }), /line 3: .*fix the file first/);
  });

  it('property: two analysts adding identities on two branches merge in git without conflict', function () {
    this.timeout(60_000);
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const random = prng(12);
    const rng = { int: (n: number) => Math.floor(random() * n), chance: (p: number) => random() < p };
    const word = () => Array.from({ length: 3 + rng.int(5) }, () => 'abcdefghijklmnopqrstuvwxyz'[rng.int(26)]).join('');
    for (let round = 0; round < 8; round++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'identities-git-'));
      try {
        git(dir, 'init', '-q', '-b', 'main');
        git(dir, 'config', 'user.email', 't@example.invalid');
        git(dir, 'config', 'user.name', 'test');
        // What the README tells teams to commit: a conflict hunk keeps both sides' lines.
        fs.writeFileSync(path.join(dir, '.gitattributes'), 'diplomatic.identities.yaml merge=union\n');
        const file = path.join(dir, 'diplomatic.identities.yaml');
        let base = '';
        for (let i = 0; i < 1 + rng.int(6); i++) base = applyRuleEdit(base, { kind: rng.chance(0.7) ? 'person' : 'organization', id: `${word()}-${word()}`, names: [word()] });
        fs.writeFileSync(file, base);
        git(dir, 'add', '.');
        git(dir, 'commit', '-qm', 'base');
        const added: Record<string, string[]> = { a: [], b: [] };
        for (const branch of ['a', 'b']) {
          git(dir, 'checkout', '-q', '-b', branch, 'main');
          let text = fs.readFileSync(file, 'utf8');
          for (let i = 0; i < 1 + rng.int(3); i++) {
            const id = `${branch}${word()}-${word()}`;
            added[branch].push(id);
            text = applyRuleEdit(text, { kind: 'person', id, names: [word(), word()], documents: rng.chance(0.5) ? [`${word()}.txt`] : undefined });
          }
          // Both analysts also add a name to the same existing identity.
          const shared = parseIdentityFile(text).rules[0];
          const name = `${branch}-${word()}`;
          added[`${branch}:names`] = [name];
          text = applyRuleEdit(text, { kind: shared.kind, id: shared.id, names: [name] });
          fs.writeFileSync(file, text);
          git(dir, 'commit', '-qam', branch);
        }
        git(dir, 'checkout', '-q', 'a');
        // Throws on a conflict.
        git(dir, 'merge', '-q', '--no-edit', 'b');
        const merged = parseIdentityFile(fs.readFileSync(file, 'utf8'));
        assert.ok(merged.ok, JSON.stringify(merged.problems));
        const ids = merged.rules.map((r) => r.id);
        for (const id of [...added.a, ...added.b]) assert.ok(ids.includes(id), `${id} lost in the merge (round ${round})`);
        const names = merged.rules.flatMap((r) => r.names);
        for (const n of [...added['a:names'], ...added['b:names']]) assert.ok(names.includes(n), `name ${n} lost in the merge (round ${round})`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
