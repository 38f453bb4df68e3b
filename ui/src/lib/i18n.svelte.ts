// Fluent translations from the shared locales/<lang>/app.ftl files, bundled by Vite.
// English is loaded eagerly (it is also the fallback); other locales are lazy chunks.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import enSource from '../../../locales/en/app.ftl?raw';

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
  { code: 'ps', name: 'پښتو' },
  { code: 'ti', name: 'ትግርኛ' },
  { code: 'so', name: 'Soomaali' },
  { code: 'uk', name: 'Українська' },
  { code: 'tr', name: 'Türkçe' },
  { code: 'fr', name: 'Français' },
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

const loaders = import.meta.glob<string>('../../../locales/*/app.ftl', {
  query: '?raw',
  import: 'default',
});

function bundleFor(code: string, source: string): FluentBundle {
  // useIsolating (the default) wraps placeables in FSI/PDI so names in another
  // script never reorder the sentence around them.
  const bundle = new FluentBundle(code, { useIsolating: true });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length) console.warn(`locale ${code}:`, errors.map(String));
  return bundle;
}

const fallback = bundleFor('en', enSource);

export const i18n = $state({ locale: 'en', dir: 'ltr' as 'ltr' | 'rtl' });
let current: FluentBundle = fallback;

/** Switches the UI language and sets `lang`/`dir` on the document. */
export async function setLocale(code: string): Promise<void> {
  if (!LOCALES.some((l) => l.code === code)) code = 'en';
  if (code === 'en') {
    current = fallback;
  } else {
    const load = loaders[`../../../locales/${code}/app.ftl`];
    current = load ? bundleFor(code, await load()) : fallback;
  }
  i18n.dir = dirOf(code);
  i18n.locale = code;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = i18n.dir;
  }
}

/** The translated text of `id` in the current locale (English if missing there). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  void i18n.locale; // reactive dependency: re-render on locale change
  for (const bundle of current === fallback ? [fallback] : [current, fallback]) {
    const msg = bundle.getMessage(id);
    if (msg?.value) return bundle.formatPattern(msg.value, args);
  }
  return id;
}

/** Formats a number for the current locale. */
export function num(n: number, digits = 0): string {
  return new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: digits }).format(n);
}

/** Formats a `YYYY-MM-DD` date for the current locale. */
export function date(iso: string): string {
  const d = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium' }).format(d);
}
