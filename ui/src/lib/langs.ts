// Language codes offered in pickers, and their names in the UI language.
import { i18n } from './i18n.svelte';

/** Host-country and migrants' languages first; anything else can be typed as a code. */
export const COMMON_LANGUAGES = [
  'en', 'mt', 'de', 'fr', 'it', 'nl', 'sv', 'el', 'es', 'pt',
  'ar', 'fa', 'prs', 'ps', 'ti', 'am', 'so', 'uk', 'ru', 'tr',
  'ckb', 'kmr', 'ur', 'bn', 'ha', 'wo', 'ln', 'sw',
];

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.locale, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
