// The site shapes in real Firefox (Debian's ESR over WebDriver BiDi, see
// firefox-harness.ts): the checks site-shapes-2026.e2e.ts makes in Chromium,
// on the 2026 shapes (shadow roots, a modal dialog, TipTap, Quill 1, chat
// popups, two-pane inboxes) and on the older editor kinds (Quill 2, Draft.js,
// React's textarea, LinkedIn's plain contenteditable). Per box: found with the
// right surface; in a DM, the recipient read from the right header or not at
// all; the badge on top and reachable from the keyboard; the disclaimer and
// the ID mask in the editor's own model; undo brings the draft back.
// One Firefox for the file; each case loads its page afresh in the one tab.
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { CONFIDENTIAL, CONFIDENTIAL_DM, FNR, WORK_COMMENT, WORK_POST, engineKinds, siteOf } from './drafts.ts';
import { RECIPIENT } from './fixtures/pages.ts';
import { FIREFOX_SKIP, FirefoxFixture, launchFirefox, until, type FirefoxRun } from './firefox-harness.ts';
import { norm } from './harness/fixture.ts';
import { readingMs, RECIPIENT_PROBE, SHAPES_2026, type ShapeSpec } from './shape-cases.ts';

const PEOPLE = [RECIPIENT];
const DISCLAIMER = findBuiltinSet('ringebu')?.disclaimers.nb ?? '';
if (DISCLAIMER === '') throw new Error('firefox-shapes.e2e: the ringebu set has no bokmål disclaimer');

interface ShapeCase extends ShapeSpec {
  /** What the user does first. */
  open?: (f: FirefoxFixture) => Promise<void>;
}

const openComposer = async (f: FirefoxFixture): Promise<void> => {
  const button = await f.find('[data-fixture="open-composer"]');
  await button.click();
  await button.dispose();
  await until(() => f.page.evaluate(() => {
    const outlet = document.querySelector('#interop-outlet')?.shadowRoot;
    return outlet?.querySelector('dialog[data-fixture="composer"]')?.hasAttribute('open') ?? false;
  }), (open) => open, 'the composer dialog open', 5_000);
};

const CASES: ShapeCase[] = [
  ...SHAPES_2026.map((c) => (c.opensComposer ? { ...c, open: openComposer } : c)),
  // The older editor kinds (test/e2e/fixtures/pages.ts)
  { label: 'linkedin share box (Quill 2)', page: 'linkedinFeed', editor: 'post', work: WORK_POST, maskDraft: CONFIDENTIAL },
  { label: 'facebook group post, legacy (Draft.js)', page: 'facebookGroup', editor: 'post', work: WORK_POST, maskDraft: CONFIDENTIAL },
  { label: 'instagram comment (React-controlled textarea)', page: 'instagramPost', editor: 'comment', work: WORK_COMMENT, maskDraft: CONFIDENTIAL },
  { label: 'linkedin messaging (plain contenteditable)', page: 'linkedinMessaging', editor: 'dm', recipient: 'named', maskDraft: CONFIDENTIAL_DM },
];

let run: FirefoxRun | undefined;

beforeAll(async () => {
  if (FIREFOX_SKIP !== undefined) return;
  run = await launchFirefox({ settings: { setId: 'ringebu' }, peopleFromWork: PEOPLE });
}, 60_000);

afterAll(async () => {
  await run?.close();
});

/** The kinds the engine gives `text` in this box, with the recipient the page names (or none). */
function expected(f: FirefoxFixture, c: ShapeCase, text: string): string[] {
  const surface = f.editorSpec(c.editor).surface;
  if (surface === null) throw new Error(`${c.page}/${c.editor} is not a compose box`);
  const recipient = surface === 'dm' && c.recipient === 'named' ? RECIPIENT : '';
  return engineKinds(text, { site: siteOf(f.spec.url), surface, peopleFromWork: PEOPLE, recipient });
}

async function typeDraft(f: FirefoxFixture, c: ShapeCase, text: string): Promise<void> {
  await f.closePanel(c.editor);
  await f.clear(c.editor);
  await f.type(c.editor, text);
  await f.waitForEditorText(c.editor, (t) => norm(t) === norm(text), JSON.stringify(text));
}

/** Badge on top; Alt+Shift+V puts focus in the panel; Escape closes it. */
async function badgeAndKeyboard(f: FirefoxFixture, c: ShapeCase): Promise<void> {
  expect(await f.badgeIsOnTop(c.editor), 'nothing covers the badge (no dialog, no backdrop)').toBe(true);
  await f.focus(c.editor);
  await f.chord(['Alt', 'Shift'], 'KeyV');
  await until(() => f.panelOpen(c.editor), (open) => open, 'Alt+Shift+V to open the panel', 5_000);
  expect(await f.focusInPanel(c.editor), 'Alt+Shift+V moves focus into the panel').toBe(true);
  await f.page.keyboard.press('Escape');
  await until(() => f.panelOpen(c.editor), (open) => !open, 'Escape to close the panel', 5_000);
}

