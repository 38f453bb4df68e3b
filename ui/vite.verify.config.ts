// Builds the CV verification page (verify.html) into ONE self-contained file,
// dist-verify/verify.html: script and styles inline, no request at all, so it works from a
// file:// URL (where module scripts with src fail) and from any static host.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Moves the built JS and CSS into the HTML and drops the separate files. */
function inline(): Plugin {
  return {
    name: 'mosaic-inline',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') return;
      let page = String(html.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk') {
          const tag = new RegExp(`<script type="module" crossorigin src="[^"]*${file.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"></script>`);
          const code = file.code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
          if (!tag.test(page)) throw new Error(`inline: no script tag for ${file.fileName}`);
          // The script goes at the end of <body>, after the element it mounts into.
          page = page.replace(tag, '').replace('</body>', () => `<script type="module">${code}</script>\n</body>`);
          delete bundle[name];
        } else if (file.fileName.endsWith('.css')) {
          const tag = new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${file.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`);
          const css = String(file.source).replace(/<\/style/gi, '<\\/style');
          if (!tag.test(page)) throw new Error(`inline: no link tag for ${file.fileName}`);
          page = page.replace(tag, () => `<style>${css}</style>`);
          delete bundle[name];
        }
      }
      html.source = page;
    },
  };
}

export default defineConfig({
  plugins: [svelte(), inline()],
  base: './',
  publicDir: false,
  clearScreen: false,
  build: {
    target: ['es2021', 'safari15'],
    outDir: 'dist-verify',
    emptyOutDir: true,
    assetsInlineLimit: 100_000_000,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    rollupOptions: {
      input: 'verify.html',
      output: { codeSplitting: false },
    },
  },
});
