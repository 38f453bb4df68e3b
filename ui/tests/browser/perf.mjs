// UI speed as a person on a cheap phone feels it: Chromium with the CPU slowed 4x (DevTools
// throttling) over the in-memory backend. Used by the browser tests (printed) and by
// scripts/bench-ui.mjs (beside the same figures for an older build).

/** First contentful paint of `base`, `runs` cold loads, in ms. */
export async function firstPaint(browser, base, mockScript, runs = 3) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.addInitScript(mockScript);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(base);
    await page.locator('main h1').waitFor();
    times.push(await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return fcp ? fcp.startTime : performance.now();
    }));
  }
  await context.close();
  return times;
}

/** From a tap on "save" to the saved entry shown (a skill), `runs` saves, in ms. */
export async function tapToSaved(browser, base, mockScript, runs = 5) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.addInitScript(mockScript);
  await page.addInitScript(() => window.__mosaicBackend.handle('create_portfolio', { profile: { name_latin: 'Amina Yusuf' } }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(base);
  await page.locator('nav.tabs').waitFor();
  await page.locator('nav.tabs [data-screen=more]').click();
  await page.locator('main [data-screen=skills]').click();
  const saves = [];
  for (let i = 0; i < runs; i++) {
    await page.locator('main button.primary.wide').click();
    await page.fill('#skills-name', `Skill ${i}`);
    saves.push(await page.evaluate((name) => new Promise((resolve) => {
      const t0 = performance.now();
      const seen = () => [...document.querySelectorAll('main ul.list h2')].some((h) => h.textContent === name);
      new MutationObserver((_, obs) => {
        if (seen()) {
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }
      }).observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
      document.querySelector('main form button[type=submit]').click();
    }), `Skill ${i}`));
  }
  await context.close();
  return saves;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
