// The sites as they are in 2026 (docs/site-shapes.md, "2026 shapes"): boxes in
// open shadow roots and modal dialogs, TipTap and Quill 1 editors, chat popups
// and two-pane inboxes. For each shape: the box is found and its surface is
// right; in a DM the recipient is read from the right header (or, for a new
// message, not at all); the badge is on top and reachable from the keyboard;
// the disclaimer and the ID mask land in the editor's own model, and undo
// brings the draft back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { FNR, WORK_POST, engineKinds, siteOf } from './drafts.ts';
import { RECIPIENT } from './fixtures/pages.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';
import { readingMs, RECIPIENT_PROBE, SHAPES_2026, type ShapeSpec } from './shape-cases.ts';

const PEOPLE = [RECIPIENT];

const RINGEBU = findBuiltinSet('ringebu');
if (RINGEBU === undefined) throw new Error('the ringebu set is not built in');
const DISCLAIMER_NB = RINGEBU.disclaimers.nb;
if (DISCLAIMER_NB === undefined) throw new Error('the ringebu set has no bokmål disclaimer');

interface ShapeCase extends ShapeSpec {
  /** What the user does first (open the composer dialog). */
  open?: (f: Fixture) => Promise<void>;
}

const openComposer = async (f: Fixture): Promise<void> => {
  await f.page.locator('[data-fixture="open-composer"]').click();
  await f.page.locator('dialog[data-fixture="composer"]').waitFor({ state: 'visible' });
};

const CASES: ShapeCase[] = SHAPES_2026.map((c) => (c.opensComposer ? { ...c, open: openComposer } : c));

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' }, peopleFromWork: PEOPLE });
});

afterAll(async () => {
  await h?.close();
});

/** The kinds the engine gives `text` on this box, with the recipient the page shows (or none). */
function expected(f: Fixture, c: ShapeCase, text: string): string[] {
  const surface = f.editorSpec(c.editor).surface;
  if (surface === null) throw new Error(`${c.page}/${c.editor} is not a compose box`);
  const recipient = surface === 'dm' && c.recipient === 'named' ? RECIPIENT : '';
  return engineKinds(text, { site: siteOf(f.spec.url), surface, peopleFromWork: PEOPLE, recipient });
}

/** Is the topmost element at the badge's centre, followed down through open shadow roots, the badge itself? */
function badgeIsOnTop(f: Fixture, c: ShapeCase): Promise<boolean> {
  return f.badge(c.editor).evaluate((badge: HTMLElement) => {
    const r = badge.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (inner === null || inner === hit) break;
      hit = inner;
    }
    return hit !== null && (hit === badge || badge.contains(hit));
  });
}

/** Is focus (followed through shadow roots) inside the nudge's panel? */
function focusInPanel(f: Fixture, c: ShapeCase): Promise<boolean> {
  return f.panel(c.editor).evaluate((panel: HTMLElement) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active !== null && (active === panel || panel.contains(active));
  });
}

async function typeDraft(f: Fixture, c: ShapeCase, text: string): Promise<void> {
  await f.closePanel(c.editor).catch(() => undefined);
  await f.clear(c.editor);
  await f.type(c.editor, text);
  await f.waitForEditorText(c.editor, (t) => norm(t) === norm(text), JSON.stringify(text));
}


/** Ctrl+Z in the editor until its own model holds `text` again (one fix is one undo step, but allow a second). */
async function undoTo(f: Fixture, c: ShapeCase, text: string): Promise<void> {
  await f.editor(c.editor).focus();
  let first = '';
  for (let i = 0; i < 2; i++) {
    await f.page.keyboard.press('ControlOrMeta+z');
    try {
      await f.waitForEditorText(c.editor, (t) => norm(t) === norm(text), `the draft back after undo: ${JSON.stringify(text)}`, 1_500);
      return;
    } catch (error) {
      if (i === 1) throw new Error(`${String(error)}; after the first undo: ${JSON.stringify(first)}`);
      first = await f.editorText(c.editor);
    }
  }
}

