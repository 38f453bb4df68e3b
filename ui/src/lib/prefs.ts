// Preferences kept on this device only (localStorage), never in the portfolio.
const KEY_LOCALE = 'mosaic.locale';
const KEY_RELAY = 'mosaic.relay';

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function set(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage unavailable: keep for this session only */
  }
}

export const prefs = {
  locale: () => get(KEY_LOCALE),
  setLocale: (code: string) => set(KEY_LOCALE, code),
  relay: () => get(KEY_RELAY) ?? '',
  setRelay: (url: string) => set(KEY_RELAY, url),
};

/** A relay address must be https (or empty to clear). */
export function validRelay(url: string): boolean {
  if (url.trim() === '') return true;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' && !!u.hostname;
  } catch {
    return false;
  }
}
