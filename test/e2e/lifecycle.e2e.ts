// Trust under stress: the extension's life cycle and faults, in real Chromium.
// The worker stopped twice while the user types, 50 compose boxes on a page,
// a 60 000-character draft typed and pasted, damaged and old settings in
// storage, a site that replaces its composer mid-draft, and — last, because it
// takes the harness's control page with it — the extension reloaded under an
// open tab. Every check that something does NOT happen has a positive control.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JSHandle, Page } from 'playwright-core';
import { defaultSettings, STORAGE_KEYS, type Settings } from '../../src/settings/settings.ts';
import { CONTACT_COMMENT, FNR, KNOWN_PERSON_COMMENT, WORK_COMMENT, WORK_POST, engineKinds } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';
import type { ExtensionGlobal } from './harness/storage.ts';
import {
  contentScriptContext,
  readHosts,
  tabStateFor,
  waitForProblem,
  waitUntil,
  watchPageProblems,
} from './support-stress.ts';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

/** A sentence that triggers nothing on its own (checked with the engine: no finding in 60 000 characters of it). */
const FILLER = 'Så fint vær det var på fjellet i dag! ';

type Marked = { __varsomE2eMarker?: string };

async function markWorker(value: string): Promise<void> {
  await h.worker.evaluate((v) => {
    (globalThis as unknown as Marked).__varsomE2eMarker = v;
  }, value);
}

async function workerMarker(): Promise<string | undefined> {
  return h.worker.evaluate(() => (globalThis as unknown as Marked).__varsomE2eMarker);
}

describe('the worker stopped twice in a row while typing', () => {
  // privacy.e2e.ts stops it once, between two bursts of typing. Here it is
  // stopped in the middle of a burst, twice in a row, and once more while the
  // content script's request for the finished draft is under way.
  it('each time the nudge still arrives for the full text', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      await f.type('comment', WORK_COMMENT.text);
      await f.waitForKinds('comment', ['work_no_disclaimer']);

      // Stop 1: mid-keystroke-burst (typing has a delay, the stop lands inside it).
      await markWorker('before-stop-1');
      const part2 = `. ${CONTACT_COMMENT.text}`;
      await f.focus('comment');
      const typing2 = f.page.keyboard.type(part2, { delay: 25 });
      await h.stopWorker();
      expect(h.workerStatus()).toBe('stopped');
      await typing2;
      await f.waitForEditorText('comment', (t) => norm(t) === norm(WORK_COMMENT.text + part2), 'the draft after burst 2');
      await f.waitForKinds('comment', ['contact_client', 'work_no_disclaimer']);
      await f.waitForPanelFinding('comment', 'contact_client', CONTACT_COMMENT.anchors);
      await f.closePanel('comment');
      await h.waitForWorkerStatus('running');
      expect(await workerMarker(), 'a fresh worker answered after stop 1').toBeUndefined();

      // Stop 2, right after: again mid-burst.
      await markWorker('before-stop-2');
      const part3 = `. Fødselsnummeret er ${FNR}`;
      await f.focus('comment');
      const typing3 = f.page.keyboard.type(part3, { delay: 25 });
      await h.stopWorker();
      await typing3;
      // Stop 3: as soon as the settled draft wakes the worker, stop it again,
      // while that analysis may still be in flight.
      await h.waitForWorkerStatus('running');
      await h.stopWorker();
      const full = WORK_COMMENT.text + part2 + part3;
      await f.waitForEditorText('comment', (t) => norm(t) === norm(full), 'the whole draft');
      await f.waitForKinds('comment', ['confidential', 'contact_client', 'work_no_disclaimer']);
      // The number at the very end is marked whole: the result is for the full text.
      await f.waitForPanelFinding('comment', 'confidential', [FNR]);
      await h.waitForWorkerStatus('running');
      expect(await workerMarker(), 'a fresh worker answered after stops 2 and 3').toBeUndefined();
    } finally {
      await f.close();
    }
  });
});

