// The extension build: crxjs turns manifest.json's entries into dist/.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { noNetworkNoHtml } from './scripts/vite-guard.ts';

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest,
      // One self-contained content script file. crxjs's default loader would add
      // web_accessible_resources that any page on these sites could probe to
      // detect that the user has Varsom installed.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    // Last, so it also sees the content script crxjs emits.
    noNetworkNoHtml(),
  ],
  build: {
    // The polyfill loads module preloads itself over the network; Chrome has modulepreload natively,
    // and no built file may contain a network call.
    modulePreload: { polyfill: false },
    sourcemap: false,
    emptyOutDir: true,
  },
});
