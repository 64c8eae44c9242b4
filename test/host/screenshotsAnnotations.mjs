#!/usr/bin/env node
// `npm run screenshots:annotations`: the analyst's annotations as they look, as PNGs in test/screenshots/.
// Prepares a copy of seeds/ where 004 has a sidecar (a note on Luong Cuong, a label on Miao Hua, the
// position of Tran Hoai) and then changes the text "outside the editor" so one annotation is found only
// approximately; opens it in code-server and shoots the Annotations view (its "Moved — please confirm"
// group), the hover cards of Luong Cuong (his note and facts; links to annotate) and of the moved name
// (Confirm / Re-place). Also reports whether the plain-text
// article wraps. Needs `npm run build` first (uses dist/engine.js to write the sidecar as the editor would).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from './paths.mjs';
import { copyWorkspace, launchBrowser, linkExtension, makeTempDir, startServer } from './server.mjs';

const FILE = '004_46d35968a2f4d272.txt';
const outDir = path.join(projectRoot, 'test', 'screenshots');
const engine = createRequire(import.meta.url)(path.join(projectRoot, 'dist', 'engine.js'));

function prepare(workspace) {
  const file = path.join(workspace, FILE);
  const text = fs.readFileSync(file, 'utf8');
  const at = (quote, n = 0) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(quote, i + 1);
    return i;
  };
  const now = '2026-11-30T09:00:00.000Z';
  const cuong = at('Luong Cuong');
  const miao = at('Miao Hua');
  const hoai = at('Tran Hoai');
  const anns = [
    engine.makeAnnotation(text, cuong, cuong + 11, 'official', { id: 'acuong', note: 'Confirmed by the VNA readout.\nAsk the desk about his November travel.', now }),
    engine.makeAnnotation(text, miao, miao + 8, 'official', { id: 'amiao', entity: 'miao-hua', now }),
    engine.makeAnnotation(text, hoai, hoai + 9, 'translator', { id: 'ahoai', now }),
  ];
  engine.refreshContexts(text, anns);
  fs.writeFileSync(file + '.annotations.yaml', engine.serializeSidecar(engine.emptySidecarDocument(), anns));
  // The outside edit: a colleague's script re-spells the translator's name.
  fs.writeFileSync(file, text.replace('Tran Hoai', 'Tran Hoái'));
}

/** Hovers the nth rendered occurrence of `word` in the editor, prints the card's text and shoots it. */
async function hoverWord(page, word, nth, file) {
  const box = await page.locator('.editor-instance .view-lines').first().evaluate((root, [w, n]) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.indexOf(w);
      if (i >= 0 && seen++ === n) {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return undefined;
  }, [word, nth]);
  if (!box) throw new Error(`"${word}" #${nth} is not on screen`);
  await page.mouse.move(box.x - 40, box.y);
  await page.mouse.move(box.x, box.y, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden):not(.workbench-hover)').first();
  await hover.waitFor({ state: 'visible', timeout: 8_000 });
  await page.waitForTimeout(700);
  console.log(`[shots] hover over "${word}" #${nth}:\n${(await hover.innerText()).split('\n').filter(Boolean).map((l) => `    ${l}`).join('\n')}`);
  await page.screenshot({ path: path.join(outDir, file) });
  console.log(`[shots] saved test/screenshots/${file}`);
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const tempRoot = makeTempDir('shots-annotations');
  let server;
  let browser;
  try {
    const { to: workspace } = copyWorkspace(tempRoot, path.join(projectRoot, 'seeds'));
    prepare(workspace);
    const extensionsDir = path.join(tempRoot, 'extensions');
    linkExtension(extensionsDir);
    // No editor.wordWrap here: the article must wrap by the extension's own default.
    server = await startServer({ tempRoot, workspace, extensionsDir, settings: { 'editor.minimap.enabled': false, 'workbench.tips.enabled': false } });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(server.folderUrl(workspace));
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 90_000 });
    await page.waitForTimeout(2000);

    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(2500);

    // Wrapping: more rows on screen than the article has lines means long paragraphs wrap.
    const rows = await page.locator('.editor-instance .view-lines .view-line').count();
    const lines = fs.readFileSync(path.join(workspace, FILE), 'utf8').split('\n').length;
    console.log(`[shots] ${FILE}: ${rows} rows on screen for ${lines} lines: ${rows > lines ? 'wrapped' : 'NOT wrapped'}`);

    await page.locator('.activitybar .action-item [aria-label^="Diplomatic Annotator"]').first().click({ timeout: 10_000 });
    await page.waitForTimeout(1500);
    const header = page.locator('.pane-header', { hasText: 'Annotations' }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await page.waitForTimeout(1000);
    await page.locator('.monaco-list-row', { hasText: 'Moved — please confirm' }).first().waitFor({ timeout: 15_000 });
    // Collapse the other views so the Annotations view has room; hover the moved item for its inline actions.
    for (const name of ['Meetings', 'Officials']) {
      const h = page.locator('.pane-header', { hasText: name }).first();
      if ((await h.getAttribute('aria-expanded')) === 'true') await h.click();
    }
    await page.waitForTimeout(800);
    const moved = page.locator('.monaco-list-row', { hasText: 'Tran Hoai' }).first();
    await moved.hover();
    await page.waitForTimeout(1500); // its tooltip
    await page.screenshot({ path: path.join(outDir, 'annotations-moved.png') });
    console.log('[shots] saved test/screenshots/annotations-moved.png');

    await hoverWord(page, 'Cuong', 0, 'hover-note.png');
    await page.mouse.move(700, 5);
    await page.waitForTimeout(500);
    await hoverWord(page, 'Cuong', 1, 'hover-actions.png');
    await page.mouse.move(700, 5);
    await page.waitForTimeout(500);
    await hoverWord(page, 'Hoái', 0, 'hover-moved.png');
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) server.stop();
    fs.rmSync(tempRoot, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().catch((err) => {
  console.error(`[shots] ERROR: ${err.message}`);
  process.exit(1);
});
