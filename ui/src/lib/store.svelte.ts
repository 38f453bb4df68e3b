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
  | 'goals'
  | 'reflections'
  | 'competences'
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
  /** The technical detail of the error shown now (kept only while `error` is still `for`). */
  errorDetail: { for: '', detail: '' },
  /** A removal that can still be taken back: the toast offers Undo until it expires. */
  undo: null as { text: string; restore: () => Promise<unknown> } | null,
  /** Sync with the relay: `local` (never synced this session), `syncing`, `ok`, `error`. */
  sync: 'local' as 'local' | 'syncing' | 'ok' | 'error',
  /** The relay set in Settings ('' when none): without one, everything stays on this phone. */
  relay: prefs.relay(),
  /** What the browser says about the network (`online`/`offline` events). */
  online: typeof navigator === 'undefined' ? true : navigator.onLine !== false,
  /** When a sync last succeeded (ms), kept across restarts. */
  lastSync: prefs.lastSync(),
  /** The activity whose "Reflect" button opened the Reflections screen (the form starts on it). */
  reflectOn: null as string | null,
});

/** Sets (or clears, with '') the relay address. */
export function setRelay(url: string): void {
  prefs.setRelay(url);
  app.relay = url;
}

/** Records a successful sync for the header. */
function synced(): void {
  app.sync = 'ok';
  app.lastSync = Date.now();
  prefs.setLastSync(app.lastSync);
}

/** What the header says, most important first: a sync running, no network, no relay
 * (so nothing leaves this phone), the last failure, the last success. */
export type SyncShown = 'syncing' | 'offline' | 'phone-only' | 'error' | 'last' | 'not-yet';
export function syncShown(): SyncShown {
  if (app.sync === 'syncing') return 'syncing';
  if (!app.online) return 'offline';
  if (!app.relay) return 'phone-only';
  if (app.sync === 'error') return 'error';
  return app.lastSync ? 'last' : 'not-yet';
}

/** The ApiError kinds, each with a plain sentence (`error-kind-<kind>`) that says what
 * happened and what to do; the backend's technical message goes behind "Details". */
const ERROR_KINDS = new Set(['invalid', 'not_found', 'exists', 'import', 'attachment', 'unavailable', 'storage',
  'cv', 'offline', 'refused', 'code', 'sync', 'busy']);

const CHECKIN_KINDS: Record<string, string> = {
  expired: 'checkin-error-expired',
  future: 'checkin-error-future',
  other_event: 'checkin-error-other-event',
  // The app lock and sealed backups (the lock screen says "wait N seconds" itself).
  wrong_pin: 'lock-wrong',
  too_many_attempts: 'lock-wrong',
  locked: 'lock-title',
  passphrase: 'error-passphrase',
};

/** The translated, plain sentence for a failed command. */
export function errorText(e: unknown): string {
  // A check-in code that cannot be used says why in the organiser's words (the message names the event).
  const checkin = isApiError(e) ? CHECKIN_KINDS[e.kind] : undefined;
  if (checkin && isApiError(e)) return t(checkin, { message: e.message });
  if (isApiError(e)) return t(ERROR_KINDS.has(e.kind) ? `error-kind-${e.kind}` : 'error-kind-storage');
  return t('error-kind-other');
}

