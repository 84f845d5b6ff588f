// The options page and the toolbar popup, driven as a user would (by role and
// accessible name, which are the set's and site's own names in any UI
// language), and their effect on the nudge in an open tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { shortLine } from '../../src/ui/sets.ts';
import { CONTACT_DM, WORK_COMMENT, WORK_POST } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

function set(id: string) {
  const found = findBuiltinSet(id);
  if (found === undefined) throw new Error(`no built-in set ${id}`);
  return found;
}

async function waitForStoredSettings(check: (s: Awaited<ReturnType<Harness['settings']>>) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const s = await h.settings();
    if (s !== undefined && check(s)) return;
    if (Date.now() > deadline) throw new Error(`the options page did not store ${what}; storage.local.settings = ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Picks a guideline set on the options page by its name: a radio button, or an option of a select. */
async function chooseSet(options: Page, name: RegExp): Promise<void> {
  const radio = options.getByRole('radio', { name });
  if ((await radio.count()) > 0) {
    await radio.first().check();
    return;
  }
  const select = options.locator('select').filter({ has: options.locator('option', { hasText: name }) });
  const label = await select.locator('option', { hasText: name }).first().textContent();
  await select.first().selectOption({ label: label ?? '' });
}

/** The popup's visible text, whitespace-normalised. */
async function visibleText(page: Page): Promise<string> {
  return norm(await page.locator('body').innerText());
}

async function expectChecklist(page: Page, setId: string): Promise<void> {
  const s = set(setId);
  const lines = s.checklist.map((id) => {
    const point = s.points.find((p) => p.id === id);
    if (point === undefined) throw new Error(`${setId} checklist names unknown point ${id}`);
    return norm(shortLine(point));
  });
  expect(lines.length).toBeGreaterThan(0);
  await expect.poll(() => visibleText(page), { timeout: 5_000 }).toContain(lines[0]);
  const text = await visibleText(page);
  let from = 0;
  for (const line of lines) {
    const at = text.indexOf(line, from);
    expect(at, `checklist line "${line}" shown, in the set's order`).toBeGreaterThanOrEqual(0);
    from = at + line.length;
  }
}

describe('popup', () => {
  it('lists the checklist of the chosen set (Ringebu)', async () => {
    const popup = await h.openExtensionPage(h.popupPath());
    try {
      await expectChecklist(popup, 'ringebu');
      expect(h.pageErrors(popup), 'uncaught errors in the popup').toEqual([]);
      expect(await visibleText(popup)).toContain(set('ringebu').name);
      // About the size Chrome gives a toolbar popup.
      await popup.setViewportSize({ width: 380, height: 600 });
      await h.screenshot(popup, 'popup', { fullPage: true });
    } finally {
      await popup.close();
    }
  });
});

describe('options page', () => {
  let f: Fixture;
  let options: Page;
  beforeAll(async () => {
    f = await h.openFixture('facebookFeed');
    options = await h.openExtensionPage(h.optionsPath());
  });
  afterAll(async () => {
    await options?.close();
    await f?.close();
  });

  it('renders without errors, with the sets to choose from', async () => {
    await options.locator('h1').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
    expect(h.pageErrors(options), 'uncaught errors on the options page').toEqual([]);
    for (const id of ['romskog', 'ringebu', 'norsjo', 'utsira']) {
      await expect.poll(() => visibleText(options), { timeout: 5_000 }).toContain(set(id).name);
    }
    await h.screenshot(options, 'options', { fullPage: true });
  });

  it('switching Ringebu → Norsjö changes the quoted point', async () => {
    await f.type('post', WORK_POST.text);
    await f.waitForKinds('post', ['work_no_disclaimer']);
    const first = await f.waitForPanelFinding('post', 'work_no_disclaimer', WORK_POST.anchors);
    expect(first.points.length).toBeGreaterThan(0);
    for (const p of first.points) expect(p).toMatch(/^ringebu-/);

    await options.bringToFront();
    await chooseSet(options, /Norsjö/);
    await waitForStoredSettings((s) => s.setId === 'norsjo', 'setId "norsjo"');

    await f.page.bringToFront();
    // A keystroke after the change (whether or not the nudge also refreshed by itself).
    await f.type('post', '!');
    await f.waitForEditorText('post', (t) => norm(t) === `${WORK_POST.text}!`, 'the draft with "!"');
    await f.waitForKinds('post', ['work_no_disclaimer']);
    const deadline = Date.now() + 10_000;
    let points: string[] = [];
    for (;;) {
      points = (await f.openPanel('post')).findings.find((x) => x.kind === 'work_no_disclaimer')?.points ?? [];
      if (points.length > 0 && points.every((p) => p.startsWith('norsjo-'))) break;
      if (Date.now() > deadline) throw new Error(`the panel still quotes ${JSON.stringify(points)} after switching to Norsjö`);
      await f.page.waitForTimeout(50);
    }
    const expected = set('norsjo').points.filter((p) => p.kinds.includes('work_no_disclaimer')).map((p) => p.id);
    for (const p of points) expect(expected).toContain(p);
  });

  it('the popup lists the Norsjö checklist once Norsjö is chosen', async () => {
    // Set directly as well, so this does not hang on the options page test above.
    await h.setSettings({ setId: 'norsjo' });
    const popup = await h.openExtensionPage(h.popupPath());
    try {
      await expectChecklist(popup, 'norsjo');
    } finally {
      await popup.close();
    }
  });

  it('a Swedish DM under the Norsjö set quotes norsjo-5.5', async () => {
    await h.setSettings({ setId: 'norsjo' });
    const dm = await h.openFixture('instagramDirect');
    try {
      const text = 'Glöm inte att lämna in läxan din i morgon';
      await dm.type('dm', text);
      await dm.waitForKinds('dm', ['contact_client']);
      const finding = await dm.waitForPanelFinding('dm', 'contact_client', []);
      expect(finding.points).toEqual(['norsjo-5.5']);
    } finally {
      await dm.close();
    }
  });

  it('switching a site off stops the nudges there', async () => {
    await options.bringToFront();
    const linkedin = options.getByRole('checkbox', { name: /LinkedIn/i });
    await linkedin.uncheck();
    await waitForStoredSettings((s) => s.sites.linkedin === false && s.sites.facebook === true, 'sites.linkedin = false');

    const li = await h.openFixture('linkedinFeed');
    const fb = await h.openFixture('facebookMessages');
    try {
      await li.type('comment', WORK_COMMENT.text);
      await li.waitForEditorText('comment', (t) => norm(t) === WORK_COMMENT.text, 'the draft');
      // Positive control, typed after: once Facebook's nudge shows its full
      // result, LinkedIn's draft (typed first) would have been analysed too.
      await fb.type('dm', CONTACT_DM.text);
      await fb.waitForKinds('dm', ['contact_client']);
      await fb.waitForPanelFinding('dm', 'contact_client', CONTACT_DM.anchors);
      expect(await li.badges(), 'no badge on LinkedIn while it is switched off').toEqual([]);

      // Switched on again, the same page is watched (after the next keystroke at the latest).
      await options.bringToFront();
      await linkedin.check();
      await waitForStoredSettings((s) => s.sites.linkedin === true, 'sites.linkedin = true');
      await li.page.bringToFront();
      await li.type('comment', '!');
      await li.waitForKinds('comment', ['work_no_disclaimer']);
    } finally {
      await li.close();
      await fb.close();
    }
  });
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
