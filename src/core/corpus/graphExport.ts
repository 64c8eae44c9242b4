// The network in the formats analysts' tools read: GraphML (yEd, Cytoscape, Gephi), GEXF 1.3
// (Gephi) and node + edge CSV (Gephi's spreadsheet import, i2, Maltego, spreadsheets). XML is
// written with fast-xml-parser's builder, which escapes markup in names taken from articles.
import type { XMLBuilder } from 'fast-xml-parser';
import type { Network } from './network';

export type GraphFormat = 'graphml' | 'gexf' | 'csv';
export const GRAPH_FORMATS: readonly GraphFormat[] = ['graphml', 'gexf', 'csv'];

// XML 1.0 cannot carry most control characters at all, escaped or not.
// eslint-disable-next-line no-control-regex
const clean = (s: string | null | undefined) => (s ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

// The XML builder is loaded when a network is first exported, not with the engine (in the extension it is the
// separate bundle dist/xml.js: esbuild.config.mjs).
let Builder: typeof XMLBuilder | undefined;
// (The engine's sources see no Node typings; CommonJS gives every module its require.)
declare const require: (id: string) => unknown;

function builder(): XMLBuilder {
  Builder ??= (require('fast-xml-parser') as typeof import('fast-xml-parser')).XMLBuilder;
  return new Builder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: true });
}

const XML_DECL = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

export function toGraphML(net: Network): string {
  const key = (id: string, forWhat: 'node' | 'edge', type: string) => ({ '@_id': id, '@_for': forWhat, '@_attr.name': id, '@_attr.type': type });
  const data = (k: string, v: string | number | null) => ({ '@_key': k, '#text': clean(String(v ?? '')) });
  const doc = {
    ...XML_DECL,
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [
        key('label', 'node', 'string'), key('country', 'node', 'string'), key('meetings', 'node', 'int'), key('strength', 'node', 'int'),
        key('weight', 'edge', 'double'), key('kinds', 'edge', 'string'), key('firstDate', 'edge', 'string'), key('lastDate', 'edge', 'string'),
      ],
      graph: {
        '@_id': net.mode === 'countries' ? 'countries' : 'people',
        '@_edgedefault': 'undirected',
        node: net.nodes.map((n) => ({
          '@_id': clean(n.id),
          data: [data('label', n.label), data('country', n.country), data('meetings', n.meetings), data('strength', n.strength)],
        })),
        edge: net.edges.map((e, i) => ({
          '@_id': `e${i}`, '@_source': clean(e.source), '@_target': clean(e.target),
          data: [data('weight', e.weight), data('kinds', e.kinds.join('; ')), data('firstDate', e.firstDate), data('lastDate', e.lastDate)],
        })),
      },
    },
  };
  return builder().build(doc);
}

export function toGEXF(net: Network): string {
  const attr = (id: number, title: string, type: string) => ({ '@_id': String(id), '@_title': title, '@_type': type });
  const val = (id: number, v: string | number | null) => ({ '@_for': String(id), '@_value': clean(String(v ?? '')) });
  const doc = {
    ...XML_DECL,
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      '@_version': '1.3',
      meta: { creator: 'Diplomatic Annotator', description: `${net.mode === 'countries' ? 'Countries' : 'People'} linked by the meetings the texts report; weight = number of meetings` },
      graph: {
        '@_mode': 'static',
        '@_defaultedgetype': 'undirected',
        attributes: [
          { '@_class': 'node', attribute: [attr(0, 'country', 'string'), attr(1, 'meetings', 'integer'), attr(2, 'strength', 'integer')] },
          { '@_class': 'edge', attribute: [attr(0, 'kinds', 'string'), attr(1, 'firstDate', 'string'), attr(2, 'lastDate', 'string')] },
        ],
        nodes: {
          node: net.nodes.map((n) => ({
            '@_id': clean(n.id), '@_label': clean(n.label),
            attvalues: { attvalue: [val(0, n.country), val(1, n.meetings), val(2, n.strength)] },
          })),
        },
        edges: {
          edge: net.edges.map((e, i) => ({
            '@_id': String(i), '@_source': clean(e.source), '@_target': clean(e.target), '@_weight': String(e.weight),
            attvalues: { attvalue: [val(0, e.kinds.join('; ')), val(1, e.firstDate), val(2, e.lastDate)] },
          })),
        },
      },
    },
  };
  return builder().build(doc);
}

function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  // Spreadsheets run cells starting with these as formulas; article text must stay text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: (string | number | null)[]) => cells.map(csvCell).join(',');

/** Gephi's column names: Id and Label for nodes; Source, Target, Type and Weight for edges. */
export function toNodeCsv(net: Network): string {
  const rows = [row(['Id', 'Label', 'Country', 'Meetings', 'Strength'])];
  for (const n of net.nodes) rows.push(row([n.id, n.label, n.country, n.meetings, n.strength]));
  return rows.join('\r\n') + '\r\n';
}

export function toEdgeCsv(net: Network): string {
  const rows = [row(['Source', 'Target', 'Type', 'Weight', 'Kinds', 'FirstDate', 'LastDate'])];
  for (const e of net.edges) rows.push(row([e.source, e.target, 'Undirected', e.weight, e.kinds.join('; '), e.firstDate, e.lastDate]));
  return rows.join('\r\n') + '\r\n';
}

/** The files an export writes: one for GraphML and GEXF, two (nodes, edges) for CSV. */
export function exportGraph(net: Network, format: GraphFormat): { suffix: string; text: string }[] {
  if (format === 'graphml') return [{ suffix: '.graphml', text: toGraphML(net) }];
  if (format === 'gexf') return [{ suffix: '.gexf', text: toGEXF(net) }];
  return [{ suffix: '.nodes.csv', text: toNodeCsv(net) }, { suffix: '.edges.csv', text: toEdgeCsv(net) }];
}
