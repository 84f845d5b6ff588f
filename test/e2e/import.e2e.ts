// Importing a guideline set on the options page, in real Chromium: a broken
// file is refused with every problem listed and nothing changes; a valid
// file (chosen with the file input) becomes a set beside the built-in ones,
// and once chosen, a nudge quotes its point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GuidelineSet } from '../../src/engine/index.ts';
import { STORAGE_KEYS } from '../../src/settings/settings.ts';
import { WORK_POST } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm } from './harness/fixture.ts';
import { ROOT } from './harness/paths.ts';

/** The policy authors' template, with its own id and a point text no built-in set has. */
const SET: GuidelineSet = (() => {
  const set = JSON.parse(readFileSync(join(ROOT, 'docs/guideline-set-template.json'), 'utf8')) as GuidelineSet;
  const rename = (id: string) => id.replace(/^eksempel-/, 'e2eby-');
  set.id = 'e2eby';
  set.name = 'E2E-by kommune';
  set.points = set.points.map((p) => ({ ...p, id: rename(p.id) }));
  set.checklist = set.checklist.map(rename);
  const first = set.points[0];
  if (first === undefined || !first.kinds.includes('work_no_disclaimer')) throw new Error('the template changed: its first point is no longer the work_no_disclaimer one');
  first.text = 'Skriver du om jobben på egne kontoer, si at du skriver som privatperson (punkt fra E2E-by).';
  return set;
})();

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'utsira', setChosen: true, workplaces: ['Utsira skule'] } });
  options = await h.openExtensionPage(h.optionsPath());
  // Folded away for employees who never import: unfolded as a user would.
  await options.locator('details#import > summary').click();
  await options.locator('#import-submit').waitFor();
});

afterAll(async () => {
  await h?.close();
});

async function importErrors(): Promise<string[]> {
  await options.locator('#import-errors > li').first().waitFor();
  return (await options.locator('#import-errors > li').allInnerTexts()).map(norm);
}

describe('a broken file', () => {
  it('is refused with every problem listed, and the settings stay as they were', async () => {
    const before = await h.readExtensionStorage();
    const broken = { ...SET, country: 'DK', points: [{ ...SET.points[0], kinds: ['gossip'] }], checklist: ['e2eby-99'] } as Record<string, unknown>;
    delete broken.name;
    await options.locator('#import-text').fill(JSON.stringify(broken));
    await options.locator('#import-submit').click();
    const errors = await importErrors();
    expect(errors).toEqual(
      expect.arrayContaining(['name: missing', 'country: must be one of NO, SE', 'points[0].kinds[0]: unknown kind "gossip"', 'checklist[0]: unknown point "e2eby-99"']),
    );
    expect(await options.locator('#import-status').innerText()).toBe('');

    const after = await h.readExtensionStorage();
    expect(after.local[STORAGE_KEYS.importedSets]).toBeUndefined();
    expect(after.local[STORAGE_KEYS.settings]).toEqual(before.local[STORAGE_KEYS.settings]);
    expect(await options.locator(`input[name="setId"][value="${SET.id}"]`).count()).toBe(0);
    expect(await options.locator('input[name="setId"][value="utsira"]').isChecked()).toBe(true);
  });

  it('is refused when it is not JSON at all', async () => {
    await options.locator('#import-text').fill('{"schemaVersion": 1, oops}');
    await options.locator('#import-submit').click();
    await expect.poll(async () => (await importErrors()).join('\n')).toMatch(/not valid JSON/);
    expect((await h.readExtensionStorage()).local[STORAGE_KEYS.importedSets]).toBeUndefined();
  });
});

describe('a valid file', () => {
  it('is imported from the file input and listed as imported', async () => {
    await options.locator('#import-file').setInputFiles({ name: 'e2eby.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(SET, null, 2)) });
    await options.locator('#import-submit').click();
    await expect.poll(() => options.locator('#import-status').innerText()).toContain(SET.name);
    expect(await options.locator('#import-errors').count()).toBe(0);
    const item = options.locator(`li[data-set="${SET.id}"][data-origin="imported"]`);
    await item.waitFor();
    expect(await item.locator('[data-tag="imported"]').count()).toBe(1);
    const stored = (await h.readExtensionStorage()).local[STORAGE_KEYS.importedSets] as Record<string, GuidelineSet>;
    expect(Object.keys(stored)).toEqual([SET.id]);
    expect(stored[SET.id]).toEqual(SET);
    expect(h.pageErrors(options)).toEqual([]);
  });

  it('once chosen, is quoted in a nudge', async () => {
    await options.locator(`input[name="setId"][value="${SET.id}"]`).check();
    await expect.poll(async () => (await h.settings()).setId).toBe(SET.id);
    const f = await h.openFixture('facebookFeed');
    try {
      await f.type('post', WORK_POST.text);
      await f.waitForKinds('post', ['work_no_disclaimer']);
      const finding = await f.waitForPanelFinding('post', 'work_no_disclaimer', WORK_POST.anchors);
      expect(finding.points).toEqual(['e2eby-3']);
      expect(norm(finding.quotes[0] ?? '')).toContain(norm(SET.points[0]?.text ?? ''));
    } finally {
      await f.close();
    }
    await h.screenshot(options, 'options-imported');
  });

  it('is removed after a confirmation, and the page asks for a set again with a notice (no other set takes over)', async () => {
    await options.locator(`li[data-set="${SET.id}"] [data-action="remove"]`).click();
    await options.locator(`li[data-set="${SET.id}"] [data-action="remove-confirm"]`).click();
    await options.locator(`li[data-set="${SET.id}"]`).waitFor({ state: 'detached' });
    await expect.poll(async () => (await h.settings()).setId).toBeNull();
    expect((await h.readExtensionStorage()).local[STORAGE_KEYS.importedSets]).toBeUndefined();
    await options.locator('[data-varsom="welcome"]').waitFor();
    expect(await options.locator('input[name="setId"]:checked').count()).toBe(0);
    await options.locator('#settings-notice').waitFor();
    expect(norm(await options.locator('#settings-notice').innerText())).toContain(SET.id);
  });
});
