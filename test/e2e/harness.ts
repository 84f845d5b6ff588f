// The e2e harness: real Chromium (Debian's /usr/bin/chromium) with the built
// extension from dist/, fixture pages served from memory at the real
// hostnames, and every request recorded. Nothing reaches the internet:
//
// 1. `context.route('**/*')` fulfils fixture hosts from memory and aborts every
//    other http(s) request, from pages AND from the extension's service worker
//    (playwright-core 1.65 attaches its network layer to service workers:
//    `request.serviceWorker()` tells those apart);
// 2. `context.routeWebSocket` closes every WebSocket;
// 3. Chromium runs behind a local catch-all proxy that answers 403 to anything
//    that still tries the network (a context Playwright does not attach to,
//    requests made before the routes were installed) and records it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';
import { loadFixtureAssets, type FixtureAsset } from './fixtures/build.ts';
import {
  ALL_PAGES,
  ASSET_PREFIX,
  FIXTURE_CSP,
  FIXTURE_HOSTS,
  PAGES,
  pageHtml,
  type FixtureEditor,
  type FixturePage,
  type PageKey,
} from './fixtures/pages.ts';
import { defaultSettings, STORAGE_KEYS, type Settings } from '../../src/settings/settings.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = resolve(process.env.VARSOM_DIST ?? join(ROOT, 'dist'));
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
export const CHROMIUM = process.env.VARSOM_CHROMIUM ?? '/usr/bin/chromium';

/** How long a nudge may take to reflect a draft before a test gives up (generous: 2 cores, debounce, worker start). */
export const NUDGE_TIMEOUT_MS = 10_000;

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

// ------------------------------------------------------------ manifest

export interface BuiltManifest {
  name: string;
  version: string;
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
  content_scripts?: { matches: string[]; js?: string[] }[];
  web_accessible_resources?: unknown[];
  permissions?: string[];
  host_permissions?: string[];
}

