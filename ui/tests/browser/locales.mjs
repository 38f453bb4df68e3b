// Browser checks for every UI locale, at 360 px, one page each in one browser:
// - first start in that locale down to Home: axe (serious, critical), a screenshot of Home
//   (ui/test-results/<lang>-home.png), no console error;
// - no missing glyph: every locale's own name on the welcome screen and names in Ethiopic,
//   Arabic, Bengali and Cyrillic script on Home (document.fonts.check, then each character's
//   width against the missing-glyph box U+10FFFD in the same font);
// - Arabic and Persian: hours typed in their own digits ("٣٫٥", "۳٫۵") are saved as 3.5;
// - a pseudo-locale generated here (every string 40 % longer, wrapped in bidi marks), never
//   shipped, walks every screen without horizontal overflow, which catches hard-coded English
//   and truncated text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentParser, FluentSerializer, Transformer, TextElement } from '@fluent/syntax';

/** Names in each script, for Home (own-script name) and for the mentor's list. */
const SAMPLE_NAMES = {
  ethiopic: 'ኣሚና ዩሱፍ',
  arabic: 'أمينة يوسف',
  bengali: 'আমিনা ইউসুফ',
  cyrillic: 'Аміна Юсуф',
};
const SCRIPT_OF = { ti: 'ethiopic', am: 'ethiopic', ar: 'arabic', fa: 'arabic', 'fa-AF': 'arabic', ps: 'arabic', ckb: 'arabic', ur: 'arabic', bn: 'bengali', uk: 'cyrillic', ru: 'cyrillic' };

/** In the page: characters of the given elements' text that draw as the missing-glyph box. */
async function missingGlyphs(page, selector) {
  return page.evaluate(async (sel) => {
    const out = [];
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of document.querySelectorAll(sel)) {
      const text = el.textContent.trim();
      const font = getComputedStyle(el).font;
      await document.fonts.load(font, text);
      if (!document.fonts.check(font, text)) out.push(`${text}: font not loaded`);
      canvas.font = font;
      const box = canvas.measureText('\u{10FFFD}').width;
      for (const ch of text) {
        // Letters only: spaces, digits and marks may share the box's width by chance.
        if (!/\p{L}/u.test(ch)) continue;
        if (Math.abs(canvas.measureText(ch).width - box) < 0.01) out.push(`${text}: "${ch}" U+${ch.codePointAt(0).toString(16)}`);
      }
    }
    return out;
  }, selector);
}

/** Every text of en/app.ftl 40 % longer (vowels doubled, accented) and wrapped in RLE…PDF. */
export function pseudoLocale(enSource) {
  const accents = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };
  class Stretch extends Transformer {
    visitTextElement(node) {
      if (!node.value.trim()) return node;
      let extra = Math.ceil(node.value.replace(/\s/g, '').length * 0.4);
      let s = '';
      for (const ch of node.value) {
        s += accents[ch] ?? ch;
        if (extra > 0 && /\p{L}/u.test(ch)) {
          s += ch.toLowerCase();
          extra--;
        }
      }
      return new TextElement(`\u202b${s}\u202c`);
    }
  }
  const ast = new FluentParser().parse(enSource);
  return new FluentSerializer().serialize(new Stretch().genericVisit(ast));
}

