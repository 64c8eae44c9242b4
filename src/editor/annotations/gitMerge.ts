// "Set Up Git Merging of Annotations": the one-time set-up that lets git merge *.annotations.yaml by
// annotation (the CLI's merge-sidecars driver) instead of by line, for the repository of a workspace folder:
// a line in the repository's .gitattributes (committed, so it travels) and the driver in its local git
// config (each clone runs this once).
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { AnnotationCommand } from './ids';

export const DRIVER = 'diplomatic-sidecars';
export const ATTRIBUTES_LINE = `*.annotations.yaml merge=${DRIVER}`;

function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('git', args, { cwd, encoding: 'utf8' }, (err, stdout, stderr) => (err ? reject(new Error((stderr || err.message).trim())) : resolve(stdout.trim()))),
  );
}

/** The driver command: this extension's CLI, run by the Node that runs the extension (Electron's, as Node). */
export function driverCommand(extensionPath: string): string {
  const cli = path.join(extensionPath, 'dist', 'cli.js');
  const asNode = process.versions.electron ? 'ELECTRON_RUN_AS_NODE=1 ' : '';
  return `${asNode}"${process.execPath}" "${cli}" merge-sidecars %O %A %B %P`;
}

export interface GitMergeSetup {
  repository: string;
  gitattributes: string;
  driver: string;
}

export function registerGitMergeSetup(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(AnnotationCommand.setUpGitMerge, async (args?: { folder?: string }): Promise<GitMergeSetup | undefined> => {
    const programmatic = !!args?.folder;
    try {
      let folder = args?.folder ? vscode.Uri.file(args.folder) : undefined;
      if (!folder) {
        const folders = vscode.workspace.workspaceFolders ?? [];
        folder = folders.length > 1 ? (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Set up git merging of annotations for…' }))?.uri : folders[0]?.uri;
        if (!folder) return undefined;
      }
      let repository: string;
      try {
        repository = await git(folder.fsPath, 'rev-parse', '--show-toplevel');
      } catch (err) {
        throw new Error(`${folder.fsPath} is not in a git repository (or git is not installed): ${(err as Error).message}`, { cause: err });
      }
      const attributes = vscode.Uri.file(path.join(repository, '.gitattributes'));
      let existing = '';
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(attributes));
      } catch {
        // no .gitattributes yet
      }
      if (!existing.split(/\r?\n/).some((l) => l.trim().split(/\s+/)[0] === '*.annotations.yaml' && l.includes(`merge=${DRIVER}`))) {
        const eol = existing.includes('\r\n') ? '\r\n' : '\n';
        const sep = existing && !existing.endsWith('\n') ? eol : '';
        await vscode.workspace.fs.writeFile(attributes, new TextEncoder().encode(`${existing}${sep}# Diplomatic Annotator: merge annotation sidecars by annotation, not by line${eol}${ATTRIBUTES_LINE}${eol}`));
      }
      const driver = driverCommand(context.extensionPath);
      await git(repository, 'config', `merge.${DRIVER}.name`, 'Diplomatic Annotator: merge annotation sidecars by annotation');
      await git(repository, 'config', `merge.${DRIVER}.driver`, driver);
      if (!programmatic) {
        const open = await vscode.window.showInformationMessage(
          `Git now merges annotation files in ${path.basename(repository)} by annotation. Commit .gitattributes so it travels with the texts; each clone runs this command once (and again after updating the extension).`,
          'Open .gitattributes',
        );
        if (open) await vscode.window.showTextDocument(attributes);
      }
      return { repository, gitattributes: attributes.fsPath, driver };
    } catch (err) {
      if (programmatic) throw err;
      void vscode.window.showErrorMessage(`Set up git merging of annotations: ${(err as Error).message}`);
      return undefined;
    }
  });
}