export function readManifest(): BuiltManifest {
  const file = join(DIST, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests.`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}

// ------------------------------------------------------------ request recording

export type RequestSource = 'page' | 'worker' | 'websocket' | 'proxy';

export interface RecordedRequest {
  url: string;
  source: RequestSource;
  /** The page frame or worker that made it, when known. */
  by?: string;
}

function describeRequest(request: Request): RecordedRequest {
  const worker = request.serviceWorker();
  if (worker !== null) return { url: request.url(), source: 'worker', by: worker.url() };
  let by: string | undefined;
  try {
    by = request.frame().url();
  } catch {
    by = undefined;
  }
  return { url: request.url(), source: 'page', ...(by !== undefined ? { by } : {}) };
}

/** A local HTTP proxy that refuses everything and remembers what was tried. */
export async function startCatchAllProxy(log: RecordedRequest[]): Promise<Server> {
  const server = createServer((req, res) => {
    log.push({ url: req.url ?? '?', source: 'proxy' });
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push({ url: `https://${req.url ?? '?'}/`, source: 'proxy' });
    // A tunnel socket is ours alone; when Chromium quits mid-handshake it is
    // reset (ECONNRESET), and an error with no listener would crash the run.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  // Same for a plain request whose browser went away before the 403 was read.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** Stops the proxy, dropping any connection Chromium left open so close() cannot wait on it. */
export function closeProxy(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((done) => server.close(() => done()));
}

// ------------------------------------------------------------ launching Chromium

export interface LaunchedChromium {
  context: BrowserContext;
  proxy: Server;
  proxyLog: RecordedRequest[];
  profileDir: string;
  /** Closes the browser and the proxy and removes the profile. */
  close(): Promise<void>;
}

/**
 * Chromium per /work/shared/RECIPES.md, headless, behind the catch-all proxy,
 * with the built extension (or, for the benchmark's baseline, without it).
 */
export async function launchChromium({ extension }: { extension: boolean }): Promise<LaunchedChromium> {
  const proxyLog: RecordedRequest[] = [];
  const proxy = await startCatchAllProxy(proxyLog);
  const port = (proxy.address() as AddressInfo).port;
  const profileDir = mkdtempSync(join(tmpdir(), 'varsom-e2e-'));
  const cleanUp = async (context?: BrowserContext): Promise<void> => {
    await context?.close().catch(() => undefined);
    await closeProxy(proxy);
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'nb-NO',
      viewport: { width: 1280, height: 800 },
      ...(extension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      args: [
        ...(extension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=nb',
        `--proxy-server=http://127.0.0.1:${port}`,
        // Loopback too goes to the proxy: nothing is exempt.
        '--proxy-bypass-list=<-loopback>',
      ],
    });
    return { context, proxy, proxyLog, profileDir, close: () => cleanUp(context) };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

// ------------------------------------------------------------ the harness

export interface LaunchOptions {
  /** Settings stored before the first page opens (merged over the defaults with Ringebu chosen). */
  settings?: Partial<Settings>;
  peopleFromWork?: string[];
  /**
   * A fresh install as a user meets it: nothing is stored, and the welcome
   * page the extension opens on install stays open (see `welcomePage`).
   * Otherwise that page is closed and the settings are stored as usual.
   */
  firstRun?: boolean;
}

/** The set the tests' settings choose unless they say otherwise: the extension itself preselects none. */
export const TEST_SET_ID = 'ringebu';

/** How long a launch waits for the welcome page the extension opens on install. */
const WELCOME_WAIT_MS = 5_000;

export class Harness {
  private serviceWorkerStatus = 'unknown';
  /** With `firstRun`: the page the extension opened on install, if it did. */
  private welcome: Page | undefined;
  private statusWaiters: { status: string; done: () => void }[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    readonly manifest: BuiltManifest,
    private readonly control: Page,
    private readonly controlCdp: CDPSession,
    private readonly proxy: Server,
    readonly profileDir: string,
    /** Requests seen by Playwright: pages (fixture and extension pages) and the service worker. */
    readonly requests: RecordedRequest[],
    private readonly proxyLog: RecordedRequest[],
  ) {}

  /** Everything recorded so far, including what reached the catch-all proxy. */
  allRequests(): RecordedRequest[] {
    return [...this.requests, ...this.proxyLog];
  }

  static async launch(options: LaunchOptions = {}): Promise<Harness> {
    const manifest = readManifest();
    const assets = loadFixtureAssets();
    const { context, proxy, proxyLog, profileDir } = await launchChromium({ extension: true });
    try {
      // Locator actions fail after 10 s, not Playwright's 30 s: a missing element is a failure, not a slow page.
      context.setDefaultTimeout(10_000);
      const requests = await routeFixtures(context, assets);

      const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
        ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
          throw new Error('The extension service worker did not start: is dist/ a loadable MV3 extension (see chrome://extensions errors)?');
        }));
      const extensionId = new URL(worker.url()).host;

      // On install the extension opens its options page at the welcome (no set is chosen yet).
      const optionsUrl = `chrome-extension://${extensionId}/${(manifest.options_ui?.page ?? manifest.options_page ?? '').replace(/^\//, '')}`;
      const welcome = await waitForPage(context, (url) => url.startsWith(optionsUrl), WELCOME_WAIT_MS);
      if (welcome !== undefined && options.firstRun !== true) await welcome.close();

      // A page in the extension's origin with chrome.* APIs, kept open for storage
      // reads and writes that must work even while the worker is stopped.
      const control = context.pages().find((p) => p !== welcome) ?? (await context.newPage());
      await control.goto(`chrome-extension://${extensionId}/manifest.json`);
      const controlCdp = await context.newCDPSession(control);

      const harness = new Harness(context, worker, extensionId, manifest, control, controlCdp, proxy, profileDir, requests, proxyLog);
      harness.welcome = options.firstRun === true ? welcome : undefined;

      await harness.trackServiceWorker();
      if (options.firstRun !== true) {
        const people = options.peopleFromWork ?? [];
        await harness.writeStorage({
          [STORAGE_KEYS.settings]: { ...defaultSettings(), setId: TEST_SET_ID, ...options.settings },
          [STORAGE_KEYS.peopleFromWork]: people,
        });
      }
      await grantClipboard(context);
      return harness;
    } catch (error) {
      await context.close().catch(() => undefined);
      await closeProxy(proxy);
      rmSync(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await closeProxy(this.proxy);
    rmSync(this.profileDir, { recursive: true, force: true });
  }

  // -------------------------------------------------------- pages

  async openFixture(key: PageKey): Promise<Fixture> {
    const spec = PAGES[key];
    const page = await this.context.newPage();
    const injected = this.watchContentScript(page);
    await page.goto(spec.url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, null, {
      timeout: 10_000,
    });
    await injected;
    return new Fixture(page, spec, this);
  }

  /**
   * Resolves once the extension's content script has an execution context
   * (isolated world) in the page. Signals injection exactly, instead of guessing
   * with a delay, and names the problem when the manifest does not match.
   */
  private async watchContentScript(page: Page): Promise<void> {
    const cdp = await this.context.newCDPSession(page);
    const origin = `chrome-extension://${this.extensionId}`;
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`The content script did not inject into ${page.url() || 'the page'} within 10 s (check content_scripts.matches in dist/manifest.json).`)),
          10_000,
        );
        cdp.on('Runtime.executionContextCreated', (event: { context: { origin: string; auxData?: { type?: string } } }) => {
          if (event.context.origin === origin || event.context.origin.startsWith(origin)) {
            clearTimeout(timer);
            done();
          }
        });
        cdp.send('Runtime.enable').catch(fail);
      });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  /** Opens an extension page by its built path (e.g. from the manifest); its uncaught errors are kept (pageErrors). */
  async openExtensionPage(path: string): Promise<Page> {
    const page = await this.context.newPage();
    const errors: string[] = [];
    PAGE_ERRORS.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
    return page;
  }

  /** Uncaught errors of a page opened with openExtensionPage. */
  pageErrors(page: Page): string[] {
    return PAGE_ERRORS.get(page) ?? [];
  }

  popupPath(): string {
    const path = this.manifest.action?.default_popup;
    if (path === undefined) throw new Error('dist/manifest.json has no action.default_popup');
    return path;
  }

  optionsPath(): string {
    const path = this.manifest.options_ui?.page ?? this.manifest.options_page;
    if (path === undefined) throw new Error('dist/manifest.json has neither options_ui.page nor options_page');
    return path;
  }

  // -------------------------------------------------------- storage

  async writeStorage(items: Record<string, unknown>): Promise<void> {
    await this.control.evaluate((values) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set(values), items);
  }

  async removeStorage(area: 'local' | 'session', keys: string[]): Promise<void> {
    await this.control.evaluate(
      ([which, names]) => (globalThis as unknown as ExtensionGlobal).chrome.storage[which].remove(names),
      [area, keys] as const,
    );
  }

  async writeSessionStorage(items: Record<string, unknown>): Promise<void> {
    await this.control.evaluate((values) => (globalThis as unknown as ExtensionGlobal).chrome.storage.session.set(values), items);
  }

  async settings(): Promise<Settings> {
    const stored = await this.control.evaluate(
      (key) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(key),
      STORAGE_KEYS.settings,
    );
    return stored[STORAGE_KEYS.settings] as Settings;
  }

  /** Replaces the stored settings with the defaults (Ringebu chosen) plus `patch`. */
  async setSettings(patch: Partial<Settings>): Promise<void> {
    await this.writeStorage({ [STORAGE_KEYS.settings]: { ...defaultSettings(), setId: TEST_SET_ID, ...patch } });
  }

  /** Launched with `firstRun`: the welcome page the extension opened on install (undefined when it opened none). */
  welcomePage(): Page | undefined {
    return this.welcome;
  }

  async setPeopleFromWork(names: string[]): Promise<void> {
    await this.writeStorage({ [STORAGE_KEYS.peopleFromWork]: names });
  }

  /**
   * Everything the extension keeps in its origin: chrome.storage local, sync
   * and session, plus the origin's localStorage, sessionStorage, IndexedDB
   * (every record of every store) and CacheStorage (every cached body).
   */
  async readExtensionStorage(): Promise<ExtensionStorageDump> {
    // No named inner functions here: tsx (esbuild keepNames) would wrap them in a helper the page lacks.
    return this.control.evaluate(async () => {
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
  extensionDiskFiles(): { path: string; bytes: Buffer }[] {
    const base = join(this.profileDir, 'Default');
    const roots = [
      join(base, 'Local Extension Settings', this.extensionId),
      join(base, 'Sync Extension Settings', this.extensionId),
      join(base, 'IndexedDB', `chrome-extension_${this.extensionId}_0.indexeddb.leveldb`),
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

  // -------------------------------------------------------- the service worker

  private async trackServiceWorker(): Promise<void> {
    const scope = `chrome-extension://${this.extensionId}/`;
    this.controlCdp.on(
      'ServiceWorker.workerVersionUpdated',
      (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        for (const version of event.versions) {
          if (!version.scriptURL.startsWith(scope)) continue;
          this.serviceWorkerStatus = version.runningStatus;
          const ready = this.statusWaiters.filter((w) => w.status === version.runningStatus);
          this.statusWaiters = this.statusWaiters.filter((w) => w.status !== version.runningStatus);
          for (const waiter of ready) waiter.done();
        }
      },
    );
    await this.controlCdp.send('ServiceWorker.enable');
  }

  workerStatus(): string {
    return this.serviceWorkerStatus;
  }

  /** Resolves when Chrome reports the extension's worker in `status` (running, stopped, …). */
  waitForWorkerStatus(status: string, timeoutMs = 10_000): Promise<void> {
    if (this.serviceWorkerStatus === status) return Promise.resolve();
    return new Promise<void>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`worker did not reach "${status}" within ${timeoutMs} ms (last: ${this.serviceWorkerStatus})`)),
        timeoutMs,
      );
      this.statusWaiters.push({
        status,
        done: () => {
          clearTimeout(timer);
          done();
        },
      });
    });
  }

  /**
   * Stops the extension's service worker the way Chrome does when it is idle
   * (CDP ServiceWorker.stopAllWorkers; the same as "Stop" in
   * chrome://serviceworker-internals) and waits until Chrome reports it stopped.
   * Playwright's Worker object survives: it gets a fresh context when Chrome
   * starts the worker again.
   */
  async stopWorker(): Promise<void> {
    await this.controlCdp.send('ServiceWorker.stopAllWorkers');
    await this.waitForWorkerStatus('stopped');
  }

  /**
   * Sends a runtime message from the extension's own control page and times
   * the worker's answer on that page's clock (no CDP round trip in the figure).
   */
  async timeWorkerAnswer(message: unknown): Promise<{ ms: number; answer: unknown }> {
    return this.control.evaluate(async (msg) => {
      const t0 = performance.now();
      const answer: unknown = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg);
      return { ms: performance.now() - t0, answer };
    }, message);
  }

  // -------------------------------------------------------- files

  async screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: options.fullPage ?? false });
    return path;
  }

  /**
   * Requests that went anywhere but the fixture hosts and this extension's own
   * files. Chromium's own background calls that reached the refusing proxy are
   * left out (see isChromiumBackground); `ignore` drops a test's own controls.
   */
  outsideRequests(ignore: (r: RecordedRequest) => boolean = () => false): RecordedRequest[] {
    return this.allRequests().filter((r) => !ignore(r) && !isChromiumBackground(r) && !isAllowedRequest(r.url, this.extensionId));
  }
}

