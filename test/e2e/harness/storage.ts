// Reading everything the extension keeps, through its own pages and raw from
// the profile on disk: the privacy tests must see a stored draft wherever it
// could hide.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

// ------------------------------------------------------------ extension types used inside evaluate()

interface StorageAreaLike {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
interface ChromeLike {
  storage: { local: StorageAreaLike; sync: StorageAreaLike; session: StorageAreaLike };
}
/** For type assertions inside evaluate() bodies, which run in the extension's own pages or worker. */
export type ExtensionGlobal = { chrome: ChromeLike };

export interface ExtensionStorageDump {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  indexedDB: Record<string, unknown>;
  cacheStorage: Record<string, string[]>;
}

/**
 * Everything the extension keeps in its origin, read on `page` (one of its own
 * pages): chrome.storage local, sync and session, plus the origin's
 * localStorage, sessionStorage, IndexedDB (every record of every store) and
 * CacheStorage (every cached body).
 */
export function readExtensionStorage(page: Page): Promise<ExtensionStorageDump> {
  // No named inner functions here: tsx (esbuild keepNames) would wrap them in a helper the page lacks.
  return page.evaluate(async () => {
    const api = (globalThis as unknown as ExtensionGlobal).chrome.storage;
    const webStorage: Record<'localStorage' | 'sessionStorage', Record<string, string>> = { localStorage: {}, sessionStorage: {} };
    for (const [name, area] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        if (key !== null) webStorage[name][key] = area.getItem(key) ?? '';
      }
    }
    const idb: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const db = await new Promise<IDBDatabase>((ok, bad) => {
        const req = indexedDB.open(info.name as string);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => bad(req.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const storeName of Array.from(db.objectStoreNames)) {
        stores[storeName] = await new Promise<unknown[]>((ok, bad) => {
          const req = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          req.onsuccess = () => ok(req.result as unknown[]);
          req.onerror = () => bad(req.error);
        });
      }
      db.close();
      idb[info.name] = stores;
    }
    const caches: Record<string, string[]> = {};
    for (const name of await globalThis.caches.keys()) {
      const cache = await globalThis.caches.open(name);
      const entries: string[] = [];
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        entries.push(`${request.url}\n${response ? await response.text() : ''}`);
      }
      caches[name] = entries;
    }
    return {
      local: await api.local.get(null),
      sync: await api.sync.get(null),
      session: await api.session.get(null),
      localStorage: webStorage.localStorage,
      sessionStorage: webStorage.sessionStorage,
      indexedDB: idb,
      cacheStorage: caches,
    };
  });
}

/**
 * The extension's storage folders in the profile on disk (chrome.storage
 * LevelDB, IndexedDB, CacheStorage, and the origin's local storage), read raw:
 * LevelDB appends every write to its log, so a draft stored and deleted again
 * still shows here.
 */
export function extensionDiskFiles(profileDir: string, extensionId: string): { path: string; bytes: Buffer }[] {
  const base = join(profileDir, 'Default');
  const roots = [
    join(base, 'Local Extension Settings', extensionId),
    join(base, 'Sync Extension Settings', extensionId),
    join(base, 'IndexedDB', `chrome-extension_${extensionId}_0.indexeddb.leveldb`),
    join(base, 'Service Worker', 'CacheStorage'),
    join(base, 'Local Storage', 'leveldb'),
  ];
  const files: { path: string; bytes: Buffer }[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      const info = statSync(file);
      if (info.isDirectory()) walk(file);
      else if (info.size < 20_000_000) files.push({ path: file, bytes: readFileSync(file) });
    }
  };
  for (const root of roots) walk(root);
  return files;
}
