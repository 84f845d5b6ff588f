// A smoke run in real Firefox (Debian's ESR, driven by puppeteer-core over
// WebDriver BiDi): the extension from dist-firefox/, the Facebook fixture at
// its real hostname, and the two fixes that must reach Lexical's own state.
// In Firefox a paste built in a content script used to reach the page with an
// empty clipboardData (docs/firefox.md); these steps prove the Firefox path.
//
// dist-firefox/ is made here from dist/ (the Chrome build `npm test` makes
// before the e2e step) with the Firefox manifest, unless it is already newer.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { firefoxManifest } from '../../scripts/firefox-manifest.ts';
import { NEUTRAL_DISCLAIMERS } from '../../src/engine/detectors/disclaimer-text.ts';
import { CONFIDENTIAL, FNR, WORK_POST, engineKinds, type Draft } from './drafts.ts';
import { loadFixtureAssets, type FixtureAsset } from './fixtures/build.ts';
import { ALL_PAGES, ASSET_PREFIX, FIXTURE_CSP, FIXTURE_HOSTS, PAGES, pageHtml } from './fixtures/pages.ts';
import { DIST, ROOT, norm } from './harness.ts';

const FIREFOX = process.env.VARSOM_FIREFOX ?? '/usr/bin/firefox-esr';
const DIST_FIREFOX = resolve(process.env.VARSOM_DIST_FIREFOX ?? join(ROOT, 'dist-firefox'));
const SKIP = !existsSync(FIREFOX) && process.env.VARSOM_SKIP_FIREFOX === '1'
  ? `no Firefox at ${FIREFOX}, and VARSOM_SKIP_FIREFOX=1`
  : undefined;

const SPEC = PAGES.facebookFeed;
const EDITOR = SPEC.editors.find((e) => e.name === 'post')?.selector ?? '';
const NUDGE = 'varsom-nudge[data-surface="post"]';
// Nothing is stored, so no set is chosen (none is preselected): the fix offers the neutral bokmål disclaimer.
const DISCLAIMER = NEUTRAL_DISCLAIMERS.nb;
if (EDITOR === '') throw new Error('firefox.e2e: the fixture changed shape');

