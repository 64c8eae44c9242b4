// Loaded by VS Code as extensionTestsPath (see activation.mjs): times the extension's activation
// inside a real extension host. The workspace holds no *.txt, so nothing activates the extension
// before this probe does; `ext.activate()` then covers loading dist/extension.js and activate().
// It waits a few seconds first, so the measurement is not queued behind the host's own startup.
/* eslint-disable @typescript-eslint/no-require-imports -- the host provides `vscode` at run time only */

export async function run(): Promise<void> {
  const vscode = require('vscode');
  const id = process.env.BENCH_EXTENSION_ID ?? 'diplomatic-annotator.diplomatic-annotator';
  const ext = vscode.extensions.getExtension(id);
  if (!ext) {
    console.log(`BENCH_ACTIVATION ${JSON.stringify({ error: `extension ${id} not found in the host` })}`);
    return;
  }
  // Let the host finish starting (built-in extensions activating on startup) so the measurement is
  // not queued behind them.
  await new Promise((r) => setTimeout(r, Number(process.env.BENCH_ACTIVATION_SETTLE_MS ?? 3000)));
  const wasActive: boolean = ext.isActive;
  const t0 = performance.now();
  let error: string | null = null;
  try {
    await ext.activate();
  } catch (err) {
    error = String(err);
  }
  const ms = performance.now() - t0;
  console.log(`BENCH_ACTIVATION ${JSON.stringify({ activationMs: ms, wasActive, error })}`);
}
