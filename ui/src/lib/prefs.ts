// Preferences kept on this device only (localStorage), never in the portfolio.
const KEY_LOCALE = 'mosaic.locale';
const KEY_RELAY = 'mosaic.relay';
const KEY_LAST_SYNC = 'mosaic.lastSync';
const KEY_SECOND = 'mosaic.second-locale';
const KEY_LOCK_AFTER = 'mosaic.lockAfter';
const KEY_VERIFY_URL = 'mosaic.verifyUrl';

/** Choices for "lock after time in the background", in seconds ('never' keeps it open). */
export const LOCK_AFTER = ['0', '60', '300', 'never'] as const;

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
  /** The language shown under each label ('' for none). */
  secondLocale: () => get(KEY_SECOND) ?? '',
  setSecondLocale: (code: string) => set(KEY_SECOND, code),
  relay: () => get(KEY_RELAY) ?? '',
  setRelay: (url: string) => set(KEY_RELAY, url),
  /** The address of the verification page the CV's QR code links to ('' for none). */
  verifyUrl: () => get(KEY_VERIFY_URL) ?? '',
  setVerifyUrl: (url: string) => set(KEY_VERIFY_URL, url),
  /** When the own portfolio last synced (ms since 1970), or null. */
  lastSync: (): number | null => {
    const n = Number(get(KEY_LAST_SYNC));
    return Number.isFinite(n) && n > 0 ? n : null;
  },
  setLastSync: (ms: number) => set(KEY_LAST_SYNC, String(ms)),
  /** The chosen LOCK_AFTER value (default: one minute). */
  lockAfter: () => {
    const v = get(KEY_LOCK_AFTER);
    return (LOCK_AFTER as readonly string[]).includes(v ?? '') ? (v as string) : '60';
  },
  setLockAfter: (v: string) => set(KEY_LOCK_AFTER, v),
  /** Milliseconds in the background before the app locks, or null for never. */
  lockAfterMs: (): number | null => {
    const v = prefs.lockAfter();
    return v === 'never' ? null : Number(v) * 1000;
  },
};

/** Hosts where plain http is acceptable: the device itself (a relay run for testing or
 * on the same machine). Everything else must be https. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A relay address must be https, or http on this device only (or empty to clear). */
export function validRelay(url: string): boolean {
  if (url.trim() === '') return true;
  try {
    const u = new URL(url.trim());
    if (!u.hostname) return false;
    return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  } catch {
    return false;
  }
}