/** The technical text behind a failure (shown only under "Details"). */
export function errorDetail(e: unknown): string {
  if (isApiError(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

/** Shows a failure in the toast: the plain sentence, and the technical detail behind "Details". */
export function showError(e: unknown): void {
  const text = errorText(e);
  app.error = text;
  app.errorDetail = { for: text, detail: errorDetail(e) };
}

/** A file sent to the shell, with the busy banner, "saved" and a sync after it. `onError` may
 * word a failure itself (it returns true when it did). */
export async function upload(work: () => Promise<unknown>, onError?: (e: unknown) => boolean): Promise<void> {
  app.busy = t('cert-uploading');
  app.error = '';
  try {
    await work();
    app.message = t('saved');
    scheduleSync();
  } catch (e) {
    if (!onError?.(e)) showError(e);
  } finally {
    app.busy = null;
  }
  await refresh();
}

export async function refresh(): Promise<void> {
  const id = app.portfolioId;
  if (!id) return;
  try {
    [app.portfolio, app.summary] = await Promise.all([api.portfolio(id), api.summary(id)]);
  } catch (e) {
    showError(e);
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
    showError(e);
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

/** Starts a programme from a shipped template (modules and rules already set). */
export async function startProgramme(template: string) {
  const id = app.portfolioId;
  if (!id) return undefined;
  const out = await run(() => api.startProgramme(id, template), t('saved'));
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

/** How long a removal can be undone, in milliseconds. */
export const UNDO_MS = 6000;
let undoTimer: ReturnType<typeof setTimeout> | null = null;

/** Offers Undo in the toast for a few seconds; a newer offer replaces an older one. */
export function offerUndo(text: string, restore: () => Promise<unknown>): void {
  if (undoTimer) clearTimeout(undoTimer);
  app.undo = { text, restore };
  app.message = text;
  undoTimer = setTimeout(() => {
    undoTimer = null;
    if (app.undo?.restore === restore) {
      app.undo = null;
      if (app.message === text) app.message = '';
    }
  }, UNDO_MS);
}

/** Takes back the last removal (the toast's Undo button). */
export async function undo(): Promise<void> {
  const u = app.undo;
  if (!u) return;
  if (undoTimer) clearTimeout(undoTimer);
  undoTimer = null;
  app.undo = null;
  app.message = '';
  await run(u.restore, t('undo-done'));
  await refresh();
  scheduleSync();
}

/** Removes an entry and offers Undo: the entry's JSON is kept in memory and added back
 * with the same id (the core accepts a given id once the entry is gone), so links to it
 * (evidence, feedback) still point at it. */
export async function removeEntry(section: Section, entryId: string) {
  const id = app.portfolioId;
  if (!id) return;
  const list = (app.portfolio?.[section] ?? []) as { id: string }[];
  const kept = list.find((e) => e.id === entryId);
  const copy = kept ? (JSON.parse(JSON.stringify(kept)) as Record<string, unknown>) : null;
  const ok = await run(() => api.removeEntry(id, section, entryId).then(() => true));
  await refresh();
  scheduleSync();
  if (ok && copy) offerUndo(t('deleted'), () => api.addEntry(id, section, copy));
}

/** Screens a history entry may name (anything else in `history.state` is ignored). */
const SCREENS: Screen[] = ['home', 'languages', 'certificates', 'programmes', 'activities', 'work', 'education',
  'skills', 'stories', 'goals', 'reflections', 'competences', 'cv', 'sharing', 'mentor', 'settings', 'more'];
/** How many history entries sit above Home. Home is always the first entry, so the
 * system back button walks back through screens and only leaves the app from Home. */
let depth = 0;

function show(screen: Screen): void {
  app.screen = screen;
  app.message = '';
  app.error = '';
  app.undo = null;
  queueMicrotask(() => document.getElementById('main')?.focus());
}

export function navigate(screen: Screen): void {
  if (screen === app.screen) return show(screen);
  if (typeof history !== 'undefined') {
    if (screen === 'home') {
      // Back to the first entry instead of stacking Home on top of other screens.
      if (depth > 0) history.go(-depth);
      depth = 0;
    } else {
      depth += 1;
      history.pushState({ screen, depth }, '');
    }
  }
  show(screen);
}

/** Follows the browser's (or Android's) back and forward buttons. */
export function startHistory(): () => void {
  depth = 0;
  history.replaceState({ screen: 'home', depth: 0 }, '');
  const pop = (e: PopStateEvent) => {
    const st = (e.state ?? {}) as { screen?: Screen; depth?: number };
    depth = typeof st.depth === 'number' ? st.depth : 0;
    const screen = st.screen && SCREENS.includes(st.screen) ? st.screen : 'home';
    if (screen !== app.screen) show(screen);
  };
  window.addEventListener('popstate', pop);
  return () => window.removeEventListener('popstate', pop);
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
  if (ok) synced();
  else app.sync = 'error';
  if (ok) await refresh();
}

/** Asks for a background sync soon (after a local edit); repeated calls coalesce. Without a
 * relay only a mentor's feedback (`mentees`: it travels with the mentee's relay) is worth one. */
export function scheduleSync(delay = AUTO_SYNC_AFTER_EDIT_MS, mentees = false): void {
  if (!prefs.relay() && !mentees) return;
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
  const online = () => {
    app.online = true;
    void autoSync();
  };
  const offline = () => (app.online = false);
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  return () => {
    clearInterval(every);
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
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
    synced();
    app.message = t('share-synced', { pulled: r.applied_changes, pushed: r.pushed_changes });
  } catch (e) {
    app.sync = 'error';
    showError(e);
    return false;
  }
  await refresh();
  return true;
}
