// Parse, validate and serialize sidecars with the yaml Document API, so hand-edited files keep
// their comments and key order: we update nodes in place instead of regenerating the file.
import type { Node as YamlNode, Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yaml } from './yamlLib';
import { Annotation, compareAnnotations, MAX_SIDECAR_BYTES, SCHEMA_VERSION, SidecarProblem } from './model';

export type ParseResult =
  | { ok: true; doc: Document; annotations: Annotation[] }
  | { ok: false; problems: SidecarProblem[] };

const MAX_ALIASES = 100;
/** Deeper nesting than this is refused before parsing (the schema needs 4 levels; 1M `[` took 6 s and 1 GB). */
export const MAX_NESTING = 64;
const KEY_ORDER = ['id', 'label', 'start', 'end', 'quote', 'prefix', 'suffix', 'entity', 'note', 'created', 'updated', 'conflict', 'orphaned', 'moved'] as const;
const FLAGS: ReadonlySet<string> = new Set(['conflict', 'orphaned', 'moved']);

function fail(line: number, column: number, message: string): ParseResult {
  return { ok: false, problems: [{ line, column, message }] };
}

/** Never throws: any input gives either annotations or problems with line numbers. */
export function parseSidecar(text: string): ParseResult {
  try {
    return parseUnsafe(text);
  } catch (e) {
    return fail(1, 1, `cannot read the annotations file: ${(e as Error)?.message ?? String(e)}`);
  }
}

function parseUnsafe(text: string): ParseResult {
  // Cheap bound first (UTF-16 length ≤ bytes ≤ 3× length), then the exact byte count.
  if (text.length > MAX_SIDECAR_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SIDECAR_BYTES) {
    return fail(1, 1, `the annotations file is larger than ${MAX_SIDECAR_BYTES / 1024 / 1024} MB and is not loaded; split or trim it`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = position(text, nul);
    return fail(line, column, 'the annotations file contains binary data (NUL character)');
  }
  const conflict = conflictMarkerAt(text);
  if (conflict >= 0) {
    const { line } = position(text, conflict);
    const marker = text.slice(conflict, text.indexOf('\n', conflict) >>> 0).trim();
    return fail(line, 1, `this file has an unresolved git merge conflict (the marker \`${marker.slice(0, 60)}\` at line ${line}): keep the annotations of both sides and delete the marker lines. To have git merge annotation files by itself, run “Diplomatic: Set Up Git Merging of Annotations”`);
  }
  const deep = nestingTooDeep(text);
  if (deep) return fail(deep.line, deep.column, `nested more than ${MAX_NESTING} levels deep; an annotations file needs 4, so this is not one (not loaded)`);
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true, schema: 'core', customTags: [], keepSourceTokens: false, version: '1.2' });
  const at = (node: YamlNode | null | undefined): { line: number; column: number } => {
    const off = node?.range?.[0] ?? 0;
    const p = lc.linePos(off);
    return { line: p.line, column: p.col };
  };
  const problems: SidecarProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const p = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
    problems.push({ line: p.line, column: p.col, message: firstLine(e.message) });
  }
  if (problems.length) return { ok: false, problems };
  // Custom tags are refused outright: the schema has none, and they are a classic YAML attack surface.
  let tagged: YamlNode | undefined;
  walk(doc.contents as YamlNode | null, (n) => {
    if (!tagged && (n as { tag?: string }).tag && !String((n as { tag?: string }).tag).startsWith('tag:yaml.org,2002:')) tagged = n;
  });
  if (tagged) {
    const p = at(tagged);
    return fail(p.line, p.column, `custom YAML tag ${(tagged as { tag?: string }).tag} is not allowed`);
  }
  // Resolving aliases is where bombs explode; bound them before any toJS.
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES, mapAsMap: true });
  } catch (e) {
    return fail(1, 1, `too many or too deep YAML aliases (${firstLine((e as Error).message)})`);
  }
  const root = doc.contents;
  if (!yaml().isMap(root)) return fail(at(root as YamlNode).line, 1, 'expected a mapping with `version: 1` and `annotations: [...]`');
  const versionNode = root.get('version', true) as YamlNode | undefined;
  if (versionNode === undefined) return fail(1, 1, 'missing `version: 1`');
  const version = yaml().isScalar(versionNode) ? versionNode.value : undefined;
  if (version !== SCHEMA_VERSION) {
    const p = at(versionNode);
    return fail(p.line, p.column, `unsupported sidecar version ${JSON.stringify(version)}; this extension reads version ${SCHEMA_VERSION}`);
  }
  const seqNode = root.get('annotations', true) as YamlNode | undefined;
  const annotations: Annotation[] = [];
  if (seqNode !== undefined && !(yaml().isScalar(seqNode) && seqNode.value === null)) {
    if (!yaml().isSeq(seqNode)) {
      const p = at(seqNode);
      return fail(p.line, p.column, '`annotations` must be a list');
    }
    const ids = new Set<string>();
    for (const item of seqNode.items as YamlNode[]) {
      const r = readAnnotation(item, at);
      if ('message' in r) problems.push(r);
      else if (ids.has(r.id)) {
        const p = at(item);
        problems.push({ ...p, message: `duplicate annotation id '${r.id}'` });
      } else {
        ids.add(r.id);
        annotations.push(r);
      }
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, doc, annotations };
}

