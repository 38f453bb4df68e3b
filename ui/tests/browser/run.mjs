// Browser tests: the built UI (ui/dist) in Debian's Chromium at 360x740 over the in-memory
// backend (mockIPC), in English and Arabic. Every screen: the flow works, axe-core finds no
// serious/critical violation, a screenshot goes to ui/test-results/, hostile text stays inert.
// Also measures time to first render with 4x CPU throttling.
import { execFileSync } from 'node:child_process';
import { createPublicKey, verify as edVerify } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { localeChecks } from './locales.mjs';
import { verifyPageChecks } from './verify.mjs';
import { cameraArgs, showToCamera } from './camera.mjs';
import { microphoneArgs, toneWav } from './audio.mjs';
import { firstPaint, median, tapToSaved } from './perf.mjs';

const ui = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(ui, 'test-results');
const shots = join(ui, '../docs/screenshots');
mkdirSync(out, { recursive: true });
mkdirSync(shots, { recursive: true });

execFileSync('npx', ['vite', 'build', '--config', 'tests/browser/vite.mock.config.ts'], { cwd: ui, stdio: 'inherit' });
const mockScript = readFileSync(join(ui, 'tests/browser/.out/mock.js'), 'utf8');
const axeSource = readFileSync(join(ui, 'node_modules/axe-core/axe.min.js'), 'utf8');

const server = await serve(join(ui, 'dist'));
const base = `http://127.0.0.1:${server.address().port}/`;
// The fake camera plays this file; each scanning test draws its QR code into it first.
const cameraFile = join(out, 'camera.y4m');
showToCamera(cameraFile, 'NO CODE YET');
// The fake microphone plays a generated tone: a voice note recorded in a test records it.
const microphoneFile = join(out, 'microphone.wav');
toneWav(microphoneFile);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', ...cameraArgs(cameraFile), ...microphoneArgs(microphoneFile)],
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  "<svg onload=window.__xss=3>",
  "javascript:window.__xss=4",
  '{{constructor.constructor("window.__xss=5")()}}',
  '<b onmouseover=window.__xss=6>bold</b>',
];
let passed = 0;
const failures = [];

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failures.push(`${name}: ${e.message ?? e}`);
    console.log(`  ✗ ${name}: ${e.message ?? e}`);
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function axe(page) {
  await page.evaluate(axeSource);
  const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('; '));
}

async function inert(page) {
  const found = await page.evaluate(() => ({
    xss: window.__xss,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onmouseover], main script, b[onmouseover]').length,
  }));
  assert(found.xss === undefined, `payload executed: ${found.xss}`);
  assert(found.injected === 0, `${found.injected} injected element(s)`);
}

/**
 * Verifies a check-in code (crates/mosaic-attest's layout: tag, event id, kind, date,
 * minutes, issued_at, valid secs, organiser key, name, title, Ed25519 signature) with Node's
 * own Ed25519, independently of the page. Throws unless the signature verifies.
 */
function verifyCheckIn(text) {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  assert(text.startsWith('MC1:'), `not a check-in code: ${text.slice(0, 12)}`);
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const c of text.slice(4)) {
    const v = A.indexOf(c);
    assert(v >= 0, `not base32: ${c}`);
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  const all = Buffer.from(bytes);
  const body = all.subarray(0, all.length - 64);
  const sig = all.subarray(all.length - 64);
  const key = body.subarray(30, 62);
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key]);
  const msg = Buffer.concat([Buffer.from('mosaic-attest/check-in/v1\0', 'latin1'), body]);
  assert(edVerify(null, msg, createPublicKey({ key: spki, format: 'der', type: 'spki' }), sig), 'the QR code does not verify');
  const nameLen = body[62];
  const name = body.subarray(63, 63 + nameLen).toString('utf8');
  const title = body.subarray(64 + nameLen, 64 + nameLen + body[63 + nameLen]).toString('utf8');
  return { name, title, bytes: all.length };
}

let payloadIndex = 0;
/** Types a hostile payload into every empty free-text field of the open forms. */
async function fillText(page) {
  const fields = await page.$$('main form input[type=text]:not([inputmode=decimal]):not([list]), main form input:not([type]):not([list]), main form input[type=email], main form textarea');
  for (const f of fields) {
    if (!(await f.isVisible()) || (await f.inputValue()) !== '') continue;
    await f.fill(PAYLOADS[payloadIndex++ % PAYLOADS.length]);
  }
}

async function nav(page, screen) {
  const tab = page.locator(`nav.tabs [data-screen=${screen}]`);
  if (await tab.count()) await tab.click();
  else {
    await page.locator('nav.tabs [data-screen=more]').click();
    await page.locator(`main [data-screen=${screen}]`).click();
  }
  await page.locator('main h1').first().waitFor();
}

async function shoot(page, lang, name) {
  const file = join(out, `${lang}-${name}.png`);
  // Full-page shots: let the fixed tab bar sit at the end instead of mid-page.
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const nav = document.querySelector('nav.tabs');
    if (nav) nav.style.position = 'static';
  });
  await page.screenshot({ path: file, fullPage: true });
  await page.evaluate(() => {
    const nav = document.querySelector('nav.tabs');
    if (nav) nav.style.position = '';
  });
  if (name === 'home' || name === 'languages') copyFileSync(file, join(shots, `${lang}-${name}.png`));
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

