import { defineConfig } from 'vite';

// Builds mock-entry.ts into one classic script for Playwright's addInitScript.
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: 'tests/browser/.out',
    emptyOutDir: true,
    minify: false,
    lib: { entry: 'tests/browser/mock-entry.ts', formats: ['iife'], name: 'mosaicMock', fileName: () => 'mock.js' },
  },
});
