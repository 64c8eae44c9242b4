// The XML builder the network export writes with, bundled apart as dist/xml.js and required on the first export
// (src/core/corpus/graphExport.ts), so the engine bundle loaded on first use stays lean.
export { XMLBuilder } from 'fast-xml-parser';