describe('50 compose boxes on one page', () => {
  const COUNT = 50;
  const TARGET = 37;

  it('all are watched, and a finding typed into the 37th shows its badge there only', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      const before = (await readHosts(f.page)).length;
      expect(before, 'the feed fixture has its post and comment boxes').toBe(2);
      // The feed loads posts in pages of ten, each with its comment form (article → form → textbox), like Facebook's.
      for (let first = 1; first <= COUNT; first += 10) {
        await f.page.evaluate(
          ([from, to]) => {
            const feed = document.querySelector('[role="feed"]');
            if (feed === null) throw new Error('fixture: no feed');
            for (let i = from; i <= to; i++) {
              const article = document.createElement('div');
              article.setAttribute('role', 'article');
              article.className = 'fb-article';
              const author = document.createElement('h3');
              author.textContent = `Innlegg ${i}`;
              const body = document.createElement('div');
              body.textContent = `Bilder fra tur nummer ${i}.`;
              const form = document.createElement('form');
              form.className = 'fb-comment-form';
              const box = document.createElement('div');
              box.setAttribute('contenteditable', 'true');
              box.setAttribute('role', 'textbox');
              box.setAttribute('aria-label', `Skriv en kommentar til innlegg ${i}`);
              box.setAttribute('data-stress-box', String(i));
              form.append(box);
              article.append(author, body, form);
              feed.append(article);
            }
          },
          [first, Math.min(first + 9, COUNT)] as const,
        );
      }
      const hosts = await waitUntil(() => readHosts(f.page), (list) => list.length === before + COUNT, `${before + COUNT} <varsom-nudge> hosts`);
      expect(hosts.filter((x) => x.surface === 'comment')).toHaveLength(COUNT + 1);
      expect(hosts.filter((x) => x.badge !== null), 'no badge before anything is typed').toEqual([]);
      // What the popup would show: the worker asks the tab's content script.
      const state = await waitUntil(() => tabStateFor(h, 'https://www.facebook.com/*'), (s) => s.watching === before + COUNT, 'the tab state to count every box');
      expect(state).toMatchObject({ site: 'facebook', watching: before + COUNT, findings: 0, paused: false });

      const target = f.page.locator(`[data-stress-box="${TARGET}"]`);
      await f.page.bringToFront();
      await target.focus();
      await f.page.keyboard.type(WORK_COMMENT.text);
      expect(norm(await target.innerText())).toBe(WORK_COMMENT.text);
      const shown = await waitUntil(
        () => readHosts(f.page),
        (list) => list.some((x) => x.kinds === 'work_no_disclaimer' && x.state === 'ready'),
        'a ready work_no_disclaimer badge',
      );
      const badges = shown.filter((x) => x.badge !== null);
      expect(badges, 'exactly one badge on the page').toHaveLength(1);
      // It belongs to the 37th box: of all comment boxes, that one is nearest to the badge.
      const badge = badges[0]?.badge;
      if (!badge) throw new Error('no badge rectangle');
      const nearest = await f.page.evaluate((b) => {
        const cx = b.x + b.width / 2;
        const cy = b.y + b.height / 2;
        let best = { id: '', distance: Infinity };
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-stress-box], [data-fixture="comment"]'))) {
          const r = el.getBoundingClientRect();
          const dx = Math.max(r.left - cx, cx - r.right, 0);
          const dy = Math.max(r.top - cy, cy - r.bottom, 0);
          const distance = Math.hypot(dx, dy);
          if (distance < best.distance) best = { id: el.getAttribute('data-stress-box') ?? 'fixture-comment', distance };
        }
        return best;
      }, badge);
      expect(nearest.id).toBe(String(TARGET));
      expect(nearest.distance).toBeLessThanOrEqual(24);
      await waitUntil(() => tabStateFor(h, 'https://www.facebook.com/*'), (s) => s.findings === 1, 'the tab state to count one finding');
    } finally {
      await f.close();
    }
  });
});

