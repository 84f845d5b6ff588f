// The popup's page check on real fixture pages: the boxes the content script
// found, by surface, editor kind and whether a recipient was found; nothing of
// the draft, the recipient's name or the address beyond its first segment;
// and the Copy button putting exactly the shown report on the clipboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RECIPIENT } from './fixtures/pages.ts';
import { CONTACT_DM, WORK_COMMENT } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';
import { runAxe } from './support-stress.ts';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

interface Popup {
  page: Page;
  errors: string[];
}

/**
 * The toolbar popup over `f`'s tab. Chrome opens a popup over the active tab;
 * here the popup page loads in a second tab while the fixture's tab is the
 * active one, and the popup keeps asking about the tab it opened over.
 */
async function openPopupFor(f: Fixture): Promise<Popup> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await f.page.bringToFront();
  await page.goto(`chrome-extension://${h.extensionId}/${h.popupPath().replace(/^\//, '')}`, { waitUntil: 'load' });
  await page.locator('#page-check').waitFor({ state: 'attached', timeout: 10_000 });
  return { page, errors };
}

interface ListedBox {
  surface: string | null;
  editor: string | null;
  recipient: string | null;
  dialog: string | null;
  text: string;
}

function listedBoxes(popup: Page): Promise<ListedBox[]> {
  return popup.locator('#check-boxes > li[data-surface]').evaluateAll((items) =>
    items.map((li) => ({
      surface: li.getAttribute('data-surface'),
      editor: li.getAttribute('data-editor'),
      recipient: li.getAttribute('data-recipient'),
      dialog: li.getAttribute('data-dialog'),
      text: (li.textContent ?? '').trim(),
    })),
  );
}

/** Waits until the popup lists exactly `want` (by surface, editor, recipient, dialog), in any order. */
async function waitForBoxes(popup: Page, want: Omit<ListedBox, 'text'>[]): Promise<ListedBox[]> {
  const key = (b: Omit<ListedBox, 'text'>) => `${b.surface}|${b.editor}|${b.recipient}|${b.dialog}`;
  const expected = want.map(key).sort();
  let last: ListedBox[] = [];
  await expect
    .poll(
      async () => {
        last = await listedBoxes(popup);
        return last.map(key).sort();
      },
      { timeout: 10_000, interval: 100 },
    )
    .toEqual(expected);
  return last;
}

function reportShown(popup: Page): Promise<string> {
  return popup.locator('#page-report').inputValue();
}

/** Everything the popup shows or holds as text: the visible page and the report field. */
async function allPopupText(popup: Page): Promise<string> {
  return `${await popup.locator('body').innerText()}\n${await reportShown(popup)}`;
}

/**
 * Opens the page check, clicks Copy as a user would, and returns what the
 * clipboard then holds. Read back on the fixture page: the harness grants
 * clipboard access to the fixture hosts (Playwright cannot grant it to the
 * extension's origin), and the clipboard is the browser's, not the page's.
 */
async function copyReport(popup: Page, f: Fixture): Promise<string> {
  await f.page.bringToFront();
  await f.page.evaluate(() => navigator.clipboard.writeText('e2e: not copied yet'));
  await popup.bringToFront();
  const check = popup.locator('#page-check');
  if (!(await check.evaluate((d) => (d as HTMLDetailsElement).open))) await check.locator('summary').click();
  await popup.locator('#copy-report').click();
  await popup.locator('#copy-status[data-state="copied"]').waitFor({ timeout: 5_000 });
  await f.page.bringToFront();
  return f.page.evaluate(() => navigator.clipboard.readText());
}

function expectNothingPrivate(text: string, secrets: string[]): void {
  for (const secret of secrets) expect(norm(text), `the popup must not show "${secret}"`).not.toContain(secret);
}

