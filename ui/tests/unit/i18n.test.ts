import { describe, expect, it } from 'vitest';
import { dirOf, i18n, LOCALES, setLocale, t, data, date, n } from '../../src/lib/i18n.svelte';

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

describe('dates, numbers and names from the project data', () => {
  it('shows Persian dates in the Gregorian calendar with the Solar Hijri date beside them', async () => {
    await setLocale('fa');
    const d = date('2024-09-01');
    expect(d).toContain('۲۰۲۴');
    expect(d).toContain('۱۴۰۳');
    await setLocale('en');
  });

  it('passes numbers to Fluent as numbers so the plural form follows them', async () => {
    await setLocale('en');
    expect(t('prog-hours-value', { hours: n(1) })).toBe('\u20681\u2069 hour');
    expect(t('prog-hours-value', { hours: n(3.5, 1) })).toBe('\u20683.5\u2069 hours');
    await setLocale('ar');
    expect(t('prog-hours-value', { hours: n(2) })).toBe('ساعتان');
    expect(t('act-total', { count: 1, hours: n(1) })).toBe('\u2068نشاط واحد\u2069، \u2068ساعة واحدة\u2069');
    await setLocale('en');
  });

  it('has month and language names for every locale in its cv.ftl', async () => {
    for (const l of ['ps', 'ti', 'so', 'om', 'ckb']) {
      await setLocale(l);
      expect(data('cv-month-9'), l).toBeTruthy();
      expect(data('cv-lang-ar'), l).toBeTruthy();
    }
    await setLocale('en');
  });
});