function readAnnotation(item: YamlNode, at: (n: YamlNode | null | undefined) => { line: number; column: number }): Annotation | SidecarProblem {
  const p = at(item);
  if (!yaml().isMap(item)) return { ...p, message: 'each annotation must be a mapping with id, label, start, end and quote' };
  const get = (k: string): unknown => {
    const n = item.get(k, true) as YamlNode | undefined;
    return n === undefined ? undefined : yaml().isScalar(n) ? n.value : n;
  };
  const where = (k: string) => at((item.get(k, true) as YamlNode | undefined) ?? item);
  const str = (k: string, required: boolean): string | undefined | SidecarProblem => {
    const v = get(k);
    if (v === undefined || v === null) return required ? { ...p, message: `annotation is missing \`${k}\`` } : undefined;
    if (typeof v !== 'string') return { ...where(k), message: `\`${k}\` must be a string` };
    return v;
  };
  const isProblem = (v: unknown): v is SidecarProblem => typeof v === 'object' && v !== null && 'message' in v;
  const id = str('id', true);
  if (isProblem(id)) return id;
  const label = str('label', true);
  if (isProblem(label)) return label;
  if (!label) return { ...where('label'), message: '`label` must not be empty' };
  const nums: number[] = [];
  for (const k of ['start', 'end']) {
    const v = get(k);
    if (v === undefined) return { ...p, message: `annotation '${id}' is missing \`${k}\`` };
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return { ...where(k), message: `\`${k}\` must be a whole number ≥ 0` };
    nums.push(v);
  }
  if (nums[0] > nums[1]) return { ...where('end'), message: '`end` must not be before `start`' };
  const fields: Record<string, string | undefined> = {};
  for (const k of ['quote', 'prefix', 'suffix', 'entity', 'note', 'created', 'updated']) {
    const v = str(k, k === 'quote');
    if (isProblem(v)) return v;
    fields[k] = v;
  }
  for (const k of FLAGS) {
    const v = get(k);
    if (v !== undefined && typeof v !== 'boolean') return { ...where(k), message: `\`${k}\` must be true or false` };
  }
  const ann: Annotation = {
    id: id!,
    label,
    start: nums[0],
    end: nums[1],
    quote: fields.quote!,
    prefix: fields.prefix ?? '',
    suffix: fields.suffix ?? '',
    created: fields.created ?? '',
    updated: fields.updated ?? fields.created ?? '',
  };
  if (fields.entity !== undefined) ann.entity = fields.entity;
  if (fields.note !== undefined) ann.note = fields.note;
  if (get('conflict') === true) ann.conflict = true;
  if (get('orphaned') === true) ann.orphaned = true;
  if (get('moved') === true) ann.moved = true;
  return ann;
}

function walk(node: YamlNode | null | undefined, visit: (n: YamlNode) => void, depth = 0): void {
  if (!node || depth > 200) return;
  visit(node);
  if (yaml().isMap(node)) for (const pair of node.items) {
    walk(pair.key as YamlNode, visit, depth + 1);
    walk(pair.value as YamlNode, visit, depth + 1);
  } else if (yaml().isSeq(node)) for (const it of node.items) walk(it as YamlNode, visit, depth + 1);
}

/** Offset of the first line git's conflict markers start (`<<<<<<< `, `>>>>>>> `), or -1. */
function conflictMarkerAt(text: string): number {
  const m = /^(?:<{7}|>{7})(?: |$)/m.exec(text);
  return m ? m.index : -1;
}

/**
 * Where nesting first goes deeper than MAX_NESTING: flow collections (`[`, `{`) counted by the YAML lexer,
 * which stops there (a cheap count of brackets first, so ordinary files are not lexed twice), and block
 * nesting by the stack of indentations and `- ` indicators at the start of each line.
 */
