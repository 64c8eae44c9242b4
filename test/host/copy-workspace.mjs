#!/usr/bin/env node
// Fresh copy of the test workspace (test/fixtures/workspace/, else seeds/) at
// .vscode-test/f5-workspace, for the F5 "Extension Tests" launch: tests may write files.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.mjs';

const target = path.join(projectRoot, '.vscode-test', 'f5-workspace');
const source = [path.join(projectRoot, 'test', 'fixtures', 'workspace'), path.join(projectRoot, 'seeds')].find((p) => fs.existsSync(p));
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(source, target, { recursive: true });
console.log(`copied ${path.relative(projectRoot, source)}/ to ${path.relative(projectRoot, target)}/`);
