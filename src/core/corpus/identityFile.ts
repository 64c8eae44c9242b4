// The analyst's identity decisions: one YAML file per workspace (diplomatic.identities.yaml), read
// and written with the yaml Document API so hand edits keep their comments and key order. Each
// entry is one list item, entries are kept sorted by id and lists one item a line, so two
// analysts' additions merge in git without conflicts. The JSON Schema is
// syntaxes/identities.schema.json; this file checks the same rules and says where a problem is.
import type { Node as YamlNode, Document, YAMLMap, YAMLSeq } from 'yaml';
import { yaml } from '../sidecar/yamlLib';

export const IDENTITIES_FILE = 'diplomatic.identities.yaml';
export const IDENTITIES_VERSION = 1;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_ALIASES = 100;
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

export type IdentityKind = 'person' | 'organization';

/** One analyst decision: these names (in these texts, when `documents` is given) are this one identity. */
export interface IdentityRule {
  kind: IdentityKind;
  id: string;
  /** The name shown for the identity. */
  name?: string;
  /** More names, any spelling, that stand for it: identities with these names are merged into this one. */
  names: string[];
  /** Workspace-relative texts (or folders, ending in '/') the rule is limited to: a split. */
  documents: string[];
  country?: string;
  note?: string;
  /** 1-based line of the entry in the file. */
  line: number;
}

export interface IdentityProblem {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface IdentityFile {
  rules: IdentityRule[];
  problems: IdentityProblem[];
  /** True when the file could be read: rules apply and the file may be rewritten. */
  ok: boolean;
}

const SECTIONS: Record<string, IdentityKind> = { people: 'person', organizations: 'organization' };
const KEY_ORDER = ['id', 'name', 'names', 'documents', 'country', 'note'] as const;

export function emptyIdentityFile(): IdentityFile {
  return { rules: [], problems: [], ok: true };
}

/** Never throws: gives the rules, or problems with lines (and then no rules, so nothing half-applies). */
export function parseIdentityFile(text: string): IdentityFile {
  try {
    return parseUnsafe(text);
  } catch (e) {
    return broken(1, 1, `cannot read the identities file: ${(e as Error)?.message ?? String(e)}`);
  }
}

function broken(line: number, column: number, message: string): IdentityFile {
  return { rules: [], problems: [{ line, column, message, severity: 'error' }], ok: false };
}

function parseUnsafe(text: string): IdentityFile {
  if (text.length > MAX_BYTES) return broken(1, 1, `the identities file is larger than ${MAX_BYTES / 1024 / 1024} MB and is not loaded`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return emptyIdentityFile();
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true, schema: 'core', customTags: [], version: '1.2' });
  const at = (node: YamlNode | null | undefined) => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const problems: IdentityProblem[] = [];
  const error = (node: YamlNode | null | undefined, message: string) => problems.push({ ...at(node), message, severity: 'error' });
  for (const e of [...doc.errors, ...doc.warnings]) {
    const p = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
    problems.push({ line: p.line, column: p.col, message: e.message.split('\n')[0], severity: 'error' });
  }
  if (problems.length) return { rules: [], problems, ok: false };
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return broken(1, 1, `too many or too deep YAML aliases (${(e as Error).message.split('\n')[0]})`);
  }
  const root = doc.contents as YamlNode | null;
  if (!yaml().isMap(root)) return broken(at(root).line, 1, 'expected a mapping with `version: 1`, `people:` and `organizations:`');
  const rules: IdentityRule[] = [];
  for (const pair of root.items) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'version') {
      const v = yaml().isScalar(value) ? value.value : undefined;
      if (v !== IDENTITIES_VERSION) error(value, `unsupported identities version ${JSON.stringify(v)}; this extension reads version ${IDENTITIES_VERSION}`);
    } else if (key in SECTIONS) {
      if (value === null || (yaml().isScalar(value) && value.value === null)) continue;
      if (!yaml().isSeq(value)) {
        error(value, `\`${key}\` must be a list of identities`);
        continue;
      }
      for (const item of value.items as YamlNode[]) {
        const rule = readRule(item, SECTIONS[key], at, error);
        if (rule) rules.push(rule);
      }
    } else error(pair.key as YamlNode, `unknown key \`${key}\`; expected version, people or organizations`);
  }
  if (!root.has('version')) error(root, 'missing `version: 1`');
  const seen = new Map<string, IdentityRule>();
  for (const r of rules) {
    const k = `${r.kind}:${r.id}`;
    const before = seen.get(k);
    if (before) problems.push({ line: r.line, column: 5, message: `duplicate id '${r.id}' (first at line ${before.line}); give each identity its own entry`, severity: 'error' });
    else seen.set(k, r);
  }
  const ok = !problems.some((p) => p.severity === 'error');
  return { rules: ok ? rules : [], problems, ok };
}

