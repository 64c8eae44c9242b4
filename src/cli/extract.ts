// `extract [--json] PATH...`: run the engine over files and folders of texts.
import { analyze } from '../core/analyze';

export async function runExtract(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  void analyze; void args; void out;
  err.write('extract: not implemented yet\n');
  return 2;
}
