// Promises checked on the source itself: no network code, no HTML sinks, no
// storage.sync, nothing listening to the page's window messages. A reviewer
// can grep for the same; this makes a slip fail the build.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|html)$/.test(name) ? [full] : [];
  });
}

// Comments may name the APIs (to say why they are absent); code may not use them.
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const SOURCES = files(SRC).map((f) => ({ file: path.relative(SRC, f), text: code(f) }));

function offenders(pattern: RegExp, only?: (file: string) => boolean): string[] {
  return SOURCES.filter((s) => (only ? only(s.file) : true) && pattern.test(s.text)).map((s) => s.file);
}

describe('source hygiene', () => {
  it('has sources to check', () => expect(SOURCES.length).toBeGreaterThan(20));
  it('contains no network API', () => {
    expect(offenders(/\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|sendBeacon|new\s+EventSource|importScripts\s*\(/)).toEqual([]);
  });
  it('renders no HTML from strings', () => {
    expect(offenders(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|DOMParser|createContextualFragment/)).toEqual([]);
  });
  it('never uses storage.sync', () => {
    expect(offenders(/storage\s*\.\s*sync/)).toEqual([]);
  });
  it('runs no code from strings', () => {
    expect(offenders(/\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]/)).toEqual([]);
  });
  it('does not listen to the page: no window message handlers in the content script', () => {
    expect(offenders(/addEventListener\s*\(\s*['"]message['"]|onmessage\s*=/, (f) => f.startsWith('content'))).toEqual([]);
  });
});
