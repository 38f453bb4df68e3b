// UI benchmark: this tree's UI beside an older commit's (default: the previous commit),
// in Debian's Chromium with the CPU slowed 4x, over each build's own in-memory backend.
// Prints time to first paint, tap on save to the entry shown, and the initial download,
// as medians with ratios. Usage: node scripts/bench-ui.mjs [--baseline REF] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/browser/server.mjs';
import { firstPaint, median, tapToSaved } from '../tests/browser/perf.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const baselineRef = arg('--baseline', 'HEAD~1');
const runs = Number(arg('--runs', '7'));
const ui = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/** Builds the app and its mock backend in `dir` (a ui/ folder). */
function build(dir) {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], dir);
  run('npx', ['vite', 'build', '--config', 'tests/browser/vite.mock.config.ts'], dir);
  return { dist: join(dir, 'dist'), mock: readFileSync(join(dir, 'tests/browser/.out/mock.js'), 'utf8') };
}

/** Gzipped bytes of the JS and CSS that index.html loads at start. */
function initialBytes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f) && html.includes(f))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, 'assets', f)), { level: 9 }).length, 0);
}

const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: ui }).toString().trim();
const commit = execFileSync('git', ['rev-parse', '--short', baselineRef], { cwd: repo }).toString().trim();
const tree = mkdtempSync(join(tmpdir(), 'mosaic-ui-baseline-'));
try {
  console.error(`building the baseline UI at ${commit}...`);
  run('git', ['worktree', 'add', '--detach', '--quiet', tree, commit], repo);
  run('npm', ['ci', '--no-audit', '--no-fund', '--silent'], join(tree, 'ui'));
  const before = build(join(tree, 'ui'));
  console.error('building this UI...');
  const now = build(ui);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const serverNow = await serve(now.dist);
  const serverBefore = await serve(before.dist);
  const url = (s) => `http://127.0.0.1:${s.address().port}/`;
  // Alternate the two builds so a noisy neighbour slows both alike.
  const fig = { fcpNow: [], fcpBefore: [], saveNow: [], saveBefore: [] };
  for (let i = 0; i < runs; i++) {
    fig.fcpNow.push(...(await firstPaint(browser, url(serverNow), now.mock, 1)));
    fig.fcpBefore.push(...(await firstPaint(browser, url(serverBefore), before.mock, 1)));
  }
  fig.saveNow = await tapToSaved(browser, url(serverNow), now.mock, runs);
  fig.saveBefore = await tapToSaved(browser, url(serverBefore), before.mock, runs);
  await browser.close();
  serverNow.close();
  serverBefore.close();

  const rows = [
    ['first contentful paint, CPU 4x slower (ms, median)', median(fig.fcpNow), median(fig.fcpBefore)],
    ['tap on save to the entry shown, CPU 4x slower (ms, median)', median(fig.saveNow), median(fig.saveBefore)],
    ['initial JS+CSS download (KB gzip; budget 150)', initialBytes(now.dist) / 1024, initialBytes(before.dist) / 1024],
  ];
  console.log(`\n| UI figure (${runs} runs) | this tree | at ${commit} | ratio |\n|---|---:|---:|---:|`);
  for (const [what, a, b] of rows) console.log(`| ${what} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a / b).toFixed(2)}x |`);
} finally {
  run('git', ['worktree', 'remove', '--force', tree], repo);
  rmSync(tree, { recursive: true, force: true });
}