/** Ctrl+Z in the editor until its own state holds `text` again (one step expected, a second allowed). */
async function undoTo(f: FirefoxFixture, c: ShapeCase, text: string): Promise<number> {
  await f.focus(c.editor);
  let first = '';
  for (let step = 1; step <= 2; step++) {
    await f.chord(['Control'], 'z');
    try {
      await f.waitForEditorText(c.editor, (t) => norm(t) === norm(text), `the draft back after undo: ${JSON.stringify(text)}`, 1_500);
      return step;
    } catch (error) {
      if (step === 2) throw new Error(`${String(error)}; after the first undo: ${JSON.stringify(first)}`);
      first = await f.editorText(c.editor);
    }
  }
  throw new Error('unreachable');
}

/** Opens the panel, waits as a reader would, and clicks the fix. */
async function applyFix(f: FirefoxFixture, c: ShapeCase, action: string, kind: string): Promise<void> {
  await f.openPanel(c.editor);
  await new Promise((r) => setTimeout(r, readingMs(f.spec.editors.find((e) => e.name === c.editor)?.kind ?? 'quill')));
  await f.clickAction(c.editor, action, kind);
}

for (const c of CASES) {
  describe(c.label, () => {
    let f: FirefoxFixture;
    beforeAll(async () => {
      if (run === undefined) return;
      f = await FirefoxFixture.open(run.page, c.page);
      await c.open?.(f);
    }, 30_000);

    if (c.recipient === undefined) {
      const draft = c.work ?? WORK_POST;
      it('is found with the right surface, and the badge is on top and reachable from the keyboard', async (ctx) => {
        if (FIREFOX_SKIP !== undefined) return ctx.skip(FIREFOX_SKIP);
        await typeDraft(f, c, draft.text);
        const kinds = expected(f, c, draft.text);
        expect(kinds).toContain(draft.kind);
        expect((await f.waitForKinds(c.editor, kinds)).visible).toBe(true);
        await badgeAndKeyboard(f, c);
      });

      it("inserts the disclaimer into the editor's own model, and undo brings the draft back", async (ctx) => {
        if (FIREFOX_SKIP !== undefined) return ctx.skip(FIREFOX_SKIP);
        await typeDraft(f, c, draft.text);
        await f.waitForKinds(c.editor, expected(f, c, draft.text));
        await applyFix(f, c, 'insert-disclaimer', 'work_no_disclaimer');
        await f.waitForEditorText(c.editor, (t) => norm(t).startsWith(norm(draft.text)) && norm(t).endsWith(norm(DISCLAIMER)), 'the draft with the disclaimer at the end');
        await f.waitForNoBadge(c.editor);
        await note(ctx, 'undo steps', await undoTo(f, c, draft.text));
      });
    } else {
      it(c.recipient === 'named' ? 'is a DM, with the recipient from the conversation header' : 'is a DM, with no recipient', async (ctx) => {
        if (FIREFOX_SKIP !== undefined) return ctx.skip(FIREFOX_SKIP);
        const site = siteOf(f.spec.url);
        const named = engineKinds(RECIPIENT_PROBE, { site, surface: 'dm', peopleFromWork: PEOPLE, recipient: RECIPIENT });
        const other = engineKinds(RECIPIENT_PROBE, { site, surface: 'dm', peopleFromWork: PEOPLE, recipient: 'Chatter' });
        expect(named, 'the probe tells a listed recipient from another').not.toEqual(other);
        await typeDraft(f, c, RECIPIENT_PROBE);
        const kinds = expected(f, c, RECIPIENT_PROBE);
        if (kinds.length > 0) {
          expect((await f.waitForKinds(c.editor, kinds)).visible).toBe(true);
          await badgeAndKeyboard(f, c);
        } else {
          // Found (a DM nudge exists) and nothing flagged: no wrong name was read.
          await until(() => f.nudges(), (all) => all.some((n) => n.surface === 'dm'), 'a dm nudge', 5_000);
          await new Promise((r) => setTimeout(r, 600));
          await f.waitForNoBadge(c.editor);
        }
      });
    }

    it("masks an ID number in the editor's own model, and undo brings it back", async (ctx) => {
      if (FIREFOX_SKIP !== undefined) return ctx.skip(FIREFOX_SKIP);
      await typeDraft(f, c, c.maskDraft.text);
      await f.waitForKinds(c.editor, expected(f, c, c.maskDraft.text));
      await applyFix(f, c, 'mask', 'confidential');
      const [head = ''] = c.maskDraft.text.split(FNR);
      await f.waitForEditorText(c.editor, (t) => !t.includes(FNR) && norm(t).startsWith(norm(head)) && norm(t).length > norm(head).length, 'the number masked');
      await note(ctx, 'undo steps', await undoTo(f, c, c.maskDraft.text));
    });
  });
}

async function note(ctx: TestContext, label: string, value: number): Promise<void> {
  await ctx.annotate(`${label}: ${value}`);
}

it('made no request outside the fixture hosts', (ctx) => {
  if (FIREFOX_SKIP !== undefined) return ctx.skip(FIREFOX_SKIP);
  expect(run?.outside).toEqual([]);
});
