// Build-time guard for the privacy and safety promises: the built extension
// contains no network call and no HTML sink, not even in library code that is
// never called. A file that breaks this fails the build.
import type { Plugin } from 'vite';

const FORBIDDEN = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|innerHTML|outerHTML|insertAdjacentHTML|document\.write/;

// Preact supports `dangerouslySetInnerHTML` by assigning innerHTML. Varsom never
// uses it (drafts and quotes render as text), so that branch is cut from the
// bundled library: the comparison reads nothing, the assignment throws. It is
// done on the output because the content script is bundled in a child
// build that runs no plugins; if a preact update changes the shape, the check
// below fails the build instead of letting the sink through.
const PREACT_READ = /(\w+)\.__html\s*==\s*(\w+)\.innerHTML/g;
const PREACT_WRITE = /(\w+)\.innerHTML\s*=\s*(\w+)\.__html/g;

function cut(code: string): string {
  return code.replace(PREACT_READ, '!1').replace(PREACT_WRITE, '(()=>{throw new Error("Varsom renders no HTML")})()');
}

export function noNetworkNoHtml(): Plugin {
  return {
    name: 'varsom:no-network-no-html',
    // After the content script has been emitted into the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [name, file] of Object.entries(bundle)) {
        if (!name.endsWith('.js')) continue;
        if (file.type === 'chunk') file.code = cut(file.code);
        else if (typeof file.source === 'string') file.source = cut(file.source);
        else file.source = cut(Buffer.from(file.source).toString('utf8'));
        const text = file.type === 'chunk' ? file.code : String(file.source);
        const hit = FORBIDDEN.exec(text);
        if (hit) this.error(`${name} contains "${hit[0]}": the extension may hold no network call and no HTML sink`);
      }
    },
  };
}