for (const c of CASES) {
  describe(c.label, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await h.openFixture(c.page);
      await c.open?.(f);
    });
    afterAll(async () => {
      await f?.close();
    });

    if (c.recipient === undefined) {
      it('is found with the right surface, and the badge is on top and reachable from the keyboard', async () => {
        const draft = c.work ?? WORK_POST;
        await typeDraft(f, c, draft.text);
        const kinds = expected(f, c, draft.text);
        expect(kinds).toContain(draft.kind);
        const badge = await f.waitForKinds(c.editor, kinds);
        expect(badge.visible).toBe(true);
        expect(await badgeIsOnTop(f, c), 'nothing covers the badge (no dialog, no backdrop)').toBe(true);
        await f.editor(c.editor).focus();
        await f.page.keyboard.press('Alt+Shift+V');
        await f.panel(c.editor).waitFor({ state: 'visible' });
        expect(await focusInPanel(f, c), 'Alt+Shift+V moves focus into the panel').toBe(true);
        await f.page.keyboard.press('Escape');
        await f.panel(c.editor).waitFor({ state: 'hidden' });
      });

      it("inserts the disclaimer into the editor's own model, and undo brings the draft back", async () => {
        const draft = c.work ?? WORK_POST;
        await typeDraft(f, c, draft.text);
        await f.waitForKinds(c.editor, expected(f, c, draft.text));
        await f.openPanel(c.editor);
        await f.page.waitForTimeout(readingMs(f.editorSpec(c.editor).kind));
        await f.clickAction(c.editor, 'insert-disclaimer', 'work_no_disclaimer');
        await f.waitForEditorText(c.editor, (t) => norm(t).startsWith(norm(draft.text)) && norm(t).endsWith(norm(DISCLAIMER_NB)), 'the draft with the disclaimer at the end');
        await f.waitForNoBadge(c.editor);
        await undoTo(f, c, draft.text);
      });
    } else {
      it(c.recipient === 'named' ? 'is a DM, with the recipient from the conversation header' : 'is a DM, with no recipient', async () => {
        const named = engineKinds(RECIPIENT_PROBE, { site: siteOf(f.spec.url), surface: 'dm', peopleFromWork: PEOPLE, recipient: RECIPIENT });
        const unnamed = engineKinds(RECIPIENT_PROBE, { site: siteOf(f.spec.url), surface: 'dm', peopleFromWork: PEOPLE, recipient: 'Chatter' });
        expect(named, 'the probe tells a listed recipient from another').not.toEqual(unnamed);
        await typeDraft(f, c, RECIPIENT_PROBE);
        const kinds = expected(f, c, RECIPIENT_PROBE);
        if (kinds.length > 0) {
          const badge = await f.waitForKinds(c.editor, kinds);
          expect(badge.visible).toBe(true);
          expect(await badgeIsOnTop(f, c)).toBe(true);
          await f.editor(c.editor).focus();
          await f.page.keyboard.press('Alt+Shift+V');
          await f.panel(c.editor).waitFor({ state: 'visible' });
          expect(await focusInPanel(f, c)).toBe(true);
          await f.page.keyboard.press('Escape');
        } else {
          // Found (a nudge host for the DM exists) and nothing flagged: no wrong name was used.
          await expect.poll(async () => (await f.nudges()).some((n) => n.surface === 'dm'), { timeout: 5_000 }).toBe(true);
          await f.page.waitForTimeout(600);
          await f.waitForNoBadge(c.editor);
        }
      });
    }

    it("masks an ID number in the editor's own model, and undo brings it back", async () => {
      await typeDraft(f, c, c.maskDraft.text);
      await f.waitForKinds(c.editor, expected(f, c, c.maskDraft.text));
      await f.openPanel(c.editor);
      await f.page.waitForTimeout(readingMs(f.editorSpec(c.editor).kind));
      await f.clickAction(c.editor, 'mask', 'confidential');
      const [head] = c.maskDraft.text.split(FNR);
      await f.waitForEditorText(c.editor, (t) => !t.includes(FNR) && norm(t).startsWith(norm(head ?? '')) && norm(t).length > norm(head ?? '').length, 'the number masked');
      await undoTo(f, c, c.maskDraft.text);
    });
  });
}

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