const backendCount = (page, section) =>
  page.evaluate((sec) => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner').portfolio[sec].length, section);
const backendHas = (page, section, id) =>
  page.evaluate(([sec, i]) => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner').portfolio[sec].some((e) => e.id === i), [section, id]);

// LANGS=en limits a run to some languages while working on a flow (the full run is en and ar);
// LOCALES_ONLY=1 runs only the per-locale checks (quicker while working on translations).
for (const lang of process.env.LOCALES_ONLY ? [] : (process.env.LANGS ?? 'en,ar').split(',')) {
  console.log(`\n[${lang}]`);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const problems = [];
  page.on('dialog', (d) => {
    problems.push(`dialog fired: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(mockScript);
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(base);

  const step = async (name, fn) =>
    check(`${lang} ${name}`, async () => {
      try {
        await fn();
      } catch (e) {
        await page.screenshot({ path: join(out, `${lang}-${name}-FAILED.png`), fullPage: true }).catch(() => {});
        // What the app said at the time (its toast) explains most failures.
        const said = await page.locator('.toasts').innerText().catch(() => '');
        if (said.trim()) e.message = `${e.message}\n    the app said: ${said.trim().replace(/\s+/g, ' ')}`;
        throw e;
      }
      await inert(page);
      await axe(page);
      await shoot(page, lang, name);
      assert(problems.length === 0, problems.splice(0).join('; '));
    });

  await step('welcome', async () => {
    await page.locator('[data-locale=ar]').waitFor();
    assert((await page.locator('[data-locale]').count()) >= 26, 'all UI languages offered');
    // Live regions exist before anything is said in them (or screen readers miss the first message).
    assert((await page.locator('.toasts [role=status]').count()) === 1 && (await page.locator('.toasts [role=alert]').count()) === 1, 'live regions always present');
  });

  await step('create', async () => {
    await page.locator(`[data-locale=${lang}]`).click();
    await page.waitForFunction((d) => document.documentElement.dir === d && document.querySelector('#p-name_latin'), lang === 'ar' ? 'rtl' : 'ltr');
    await page.locator('main form button[type=submit]').click();
    assert(await page.locator('#p-name_latin-err').isVisible(), 'required-field message shown');
    await page.fill('#p-name_latin', 'Amina Yusuf');
    await page.fill('#p-name_own_script', lang === 'ar' ? 'أمينة يوسف' : PAYLOADS[0]);
    await fillText(page);
  });

  await page.locator('main form button[type=submit]').click();
  await page.locator('nav.tabs').waitFor();

  await step('languages', async () => {
    assert((await page.locator('[data-testid=sync-state]').getAttribute('data-shown')) === 'phone-only', 'no relay: "on this phone only"');
    await nav(page, 'languages');
    await page.locator('main button.primary.wide').click();
    await page.fill('#lang-code', 'mt');
    // One skill at a time, each with its pictogram; Back keeps what was chosen.
    for (let i = 0; i < 5; i++) {
      const set = page.locator('main fieldset.levels-pick');
      assert((await set.count()) === 1, 'one skill per step');
      assert((await set.locator('legend svg[aria-hidden=true] path').count()) === 1, 'the skill has a pictogram');
      await set.locator('input[type=radio]').nth(2).check();
      if (i === 1) {
        await page.locator('main form [data-action=prev]').click();
        assert(await page.locator('main fieldset.levels-pick input[type=radio]').nth(2).isChecked(), 'Back keeps the choice');
        await page.locator('main form [data-action=next]').click();
      }
      await page.locator('main form [data-action=next]').click();
    }
    await page.locator('main form input[type=date]').fill('2024-09-01');
    await fillText(page);
    await page.locator('main form button[type=submit]').click();
    await page.locator('main section.card h2').first().waitFor();
    // A second assessment, later and higher, to draw progress.
    await page.locator('main section.card button.wide').first().click();
    for (let i = 0; i < 5; i++) {
      await page.locator('main section.card fieldset.levels-pick input[type=radio]').nth(4).check();
      await page.locator('main section.card form [data-action=next]').click();
    }
    // Assessed by a teacher, named: every level then says who set it.
    await page.locator('main section.card select[id$=-assessor]').selectOption('teacher');
    await page.fill('main section.card input[id$=-assessor-name]', 'Maria Rossi');
    await page.locator('main section.card form button[type=submit]').click();
    await page.locator('main .chart svg polyline').first().waitFor();
    assert((await page.locator('main .chart svg polyline').count()) === 5, 'one line per skill');
    await page.locator('main .level-source[data-assessor=teacher]').first().waitFor();
    const setBy = await page.locator('main .level-source').allTextContents();
    assert(setBy.length === 5 && setBy.every((x) => x.includes('Maria Rossi')), `each level says who set it: ${setBy[0]}`);
  });

  await step('certificates', async () => {
    await nav(page, 'certificates');
    await page.locator('main button.primary.wide').click();
    // "Take a photo" opens the camera; "Choose a file" lets people pick a gallery picture or a PDF.
    assert((await page.getAttribute('#cert-photo', 'capture')) === 'environment', 'photo input opens the camera');
    assert((await page.getAttribute('#cert-file', 'capture')) === null && (await page.getAttribute('#cert-file', 'accept')).includes('application/pdf'),
      'file input does not force the camera and takes PDFs');
    await page.fill('#cert-title', lang === 'ar' ? 'شهادة اللغة المالطية' : 'Maltese A2');
    await fillText(page);
    await page.setInputFiles('#cert-file', { name: 'scan.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('main form button[type=submit]').click();
    await page.locator('main img.thumb').waitFor();
    await page.locator('main .thumb-btn').click();
    await page.locator('dialog.viewer[open] img').waitFor();
    await axe(page);
    await page.locator('dialog.viewer[open] button').click();
    await page.locator('main select[id^=ev-]').selectOption({ index: 1 });
    await page.locator('.ok-banner').waitFor();
    // A second file on the same certificate, in one step.
    await page.setInputFiles('main input[id^=add-]', { name: 'back.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForFunction(() => document.querySelectorAll('main ul.list img.thumb').length === 2);
    // An Open Badge: imported as a certificate, its verification shown with the reason.
    await page.setInputFiles('#cert-badge', { name: 'badge.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('[data-testid=badge-result]').waitFor();
    assert((await page.locator('[data-testid=badge-result]').textContent()).includes('no proof'), 'badge not verified, with the reason');
    assert((await page.locator('main ul.list > li').count()) === 2, 'badge listed as a certificate');
  });

  await step('programmes', async () => {
    await nav(page, 'programmes');
    // A programme typed by hand, with hostile text in its free-text fields.
    await page.locator('main > button.wide:not(.primary)').click();
    await page.fill('#prog-title', 'Evening course');
    await fillText(page);
    await page.locator('main form button[type=submit]').click();
    await page.locator('main section.card').first().waitFor();
    // I Belong from the shipped templates: Stage 2 first, which waits for Stage 1.
    const start = async (n) => {
      await page.locator('main > button.primary.wide').click();
      await page.locator('main ul.templates button').nth(n - 1).click();
    };
    await start(2);
    await start(1);
    await page.waitForFunction(() => document.querySelectorAll('main section.card').length === 3);
    const stage1 = page.locator('main section.card').nth(2);
    const stage2 = page.locator('main section.card').nth(1);
    assert((await stage1.locator('li.module').count()) === 3, 'Stage 1 has three modules');
    assert((await stage2.locator('li.module').count()) === 2, 'Stage 2 has two modules');
    assert((await stage2.locator('.progress-block p.muted').count()) === 1, 'Stage 2 says it requires Stage 1');
    // Edit every field of a module: Maltese completed below the 80 % attendance rule.
    const edit = async (i, att, score) => {
      await stage1.locator('li.module').nth(i).locator('button:not(.danger)').click();
      await stage1.locator('select[id$=-status]').selectOption('completed');
      await stage1.locator('input[id$=-attendance_pct]').fill(att);
      await stage1.locator('input[id$=-score_pct]').fill(score);
      await stage1.locator('form button[type=submit]').click();
      await stage1.locator('form').waitFor({ state: 'detached' });
    };
    await edit(0, '60', '70');
    await page.waitForFunction(() => document.querySelectorAll('main section.card li.module[data-verdict=not_met] .reasons li').length === 1);
    assert((await stage1.locator('.progress-block .status').textContent()).includes('✗'), 'one module below its own rule fails the stage');
    await edit(0, '90', '70');
    await edit(1, '80', '50');
    await edit(2, '85', '55');
    await page.waitForFunction(() => document.querySelectorAll('main section.card li.module[data-verdict=met]').length === 3);
    assert((await stage1.locator('.progress-block .status').textContent()).includes('✓'), 'Stage 1 met on the line');
    assert((await stage2.locator('.progress-block p.muted').count()) === 0, 'Stage 2 no longer waits for Stage 1');
  });

  await step('activities', async () => {
    await nav(page, 'activities');
    const pictograms = await page.locator('main .quick button svg.icon[aria-hidden=true] path').evaluateAll(
      (paths) => paths.filter((p) => (p.getAttribute('d') ?? '').length > 10).length);
    assert(pictograms === 14, `a pictogram on every one-tap button, the six community kinds included (${pictograms})`);
    await page.locator('[data-kind=language_cafe]').click();
    await page.locator('.ok-banner').waitFor();
    await page.locator('main > button.wide').click();
    await page.fill('#act-hours', '2');
    await fillText(page);
    await page.locator('main form button[type=submit]').click();
    await page.waitForFunction(() => document.querySelectorAll('main ul.list > li').length === 2);

    // A cultural festival where she volunteered, with its topic, then a photo of it.
    const topic = lang === 'ar' ? 'مهرجان الحصاد' : 'Harvest festival';
    await page.locator('main > button.wide').click();
    await page.selectOption('#act-kind', 'cultural_festival');
    await page.selectOption('#act-role', 'volunteer');
    await page.fill('#act-topic', topic);
    await page.locator('main form button[type=submit]').click();
    const festival = page.locator('main ul.list > li', { hasText: topic });
    await festival.waitFor();
    const cardText = await festival.innerText();
    assert(cardText.includes(await page.locator('[data-kind=cultural_festival] span').innerText()), 'the card names the new kind');
    assert((await festival.locator('.role').count()) === 1 && (await festival.locator('.role').innerText()).trim() !== '',
      'her contributing role is shown on the card');
    await festival.locator('input[id^=photo-pick-]').setInputFiles({ name: 'festival.png', mimeType: 'image/png', buffer: PNG });
    await festival.locator('.thumbs .thumb-btn, .thumbs .file-chip').first().waitFor();
    // A PDF is not a photo: refused in plain words, nothing added.
    await festival.locator('input[id^=photo-pick-]').setInputFiles({ name: 'flyer.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n') });
    await page.locator('.error-banner').waitFor();
    const said = await page.locator('.error-banner > p').first().textContent();
    assert(!said.includes('PDF'), `the message does not offer a PDF for a photo: ${said}`);
    assert((await festival.locator('.thumbs .thumb-btn, .thumbs .file-chip').count()) === 1, 'the PDF was not added as a photo');
    await page.locator('.error-banner button.close').click();
  });


  await step('reflection', async () => {
    // From the festival she logged: reflect on it, with a voice note recorded from the
    // (generated) microphone; private by default; played back; then shared.
    await nav(page, 'activities');
    const topic = lang === 'ar' ? 'مهرجان الحصاد' : 'Harvest festival';
    const festival = page.locator('main ul.list > li', { hasText: topic });
    const festivalId = await festival.getAttribute('data-entry');
    await festival.locator('[data-action=reflect]').click();
    await page.locator('[data-testid=reflection-form]').waitFor();
    assert((await page.locator('#refl-activity').inputValue()) === festivalId, 'the form starts on that activity');
    const word = lang === 'ar' ? 'حصاد' : 'ħsad';
    await page.fill('#refl-learned', lang === 'ar' ? 'تعلمت كيف نطبخ الفنكاتة' : 'How to cook fenkata');
    await page.fill('#refl-words', `${word}, fenek`);
    await fillText(page);
    await page.locator('[data-action=voice-record]').click();
    await page.locator('[data-action=voice-stop]').waitFor();
    await page.waitForTimeout(2500);
    await page.locator('[data-action=voice-stop]').click();
    await page.locator('[data-testid=voice-preview]').waitFor();
    await page.locator('[data-action=save-reflection]').click();
    const card = page.locator('main ul.list > li', { hasText: word });
    await card.waitFor();
    const stored = await page.evaluate(() => {
      const b = window.__mosaicBackend;
      const r = [...b.store.values()].find((s) => s.role === 'owner').portfolio.reflections.at(-1);
      const a = b.attachments.get(r.voice?.sha256);
      return { r, mime: a?.mime, size: a?.bytes.length ?? 0, head: a ? [...a.bytes.slice(0, 4)] : [] };
    });
    assert(stored.r.activity === festivalId, 'the reflection names the activity');
    assert(stored.r.visibility === 'private', 'private by default');
    assert(stored.r.new_words.includes(word) && stored.r.new_words.includes('fenek'), `new words kept: ${stored.r.new_words}`);
    assert(stored.mime === 'audio/webm' && stored.head.join() === '26,69,223,163', `a WebM recording was stored: ${stored.mime} ${stored.head}`);
    // What was stored is sound of about the recorded length: decode it as the browser would.
    const seconds = await page.evaluate(async (sha) => {
      const a = window.__mosaicBackend.attachments.get(sha);
      const ctx = new OfflineAudioContext(1, 1, 48000);
      const decoded = await ctx.decodeAudioData(a.bytes.slice().buffer);
      return decoded.duration;
    }, stored.r.voice.sha256);
    assert(seconds > 1.5, `the voice note holds ${seconds.toFixed(2)} s of sound`);
    // Played back from the store.
    await card.locator('[data-action=voice-play]').click();
    const player = card.locator('[data-testid=voice-note]');
    await player.waitFor();
    await player.evaluate((el) => el.play().catch(() => {}));
    await page.waitForFunction((el) => el.currentTime > 0.2, await player.elementHandle(), { timeout: 10_000 });
    assert((await card.locator('[data-testid=reflection-visibility]').innerText()).trim() !== '', 'the card says who sees it');
    await card.locator('[data-action=share]').click();
    await page.waitForFunction(() => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner')
      .portfolio.reflections.at(-1).visibility === 'mentors');
    await card.locator('[data-action=keep]').waitFor();

    // A 50 MB sound file is refused with a clear message; nothing is stored.
    const before = await backendCount(page, 'reflections');
    await page.locator('[data-action=add-reflection]').click();
    const long = join(out, 'long.ogg');
    writeFileSync(long, Buffer.concat([Buffer.from('OggS'), Buffer.alloc(50 * 1024 * 1024 - 4, 1)]));
    await page.locator('#refl-voice-file').setInputFiles(long);
    await page.locator('[data-testid=reflection-form] .error[role=alert]').waitFor();
    await page.locator('[data-testid=reflection-form] .actions button[type=button]').click();
    assert((await backendCount(page, 'reflections')) === before, 'nothing was added');
  });

  let shownCode = '';
  const eventTitle = lang === 'ar' ? 'مقهى اللغة' : 'Language café';
  const orgName = lang === 'ar' ? 'مؤسسة إنتغرا' : 'Integra Foundation';
  await step('organiser', async () => {
    await nav(page, 'organiser');
    await page.fill('#org-name', orgName);
    await page.locator('main form button[type=submit]').click();
    await page.locator('[data-testid=org-fingerprint]').waitFor();
    await page.fill('#org-ev-title', eventTitle);
    await fillText(page);
    await page.locator('section[aria-labelledby=org-event-h] button[type=submit]').click();
    await page.locator('[data-testid=org-code] svg.qr').waitFor();
    shownCode = await page.locator('[data-testid=org-code-text]').inputValue();
    // The QR code as drawn decodes (zbarimg on a screenshot) to the code, which verifies.
    const png = join(out, `${lang}-checkin-qr.png`);
    await page.locator('[data-testid=org-code] svg.qr').screenshot({ path: png });
    const decoded = execFileSync('zbarimg', ['--raw', '-q', png]).toString().trim();
    assert(decoded === shownCode, `QR decodes to the code shown (${decoded.slice(0, 16)}… vs ${shownCode.slice(0, 16)}…)`);
    const facts = verifyCheckIn(decoded);
    assert(facts.title === eventTitle && facts.name === orgName, `signed facts: ${facts.title} / ${facts.name}`);
    const version = Number(await page.locator('[data-testid=org-code] svg.qr').getAttribute('data-version'));
    assert(version >= 1 && version <= 10, `QR version ${version} (aim: 10 or lower)`);
    console.log(`    check-in code: ${facts.bytes} bytes, ${decoded.length} characters, QR version ${version}`);
  });

  await step('checkin', async () => {
    await nav(page, 'checkin');
    // The migrant points the camera at the organiser's QR code: scanning alone checks in.
    showToCamera(cameraFile, shownCode, true);
    await page.locator('[data-testid=scan-checkin] [data-action=scan]').click();
    await page.locator('[data-testid=checkin-result][data-recorded=true]').waitFor();
    const verified = await page.locator('[data-testid=checkin-verified]').textContent();
    assert(verified.includes(orgName), `verified by the organiser: ${verified}`);
    const receipt = await page.locator('[data-testid=checkin-result] textarea').inputValue();
    assert(receipt.startsWith('MR1:'), 'a receipt to show the organiser');
    // Copy puts the receipt on the clipboard (to send it in a message instead).
    await page.locator('[data-testid=checkin-result] [data-action=copy]').click();
    assert((await page.evaluate(() => navigator.clipboard.readText())) === receipt, 'the receipt is on the clipboard');
    await page.locator('[data-testid=checkin-result] svg.qr').waitFor();
    // Scanning again is a no-op that says so.
    await page.fill('#checkin-code', shownCode);
    await page.locator('[data-testid=checkin-submit]').click();
    await page.locator('[data-testid=checkin-result][data-recorded=false]').waitFor();
    // An altered code is refused with an error, nothing stored.
    const last = shownCode.at(-1) === 'A' ? 'B' : 'A';
    await page.fill('#checkin-code', shownCode.slice(0, -1) + last);
    await page.locator('[data-testid=checkin-submit]').click();
    await page.locator('.error-banner').waitFor();
    const proofs = await page.evaluate(() => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner').portfolio.activities.filter((a) => a.proof).length);
    assert(proofs === 1, `one verified activity stored, not ${proofs}`);
    // The activity list says who vouches for each entry: the organiser for the checked-in one.
    await nav(page, 'activities');
    const checked = page.locator('main li[data-entry]', { hasText: eventTitle });
    assert((await checked.locator('[data-source=verified]').textContent()).includes(orgName), 'checked-in activity verified by the organiser');
    assert((await page.locator('main [data-source=self_reported]').count()) >= 1, 'typed activities say self-reported');
    // The organiser scans the receipt back: the register lists the attendee.
    await nav(page, 'organiser');
    await page.locator('[data-testid=org-show-code]').first().click();
    showToCamera(cameraFile, receipt, true);
    await page.locator('[data-testid=scan-receipt] [data-action=scan]').click();
    await page.locator('[data-testid=org-register] li').first().waitFor();
    assert((await page.locator('[data-testid=org-register]').textContent()).includes('Amina Yusuf'), 'register lists the attendee');
  });

  for (const [screen, prefix] of [['work', 'experience'], ['education', 'education'], ['skills', 'skills'], ['stories', 'stories']]) {
    await step(screen, async () => {
      await nav(page, screen);
      await page.locator('main button.primary.wide').click();
      await fillText(page);
      await page.locator('main form button[type=submit]').click();
      await page.locator('main ul.list > li').first().waitFor();
      assert((await page.locator(`main form`).count()) === 0, `${prefix} form closed after save`);
      // Edit: the form starts from the entry; the change shows in the list.
      const first = page.locator('main ul.list > li').first();
      await first.locator('[data-action=edit]').click();
      const title = first.locator('form input:not([type=date]):not([type=checkbox])').first();
      assert((await title.inputValue()) !== '', 'edit form starts from the stored value');
      await title.fill(`Edited ${screen}`);
      await first.locator('form button[type=submit]').click();
      await first.locator('h2', { hasText: `Edited ${screen}` }).waitFor();
    });
  }

  await step('story-photo', async () => {
    await nav(page, 'stories');
    await page.locator('main > button.primary.wide').click();
    const title = lang === 'ar' ? 'أول يوم في المطبخ' : 'My first day in the kitchen';
    await page.fill('#stories-title', title);
    await page.locator('main form button[type=submit]').click();
    const story = page.locator('main ul.list > li', { hasText: title });
    await story.waitFor();
    await story.locator('input[id^=photo-pick-]').setInputFiles({ name: 'kitchen.png', mimeType: 'image/png', buffer: PNG });
    await story.locator('.thumbs .thumb-btn, .thumbs .file-chip').first().waitFor();
  });

  await step('testimonial', async () => {
    // A story with its text and a photo, shared with an organisation without her name, then withdrawn.
    await nav(page, 'stories');
    await page.locator('main > button.primary.wide').click();
    const title = lang === 'ar' ? 'مهرجان الحصاد' : 'The harvest festival';
    const body = lang === 'ar' ? 'طبخنا الإنجيرا معاً لأربعين شخصاً.' : 'We cooked injera together for forty people.';
    await page.fill('#stories-title', title);
    await page.fill('#stories-body', body);
    await page.locator('main form button[type=submit]').click();
    const story = page.locator('main ul.list > li', { hasText: title });
    await story.waitFor();
    await story.locator('input[id^=photo-pick-]').setInputFiles({ name: 'harvest.png', mimeType: 'image/png', buffer: PNG });
    await story.locator('.thumbs .thumb-btn, .thumbs .file-chip').first().waitFor();
    await story.locator('[data-action=share-testimonial]').click();
    const form = story.locator('form.testimonial-form');
    const publish = form.locator('[data-action=publish]');
    await form.locator('input[id$=-org]').fill('Migrant Hub');
    assert(await publish.isDisabled(), 'Publish waits until she agrees');
    await form.locator('input[type=radio]').nth(1).check();
    assert((await form.locator('input[id$=-name]').inputValue()) === '', 'no first name unless she writes one');
    await form.locator('[data-testid=testimonial-agree]').check();
    assert((await form.locator('.consent-statement').innerText()).includes('Migrant Hub'), 'the consent names the organisation');
    await publish.click();
    const saved = story.locator('[data-testid=testimonial-path]');
    await saved.waitFor();
    const path = (await saved.textContent()).match(/(\/memory\S+\.json)/)[1];
    assert(/\/testimonial-[0-9a-f]{8}\.json$/.test(path), `file named by the testimonial's id: ${path}`);
    const file = JSON.parse(await page.evaluate((p) => window.__mosaicBackend.exports.get(p), path));
    assert(file.format === 'mosaic-testimonial' && file.title === title && file.body === body, 'the file holds the story text');
    assert(file.first_name === null && !JSON.stringify(file).includes('Amina'), 'published without her name');
    assert(file.organisation === 'Migrant Hub' && file.photo?.mime === 'image/png', 'with the organisation and the chosen photo');
    // Saved where she chooses, to send it.
    await story.locator('[data-action=save-copy]').click();
    await story.locator('[data-testid=copied-path]').waitFor();
    assert((await page.evaluate(() => window.__mosaicBackend.saved.at(-1).from)) === path, 'the testimonial file is copied where she chose');
    const active = story.locator('li[data-consent][data-state=active]');
    assert((await active.innerText()).includes('Migrant Hub'), 'the card says with whom it is shared');
    await page.locator('[data-testid=testimonials] li[data-state=active]', { hasText: title }).waitFor();
    // The same organisation again is refused before anything is sent.
    await story.locator('[data-action=share-testimonial]').click();
    await form.locator('input[id$=-org]').fill(' migrant HUB');
    await form.locator('[data-testid=testimonial-agree]').check();
    await publish.click();
    await form.locator('.notice').waitFor();
    assert((await page.evaluate(() => [...window.__mosaicBackend.consents.values()].flat().length)) === 1, 'one consent only');
    await form.locator('button[type=button]').last().click();
    // Withdraw: asks first, then the card says withdrawn and the signed notice is in exports.
    await active.locator('[data-action=withdraw]').click();
    assert((await story.locator('li[data-state=withdrawn]').count()) === 0, 'nothing withdrawn on the first tap');
    await story.locator('[data-action=withdraw-yes]').click();
    const withdrawn = story.locator('li[data-consent][data-state=withdrawn]');
    await withdrawn.waitFor();
    if (lang === 'en') assert((await withdrawn.innerText()).includes('Withdrawn from'), 'the card says withdrawn');
    const noticePath = (await withdrawn.locator('[data-testid=withdrawal-path]').textContent()).match(/(\/memory\S+\.json)/)[1];
    const notice = JSON.parse(await page.evaluate((p) => window.__mosaicBackend.exports.get(p), noticePath));
    assert(notice.format === 'mosaic-testimonial-withdrawal' && notice.testimonial_id === file.testimonial_id, 'the notice withdraws that testimonial');
    await page.locator('[data-testid=testimonials] li[data-state=withdrawn]', { hasText: title }).waitFor();
    assert(!(await page.evaluate(() => JSON.stringify([...window.__mosaicBackend.store.values()].map((s) => s.portfolio)).includes('secret_key'))),
      'consents stay out of the synced portfolio');
  });

  await step('goals', async () => {
    await nav(page, 'goals');
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const title = lang === 'ar' ? 'عمل في مطبخ' : 'A job in a kitchen';
    await page.locator('main [data-action=add-goal]').click();
    await page.fill('#goal-title', title);
    await page.selectOption('#goal-area', 'work');
    await page.fill('#goal-due', soon);
    await page.locator('main form button[type=submit]').click();
    const card = page.locator('main li.goal', { hasText: title });
    await card.waitFor();
    assert((await card.getAttribute('data-urgency')) === 'due_soon', 'a goal due in five days reads as due soon');
    await card.locator('input[id^=step-]:not([type=date])').fill(lang === 'ar' ? 'دورة سلامة الغذاء' : 'Food safety course');
    await card.locator('form.step-add button[type=submit]').click();
    await card.locator('[data-testid=progress]').waitFor();
    await card.locator('label.check input[type=checkbox]').check();
    await page.waitForFunction((t) => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner')
      .portfolio.goals.find((g) => g.title === t)?.steps[0]?.done === true, title);
    assert((await card.locator('progress').getAttribute('value')) === '1', 'the progress bar shows the step done');
    await card.locator('[data-action=done]').click();
    await page.locator(`main li.goal[data-state=done]`, { hasText: title }).waitFor();

    // A mentor's proposal: shown with who proposed it; accepting makes it her goal.
    const own = await page.evaluate(() => [...window.__mosaicBackend.store.entries()].find(([, s]) => s.role === 'owner')[0]);
    await page.evaluate((id) => window.__mosaicBackend.proposals.set(id, [{ id: 'prop-1', by: 'Rita Borg', fingerprint: '0a1b-2c3d-4e5f-6a7b',
      time: 1, goal: { id: '00000000-0000-0000-0000-000000000000', title: 'Driving licence', area: 'everyday_life', state: 'open',
        steps: [{ text: 'Theory lessons', done: false }] } }]), own);
    await nav(page, 'home');
    await nav(page, 'goals');
    const proposal = page.locator('[data-testid=goal-proposals] li[data-proposal=prop-1]');
    await proposal.waitFor();
    assert((await proposal.innerText()).includes('Rita Borg'), 'the proposal names the mentor');
    assert(!(await page.evaluate((id) => window.__mosaicBackend.store.get(id).portfolio.goals.some((g) => g.title === 'Driving licence'), own)),
      'a proposal is not a goal before she accepts it');
    await proposal.locator('[data-action=accept]').click();
    await page.locator('main li.goal', { hasText: 'Driving licence' }).waitFor();
    await page.locator('[data-testid=goal-proposals]').waitFor({ state: 'detached' });
  });

  await step('competences', async () => {
    await nav(page, 'competences');
    assert((await page.locator('main li[data-competence]').count()) === 9, 'the nine LifeComp competences');
    const empathy = page.locator('main li[data-competence=empathy]');
    await empathy.locator('button[data-level="2"]').click();
    await page.locator('main li[data-competence=empathy][data-level="2"]').waitFor();
    await empathy.locator('button[data-level="3"]').click();
    await page.locator('main li[data-competence=empathy][data-level="3"]').waitFor();
    assert((await empathy.locator('button[data-level="3"]').getAttribute('aria-pressed')) === 'true', 'the chosen step is pressed');
    const stored = await page.evaluate(() => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner')
      .portfolio.competences.find((c) => c.code === 'empathy'));
    assert(stored.history.length === 2 && stored.history.every((a) => a.assessor === 'self'), 'both judgements kept, each self-assessed');
    // Link an activity that shows it.
    const ev = empathy.locator('select[id=comp-ev-empathy]');
    const value = await ev.locator('option').nth(1).getAttribute('value');
    await ev.selectOption(value);
    await empathy.locator('ul.plain-list li').first().waitFor();
  });

  await step('double-tap-edit-undo', async () => {
    await nav(page, 'skills');
    const before = await backendCount(page, 'skills');
    await page.locator('main button.primary.wide').click();
    await page.fill('#skills-name', 'Cooking');
    await page.fill('#skills-level', 'good');
    // A save that takes a moment (as on a phone), and two taps before the screen can change.
    await page.evaluate(() => (window.__mosaicDelay = 300));
    await page.locator('main form button[type=submit]').evaluate((b) => { b.click(); b.click(); });
    await page.locator('main ul.list > li', { hasText: 'Cooking' }).first().waitFor();
    await page.waitForTimeout(700);
    await page.evaluate(() => (window.__mosaicDelay = 0));
    assert((await backendCount(page, 'skills')) === before + 1, `a double tap saved ${(await backendCount(page, 'skills')) - before} entries`);
    // Edit: a field emptied in the form is cleared in the entry.
    const li = page.locator('main ul.list > li', { hasText: 'Cooking' });
    await li.locator('[data-action=edit]').click();
    assert((await page.inputValue('#skills-edit-name')) === 'Cooking', 'edit form shows the name');
    await page.fill('#skills-edit-name', 'Cooking for forty');
    await page.fill('#skills-edit-level', '');
    await li.locator('form button[type=submit]').click();
    await page.locator('main ul.list > li h2', { hasText: 'Cooking for forty' }).waitFor();
    const id = await page.locator('main ul.list > li', { hasText: 'Cooking for forty' }).getAttribute('data-entry');
    const stored = await page.evaluate((i) => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner').portfolio.skills.find((e) => e.id === i), id);
    assert(stored.name === 'Cooking for forty' && stored.level === undefined, `edit saved: ${JSON.stringify(stored)}`);
    // Delete, then Undo: the entry comes back with the same id.
    await page.locator(`main li[data-entry="${id}"] [data-action=delete]`).click();
    await page.locator('[data-testid=undo]').waitFor();
    assert(!(await backendHas(page, 'skills', id)), 'deleted');
    assert(await page.evaluate(() => document.querySelector('.toasts [role=status] [data-testid=undo]') !== null), 'Undo sits in the polite live region');
    await page.locator('[data-testid=undo]').click();
    await page.locator(`main li[data-entry="${id}"]`).waitFor();
    assert(await backendHas(page, 'skills', id), 'restored with its id');
    // Activities and certificates have edit forms too.
    await nav(page, 'activities');
    await page.locator('main ul.list > li [data-action=edit]').first().click();
    await page.fill('#act-edit-title', 'Café at the library');
    await page.locator('main ul.list > li form button[type=submit]').click();
    await page.locator('main ul.list > li h2', { hasText: 'Café at the library' }).waitFor();
    await nav(page, 'certificates');
    await page.locator('main ul.list > li [data-action=edit]').first().click();
    await page.fill('#cert-edit-issuer', 'MCAST');
    await page.locator('main ul.list > li form button[type=submit]').click();
    await page.locator('main ul.list > li', { hasText: 'MCAST' }).first().waitFor();
  });

  await step('cv', async () => {
    await nav(page, 'cv');
    await page.waitForFunction(() => document.querySelectorAll('#cv-lang option').length > 1);
    assert((await page.locator('main .cv-preview').textContent()).includes('Amina Yusuf'), 'preview shows the profile');
    await page.setInputFiles('#cv-photo-file', { name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('main form img.thumb').waitFor();
    assert(!(await page.locator('main form input[type=checkbox][aria-describedby], main form label.check input:not([value])').first().isDisabled()), 'photo can be included once set');
    // The CV language is chosen independently of the UI language.
    await page.locator('#cv-lang').selectOption(lang === 'ar' ? 'fr' : 'ar');
    await page.locator('main input[name=cv-template][value=compact]').check();
    // An address a network could tamper with is refused with a sentence, then a good one is
    // passed to the shell and kept for the next CV.
    await page.fill('#cv-verify-url', 'http://ngo.example.org/verify.html');
    await page.locator('main form button[type=submit]').click();
    await page.locator('main form .notice[role=status]').waitFor();
    await page.fill('#cv-verify-url', 'https://ngo.example.org/verify.html');
    await page.locator('main form button[type=submit]').click();
    await page.locator('[data-testid=cv-path]').waitFor();
    assert((await page.evaluate(() => window.__mosaicBackend.cvs.at(-1).verify_url)) === 'https://ngo.example.org/verify.html',
      'the verification page address goes to the shell with the CV options');
    assert(await page.evaluate(() => localStorage.getItem('mosaic.verifyUrl')) === 'https://ngo.example.org/verify.html',
      'the address is kept on this device for the next CV');
    const path = await page.locator('[data-testid=cv-path]').textContent();
    assert(path.includes(`-${lang === 'ar' ? 'fr' : 'ar'}-compact.pdf`), `PDF path names the CV language and layout: ${path}`);
    // Out of the app's private folder: a copy where the person chooses, and the system's viewer.
    await page.locator('main [data-action=save-copy]').click();
    await page.locator('[data-testid=copied-path]').waitFor();
    assert((await page.evaluate(() => window.__mosaicBackend.saved.at(-1).from)) === path.match(/(\/memory\S+\.pdf)/)[1],
      'the CV is copied where the person chose');
    await page.locator('main [data-action=open-file]').click();
    await page.waitForFunction(() => window.__mosaicBackend.opened.length > 0);
    assert(true, 'the CV opens in the system viewer');
    // Once shared, the file can be deleted from the phone; the app says it is gone.
    await page.locator('main [data-action=delete-cv]').click();
    await page.locator('[data-testid=cv-path]').waitFor({ state: 'detached' });
    const said = (await page.locator('main .notice[role=status]').textContent()).trim();
    assert(said !== '' && !said.includes('cv-file-deleted'), `the app says the CV file was deleted: ${said}`);
    assert((await page.evaluate(() => [...window.__mosaicBackend.deleted])).some((p) => p.endsWith('-compact.pdf')), 'the shell was asked to delete exactly that file');
  });

  await step('settings', async () => {
    await nav(page, 'settings');
    await page.fill('#prof-city', PAYLOADS[2]);
    await page.locator('section[aria-labelledby=profile-h] form button[type=submit]').click();
    await page.locator('.ok-banner').waitFor();
    await page.waitForFunction(() => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner')?.portfolio.profile.city?.includes('svg'));
    // No relay yet: moving to a new address is not offered (there is nothing to move from).
    assert(await page.locator('[data-testid=relay-move] button[type=submit]').isDisabled(), 'no relay: Move is disabled');
    await page.locator('[data-testid=relay-move-why]').waitFor();
    await page.fill('#relay', 'http://not-secure.example');
    await page.locator('#relay').press('Enter');
    await page.locator('#relay-err').waitFor();
    // The organisation's relay address handed out as a QR code: one scan sets it.
    showToCamera(cameraFile, 'https://relay.example.org');
    await page.locator('[data-testid=scan-relay] [data-action=scan]').click();
    await page.waitForFunction(() => document.querySelector('#relay')?.value === 'https://relay.example.org');
    assert((await page.inputValue('#relay')) === 'https://relay.example.org', `scanned relay address set: ${await page.inputValue('#relay')}`);
    assert(await page.evaluate(() => localStorage.getItem('mosaic.relay')) === 'https://relay.example.org', 'scanned relay address saved');
    // A backup needs a passphrase (it is sealed with it).
    await page.locator('form[aria-labelledby=exp-h] button[type=submit]').click();
    await page.locator('#backup-pass-err').waitFor();
    await page.fill('#backup-pass', 'correct horse battery');
    await page.locator('form[aria-labelledby=exp-h] button[type=submit]').click();
    await page.waitForFunction(() => document.querySelectorAll('main ul.plain-list li').length >= 1);
    await page.fill('#erase-confirm', PAYLOADS[1]);
    await page.locator('form.danger-zone button[type=submit]').click();
    await page.locator('#erase-err').waitFor();
  });

  await step('sharing', async () => {
    await nav(page, 'sharing');
    await page.waitForFunction(() => document.querySelector('#share-device-code')?.value.startsWith('MOSAIC-D1-'));
    await page.locator('main svg.qr').first().waitFor();
    await page.locator('[data-testid=sync-now]').click();
    await page.locator('[data-testid=sync-state][data-state=ok]').waitFor();
    await page.fill('#share-recipient', PAYLOADS[3]);
    await page.locator('section[aria-labelledby=give-h] button[type=submit]').click();
    await page.locator('.error-banner').waitFor();
    // A plain sentence in the toast, just above the tab bar; the technical text behind Details.
    const plain = await page.locator('.error-banner > p').first().textContent();
    assert(!plain.includes('not a device code'), `plain words first: ${plain}`);
    const [toastBottom, navTop] = await page.evaluate(() => [document.querySelector('.error-banner').getBoundingClientRect().bottom,
      document.querySelector('nav.tabs').getBoundingClientRect().top]);
    assert(toastBottom <= navTop + 0.5 && toastBottom > navTop - 60, `toast sits just above the tab bar (${toastBottom} vs ${navTop})`);
    await page.locator('.error-banner summary').click();
    assert((await page.locator('.error-banner details').textContent()).includes('not a device code'), 'details show the technical message');
    await page.locator('.error-banner button.close').click();
    await page.fill('#share-recipient', 'MOSAIC-D1-MEMORYDEVICECODE');
    // She chooses what this mentor sees: everything but her stories.
    const newSections = page.locator('[data-testid=new-mentor-sections] input[type=checkbox]');
    assert((await newSections.count()) === 11, 'every shareable section can be chosen');
    await page.locator('[data-testid=new-mentor-sections] input[value=stories]').uncheck();
    await page.locator('section[aria-labelledby=give-h] button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#share-result')?.value.startsWith('MOSAIC-S1-MENTOR'));
    await page.locator('main .members li [data-role=mentor]').waitFor();
    const sections = page.locator('main .members li [data-testid=mentor-sections]');
    await sections.locator('summary').click();
    assert(!(await sections.locator('input[value=stories]').isChecked()), 'the mentor was shared without stories');
    assert(await sections.locator('input[value=languages]').isChecked(), 'and with languages');
    // Later she shows the stories and hides her work experience.
    await sections.locator('input[value=stories]').check();
    await sections.locator('input[value=experience]').uncheck();
    await sections.locator('[data-action=save-sections]').click();
    await page.locator('.ok-banner').waitFor();
    // Read back from the backend: leave the screen and come back.
    await nav(page, 'home');
    await nav(page, 'sharing');
    await sections.locator('summary').click();
    assert(await sections.locator('input[value=stories]').isChecked(), 'the stories are shown now');
    assert(!(await sections.locator('input[value=experience]').isChecked()), 'work experience is hidden now');
    // Removing access asks once (it cannot be undone).
    await page.locator('main .members li button.danger').click();
    assert((await page.locator('main .members li .revoked').count()) === 0, 'nothing revoked on the first tap');
    await page.locator('main .members li [data-action=revoke-yes]').click();
    await page.locator('main .members li .revoked').waitFor();
    await page.fill('#share-join-code', PAYLOADS[0]);
    await page.locator('section[aria-labelledby=join-h] button[type=submit]').click();
    await page.locator('.error-banner').waitFor();
    await page.fill('#share-join-code', 'MOSAIC-S1-MENTOR-0000');
    await page.locator('section[aria-labelledby=join-h] button[type=submit]').click();
    await page.locator('.ok-banner').waitFor();
  });

  // The relay's operator announced a new address (same deployment): moved without re-sharing.
  // The memory backend takes addresses sharing the registrable host as one deployment.
  await step('relay-move', async () => {
    await nav(page, 'settings');
    const form = page.locator('[data-testid=relay-move]');
    const move = form.locator('button[type=submit]');
    const registered = () => page.evaluate(() => [...window.__mosaicBackend.relays.values()]);
    assert(await move.isEnabled(), 'a relay is set: Move is offered');
    assert((await page.inputValue('#relay')) === 'https://relay.example.org', `the relay in use: ${await page.inputValue('#relay')}`);
    // Another relay: refused in plain words, the technical reason behind Details, nothing changed.
    await page.fill('#relay-move-url', 'https://relay.other.net');
    await move.click();
    await page.locator('.error-banner').waitFor();
    await form.locator('[data-testid=relay-move-kept]').waitFor();
    await page.locator('.error-banner summary').click();
    assert((await page.locator('.error-banner details').textContent()).includes('not another address of the same relay'), 'details name the reason');
    assert((await page.inputValue('#relay')) === 'https://relay.example.org', `the address is unchanged: ${await page.inputValue('#relay')}`);
    assert(await page.evaluate(() => localStorage.getItem('mosaic.relay')) === 'https://relay.example.org', 'the saved address is unchanged');
    assert((await registered()).every((u) => u === 'https://relay.example.org'), `the backend moved nothing: ${await registered()}`);
    await page.locator('.error-banner button.close').click();
    // The same relay under its new name: the portfolio and the mentor's feedback document move.
    await page.fill('#relay-move-url', 'https://mosaic.example.org');
    await move.click();
    await page.waitForFunction(() => document.querySelector('#relay')?.value === 'https://mosaic.example.org');
    const said = (await page.locator('[data-testid=toast]').textContent()).replace(/[\u2068\u2069]/g, '');
    // Two, as a numeral, or in Arabic as the dual ("two documents" is one word, no numeral).
    const saysTwo = /[2٢]/.test(said) || (lang === 'ar' && said.includes('مستندان'));
    assert(saysTwo && said.includes('https://mosaic.example.org'), `the message names the count and the address: ${said}`);
    assert(await page.evaluate(() => localStorage.getItem('mosaic.relay')) === 'https://mosaic.example.org', 'the new address is saved');
    assert((await registered()).every((u) => u === 'https://mosaic.example.org'), `the backend moved the portfolio: ${await registered()}`);
    assert((await page.inputValue('#relay-move-url')) === '', 'the move field is cleared');
    // A different relay (another organisation's): ticked, the portfolio is copied there and
    // the message says the others follow; the field's label says which address it wants.
    const other = form.locator('[data-testid=relay-move-other]');
    const sameLabel = (await form.locator('label[for=relay-move-url]').textContent()).trim();
    await other.check();
    const otherLabel = (await form.locator('label[for=relay-move-url]').textContent()).trim();
    assert(otherLabel !== sameLabel && otherLabel.length > 0, `the field asks for the other relay: ${sameLabel} / ${otherLabel}`);
    await page.fill('#relay-move-url', 'https://relay.other.net');
    await move.click();
    await page.waitForFunction(() => document.querySelector('#relay')?.value === 'https://relay.other.net');
    await page.locator('[data-testid=toast]', { hasText: 'relay.other.net' }).waitFor();
    const owner = await page.evaluate(() => [...window.__mosaicBackend.store.entries()].find(([, s]) => s.role === 'owner')?.[0]);
    assert((await page.evaluate((id) => window.__mosaicBackend.relays.get(id), owner)) === 'https://relay.other.net', 'the backend copied the portfolio');
    assert(!(await other.isChecked()), 'the box is cleared after the move');
  });

  await step('honest-states', async () => {
    const header = page.locator('[data-testid=sync-state]');
    await page.locator('[data-testid=sync-state][data-shown=last]').waitFor();
    assert(/\d/.test(await header.textContent()), `last synced shows a time: ${await header.textContent()}`);
    await context.setOffline(true);
    await page.locator('[data-testid=sync-state][data-shown=offline]').waitFor();
    await context.setOffline(false);
    await page.locator('[data-testid=sync-state][data-shown=last]').waitFor();
    // Every change schedules a sync: a file added to a certificate, a badge.
    await nav(page, 'certificates');
    const syncs = () => page.evaluate(() => window.__mosaicBackend.calls.filter((c) => c === 'sync').length);
    let before = await syncs();
    await page.locator('main input[id^=add-]').first().setInputFiles({ name: 'third.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForFunction((n) => window.__mosaicBackend.calls.filter((c) => c === 'sync').length > n, before, { timeout: 8000 });
    before = await syncs();
    await page.setInputFiles('#cert-badge', { name: 'badge2.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForFunction((n) => window.__mosaicBackend.calls.filter((c) => c === 'sync').length > n, before, { timeout: 8000 });
  });

  await step('mentor', async () => {
    await nav(page, 'mentor');
    await page.locator('main ul.list > li').first().waitFor();
    assert((await page.locator('main ul.list > li').count()) === 2, 'the seeded and the joined mentee are listed');
  });

  await step('mentor-view', async () => {
    await page.locator('main ul.list > li button').first().click();
    await page.locator('main article.readonly').waitFor();
    assert((await page.locator('main form').count()) === 0, 'read-only: no forms until the mentor comments');
    assert((await page.locator('main article.readonly').innerText()).includes('How to ask for the bus times'),
      'the mentor sees the reflection the mentee shared');
    await page.locator('main li[data-entry] .actions button').first().click();
    await page.locator('.ok-banner').waitFor();
    await page.locator('main li[data-entry] .actions button').nth(1).click();
    await page.locator('main li[data-entry] form textarea').fill(PAYLOADS[5]);
    await page.locator('main li[data-entry] form button[type=submit]').click();
    await page.waitForFunction(() => document.querySelectorAll('main ul.feedback li').length === 2);
    // Several entries confirmed at once.
    const boxes = page.locator('main li[data-entry] input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.locator('[data-testid=confirm-selected]').click();
    await page.waitForFunction(() => document.querySelectorAll('main ul.feedback li').length === 4);
    assert((await boxes.nth(0).isChecked()) === false, 'selection cleared after confirming');
    await page.locator('[data-testid=mentor-sync]').click();
    await page.locator('[data-testid=sync-state][data-state=ok]').waitFor();
    // A goal proposed to the mentee: it waits for her answer, nothing is written into her portfolio.
    await page.locator('main [data-action=propose-goal]').click();
    await page.fill('#mgoal-title', lang === 'ar' ? 'شهادة سلامة الغذاء' : 'Food safety certificate');
    await page.selectOption('#mgoal-area', 'education');
    await page.fill('#mgoal-steps', 'Find a course\nBook the exam');
    await page.locator('section[aria-labelledby=mentor-goal-h] button[type=submit]').click();
    await page.locator('.ok-banner').waitFor();
    const sent = await page.evaluate(() => {
      const b = window.__mosaicBackend;
      const [id, proposals] = [...b.proposals.entries()].find(([k]) => b.store.get(k)?.role === 'mentee') ?? [null, []];
      return { proposals, goals: id ? window.__mosaicBackend.store.get(id).portfolio.goals : null };
    });
    assert(sent.proposals.length === 1 && sent.proposals[0].goal.steps.length === 2, 'the proposal with its two steps was sent');
    assert(sent.goals.length === 0, "nothing was written into the mentee's portfolio");
  });

  await step('mentor-many', async () => {
    await page.evaluate(() => {
      const b = window.__mosaicBackend;
      const today = new Date().toISOString().slice(0, 10);
      const add = (name, own, city, programmeMet, unread) => {
        const id = crypto.randomUUID();
        const programmes = programmeMet === null ? [] : [{ id: crypto.randomUUID(), title: 'I Belong', min_attendance_pct: 80,
          modules: [{ name: 'Maltese', status: 'completed', hours: 20, attendance_pct: programmeMet ? 90 : 50 }] }];
        b.store.set(id, { role: 'mentee', history: [], portfolio: { id, profile: { name_latin: name, name_own_script: own, city, mother_tongues: [] },
          languages: [], certificates: [], programmes, activities: [{ id: crypto.randomUUID(), kind: 'workshop', date: today, attended: true }],
          experience: [], education: [], skills: [], stories: [] } });
        if (unread) b.feedback.set(id, [{ id: crypto.randomUUID(), kind: 'comment', entry_id: 'x', text: 'hi', by: 'M', fingerprint: '0a1b-2c3d-4e5f-6a7b', status: '', time: 1, unread: true }]);
      };
      add('Selam Tesfay', 'ሰላም ተስፋይ', 'Mosta', true, false);
      add('Yusuf Ali', null, 'Valletta', false, false);
      add('Hana Haile', null, 'Birkirkara', null, true);
    });
    await nav(page, 'home');
    await nav(page, 'mentor');
    const rows = page.locator('main ul.mentees > li');
    await rows.nth(4).waitFor();
    const names = () => rows.locator('h2').allTextContents();
    // Needs attention first: the one who is fine comes last.
    assert((await names()).at(-1).includes('Selam'), `order: ${await names()}`);
    assert((await rows.filter({ hasText: 'Yusuf' }).getAttribute('data-attention')) === 'at_risk', 'requirement at risk shown');
    assert((await rows.filter({ hasText: 'Hana' }).getAttribute('data-attention')) === 'unread', 'unread feedback shown');
    assert((await rows.filter({ hasText: 'Yusuf' }).locator('.module-mini li[data-verdict]').count()) === 1, 'per-module progress shown');
    assert((await rows.filter({ hasText: 'Amanuel' }).getAttribute('data-attention')).includes('inactive'), 'no activity for 30 days shown');
    await page.fill('#mentee-search', 'ሰላም');
    await page.waitForFunction(() => document.querySelectorAll('main ul.mentees > li').length === 1);
    assert((await names())[0].includes('Selam'), 'search finds the name in its own script');
    await page.fill('#mentee-search', '');
    await page.locator('#mentee-attention').check();
    await page.waitForFunction(() => document.querySelectorAll('main ul.mentees > li').length === 4);
    await page.locator('#mentee-attention').uncheck();
    await page.selectOption('#mentee-sort', 'name');
    assert((await names())[0].includes('Amanuel'), `by name: ${await names()}`);
    // A programme's results can be confirmed (a signed statement), and commented on.
    await rows.filter({ hasText: 'Yusuf' }).locator('button').click();
    const prog = page.locator('main li[data-entry]', { hasText: 'I Belong' });
    await prog.waitFor();
    assert((await prog.locator('input[type=checkbox]').count()) === 1, 'a programme can be confirmed');
    await prog.locator('.actions button').first().click();
    await page.locator('.ok-banner').waitFor();
    await page.locator('main ul.feedback li').first().waitFor();
    assert(await page.evaluate(() => [...window.__mosaicBackend.feedback.values()].flat()
      .some((f) => f.kind === 'confirmation' && f.text === 'programme_result')), 'confirmed as programme results');
    const given = await page.locator('main ul.feedback li').count();
    await prog.locator('.actions button').last().click();
    await prog.locator('form textarea').fill('Keep going');
    await prog.locator('form button[type=submit]').click();
    await page.waitForFunction((n) => document.querySelectorAll('main ul.feedback li').length === n + 1, given);
  });

  await step('home', async () => {
    // Mentor feedback that a sync would bring (the mock does not simulate the relay).
    await page.evaluate((text) => {
      const b = window.__mosaicBackend;
      const [id, s] = [...b.store.entries()].find(([, v]) => v.role === 'owner');
      b.feedback.set(id, [
        { id: 'f1', kind: 'comment', entry_id: s.portfolio.activities[0].id, text, by: 'Mentor', fingerprint: '0a1b-2c3d-4e5f-6a7b', status: '', time: 2, unread: true },
        { id: 'f2', kind: 'confirmation', entry_id: s.portfolio.languages[0].id, text: 'level_assessed', by: 'Mentor', fingerprint: '0a1b-2c3d-4e5f-6a7b', status: 'current', time: 1, unread: false },
      ]);
    }, PAYLOADS[4]);
    await nav(page, 'home');
    await page.locator('[data-testid=feedback] ul.feedback li').nth(1).waitFor();
    await page.locator('[data-testid=feedback] [data-action=mark-read]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=feedback] [data-action=mark-read]'));
    // The confirmation, saved as the Open Badge its mentor signed, into the exports folder.
    await page.locator('[data-testid=feedback] [data-action=export-badge]').click();
    await page.locator('[data-testid=badge-ready]').waitFor();
    assert((await page.locator('[data-testid=badge-ready]').textContent()).includes('Mentor'), 'the badge names its signer');
    const badgeFile = await page.evaluate(() => [...window.__mosaicBackend.exports.keys()].find((k) => k.includes('/badge-')));
    assert(badgeFile, 'a badge file in the exports folder');
    assert((await page.locator('[data-testid=feedback] [data-action=save-copy]').count()) === 1, 'offers to save a copy');
    await page.locator('main .levels').first().waitFor();
    assert((await page.locator('main .progress-block').count()) >= 1, 'programme progress on home');
  });

  await step('back-button', async () => {
    const current = () => page.locator('nav.tabs [aria-current=page]').getAttribute('data-screen');
    await nav(page, 'home');
    assert((await page.evaluate(() => history.state?.depth)) === 0, 'Home is the first history entry');
    await nav(page, 'languages');
    await nav(page, 'settings'); // through More
    await page.goBack();
    await page.locator('main [data-screen=settings]').waitFor(); // the More menu
    await page.goBack();
    await page.locator('nav.tabs [data-screen=languages][aria-current=page]').waitFor();
    await page.goBack();
    await page.locator('nav.tabs [data-screen=home][aria-current=page]').waitFor();
    assert((await page.evaluate(() => history.state?.depth)) === 0, `back from Home leaves the app (now on ${await current()})`);
    // A tab back to Home goes back to the first entry rather than stacking Home on top.
    await nav(page, 'cv');
    await nav(page, 'home');
    await page.waitForFunction(() => history.state?.depth === 0);
  });

  // App lock and quick exit. Nothing of the portfolio may be in the page while locked.
  const SECRET_TEXT = ['Amina', 'Maltese', 'I Belong', 'شهادة'];
  const showsNothing = async (where) => {
    const found = await page.evaluate((words) => {
      const text = document.body.innerText + document.title;
      return { words: words.filter((w) => text.includes(w)), tabs: document.querySelectorAll('nav.tabs').length,
        imgs: document.querySelectorAll('main img').length };
    }, SECRET_TEXT);
    assert(found.words.length === 0, `${where}: portfolio text visible: ${found.words.join(', ')}`);
    assert(found.tabs === 0 && found.imgs === 0, `${where}: app navigation or images rendered`);
  };
  const unlockWith = async (pin) => {
    await page.fill('#lock-pin', pin);
    await page.locator('[data-testid=lock-screen] button[type=submit]').click();
  };

  await step('pin', async () => {
    await nav(page, 'settings');
    await page.fill('#pin-new', '2468');
    await page.fill('#pin-repeat', '1357');
    await page.locator('[data-testid=pin-settings] button[type=submit]').click();
    await page.locator('#pin-err').waitFor();
    await page.fill('#pin-new', '2468');
    await page.fill('#pin-repeat', '2468');
    await page.locator('[data-testid=pin-settings] button[type=submit]').click();
    await page.locator('.ok-banner').waitFor();
  });

  await step('lock', async () => {
    await page.locator('[data-testid=quick-exit]').click();
    await page.locator('[data-testid=neutral-screen]').waitFor();
    await showsNothing('neutral screen');
    await page.locator('[data-testid=neutral-screen] button').click();
    await page.locator('[data-testid=lock-screen]').waitFor();
    await showsNothing('lock screen');
    await unlockWith('0000');
    await page.locator('#lock-err').waitFor();
    await showsNothing('lock screen after a wrong PIN');
  });

  await step('unlocked', async () => {
    await unlockWith('2468');
    await page.locator('nav.tabs').waitFor();
    await page.locator('main h1').first().waitFor();
  });

  await check(`${lang} quick exit works from every screen and locks`, async () => {
    for (const screen of ['home', 'languages', 'certificates', 'programmes', 'activities', 'work', 'education', 'skills',
      'stories', 'goals', 'competences', 'cv', 'sharing', 'mentor', 'settings', 'more']) {
      await nav(page, screen);
      await page.locator('[data-testid=quick-exit]').click();
      await page.locator('[data-testid=neutral-screen]').waitFor();
      await showsNothing(`${screen}: neutral screen`);
      await page.locator('[data-testid=neutral-screen] button').click();
      await page.locator('[data-testid=lock-screen]').waitFor();
      await showsNothing(`${screen}: lock screen`);
      await unlockWith('2468');
      await page.locator('nav.tabs').waitFor();
    }
  });

  await check(`${lang} double Escape is a quick exit; time in the background locks`, async () => {
    await nav(page, 'home');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=neutral-screen]').waitFor();
    await page.locator('[data-testid=neutral-screen] button').click();
    await unlockWith('2468');
    await page.locator('nav.tabs').waitFor();
    // Lock at once after any time in the background.
    await nav(page, 'settings');
    await page.locator('#lock-after').selectOption('0');
    const setVisibility = (state) => page.evaluate((st) => {
      Object.defineProperty(document, 'visibilityState', { value: st, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await setVisibility('hidden');
    await setVisibility('visible');
    await page.locator('[data-testid=lock-screen]').waitFor();
    await showsNothing('locked after the background');
    await unlockWith('2468');
    await page.locator('nav.tabs').waitFor();
  });

  await check(`${lang} 200% zoom keeps content within the viewport`, async () => {
    for (const screen of ['home', 'languages', 'activities', 'programmes', 'cv', 'sharing', 'checkin', 'organiser', 'settings']) {
      await page.setViewportSize({ width: 360, height: 740 });
      await nav(page, screen);
      await page.setViewportSize({ width: 180, height: 370 }); // 360x740 at 200%
      const overflow = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > w + 1 || r.left < -1) && !e.closest('nav.tabs');
        });
        return { px: document.documentElement.scrollWidth - w, what: wide.slice(0, 4).map((e) => e.outerHTML.slice(0, 50)) };
      });
      assert(overflow.px <= 1, `${screen}: horizontal overflow of ${overflow.px}px: ${overflow.what.join(' | ')}`);
    }
    await page.setViewportSize({ width: 360, height: 740 });
  });

  await check(`${lang} touch targets are at least 48px`, async () => {
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]), a[href]')]
        .filter((e) => e.getClientRects().length && !e.classList.contains('skip'))
        .map((e) => [e, e.getBoundingClientRect()])
        .filter(([, r]) => r.height < 47.5 || r.width < 47.5)
        .map(([e]) => e.outerHTML.slice(0, 60)));
    assert(small.length === 0, small.join(' | '));
  });

  await check(`${lang} erase everything returns to first start`, async () => {
    await nav(page, 'settings');
    await page.fill('#erase-confirm', await page.evaluate(() => document.querySelector('label[for=erase-confirm]').textContent.match(/\u2068(.*)\u2069/)[1]));
    await page.locator('form.danger-zone button[type=submit]').click();
    await page.locator('main form #p-name_latin, main [data-locale]').first().waitFor();
  });

  await step('restore-import', async () => {
    // On a new phone: bring the portfolio back from a backup, from the first screen.
    if (await page.locator(`main [data-locale=${lang}]`).count()) await page.locator(`main [data-locale=${lang}]`).click();
    const exported = (id, name) => JSON.stringify({ format: 'mosaic-portfolio', version: 1, portfolio: {
      id, profile: { name_latin: name, mother_tongues: [] }, languages: [], certificates: [], programmes: [], activities: [],
      experience: [], education: [], skills: [{ id: '01900000-0000-7000-8000-000000000001', name: 'Welding' }], stories: [] } });
    const zip = Buffer.concat([Buffer.from('PK'), Buffer.from(exported('01900000-0000-7000-8000-00000000000a', 'Restored Person'))]);
    await page.setInputFiles('#restore-backup', { name: 'mosaic-backup.zip', mimeType: 'application/zip', buffer: zip });
    await page.locator('main h1', { hasText: 'Restored Person' }).waitFor();
    await page.locator('.ok-banner', { hasText: 'Restored Person' }).waitFor();
    await nav(page, 'settings');
    // The same backup again: nothing is replaced, and the reason is said plainly.
    await page.setInputFiles('#restore-backup', { name: 'mosaic-backup.zip', mimeType: 'application/zip', buffer: zip });
    await page.locator('.error-banner').waitFor();
    await page.locator('.error-banner button.close').click();
    await page.setInputFiles('#restore-backup', { name: 'photo.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.error-banner').waitFor();
    await page.locator('.error-banner button.close').click();
    await page.setInputFiles('#restore-json', { name: 'portfolio.json', mimeType: 'application/json',
      buffer: Buffer.from(exported('01900000-0000-7000-8000-00000000000b', 'Imported Person')) });
    await page.locator('.ok-banner', { hasText: 'Imported Person' }).waitFor();
    // A sealed backup (what the app and the CLI make): refused without its passphrase, and
    // restored with it, typed first in the field above the file.
    await nav(page, 'settings');
    const sealed = Buffer.concat([Buffer.from('AGE:correct horse battery\n'),
      Buffer.from(exported('01900000-0000-7000-8000-00000000000c', 'Sealed Person'))]);
    const age = { name: 'mosaic-backup.age', mimeType: 'application/octet-stream', buffer: sealed };
    await page.setInputFiles('#restore-backup', age);
    await page.locator('.error-banner').waitFor();
    await page.locator('.error-banner button.close').click();
    await page.fill('#restore-pass', 'correct horse battery');
    await page.setInputFiles('#restore-backup', age);
    await page.locator('.ok-banner', { hasText: 'Sealed Person' }).waitFor();
    assert(await page.inputValue('#restore-pass') === '', 'the passphrase is cleared after the restore');
  });
  await context.close();
}

// The tab bar fits at 360 px in every locale, at 100 % and 130 % text size: every tab on
// screen, no label clipped, nothing scrolls. Words split inside (no hyphenation) are listed.
{
  const locales = readdirSync(join(ui, '../locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(mockScript);
  await page.addInitScript(() => window.__mosaicBackend.handle('create_portfolio', { profile: { name_latin: 'Amina Yusuf' } }));
  await page.goto(base);
  const split = [];
  for (const lang of locales) {
    await check(`tab bar fits at 360 px in ${lang} at 100 % and 130 % text`, async () => {
      await page.evaluate((l) => localStorage.setItem('mosaic.locale', l), lang);
      await page.reload();
      await page.locator('nav.tabs button').first().waitFor();
      for (const scale of [100, 130]) {
        const r = await page.evaluate((pct) => {
          document.documentElement.style.fontSize = `${pct}%`;
          const nav = document.querySelector('nav.tabs');
          const bad = [];
          const broken = [];
          if (nav.scrollWidth > nav.clientWidth + 1) bad.push(`the bar scrolls (${nav.scrollWidth} > ${nav.clientWidth})`);
          for (const b of nav.querySelectorAll('button')) {
            const box = b.getBoundingClientRect();
            const label = b.querySelector('.label');
            const text = label.textContent;
            if (box.left < -0.5 || box.right > window.innerWidth + 0.5) bad.push(`"${text}" off screen`);
            if (label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1) bad.push(`"${text}" clipped`);
            if (box.height < 48 || box.width < 48) bad.push(`"${text}" under 48 px`);
            // A word wider than its tab is split inside the word.
            const probe = document.createElement('span');
            probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
            label.append(probe);
            for (const w of text.split(/\s+/)) {
              probe.textContent = w;
              if (probe.getBoundingClientRect().width > label.clientWidth + 0.5) broken.push(w);
            }
            probe.remove();
          }
          document.documentElement.style.fontSize = '';
          return { bad, broken };
        }, scale);
        assert(r.bad.length === 0, `${scale} %: ${r.bad.join('; ')}`);
        if (r.broken.length) split.push(`${lang} ${scale}%: ${r.broken.join(', ')}`);
      }
    });
  }
  if (split.length) console.log(`  words split inside a tab label: ${split.join(' | ')}`);
  await context.close();
}

await localeChecks({ browser, base, ui, out, mockScript, axeSource, check, assert });

// The static CV verification page (dist-verify/verify.html, built by `npm run build`) from file://.
await verifyPageChecks({ browser, ui, out, axeSource, check, assert });

// Time to first render and from a tap on save to the entry shown, CPU slowed 4x.
{
  const times = await firstPaint(browser, base, mockScript);
  console.log(`\nfirst contentful paint at 4x CPU throttling: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  const saves = await tapToSaved(browser, base, mockScript);
  console.log(`tap on save to the entry shown at 4x CPU throttling: median ${median(saves).toFixed(0)} ms (${saves.map((t) => t.toFixed(0)).join(', ')})`);
}

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failures.length} failed`);
if (failures.length) {
  for (const f of failures) console.log(`FAIL ${f}`);
  process.exit(1);
}
