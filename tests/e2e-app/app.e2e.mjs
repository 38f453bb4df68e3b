// Drives the real Mosaic binary: create a portfolio, add a language level and an activity,
// edit the activity, delete it and undo, export a PDF CV (mosaic-cv) and check the file, quit, start again on the same data dir
// and check that everything is still there. Then it syncs through a real relay process with
// a mentor driven by the `mosaic` CLI: share from the app, the mentor joins and comments,
// the comment reaches the app, the app revokes the mentor. An edit made while the relay
// never answers is saved at once. Last, the store is encrypted and a PIN locks the app.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
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

async function waitFor(check, what, ms = 30000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Opens a screen listed under the "More" tab. */
async function openMore(b, screen) {
  await (await $css(b, 'nav.tabs [data-screen=more]')).click();
  await tap(b, await $css(b, `main [data-screen=${screen}]`));
}
/** Scrolls the element to the middle (clear of the sticky header and the tab bar), then clicks. */
async function tap(b, el) {
  await b.execute((e) => e.scrollIntoView({ block: 'center' }), el);
  await el.click();
}

// A stand-in for the system's PDF viewer: xdg-open (what the opener plugin runs on Linux)
// finds it through this test home's mimeapps.list, and it writes down the file it was given.
const openedLog = join(process.env.XDG_DATA_HOME, 'opened.txt');
const viewer = join(process.env.XDG_DATA_HOME, 'mosaic-e2e-viewer.sh');
mkdirSync(join(process.env.XDG_DATA_HOME, 'applications'), { recursive: true });
mkdirSync(process.env.XDG_CONFIG_HOME, { recursive: true });
writeFileSync(viewer, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${openedLog}'\n`, { mode: 0o755 });
writeFileSync(join(process.env.XDG_DATA_HOME, 'applications', 'mosaic-e2e-viewer.desktop'),
  `[Desktop Entry]\nType=Application\nName=PDF viewer\nExec=${viewer} %f\nMimeType=application/pdf;\n`);
writeFileSync(join(process.env.XDG_CONFIG_HOME, 'mimeapps.list'), '[Default Applications]\napplication/pdf=mosaic-e2e-viewer.desktop\n');

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
  // One skill per step (five steps), then who assessed and when, then Save.
  for (let step = 0; step < 5; step++) {
    await b.waitUntil(async () => (await (await $css(b, 'main .step-count')).getAttribute('data-step')) === String(step),
      { timeout: 15000, timeoutMsg: `assessment step ${step + 1}` });
    const radios = await (await $css(b, 'main fieldset.levels-pick')).$$('input[type=radio]');
    await tap(b, radios[3]);
    await tap(b, await $css(b, 'main form button[data-action=next]'));
  }
  await b.waitUntil(async () => (await (await $css(b, 'main .step-count')).getAttribute('data-step')) === '5',
    { timeout: 15000, timeoutMsg: 'assessment: who and when' });
  await tap(b, await $css(b, 'main form button[type=submit]'));
  await (await $css(b, 'main section.card .badge')).waitForDisplayed({ timeout: 15000 });
  assert((await (await $css(b, 'main section.card .badge')).getText()) === 'A2', 'language level A2 saved');

  await (await $css(b, 'nav.tabs [data-screen=activities]')).click();
  await tap(b, await $css(b, '[data-kind=language_cafe]'));
  await (await $css(b, 'main ul.list > li')).waitForDisplayed({ timeout: 15000 });
  assert((await b.$$('main ul.list > li')).length === 1, 'activity logged');
  // Edit: the form starts from the stored entry, and the new title is what the list shows.
  await tap(b, await $css(b, 'main ul.list > li [data-action=edit]'));
  const titleField = await $css(b, '#act-edit-title');
  await titleField.waitForDisplayed({ timeout: 15000 });
  await titleField.setValue('Café at the library');
  await tap(b, await $css(b, 'main ul.list > li form button[type=submit]'));
  await b.waitUntil(async () => (await (await $css(b, 'main ul.list > li h2')).getText()) === 'Café at the library',
    { timeout: 15000, timeoutMsg: 'edited title shown' });
  assert(true, 'activity edited in the real app');
  // Delete, then Undo: the activity comes back (from the document's history).
  await tap(b, await $css(b, 'main ul.list > li [data-action=delete]'));
  await (await $css(b, '[data-testid=undo]')).waitForDisplayed({ timeout: 15000 });
  await b.waitUntil(async () => (await b.$$('main ul.list > li')).length === 0, { timeout: 15000, timeoutMsg: 'activity deleted' });
  await (await $css(b, '[data-testid=undo]')).click();
  await b.waitUntil(async () => (await b.$$('main ul.list > li')).length === 1, { timeout: 15000, timeoutMsg: 'activity back after Undo' });
  assert((await (await $css(b, 'main ul.list > li h2')).getText()) === 'Café at the library', 'Undo restored the edited activity');
  // A reflection on it: the Reflect button opens the form on that activity; private by default.
  await tap(b, await $css(b, 'main ul.list > li [data-action=reflect]'));
  await (await $css(b, '#refl-learned')).waitForDisplayed({ timeout: 15000 });
  await (await $css(b, '#refl-learned')).setValue('How to ask for the bus times');
  await (await $css(b, '#refl-words')).setValue('kemm, grazzi');
  await tap(b, await $css(b, 'main [data-action=save-reflection]'));
  await b.waitUntil(async () => (await b.$$('main ul.list > li')).length === 1
    && (await (await $css(b, 'main ul.list > li')).getText()).includes('grazzi'), { timeout: 15000, timeoutMsg: 'reflection saved' });
  const reflection = await (await $css(b, 'main ul.list > li')).getText();
  assert(reflection.includes('Café at the library') && reflection.includes('How to ask for the bus times'),
    'a reflection on the activity recorded in the real app');

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
  // "Open" hands the CV to the system's viewer.
  await tap(b, await $css(b, 'main [data-action=open-file]'));
  await waitFor(async () => existsSync(openedLog) && readFileSync(openedLog, 'utf8').includes(pdf), 'the viewer got the CV', 15000);
  assert(true, 'Open handed the CV to the system viewer (xdg-open)');
  // An employer checks the CV with the CLI, with no store of her own: the claims are signed.
  const employer = mkdtempSync(join(tmpdir(), 'mosaic-e2e-employer-'));
  const verdict = execFileSync(process.env.MOSAIC_CLI_BIN, ['--data-dir', employer, 'verify', pdf], { encoding: 'utf8' });
  assert(verdict.startsWith('VERIFIED') && verdict.includes('Selam Tesfaye') && verdict.includes('Café at the library'),
    `the app's CV verifies with \`mosaic verify\` (${verdict.split('\n')[1]})`);
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
  assert((await (await $css(b, 'main ul.list > li h2')).getText()) === 'Café at the library', 'the edit and the undo were saved');
  await openMore(b, 'reflections');
  await (await $css(b, 'main ul.list > li')).waitForDisplayed({ timeout: 15000 });
  assert((await (await $css(b, 'main ul.list > li')).getText()).includes('grazzi'), 'the reflection is still there after restart');
});

