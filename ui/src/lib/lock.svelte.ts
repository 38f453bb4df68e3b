// The app lock and the quick exit. The PIN is checked in Rust (Argon2id unwraps the
// store key); this file only decides when to ask and what to show meanwhile.
import { api, isApiError } from './api';
import { prefs } from './prefs';
import { app } from './store.svelte';

export const lock = $state({
  /** The shell has the lock commands (an older shell has none: no PIN, plain backups). */
  supported: false,
  /** A PIN protects the store. */
  protected: false,
  /** The lock screen is up: nothing of the portfolio is rendered. */
  locked: false,
  /** The neutral screen is up (after a quick exit). */
  neutral: false,
});

/** Forgets every piece of the portfolio the UI holds, so nothing can be rendered. */
function forget(): void {
  app.portfolio = null;
  app.summary = null;
  app.message = '';
  app.error = '';
}

/** Asks the shell whether a PIN protects the store and whether it is open. */
export async function readLockState(): Promise<void> {
  const s = await api.lockState();
  lock.supported = true;
  lock.protected = s.protected;
  lock.locked = s.locked;
}

/** Tries `pin` in Rust. Returns null when unlocked, or the reason it was refused:
 * `wrong` or `wait:<seconds>`. */
export async function unlock(pin: string): Promise<string | null> {
  try {
    await api.unlock(pin);
  } catch (e) {
    if (isApiError(e) && e.kind === 'wrong_pin') return 'wrong';
    if (isApiError(e) && e.kind === 'too_many_attempts') {
      const s = await api.lockState();
      return `wait:${s.wait_secs}`;
    }
    throw e;
  }
  lock.locked = false;
  lock.neutral = false;
  return null;
}

/** Locks the store (with a PIN) and forgets what the UI showed. */
export async function lockNow(): Promise<void> {
  forget();
  if (lock.protected) lock.locked = true;
  try {
    lock.locked = await api.lock();
  } catch {
    /* the UI is locked either way */
  }
}

/** Quick exit: at once a neutral screen, then the lock. */
export function quickExit(): void {
  lock.neutral = true;
  void lockNow();
}

/** Leaves the neutral screen: to the lock screen with a PIN, else back to the app. */
export function leaveNeutral(): void {
  lock.neutral = false;
}

/** Locks after the chosen time in the background; a double press of Escape is a quick
 * exit. Returns the function that stops listening. */
export function watchLock(onUnlockedReturn: () => void): () => void {
  let hiddenAt: number | null = null;
  const visibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      return;
    }
    const after = prefs.lockAfterMs();
    if (hiddenAt !== null && lock.protected && after !== null && Date.now() - hiddenAt >= after) {
      void lockNow();
    } else if (!lock.locked) {
      onUnlockedReturn();
    }
    hiddenAt = null;
  };
  let lastEscape = 0;
  const keys = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscape < 600) {
      lastEscape = 0;
      quickExit();
    } else {
      lastEscape = now;
    }
  };
  document.addEventListener('visibilitychange', visibility);
  window.addEventListener('keydown', keys);
  return () => {
    document.removeEventListener('visibilitychange', visibility);
    window.removeEventListener('keydown', keys);
  };
}
