// Real Firefox for the e2e files (Debian's ESR, driven by puppeteer-core over
// WebDriver BiDi, since Playwright cannot drive it): dist-firefox/ made from
// dist/, the extension installed as a temporary add-on, the fixture pages
// served from memory at their real hostnames, nothing else reachable. And a
// small page object, FirefoxFixture, with what the Chromium harness's Fixture
// offers, reaching through open shadow roots (LinkedIn's #interop-outlet).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID, firefoxManifest } from '../../scripts/firefox-manifest.ts';
import { defaultSettings, STORAGE_KEYS, type Settings } from '../../src/settings/settings.ts';
import { loadFixtureAssets, type FixtureAsset } from './fixtures/build.ts';
import { ALL_PAGES, ASSET_PREFIX, FIXTURE_CSP, FIXTURE_HOSTS, PAGES, pageHtml, type FixtureEditor, type FixturePage, type PageKey } from './fixtures/pages.ts';
import { norm } from './harness/fixture.ts';
import { NUDGE_TIMEOUT_MS, type NudgeSnapshot } from './harness/nudge.ts';
import { DIST, ROOT } from './harness/paths.ts';

export const FIREFOX = process.env.VARSOM_FIREFOX ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve(process.env.VARSOM_DIST_FIREFOX ?? join(ROOT, 'dist-firefox'));
/** Why the Firefox files skip (Firefox missing and VARSOM_SKIP_FIREFOX=1), or undefined to run. */
export const FIREFOX_SKIP = !existsSync(FIREFOX) && process.env.VARSOM_SKIP_FIREFOX === '1'
  ? `no Firefox at ${FIREFOX}, and VARSOM_SKIP_FIREFOX=1`
  : undefined;

