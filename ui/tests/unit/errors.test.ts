// Every error kind the shell can send reads as a plain translated sentence; the technical
// message is kept apart for "Details".
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/lib/api';
import { LOCALES, setLocale } from '../../src/lib/i18n.svelte';
import { app, errorText, showError } from '../../src/lib/store.svelte';

const KINDS: ApiError['kind'][] = ['invalid', 'not_found', 'exists', 'import', 'attachment', 'unavailable', 'storage',
  'cv', 'offline', 'refused', 'code', 'sync', 'busy'];

describe('error messages', () => {
  beforeEach(() => setLocale('en'));

  for (const { code } of LOCALES) {
    it(`${code}: every kind has its own sentence, without the technical text`, async () => {
      await setLocale(code);
      const seen = new Set<string>();
      for (const kind of KINDS) {
        const text = errorText({ kind, message: 'TECHNICAL at $.code' });
        expect(text).not.toMatch(/^error-kind-/);
        expect(text).not.toContain('TECHNICAL');
        seen.add(text);
      }
      expect(seen.size).toBe(KINDS.length);
      expect(errorText(new Error('boom'))).not.toContain('boom');
    });
  }

  it('keeps the technical message for Details, tied to the sentence it explains', () => {
    showError({ kind: 'invalid', message: 'invalid $.code: `x` is not a language code' });
    expect(app.error).toMatch(/^Something in the form/);
    expect(app.errorDetail).toEqual({ for: app.error, detail: 'invalid $.code: `x` is not a language code' });
  });
});
