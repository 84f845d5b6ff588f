// Managed settings through real browser policy: Chromium reads a policy file
// from /etc/chromium/policies/managed/ and delivers the extension's
// "3rdparty" values through storage.managed. A locked set overrides the
// user's own choice (the options page shows the lock and disables the
// choice) and the nudge quotes the employer's set; the employer's workplaces
// and disclaimer are used. A set that is not built in can be rolled out too.
//
// Needs root (the policy folder is system-wide); skips with the reason otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GuidelineSet } from '../../src/engine/index.ts';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import type { Settings } from '../../src/settings/settings.ts';
import { WORK_POST } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';
import { ROOT } from './harness/paths.ts';
import { extensionIdFor, policyUnavailable, writeExtensionPolicy } from './policy.ts';

const unavailable = policyUnavailable();
if (unavailable) console.warn(`managed.e2e: skipped: ${unavailable}`);

const MANAGED_DISCLAIMER = 'Jeg skriver dette privat, ikke på vegne av arbeidsgiveren min.';
const MANAGED_WORKPLACE = 'Fjellbu skole';
/** Harmless without the employer's workplace list; ends with the workplace, so a mark of it proves the whole draft was read. */
const WORKPLACE_POST = { text: `Travel dag i dag på ${MANAGED_WORKPLACE}`, anchors: [MANAGED_WORKPLACE] };

/** Launches with `policy` in force over the user's own `settings`. */
async function launchWithPolicy(policy: Record<string, unknown>, settings: Partial<Settings>): Promise<{ h: Harness; removePolicy: () => void }> {
  const expectedId = extensionIdFor();
  const removePolicy = writeExtensionPolicy(policy, expectedId);
  try {
    const h = await Harness.launch({ settings });
    if (h.extensionId !== expectedId) {
      await h.close();
      throw new Error(`the extension got id ${h.extensionId}, the policy was written for ${expectedId}`);
    }
    return { h, removePolicy };
  } catch (error) {
    removePolicy();
    throw error;
  }
}

/**
 * Opens the options page and waits until the policy has reached it: Chromium
 * delivers policy a moment after start-up, and the page follows
 * storage.onChanged for the managed area.
 */
