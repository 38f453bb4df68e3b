// Languages people pick (spoken languages, mother tongues, CV language): codes, their names in
// the UI language and in their own script, and search over both. Names come from the platform's
// Intl where it has data for the UI language, otherwise from the project's own locales/<ui>/cv.ftl
// (cv-lang-*), so Pashto, Tigrinya or Somali never fall back to English names.
import { LOCALES, data, i18n, intlKnows } from './i18n.svelte';

/** Host-country and migrants' languages first; the rest of ISO 639-1 follows. */
export const COMMON_LANGUAGES = [
  'en', 'mt', 'de', 'fr', 'it', 'nl', 'sv', 'el', 'es', 'pt',
  'ar', 'fa', 'prs', 'ps', 'ti', 'am', 'so', 'om', 'uk', 'ru', 'tr',
  'ckb', 'kmr', 'ur', 'bn', 'sq', 'ha', 'wo', 'ln', 'sw',
];

// ISO 639-1 (from Debian's iso-codes), minus the common ones above.
const ISO_639_1 = `aa ab ae af ak an as av ay az ba be bg bi bm bo br bs ca ce ch co cr cs cu cv cy da dv dz ee eo et eu ff fi fj fo fy ga gd gl gn gu gv he hi ho hr ht hu hy hz ia id ie ig ii ik io is iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li lo lt lu lv mg mh mi mk ml mn mr ms my na nb nd ne ng nn no nr nv ny oc oj or os pa pi pl qu rm rn ro rw sa sc sd se sg si sk sl sm sn sr ss st su ta te tg th tk tl tn to ts tt tw ty ug uz ve vi vo wa xh yi yo za zh zu`.split(' ');

export const ALL_LANGUAGES = [...COMMON_LANGUAGES, ...ISO_639_1.filter((c) => !COMMON_LANGUAGES.includes(c))];

/** Names in their own script where the platform may lack them (project data, like LOCALES). */
const AUTONYMS: Record<string, string> = {
  ...Object.fromEntries(LOCALES.map((l) => [l.code, l.name])),
  prs: 'دری', pt: 'Português', ha: 'Hausa', wo: 'Wolof', ln: 'Lingála', ku: 'Kurdî',
};

// Building an Intl.DisplayNames is slow; the picker names ~190 languages per keystroke.
const namers = new Map<string, Intl.DisplayNames | null>();
function namer(locales: string[]): Intl.DisplayNames | null {
  const key = locales.join(',');
  if (!namers.has(key)) {
    try {
      namers.set(key, new Intl.DisplayNames(locales, { type: 'language', fallback: 'none' }));
    } catch {
      namers.set(key, null);
    }
  }
  return namers.get(key) ?? null;
}

function nameIn(locales: string[], code: string): string | undefined {
  try {
    return namer(locales)?.of(code);
  } catch {
    return undefined; // not a well-formed code
  }
}

/** The language's name in the UI language. */
export function languageName(code: string): string {
  const ui = i18n.locale;
  const primary = code.split('-')[0] ?? code;
  if (!intlKnows(ui, 'names')) {
    const own = data(`cv-lang-${code}`) ?? data(`cv-lang-${primary}`);
    if (own) return own;
  }
  return nameIn([ui, 'en'], code) ?? AUTONYMS[code] ?? code;
}

/** The language's name in its own script, or null when neither we nor the platform know it. */
export function autonym(code: string): string | null {
  if (AUTONYMS[code]) return AUTONYMS[code];
  if (!intlKnows(code, 'names')) return null;
  return nameIn([code], code) ?? null;
}

/** Case- and accent-insensitive form for matching what people type. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();
}

function englishName(code: string): string {
  return nameIn(['en'], code) ?? '';
}

export interface LanguageOption {
  code: string;
  name: string;
  own: string | null;
}

export function option(code: string): LanguageOption {
  return { code, name: languageName(code), own: autonym(code) };
}

/** Languages matching `query` by code, UI-language name, own name or English name; best first. */
export function searchLanguages(query: string, limit = 8): LanguageOption[] {
  const q = fold(query.trim());
  if (!q) return COMMON_LANGUAGES.slice(0, limit).map(option);
  const scored: [number, LanguageOption][] = [];
  for (const code of ALL_LANGUAGES) {
    const o = option(code);
    const names = [o.name, o.own ?? '', englishName(code)].map(fold);
    let score = -1;
    if (code === q) score = 0;
    else if (names.some((n) => n === q)) score = 1;
    else if (names.some((n) => n.startsWith(q))) score = 2;
    else if (names.some((n) => n.includes(q))) score = 3;
    if (score >= 0) scored.push([score, o]);
  }
  return scored.sort((a, b) => a[0] - b[0]).slice(0, limit).map(([, o]) => o);
}

/** The code meant by what was typed: an exact code or name, else a well-formed code as typed. */
export function resolveLanguage(query: string): string | null {
  const q = query.trim();
  if (!q) return null;
  const best = searchLanguages(q, 1)[0];
  if (best && (best.code === q.toLowerCase() || [best.name, best.own ?? '', englishName(best.code)].map(fold).includes(fold(q)))) return best.code;
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(q) ? q : null;
}
