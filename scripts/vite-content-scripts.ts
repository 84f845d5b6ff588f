// The content scripts, each built as one self-contained IIFE file, outside crxjs.
//
// Why not crxjs's own `contentScripts.standaloneFiles`: @crxjs/vite-plugin 3.0.0
// runs that child build with `output.inlineDynamicImports: true`, while Vite 8
// already sets rolldown's `codeSplitting: false` for an IIFE library build, so
// every `npm run build` warned "inlineDynamicImports option is ignored because
// codeSplitting: false is set". The fix belongs in crxjs; until it ships, this
// plugin does the same build with `codeSplitting: false` alone.
//
// What the extension gets is unchanged: one file per content script (e.g.
// src/content/index.ts → src/content/index.js) holding all its code, listed in
// the built manifest.json, and no `web_accessible_resources` (crxjs's default
// loader would add some that any page on these sites could probe to detect
// that the user has Varsom installed). crxjs is given the manifest without
// `content_scripts`, so it neither builds nor loads them itself.
import { build, type Plugin, type ResolvedConfig } from 'vite';

export interface ContentScript {
  js?: string[];
  matches: string[];
  [key: string]: unknown;
}

/** src/content/index.ts → src/content/index.js: where the built file goes, beside the source's path. */
export function builtName(file: string): string {
  return file.replace(/^\//, '').replace(/\.(ts|tsx|js|jsx|mjs|cjs)$/, '') + '.js';
}

/** The global name rolldown gives the IIFE: a valid identifier from the file name. */
function globalName(file: string): string {
  return (builtName(file).split('/').pop() ?? 'content').replace(/\.js$/, '').replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(\d)/, '_$1');
}

/**
 * Split a manifest: crxjs gets `manifest` (no content scripts); `plugins`
 * build each content script and put them back into the built manifest.json.
 */
export function standaloneContentScripts<M extends { content_scripts?: ContentScript[] }>(source: M): { manifest: Omit<M, 'content_scripts'>; plugins: Plugin[] } {
  const { content_scripts: scripts = [], ...manifest } = source;
  const files = [...new Set(scripts.flatMap((s) => s.js ?? []))];
  let config: ResolvedConfig;

  const emit: Plugin = {
    name: 'varsom:content-scripts',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    // A normal-order hook, so plugins after this one (the build guard) see the files.
    async generateBundle() {
      for (const file of files) {
        const fileName = builtName(file);
        const result = await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          // Like crxjs's child build: no plugins; resolve and define as in the main build.
          plugins: [],
          resolve: config.resolve,
          define: config.define,
          build: {
            write: false,
            emptyOutDir: false,
            copyPublicDir: false,
            reportCompressedSize: false,
            lib: { entry: `${config.root}/${file.replace(/^\//, '')}`, formats: ['iife'], name: globalName(file), fileName: () => fileName },
            // One file with every import inlined: a content script cannot load chunks.
            rolldownOptions: { output: { entryFileNames: fileName, codeSplitting: false } },
            minify: config.build.minify,
            sourcemap: config.build.sourcemap,
            target: config.build.target,
          },
        });
        if (!Array.isArray(result) && 'on' in result) this.error(`${file}: the content script build returned a watcher`);
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
        for (const out of outputs) {
          if (out.type === 'chunk' && !out.isEntry) this.error(`${file}: the content script was split into chunks (${out.fileName}); it must be one file`);
          if (out.type === 'chunk') this.emitFile({ type: 'asset', fileName, source: out.code });
          else this.emitFile({ type: 'asset', fileName: out.fileName, source: out.source });
        }
      }
    },
  };

  const list: Plugin = {
    name: 'varsom:content-scripts-manifest',
    apply: 'build',
    // After crxjs has written manifest.json (its manifest plugin moves itself to the end).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['manifest.json'];
        if (asset?.type !== 'asset') this.error('manifest.json is missing from the bundle');
        const built = JSON.parse(String(asset.source)) as Record<string, unknown>;
        const withScripts: Record<string, unknown> = {};
        // The source's key order, so the built manifest reads like manifest.json.
        for (const key of Object.keys(source)) {
          if (key === 'content_scripts') withScripts[key] = scripts.map((s) => ({ ...s, ...(s.js ? { js: s.js.map(builtName) } : {}) }));
          else if (key in built) withScripts[key] = built[key];
        }
        for (const key of Object.keys(built)) if (!(key in withScripts)) withScripts[key] = built[key];
        asset.source = `${JSON.stringify(withScripts, null, 2)}\n`;
      },
    },
  };

  return { manifest, plugins: [emit, list] };
}
