// Shared by `network` and `people`: read the texts (with their sidecar corrections), find the
// analyst's identities file, and build the corpus. Problems go to stderr; the rest is still used.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import { Corpus, IDENTITIES_FILE, parseIdentityFile, type CorpusDocument, type IdentityRule } from '../core/corpus';
import { loadCorrectionsForText, readText } from '../core/sidecar/node';
import { collectTexts } from './files';

export interface LoadedCorpus {
  corpus: Corpus;
  /** The identities file used, if any. */
  identities?: string;
  failed: boolean;
}

/** Options every corpus command takes; returns the remaining arguments. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

/** All values of a repeatable option (`--country China --country Vietnam`, or comma-separated). */
export function takeAll(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let v = takeOption(args, name); v !== undefined; v = takeOption(args, name)) out.push(...v.split(',').map((x) => x.trim()).filter(Boolean));
  return out;
}

/** The nearest diplomatic.identities.yaml at or above the texts' common folder. */
export function findIdentitiesFile(paths: string[]): string | undefined {
  const dirs = paths.map((p) => {
    const abs = path.resolve(p);
    try {
      return fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
    } catch {
      return path.dirname(abs);
    }
  });
  let common = dirs[0] ?? process.cwd();
  for (const d of dirs) while (!(d + path.sep).startsWith(common.endsWith(path.sep) ? common : common + path.sep) && d !== common) common = path.dirname(common);
  for (let dir = common; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, IDENTITIES_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function loadCorpus(command: string, paths: string[], identitiesOption: string | undefined, err: NodeJS.WritableStream): LoadedCorpus {
  // The same walk as `extract`: unreadable entries reported and skipped, special files never opened.
  const walk = collectTexts(paths);
  for (const p of walk.problems) err.write(`${command}: ${p}\n`);
  let failed = walk.problems.length > 0;
  const files = walk.texts.map((t) => t.path);
  const identities = identitiesOption ?? findIdentitiesFile(paths);
  let rules: IdentityRule[] = [];
  if (identities) {
    try {
      const parsed = parseIdentityFile(fs.readFileSync(identities, 'utf8'));
      for (const p of parsed.problems) err.write(`${command}: ${identities}:${p.line}:${p.column}: ${p.message}\n`);
      if (!parsed.ok) {
        failed = true;
        err.write(`${command}: ${identities} is not used until it is fixed (automatic identities only)\n`);
      }
      rules = parsed.rules;
    } catch (e) {
      failed = true;
      err.write(`${command}: ${identities}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    }
  }
  const root = identities ? path.dirname(path.resolve(identities)) : process.cwd();
  const docs: CorpusDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      failed = true;
      err.write(`${command}: ${file}: ${(e as Error).message}\n`);
      continue;
    }
    const { corrections, errors, notices } = loadCorrectionsForText(file, text);
    for (const p of [...errors, ...notices]) err.write(`${command}: ${file}: ${p}\n`);
    if (errors.length) failed = true;
    const rel = file.split(path.sep).join('/');
    docs.push({ path: rel, rel, ruleRel: path.relative(root, path.resolve(file)).split(path.sep).join('/'), analysis: analyze(text, { corrections }) });
  }
  return { corpus: new Corpus(docs, rules), identities, failed };
}