describe('a 60 000-character draft', () => {
  const TAIL_WORK = 'Kommunen har vedtatt nye kutt i hjemmetjenesten.';
  const TAIL_ID = ` Fødselsnummeret er ${FNR}`;

  /** Resolves when the page has run an animation frame: its main thread is free. */
  async function frameWithin(page: Page, ms: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done()))),
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new Error(`the page ran no animation frame within ${ms} ms`)), ms);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function installLongTaskLog(page: Page): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { __longest?: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
  }

  /** The longest main-thread task Chromium reported (it reports only tasks over 50 ms), for the log. */
  const longestTask = async (page: Page): Promise<string> => {
    const ms = await page.evaluate(() => Math.round((window as unknown as { __longest?: number }).__longest ?? 0));
    return ms === 0 ? 'none over 50 ms' : `${ms} ms`;
  };

  it('typed (insertText chunks, then real keystrokes): the nudge shows the kinds of its last sentences', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      await f.focus('post');
      await installLongTaskLog(f.page);
      const chunk = FILLER.repeat(130);
      const chunks = 13;
      for (let i = 0; i < chunks; i++) {
        await f.page.keyboard.insertText(chunk);
        await f.page.keyboard.press('Enter');
      }
      // The end of the draft, key by key.
      await f.page.keyboard.type(TAIL_WORK + TAIL_ID);
      const text = await f.waitForEditorText('post', (t) => norm(t).endsWith(norm(TAIL_WORK + TAIL_ID)), 'the draft ending in the typed tail', 15_000);
      expect(text.length, 'the editor holds at least 60 000 characters').toBeGreaterThanOrEqual(60_000);
      // The kinds the engine gives this very text (the learned reader may add one to the rules').
      const want = engineKinds(text, { site: 'facebook', surface: 'post' });
      expect(want).toEqual(expect.arrayContaining(['confidential', 'work_no_disclaimer']));
      await f.waitForKinds('post', want, 20_000);
      await f.waitForPanelFinding('post', 'confidential', [FNR], 20_000);
      await f.waitForPanelFinding('post', 'work_no_disclaimer', ['Kommunen', 'hjemmetjenesten']);
      await frameWithin(f.page, 5_000);
      // Still responsive: a disclaimer typed at the end is taken into account.
      await f.focus('post');
      const disclaimer = ' Jeg skriver som privatperson.';
      await f.page.keyboard.type(disclaimer);
      const after = engineKinds(`${text}${disclaimer}`, { site: 'facebook', surface: 'post' });
      expect(after).not.toContain('work_no_disclaimer');
      await f.waitForKinds('post', after, 20_000);
      await frameWithin(f.page, 5_000);
      console.log(`[lifecycle] 60k typed: ${text.length} characters, longest main-thread task ${await longestTask(f.page)}`);
    } finally {
      await f.close();
    }
  });

  it('pasted (a real Ctrl+V from the clipboard) into a Lexical comment box: the findings near its end are shown', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      const end = `Helt uforståelig at kommunen kutter i hjemmetjenesten. ${CONTACT_COMMENT.text}. Vi ses på lørdag.`;
      const paragraphs = Array.from({ length: 16 }, () => FILLER.repeat(100).trim());
      const pasted = `${paragraphs.join('\n\n')}\n\n${end}`;
      expect(pasted.length).toBeGreaterThanOrEqual(60_000);
      await f.focus('comment');
      await installLongTaskLog(f.page);
      await f.page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
      await f.page.keyboard.press('ControlOrMeta+V');
      const text = await f.waitForEditorText('comment', (t) => norm(t) === norm(pasted), 'the whole pasted draft', 15_000);
      expect(text.length).toBeGreaterThanOrEqual(60_000);
      await f.waitForKinds('comment', ['contact_client', 'work_no_disclaimer'], 20_000);
      await f.waitForPanelFinding('comment', 'contact_client', CONTACT_COMMENT.anchors, 20_000);
      await f.waitForPanelFinding('comment', 'work_no_disclaimer', ['kommunen', 'hjemmetjenesten']);
      await frameWithin(f.page, 5_000);
      // And a few real keystrokes after the paste are followed too.
      await f.focus('comment');
      await f.page.keyboard.type(` Fødselsnummeret er ${FNR}`);
      await f.waitForKinds('comment', ['confidential', 'contact_client', 'work_no_disclaimer'], 20_000);
      await f.waitForPanelFinding('comment', 'confidential', [FNR], 20_000);
      console.log(`[lifecycle] 60k pasted: ${text.length} characters, longest main-thread task ${await longestTask(f.page)}`);
    } finally {
      await f.close();
    }
  });
});