console.log('run 3: sync through a real relay, share with a mentor, revoke');
const work = mkdtempSync(join(tmpdir(), 'mosaic-e2e-relay-'));
const port = await new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => resolve(p));
  });
});
const relayUrl = `http://127.0.0.1:${port}`;
const relayDb = join(work, 'relay.db');
const relay = spawn(process.env.MOSAIC_RELAY_BIN, ['--db', relayDb, '--listen', `127.0.0.1:${port}`], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitFor(async () => (await fetch(`${relayUrl}/health`).catch(() => null))?.ok, 'relay answers /health');
  const mentorDir = join(work, 'mentor');
  const mentor = (...args) =>
    execFileSync(process.env.MOSAIC_CLI_BIN, ['--data-dir', mentorDir, '--author', 'Mentor Maria', ...args], { encoding: 'utf8' }).trim();
  const mentorCode = mentor('device-code');

  let shareCode = '';
  await withApp(async (b) => {
    await (await $css(b, 'nav.tabs')).waitForDisplayed({ timeout: 30000 });
    await openMore(b, 'settings');
    await (await $css(b, '#relay')).setValue(relayUrl);
    await tap(b, await $css(b, 'form:has(#relay) button[type=submit]'));
    // Saving the relay starts a background sync; the header says when it is done.
    await (await $css(b, '[data-testid=sync-state][data-state=ok]')).waitForDisplayed({ timeout: 60000 });
    assert(true, 'the app synced its portfolio to the relay in the background');

    await openMore(b, 'sharing');
    // The device code's QR, as the screen draws it, read by a real decoder (zbar), is the
    // code the CLI prints for the same store.
    const qr = await $css(b, 'section[aria-labelledby=device-h] svg.qr');
    await qr.waitForDisplayed({ timeout: 15000 });
    await b.execute((e) => e.scrollIntoView({ block: 'center' }), qr);
    const shot = join(work, 'device-qr.png');
    await qr.saveScreenshot(shot);
    const scanned = execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim();
    const cliCode = execFileSync(process.env.MOSAIC_CLI_BIN, ['--data-dir', dataDir, 'device-code'], { encoding: 'utf8' }).trim();
    assert(scanned === cliCode && cliCode.length > 20,
      `the app's device QR decodes to the code \`mosaic device-code\` prints (${cliCode.slice(0, 16)}…)`);
    await (await $css(b, '#share-recipient')).setValue(mentorCode);
    await tap(b, await $css(b, 'section[aria-labelledby=give-h] button[type=submit]'));
    await b.waitUntil(async () => (await (await $css(b, '#share-result')).getValue().catch(() => '')).startsWith('MOSAIC1:'), {
      timeout: 60000,
      timeoutMsg: 'share code shown',
    });
    shareCode = await (await $css(b, '#share-result')).getValue();
    assert(shareCode.startsWith('MOSAIC1:'), 'share code for the mentor shown');
  });

  // The mentor (CLI, its own store) joins through the relay and sees what the app wrote.
  mentor('join', shareCode);
  const [mentee] = JSON.parse(mentor('--json', 'mentees'));
  assert(mentee?.summary?.name_latin === 'Selam Tesfaye', `the mentor sees the mentee (${mentee?.summary?.name_latin})`);
  assert(mentee.summary.activities_attended === 1, 'the mentor sees the activity logged in the app');
  assert(mentee.summary.languages.some((l) => l.code === 'mt'), 'the mentor sees the language level set in the app');
  const menteeId = mentee.summary.id;
  const [activity] = JSON.parse(mentor('-p', menteeId, '--json', 'list', 'activity'));
  const comment = 'Well done at the café <b>#1</b>';
  mentor('-p', menteeId, 'comment', activity.id, comment);
  mentor('-p', menteeId, 'sync');

  // The relay holds only ciphertext: none of the portfolio's text is in its files.
  const relayBytes = Buffer.concat(
    [relayDb, `${relayDb}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)),
  );
  for (const secret of ['Selam Tesfaye', 'ሰላም ተስፋየ', 'Well done at the café']) {
    assert(!relayBytes.includes(Buffer.from(secret)), `relay files do not contain "${secret}"`);
  }

  await withApp(async (b) => {
    // At start the app syncs in the background and home shows the mentor's comment.
    await (await $css(b, '[data-testid=sync-state][data-state=ok]')).waitForDisplayed({ timeout: 60000 });
    await (await $css(b, 'nav.tabs [data-screen=home]')).click();
    await (await $css(b, '[data-testid=feedback]')).waitForDisplayed({ timeout: 30000 });
    const fb = await (await $css(b, '[data-testid=feedback]')).getText();
    assert(fb.includes(comment), `the mentor's comment reached the app as plain text (${fb.replace(/\s+/g, ' ').slice(0, 120)})`);

    await openMore(b, 'sharing');
    await (await $css(b, 'main .members li button.danger')).waitForDisplayed({ timeout: 30000 });
    await tap(b, await $css(b, 'main .members li button.danger'));
    // Removing access asks once.
    await (await $css(b, 'main .members li button[data-action=revoke-yes]')).waitForDisplayed({ timeout: 15000 });
    await tap(b, await $css(b, 'main .members li button[data-action=revoke-yes]'));
    await (await $css(b, 'main .members li .revoked')).waitForDisplayed({ timeout: 60000 });
    assert(true, 'mentor revoked from the app');

    // Written after the revocation: the mentor must not be able to read it.
    await (await $css(b, 'nav.tabs [data-screen=activities]')).click();
    await tap(b, await $css(b, '[data-kind=information_session]'));
    await b.waitUntil(async () => (await b.$$('main ul.list > li')).length === 2, { timeout: 15000, timeoutMsg: 'second activity' });
    await openMore(b, 'sharing');
    await tap(b, await $css(b, '[data-testid=sync-now]'));
    await (await $css(b, '[data-testid=sync-state][data-state=ok]')).waitForDisplayed({ timeout: 60000 });
  });

  try {
    mentor('-p', menteeId, 'sync');
  } catch {
    // Refused outright is also fine: the point is what the mentor can read.
  }
  const [after] = JSON.parse(mentor('--json', 'mentees'));
  assert(after.summary.activities_attended === 1, 'the revoked mentor cannot read the activity written after revocation');
} finally {
  relay.kill('SIGTERM');
}

