// Drives the real Mosaic binary: create a portfolio, add a language level and an activity,
// export a PDF CV (mosaic-cv) and check the file, quit, start again on the same data dir
// and check that everything is still there.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remote } from 'webdriverio';

const app = process.env.MOSAIC_APP;
const dataDir = join(process.env.XDG_DATA_HOME, 'org.mosaic.portfolio');
let passed = 0;

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
  passed++;
  console.log(`  ✓ ${msg}`);
}

async function withApp(fn) {
  const driver = spawn('tauri-driver', ['--port', '4444'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await new Promise((r) => setTimeout(r, 1500));
  let browser;
  try {
    browser = await remote({
      hostname: '127.0.0.1',
      port: 4444,
      logLevel: 'warn',
      capabilities: { 'tauri:options': { application: app } },
    });
    try {
      await fn(browser);
    } catch (e) {
      const html = await browser.getPageSource().catch((x) => `no source: ${x}`);
      console.error(`page source at failure:\n${html.slice(0, 3000)}`);
      await browser.saveScreenshot(join(process.env.MOSAIC_E2E_OUT ?? '.', 'e2e-failure.png')).catch(() => {});
      throw e;
    }
  } finally {
    if (browser) await browser.deleteSession().catch(() => {});
    driver.kill();
    await new Promise((r) => driver.once('exit', r));
  }
}

const $css = (b, s) => b.$(s);
/** Scrolls the element to the middle (clear of the sticky header and the tab bar), then clicks. */
async function tap(b, el) {
  await b.execute((e) => e.scrollIntoView({ block: 'center' }), el);
  await el.click();
}

console.log('run 1: create and add');
await withApp(async (b) => {
  await (await $css(b, '[data-locale=en]')).waitForDisplayed({ timeout: 30000 });
  await (await $css(b, '[data-locale=en]')).click();
  await (await $css(b, '#p-name_latin')).setValue('Selam Tesfaye');
  await (await $css(b, '#p-name_own_script')).setValue('ሰላም ተስፋየ');
  await tap(b, await $css(b, 'main form button[type=submit]'));
  await (await $css(b, 'nav.tabs')).waitForDisplayed({ timeout: 15000 });
  assert((await (await $css(b, 'main h1')).getText()).includes('ሰላም ተስፋየ'), 'portfolio created, home greets by name');

  await (await $css(b, 'nav.tabs [data-screen=languages]')).click();
  await (await $css(b, 'main button.primary.wide')).click();
  await (await $css(b, '#lang-code')).setValue('mt');
  const sets = await b.$$('main fieldset.levels-pick');
  for (const set of sets) {
    const radios = await set.$$('input[type=radio]');
    await tap(b, radios[3]);
  }
  await tap(b, await $css(b, 'main form button[type=submit]'));
  await (await $css(b, 'main section.card .badge')).waitForDisplayed({ timeout: 15000 });
  assert((await (await $css(b, 'main section.card .badge')).getText()) === 'A2', 'language level A2 saved');

  await (await $css(b, 'nav.tabs [data-screen=activities]')).click();
  await (await $css(b, '[data-kind=language_cafe]')).click();
  await (await $css(b, 'main ul.list > li')).waitForDisplayed({ timeout: 15000 });
  assert((await b.$$('main ul.list > li')).length === 1, 'activity logged');

  await (await $css(b, 'nav.tabs [data-screen=cv]')).click();
  await b.waitUntil(async () => (await b.$$('#cv-lang option')).length > 1, { timeout: 15000, timeoutMsg: 'CV languages listed' });
  // A CV language other than the UI language.
  // (Set through the DOM: WebKitWebDriver reports option clicks in a native popup as intercepted.)
  await b.execute((sel) => {
    sel.value = 'de';
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  }, await $css(b, '#cv-lang'));
  await tap(b, await $css(b, 'main form button[type=submit]'));
  const saved = await $css(b, '[data-testid=cv-path]');
  await saved.waitForDisplayed({ timeout: 120000 });
  const text = await saved.getText();
  const m = text.match(/(\/\S+\.pdf)/);
  assert(!!m, `CV path shown: ${text}`);
  const pdf = m[1].replace(/[\u2068\u2069]/g, '');
  assert(pdf.startsWith(join(dataDir, 'exports')) && pdf.includes('-de-'), `CV written to the exports folder in German (${pdf})`);
  assert(existsSync(pdf), 'CV PDF file exists');
  const head = readFileSync(pdf).subarray(0, 5).toString('latin1');
  assert(head === '%PDF-', `CV file starts with %PDF (got ${JSON.stringify(head)})`);
});

assert(existsSync(join(dataDir, 'mosaic.sqlite3')), `store written in the app data dir (${dataDir})`);

console.log('run 2: restart on the same data');
await withApp(async (b) => {
  await (await $css(b, 'nav.tabs')).waitForDisplayed({ timeout: 30000 });
  assert((await (await $css(b, 'main h1')).getText()).includes('ሰላም ተስፋየ'), 'portfolio still there after restart');
  await (await $css(b, 'nav.tabs [data-screen=languages]')).click();
  await (await $css(b, 'main section.card .badge')).waitForDisplayed({ timeout: 15000 });
  assert((await (await $css(b, 'main section.card .badge')).getText()) === 'A2', 'language level still there');
  await (await $css(b, 'nav.tabs [data-screen=activities]')).click();
  await (await $css(b, 'main ul.list > li')).waitForDisplayed({ timeout: 15000 });
  assert((await b.$$('main ul.list > li')).length === 1, 'activity still there');
});

console.log(`\n${passed} e2e checks passed`);