async function optionsWithPolicy(h: Harness, ready: string): Promise<Page> {
  const page = await h.openExtensionPage(h.optionsPath());
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

function pointsFor(set: GuidelineSet, kind: string): string[] {
  return set.points.filter((p) => (p.kinds as string[]).includes(kind)).map((p) => p.id);
}

/** Clicks "insert disclaimer" and returns the text that reached the editor, or the clipboard when the editor refuses it. */
async function insertDisclaimer(f: Fixture, editor: string, expected: string): Promise<string> {
  await f.page.evaluate(() => navigator.clipboard.writeText(''));
  await f.clickAction(editor, 'insert-disclaimer', 'work_no_disclaimer');
  const deadline = Date.now() + 5_000;
  for (;;) {
    const text = await f.editorText(editor);
    if (norm(text).includes(norm(expected))) return text;
    const clipboard = await f.page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
    if (norm(clipboard).includes(norm(expected))) return clipboard;
    if (Date.now() > deadline) return `${text} | clipboard: ${clipboard}`;
    await f.page.waitForTimeout(40);
  }
}

describe.skipIf(unavailable !== undefined)('managed policy in Chromium', () => {
  describe('a locked set with workplaces and a disclaimer', () => {
    let h: Harness;
    let removePolicy: () => void = () => undefined;
    const norsjo = findBuiltinSet('norsjo');
    if (norsjo === undefined) throw new Error('norsjo is not built in');

    beforeAll(async () => {
      ({ h, removePolicy } = await launchWithPolicy({
        setId: 'norsjo',
        lockSet: true,
        workplaces: [MANAGED_WORKPLACE],
        disclaimers: { nb: MANAGED_DISCLAIMER },
      }, { setId: 'ringebu', setChosen: true }));
    });

    afterAll(async () => {
      await h?.close();
      removePolicy();
    });

    it('delivers the policy through storage.managed', async () => {
      const page = await optionsWithPolicy(h, '#set-section[data-managed="true"]');
      try {
        const managed = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get());
        expect(managed).toEqual({ setId: 'norsjo', lockSet: true, workplaces: [MANAGED_WORKPLACE], disclaimers: { nb: MANAGED_DISCLAIMER } });
      } finally {
        await page.close();
      }
    });

    it("shows the lock on the options page and keeps the user's own choice stored", async () => {
      const page = await optionsWithPolicy(h, '#set-section[data-managed="true"]');
      try {
        const radios = page.locator('input[name="setId"]');
        expect(await radios.count()).toBeGreaterThanOrEqual(4);
        for (const radio of await radios.all()) expect(await radio.isDisabled()).toBe(true);
        expect(await page.locator('input[name="setId"][value="norsjo"]').isChecked()).toBe(true);
        expect(await page.locator('input[name="setId"][value="ringebu"]').isChecked()).toBe(false);
        await expect.poll(() => page.locator('#set-managed').isVisible()).toBe(true);
        expect(norm(await page.locator('#set-managed').innerText())).toContain('Satt av arbeidsgiveren din');
        // Clicking a disabled radio changes nothing.
        await page.locator('input[name="setId"][value="utsira"]').click({ force: true });
        expect(await page.locator('input[name="setId"][value="norsjo"]').isChecked()).toBe(true);
        expect((await h.settings()).setId).toBe('ringebu');
        // The employer's workplace is listed, marked, and has no remove button.
        const managedWorkplaces = page.locator('#workplaces-managed[data-managed="true"]');
        expect(norm(await managedWorkplaces.innerText())).toContain(MANAGED_WORKPLACE);
        expect(await managedWorkplaces.locator('button').count()).toBe(0);
        // The employer's disclaimer is shown read-only.
        expect(await page.locator('#disclaimer-nb').isDisabled()).toBe(true);
        expect(await page.locator('#disclaimer-nb').inputValue()).toBe(MANAGED_DISCLAIMER);
        expect(h.pageErrors(page)).toEqual([]);
        await h.screenshot(page, 'options-managed');
      } finally {
        await page.close();
      }
    });

    it('marks the set in the popup', async () => {
      const popup = await h.openExtensionPage(h.popupPath());
      try {
        await popup.locator('#set-managed[data-managed="true"]').waitFor({ timeout: 15_000 });
        expect(await popup.locator('#set-name').getAttribute('data-set')).toBe('norsjo');
      } finally {
        await popup.close();
      }
    });

    it("quotes the employer's set in a nudge and inserts the employer's disclaimer", async () => {
      const f = await h.openFixture('facebookFeed');
      try {
        await f.type('post', WORK_POST.text);
        await f.waitForKinds('post', ['work_no_disclaimer']);
        const finding = await f.waitForPanelFinding('post', 'work_no_disclaimer', WORK_POST.anchors);
        expect(finding.points.length).toBeGreaterThan(0);
        for (const point of finding.points) expect(pointsFor(norsjo, 'work_no_disclaimer')).toContain(point);
        const quoted = norsjo.points.find((p) => p.id === finding.points[0]);
        expect(norm(finding.quotes[0] ?? '')).toContain(norm(quoted?.text ?? '').slice(0, 60));
        expect(await insertDisclaimer(f, 'post', MANAGED_DISCLAIMER)).toContain(MANAGED_DISCLAIMER);
      } finally {
        await f.close();
      }
    });

    it("treats the employer's workplace as work talk", async () => {
      const f = await h.openFixture('facebookFeed');
      try {
        await f.type('post', WORKPLACE_POST.text);
        await f.waitForKinds('post', ['work_no_disclaimer']);
        const finding = await f.waitForPanelFinding('post', 'work_no_disclaimer', WORKPLACE_POST.anchors);
        for (const point of finding.points) expect(point.startsWith('norsjo-')).toBe(true);
      } finally {
        await f.close();
      }
    });
  });

  describe('a set that is not built in, rolled out as a preset', () => {
    let h: Harness;
    let removePolicy: () => void = () => undefined;
    const text = readFileSync(join(ROOT, 'docs/guideline-set-template.json'), 'utf8');
    const set = JSON.parse(text) as GuidelineSet;

    beforeAll(async () => {
      // A preset applies only until the user picks a set: this user has not.
      ({ h, removePolicy } = await launchWithPolicy({ guidelineSet: text }, { setId: 'ringebu' }));
    });

    afterAll(async () => {
      await h?.close();
      removePolicy();
    });

    it('lists it as the employer\'s suggestion, selected and changeable', async () => {
      const page = await optionsWithPolicy(h, '#set-section[data-managed="preset"]');
      try {
        const radio = page.locator(`input[name="setId"][value="${set.id}"]`);
        await expect.poll(() => radio.isChecked()).toBe(true);
        expect(await radio.isDisabled()).toBe(false);
        expect(await page.locator(`li[data-set="${set.id}"][data-origin="managed"]`).count()).toBe(1);
        expect(h.pageErrors(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('is quoted in a nudge', async () => {
      const f = await h.openFixture('facebookFeed');
      try {
        await f.type('post', WORK_POST.text);
        await f.waitForKinds('post', ['work_no_disclaimer']);
        const finding = await f.waitForPanelFinding('post', 'work_no_disclaimer', WORK_POST.anchors);
        expect(finding.points).toEqual(pointsFor(set, 'work_no_disclaimer'));
        expect(norm(finding.quotes[0] ?? '')).toContain(norm(set.points[0]?.text ?? ''));
      } finally {
        await f.close();
      }
    });
  });
});
