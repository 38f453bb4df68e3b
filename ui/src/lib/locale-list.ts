// The UI languages and their writing direction: shared by the app and the verification
// page (which must not bundle the app's own strings), so both offer the same languages.

export interface LocaleInfo {
  code: string;
  /** The language's name in its own script. */
  name: string;
}

/** UI languages, each named in its own script. */
export const LOCALES: LocaleInfo[] = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'fa', name: 'فارسی' },
  { code: 'fa-AF', name: 'دری' },
  { code: 'ps', name: 'پښتو' },
  { code: 'ckb', name: 'کوردیی ناوەندی' },
  { code: 'kmr', name: 'Kurmancî' },
  { code: 'ur', name: 'اردو' },
  { code: 'ti', name: 'ትግርኛ' },
  { code: 'am', name: 'አማርኛ' },
  { code: 'so', name: 'Soomaali' },
  { code: 'om', name: 'Afaan Oromoo' },
  { code: 'sw', name: 'Kiswahili' },
  { code: 'bn', name: 'বাংলা' },
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'sq', name: 'Shqip' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'de', name: 'Deutsch' },
  { code: 'it', name: 'Italiano' },
  { code: 'mt', name: 'Malti' },
  { code: 'sv', name: 'Svenska' },
  { code: 'el', name: 'Ελληνικά' },
  { code: 'nl', name: 'Nederlands' },
];

const RTL = new Set(['ar', 'fa', 'ps', 'ckb', 'ur', 'he']);

export function dirOf(code: string): 'rtl' | 'ltr' {
  return RTL.has(code.split('-')[0] ?? code) ? 'rtl' : 'ltr';
}
