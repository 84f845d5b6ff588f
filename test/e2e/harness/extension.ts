// The built extension loaded in Chromium, as the e2e files drive it: one
// launch with its settings seeded, then its fixture pages, its own pages,
// its storage and its worker, behind one object.
import { mkdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { defaultSettings, STORAGE_KEYS, type Settings } from '../../../src/settings/settings.ts';
import { loadFixtureAssets } from '../fixtures/build.ts';
import { PAGES, type PageKey } from '../fixtures/pages.ts';
import { closeProxy, grantClipboard, launchChromium, waitForPage } from './browser.ts';
import { Fixture } from './fixture.ts';
import { readManifest, SCREENSHOTS, type BuiltManifest } from './paths.ts';
import { isAllowedRequest, isChromiumBackground, routeFixtures, type RecordedRequest } from './routes.ts';
import { extensionDiskFiles, readExtensionStorage, type ExtensionGlobal, type ExtensionStorageDump } from './storage.ts';
import { ServiceWorkerWatch, timeWorkerAnswer } from './worker.ts';

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

const PAGE_ERRORS = new WeakMap<Page, string[]>();

export class Harness {
  /** With `firstRun`: the page the extension opened on install, if it did. */
  private welcome: Page | undefined;

  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    readonly manifest: BuiltManifest,
    private readonly control: Page,
    private readonly workerWatch: ServiceWorkerWatch,
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
      const workerWatch = new ServiceWorkerWatch(await context.newCDPSession(control));

      const harness = new Harness(context, worker, extensionId, manifest, control, workerWatch, proxy, profileDir, requests, proxyLog);
      harness.welcome = options.firstRun === true ? welcome : undefined;

      await workerWatch.track(extensionId);
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

  /** Launched with `firstRun`: the welcome page the extension opened on install (undefined when it opened none). */
  welcomePage(): Page | undefined {
    return this.welcome;
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

  async setPeopleFromWork(names: string[]): Promise<void> {
    await this.writeStorage({ [STORAGE_KEYS.peopleFromWork]: names });
  }

  /** Everything the extension keeps in its origin (see storage.ts), read on the control page. */
  readExtensionStorage(): Promise<ExtensionStorageDump> {
    return readExtensionStorage(this.control);
  }

  /** The extension's storage files in the profile, read raw (see storage.ts). */
  extensionDiskFiles(): { path: string; bytes: Buffer }[] {
    return extensionDiskFiles(this.profileDir, this.extensionId);
  }

  // -------------------------------------------------------- the service worker (see worker.ts)

  workerStatus(): string {
    return this.workerWatch.current();
  }

  waitForWorkerStatus(status: string, timeoutMs = 10_000): Promise<void> {
    return this.workerWatch.waitFor(status, timeoutMs);
  }

  stopWorker(): Promise<void> {
    return this.workerWatch.stop();
  }

  timeWorkerAnswer(message: unknown): Promise<{ ms: number; answer: unknown }> {
    return timeWorkerAnswer(this.control, message);
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
