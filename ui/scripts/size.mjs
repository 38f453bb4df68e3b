// Sums the gzipped size of what the app loads (dist/assets) and fails over budget.
// Budget = initial JS+CSS + the largest locale (its app.ftl and cv.ftl chunks) + the largest
// script font (WOFF2, already compressed, fetched only when text in that script is shown:
// a Tigrinya reader loads the Ethiopic font and no other). The other chunks and fonts load on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET = 150 * 1024;
const dir = new URL('../dist/assets/', import.meta.url).pathname;
let initial = 0;
let all = 0;
const largest = { app: 0, cv: 0, font: 0, other: 0 };
const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
for (const f of readdirSync(dir).filter((f) => /\.(js|css|woff2)$/.test(f))) {
  const bytes = readFileSync(join(dir, f));
  const size = f.endsWith('.woff2') ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  all += size;
  const kind = f.endsWith('.woff2') ? 'font' : f.startsWith('app-') ? 'app' : f.startsWith('cv-') ? 'cv' : 'other';
  if (html.includes(f)) initial += size;
  else largest[kind] = Math.max(largest[kind], size);
  console.log(`${f.padEnd(40)} ${(size / 1024).toFixed(1)} KB${f.endsWith('.woff2') ? ' (woff2, on demand)' : ' gz'}${html.includes(f) ? ' (initial)' : ''}`);
}
const loaded = initial + largest.app + largest.cv + largest.font;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`initial JS+CSS: ${kb(initial)} gz; with the largest locale (app ${kb(largest.app)} + cv ${kb(largest.cv)}) and the largest script font (${kb(largest.font)}): ${kb(loaded)} (budget ${BUDGET / 1024} KB); everything incl. all lazy locales and fonts: ${kb(all)}`);
if (loaded > BUDGET || initial + largest.other > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
