// Accessibility: axe-core in Chromium (WCAG 2.0 and 2.1, levels A and AA)
// over the toolbar popup, the options page with every <details> expanded and
// a settings notice showing, and an open nudge panel on a facebook post
// (inside its open shadow root), each in light and in dark mode. Zero
// violations of any impact. The counts are printed for the lead's report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORAGE_KEYS } from '../../src/settings/settings.ts';
import { CONFIDENTIAL, WORK_POST } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import type { Fixture } from './harness/fixture.ts';
import { AXE_VERSION, runAxe, WCAG_TAGS, type AxeSummary } from './support-stress.ts';

let h: Harness;
const summary: string[] = [];

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  if (summary.length > 0) {
    console.log(`[a11y] axe-core ${AXE_VERSION}, tags ${WCAG_TAGS.join(', ')}\n${summary.map((line) => `  ${line}`).join('\n')}`);
  }
  await h?.close();
});

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** Switches the page's colour scheme and proves it took (a dark run that stayed light would prove nothing). */
async function useScheme(page: Page, scheme: Scheme, probe: () => Promise<string>): Promise<string> {
  await page.emulateMedia({ colorScheme: scheme });
  const matches = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  expect(matches, `prefers-color-scheme is ${scheme}`).toBe(scheme === 'dark');
  return probe();
}

function report(name: string, scheme: Scheme, result: AxeSummary): void {
  const line = `${name} (${scheme}): ${result.passes} rules passed, ${result.violations.length} violations, ${result.incomplete.length} incomplete (needs review), ${result.inapplicable} inapplicable`;
  summary.push(line);
  console.log(`[a11y] ${line}${result.incomplete.length > 0 ? `\n  incomplete: ${result.incomplete.join('\n  ')}` : ''}`);
}

async function audit(name: string, page: Page, scheme: Scheme, context: unknown): Promise<void> {
  const result = await runAxe(page, context);
  report(name, scheme, result);
  expect(result.passes, 'axe checked something').toBeGreaterThan(5);
  expect(result.violations, `${name} (${scheme})`).toEqual([]);
  // Contrast is what a dark theme most often gets wrong: it must have been decided, not left "incomplete".
  expect(result.passIds, 'color-contrast was checked and passed').toContain('color-contrast');
}

/** Where a control element goes: `selector` in the document, or inside the open shadow root of `host`. */
interface Spot {
  host?: string;
  selector: string;
}

/**
 * Positive control: a nameless button put at `spot` must come back as a
 * violation in the same axe context, so "zero violations" can fail.
 */
async function expectControlCaught(page: Page, context: unknown, spot: Spot): Promise<void> {
  const place = (add: boolean) =>
    page.evaluate(
      ({ at, add: adding }) => {
        const root: Document | ShadowRoot | null | undefined = at.host === undefined ? document : document.querySelector(at.host)?.shadowRoot;
        if (!root) throw new Error(`no root for ${JSON.stringify(at)}`);
        if (!adding) {
          root.querySelector('[data-e2e-control]')?.remove();
          return;
        }
        const container = root.querySelector(at.selector);
        if (!container) throw new Error(`no ${at.selector}`);
        const button = document.createElement('button');
        button.setAttribute('data-e2e-control', '');
        container.append(button);
      },
      { at: spot, add },
    );
  await place(true);
  try {
    const result = await runAxe(page, context);
    expect(result.violations.map((v) => v.split(' ')[0]), 'axe sees a nameless button in this context').toContain('button-name');
  } finally {
    await place(false);
  }
}

/** The computed background of the page (or of an element), to show the scheme changed the rendering. */
function background(page: Page, selector = 'body'): Promise<string> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    return el ? getComputedStyle(el).backgroundColor : 'none';
  }, selector);
}

