// Registers every command of the editor layer; the handlers live one per file next to this one.
import * as vscode from 'vscode';
import type { Highlights } from '../decorations';
import type { EditorServices } from '../editorServices';
import { CommandId } from './commandIds';
import { exportMeetings } from './exportMeetings';
import type { ExportArgs } from './exportMeetings';
import { goToEntity } from './navigateEntities';
import { revealInTree } from './revealInTree';
import type { TreeViews } from './revealInTree';
import { revealSpan } from './revealSpan';
import { toggleHighlights } from './toggleHighlights';

export interface CommandDeps {
  services: EditorServices;
  highlights: Highlights;
  views: TreeViews;
}

export function registerAllCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const { services, views } = deps;
  // Palette and view buttons call without arguments; code (other extensions, tests) passes {format}.
  // Under the test runner an argument-less call is programmatic too, so it must not prompt.
  const promptsWithoutArgs = context.extensionMode !== vscode.ExtensionMode.Test;
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.refresh, async () => {
      services.cache.invalidate();
      await services.index.rebuild();
      for (const v of Object.values(views)) v.tree.refresh();
      deps.highlights.showAll();
    }),
    vscode.commands.registerCommand(CommandId.toggleHighlights, () => toggleHighlights()),
    vscode.commands.registerCommand(CommandId.nextEntity, () => goToEntity(services.cache, 1)),
    vscode.commands.registerCommand(CommandId.previousEntity, () => goToEntity(services.cache, -1)),
    vscode.commands.registerCommand(CommandId.revealInTree, () => revealInTree(services.cache, services.index, views)),
    vscode.commands.registerCommand(CommandId.revealSpan, (args: unknown) => revealSpan(args)),
    vscode.commands.registerCommand(CommandId.exportMeetings, (args?: ExportArgs) => {
      const hasExportArgs = !!args && typeof args === 'object' && ('format' in args || 'uri' in args);
      const interactive = args?.interactive === true || (!hasExportArgs && promptsWithoutArgs);
      return exportMeetings(services.index, hasExportArgs ? args : undefined, interactive, context.globalState);
    }),
  );
}