function nestingTooDeep(text: string): { line: number; column: number } | undefined {
  let raw = 0;
  let rawMax = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++raw > rawMax) rawMax = raw;
    } else if ((c === 0x5d || c === 0x7d) && raw > 0) raw--;
  }
  if (rawMax > MAX_NESTING) {
    let depth = 0;
    let offset = 0;
    for (const token of new (yaml().Lexer)().lex(text)) {
      if (token === '[' || token === '{') depth++;
      else if (token === ']' || token === '}') depth--;
      if (depth > MAX_NESTING) return position(text, offset);
      offset += token.length;
    }
  }
  const indents: number[] = [];
  let line = 0;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    line++;
    let i = at;
    while (i < end && text.charCodeAt(i) === 0x20) i++;
    if (i < end && text.charCodeAt(i) !== 0x23 && text.charCodeAt(i) !== 0x0d) {
      const indent = i - at;
      while (indents.length && indents[indents.length - 1] > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1] < indent) indents.push(indent);
      let dashes = 0;
      while (i + 1 < end && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        dashes++;
        i += 2;
        while (i < end && text.charCodeAt(i) === 0x20) i++;
      }
      if (indents.length + dashes > MAX_NESTING) return { line, column: i - at + 1 };
    }
    at = end + 1;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

export function emptySidecarDocument(): Document {
  const doc = new (yaml().Document)({ version: SCHEMA_VERSION, annotations: [] });
  doc.commentBefore = ' Analyst annotations (Diplomatic Annotator). Offsets are UTF-16 code units; see syntaxes/annotations.schema.json.';
  return doc;
}

function valueNode(doc: Document, key: string, value: string | number | boolean): YamlNode {
  const node = doc.createNode(value) as Scalar;
  // Notes read best as literal blocks; one list item per annotation keeps git diffs small.
  if (typeof value === 'string' && value.includes('\n') && key === 'note') node.type = yaml().Scalar.BLOCK_LITERAL;
  return node;
}

/**
 * Writes `annotations` into `doc` in place: existing items keep their comments, key order and
 * unknown keys; items are ordered by position; removed ids disappear. Returns the YAML text.
 */
export function serializeSidecar(doc: Document, annotations: readonly Annotation[]): string {
  if (!yaml().isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  const root = doc.contents as YAMLMap;
  if (!root.has('version')) root.items.unshift(doc.createPair('version', SCHEMA_VERSION));
  const existing: unknown = root.get('annotations', true);
  let list: YAMLSeq;
  if (yaml().isSeq(existing)) list = existing;
  else {
    list = new (yaml().YAMLSeq)();
    root.set('annotations', list);
  }
  const byId = new Map<string, YAMLMap>();
  for (const it of list.items) if (yaml().isMap(it)) {
    const id = it.get('id');
    if (typeof id === 'string') byId.set(id, it);
  }
  const items: YamlNode[] = [];
  for (const ann of [...annotations].sort(compareAnnotations)) {
    let map = byId.get(ann.id);
    const handMade = !!map;
    if (!map) {
      map = new (yaml().YAMLMap)();
      byId.set(ann.id, map);
    }
    for (const key of KEY_ORDER) {
      const v = (ann as unknown as Record<string, string | number | boolean | undefined>)[key];
      const wanted = FLAGS.has(key) ? (v ? true : undefined) : v;
      if (wanted === undefined) {
        if (map.has(key)) map.delete(key);
        continue;
      }
      // Hand-written items without optional keys stay without them (no noise in diffs).
      if (wanted === '' && handMade && !map.has(key)) continue;
      const cur = map.get(key, true);
      if (yaml().isScalar(cur) && cur.value === wanted) continue; // untouched nodes keep their style and comments
      if (yaml().isScalar(cur)) {
        cur.value = wanted;
        if (typeof wanted === 'string' && key === 'note') cur.type = wanted.includes('\n') ? yaml().Scalar.BLOCK_LITERAL : undefined;
      } else map.set(key, valueNode(doc, key, wanted));
    }
    items.push(map);
  }
  // yaml attaches a comment above the first item to the list; keep it with that item if it moves.
  const oldFirst = list.items[0] as YamlNode | undefined;
  if (list.commentBefore && oldFirst && items[0] !== oldFirst && items.includes(oldFirst) && !oldFirst.commentBefore) {
    oldFirst.commentBefore = list.commentBefore;
    list.commentBefore = undefined;
  }
  list.items = items;
  list.flow = false;
  return doc.toString({ lineWidth: 0 });
}
