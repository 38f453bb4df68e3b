// TEST CODE ONLY: bundled into an init script so the built app runs in Chromium over the
// in-memory backend. State lives for one page load (tests never reload mid-flow).
import { mockIPC } from '@tauri-apps/api/mocks';
import { createBackend } from '../support/memory-backend';

const backend = createBackend({ mentee: true });
mockIPC((cmd, args) => backend.handle(cmd, args));
(window as unknown as { __mosaicBackend: unknown }).__mosaicBackend = backend;
