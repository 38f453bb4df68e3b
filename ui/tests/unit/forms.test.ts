import { describe, expect, it } from 'vitest';
import { setLocale } from '../../src/lib/i18n.svelte';
import { toEntry, validate, type FieldSpec } from '../../src/lib/forms';
import { validRelay } from '../../src/lib/prefs';
import { parseNumber } from '../../src/lib/numbers';

const fields: FieldSpec[] = [
  { key: 'title', label: 'prog-name', type: 'text', required: true },
  { key: 'min_attendance_pct', label: 'prog-min-attendance', type: 'number', max: 100 },
  { key: 'attended', label: 'act-attended', type: 'checkbox' },
];

describe('form validation', () => {
  it('names the missing required field', async () => {
    await setLocale('en');
    const e = validate(fields, { title: '  ', min_attendance_pct: '', attended: false });
    expect(e.title).toBe('\u2068Programme name\u2069 is required.');
    expect(e.min_attendance_pct).toBeUndefined();
  });

  it('rejects numbers out of range', () => {
    const e = validate(fields, { title: 'x', min_attendance_pct: '120', attended: false });
    expect(e.min_attendance_pct).toContain('0');
    expect(e.min_attendance_pct).toContain('100');
    expect(validate(fields, { title: 'x', min_attendance_pct: 'abc', attended: true }).min_attendance_pct).toBeTruthy();
  });

  it('accepts a decimal comma and converts to entry JSON', () => {
    expect(validate(fields, { title: 'x', min_attendance_pct: '80,5', attended: true })).toEqual({});
    expect(toEntry(fields, { title: ' I Belong ', min_attendance_pct: '80,5', attended: true })).toEqual({
      title: 'I Belong',
      min_attendance_pct: 80.5,
      attended: true,
    });
  });

  it('leaves empty optional fields out', () => {
    expect(toEntry(fields, { title: 'x', min_attendance_pct: '', attended: false })).toEqual({ title: 'x', attended: false });
  });

  it('shows messages in the UI language', async () => {
    await setLocale('ar');
    const e = validate(fields, { title: '', min_attendance_pct: '', attended: false });
    expect(e.title).not.toContain('is required');
    await setLocale('en');
  });

  it('accepts only https relay addresses', () => {
    expect(validRelay('')).toBe(true);
    expect(validRelay('https://relay.example.org')).toBe(true);
    expect(validRelay('http://relay.example.org')).toBe(false);
    // Plain http only to a relay on this very device.
    expect(validRelay('http://127.0.0.1:8787')).toBe(true);
    expect(validRelay('http://localhost:8787')).toBe(true);
    expect(validRelay('http://127.0.0.1.example.org')).toBe(false);
    expect(validRelay('http://192.168.1.10:8787')).toBe(false);
    expect(validRelay('javascript:alert(1)')).toBe(false);
  });
});

describe('numbers in native digits', () => {
  const hours: FieldSpec[] = [{ key: 'hours', label: 'act-hours', type: 'number', max: 10000 }];

  it('saves 3.5 hours typed as ٣٫٥ in Arabic and ۳٫۵ in Persian', async () => {
    const cases: [string, string][] = [['ar', '٣٫٥'], ['fa', '۳٫۵'], ['bn', '৩.৫'], ['ur', '۳٫۵'], ['fr', '3,5']];
    for (const [lang, typed] of cases) {
      await setLocale(lang);
      expect(validate(hours, { hours: typed }), `${lang} ${typed}`).toEqual({});
      expect(toEntry(hours, { hours: typed })).toEqual({ hours: 3.5 });
    }
    await setLocale('en');
  });

  it('reads the Arabic thousands sign and still refuses text that is not a number', () => {
    expect(parseNumber('١٬٢٠٠')).toBe(1200);
    expect(parseNumber('٤٠')).toBe(40);
    for (const bad of ['abc', '3.5.1', '٣٫٥٫١', '', '3a', '١e3']) expect(parseNumber(bad), bad).toBeNaN();
  });
});
