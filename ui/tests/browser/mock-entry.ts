// TEST CODE ONLY: bundled into an init script so the built app runs in Chromium over the
// in-memory backend. State lives for one page load (tests never reload mid-flow).
import { mockIPC } from '@tauri-apps/api/mocks';
import { createBackend } from '../support/memory-backend';

const backend = createBackend({ mentee: true });
mockIPC((cmd, args) => backend.handle(cmd, args));
// mockIPC drops invoke options; keep the headers (uploads carry ids in them).
const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (c: string, a: unknown, o?: { headers?: Record<string, string> }) => Promise<unknown> } }).__TAURI_INTERNALS__;
// `window.__mosaicDelay` (ms) slows every command, as a real store's fsync would.
const w = window as unknown as { __mosaicDelay?: number };
internals.invoke = async (cmd, args, options) => {
  if (w.__mosaicDelay) await new Promise((r) => setTimeout(r, w.__mosaicDelay));
  return backend.handle(cmd, args, options?.headers);
};
(window as unknown as { __mosaicBackend: unknown }).__mosaicBackend = backend;
