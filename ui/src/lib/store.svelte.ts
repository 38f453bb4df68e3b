// App-wide state: the open portfolio, busy/progress and messages. Data always comes
// from the backend; this only caches the last read.
import { api, isApiError } from './api';
import { t } from './i18n.svelte';
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
  return out;
}

export async function editEntry(section: Section, entryId: string, patch: Record<string, unknown>, done?: string) {
  const id = app.portfolioId;
  if (!id) return undefined;
  const out = await run(() => api.editEntry(id, section, entryId, patch).then(() => true), done ?? t('saved'));
  await refresh();
  return out;
}

export async function removeEntry(section: Section, entryId: string) {
  const id = app.portfolioId;
  if (!id) return;
  await run(() => api.removeEntry(id, section, entryId));
  await refresh();
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
