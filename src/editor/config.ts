// Typed access to the diplomatic.* settings, with junk-tolerant defaults, in one place.
import * as vscode from 'vscode';

export const SECTION = 'diplomatic';

export interface EditorConfig {
  include: string;
  highlightsEnabled: boolean;
  highlightDelay: number;
  maxFileSizeKB: number;
}

function num(raw: unknown, fallback: number, min: number, max: number): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : fallback;
}

export function readConfig(scope?: vscode.ConfigurationScope): EditorConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const include = c.get<unknown>('include');
  return {
    include: typeof include === 'string' && include.trim() ? include.trim() : '**/*.txt',
    highlightsEnabled: c.get<unknown>('highlights.enabled') !== false,
    highlightDelay: num(c.get('highlights.delay'), 150, 0, 2000),
    maxFileSizeKB: num(c.get('index.maxFileSizeKB'), 2048, 1, Number.MAX_SAFE_INTEGER),
  };
}

/** Documents the extension analyzes: the `diplomatic` language anywhere, and files matching `include`. */
export function documentSelector(config: EditorConfig = readConfig()): vscode.DocumentSelector {
  const folders = vscode.workspace.workspaceFolders ?? [];
  // Relative to each folder, so `news/**/*.txt` means the workspace's news folder.
  const files: vscode.DocumentFilter[] = folders.length > 0
    ? folders.map((f) => ({ scheme: 'file', pattern: new vscode.RelativePattern(f, config.include) }))
    : [{ scheme: 'file', pattern: config.include }];
  return [{ language: 'diplomatic' }, ...files];
}

export function isAnalyzed(document: vscode.TextDocument, config: EditorConfig = readConfig()): boolean {
  return vscode.languages.match(documentSelector(config), document) > 0;
}
