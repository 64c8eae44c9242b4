// Which texts a CLI run reads: files given by name, and the *.txt under folders, walked in name order.
// An entry that cannot be read is reported and skipped while the walk goes on; FIFOs, sockets and devices
// are skipped (reading one would block); symbolic links are followed, each real folder walked once.
import * as fs from 'fs';
import * as path from 'path';
import { describeError } from '../core/sidecar/node';

export interface FoundText {
  /** The path as found (the argument, or joined under it). */
  path: string;
  /** The argument it was found under, for mirroring folders in output (`export --out`). */
  root: string;
}

export interface Walk {
  texts: FoundText[];
  /** One line per entry that was skipped, e.g. `news/secret: permission denied`. */
  problems: string[];
}

const SKIPPED_DIRS = new Set(['node_modules']);

export function collectTexts(args: readonly string[]): Walk {
  const walk: Walk = { texts: [], problems: [] };
  const seenDirs = new Set<string>();
  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (e) {
      walk.problems.push(`${arg}: ${describeError(e)}`);
      continue;
    }
    if (st.isDirectory()) walkDir(arg, arg, walk, seenDirs);
    else if (st.isFile()) walk.texts.push({ path: arg, root: arg });
    else walk.problems.push(`${arg}: not a regular file (a FIFO, socket or device); skipped`);
  }
  return walk;
}

function walkDir(dir: string, root: string, walk: Walk, seenDirs: Set<string>): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (seenDirs.has(real)) return; // a link back into a folder already walked
    seenDirs.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    walk.problems.push(`${dir}: ${describeError(e)}; skipped`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIPPED_DIRS.has(e.name) || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    let kind: 'dir' | 'file' | 'special';
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'special';
      } catch (err) {
        if (e.name.endsWith('.txt')) walk.problems.push(`${full}: ${describeError(err)} (broken link); skipped`);
        continue;
      }
    } else kind = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'special';
    if (kind === 'dir') walkDir(full, root, walk, seenDirs);
    else if (!e.name.endsWith('.txt')) continue;
    else if (kind === 'file') walk.texts.push({ path: full, root });
    else walk.problems.push(`${full}: not a regular file (a FIFO, socket or device); skipped`);
  }
}