describe('LinkedIn feed', () => {
  let f: Fixture;
  let popup: Popup;

  beforeAll(async () => {
    f = await h.openFixture('linkedinFeed');
    await f.type('comment', WORK_COMMENT.text);
    await f.waitForKinds('comment', [WORK_COMMENT.kind]);
    popup = await openPopupFor(f);
  });

  afterAll(async () => {
    await popup?.page.close();
    await f?.close();
  });

  it('lists the post box (in its dialog) and the comment box, both Quill, no recipient to find', async () => {
    const boxes = await waitForBoxes(popup.page, [
      { surface: 'post', editor: 'quill', recipient: 'n/a', dialog: 'true' },
      { surface: 'comment', editor: 'quill', recipient: 'n/a', dialog: 'false' },
    ]);
    // In the user's language (the harness runs Chromium in bokmål).
    expect(boxes.map((b) => b.text).sort()).toEqual(['Innlegg, felttype: quill, i et eget vindu', 'Kommentar, felttype: quill']);
    // The search field is not a compose box.
    expect(boxes).toHaveLength(2);
  });

  it('reports the site, host and first path segment, and the comment box with its reminder', async () => {
    await expect.poll(() => reportShown(popup.page), { timeout: 10_000 }).toContain('reminders: 1');
    const report = await reportShown(popup.page);
    expect(report).toMatch(/^Varsom page check\nVarsom version: \d+\.\d+\.\d+\nBrowser: Chrome \d+ on Linux\nDate: \d{4}-\d\d-\d\d\n/);
    expect(report).toContain(`Varsom version: ${h.manifest.version}\n`);
    expect(report).toContain('Site: linkedin, www.linkedin.com/feed/…\n');
    expect(report).toContain('Varsom on this site: on\n');
    expect(report).toContain('Compose boxes: 2\n');
    expect(report).toContain('comment, editor quill, recipient found: n/a, in shadow root: no, in dialog: no, reminders: 1\n');
    expect(report).toContain('post, editor quill, recipient found: n/a, in shadow root: no, in dialog: yes, reminders: 0\n');
  });

  it('shows none of the draft, nor the name in the composer', async () => {
    // The LinkedIn composer dialog is headed by the author's name.
    expectNothingPrivate(await allPopupText(popup.page), [WORK_COMMENT.text, 'uforståelig', 'Kari Nordmann']);
  });

  it('the Copy button puts exactly the shown report on the clipboard', async () => {
    const shown = await reportShown(popup.page);
    expect(await copyReport(popup.page, f)).toBe(shown);
    expect(norm(await popup.page.locator('#copy-status').innerText())).toBe('Rapporten er kopiert.');
  });

  it('has no accessibility violations with the page check open, light and dark', async () => {
    await popup.page.setViewportSize({ width: 380, height: 600 });
    await popup.page.locator('#page-check').evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      const result = await runAxe(popup.page, { include: ['html'] });
      console.log(`[a11y] popup with the page check (${scheme}): ${result.passes} rules passed, ${result.violations.length} violations, ${result.incomplete.length} incomplete`);
      expect(result.passes, 'axe checked something').toBeGreaterThan(5);
      expect(result.violations, `popup with the page check (${scheme})`).toEqual([]);
      expect(result.passIds).toContain('color-contrast');
    }
    await popup.page.emulateMedia({ colorScheme: 'light' });
    await h.screenshot(popup.page, 'popup-page-check', { fullPage: true });
  });

  it('says what to do when the boxes are gone', async () => {
    await f.page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-fixture="post-mount"], [data-fixture="comment-mount"]')) el.remove();
    });
    await popup.page.locator('#check-boxes-none').waitFor({ timeout: 10_000 });
    expect(norm(await popup.page.locator('#check-boxes-none').innerText())).toBe(
      'Varsom har ikke funnet noe skrivefelt på denne siden ennå. Klikk i feltet du skriver i, og åpne dette igjen.',
    );
    await expect.poll(() => reportShown(popup.page), { timeout: 5_000 }).toContain('Compose boxes: none found (click into the box you write in');
    expect(popup.errors, 'uncaught errors in the popup').toEqual([]);
  });
});

describe('Facebook messages', () => {
  let f: Fixture;
  let popup: Popup;

  beforeAll(async () => {
    f = await h.openFixture('facebookMessages');
    await f.type('dm', CONTACT_DM.text);
    await f.waitForKinds('dm', [CONTACT_DM.kind]);
    popup = await openPopupFor(f);
  });

  afterAll(async () => {
    await popup?.page.close();
    await f?.close();
  });

  it('lists the DM box: Lexical, recipient found', async () => {
    const [box] = await waitForBoxes(popup.page, [{ surface: 'dm', editor: 'lexical', recipient: 'true', dialog: 'false' }]);
    expect(box?.text).toBe('Direktemelding, felttype: lexical, mottaker funnet');
  });

  it('reports the messages section without the thread id, and the DM line', async () => {
    await expect.poll(() => reportShown(popup.page), { timeout: 10_000 }).toContain('reminders: 1');
    const report = await reportShown(popup.page);
    expect(report).toContain('Site: facebook, www.facebook.com/messages/…\n');
    expect(report).toContain('Compose boxes: 1\n1. dm, editor lexical, recipient found: yes, in shadow root: no, in dialog: no, reminders: 1\n');
  });

  it('shows none of the draft, the recipient or the thread id', async () => {
    expectNothingPrivate(await allPopupText(popup.page), [CONTACT_DM.text, 'leksene', RECIPIENT, 'Nordmann', '100064512345678']);
  });

  it('the Copy button puts exactly the shown report on the clipboard, and that holds nothing private', async () => {
    const shown = await reportShown(popup.page);
    const copied = await copyReport(popup.page, f);
    expect(copied).toBe(shown);
    expectNothingPrivate(copied, [CONTACT_DM.text, RECIPIENT, '100064512345678', '/t/']);
    expect(popup.errors, 'uncaught errors in the popup').toEqual([]);
  });
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