/** Makes dist-firefox/ from dist/ when it is missing or older; swapped in whole. */
export function prepareDistFirefox(): void {
  const chromeManifest = join(DIST, 'manifest.json');
  if (!existsSync(chromeManifest)) throw new Error(`${chromeManifest} is missing: run \`npm run build\` first.`);
  const ours = join(DIST_FIREFOX, 'manifest.json');
  if (existsSync(ours) && statSync(ours).mtimeMs >= statSync(chromeManifest).mtimeMs) return;
  const fresh = `${DIST_FIREFOX}.${process.pid}.tmp`;
  rmSync(fresh, { recursive: true, force: true });
  cpSync(DIST, fresh, { recursive: true });
  const manifest = firefoxManifest(JSON.parse(readFileSync(chromeManifest, 'utf8')) as Record<string, unknown>);
  writeFileSync(join(fresh, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(DIST_FIREFOX, { recursive: true, force: true });
  renameSync(fresh, DIST_FIREFOX);
}

// ------------------------------------------------------------ serving the fixtures

/** The fixture page for a URL: hostname, path AND query (the 2026 LinkedIn feed shares the old feed's path). */
export function fixtureAt(url: URL): FixturePage | undefined {
  return ALL_PAGES.find((p) => {
    const target = new URL(p.url);
    return target.hostname === url.hostname && target.pathname === url.pathname && target.search === url.search;
  });
}

function answer(request: HTTPRequest, assets: Map<string, FixtureAsset>, outside: string[]): Promise<void> {
  const url = new URL(request.url());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return request.continue();
  if (url.protocol !== 'https:' || !FIXTURE_HOSTS.includes(url.hostname)) {
    outside.push(url.href);
    return request.abort('blockedbyclient');
  }
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const asset = assets.get(url.pathname.slice(ASSET_PREFIX.length));
    if (asset === undefined) return request.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
    return request.respond({ status: 200, contentType: asset.contentType, body: asset.body, headers: { 'x-content-type-options': 'nosniff' } });
  }
  const page = fixtureAt(url);
  if (page === undefined) return request.respond({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' });
  return request.respond({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: pageHtml(page, [`${page.entry}.js`]),
    headers: { 'content-security-policy': FIXTURE_CSP },
  });
}

// ------------------------------------------------------------ launching

export interface FirefoxLaunchOptions {
  /** Settings in storage.local before the extension starts (merged over the defaults). */
  settings?: Partial<Settings>;
  peopleFromWork?: string[];
}

export interface FirefoxRun {
  browser: Browser;
  /** The one tab the tests drive; it loads one fixture page after another. */
  page: Page;
  /** Requests that were not for a fixture host (aborted); a run should end with none. */
  outside: string[];
  close(): Promise<void>;
}

/**
 * The profile's storage.local, written before Firefox starts. WebDriver BiDi
 * may not navigate to moz-extension:// pages, so no extension page can call
 * browser.storage for the test. Firefox's older storage.local backend kept a
 * JSON file per add-on, browser-extension-data/<id>/storage.js, and Firefox
 * still moves that file into its IndexedDB backend the first time the add-on
 * touches storage.local: the extension then reads these values as its own.
 * On a fresh install Firefox skips that move (nothing to move, it assumes)
 * unless keepStorageOnUninstall is set, as after a reinstall that kept the
 * add-on's data; launchFirefox sets it when it seeds.
 */
function seedStorage(profile: string, items: Record<string, unknown>): void {
  const dir = join(profile, 'browser-extension-data', GECKO_ID);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'storage.js'), JSON.stringify(items));
}

/** Firefox headless with dist-firefox/ installed and every request answered from memory or refused. */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxRun> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`firefox e2e: no Firefox at ${FIREFOX}. Install Debian's: \`sudo apt-get install -y firefox-esr\` (or set VARSOM_FIREFOX; VARSOM_SKIP_FIREFOX=1 skips these files).`);
  }
  prepareDistFirefox();
  const assets = loadFixtureAssets();
  const profile = mkdtempSync(join(tmpdir(), 'varsom-firefox-'));
  const outside: string[] = [];
  const seeded = options.settings !== undefined || options.peopleFromWork !== undefined;
  if (seeded) {
    seedStorage(profile, {
      [STORAGE_KEYS.settings]: { ...defaultSettings(), ...options.settings },
      [STORAGE_KEYS.peopleFromWork]: options.peopleFromWork ?? [],
    });
  }
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: {
        // Whatever the interception does not answer goes to a closed local port, never out.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.no_proxies_on': '',
        'network.dns.disablePrefetch': true,
        'network.http.speculative-parallel-limit': 0,
        'intl.locale.requested': 'nb-NO',
        ...(seeded ? { 'extensions.webextensions.keepStorageOnUninstall': true } : {}),
      },
    });
    await browser.installExtension(DIST_FIREFOX);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      answer(request, assets, outside).catch(() => undefined);
    });
    const opened = browser;
    return {
      browser: opened,
      page,
      outside,
      close: async () => {
        await opened.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

// ------------------------------------------------------------ page-side functions
// Passed to page.evaluate as they are, so they may not call one another (nor
// hold named inner functions): each walks the open shadow roots itself.

/** The first element matching `selector` in the document or any open shadow root below it; with `inner`, that element's own shadow-root match. */
function findDeep(selector: string, inner: string | null): Element | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let root = roots.shift(); root !== undefined; root = roots.shift()) {
    const hit = root.querySelector(selector);
    if (hit !== null) return inner === null ? hit : (hit.shadowRoot?.querySelector(inner) ?? null);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot !== null) roots.push(el.shadowRoot);
  }
  return null;
}

