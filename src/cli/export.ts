// `export --format brat|w3c|csv PATH...` (sidecar annotations). Filled in with the sidecar model.
export async function runExport(args: string[], _out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  err.write(`export: not available yet (${args.join(' ')})\n`);
  return 2;
}
