// `network --format graphml|gexf|csv [--out FILE] PATH...`: the meeting network of the given texts
// for Gephi, yEd, Cytoscape or a spreadsheet. Everything is exported (no display limit); the same
// filters as the network view narrow it.
import * as fs from 'fs';
import { buildNetwork, exportGraph, GRAPH_FORMATS, type GraphFormat, type NetworkMode } from '../core/corpus';
import { loadCorpus, takeAll, takeOption } from './corpusLoad';

const USAGE = `usage: network --format graphml|gexf|csv [--out FILE] [--mode people|countries]
               [--country NAME]... [--kind KIND]... [--from DATE] [--to DATE] [--identities FILE] PATH...
  csv writes two files, FILE.nodes.csv and FILE.edges.csv (to stdout: nodes, a blank line, edges)
`;

export async function runNetwork(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = [...argv];
  let format: string | undefined;
  let outFile: string | undefined;
  let mode: string | undefined;
  let from: string | undefined;
  let to: string | undefined;
  let identities: string | undefined;
  let countries: string[];
  let kinds: string[];
  try {
    format = takeOption(args, '--format');
    outFile = takeOption(args, '--out');
    mode = takeOption(args, '--mode');
    from = takeOption(args, '--from');
    to = takeOption(args, '--to');
    identities = takeOption(args, '--identities');
    countries = takeAll(args, '--country');
    kinds = takeAll(args, '--kind');
  } catch (e) {
    err.write(`network: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const problems: string[] = [];
  if (!format || !GRAPH_FORMATS.includes(format as GraphFormat)) problems.push(format ? `unknown format '${format}'` : '--format is required');
  if (mode && mode !== 'people' && mode !== 'countries') problems.push(`unknown mode '${mode}'`);
  for (const [name, d] of [['--from', from], ['--to', to]] as const) if (d && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) problems.push(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD, not '${d}'`);
  const unknown = args.filter((a) => a.startsWith('--'));
  if (unknown.length) problems.push(`unknown option ${unknown.join(', ')}`);
  if (args.length === 0) problems.push('no texts given');
  if (problems.length) {
    err.write(`network: ${problems.join('; ')}\n${USAGE}`);
    return 2;
  }
  const { corpus, failed } = loadCorpus('network', args, identities, err);
  const net = buildNetwork(corpus, { mode: (mode as NetworkMode | undefined) ?? 'people', countries, kinds, from, to });
  const files = exportGraph(net, format as GraphFormat);
  if (outFile) {
    const base = format === 'csv' ? outFile.replace(/\.csv$/i, '') : outFile;
    for (const f of files) {
      const target = format === 'csv' ? base + f.suffix : outFile;
      try {
        fs.writeFileSync(target, f.text);
      } catch (e) {
        err.write(`network: cannot write ${target}: ${(e as Error).message}\n`);
        return 1;
      }
      err.write(`network: wrote ${target}\n`);
    }
  } else out.write(files.map((f) => f.text).join('\n'));
  err.write(`network: ${net.nodes.length} ${net.mode === 'countries' ? 'countries' : 'people'}, ${net.edges.length} links, ${net.meetingCount} meetings\n`);
  return failed ? 1 : 0;
}
