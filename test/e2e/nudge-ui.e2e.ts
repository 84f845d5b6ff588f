// The nudge's DOM contract (docs/site-shapes.md), keyboard use, its actions
// besides the fixes, accessibility (axe-core) and screenshots of the open panel.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WORK_COMMENT, WORK_POST, CONTACT_DM } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import type { Fixture } from './harness/fixture.ts';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules) on `context` in the page; returns the
 * serious and critical violations. Fails when axe checked nothing (a context
 * that matched no element would otherwise pass vacuously).
 */
async function axe(page: Page, context: unknown): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(async (ctx) => {
    const runner = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await runner.run(ctx, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { violations: result.violations, passes: result.passes.length };
  }, context);
  expect(passes + violations.length, 'axe checked some rules').toBeGreaterThan(0);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Message keys such as "nudge_panel_title" shown instead of text. */
const RAW_KEY = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;

describe('the nudge on a facebook post', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await h.openFixture('facebookFeed');
    await f.type('post', WORK_POST.text);
    await f.waitForKinds('post', ['work_no_disclaimer']);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('lives in an open shadow root on <html>, outside the editor, with data-surface', async () => {
    const where = await f.page.evaluate(() =>
      Array.from(document.querySelectorAll('varsom-nudge')).map((host) => ({
        parent: host.parentElement?.localName,
        inEditable: host.closest('[contenteditable], textarea') !== null,
        open: host.shadowRoot !== null,
        surface: host.getAttribute('data-surface'),
      })),
    );
    expect(where.length).toBeGreaterThan(0);
    for (const w of where) expect(w).toMatchObject({ parent: 'html', inEditable: false, open: true });
    expect(where.map((w) => w.surface).sort()).toEqual(['comment', 'post']);
  });

  it('the badge sits by its compose box and is visible', async () => {
    const badge = await f.waitForKinds('post', ['work_no_disclaimer']);
    const box = await f.editor('post').boundingBox();
    if (box === null) throw new Error('editor has no box');
    expect(badge.visible).toBe(true);
    const r = badge.rect;
    const dx = Math.max(box.x - (r.x + r.width), r.x - (box.x + box.width), 0);
    const dy = Math.max(box.y - (r.y + r.height), r.y - (box.y + box.height), 0);
    expect(Math.hypot(dx, dy), `badge ${JSON.stringify(r)} vs editor ${JSON.stringify(box)}`).toBeLessThanOrEqual(48);
  });

  it('Alt+Shift+V in the compose box opens the panel; Escape closes it and returns focus to the editor', async () => {
    await f.closePanel('post');
    await f.focus('post');
    await f.page.keyboard.press('Alt+Shift+V');
    await f.panel('post').waitFor({ state: 'visible', timeout: 5_000 });
    // Focus goes into the panel or stays in the editor; either way Escape from there closes it.
    const inPanel = await f.panel('post').evaluate((p: HTMLElement) => p.contains((p.getRootNode() as ShadowRoot).activeElement));
    if (!inPanel) await f.panel('post').focus();
    await f.page.keyboard.press('Escape');
    await f.panel('post').waitFor({ state: 'hidden', timeout: 5_000 });
    const focused = await f.editor('post').evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
    expect(focused, 'focus is back in the editor').toBe(true);
    // And typing goes on in the editor, at the end.
    await f.page.keyboard.type('!');
    await f.waitForEditorText('post', (t) => t.trim().endsWith(`${WORK_POST.text}!`), 'the draft with "!"');
  });

  it('Alt+Shift+V toggles: pressed again in the editor, it closes the panel', async () => {
    await f.focus('post');
    await f.page.keyboard.press('Alt+Shift+V');
    await f.panel('post').waitFor({ state: 'visible', timeout: 5_000 });
    await f.focus('post');
    await f.page.keyboard.press('Alt+Shift+V');
    await f.panel('post').waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('the panel is a non-modal region with the contract actions, in words (no raw message keys)', async () => {
    const panel = await f.openPanel('post');
    expect(panel.role).toBe('region');
    const modal = await f.panel('post').evaluate((p: HTMLElement) => ({ dialog: p.closest('[role="dialog"], dialog') !== null, modal: p.getAttribute('aria-modal') }));
    expect(modal).toEqual({ dialog: false, modal: null });
    expect(panel.findings.map((x) => x.kind)).toEqual(['work_no_disclaimer']);
    expect(panel.actions).toEqual(expect.arrayContaining(['insert-disclaimer', 'dismiss', 'checklist']));
    const shown = await f.panel('post').evaluate((p: HTMLElement) =>
      [p.innerText, ...Array.from(p.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label') ?? '')].join('\n'),
    );
    const badgeLabel = (await f.badge('post').getAttribute('aria-label')) ?? '';
    expect([...new Set(`${shown}\n${badgeLabel}`.match(RAW_KEY) ?? [])], 'untranslated message keys').toEqual([]);
    await h.screenshot(f.page, 'nudge-panel-facebook-post');
  });

  it('the open panel passes axe-core (WCAG 2.1 A/AA, serious and critical)', async () => {
    await f.openPanel('post');
    expect(await axe(f.page, { include: [{ fromShadowDom: ['varsom-nudge[data-surface="post"]', '[data-varsom="panel"]'] }] })).toEqual([]);
  });

  it('"checklist" shows the checklist without covering the post: the toolbar popup, else the options page beside it', async () => {
    await f.openPanel('post');
    const before = f.page.url();
    await f.clickAction('post', 'checklist');
    // The popup is no tab Playwright sees: ask the browser which of the extension's views are open.
    await expect
      .poll(() => h.worker.evaluate(async () => {
        type Context = { contextType: string; documentUrl?: string };
        const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Context[]> } } }).chrome;
        const views = await api.runtime.getContexts({ contextTypes: ['POPUP', 'TAB'] });
        return views.map((v) => `${v.contextType} ${v.documentUrl ?? ''}`).join('\n');
      }), { timeout: 10_000 })
      .toMatch(new RegExp(`^POPUP |^TAB .*${h.optionsPath().replace(/[.]/g, '\\.')}#checklist`, 'm'));
    expect(f.page.url()).toBe(before);
  });

  it('"dismiss" hides the finding for this draft', async () => {
    await f.openPanel('post');
    await f.clickAction('post', 'dismiss', 'work_no_disclaimer');
    await f.waitForNoBadge('post');
  });
});

