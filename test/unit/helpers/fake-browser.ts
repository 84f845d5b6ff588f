// An in-memory stand-in for the parts of webextension-polyfill the settings,
// the pages and the worker use: storage.local/sync with onChanged, and a
// storage.managed area whose policy a test sets (or makes reject, as Firefox
// does when no policy exists). Use it from a vi.mock factory:
//
//   vi.mock('webextension-polyfill', async () => ({ default: (await import('./helpers/fake-browser.ts')).createFakeBrowser() }));
//   import browser from 'webextension-polyfill';
//   const fake = browser as unknown as FakeBrowser;
import { vi, type Mock } from 'vitest';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

export interface FakeArea {
  data: Map<string, unknown>;
  get: Mock<(keys?: null | string | string[]) => Promise<Record<string, unknown>>>;
  set: Mock<(items: Record<string, unknown>) => Promise<void>>;
  remove: Mock<(keys: string | string[]) => Promise<void>>;
}

export interface FakeBrowser {
  storage: {
    local: FakeArea;
    sync: FakeArea;
    managed?: { get: Mock<() => Promise<Record<string, unknown>>> };
    onChanged: { addListener(l: Listener): void; removeListener(l: Listener): void };
  };
  i18n: { getMessage(key: string): string; getUILanguage(): string };
  tabs: { query: Mock<() => Promise<{ id: number }[]>>; create: Mock<() => Promise<object>> };
  runtime: {
    sendMessage: Mock<(message: unknown) => Promise<unknown>>;
    getURL(path: string): string;
    getManifest(): { version: string };
    openOptionsPage: Mock<() => Promise<void>>;
  };
  /** Test controls. */
  fake: {
    listeners: Set<Listener>;
    /** The policy storage.managed returns; 'reject' makes get() reject; 'absent' removes the area. */
    setPolicy(policy: Record<string, unknown> | 'reject' | 'absent', notify?: boolean): void;
    reset(): void;
  };
}

export function createFakeBrowser(): FakeBrowser {
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, Change>, area: string) => queueMicrotask(() => listeners.forEach((l) => l(changes, area)));
  const makeArea = (name: string): FakeArea => {
    const data = new Map<string, unknown>();
    const keysOf = (keys?: null | string | string[]) => (keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys);
    return {
      data,
      get: vi.fn(async (keys?: null | string | string[]) =>
        Object.fromEntries(keysOf(keys).filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
      ),
      set: vi.fn(async (items: Record<string, unknown>) => {
        const changes: Record<string, Change> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
          data.set(k, structuredClone(v));
        }
        emit(changes, name);
      }),
      remove: vi.fn(async (keys: string | string[]) => {
        const changes: Record<string, Change> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (data.has(k)) changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        emit(changes, name);
      }),
    };
  };
  let policy: Record<string, unknown> | 'reject' = {};
  const managed = {
    get: vi.fn(async () => {
      if (policy === 'reject') throw new Error('Managed storage manifest not found');
      return structuredClone(policy);
    }),
  };
  const browser: FakeBrowser = {
    storage: {
      local: makeArea('local'),
      sync: makeArea('sync'),
      managed,
      onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    },
    // The browser serves English; '' makes the UI use the bundled dictionary.
    i18n: { getMessage: (key) => (key === 'lang_code' ? 'en' : ''), getUILanguage: () => 'en-US' },
    tabs: { query: vi.fn(async () => [{ id: 7 }]), create: vi.fn(async () => ({})) },
    runtime: {
      sendMessage: vi.fn(async () => undefined),
      getURL: (path) => `chrome-extension://varsom/${path}`,
      getManifest: () => ({ version: '0.1.0' }),
      openOptionsPage: vi.fn(async () => undefined),
    },
    fake: {
      listeners,
      setPolicy(next, notify = false) {
        if (next === 'absent') {
          delete browser.storage.managed;
          policy = {};
        } else {
          browser.storage.managed = managed;
          policy = next;
        }
        if (notify) emit({ policy: { newValue: next } }, 'managed');
      },
      reset() {
        browser.storage.local.data.clear();
        browser.storage.sync.data.clear();
        browser.storage.managed = managed;
        policy = {};
      },
    },
  };
  return browser;
}
