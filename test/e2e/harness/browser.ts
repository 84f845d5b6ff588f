// Starting real Chromium (Debian's) for the e2e files and the benchmarks, with
// or without the built extension, so that no run can reach the internet.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FIXTURE_HOSTS } from '../fixtures/pages.ts';
import { CHROMIUM, DIST } from './paths.ts';
import type { RecordedRequest } from './routes.ts';

// Nothing reaches the internet, in three layers:
//
// 1. `context.route('**/*')` (routeFixtures in routes.ts) fulfils fixture hosts
//    from memory and aborts every other http(s) request, from pages AND from
//    the extension's service worker (playwright-core 1.65 attaches its network
//    layer to service workers: `request.serviceWorker()` tells those apart);
// 2. `context.routeWebSocket` (there too) closes every WebSocket;
// 3. Chromium runs behind a local catch-all proxy that answers 403 to anything
//    that still tries the network (a context Playwright does not attach to,
//    requests made before the routes were installed) and records it.

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

/** The first page whose URL passes `match`, open already or opened within `timeoutMs`. */
export async function waitForPage(context: BrowserContext, match: (url: string) => boolean, timeoutMs: number): Promise<Page | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => match(p.url()));
    if (page !== undefined) return page;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function grantClipboard(context: BrowserContext): Promise<void> {
  for (const host of FIXTURE_HOSTS) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${host}` });
  }
}