console.log('run 4: a relay that never answers does not hold up an edit');
if (relay.exitCode === null && relay.signalCode === null) await new Promise((r) => relay.once('exit', r));
// The relay's port now accepts connections and never answers, so the sync at start waits
// for its request timeout (30 s, then retries). An edit must not wait with it.
const held = [];
const blackHole = createServer((sock) => held.push(sock));
await new Promise((r) => blackHole.listen(port, '127.0.0.1', r));
try {
  await withApp(async (b) => {
    await (await $css(b, '[data-testid=sync-state][data-state=syncing]')).waitForDisplayed({ timeout: 30000 });
    await (await $css(b, 'nav.tabs [data-screen=activities]')).click();
    await b.waitUntil(async () => (await b.$$('main ul.list > li')).length === 2, { timeout: 15000, timeoutMsg: 'two activities listed' });
    const start = Date.now();
    await tap(b, await $css(b, '[data-kind=workshop]'));
    await b.waitUntil(async () => (await b.$$('main ul.list > li')).length === 3, {
      timeout: 20000,
      timeoutMsg: 'an activity logged during a hanging sync was not saved within 20 s',
    });
    const ms = Date.now() - start;
    assert(held.length > 0 && (await (await $css(b, '[data-testid=sync-state]')).getAttribute('data-state')) === 'syncing',
      'the sync was still waiting for the relay');
    assert(ms < 10000, `an activity logged during that sync was saved in ${ms} ms`);
  });
} finally {
  for (const s of held) s.destroy();
  blackHole.close();
}

