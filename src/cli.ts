// `diplomatic-annotator <command> ...`: batch use of the engine outside the editor.
import { runExtract } from './cli/extract';

const USAGE = `Usage:
  diplomatic-annotator extract [--json] PATH...     entities and meetings of each text (files, or folders searched for *.txt)
  diplomatic-annotator export --format brat|w3c|csv [--out DIR] PATH...   analyst annotations from the sidecars
  diplomatic-annotator network --format graphml|gexf|csv [--out FILE] PATH...   the meeting network (Gephi, yEd, Cytoscape)
  diplomatic-annotator people [--json] PATH...      identities across the texts: names, positions, texts, meetings
  diplomatic-annotator merge-sidecars BASE OURS THEIRS   git merge driver for *.annotations.yaml (%O %A %B)

Exit codes: 0 done; 1 done, but something was skipped or flagged (an unreadable path, a broken sidecar,
a merge conflict), see stderr; 2 wrong usage.
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return runExtract(rest, process.stdout, process.stderr);
    case 'export': {
      const { runExport } = await import('./cli/export');
      return runExport(rest, process.stdout, process.stderr);
    }
    case 'network': {
      const { runNetwork } = await import('./cli/network');
      return runNetwork(rest, process.stdout, process.stderr);
    }
    case 'people': {
      const { runPeople } = await import('./cli/people');
      return runPeople(rest, process.stdout, process.stderr);
    }
    case 'merge-sidecars': {
      const { runMergeSidecars } = await import('./cli/mergeSidecars');
      return runMergeSidecars(rest, process.stdout, process.stderr);
    }
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command '${command}'.\n${USAGE}`);
      return 2;
  }
}

// A reader that stops early (`| head`) closes the pipe: end quietly, as command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`diplomatic-annotator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