function readRule(
  item: YamlNode,
  kind: IdentityKind,
  at: (n: YamlNode | null | undefined) => { line: number; column: number },
  error: (n: YamlNode | null | undefined, message: string) => void,
): IdentityRule | undefined {
  if (!yaml().isMap(item)) {
    error(item, 'each identity must be a mapping with at least `id`');
    return undefined;
  }
  const rule: IdentityRule = { kind, id: '', names: [], documents: [], line: at(item).line };
  let bad = false;
  for (const pair of item.items) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const v = pair.value as YamlNode | null;
    const fail = (message: string) => {
      error(v ?? (pair.key as YamlNode), message);
      bad = true;
    };
    switch (key) {
      case 'id':
      case 'name':
      case 'country':
      case 'note': {
        const s = yaml().isScalar(v) ? v.value : undefined;
        if (typeof s !== 'string' || s.trim() === '') fail(`\`${key}\` must be a non-empty string`);
        else if (key === 'id' && !ID_PATTERN.test(s)) fail(`id '${s}' must be lower-case letters, digits, '.', '_' or '-' (for example luong-cuong)`);
        else rule[key] = key === 'note' ? s : s.trim();
        break;
      }
      case 'names':
      case 'documents': {
        if (!yaml().isSeq(v)) {
          fail(`\`${key}\` must be a list of strings`);
          break;
        }
        for (const it of v.items as YamlNode[]) {
          const s = yaml().isScalar(it) ? it.value : undefined;
          if (typeof s !== 'string' || s.trim() === '') {
            error(it, `each item of \`${key}\` must be a non-empty string`);
            bad = true;
          } else rule[key].push(key === 'documents' ? normalizeDocPath(s) : s.trim());
        }
        break;
      }
      default:
        fail(`unknown key \`${key}\`; an identity has ${KEY_ORDER.join(', ')}`);
    }
  }
  if (!rule.id && !bad) {
    error(item, 'identity is missing `id`');
    return undefined;
  }
  return bad ? undefined : rule;
}

/** Workspace-relative, forward slashes, no leading './'. */
export function normalizeDocPath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** True when the rule applies to the text at `relPath` (no documents: everywhere). */
export function ruleCovers(rule: IdentityRule, relPath: string): boolean {
  if (rule.documents.length === 0) return true;
  return rule.documents.some((d) => d === relPath || (d.endsWith('/') && relPath.startsWith(d)));
}

// ---- editing: the merge and split commands write through these, keeping the rest of the file ----

export interface RuleEdit {
  kind: IdentityKind;
  id: string;
  name?: string;
  /** Added to the entry's names (duplicates skipped). */
  names?: string[];
  /** Added to the entry's documents (duplicates skipped). */
  documents?: string[];
  country?: string;
  note?: string;
}

/**
 * Adds or extends one entry and returns the new text. Refuses (throws) when the current text is
 * not a valid identities file: an invalid file is never overwritten.
 */
export function applyRuleEdit(text: string, edit: RuleEdit): string {
  const parsed = parseIdentityFile(text);
  if (!parsed.ok) {
    const p = parsed.problems[0];
    throw new Error(`${IDENTITIES_FILE} line ${p.line}: ${p.message}; fix the file first`);
  }
  const doc = text.trim() === '' ? newDocument() : yaml().parseDocument(text.replace(/^\uFEFF/, ''), { version: '1.2' });
  const root = doc.contents as YAMLMap;
  if (!root.has('version')) root.items.unshift(doc.createPair('version', IDENTITIES_VERSION));
  const section = edit.kind === 'person' ? 'people' : 'organizations';
  let list = root.get(section, true) as YAMLSeq | null | undefined;
  if (!yaml().isSeq(list)) {
    list = new (yaml().YAMLSeq)();
    root.set(section, list);
  }
  let entry = (list.items as YamlNode[]).find((n) => yaml().isMap(n) && n.get('id') === edit.id) as YAMLMap | undefined;
  if (!entry) {
    entry = new (yaml().YAMLMap)();
    entry.set('id', edit.id);
    list.flow = false;
    // Sorted by id: two analysts adding different identities touch different places of the file.
    const at = (list.items as YamlNode[]).findIndex((n) => yaml().isMap(n) && String(n.get('id') ?? '') > edit.id);
    if (at < 0) list.items.push(entry);
    else list.items.splice(at, 0, entry);
    // A blank line between entries: additions in different places never touch the same lines.
    const index = list.items.indexOf(entry);
    if (index > 0) entry.spaceBefore = true;
    else if (list.items.length > 1) (list.items[1] as YamlNode).spaceBefore = true;
  }
  for (const key of ['name', 'country', 'note'] as const) if (edit[key] !== undefined) entry.set(key, edit[key]);
  for (const key of ['names', 'documents'] as const) {
    const add = edit[key];
    if (!add?.length) continue;
    let seq = entry.get(key, true) as YAMLSeq | undefined;
    if (!yaml().isSeq(seq)) {
      seq = new (yaml().YAMLSeq)();
      entry.set(key, seq);
    }
    if (seq.items.length === 0) seq.flow = false;
    const have = new Set((seq.items as YamlNode[]).map((n) => (yaml().isScalar(n) ? String(n.value) : '')));
    for (const v of add) if (!have.has(v)) {
      seq.items.push(doc.createNode(v));
      have.add(v);
    }
  }
  // Keys in the documented order, unknown ones (none are valid) last.
  entry.items.sort((a, b) => order(a.key) - order(b.key));
  return doc.toString({ lineWidth: 0 });
}

function order(key: unknown): number {
  const k = yaml().isScalar(key) ? String(key.value) : String(key);
  const i = (KEY_ORDER as readonly string[]).indexOf(k);
  return i < 0 ? KEY_ORDER.length : i;
}

/** A new file: the header comment, `version: 1` and empty lists. */
export function emptyIdentityFileText(): string {
  return newDocument().toString();
}

function newDocument(): Document {
  const doc = new (yaml().Document)({ version: IDENTITIES_VERSION, people: [], organizations: [] });
  doc.commentBefore = [
    ' Who is who across the texts of this workspace (Diplomatic Annotator).',
    ' Each entry merges the names it lists into one identity; with `documents:` it applies only to',
    ' those texts (a split). These decisions win over automatic matching. Schema: identities.schema.json.',
  ].join('\n');
  return doc;
}
