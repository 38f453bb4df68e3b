// App-wide state: the open portfolio, busy/progress and messages. Data always comes
// from the backend; this only caches the last read.
import { api, isApiError } from './api';
import { t } from './i18n.svelte';
import { prefs } from './prefs';
import type { Portfolio } from './bindings/Portfolio';
import type { PortfolioSummary } from './bindings/PortfolioSummary';
import type { Section } from './bindings/Section';

export type Screen =
  | 'home'
  | 'languages'
  | 'certificates'
  | 'programmes'
  | 'activities'
  | 'work'
  | 'education'
  | 'skills'
  | 'stories'
  | 'cv'
  | 'sharing'
  | 'mentor'
  | 'organiser'
  | 'checkin'
  | 'settings'
  | 'more';

export const app = $state({
  ready: false,
  portfolioId: null as string | null,
  portfolio: null as Portfolio | null,
  summary: null as PortfolioSummary | null,
  screen: 'home' as Screen,
  /** Text of the long task running now, or null. */
  busy: null as string | null,
  /** Last status message, announced politely. */
  message: '',
  error: '',
  /** Sync with the relay: `local` (never synced this session), `syncing`, `ok`, `error`. */
  sync: 'local' as 'local' | 'syncing' | 'ok' | 'error',
});

/** The translated text for a failed command. */
export function errorText(e: unknown): string {
  if (isApiError(e)) {
    switch (e.kind) {
      case 'invalid':
      case 'import':
      case 'exists':
        return t('error-invalid', { message: e.message });
      case 'not_found':
        return t('error-not-found');
      case 'attachment':
        return t('error-attachment', { message: e.message });
      case 'unavailable':
        return t('error-unavailable');
      case 'cv':
        return t('error-cv', { message: e.message });
      case 'offline':
        return t('error-offline');
      case 'refused':
        return t('error-refused', { message: e.message });
      case 'code':
        return t('error-code', { message: e.message });
      case 'sync':
        return t('error-sync', { message: e.message });
      case 'expired':
        return t('checkin-error-expired');
      case 'future':
        return t('checkin-error-future');
      case 'other_event':
        return t('checkin-error-other-event', { message: e.message });
      default:
        return t('error-storage', { message: e.message });
    }
  }
  return t('error-generic', { message: String(e) });
}

export async function refresh(): Promise<void> {
  const id = app.portfolioId;
  if (!id) return;
  try {
    [app.portfolio, app.summary] = await Promise.all([api.portfolio(id), api.summary(id)]);
  } catch (e) {
    app.error = errorText(e);
  }
}

/** Runs a user action: shows progress while it runs, reports success or the error. */
export async function run<T>(work: () => Promise<T>, done?: string): Promise<T | undefined> {
  app.busy = t('working');
  app.error = '';
  try {
    const out = await work();
    if (done) app.message = done;
    return out;
  } catch (e) {
    app.error = errorText(e);
    return undefined;
  } finally {
    app.busy = null;
  }
}

export async function addEntry(section: Section, entry: Record<string, unknown>, done?: string) {
  const id = app.portfolioId;
  if (!id) return undefined;
  const out = await run(() => api.addEntry(id, section, entry), done ?? t('saved'));
  await refresh();
  scheduleSync();
  return out;
}

export async function editEntry(section: Section, entryId: string, patch: Record<string, unknown>, done?: string) {
  const id = app.portfolioId;
  if (!id) return undefined;
  const out = await run(() => api.editEntry(id, section, entryId, patch).then(() => true), done ?? t('saved'));
  await refresh();
  scheduleSync();
  return out;
}

export async function removeEntry(section: Section, entryId: string) {
  const id = app.portfolioId;
  if (!id) return;
  await run(() => api.removeEntry(id, section, entryId));
  await refresh();
  scheduleSync();
}

export function navigate(screen: Screen): void {
  app.screen = screen;
  app.message = '';
  app.error = '';
  queueMicrotask(() => document.getElementById('main')?.focus());
}

export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Background sync: what a user expects once a relay is set, without pressing a button.
 * Runs at start, a few seconds after each local edit, every few minutes and when the
 * network comes back. Never two at once; failures only change the header state (the
 * data is safe on the device either way). */
export const AUTO_SYNC_EVERY_MS = 3 * 60 * 1000;
export const AUTO_SYNC_AFTER_EDIT_MS = 4 * 1000;
let autoSyncTimer: ReturnType<typeof setTimeout> | null = null;

/** Syncs every portfolio that has somewhere to sync: the own one when a relay is set, and
 * the mentees' ones (they came with their relay). Quiet: no success message. */
export async function autoSync(): Promise<void> {
  if (app.sync === 'syncing' || (typeof navigator !== 'undefined' && navigator.onLine === false)) return;
  const relay = prefs.relay();
  let targets: string[];
  try {
    const all = await api.listPortfolios();
    targets = all.filter((p) => p.role !== 'owner' || relay).map((p) => p.id);
  } catch {
    return;
  }
  if (targets.length === 0) return;
  app.sync = 'syncing';
  let ok = true;
  for (const id of targets) {
    try {
      await api.sync(id, relay);
    } catch {
      ok = false;
    }
  }
  app.sync = ok ? 'ok' : 'error';
  if (ok) await refresh();
}

/** Asks for a background sync soon (after a local edit); repeated calls coalesce. */
export function scheduleSync(delay = AUTO_SYNC_AFTER_EDIT_MS): void {
  if (!prefs.relay()) return;
  if (autoSyncTimer) clearTimeout(autoSyncTimer);
  autoSyncTimer = setTimeout(() => {
    autoSyncTimer = null;
    void autoSync();
  }, delay);
}

/** Starts background sync for the life of the window; returns the function that stops it. */
export function startAutoSync(): () => void {
  void autoSync();
  const every = setInterval(() => void autoSync(), AUTO_SYNC_EVERY_MS);
  const online = () => void autoSync();
  window.addEventListener('online', online);
  return () => {
    clearInterval(every);
    window.removeEventListener('online', online);
    if (autoSyncTimer) clearTimeout(autoSyncTimer);
  };
}

/** Syncs a portfolio (the own one by default) with the relay set in Settings; the header
 * shows the state. A portfolio received from a share code syncs with the relay it came from. */
export async function syncNow(id: string | null = app.portfolioId, shared = false): Promise<boolean> {
  const relay = prefs.relay();
  if (!id) return false;
  if (!relay && !shared) {
    app.error = t('share-no-relay');
    return false;
  }
  app.sync = 'syncing';
  app.error = '';
  try {
    const r = await api.sync(id, relay);
    app.sync = 'ok';
    app.message = t('share-synced', { pulled: r.applied_changes, pushed: r.pushed_changes });
  } catch (e) {
    app.sync = 'error';
    app.error = errorText(e);
    return false;
  }
  await refresh();
  return true;
}