const PAGE_ERRORS = new WeakMap<Page, string[]>();

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
 * Chromium's own services (sign-in, autofill, component updates) that it calls
 * despite --disable-background-networking. Only the proxy sees them (never a
 * page or the extension's worker, which Playwright records), and the proxy
 * refuses them. CONNECTs to the fixture hosts are Chromium's speculative
 * preconnects and count as fixture hosts (refused too: the real requests are
 * fulfilled by the routes).
 */
export function isChromiumBackground(r: RecordedRequest): boolean {
  if (r.source !== 'proxy') return false;
  let host: string;
  try {
    host = new URL(r.url).hostname;
  } catch {
    return false;
  }
  return /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)$/.test(host);
}

export function isAllowedRequest(url: string, extensionId: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'chrome-extension:') return parsed.host === extensionId;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return parsed.protocol === 'https:' && FIXTURE_HOSTS.includes(parsed.hostname);
}

/**
 * Records every request of the context (pages and service workers), serves
 * the fixture hosts from memory, aborts every other http(s) request and closes
 * every WebSocket. Returns the live list of recorded requests.
 */
export async function routeFixtures(context: BrowserContext, assets: Map<string, FixtureAsset> = loadFixtureAssets()): Promise<RecordedRequest[]> {
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => requests.push(describeRequest(request)));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.fallback();
    if (url.protocol === 'https:' && FIXTURE_HOSTS.includes(url.hostname)) return serveFixture(route, url, assets);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    requests.push({ url: ws.url(), source: 'websocket' });
    // The page may already be gone; a rejection here must not surface as an unhandled error.
    ws.close({ code: 1008, reason: 'e2e: no network' }).catch(() => undefined);
  });
  return requests;
}