/** Makes dist-firefox/ from dist/ when it is missing or older; swapped in whole. */
function prepareDistFirefox(): void {
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

// ------------------------------------------------------------ serving the fixture

/** Requests that were not for a fixture host (aborted). */
const outside: string[] = [];

function answer(request: HTTPRequest, assets: Map<string, FixtureAsset>): Promise<void> {
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
  const page = ALL_PAGES.find((p) => new URL(p.url).hostname === url.hostname && new URL(p.url).pathname === url.pathname);
  if (page === undefined) return request.respond({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' });
  return request.respond({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: pageHtml(page, [`${page.entry}.js`]),
    headers: { 'content-security-policy': FIXTURE_CSP },
  });
}

// ------------------------------------------------------------ reading the page

let browser: Browser | undefined;
let page: Page;

const editorText = (): Promise<string> =>
  page.evaluate(() => (window as unknown as { __editorText(name: string): string }).__editorText('post'));

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`expected ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

const waitForText = (ok: (text: string) => boolean, what: string): Promise<string> => until(editorText, ok, `Lexical's state to hold ${what}`, 5_000);

/** The post box's badge: its kinds once data-state="ready", else null. */
const badgeKinds = (): Promise<string | null> =>
  page.evaluate((nudge) => {
    const badge = document.querySelector(nudge)?.shadowRoot?.querySelector('button[data-varsom="badge"]');
    return badge && badge.getAttribute('data-state') === 'ready' ? badge.getAttribute('data-kinds') : null;
  }, NUDGE);

/** Whether the post box's nudge shows a badge at all (in any state). */
const badgeShown = (): Promise<boolean> =>
  page.evaluate((nudge) => Boolean(document.querySelector(nudge)?.shadowRoot?.querySelector('button[data-varsom="badge"]')), NUDGE);

const panelOpen = (): Promise<boolean> =>
  page.evaluate((nudge) => {
    const panel = document.querySelector(nudge)?.shadowRoot?.querySelector('[data-varsom="panel"]');
    return panel !== null && panel !== undefined && panel.getClientRects().length > 0;
  }, NUDGE);

/** Where focus is: 'editor', the data-action / data-varsom of the focused element in the nudge, or 'elsewhere'. */
const focusNow = (): Promise<string> =>
  page.evaluate((editor) => {
    const active = document.activeElement;
    if (active !== null && active === document.querySelector(editor)) return 'editor';
    if (active?.localName !== 'varsom-nudge') return 'elsewhere';
    const inner = active.shadowRoot?.activeElement;
    return inner?.getAttribute('data-action') ?? inner?.getAttribute('data-varsom') ?? 'nudge';
  }, EDITOR);

async function click(selector: string): Promise<void> {
  const handle = await page.waitForSelector(selector, { visible: true, timeout: 5_000 });
  if (handle === null) throw new Error(`no ${selector}`);
  await handle.click();
  await handle.dispose();
}

/** The last paste the page saw, as the page read it. */
const lastPaste = (): Promise<{ types: string[]; text: string } | undefined> =>
  page.evaluate(() => (window as unknown as { __pastes: { types: string[]; text: string }[] }).__pastes.at(-1));

const kindsOf = (draft: Draft): string => engineKinds(draft.text, { site: 'facebook', surface: 'post' }).join(' ');

/** Empties the box, types the draft, waits for the badge of the full draft and opens the panel. */
async function typeDraft(draft: Draft): Promise<void> {
  await page.focus(EDITOR);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await waitForText((t) => norm(t) === '', 'nothing');
  await page.keyboard.type(draft.text);
  await waitForText((t) => norm(t) === norm(draft.text), 'the typed draft');
  await until(badgeKinds, (k) => k === kindsOf(draft), `a ready badge with data-kinds="${kindsOf(draft)}"`);
  if (!(await panelOpen())) await click(`${NUDGE} >>> button[data-varsom="badge"]`);
  await until(panelOpen, (open) => open, 'the panel open');
}

async function undo(): Promise<void> {
  await page.focus(EDITOR);
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/** Runs a step and notes how long it took (the report quotes these). */
async function timed<T>(ctx: TestContext, label: string, step: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await step();
  await ctx.annotate(`${label}: ${Date.now() - start} ms`);
  return result;
}

// ------------------------------------------------------------ the run

beforeAll(async () => {
  if (SKIP !== undefined) return;
  if (!existsSync(FIREFOX)) {
    throw new Error(`firefox.e2e: no Firefox at ${FIREFOX}. Install Debian's: \`sudo apt-get install -y firefox-esr\` (or set VARSOM_FIREFOX; VARSOM_SKIP_FIREFOX=1 skips this file).`);
  }
  prepareDistFirefox();
  const assets = loadFixtureAssets();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
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
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    answer(request, assets).catch(() => undefined);
  });
  await page.goto(SPEC.url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true, { timeout: 10_000 });
  // What the page itself reads from each paste: the proof that the fix came as a paste with its data.
  await page.evaluate(() => {
    const seen: { types: string[]; text: string }[] = [];
    (window as unknown as { __pastes: typeof seen }).__pastes = seen;
    document.addEventListener('paste', (event) => {
      const data = event.clipboardData;
      seen.push({ types: data ? Array.from(data.types) : [], text: data?.getData('text/plain') ?? '' });
    }, true);
  });
}, 60_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
});

describe('Firefox ESR with dist-firefox on the Lexical post box', () => {
  it('the badge shows the kinds of a work draft without a disclaimer', async (ctx) => {
    if (SKIP !== undefined) return ctx.skip(SKIP);
    await timed(ctx, 'type + badge + panel', () => typeDraft(WORK_POST));
    expect(kindsOf(WORK_POST)).toContain('work_no_disclaimer');
  });

  it('the badge is reachable from the keyboard: Alt+Shift+V into the panel, Escape back to the editor', async (ctx) => {
    if (SKIP !== undefined) return ctx.skip(SKIP);
    const tabbable = await page.evaluate((nudge) => {
      const badge = document.querySelector(nudge)?.shadowRoot?.querySelector<HTMLElement>('button[data-varsom="badge"]');
      return badge ? badge.tabIndex : null;
    }, NUDGE);
    expect(tabbable, 'the badge is a button in the tab order').toBe(0);
    await timed(ctx, 'keyboard round trip', async () => {
      await page.keyboard.press('Escape');
      await until(panelOpen, (open) => !open, 'Escape to close the panel');
      await page.focus(EDITOR);
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyV');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await until(panelOpen, (open) => open, 'Alt+Shift+V to open the panel');
      await until(focusNow, (where) => where !== 'editor' && where !== 'elsewhere', 'focus inside the nudge');
      await page.keyboard.press('Escape');
      await until(panelOpen, (open) => !open, 'Escape to close the panel');
      await until(focusNow, (where) => where === 'editor', 'focus back in the editor');
    });
  });

  it('"insert disclaimer" reaches Lexical\'s state, and Ctrl+Z takes it back out', async (ctx) => {
    if (SKIP !== undefined) return ctx.skip(SKIP);
    await typeDraft(WORK_POST);
    const text = await timed(ctx, 'insert disclaimer', async () => {
      await click(`${NUDGE} >>> [data-kind="work_no_disclaimer"] button[data-action="insert-disclaimer"]`);
      return waitForText((t) => norm(t).endsWith(norm(DISCLAIMER)), 'the disclaimer at the end');
    });
    expect(norm(text)).toBe(`${norm(WORK_POST.text)} ${norm(DISCLAIMER)}`);
    const paste = await lastPaste();
    expect(paste?.types, 'the page read the paste with its data').toEqual(['text/plain']);
    expect(norm(paste?.text ?? '')).toBe(norm(DISCLAIMER));
    await timed(ctx, 'badge gone', () => until(badgeShown, (shown) => !shown, 'no badge once the disclaimer is in'));
    await timed(ctx, 'Ctrl+Z', async () => {
      await undo();
      await waitForText((t) => norm(t) === norm(WORK_POST.text), 'the draft as it was');
    });
  });

  it('"mask" reaches Lexical\'s state, and Ctrl+Z brings the number back', async (ctx) => {
    if (SKIP !== undefined) return ctx.skip(SKIP);
    await typeDraft(CONFIDENTIAL);
    const [head = ''] = CONFIDENTIAL.text.split(FNR);
    const text = await timed(ctx, 'mask', async () => {
      await click(`${NUDGE} >>> [data-kind="confidential"] button[data-action="mask"]`);
      return waitForText((t) => !t.includes(FNR) && norm(t).startsWith(norm(head)) && norm(t).length > norm(head).length, 'the number masked');
    });
    const masked = norm(text).slice(norm(head).length).trim();
    expect(masked).not.toMatch(/\d{11}/);
    expect((await lastPaste())?.text, 'the mask came as a paste the page could read').toBe(masked);
    await timed(ctx, 'Ctrl+Z', async () => {
      await undo();
      await waitForText((t) => norm(t) === norm(CONFIDENTIAL.text), 'the draft with its number');
    });
  });

  it('made no request outside the fixture hosts', (ctx) => {
    if (SKIP !== undefined) return ctx.skip(SKIP);
    expect(outside).toEqual([]);
  });
});