describe('extension pages', () => {
  beforeAll(async () => {
    // A pending notice, so the banner (a live region with a button) is audited too.
    await h.writeStorage({ [STORAGE_KEYS.notices]: [{ code: 'migrated' }] });
  });

  it('the popup: no violations, light and dark', async () => {
    const popup = await h.openExtensionPage(h.popupPath());
    try {
      await popup.locator('#set-name').waitFor();
      await popup.locator('#settings-notice').waitFor();
      await popup.locator('.checklist li').first().waitFor();
      await expectControlCaught(popup, { include: ['html'] }, { selector: 'main' });
      const seen = new Set<string>();
      for (const scheme of SCHEMES) {
        seen.add(await useScheme(popup, scheme, () => background(popup)));
        await audit('popup', popup, scheme, { include: ['html'] });
      }
      expect(seen.size, 'dark mode renders differently from light').toBe(2);
      expect(h.pageErrors(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('the options page with every <details> open: no violations, light and dark', async () => {
    await h.writeStorage({ [STORAGE_KEYS.notices]: [{ code: 'corrupted_reset' }, { code: 'set_unavailable', setId: 'oldtown' }] });
    const options = await h.openExtensionPage(h.optionsPath());
    try {
      await options.locator('#person-list').waitFor();
      await options.locator('#settings-notice').waitFor();
      const details = await options.evaluate(() => {
        const all = Array.from(document.querySelectorAll('details'));
        for (const d of all) d.open = true;
        return { total: all.length, open: all.filter((d) => d.open).length };
      });
      expect(details.total, 'the options page has expandable sections').toBeGreaterThan(0);
      expect(details.open).toBe(details.total);
      await expectControlCaught(options, { include: ['html'] }, { selector: 'main' });
      const seen = new Set<string>();
      for (const scheme of SCHEMES) {
        seen.add(await useScheme(options, scheme, () => background(options)));
        await audit(`options (${details.total} details open)`, options, scheme, { include: ['html'] });
      }
      expect(seen.size, 'dark mode renders differently from light').toBe(2);
      expect(h.pageErrors(options)).toEqual([]);
    } finally {
      await options.close();
    }
  });
});

/**
 * axe's colour-contrast check finds what lies under a text through a grid it
 * builds from document.body down; the nudge's host hangs on <html> (outside
 * <body>, by design), so every contrast check would come back "incomplete"
 * and could never fail. For the audit the host moves into <body>: it is
 * position: fixed, so nothing moves on screen (checked), then it goes back.
 */
async function withHostInBody<T>(page: Page, run: () => Promise<T>): Promise<T> {
  const where = () =>
    page.evaluate(() => {
      const host = document.querySelector('varsom-nudge[data-surface="post"]');
      const panel = host?.shadowRoot?.querySelector('[data-varsom="panel"]');
      if (!host || !panel) throw new Error('no open panel');
      return { parent: host.parentElement?.localName ?? '', rect: JSON.stringify(panel.getBoundingClientRect()) };
    });
  const before = await where();
  expect(before.parent).toBe('html');
  await page.evaluate(() => document.body.append(document.querySelector('varsom-nudge[data-surface="post"]') as Element));
  try {
    const moved = await where();
    expect(moved).toEqual({ parent: 'body', rect: before.rect });
    return await run();
  } finally {
    await page.evaluate(() => document.documentElement.append(document.querySelector('varsom-nudge[data-surface="post"]') as Element));
  }
}

/** The employer's address as a private contact (Ringebu's guideline has a point on it, 2.4). */
const WORK_EMAIL = 'Kontakt meg på kari.nordmann@ringebu.kommune.no';

describe('the nudge', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await h.openFixture('facebookFeed');
    // Three findings: one with "insert disclaimer", one with "mask", one with no fix (the work address), each quoting its points.
    await f.type('post', `${WORK_POST.text}. ${CONFIDENTIAL.text}. ${WORK_EMAIL}`);
    await f.waitForKinds('post', ['confidential', 'work_email', 'work_no_disclaimer']);
    await f.openPanel('post');
  });
  afterAll(async () => {
    await f?.close();
  });

  it('an open panel (badge, live region, findings, quotes, actions) in the shadow root: no violations, light and dark', async () => {
    const panel = await f.readPanel('post');
    expect(panel.findings.map((x) => x.kind).sort()).toEqual(['confidential', 'work_email', 'work_no_disclaimer']);
    expect(panel.actions).toEqual(expect.arrayContaining(['insert-disclaimer', 'mask', 'dismiss', 'checklist']));
    // Everything the nudge renders: the content of the post box's <varsom-nudge>, reached through its open shadow root.
    // (axe reads a plain nested array as an iframe path; a shadow-DOM path is spelled fromShadowDom.)
    const context = { include: [{ fromShadowDom: ['varsom-nudge[data-surface="post"]', '.nudge'] }] };
    await expectControlCaught(f.page, context, { host: 'varsom-nudge[data-surface="post"]', selector: '[data-varsom="panel"]' });
    const seen = new Set<string>();
    for (const scheme of SCHEMES) {
      seen.add(
        await useScheme(f.page, scheme, () =>
          f.panel('post').evaluate((p: HTMLElement) => `${getComputedStyle(p).backgroundColor} ${getComputedStyle(p).color}`),
        ),
      );
      expect(await f.panel('post').isVisible(), 'the panel is open').toBe(true);
      await withHostInBody(f.page, () => audit('nudge panel', f.page, scheme, context));
    }
    expect(seen.size, 'the panel has a dark theme').toBe(2);
  });
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