/** The first page whose URL passes `match`, open already or opened within `timeoutMs`. */
async function waitForPage(context: BrowserContext, match: (url: string) => boolean, timeoutMs: number): Promise<Page | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => match(p.url()));
    if (page !== undefined) return page;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function grantClipboard(context: BrowserContext): Promise<void> {
  for (const host of FIXTURE_HOSTS) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${host}` });
  }
}

function serveFixture(route: import('playwright-core').Route, url: URL, assets: Map<string, FixtureAsset>): Promise<void> {
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const asset = assets.get(url.pathname.slice(ASSET_PREFIX.length));
    if (asset === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: asset.body,
      headers: { 'content-type': asset.contentType, 'x-content-type-options': 'nosniff' },
    });
  }
  const page = ALL_PAGES.find((p) => {
    const target = new URL(p.url);
    // The query counts too: two shapes of one page (the 2026 feed beside the old one) share a path.
    return target.hostname === url.hostname && target.pathname === url.pathname && target.search === url.search;
  });
  if (page === undefined) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' });
  return route.fulfill({
    status: 200,
    body: pageHtml(page, [`${page.entry}.js`]),
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': FIXTURE_CSP,
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin-allow-popups',
    },
  });
}

// ------------------------------------------------------------ a fixture page and its nudges

export interface BadgeState {
  kinds: string[];
  state: string | null;
  rect: { x: number; y: number; width: number; height: number };
  visible: boolean;
}

export interface NudgeSnapshot {
  surface: string | null;
  badge: BadgeState | null;
  panelOpen: boolean;
}

export interface PanelFinding {
  kind: string;
  points: string[];
  quotes: string[];
  marks: string[];
  actions: string[];
}

export interface PanelState {
  role: string | null;
  findings: PanelFinding[];
  /** data-action of every button in the panel. */
  actions: string[];
  text: string;
}

/** Whitespace-normalised text, for comparing what different editors report (Quill adds "\n", Lexical "\n\n"). */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class Fixture {
  constructor(
    readonly page: Page,
    readonly spec: FixturePage,
    /** Null for a page in a browser without the extension (the benchmark's baseline). */
    readonly harness: Harness | null,
  ) {}

  editorSpec(name: string): FixtureEditor {
    const spec = this.spec.editors.find((e) => e.name === name);
    if (spec === undefined) throw new Error(`fixture ${this.spec.id} has no editor ${name}`);
    return spec;
  }

  editor(name: string) {
    return this.page.locator(this.editorSpec(name).selector);
  }

  /** The editor's text as its OWN state holds it (Lexical state, Quill delta, Draft.js content, React state, site model). */
  editorText(name: string): Promise<string> {
    return this.page.evaluate((n) => (window as unknown as { __editorText(n: string): string }).__editorText(n), name);
  }

  /**
   * Puts the caret at the end of the editor. Focus rather than a click: an open
   * panel may lie over the box, and the tests must not depend on where it sits.
   */
  async focus(name: string): Promise<void> {
    await this.page.bringToFront();
    await this.editor(name).focus();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /** Types with real key events at the end of the editor's text. */
  async type(name: string, text: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.type(text);
  }

  /** Empties the editor with select-all + Backspace (as a user does) and waits until its own state is empty. */
  async clear(name: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.waitForEditorText(name, (t) => norm(t) === '', 'an empty editor');
  }

  async waitForEditorText(name: string, ok: (text: string) => boolean, what: string, timeoutMs = 5_000): Promise<string> {
    let last = '';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      last = await this.editorText(name);
      if (ok(last)) return last;
      if (Date.now() > deadline) throw new Error(`editor ${name} on ${this.spec.id}: expected ${what}, its state holds ${JSON.stringify(last)}`);
      await this.page.waitForTimeout(25);
    }
  }

  /**
   * Every <varsom-nudge> on the page, read through its open shadow root. A
   * nudge may live inside a modal dialog in a site's shadow root, so the
   * search goes through open shadow roots (a loop: no named functions here).
   */
  nudges(): Promise<NudgeSnapshot[]> {
    return this.page.evaluate(() => {
      const hosts: Element[] = [];
      const roots: (Document | ShadowRoot)[] = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'varsom-nudge') hosts.push(el);
          else if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      return hosts.map((host) => {
        const root = host.shadowRoot;
        const badge = root?.querySelector<HTMLElement>('button[data-varsom="badge"]') ?? null;
        const panel = root?.querySelector<HTMLElement>('[data-varsom="panel"]') ?? null;
        let badgeState: BadgeState | null = null;
        if (badge !== null) {
          const r = badge.getBoundingClientRect();
          const style = getComputedStyle(badge);
          badgeState = {
            kinds: (badge.getAttribute('data-kinds') ?? '').split(/\s+/).filter((k) => k !== ''),
            state: badge.getAttribute('data-state'),
            rect: { x: r.x, y: r.y, width: r.width, height: r.height },
            visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0,
          };
        }
        const panelOpen = panel !== null && panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden';
        return { surface: host.getAttribute('data-surface'), badge: badgeState, panelOpen };
      });
    });
  }

  private async describeState(editorName?: string): Promise<string> {
    const nudges = await this.nudges().catch((e: unknown) => String(e));
    const text = editorName === undefined ? undefined : await this.editorText(editorName).catch((e: unknown) => String(e));
    return `nudges: ${JSON.stringify(nudges)}${text === undefined ? '' : `; editor ${editorName} holds ${JSON.stringify(text)}`}`;
  }

  /**
   * Waits until the nudge of the editor's surface shows exactly `kinds` with
   * data-state="ready" (the result for the current text). Debounced results can
   * show a partial draft first, so the kinds must match the FULL draft's, not
   * merely exist; callers that need more certainty also check the panel's marks.
   */
  async waitForKinds(editorName: string, kinds: readonly string[], timeoutMs = NUDGE_TIMEOUT_MS): Promise<BadgeState> {
    const surface = this.editorSpec(editorName).surface;
    const want = [...kinds].sort().join(' ');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const nudges = await this.nudges();
      const hit = nudges.find((n) => n.surface === surface && n.badge?.state === 'ready' && n.badge.kinds.join(' ') === want);
      if (hit?.badge) return hit.badge;
      if (Date.now() > deadline) {
        throw new Error(`${this.spec.id}/${editorName}: no ${surface} nudge with data-state="ready" and data-kinds="${want}" after ${timeoutMs} ms; ${await this.describeState(editorName)}`);
      }
      await this.page.waitForTimeout(40);
    }
  }

  /** Waits until no nudge of the editor's surface shows a badge. */
  async waitForNoBadge(editorName: string, timeoutMs = NUDGE_TIMEOUT_MS): Promise<void> {
    const surface = this.editorSpec(editorName).surface;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const nudges = await this.nudges();
      if (!nudges.some((n) => n.surface === surface && n.badge !== null)) return;
      if (Date.now() > deadline) throw new Error(`${this.spec.id}/${editorName}: a ${surface} badge is still shown; ${await this.describeState(editorName)}`);
      await this.page.waitForTimeout(40);
    }
  }

  /** Badges currently shown, by surface (for "nothing else is flagged" checks). */
  async badges(): Promise<{ surface: string | null; kinds: string[] }[]> {
    return (await this.nudges()).filter((n) => n.badge !== null).map((n) => ({ surface: n.surface, kinds: n.badge?.kinds ?? [] }));
  }

  private nudgeLocator(editorName: string) {
    return this.page.locator(`varsom-nudge[data-surface="${this.editorSpec(editorName).surface ?? ''}"]`);
  }

  badge(editorName: string) {
    return this.nudgeLocator(editorName).locator('button[data-varsom="badge"]');
  }

  panel(editorName: string) {
    return this.nudgeLocator(editorName).locator('[data-varsom="panel"]');
  }

  /** Opens the panel by clicking the badge (if it is not open yet) and returns what it shows. */
  async openPanel(editorName: string): Promise<PanelState> {
    const panel = this.panel(editorName);
    // Background tabs get no animation frames, and clicks wait for them: act in the front tab.
    await this.page.bringToFront();
    if (!(await panel.isVisible().catch(() => false))) await this.badge(editorName).click();
    await panel.waitFor({ state: 'visible', timeout: 5_000 });
    return this.readPanel(editorName);
  }

  async readPanel(editorName: string): Promise<PanelState> {
    return this.panel(editorName).evaluate((panel: HTMLElement) => {
      const findings = Array.from(panel.querySelectorAll<HTMLElement>('[data-kind]')).map((el) => ({
        kind: el.getAttribute('data-kind') ?? '',
        points: Array.from(el.querySelectorAll('[data-varsom="quote"]')).map((q) => q.getAttribute('data-point') ?? ''),
        // Quotes sit behind "What your guideline says" (a closed <details>), where innerText is empty.
        quotes: Array.from(el.querySelectorAll<HTMLElement>('[data-varsom="quote"] blockquote')).map((q) => (q.textContent ?? '').replace(/\s+/g, ' ').trim()),
        marks: Array.from(el.querySelectorAll<HTMLElement>('mark')).map((m) => m.innerText),
        actions: Array.from(el.querySelectorAll('button[data-action]')).map((b) => b.getAttribute('data-action') ?? ''),
      }));
      return {
        role: panel.getAttribute('role'),
        findings,
        actions: Array.from(panel.querySelectorAll('button[data-action]')).map((b) => b.getAttribute('data-action') ?? ''),
        text: panel.innerText,
      };
    });
  }

  /**
   * Waits until the open panel shows a finding of `kind` whose marks include
   * every word of `marks` — the proof that the analysed text reached the end
   * of the draft (a trigger word at the end is only whole in the full text).
   */
  async waitForPanelFinding(editorName: string, kind: string, marks: readonly string[], timeoutMs = NUDGE_TIMEOUT_MS): Promise<PanelFinding> {
    const deadline = Date.now() + timeoutMs;
    let last: PanelState | undefined;
    for (;;) {
      last = await this.openPanel(editorName);
      const finding = last.findings.find(
        (f) => f.kind === kind && marks.every((m) => f.marks.some((x) => norm(x).toLowerCase() === norm(m).toLowerCase())),
      );
      if (finding) return finding;
      if (Date.now() > deadline) {
        throw new Error(`${this.spec.id}/${editorName}: panel shows no ${kind} finding marking ${JSON.stringify(marks)}; panel: ${JSON.stringify(last.findings)}`);
      }
      await this.page.waitForTimeout(40);
    }
  }

  /**
   * Closes the panel if it is open: the badge toggles it; when there is no
   * badge (no findings left) or it goes away meanwhile, Escape inside the panel.
   */
  async closePanel(editorName: string): Promise<void> {
    const panel = this.panel(editorName);
    if (!(await panel.isVisible().catch(() => false))) return;
    await this.page.bringToFront();
    const badge = this.badge(editorName);
    const toggled = (await badge.isVisible().catch(() => false)) && (await badge.click({ timeout: 2_000 }).then(() => true, () => false));
    if (!toggled && (await panel.isVisible().catch(() => false))) {
      await panel.focus();
      await this.page.keyboard.press('Escape');
    }
    await panel.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  async clickAction(editorName: string, action: string, kind?: string): Promise<void> {
    await this.page.bringToFront();
    const panel = this.panel(editorName);
    const scope = kind === undefined ? panel : panel.locator(`[data-kind="${kind}"]`);
    await scope.locator(`button[data-action="${action}"]`).first().click();
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

