// TEST CODE ONLY: bundled into an init script so the built app runs in Chromium over the
// in-memory backend. State lives for one page load (tests never reload mid-flow).
import { mockIPC } from '@tauri-apps/api/mocks';
import { createBackend } from '../support/memory-backend';

const backend = createBackend({ mentee: true });
mockIPC((cmd, args) => backend.handle(cmd, args));
// mockIPC drops invoke options; keep the headers (uploads carry ids in them).
const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (c: string, a: unknown, o?: { headers?: Record<string, string> }) => Promise<unknown> } }).__TAURI_INTERNALS__;
internals.invoke = async (cmd, args, options) => backend.handle(cmd, args, options?.headers);
(window as unknown as { __mosaicBackend: unknown }).__mosaicBackend = backend;
