// A smoke run in real Firefox (Debian's ESR, driven by puppeteer-core over
// WebDriver BiDi): the extension from dist-firefox/, the Facebook fixture at
// its real hostname, and the two fixes that must reach Lexical's own state.
// In Firefox a paste built in a content script used to reach the page with an
// empty clipboardData (docs/firefox.md); these steps prove the Firefox path.
// The launcher, dist-firefox/ and the routing are in firefox-harness.ts;
// firefox-shapes.e2e.ts runs the site shapes in Firefox.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { NEUTRAL_DISCLAIMERS } from '../../src/engine/disclaimer-text.ts';
import { CONFIDENTIAL, FNR, WORK_POST, engineKinds, type Draft } from './drafts.ts';
import { PAGES } from './fixtures/pages.ts';
import { FIREFOX_SKIP as SKIP, FirefoxFixture, launchFirefox, until, type FirefoxRun } from './firefox-harness.ts';
import { norm } from './harness/fixture.ts';

const SPEC = PAGES.facebookFeed;
const EDITOR = SPEC.editors.find((e) => e.name === 'post')?.selector ?? '';
const NUDGE = 'varsom-nudge[data-surface="post"]';
// Nothing is stored, so no set is chosen (none is preselected): the fix offers the neutral bokmål disclaimer.
const DISCLAIMER = NEUTRAL_DISCLAIMERS.nb;
if (EDITOR === '') throw new Error('firefox.e2e: the fixture changed shape');

// ------------------------------------------------------------ reading the page

let run: FirefoxRun | undefined;
let page: Page;

const editorText = (): Promise<string> =>
  page.evaluate(() => (window as unknown as { __editorText(name: string): string }).__editorText('post'));

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
  run = await launchFirefox();
  page = run.page;
  await FirefoxFixture.open(page, 'facebookFeed');
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
  await run?.close();
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
    expect(run?.outside).toEqual([]);
  });
});
