// Mocha entry point for the integration suite. Both hosts load it the same way:
// test/host/run-integration.mjs (code-server) and test/runElectron.ts (@vscode/test-electron)
// pass it as extensionTestsPath, and VS Code calls run() inside the extension host.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    timeout: 60_000,
    // The code-server runner relays lines through the browser; escape codes would only add noise there.
    color: process.env.DIPLOMATIC_TEST_COLOR === '1',
    reporter: 'spec',
  });
  // Optional focus, e.g. DIPLOMATIC_TEST_GREP=hover npm run test:integration
  const grep = process.env.DIPLOMATIC_TEST_GREP;
  if (grep) mocha.grep(grep);

  // Sorted so the order is the same on every machine.
  for (const file of findTests(__dirname).sort()) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    let passed = 0;
    try {
      const runner = mocha.run((failures) => {
        // The runners look for this exact last line.
        console.log(`${passed} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
      runner.on('pass', () => passed++);
    } catch (err) {
      console.error(err);
      console.log(`${passed} passed, 1 failed`);
      reject(err);
    }
  });
}
