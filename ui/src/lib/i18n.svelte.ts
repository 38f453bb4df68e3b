// Fluent translations from the shared locales/<lang>/app.ftl files, bundled by Vite.
// English is loaded eagerly (it is also the fallback); other locales are lazy chunks.
// Each locale's cv.ftl is loaded beside it as data (month and language names) for the
// places where the platform's Intl has no data for the language (ps, ti, so... on Android).
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import enSource from '../../../locales/en/app.ftl?raw';
import enData from '../../../locales/en/cv.ftl?raw';

import { LOCALES, dirOf, type LocaleInfo } from './locale-list';

export { LOCALES, dirOf, type LocaleInfo };

/** Every translation except English is a draft until a native speaker reviews it (locales/STATUS.md). */
export const DRAFT = new Set(LOCALES.map((l) => l.code).filter((c) => c !== 'en'));

const loaders = import.meta.glob<string>('../../../locales/*/app.ftl', { query: '?raw', import: 'default' });
const dataLoaders = import.meta.glob<string>('../../../locales/*/cv.ftl', { query: '?raw', import: 'default' });

/** Test hook: the browser tests inject a generated pseudo-locale; nothing ships one. */
declare global {
  interface Window {
    __mosaicExtraLocale?: { code: string; name: string; source: string };
  }
}
function extraLocale(code?: string) {
  const x = typeof window !== 'undefined' ? window.__mosaicExtraLocale : undefined;
  return x && (code === undefined || x.code === code) ? x : undefined;
}
{
  const x = extraLocale();
  if (x && !LOCALES.some((l) => l.code === x.code)) LOCALES.push({ code: x.code, name: x.name });
}

function bundleFor(code: string, source: string): FluentBundle {
  // useIsolating (the default) wraps placeables in FSI/PDI so names in another
  // script never reorder the sentence around them.
  const bundle = new FluentBundle(code, { useIsolating: true });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length) console.warn(`locale ${code}:`, errors.map(String));
  return bundle;
}

const fallback = bundleFor('en', enSource);
const fallbackData = bundleFor('en', enData);

export const i18n = $state({ locale: 'en', dir: 'ltr' as 'ltr' | 'rtl', second: '' });
let current: FluentBundle = fallback;
let currentData: FluentBundle = fallbackData;
let second: FluentBundle | null = null;

async function load(code: string): Promise<[FluentBundle, FluentBundle]> {
  if (code === 'en') return [fallback, fallbackData];
  const x = extraLocale(code);
  if (x) return [bundleFor(code, x.source), fallbackData];
  const app = loaders[`../../../locales/${code}/app.ftl`];
  const data = dataLoaders[`../../../locales/${code}/cv.ftl`];
  return [app ? bundleFor(code, await app()) : fallback, data ? bundleFor(code, await data()) : fallbackData];
}

/** Switches the UI language and sets `lang`/`dir` on the document. */
export async function setLocale(code: string): Promise<void> {
  if (!LOCALES.some((l) => l.code === code)) code = 'en';
  [current, currentData] = await load(code);
  i18n.dir = dirOf(code);
  i18n.locale = code;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = code;
    document.documentElement.dir = i18n.dir;
  }
}

/** The second language shown under labels ('' for none): the mentor's or the host country's. */
export async function setSecondLocale(code: string): Promise<void> {
  if (!code || !LOCALES.some((l) => l.code === code)) {
    second = null;
    i18n.second = '';
    return;
  }
  [second] = await load(code);
  i18n.second = code;
}

function format(bundles: FluentBundle[], id: string, args?: Record<string, FluentVariable>): string | null {
  for (const bundle of bundles) {
    const msg = bundle.getMessage(id);
    if (msg?.value) return bundle.formatPattern(msg.value, args);
  }
  return null;
}

/** The translated text of `id` in the current locale (English if missing there). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  void i18n.locale; // reactive dependency: re-render on locale change
  return format(current === fallback ? [fallback] : [current, fallback], id, args) ?? id;
}

/** The text of `id` in the second language, or null when none is set or it equals the first. */
export function t2(id: string, args?: Record<string, FluentVariable>): string | null {
  void i18n.second;
  void i18n.locale;
  if (!second || i18n.second === i18n.locale) return null;
  return format([second, fallback], id, args);
}

/** A number for a Fluent message: stays a number (plural rules pick the form), shown with
 * at most `digits` decimals in the message's locale. */
export function n(value: number, digits = 0): FluentNumber {
  return new FluentNumber(value, { maximumFractionDigits: digits });
}

/** Formats a number for the current locale. */
export function num(value: number, digits = 0): string {
  return new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: digits }).format(value);
}

const knows = new Map<string, boolean>();

/** Whether the platform's Intl has real data for this language (Android's WebView lacks ps, ti, so...). */
export function intlKnows(code: string, kind: 'date' | 'names' = 'date'): boolean {
  const key = `${kind}:${code}`;
  let known = knows.get(key);
  if (known === undefined) {
    const primary = code.split('-')[0] ?? code;
    try {
      const got =
        kind === 'date'
          ? new Intl.DateTimeFormat(code).resolvedOptions().locale
          : new Intl.DisplayNames([code], { type: 'language' }).resolvedOptions().locale;
      known = got.split('-')[0] === primary;
    } catch {
      known = false;
    }
    knows.set(key, known);
  }
  return known;
}

/** A message of the current locale's cv.ftl (month and language names), or null. */
export function data(id: string): string | null {
  void i18n.locale;
  const msg = currentData.getMessage(id);
  return msg?.value ? currentData.formatPattern(msg.value) : null;
}

/** Formats a `YYYY-MM-DD` date for the current locale: Gregorian everywhere; Persian also shows
 * the Solar Hijri date beside it, as people there expect; month names come from the project's own
 * data where the platform has none for the language. */
export function date(iso: string): string {
  void i18n.locale;
  const d = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(d.getTime())) return iso;
  const code = i18n.locale;
  if (!intlKnows(code)) {
    const month = data(`cv-month-${d.getMonth() + 1}`);
    const plain = new Intl.NumberFormat(code, { useGrouping: false });
    if (month) return `${plain.format(d.getDate())} ${month} ${plain.format(d.getFullYear())}`;
  }
  const gregorian = new Intl.DateTimeFormat(`${code}-u-ca-gregory`, { dateStyle: 'medium' }).format(d);
  if (code.split('-')[0] === 'fa') {
    const solar = new Intl.DateTimeFormat(`${code}-u-ca-persian`, { dateStyle: 'medium' }).format(d);
    return `${gregorian} (${solar})`;
  }
  return gregorian;
}