console.log('run 5: the store is encrypted; a PIN locks the app after time in the background');
// Even before a PIN is set the store is SQLCipher: none of the portfolio's text is in it.
const storeBytes = Buffer.concat(
  ['mosaic.sqlite3', 'mosaic.sqlite3-wal'].map((f) => join(dataDir, f)).filter((f) => existsSync(f)).map((f) => readFileSync(f)),
);
for (const secret of ['Selam Tesfaye', 'ሰላም ተስፋየ', 'Café at the library']) {
  assert(!storeBytes.includes(Buffer.from(secret)), `the app's store files do not contain "${secret}"`);
}
// Its key is in the session's Secret Service (GNOME Keyring, started by run.sh), not beside it.
assert(existsSync(join(dataDir, 'store.key.keyring')) && !existsSync(join(dataDir, 'store.key')),
  'the store key is kept in the system keyring: the app folder holds no key file');
const PIN = '2468';
/** Tells the page it went to the background and came back (what a phone does when the
 * person switches apps); WebKitWebDriver cannot hide the window itself. */
async function backgroundAndBack(b) {
  await b.execute(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
}
async function unlockWith(b, pin) {
  await (await $css(b, '#lock-pin')).setValue(pin);
  await tap(b, await $css(b, '[data-testid=lock-screen] button[type=submit]'));
}
await withApp(async (b) => {
  await (await $css(b, 'nav.tabs')).waitForDisplayed({ timeout: 30000 });
  await openMore(b, 'settings');
  await (await $css(b, '#pin-new')).setValue(PIN);
  await (await $css(b, '#pin-repeat')).setValue(PIN);
  await tap(b, await $css(b, 'form:has(#pin-new) button[type=submit]'));
  // With a PIN set, Settings offers to remove it.
  await (await $css(b, 'form:has(#pin-new) .actions button[type=button]')).waitForDisplayed({ timeout: 60000 });
  assert(true, 'PIN set in Settings');
  await b.execute((sel) => {
    sel.value = '0';
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  }, await $css(b, '#lock-after'));

  await backgroundAndBack(b);
  await (await $css(b, '[data-testid=lock-screen]')).waitForDisplayed({ timeout: 15000 });
  const shown = await (await $css(b, 'body')).getText();
  assert(!shown.includes('Selam') && !shown.includes('ሰላም') && (await b.$$('nav.tabs')).length === 0,
    'back from the background the app shows only the lock screen, nothing of the portfolio');
  await unlockWith(b, '1111');
  await (await $css(b, '#lock-err')).waitForDisplayed({ timeout: 30000 });
  assert((await b.$$('nav.tabs')).length === 0, 'a wrong PIN is refused and the app stays locked');
  await unlockWith(b, PIN);
  await (await $css(b, 'nav.tabs')).waitForDisplayed({ timeout: 30000 });
  assert(true, 'the right PIN unlocks the app');
});
await withApp(async (b) => {
  await (await $css(b, '[data-testid=lock-screen]')).waitForDisplayed({ timeout: 30000 });
  assert((await b.$$('nav.tabs')).length === 0, 'after a restart the app starts locked');
  await unlockWith(b, PIN);
  await (await $css(b, 'nav.tabs [data-screen=home]')).waitForDisplayed({ timeout: 30000 });
  await (await $css(b, 'nav.tabs [data-screen=home]')).click();
  await b.waitUntil(async () => (await (await $css(b, 'main h1')).getText()).includes('ሰላም ተስፋየ'), {
    timeout: 30000,
    timeoutMsg: 'home after unlock',
  });
  assert(true, 'unlocked with the PIN, the portfolio is all there');
});

console.log('run 6: restore a sealed backup made elsewhere');
// Another phone's portfolio, backed up with the CLI (sealed with a passphrase, as the app's own).
const other = mkdtempSync(join(tmpdir(), 'mosaic-e2e-other-'));
const BACKUP_PASS = 'correct horse battery';
const otherCli = (...args) => execFileSync(process.env.MOSAIC_CLI_BIN, ['--data-dir', other, ...args], {
  encoding: 'utf8', env: { ...process.env, MOSAIC_BACKUP_PASSPHRASE: BACKUP_PASS },
}).trim();
otherCli('init', '--name', 'Amal Haddad');
otherCli('add', 'activity', 'kind=workshop', 'date=2026-02-03', 'title=Sewing circle');
const backupFile = join(other, 'amal.mosaic-backup');
otherCli('backup', '-o', backupFile);
await withApp(async (b) => {
  await (await $css(b, '[data-testid=lock-screen]')).waitForDisplayed({ timeout: 30000 });
  await unlockWith(b, PIN);
  await (await $css(b, 'nav.tabs')).waitForDisplayed({ timeout: 30000 });
  await openMore(b, 'settings');
  const pass = await $css(b, '#restore-pass');
  await b.execute((e) => e.scrollIntoView({ block: 'center' }), pass);
  await pass.setValue(BACKUP_PASS);
  await (await $css(b, '#restore-backup')).setValue(backupFile);
  await b.waitUntil(async () => (await (await $css(b, 'body')).getText()).includes('Amal Haddad'), {
    timeout: 60000,
    timeoutMsg: 'the restored portfolio is shown',
  });
  assert(true, 'a sealed backup restored in the app with its passphrase');
  await (await $css(b, 'nav.tabs [data-screen=activities]')).click();
  await b.waitUntil(async () => (await (await $css(b, 'main')).getText()).includes('Sewing circle'), {
    timeout: 15000,
    timeoutMsg: 'the restored activity listed',
  });
  assert(true, "the restored portfolio's activity is listed");
});

console.log(`\n${passed} e2e checks passed`);
