// What a <varsom-nudge> shows, read inside the page through its open shadow
// root: the tests assert on the badge and panel a user sees, not on the
// extension's internals. The Firefox harness reports the same shapes.
import type { Locator, Page } from 'playwright-core';

/** How long a nudge may take to reflect a draft before a test gives up (generous: 2 cores, debounce, worker start). */
export const NUDGE_TIMEOUT_MS = 10_000;

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

/**
 * Every <varsom-nudge> on the page, read through its open shadow root. A
 * nudge may live inside a modal dialog in a site's shadow root, so the
 * search goes through open shadow roots (a loop: no named functions here).
 */
export function readNudges(page: Page): Promise<NudgeSnapshot[]> {
  return page.evaluate(() => {
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

/** What the nudge's panel (the located element) shows: its findings, their quotes and marks, and its buttons. */
export function readPanel(locator: Locator): Promise<PanelState> {
  return locator.evaluate((panel: HTMLElement) => {
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