describe('damaged and old settings in storage', () => {
  const PERSON = 'Ola Nordmann';

  async function storedLocal(): Promise<Record<string, unknown>> {
    const page = await h.context.newPage();
    try {
      await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
      return await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(null));
    } finally {
      await page.close();
    }
  }

  async function waitForStored(check: (local: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
    return waitUntil(storedLocal, check, what);
  }

  /** Opens the options page and waits until it has rendered the people list (after which it takes the notices). */
  async function openOptions(): Promise<Page> {
    const page = await h.openExtensionPage(h.optionsPath());
    await page.locator('#person-list').waitFor({ timeout: 10_000 });
    return page;
  }

  async function openPopup(): Promise<Page> {
    const page = await h.openExtensionPage(h.popupPath());
    // The chosen set's name, or (defaults: none chosen) the way to choose one.
    await page.locator('#set-name, #no-set').first().waitFor({ timeout: 10_000 });
    return page;
  }

  async function bannerCodes(page: Page): Promise<string[]> {
    const banner = page.locator('#settings-notice');
    await banner.waitFor({ timeout: 10_000 });
    const text = norm(await banner.innerText());
    expect(text.length, 'the banner says something').toBeGreaterThan(20);
    expect(text, 'no raw message key in the banner').not.toMatch(/\bnotice_[a-z_]+\b/);
    return ((await banner.getAttribute('data-notices')) ?? '').split(' ').filter((c) => c !== '');
  }

  /** The banner is gone for good: nothing pending in storage, and a freshly loaded page shows none. */
  async function expectNoBannerAgain(): Promise<void> {
    await waitForStored((l) => l[STORAGE_KEYS.notices] === undefined, 'no pending notices');
    const options = await openOptions();
    const popup = await openPopup();
    try {
      // Both pages have loaded settings and people (what queues and takes notices) and rendered their banner region.
      await options.locator('.notice-region').waitFor({ state: 'attached' });
      await popup.locator('.notice-region').waitFor({ state: 'attached' });
      expect(await options.locator('#settings-notice').count(), 'options page: the notice is shown once only').toBe(0);
      expect(await popup.locator('#settings-notice').count(), 'popup: the notice is shown once only').toBe(0);
      expect(h.pageErrors(options)).toEqual([]);
      expect(h.pageErrors(popup)).toEqual([]);
    } finally {
      await options.close();
      await popup.close();
    }
  }

  async function reset(): Promise<void> {
    await h.removeStorage('local', [STORAGE_KEYS.notices]);
    await h.writeStorage({ [STORAGE_KEYS.settings]: { ...defaultSettings(), setId: 'ringebu' }, [STORAGE_KEYS.peopleFromWork]: [] });
  }

  afterAll(async () => {
    await reset();
  });

  it('settings that are not an object: defaults, the user told once, the valid people list kept and in use', async () => {
    await h.removeStorage('local', [STORAGE_KEYS.notices]);
    await h.writeStorage({ [STORAGE_KEYS.settings]: 'garbage', [STORAGE_KEYS.peopleFromWork]: [PERSON] });
    // A page loads first: its content script makes the worker read the damaged settings.
    const f = await h.openFixture('facebookFeed');
    try {
      await f.type('comment', KNOWN_PERSON_COMMENT);
      const want = engineKinds(KNOWN_PERSON_COMMENT, { site: 'facebook', surface: 'comment', peopleFromWork: [PERSON] });
      expect(want).toContain('contact_client');
      await f.waitForKinds('comment', want);
    } finally {
      await f.close();
    }
    const stored = await waitForStored((l) => typeof l[STORAGE_KEYS.settings] === 'object', 'repaired settings written back');
    expect(stored[STORAGE_KEYS.settings]).toEqual(defaultSettings());
    expect(stored[STORAGE_KEYS.peopleFromWork]).toEqual([PERSON]);

    const options = await openOptions();
    try {
      expect(await bannerCodes(options)).toEqual(['corrupted_reset']);
      await options.locator(`#person-list li[data-entry="${PERSON}"]`).waitFor();
      expect(h.pageErrors(options)).toEqual([]);
    } finally {
      await options.close();
    }
    await expectNoBannerAgain();
  });

  it('fields of the wrong type: those fields reset, readable ones kept, the readable people kept', async () => {
    await h.removeStorage('local', [STORAGE_KEYS.notices]);
    await h.writeStorage({
      [STORAGE_KEYS.settings]: {
        version: 1,
        setId: 'norsjo',
        uiLanguage: 42,
        workplaces: 'Norsjö skola',
        disclaimers: ['Jag skriver privat'],
        sites: { facebook: true, instagram: 'nej', linkedin: false },
      },
      [STORAGE_KEYS.peopleFromWork]: [PERSON, 17, null, 'Elsa Berg'],
    });
    // This time the popup is the first to load them. It reads the settings only, so it tells about them; the
    // people list is read (and its notice queued) by the options page, which tells about that. Each notice once.
    const popup = await openPopup();
    let fromPopup: string[];
    try {
      fromPopup = await bannerCodes(popup);
      expect(fromPopup).toContain('corrupted_reset');
      expect(await popup.locator('#set-name').getAttribute('data-set'), 'the readable set id is kept').toBe('norsjo');
      expect(h.pageErrors(popup)).toEqual([]);
    } finally {
      await popup.close();
    }
    const options = await openOptions();
    try {
      const fromOptions = fromPopup.includes('people_reset') ? [] : await bannerCodes(options);
      expect([...fromPopup, ...fromOptions].sort(), 'every notice shown, each once').toEqual(['corrupted_reset', 'people_reset']);
      for (const name of [PERSON, 'Elsa Berg']) await options.locator(`#person-list li[data-entry="${name}"]`).waitFor();
      expect(h.pageErrors(options)).toEqual([]);
    } finally {
      await options.close();
    }
    const stored = await waitForStored(
      (l) => Array.isArray(l[STORAGE_KEYS.peopleFromWork]) && (l[STORAGE_KEYS.peopleFromWork] as unknown[]).length === 2,
      'the people list cleaned',
    );
    const want: Settings = { ...defaultSettings(), setId: 'norsjo', sites: { facebook: true, instagram: true, linkedin: false } };
    expect(stored[STORAGE_KEYS.settings]).toEqual(want);
    expect(stored[STORAGE_KEYS.peopleFromWork]).toEqual([PERSON, 'Elsa Berg']);
    await expectNoBannerAgain();
    // In effect: a comment naming someone on the list is noticed, quoting the kept set (Norsjö).
    const f = await h.openFixture('facebookFeed');
    try {
      await f.type('comment', KNOWN_PERSON_COMMENT);
      await f.waitForKinds('comment', engineKinds(KNOWN_PERSON_COMMENT, { site: 'facebook', surface: 'comment', setId: 'norsjo', peopleFromWork: [PERSON, 'Elsa Berg'] }));
      const finding = await f.waitForPanelFinding('comment', 'contact_client', []);
      expect(finding.points.length).toBeGreaterThan(0);
      for (const point of finding.points) expect(point).toMatch(/^norsjo-/);
    } finally {
      await f.close();
    }
  });

  it('version-0 settings: migrated, the user told once, old and existing people from work both kept', async () => {
    await h.removeStorage('local', [STORAGE_KEYS.notices]);
    await h.writeStorage({
      [STORAGE_KEYS.settings]: {
        municipality: 'Norsjö kommun',
        lang: 'sv',
        workplace: 'Norsjö skola; Hemtjänsten',
        disclaimer: 'Jag skriver här som privatperson.',
        pausedSites: ['instagram'],
        people: ['Elsa Berg', 'ola nordmann'],
      },
      [STORAGE_KEYS.peopleFromWork]: [PERSON],
    });
    const options = await openOptions();
    try {
      expect(await bannerCodes(options)).toEqual(['migrated']);
      // Swedish interface, as the old settings asked.
      await waitUntil(() => options.evaluate(() => document.documentElement.lang), (lang) => lang === 'sv', 'the page in Swedish');
      for (const name of [PERSON, 'Elsa Berg']) await options.locator(`#person-list li[data-entry="${name}"]`).waitFor();
      expect(h.pageErrors(options)).toEqual([]);
    } finally {
      await options.close();
    }
    const stored = await waitForStored((l) => (l[STORAGE_KEYS.settings] as { version?: unknown } | undefined)?.version === 1, 'migrated settings');
    const want: Settings = {
      version: 1,
      setId: 'norsjo',
      uiLanguage: 'sv',
      workplaces: ['Norsjö skola', 'Hemtjänsten'],
      disclaimers: { sv: 'Jag skriver här som privatperson.' },
      sites: { facebook: true, instagram: false, linkedin: true },
    };
    expect(stored[STORAGE_KEYS.settings]).toEqual(want);
    // The list that was valid stays first; the old record's people are added, without a case-insensitive duplicate.
    expect(stored[STORAGE_KEYS.peopleFromWork]).toEqual([PERSON, 'Elsa Berg']);
    await expectNoBannerAgain();
  });
});