/** Every <varsom-nudge>, wherever it lives, as the Chromium harness's NudgeSnapshot. */
function readNudges(): NudgeSnapshot[] {
  const found: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let root = roots.pop(); root !== undefined; root = roots.pop()) {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'varsom-nudge') found.push(el);
      else if (el.shadowRoot !== null) roots.push(el.shadowRoot);
    }
  }
  return found.map((host) => {
    const badge = host.shadowRoot?.querySelector<HTMLElement>('button[data-varsom="badge"]') ?? null;
    const panel = host.shadowRoot?.querySelector<HTMLElement>('[data-varsom="panel"]') ?? null;
    const box = badge?.getBoundingClientRect();
    const look = badge === null ? null : getComputedStyle(badge);
    return {
      surface: host.getAttribute('data-surface'),
      badge: badge === null || box === undefined || look === null ? null : {
        kinds: (badge.getAttribute('data-kinds') ?? '').split(/\s+/).filter((k) => k !== ''),
        state: badge.getAttribute('data-state'),
        rect: { x: box.x, y: box.y, width: box.width, height: box.height },
        visible: box.width > 0 && box.height > 0 && look.display !== 'none' && look.visibility !== 'hidden' && Number(look.opacity) > 0,
      },
      panelOpen: panel !== null && panel.getClientRects().length > 0 && getComputedStyle(panel).visibility !== 'hidden',
    };
  });
}

/** Whether the element hit at the badge's centre, followed down through shadow roots, is the badge. */
function hitIsBadge(badge: Element): boolean {
  const box = badge.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const deeper = hit.shadowRoot.elementFromPoint(x, y);
    if (deeper === null || deeper === hit) break;
    hit = deeper;
  }
  return hit !== null && (hit === badge || badge.contains(hit));
}

/** Whether focus, followed through shadow roots, is in `panel`. */
function focusIsIn(panel: Element): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active !== null && (active === panel || panel.contains(active));
}

// ------------------------------------------------------------ a fixture page

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `ok`, or fails naming `what` and the last value. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = NUDGE_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`expected ${what}; last seen: ${JSON.stringify(value)}`);
    await sleep(40);
  }
}

/** One fixture page in the run's tab, read and driven the way the Chromium Fixture does. */
export class FirefoxFixture {
  private constructor(readonly page: Page, readonly spec: FixturePage) {}

  /** Loads the fixture in the tab (a fresh document: nothing carries over from the case before). */
  static async open(page: Page, key: PageKey): Promise<FirefoxFixture> {
    const spec = PAGES[key];
    await page.goto(spec.url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, { timeout: 10_000 });
    return new FirefoxFixture(page, spec);
  }

  editorSpec(name: string): FixtureEditor {
    const spec = this.spec.editors.find((e) => e.name === name);
    if (spec === undefined) throw new Error(`fixture ${this.spec.id} has no editor ${name}`);
    return spec;
  }

  private surface(name: string): string {
    const surface = this.editorSpec(name).surface;
    if (surface === null) throw new Error(`${this.spec.id}/${name} is not a compose box`);
    return surface;
  }

