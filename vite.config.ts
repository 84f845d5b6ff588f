// The extension build: crxjs turns manifest.json's entries into dist/; the
// content script is built beside it as one self-contained file.
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { standaloneContentScripts } from './scripts/vite-content-scripts.ts';
import { noNetworkNoHtml } from './scripts/vite-guard.ts';

// One self-contained content script file and no web_accessible_resources, which
// any page on these sites could probe to detect that the user has Varsom
// installed. Built by our own plugin rather than crxjs's `standaloneFiles`:
// see scripts/vite-content-scripts.ts.
const content = standaloneContentScripts(manifest);

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: content.manifest }),
    ...content.plugins,
    // Last, so it also sees the content script emitted above.
    noNetworkNoHtml(),
  ],
  build: {
    // The polyfill loads module preloads itself over the network; Chrome has modulepreload natively,
    // and no built file may contain a network call.
    modulePreload: { polyfill: false },
    sourcemap: false,
    emptyOutDir: true,
    // The service worker's chunk is about 620 kB, and should be: it holds the
    // learned reader's weights (src/engine/model/weights.json, about 530 kB of
    // JSON, three kinds × 2^17 hashed features) next to the engine. Nothing
    // else carries them (the popup, options page and content script ask the
    // worker), and the worker is read from the installed extension on disk,
    // never over a network, so splitting it would gain nothing. The limit sits
    // just above that, so an accidental copy anywhere still warns.
    chunkSizeWarningLimit: 700,
  },
});