describe('the site replaces its composer mid-draft', () => {
  async function commentHost(page: Page): Promise<JSHandle<Element | null>> {
    return page.evaluateHandle(() => document.querySelector('varsom-nudge[data-surface="comment"]'));
  }

  it('a Lexical editor remounted on a fresh element (as React does): old host gone, new box watched, the draft goes on', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      await f.type('comment', WORK_COMMENT.text);
      await f.waitForKinds('comment', ['work_no_disclaimer']);
      const oldHost = await commentHost(f.page);
      expect(await oldHost.evaluate((el) => el !== null && el.isConnected)).toBe(true);

      await f.page.evaluate(() => {
        const old = document.querySelector<HTMLElement & { __lexicalEditor?: { setRootElement(el: HTMLElement | null): void } }>(
          '[role="article"] form [data-fixture="comment"]',
        );
        const editor = old?.__lexicalEditor;
        if (!old || !editor) throw new Error('fixture: no Lexical comment editor');
        const fresh = document.createElement('div');
        for (const name of ['contenteditable', 'role', 'aria-label', 'aria-multiline', 'aria-placeholder', 'spellcheck', 'class', 'data-fixture']) {
          const value = old.getAttribute(name);
          if (value !== null) fresh.setAttribute(name, value);
        }
        old.replaceWith(fresh);
        editor.setRootElement(fresh);
      });

      await waitUntil(() => oldHost.evaluate((el) => el !== null && el.isConnected), (connected) => !connected, 'the old host removed');
      const hosts = await waitUntil(() => readHosts(f.page), (list) => list.filter((x) => x.surface === 'comment').length === 1, 'one comment host');
      expect(hosts).toHaveLength(2);
      const newHost = await commentHost(f.page);
      expect(await f.page.evaluate(([a, b]) => a !== b, [oldHost, newHost] as const), 'a new host for the new element').toBe(true);
      // The draft the editor carried over is looked at in its new box at once.
      await f.waitForKinds('comment', ['work_no_disclaimer']);
      const more = `. ${CONTACT_COMMENT.text}`;
      await f.type('comment', more);
      await f.waitForEditorText('comment', (t) => norm(t) === norm(WORK_COMMENT.text + more), 'the draft with the new words');
      await f.waitForKinds('comment', ['contact_client', 'work_no_disclaimer']);
      await f.waitForPanelFinding('comment', 'contact_client', CONTACT_COMMENT.anchors);
    } finally {
      await f.close();
    }
  });

  it('the whole comment form replaced by a fresh, empty one: old host gone, typing in the new box shows the nudge', async () => {
    const f = await h.openFixture('facebookFeed');
    try {
      await f.type('comment', WORK_COMMENT.text);
      await f.waitForKinds('comment', ['work_no_disclaimer']);
      const oldHost = await commentHost(f.page);

      await f.page.evaluate(() => {
        const form = document.querySelector('[role="article"] form');
        if (!form) throw new Error('fixture: no comment form');
        const fresh = document.createElement('form');
        fresh.className = form.className;
        const box = document.createElement('div');
        box.setAttribute('contenteditable', 'true');
        box.setAttribute('role', 'textbox');
        box.setAttribute('aria-label', 'Skriv en kommentar …');
        box.setAttribute('data-fresh', 'true');
        fresh.append(box);
        form.replaceWith(fresh);
      });

      await waitUntil(() => oldHost.evaluate((el) => el !== null && el.isConnected), (connected) => !connected, 'the old host removed');
      await waitUntil(() => readHosts(f.page), (list) => list.length === 2 && list.filter((x) => x.surface === 'comment').length === 1, 'a host for the new box');
      const newHost = await commentHost(f.page);
      expect(await f.page.evaluate(([a, b]) => a !== b, [oldHost, newHost] as const)).toBe(true);
      expect((await readHosts(f.page)).filter((x) => x.badge !== null), 'the old draft\'s badge went with its box').toEqual([]);

      await f.page.bringToFront();
      await f.page.locator('[data-fresh="true"]').focus();
      await f.page.keyboard.type(CONTACT_COMMENT.text);
      await f.waitForKinds('comment', ['contact_client']);
      await f.waitForPanelFinding('comment', 'contact_client', CONTACT_COMMENT.anchors);
    } finally {
      await f.close();
    }
  });
});

