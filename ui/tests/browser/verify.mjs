// The static CV verification page (dist-verify/verify.html, one self-contained file) opened
// from a file:// URL, as an employer would open it from a download or a USB stick: in English
// and Arabic (RTL) at 360 px, with the Rust crate's vectors (tests/support/credential-vectors.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function verifyPageChecks({ browser, ui, out, axeSource, check, assert }) {
  const vectors = JSON.parse(readFileSync(join(ui, 'tests/support/credential-vectors.json'), 'utf8'));
  const url = pathToFileURL(join(ui, 'dist-verify/verify.html')).href;
  const html = readFileSync(join(ui, 'dist-verify/verify.html'), 'utf8');
  console.log(`\n[verify page] ${url} (${(html.length / 1024).toFixed(1)} KB)`);

  async function axe(page) {
    await page.evaluate(axeSource);
    const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert(bad.length === 0, bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`).join('; '));
  }

  await check('verify page is one file: no external script, style or request', async () => {
    assert(!/<script[^>]+src=/.test(html), 'a script with src');
    assert(!/<link[^>]+stylesheet/.test(html), 'a stylesheet link');
  });

  for (const lang of ['en', 'ar']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: lang });
    const page = await context.newPage();
    const problems = [];
    const requests = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.goto(url);
    await page.locator('h1').waitFor();

    const paste = async (text) => {
      await page.locator('#credential-text').fill(text);
      await page.locator('form button[type=submit]').click();
      await page.locator('[data-verdict]').waitFor();
    };

    await check(`verify page ${lang}: language from the browser, dir set`, async () => {
      const got = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      assert(got.lang === lang, `lang ${got.lang}`);
      assert(got.dir === (lang === 'ar' ? 'rtl' : 'ltr'), `dir ${got.dir}`);
      assert((await page.locator('select option').count()) === 26, 'all 26 languages in the switcher');
    });

    await check(`verify page ${lang}: the good credential is verified with its claims and signers`, async () => {
      await paste(vectors.good);
      const v = page.locator('[data-verdict=verified]');
      assert(await v.isVisible(), 'verified verdict shown');
      const text = await v.innerText();
      assert(text.includes(vectors.holder), `holder ${vectors.holder}`);
      assert(text.includes(vectors.owner_fingerprint), 'owner fingerprint');
      assert((await page.locator('li.claim').count()) === 5, 'five claims');
      const fps = await page.locator('.voucher.signed').evaluateAll((els) => els.map((e) => e.dataset.fingerprint));
      const want = vectors.claims.flatMap((c) => c.vouchers.map((d) => d.match(/([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})/)[1]));
      assert(JSON.stringify(fps) === JSON.stringify(want), `signers' fingerprints ${fps} vs ${want}`);
      for (const fp of want) assert(text.includes(fp), `fingerprint ${fp} shown`);
      assert((await page.locator('.voucher.own').count()) === 2, "two claims on the holder's own word");
      await axe(page);
      await page.screenshot({ path: join(out, `verify-${lang}-verified.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `horizontal overflow ${overflow}px`);
    });

    for (const [name, text] of Object.entries(vectors.tampered)) {
      await check(`verify page ${lang}: tampered ${name} is rejected`, async () => {
        await paste(text);
        assert(await page.locator('[data-verdict=rejected]').isVisible(), 'rejected verdict');
        assert((await page.locator('[data-verdict=verified], li.claim').count()) === 0, 'no claim shown');
      });
    }

    await check(`verify page ${lang}: garbage is rejected with a reason`, async () => {
      await paste('hello');
      const t = await page.locator('[data-verdict=rejected]').innerText();
      assert(t.length > 20, 'a reason');
      await axe(page);
      await page.screenshot({ path: join(out, `verify-${lang}-rejected.png`), fullPage: true });
    });

    await check(`verify page ${lang}: the digest verifies`, async () => {
      await paste(vectors.digest);
      const t = await page.locator('[data-verdict=digest]').innerText();
      assert(t.includes(vectors.owner_fingerprint), 'owner fingerprint');
    });

    await check(`verify page ${lang}: touch targets are at least 48px`, async () => {
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, input, summary')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.height < 48 || r.width < 48)).length);
      assert(small === 0, `${small} small targets`);
    });

    await check(`verify page ${lang}: the credential in the URL fragment is verified on load`, async () => {
      const p2 = await context.newPage();
      await p2.goto(`${url}#${vectors.good}`);
      await p2.locator('[data-verdict=verified]').waitFor({ timeout: 10000 });
      assert((await p2.locator('li.claim').count()) === 5, 'five claims');
      await p2.close();
    });

    await check(`verify page ${lang}: no error, no network request`, async () => {
      assert(problems.length === 0, problems.join('; '));
      assert(requests.length === 0, requests.join(', '));
    });
    await context.close();
  }
}
