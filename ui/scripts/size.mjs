// Sums the gzipped size of the JS and CSS the app loads (dist/assets) and fails over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 150 * 1024;
const dir = new URL('../dist/assets/', import.meta.url).pathname;
let initial = 0;
let all = 0;
let largestLazy = 0;
const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
for (const f of readdirSync(dir).filter((f) => /\.(js|css)$/.test(f))) {
  const gz = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  all += gz;
  if (html.includes(f)) initial += gz;
  else largestLazy = Math.max(largestLazy, gz);
  console.log(`${f.padEnd(40)} ${(gz / 1024).toFixed(1)} KB gz${html.includes(f) ? ' (initial)' : ''}`);
}
const loaded = initial + largestLazy;
console.log(`initial JS+CSS: ${(initial / 1024).toFixed(1)} KB gz; loaded with the largest locale: ${(loaded / 1024).toFixed(1)} KB gz (budget ${BUDGET / 1024} KB); every chunk incl. all lazy locales: ${(all / 1024).toFixed(1)} KB gz`);
if (loaded > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
