// Background sync: what runs without the user pressing "Sync now".
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../src/lib/api';
import { prefs } from '../../src/lib/prefs';
import { app, autoSync, scheduleSync, setRelay, syncShown, AUTO_SYNC_AFTER_EDIT_MS } from '../../src/lib/store.svelte';
import { createBackend, type MemoryBackend } from '../support/memory-backend';

let backend: MemoryBackend;
let synced: string[];
let failSync: boolean;

beforeEach(() => {
  localStorage.clear();
  backend = createBackend({ mentee: true });
  synced = [];
  failSync = false;
  mockIPC((cmd, args: any) => {
    if (cmd === 'sync') {
      if (failSync) throw { kind: 'offline', message: 'relay unreachable' };
      synced.push(args.id);
    }
    return backend.handle(cmd, args);
  });
  Object.assign(app, { portfolioId: null, portfolio: null, summary: null, error: '', message: '', sync: 'local', relay: '', lastSync: null, online: true });
});
afterEach(() => {
  vi.useRealTimers();
  clearMocks();
});

const ids = async () => {
  const all = await api.listPortfolios();
  return { own: all.find((p) => p.role === 'owner')?.id, mentee: all.find((p) => p.role === 'mentee')?.id };
};

describe('background sync', () => {
  it('without a relay syncs only the mentees (they carry their own relay)', async () => {
    await api.createPortfolio({ name_latin: 'Amina Yusuf', mother_tongues: [] } as any);
    const { mentee } = await ids();
    await autoSync();
    expect(synced).toEqual([mentee]);
    expect(app.sync).toBe('ok');
  });

  it('with a relay also syncs the own portfolio, quietly', async () => {
    await api.createPortfolio({ name_latin: 'Amina Yusuf', mother_tongues: [] } as any);
    prefs.setRelay('https://relay.example.org');
    const { own, mentee } = await ids();
    await autoSync();
    expect(synced.sort()).toEqual([own, mentee].sort());
    expect(app.sync).toBe('ok');
    expect(app.message).toBe('');
  });

  it('a failed sync shows in the header only, not as an error over the screen', async () => {
    failSync = true;
    await autoSync();
    expect(app.sync).toBe('error');
    expect(app.error).toBe('');
  });

  it('edits in quick succession lead to one sync a few seconds later', async () => {
    vi.useFakeTimers();
    prefs.setRelay('https://relay.example.org');
    scheduleSync();
    scheduleSync();
    scheduleSync();
    expect(synced).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUTO_SYNC_AFTER_EDIT_MS + 10);
    expect(synced.length).toBe(1);
  });

  it('nothing is scheduled while no relay is set', async () => {
    vi.useFakeTimers();
    scheduleSync();
    await vi.advanceTimersByTimeAsync(AUTO_SYNC_AFTER_EDIT_MS * 2);
    expect(synced).toEqual([]);
  });

  it("a mentor's feedback is synced soon even without an own relay", async () => {
    vi.useFakeTimers();
    const { mentee } = await ids();
    scheduleSync(undefined, true);
    await vi.advanceTimersByTimeAsync(AUTO_SYNC_AFTER_EDIT_MS + 10);
    expect(synced).toEqual([mentee]);
  });
});

describe('the header says what is true', () => {
  it('"on this phone only" without a relay, "offline" without network, "last synced" after a sync', async () => {
    expect(syncShown()).toBe('phone-only');
    await api.createPortfolio({ name_latin: 'Amina Yusuf', mother_tongues: [] } as any);
    setRelay('https://relay.example.org');
    expect(syncShown()).toBe('not-yet');
    app.online = false;
    expect(syncShown()).toBe('offline');
    app.online = true;
    const before = Date.now();
    await autoSync();
    expect(syncShown()).toBe('last');
    expect(app.lastSync).toBeGreaterThanOrEqual(before);
    expect(prefs.lastSync()).toBe(app.lastSync);
    failSync = true;
    await autoSync();
    expect(syncShown()).toBe('error');
  });
});
