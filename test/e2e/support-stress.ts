// Helpers for the "trust under stress" e2e files (lifecycle.e2e.ts,
// a11y.e2e.ts, keyboard.e2e.ts): console/exception capture in every world of
// a page, axe-core runs with counts, reading <varsom-nudge> hosts, and asking
// the worker for a tab's state the way the popup does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness/extension.ts';

// ------------------------------------------------------------ errors in a page

export interface PageProblems {
  /** Everything seen so far, one line each. */
  list(): string[];
  /** Forgets what was seen (after a positive control). */
  clear(): void;
  /** The CDP session that listens in (also used to reach the content script's world). */
  cdp: CDPSession;
  /** Execution contexts of the page, as CDP reported them (main world, isolated worlds). */
  contexts(): { id: number; origin: string; name: string }[];
  stop(): Promise<void>;
}

interface CdpContext {
  id: number;
  origin: string;
  name: string;
}

/**
 * Records every error the page's console shows, from every world (the page's
 * own and the content script's isolated one): console.error calls, uncaught
 * exceptions and unhandled rejections, and browser-generated log entries at
 * error level (e.g. "Extension context invalidated", failed loads). Two
 * listeners: Playwright's page events and CDP's Runtime/Log domains.
 */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const seen: string[] = [];
  const contexts: CdpContext[] = [];
  const onConsole = (message: import('playwright-core').ConsoleMessage): void => {
    if (message.type() === 'error') seen.push(`console.error: ${message.text()}`);
  };
  const onPageError = (error: Error): void => {
    seen.push(`pageerror: ${error.message}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', (event: { context: CdpContext }) => {
    contexts.push({ id: event.context.id, origin: event.context.origin, name: event.context.name });
  });
  cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string; exception?: { description?: string }; executionContextId?: number } }) => {
    const d = event.exceptionDetails;
    seen.push(`exception (context ${d.executionContextId ?? '?'}): ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Log.entryAdded', (event: { entry: { level: string; source: string; text: string; url?: string } }) => {
    if (event.entry.level === 'error') seen.push(`log.${event.entry.source}: ${event.entry.text}${event.entry.url ? ` (${event.entry.url})` : ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return {
    list: () => [...seen],
    clear: () => {
      seen.length = 0;
    },
    cdp,
    contexts: () => [...contexts],
    stop: async () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** The id of the extension's isolated world (the content script's) in the page watched by `problems`. */
export function contentScriptContext(problems: PageProblems, extensionId: string): number {
  const found = problems.contexts().find((c) => c.origin === `chrome-extension://${extensionId}`);
  if (found === undefined) {
    throw new Error(`no execution context of chrome-extension://${extensionId} in the page: ${JSON.stringify(problems.contexts())}`);
  }
  return found.id;
}

/**
 * Waits until `problems` has recorded something matching `pattern`
 * (a positive control: proves the recorder sees that kind of error).
 */
export async function waitForProblem(problems: PageProblems, pattern: RegExp, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!problems.list().some((line) => pattern.test(line))) {
    if (Date.now() > deadline) throw new Error(`the error recorder did not see ${pattern} within ${timeoutMs} ms; it saw ${JSON.stringify(problems.list())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

// ------------------------------------------------------------ axe-core

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')) as { version: string }).version;
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeSummary {
  /** Rules that ran and found nothing wrong. */
  passes: number;
  passIds: string[];
  /** Rules axe could not decide (e.g. contrast over a gradient): needs a human. */
  incomplete: string[];
  /** Rules that applied to nothing in the context. */
  inapplicable: number;
  /** One line per violated rule: id, impact, help, the offending nodes. */
  violations: string[];
}

/**
 * Runs axe-core over `context` (an axe context object, e.g.
 * `{ include: [{ fromShadowDom: ['varsom-nudge', '[data-varsom="panel"]'] }] }`
 * for a node in an open shadow root; a plain nested array is an iframe path) with the WCAG 2.0/2.1 A and AA rules. Injected through
 * CDP (page.evaluate of the source), which no page or extension CSP blocks.
 */
export async function runAxe(page: Page, context: unknown): Promise<AxeSummary> {
  const present = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ ctx, tags }) => {
      interface AxeNode {
        target: unknown[];
        failureSummary?: string;
      }
      interface AxeRule {
        id: string;
        impact?: string | null;
        help: string;
        nodes: AxeNode[];
      }
      interface AxeResults {
        passes: AxeRule[];
        violations: AxeRule[];
        incomplete: AxeRule[];
        inapplicable: AxeRule[];
      }
      const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe;
      const result = await axe.run(ctx, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
      return {
        passes: result.passes.length,
        passIds: result.passes.map((r) => r.id),
        inapplicable: result.inapplicable.length,
        incomplete: result.incomplete.map((r) => `${r.id}: ${JSON.stringify(r.nodes.map((n) => n.target))}`),
        violations: result.violations.map(
          (r) =>
            `${r.id} (${r.impact ?? '?'}): ${r.help} — ${r.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()).join(' | ')}`,
        ),
      };
    },
    { ctx: context, tags: [...WCAG_TAGS] },
  );
}

// ------------------------------------------------------------ nudge hosts

export interface HostInfo {
  surface: string | null;
  /** data-kinds of the badge, or null when there is no badge. */
  kinds: string | null;
  state: string | null;
  panelOpen: boolean;
  /** The badge's rectangle in the viewport (null without a badge). */
  badge: { x: number; y: number; width: number; height: number } | null;
}

/** Every <varsom-nudge> in the page, read through its open shadow root. */
export function readHosts(page: Page): Promise<HostInfo[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('varsom-nudge')).map((host) => {
      const root = host.shadowRoot;
      const badge = root?.querySelector<HTMLElement>('button[data-varsom="badge"]') ?? null;
      const panel = root?.querySelector<HTMLElement>('[data-varsom="panel"]') ?? null;
      const r = badge?.getBoundingClientRect();
      return {
        surface: host.getAttribute('data-surface'),
        kinds: badge?.getAttribute('data-kinds') ?? null,
        state: badge?.getAttribute('data-state') ?? null,
        panelOpen: panel !== null && panel.getClientRects().length > 0,
        badge: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
      };
    }),
  );
}

/** Polls `read` until `ok` holds; fails with `what` and the last value read. */
export async function waitUntil<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

// ------------------------------------------------------------ the worker's view of a tab

export interface TabStateAnswer {
  site: string | null;
  watching: number;
  findings: number;
  paused: boolean;
}

/**
 * Asks the worker for a tab's state with the popup's own request
 * ({ type: 'tab-state', tabId }), from an extension page, for the tab whose
 * URL matches `urlPattern` (a match pattern within the host permissions).
 */
export async function tabStateFor(h: Harness, urlPattern: string): Promise<TabStateAnswer> {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
    return await page.evaluate(async (pattern) => {
      interface ChromeTabs {
        runtime: { sendMessage(m: unknown): Promise<unknown> };
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      }
      const chrome = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const tabs = await chrome.tabs.query({ url: pattern });
      if (tabs.length !== 1 || tabs[0]?.id === undefined) throw new Error(`expected one tab matching ${pattern}, found ${tabs.length}`);
      return (await chrome.runtime.sendMessage({ type: 'tab-state', tabId: tabs[0].id })) as TabStateAnswer;
    }, urlPattern);
  } finally {
    await page.close();
  }
}
