// The fixture pages at the real hostnames, and a record of every request the
// browser makes: the tests need the sites' URLs (the content script matches
// them) and must prove that nothing else was reached.
import type { BrowserContext, Request, Route } from 'playwright-core';
import { loadFixtureAssets, type FixtureAsset } from '../fixtures/build.ts';
import { ALL_PAGES, ASSET_PREFIX, FIXTURE_CSP, FIXTURE_HOSTS, pageHtml } from '../fixtures/pages.ts';

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

function serveFixture(route: Route, url: URL, assets: Map<string, FixtureAsset>): Promise<void> {
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
