import { describe, expect, it } from 'vitest';
import { dirOf, i18n, LOCALES, setLocale, t } from '../../src/lib/i18n.svelte';

describe('i18n', () => {
  it('switching to Arabic sets dir=rtl and lang on the document', async () => {
    await setLocale('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(i18n.dir).toBe('rtl');
    await setLocale('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('Farsi and Pashto are RTL; Tigrinya and Ukrainian are LTR', () => {
    expect(dirOf('fa')).toBe('rtl');
    expect(dirOf('ps')).toBe('rtl');
    expect(dirOf('ti')).toBe('ltr');
    expect(dirOf('uk')).toBe('ltr');
  });

  it('keeps FSI/PDI isolation around placeables', async () => {
    await setLocale('en');
    expect(t('home-greeting', { name: 'أحمد' })).toBe('Hello, \u2068أحمد\u2069');
  });

  it('falls back to the id for unknown messages and to English for unknown locales', async () => {
    await setLocale('xx');
    expect(i18n.locale).toBe('en');
    expect(t('no-such-message')).toBe('no-such-message');
  });

  it('names every UI language in its own script', () => {
    const names = Object.fromEntries(LOCALES.map((l) => [l.code, l.name]));
    expect(names.ar).toBe('العربية');
    expect(names.ti).toBe('ትግርኛ');
    expect(names.uk).toBe('Українська');
  });

  it('translates in the chosen locale', async () => {
    await setLocale('ar');
    expect(t('nav-home')).not.toBe('Home');
    await setLocale('en');
    expect(t('nav-home')).toBe('Home');
  });
});