describe('more open panels', () => {
  it('linkedin comment and instagram dm: screenshots', async () => {
    const li = await h.openFixture('linkedinFeed');
    try {
      await li.type('comment', WORK_COMMENT.text);
      await li.waitForKinds('comment', ['work_no_disclaimer']);
      await li.waitForPanelFinding('comment', 'work_no_disclaimer', WORK_COMMENT.anchors);
      await h.screenshot(li.page, 'nudge-panel-linkedin-comment');
    } finally {
      await li.close();
    }
    const ig = await h.openFixture('instagramDirect');
    try {
      await ig.type('dm', CONTACT_DM.text);
      await ig.waitForKinds('dm', ['contact_client']);
      await ig.waitForPanelFinding('dm', 'contact_client', CONTACT_DM.anchors);
      await h.screenshot(ig.page, 'nudge-panel-instagram-dm');
    } finally {
      await ig.close();
    }
  });
});

describe('extension pages', () => {
  for (const which of ['popup', 'options'] as const) {
    it(`the ${which} passes axe-core and shows no raw message keys`, async () => {
      const page = await h.openExtensionPage(which === 'popup' ? h.popupPath() : h.optionsPath());
      try {
        await page.locator('h1').first().waitFor({ timeout: 5_000 });
        const text = await page.locator('body').innerText();
        expect([...new Set(text.match(RAW_KEY) ?? [])], 'untranslated message keys').toEqual([]);
        expect(await axe(page, document_())).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

/** axe's whole-document context, spelled so it serialises into evaluate(). */
function document_(): { include: string[] } {
  return { include: ['html'] };
}

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
