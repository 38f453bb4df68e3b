// Language names: in the UI language from the platform where it can, from the project's own
// cv.ftl where the platform has no data for the UI language (Android's WebView lacks ps, ti, so).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../src/lib/i18n.svelte';
import { autonym, languageName, resolveLanguage, searchLanguages } from '../../src/lib/langs';

const Real = Intl.DisplayNames;

/** A platform like Android's WebView: no language-name data for Tigrinya. */
function withoutTigrinyaData() {
  class Fake extends Real {
    constructor(locales: string | string[], options: Intl.DisplayNamesOptions) {
      const list = (Array.isArray(locales) ? locales : [locales]).filter((l) => !l.startsWith('ti'));
      super(list.length ? list : ['en'], options);
    }
  }
  vi.stubGlobal('Intl', { ...Intl, DisplayNames: Fake });
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLocale('en');
});

describe('language names', () => {
  it('come from the platform in the UI language', async () => {
    await setLocale('fr');
    expect(languageName('ar')).toBe('arabe');
  });

  it('come from locales/ti/cv.ftl when the platform has no Tigrinya data, never in English', async () => {
    withoutTigrinyaData();
    await setLocale('ti');
    expect(languageName('ar')).toBe('ዓረብኛ');
    expect(languageName('en')).toBe('እንግሊዝኛ');
  });

  it('shows each language in its own script too', () => {
    expect(autonym('ti')).toBe('ትግርኛ');
    expect(autonym('bn')).toBe('বাংলা');
  });

  it('finds a language typed by name in any script, and keeps codes', () => {
    expect(resolveLanguage('English')).toBe('en');
    expect(resolveLanguage('العربية')).toBe('ar');
    expect(resolveLanguage('ትግርኛ')).toBe('ti');
    expect(resolveLanguage('mt')).toBe('mt');
    expect(resolveLanguage('not a language!')).toBeNull();
    expect(searchLanguages('tig').map((o) => o.code)).toContain('ti');
  });
});