  /** An element anywhere in the page, open shadow roots included; `inner` looks inside its own shadow root. */
  async find(selector: string, inner: string | null = null): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle(findDeep, selector, inner);
    const element = handle.asElement();
    if (element === null) {
      await handle.dispose();
      throw new Error(`${this.spec.id}: nothing matches ${selector}${inner === null ? '' : ` >>> ${inner}`}`);
    }
    return element as ElementHandle<Element>;
  }

  editor(name: string): Promise<ElementHandle<Element>> {
    return this.find(this.editorSpec(name).selector);
  }

  badge(name: string): Promise<ElementHandle<Element>> {
    return this.find(`varsom-nudge[data-surface="${this.surface(name)}"]`, 'button[data-varsom="badge"]');
  }

  panel(name: string): Promise<ElementHandle<Element>> {
    return this.find(`varsom-nudge[data-surface="${this.surface(name)}"]`, '[data-varsom="panel"]');
  }

  /** The editor's text as its own state holds it. */
  editorText(name: string): Promise<string> {
    return this.page.evaluate((n) => (window as unknown as { __editorText(n: string): string }).__editorText(n), name);
  }

  waitForEditorText(name: string, ok: (text: string) => boolean, what: string, timeoutMs = 5_000): Promise<string> {
    return until(() => this.editorText(name), ok, `${this.spec.id}/${name} to hold ${what}`, timeoutMs);
  }

  /** A key with modifiers held (Puppeteer has no "Control+a" shorthand). */
  async chord(modifiers: KeyInput[], key: KeyInput): Promise<void> {
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of [...modifiers].reverse()) await this.page.keyboard.up(m);
  }

  /** Focus in the editor, caret at the end. */
  async focus(name: string): Promise<void> {
    const editor = await this.editor(name);
    await editor.focus();
    await editor.dispose();
    await this.chord(['Control'], 'End');
  }

  async type(name: string, text: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.type(text);
  }

  /** Select all + Backspace, as a user empties a box; waits for the editor's state to be empty. */
  async clear(name: string): Promise<void> {
    await this.focus(name);
    await this.chord(['Control'], 'a');
    await this.page.keyboard.press('Backspace');
    await this.waitForEditorText(name, (t) => norm(t) === '', 'nothing');
  }

  nudges(): Promise<NudgeSnapshot[]> {
    return this.page.evaluate(readNudges);
  }

  /** The nudge of the editor's surface with a ready badge showing exactly `kinds`. */
  async waitForKinds(name: string, kinds: readonly string[]): Promise<NonNullable<NudgeSnapshot['badge']>> {
    const surface = this.surface(name);
    const want = [...kinds].sort().join(' ');
    const nudges = await until(
      () => this.nudges(),
      (all) => all.some((n) => n.surface === surface && n.badge?.state === 'ready' && n.badge.kinds.join(' ') === want),
      `a ${surface} nudge on ${this.spec.id} with a ready badge of "${want}"`,
    );
    const hit = nudges.find((n) => n.surface === surface && n.badge !== null);
    if (hit?.badge == null) throw new Error('unreachable: the badge went missing');
    return hit.badge;
  }

  async waitForNoBadge(name: string): Promise<void> {
    const surface = this.surface(name);
    await until(() => this.nudges(), (all) => !all.some((n) => n.surface === surface && n.badge !== null), `no ${surface} badge on ${this.spec.id}`);
  }

  async panelOpen(name: string): Promise<boolean> {
    const surface = this.surface(name);
    return (await this.nudges()).some((n) => n.surface === surface && n.panelOpen);
  }

  async openPanel(name: string): Promise<void> {
    if (!(await this.panelOpen(name))) {
      const badge = await this.badge(name);
      await badge.click();
      await badge.dispose();
    }
    await until(() => this.panelOpen(name), (open) => open, `the ${this.surface(name)} panel open`, 5_000);
  }

  /** Closes an open panel with Escape from inside it. */
  async closePanel(name: string): Promise<void> {
    if (!(await this.panelOpen(name))) return;
    const panel = await this.panel(name);
    await panel.focus();
    await panel.dispose();
    await this.page.keyboard.press('Escape');
    await until(() => this.panelOpen(name), (open) => !open, `the ${this.surface(name)} panel closed`, 5_000);
  }

  async clickAction(name: string, action: string, kind: string): Promise<void> {
    const button = await this.find(`varsom-nudge[data-surface="${this.surface(name)}"]`, `[data-kind="${kind}"] button[data-action="${action}"]`);
    await button.click();
    await button.dispose();
  }

  /** Nothing covers the badge: the deep hit test at its centre lands on it. */
  async badgeIsOnTop(name: string): Promise<boolean> {
    const badge = await this.badge(name);
    try {
      return await badge.evaluate(hitIsBadge);
    } finally {
      await badge.dispose();
    }
  }

  async focusInPanel(name: string): Promise<boolean> {
    const panel = await this.panel(name);
    try {
      return await panel.evaluate(focusIsIn);
    } finally {
      await panel.dispose();
    }
  }
}
