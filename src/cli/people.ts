// `people [--json] [--identities FILE] PATH...`: who is who across the given texts — one identity
// per person and organization, with the names used, positions, texts and meetings.
import { peopleJson } from '../core/corpus';
import { loadCorpus, takeOption } from './corpusLoad';

const USAGE = 'usage: people [--json] [--identities FILE] PATH...\n';

export async function runPeople(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = [...argv];
  let identities: string | undefined;
  try {
    identities = takeOption(args, '--identities');
  } catch (e) {
    err.write(`people: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  const unknown = paths.filter((a) => a.startsWith('--'));
  if (unknown.length || paths.length === 0) {
    err.write(`${unknown.length ? `people: unknown option ${unknown.join(', ')}\n` : ''}${USAGE}`);
    return 2;
  }
  const { corpus, failed } = loadCorpus('people', paths, identities, err);
  const data = peopleJson(corpus);
  if (json) out.write(JSON.stringify(data) + '\n');
  else {
    for (const p of data.people) {
      const aka = p.names.filter((n) => n !== p.name);
      out.write(`${p.name}${p.country ? ` (${p.country})` : ''}  [${p.id}]${aka.length ? `  also: ${aka.join('; ')}` : ''}\n`);
      const held = [...new Set(p.positions.map((x) => [x.rank, x.position].filter(Boolean).join(', ')).filter(Boolean))];
      if (held.length) out.write(`  ${held.join(' | ')}\n`);
      out.write(`  ${p.documents.length} text${p.documents.length === 1 ? '' : 's'}, ${p.meetings.length} meeting${p.meetings.length === 1 ? '' : 's'}\n`);
      for (const m of p.meetings) {
        out.write(`    ${m.isoDate ?? m.date ?? 'undated'}  ${m.kind}${m.with.length ? ` with ${m.with.map((w) => w.name).join(', ')}` : ''}  (${m.sources.map((s) => s.document).join(', ')})\n`);
      }
    }
    out.write(`\n${data.people.length} people, ${data.organizations.length} organizations\n`);
  }
  return failed ? 1 : 0;
}