// Last: reloading the extension closes its pages, the harness's control page among them.
describe('the extension reloaded with a tab open', () => {
  const EXTENSIONS_PAGE = 'chrome://extensions/';

  async function setDeveloperMode(): Promise<void> {
    const page = await h.context.newPage();
    try {
      await page.goto(EXTENSIONS_PAGE);
      const state = await page.evaluate(async (id) => {
        interface DeveloperPrivate {
          updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
          getExtensionsInfo(): Promise<{ id: string; state: string }[]>;
        }
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        await api.updateProfileConfiguration({ inDeveloperMode: true });
        return (await api.getExtensionsInfo()).find((e) => e.id === id)?.state;
      }, h.extensionId);
      expect(state, 'the extension is enabled before the reload').toBe('ENABLED');
    } finally {
      await page.close();
    }
  }

  it('the old content script goes quiet: hosts removed, typing goes on, not one error in the page console', async () => {
    const f: Fixture = await h.openFixture('facebookFeed');
    const problems = await watchPageProblems(f.page);
    try {
      // Positive controls: the recorder sees errors from the page's world and from the content script's.
      const isolated = contentScriptContext(problems, h.extensionId);
      await problems.cdp.send('Runtime.evaluate', {
        contextId: isolated,
        expression: 'setTimeout(() => { throw new Error("e2e-control-isolated-throw"); }, 0); console.error("e2e-control-isolated-console");',
      });
      await f.page.evaluate(() => {
        setTimeout(() => {
          void Promise.reject(new Error('e2e-control-main-rejection'));
        }, 0);
      });
      await waitForProblem(problems, /e2e-control-isolated-throw/);
      await waitForProblem(problems, /e2e-control-isolated-console/);
      await waitForProblem(problems, /e2e-control-main-rejection/);
      problems.clear();

      // A draft with its panel open, and a badge on the post box too.
      await f.type('post', WORK_POST.text);
      await f.waitForKinds('post', ['work_no_disclaimer']);
      await f.type('comment', WORK_COMMENT.text);
      await f.waitForKinds('comment', ['work_no_disclaimer']);
      await f.openPanel('comment');
      expect((await readHosts(f.page)).length).toBe(2);

      // Chrome disables a reloaded unpacked extension (disable reason "unsupportedDeveloperExtension")
      // unless developer mode is on, as it is for anyone who loads one: switch it on, as chrome://extensions does.
      await setDeveloperMode();

      const closed = new Promise<void>((done) => h.worker.once('close', () => done()));
      const restarted = h.context.waitForEvent('serviceworker', { timeout: 30_000 });
      restarted.catch(() => undefined); // awaited below
      await h.worker.evaluate(() => {
        const api = (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime;
        // After evaluate has answered: the worker goes away with the reload.
        setTimeout(() => api.reload(), 0);
      });
      await closed;
      // The old content script's extension context is gone (Chrome does not inject the new one into open tabs).
      await waitUntil(
        async () =>
          (await problems.cdp.send('Runtime.evaluate', {
            contextId: isolated,
            expression: 'String(globalThis.chrome?.runtime?.id)',
            returnByValue: true,
          })) as { result: { value?: string } },
        (r) => r.result.value === 'undefined',
        'the old content script to lose its extension context',
      );

      // The user goes on. Typing first: the settled draft's request is what finds the extension gone.
      const more = `. ${CONTACT_COMMENT.text}`;
      await f.type('comment', more);
      await waitUntil(() => readHosts(f.page), (list) => list.length === 0, 'every <varsom-nudge> host removed');
      // Then everything else a user might do there: the panel's keys, deleting, pasting, the other box.
      await f.page.keyboard.press('Escape');
      await f.page.keyboard.press('Alt+Shift+V');
      await f.page.keyboard.press('Backspace');
      await f.page.keyboard.type('e');
      await f.page.evaluate(() => navigator.clipboard.writeText(' og mer'));
      await f.page.keyboard.press('ControlOrMeta+V');
      await f.type('post', ' i dag');
      await f.page.keyboard.press('Alt+Shift+V');
      await f.waitForEditorText('comment', (t) => norm(t) === norm(`${WORK_COMMENT.text}${more} og mer`), 'the typed words in the editor state');
      await f.waitForEditorText('post', (t) => norm(t) === norm(`${WORK_POST.text} i dag`), 'the typed words in the post editor');

      // Nothing the old script had scheduled (the typing settle delay, the request retry) may surface
      // later: a fence well past them (both are a few hundred milliseconds).
      await problems.cdp.send('Runtime.evaluate', { contextId: isolated, expression: 'setTimeout(() => console.error("e2e-fence"), 1000)' });
      await waitForProblem(problems, /e2e-fence/);
      expect(problems.list().filter((line) => !line.includes('e2e-fence'))).toEqual([]);
      expect(await readHosts(f.page)).toEqual([]);

      // The reloaded extension (its new worker has started) works in a tab opened now.
      await restarted;
      const fresh = await h.openFixture('facebookFeed');
      const freshProblems = await watchPageProblems(fresh.page);
      try {
        await fresh.type('comment', WORK_COMMENT.text);
        await fresh.waitForKinds('comment', ['work_no_disclaimer']);
        await fresh.waitForPanelFinding('comment', 'work_no_disclaimer', WORK_COMMENT.anchors);
        expect(freshProblems.list()).toEqual([]);
      } finally {
        await freshProblems.stop();
        await fresh.close();
      }
    } finally {
      await problems.stop();
      await f.close();
    }
  });

  it('made no request outside the fixture hosts and the extension', () => {
    expect(h.outsideRequests((r) => r.url.startsWith(EXTENSIONS_PAGE))).toEqual([]);
  });
});
