// A keyboard-only path through the nudge, no mouse at all: Tab into the
// compose box from the top of the page, type a draft with three findings,
// Alt+Shift+V opens the panel, Tab to "insert disclaimer" and Enter (the
// editor's own state takes it), Tab to "dismiss" on another finding and
// Enter, Escape closes the panel and puts focus back in the editor.
// The test only presses keys and reads state; it never clicks or calls focus().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { CONTACT_COMMENT, FNR, WORK_COMMENT } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';
import { waitUntil } from './support-stress.ts';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

const DISCLAIMER_NB = findBuiltinSet('ringebu')?.disclaimers.nb;
if (DISCLAIMER_NB === undefined) throw new Error('the ringebu set has no bokmål disclaimer');

const EDITOR = '[role="article"] form [data-fixture="comment"]';

interface Focus {
  /** 'editor' (the comment box), 'nudge' (inside a <varsom-nudge> shadow root), 'page' (elsewhere) or 'none'. */
  where: 'editor' | 'nudge' | 'page' | 'none';
  /** In the nudge: the focused element's data-action, or 'panel' for the panel itself. */
  what: string | null;
  /** In the nudge: the finding card the focused element belongs to. */
  kind: string | null;
  /** A short description of the focused element, for failure messages. */
  label: string;
}

/** Where keyboard focus is, through the nudge's open shadow root. */
function focusNow(page: Page): Promise<Focus> {
  return page.evaluate((editorSelector) => {
    const active = document.activeElement;
    if (active === null || active === document.body) return { where: 'none', what: null, kind: null, label: String(active?.localName) } as const;
    const editor = document.querySelector(editorSelector);
    if (editor !== null && (active === editor || editor.contains(active))) return { where: 'editor', what: null, kind: null, label: 'editor' } as const;
    if (active.localName === 'varsom-nudge') {
      const inner = active.shadowRoot?.activeElement ?? null;
      if (inner === null) return { where: 'nudge', what: null, kind: null, label: 'host' } as const;
      const what = inner.getAttribute('data-action') ?? (inner.getAttribute('data-varsom') === 'panel' ? 'panel' : inner.getAttribute('data-varsom'));
      const kind = inner.closest('[data-kind]')?.getAttribute('data-kind') ?? null;
      return { where: 'nudge', what, kind, label: `${inner.localName}.${inner.className} ${inner.textContent?.trim().slice(0, 40) ?? ''}` } as const;
    }
    return { where: 'page', what: null, kind: null, label: `${active.localName}[${active.getAttribute('aria-label') ?? ''}]` } as const;
  }, EDITOR);
}

/** Presses Tab until `ok(focus)`; fails after `max` presses, listing where focus went. */
async function tabTo(page: Page, ok: (f: Focus) => boolean, what: string, max = 40): Promise<Focus> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focusNow(page);
    path.push(`${now.where}:${now.what ?? ''}:${now.kind ?? ''}:${now.label}`);
    if (ok(now)) return now;
  }
  throw new Error(`${max} Tab presses did not reach ${what}; focus went: ${path.join(' → ')}`);
}

async function badgeKinds(f: Fixture): Promise<string | null> {
  return f.page.evaluate(() => {
    const badge = document.querySelector('varsom-nudge[data-surface="comment"]')?.shadowRoot?.querySelector('button[data-varsom="badge"]');
    return badge && badge.getAttribute('data-state') === 'ready' ? badge.getAttribute('data-kinds') : null;
  });
}

async function panelOpen(f: Fixture): Promise<boolean> {
  return f.page.evaluate(() => {
    const panel = document.querySelector('varsom-nudge[data-surface="comment"]')?.shadowRoot?.querySelector('[data-varsom="panel"]');
    return panel !== null && panel !== undefined && panel.getClientRects().length > 0;
  });
}

describe('keyboard only', () => {
  it('Tab to the box, type, Alt+Shift+V, Tab+Enter to insert the disclaimer, Tab+Enter to dismiss, Escape back to the editor', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      // Keys go to the front tab; focus starts at the top of the page.
      await f.page.bringToFront();
      expect((await focusNow(f.page)).where).toBe('none');
      await tabTo(f.page, (x) => x.where === 'editor', 'the comment box');

      const draft = `${WORK_COMMENT.text}. ${CONTACT_COMMENT.text}. Fødselsnummeret er ${FNR}`;
      await f.page.keyboard.type(draft);
      await f.waitForEditorText('comment', (t) => norm(t) === norm(draft), 'the typed draft');
      await waitUntil(() => badgeKinds(f), (k) => k === 'confidential contact_client work_no_disclaimer', 'the three findings');

      // The shortcut opens the panel and moves focus into it.
      await f.page.keyboard.press('Alt+Shift+V');
      await waitUntil(() => panelOpen(f), (open) => open, 'the panel open');
      expect((await focusNow(f.page)).where, 'focus moved into the panel').toBe('nudge');

      await tabTo(f.page, (x) => x.what === 'insert-disclaimer' && x.kind === 'work_no_disclaimer', '"insert disclaimer"');
      await f.page.keyboard.press('Enter');
      const fixed = await f.waitForEditorText('comment', (t) => norm(t).endsWith(norm(DISCLAIMER_NB)), 'the disclaimer in the editor state');
      expect(norm(fixed).startsWith(norm(draft)), 'the draft is kept in front of the disclaimer').toBe(true);
      await waitUntil(() => badgeKinds(f), (k) => k === 'confidential contact_client', 'the work finding gone with the disclaimer');
      expect(await panelOpen(f), 'the panel stays open for the other findings').toBe(true);

      // Focus is still where the user was working: in the panel, a Tab or two from the next finding.
      const after = await focusNow(f.page);
      expect(after.where, `after the fix, focus is in the panel (it is on ${after.label})`).toBe('nudge');
      await tabTo(f.page, (x) => x.what === 'dismiss' && x.kind === 'contact_client', '"dismiss" on the contact finding');
      await f.page.keyboard.press('Enter');
      await waitUntil(() => badgeKinds(f), (k) => k === 'confidential', 'the contact finding dismissed');
      expect(await panelOpen(f)).toBe(true);
      expect((await focusNow(f.page)).where, 'after dismissing, focus stays in the panel').toBe('nudge');

      await f.page.keyboard.press('Escape');
      await waitUntil(() => panelOpen(f), (open) => !open, 'the panel closed');
      expect((await focusNow(f.page)).where, 'Escape returns focus to the editor').toBe('editor');
      // The keys go on into the editor.
      await f.page.keyboard.type(' Takk!');
      await f.waitForEditorText('comment', (t) => norm(t).includes('Takk!'), 'typing after Escape in the editor state');
      // Nothing else changed: the dismissed finding stays dismissed, the number is still there to mask.
      expect(await f.editorText('comment')).toContain(FNR);
      await waitUntil(() => badgeKinds(f), (k) => k === 'confidential', 'the remaining finding after typing on');
    } finally {
      await f.close();
    }
  });

  it('made no request outside the fixture hosts and the extension', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
