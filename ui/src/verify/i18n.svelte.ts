// Fluent strings of the verification page: every locales/<lang>/verify.ftl, bundled into the
// page (it is one file that works offline, so no locale loads lazily).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

import { LOCALES, dirOf } from '../lib/locale-list';

export { LOCALES, dirOf };

const sources = import.meta.glob<string>('../../../locales/*/verify.ftl', { query: '?raw', import: 'default', eager: true });

function bundle(code: string): FluentBundle | null {
  const source = sources[`../../../locales/${code}/verify.ftl`];
  if (source === undefined) return null;
  const b = new FluentBundle(code, { useIsolating: true });
  b.addResource(new FluentResource(source));
  return b;
}

const english = bundle('en') as FluentBundle;
export const AVAILABLE = LOCALES.filter((l) => sources[`../../../locales/${l.code}/verify.ftl`] !== undefined);

export const lang = $state({ code: 'en', dir: 'ltr' as 'ltr' | 'rtl' });
let current: FluentBundle = english;

/** The first of the reader's languages the page has (`fa-AF` before `fa`; `de-AT` as `de`). */
export function pick(wanted: readonly string[]): string {
  for (const w of wanted) {
    const exact = AVAILABLE.find((l) => l.code.toLowerCase() === w.toLowerCase());
    if (exact) return exact.code;
    const primary = AVAILABLE.find((l) => l.code === w.split('-')[0]);
    if (primary) return primary.code;
  }
  return 'en';
}

export function setLang(code: string): void {
  current = bundle(code) ?? english;
  lang.code = AVAILABLE.some((l) => l.code === code) ? code : 'en';
  lang.dir = dirOf(lang.code);
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
}

export function t(id: string, args?: Record<string, FluentVariable>): string {
  void lang.code;
  for (const b of [current, english]) {
    const msg = b.getMessage(id);
    if (msg?.value) return b.formatPattern(msg.value, args);
  }
  return id;
}