export async function localeChecks({ browser, base, ui, out, mockScript, axeSource, check, assert }) {
  // The UI languages, as the app lists them.
  const listSource = readFileSync(join(ui, 'src/lib/locale-list.ts'), 'utf8');
  const locales = [...listSource.matchAll(/\{ code: '([^']+)', name: '[^']+' \}/g)].map((m) => ({ code: m[1] }));
  // Fail loudly if the list moves or changes shape, instead of checking no locale at all.
  const shipped = readdirSync(join(ui, '../locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  if (locales.length !== shipped.length) {
    throw new Error(`src/lib/locale-list.ts lists ${locales.length} UI languages, locales/ has ${shipped.length}`);
  }

  async function axe(page) {
    await page.evaluate(axeSource);
    const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert(bad.length === 0, bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('; '));
  }

  async function open(init) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.addInitScript(mockScript);
    if (init) await page.addInitScript(init.fn, init.arg);
    await page.goto(base);
    return { context, page, problems };
  }

  async function createProfile(page, ownName) {
    await page.locator('#p-name_latin').waitFor();
    await page.fill('#p-name_latin', 'Amina Yusuf');
    await page.fill('#p-name_own_script', ownName);
    await page.locator('main form button[type=submit]').click();
    await page.locator('nav.tabs').waitFor();
    await page.locator('main h1').waitFor();
  }

  console.log('\n[every locale at 360 px]');
  let first = true;
  for (const { code } of locales) {
    await check(`${code} first start to Home: axe, screenshot, glyphs`, async () => {
      const { context, page, problems } = await open();
      try {
        await page.locator('[data-locale=en]').waitFor();
        if (first) {
          first = false;
          assert((await page.locator('[data-locale]').count()) === locales.length, `all ${locales.length} UI languages offered`);
          const missing = await missingGlyphs(page, '[data-locale]');
          assert(missing.length === 0, `welcome screen, missing glyphs: ${missing.join('; ')}`);
        }
        await page.locator(`[data-locale="${code}"]`).click();
        await page.waitForFunction((c) => document.documentElement.lang === c, code);
        await createProfile(page, SAMPLE_NAMES[SCRIPT_OF[code] ?? 'ethiopic']);
        // A mentee whose name is in every script, as the mentor list would show it.
        await page.evaluate((names) => {
          const h = document.createElement('ul');
          h.id = 'glyph-sample';
          for (const n of Object.values(names)) h.insertAdjacentHTML('beforeend', `<li></li>`);
          [...h.children].forEach((li, i) => (li.textContent = Object.values(names)[i]));
          document.querySelector('main').append(h);
        }, SAMPLE_NAMES);
        const missing = await missingGlyphs(page, 'main h1, #glyph-sample li');
        assert(missing.length === 0, `Home, missing glyphs: ${missing.join('; ')}`);
        await page.evaluate(() => document.getElementById('glyph-sample')?.remove());
        await axe(page);
        await page.screenshot({ path: join(out, `${code}-home.png`), fullPage: true });

        if (code === 'ar' || code === 'fa') {
          const typed = code === 'ar' ? '٣٫٥' : '۳٫۵';
          await page.locator('nav.tabs [data-screen=activities]').click();
          await page.locator('main > button.wide').click();
          await page.fill('#act-hours', typed);
          await page.locator('main form button[type=submit]').click();
          await page.waitForFunction(() => !document.querySelector('main form'));
          const hours = await page.evaluate(() => [...window.__mosaicBackend.store.values()].find((s) => s.role === 'owner')?.portfolio.activities.map((a) => a.hours));
          assert(JSON.stringify(hours) === '[3.5]', `"${typed}" saved as ${JSON.stringify(hours)}, not 3.5`);
        }
        assert(problems.length === 0, problems.join('; '));
      } finally {
        await context.close();
      }
    });
  }

  await check('pseudo-locale (+40 %, bidi marks): every screen without horizontal overflow at 360 px', async () => {
    const source = pseudoLocale(readFileSync(join(ui, '../locales/en/app.ftl'), 'utf8'));
    const { context, page, problems } = await open({
      fn: (src) => {
        window.__mosaicExtraLocale = { code: 'en-XA', name: 'Ƥśéúdó', source: src };
        localStorage.setItem('mosaic.locale', 'en-XA');
      },
      arg: source,
    });
    try {
      await page.waitForFunction(() => document.documentElement.lang === 'en-XA');
      await createProfile(page, SAMPLE_NAMES.arabic);
      const screens = ['home', 'languages', 'activities', 'cv', 'certificates', 'programmes', 'work', 'education', 'skills', 'stories', 'sharing', 'mentor', 'settings', 'more'];
      const overflowing = [];
      for (const screen of screens) {
        const tab = page.locator(`nav.tabs [data-screen=${screen}]`);
        if (await tab.count()) await tab.click();
        else {
          await page.locator('nav.tabs [data-screen=more]').click();
          await page.locator(`main [data-screen=${screen}]`).click();
        }
        await page.locator('main h1').first().waitFor();
        // Open the screen's main form too, where it has one.
        const add = page.locator('main button.primary.wide:not([disabled])').first();
        if (await add.count()) await add.click();
        const o = await page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.right > w + 1 || r.left < -1) && !e.closest('nav.tabs');
          });
          const nav = document.querySelector('nav.tabs');
          const navPx = nav ? nav.scrollWidth - nav.clientWidth : 0;
          if (navPx > 1) wide.unshift(nav);
          return { px: Math.max(document.documentElement.scrollWidth - w, navPx), what: wide.slice(0, 3).map((e) => e.outerHTML.slice(0, 60)) };
        });
        if (o.px > 1 || o.what.length) overflowing.push(`${screen}: ${o.px}px ${o.what.join(' | ')}`);
      }
      await page.screenshot({ path: join(out, 'pseudo-settings.png'), fullPage: true });
      assert(overflowing.length === 0, overflowing.join('; '));
      assert(problems.length === 0, problems.join('; '));
    } finally {
      await context.close();
    }
  });
}
