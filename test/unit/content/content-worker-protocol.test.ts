// The worker's side of the content-script protocol: analysis with the stored
// settings, strings, badge, tab state, checklist, and who may ask what.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
  const listeners = new Set<Listener>();
  const data = new Map<string, unknown>();
  const browser = {
    runtime: {
      id: 'varsom-id',
      openOptionsPage: vi.fn(async () => undefined),
      getURL: (path: string) => `chrome-extension://varsom-id/${path}`,
      onMessage: { addListener: vi.fn() },
    },
    storage: {
      local: {
        get: vi.fn(async (keys?: null | string | string[]) => {
          const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
          return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
        }),
        set: vi.fn(async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
          listeners.forEach((l) => l(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])), 'local'));
        }),
        remove: vi.fn(async () => undefined),
      },
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
    tabs: {
      sendMessage: vi.fn<(tabId: number, message: unknown) => Promise<unknown>>(),
      get: vi.fn(async (tabId: number) => ({ id: tabId, url: 'https://www.linkedin.com/feed/' })),
      query: vi.fn(async () => [{ id: 7 }]),
      create: vi.fn(async () => ({})),
      onRemoved: { addListener: vi.fn() },
    },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      openPopup: undefined as undefined | ReturnType<typeof vi.fn>,
    },
    windows: { create: vi.fn(async (): Promise<unknown> => ({})) },
    i18n: { getMessage: vi.fn(() => ''), getUILanguage: vi.fn(() => 'en-US') },
  };
  return { browser, data };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

import { defaultSettings, STORAGE_KEYS, type Settings } from '../../../src/settings/settings.ts';
import { dropContextOnStorageChange } from '../../../src/background/context.ts';
import { isAllowedSender, respond } from '../../../src/background/router.ts';
import { isAnalyzeResponse, type WorkerRequest } from '../../../src/shared/messages.ts';
import { NEUTRAL_DISCLAIMERS } from '../../../src/engine/disclaimer-text.ts';
import { FORGET_WORDS_AFTER_MS } from '../../../src/background/analysis.ts';
import { rememberedWords } from '../../../src/engine/text/terms.ts';

dropContextOnStorageChange();

const CONTENT = { id: 'varsom-id', url: 'https://www.facebook.com/', tab: { id: 5 } } as never;
const POPUP = { id: 'varsom-id', url: 'chrome-extension://varsom-id/src/popup/index.html' } as never;
const WORK = 'Kommunen har kuttet i hjemmetjenesten igjen!';

async function store(patch: Partial<Settings>, people: string[] = []): Promise<void> {
  // Ringebu unless a test says otherwise: nothing is preselected in the defaults themselves.
  await fake.browser.storage.local.set({ [STORAGE_KEYS.settings]: { ...defaultSettings(), setId: 'ringebu', ...patch }, [STORAGE_KEYS.peopleFromWork]: people });
}

beforeEach(async () => {
  vi.clearAllMocks();
  fake.browser.action.openPopup = undefined;
  fake.data.clear();
  await store({});
});

describe('analyze', () => {
  it('answers with findings and the set they were checked against', async () => {
    const answer = await respond({ type: 'analyze', draft: { text: WORK, site: 'facebook', surface: 'post' } }, CONTENT);
    expect(answer.findings.map((f) => f.kind)).toEqual(['work_no_disclaimer']);
    expect(answer.set).toEqual({ id: 'ringebu', name: 'Ringebu kommune', language: 'nb' });
    expect(answer.findings[0]?.points.every((p) => p.setId === 'ringebu')).toBe(true);
  });

  it('follows settings changes at once: set, people list, sites', async () => {
    await respond({ type: 'analyze', draft: { text: WORK, site: 'facebook', surface: 'post' } }, CONTENT);
    await store({ setId: 'norsjo' }, ['Ola Nordmann']);
    const named = await respond({ type: 'analyze', draft: { text: 'Tack Ola Nordmann för i dag!', site: 'facebook', surface: 'comment' } }, CONTENT);
    expect(named.set?.id).toBe('norsjo');
    expect(named.findings.map((f) => f.kind)).toContain('contact_client');

    await store({ sites: { facebook: false, instagram: true, linkedin: true } });
    expect(await respond({ type: 'site-config', site: 'facebook' }, CONTENT)).toEqual({ enabled: false });
    const off = await respond({ type: 'analyze', draft: { text: WORK, site: 'facebook', surface: 'post' } }, CONTENT);
    expect(off.findings).toEqual([]);
  });

  it('uses no other set for an unknown set id: the findings stay, with no quote and no set named', async () => {
    fake.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'atlantis' });
    await fake.browser.storage.local.set({});
    const answer = await respond({ type: 'analyze', draft: { text: WORK, site: 'linkedin', surface: 'post' } }, CONTENT);
    expect(answer.set).toBeNull();
    expect(answer.findings.map((f) => f.kind)).toContain('work_no_disclaimer');
    expect(answer.findings.every((f) => f.points.length === 0)).toBe(true);
  });

  it('analyses drafts before any set is chosen, quoting none and offering a neutral disclaimer in the draft\'s language', async () => {
    fake.data.set(STORAGE_KEYS.settings, defaultSettings());
    await fake.browser.storage.local.set({});
    const nb = await respond({ type: 'analyze', draft: { text: WORK, site: 'facebook', surface: 'post' } }, CONTENT);
    expect(isAnalyzeResponse(nb)).toBe(true);
    expect(nb.set).toBeNull();
    const finding = nb.findings.find((f) => f.kind === 'work_no_disclaimer');
    expect(finding?.points).toEqual([]);
    expect(finding?.fix).toEqual({ type: 'insert', text: NEUTRAL_DISCLAIMERS.nb, position: 'end', lang: 'nb' });
    expect(JSON.stringify(nb)).not.toMatch(/Ringebu|Rømskog|Norsjö|Utsira/);
  });

  it("empties the engine's word memory once typing has paused", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await respond({ type: 'analyze', draft: { text: WORK, site: 'facebook', surface: 'post' } }, CONTENT);
      expect(rememberedWords()).toBeGreaterThan(0);
      // Still typing: each analysis pushes the moment back.
      vi.advanceTimersByTime(FORGET_WORDS_AFTER_MS - 1000);
      await respond({ type: 'analyze', draft: { text: `${WORK} Og skolen.`, site: 'facebook', surface: 'post' } }, CONTENT);
      vi.advanceTimersByTime(FORGET_WORDS_AFTER_MS - 1000);
      expect(rememberedWords()).toBeGreaterThan(0);
      vi.advanceTimersByTime(1000);
      expect(rememberedWords()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes nothing to storage while analysing', async () => {
    fake.browser.storage.local.set.mockClear();
    await respond({ type: 'analyze', draft: { text: `${WORK} 01010110366`, site: 'facebook', surface: 'post' } }, CONTENT);
    for (const call of fake.browser.storage.local.set.mock.calls) expect(JSON.stringify(call)).not.toContain('hjemmetjenesten');
  });
});

describe('strings', () => {
  it('sends the chosen language over English, without translator notes', async () => {
    await store({ uiLanguage: 'sv' });
    const answer = await respond({ type: 'strings' }, CONTENT);
    expect(answer.lang).toBe('sv');
    expect(answer.strings.nudge_panel_title?.message).toBe('Värt en extra titt');
    expect(Object.values(answer.strings).some((e) => 'description' in e)).toBe(false);
  });

  it("follows the browser's language for 'auto'", async () => {
    fake.browser.i18n.getMessage.mockImplementation(((key: string) => (key === 'lang_code' ? 'nn' : '')) as never);
    const answer = await respond({ type: 'strings' }, CONTENT);
    expect(answer.lang).toBe('nn');
    fake.browser.i18n.getMessage.mockImplementation((() => '') as never);
  });
});

describe('badge and tab state', () => {
  it('shows the reported count on the sender tab, nothing when paused', async () => {
    await respond({ type: 'tab-report', site: 'facebook', watching: 2, findings: 3, paused: false }, CONTENT);
    expect(fake.browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '3' });
    await respond({ type: 'tab-report', site: 'facebook', watching: 0, findings: 3, paused: true }, CONTENT);
    expect(fake.browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '' });
  });

  it('asks the tab itself first, then falls back to the last report, then to the URL', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValueOnce({ site: 'facebook', watching: 1, findings: 1, paused: false });
    expect(await respond({ type: 'tab-state', tabId: 5 }, POPUP)).toEqual({ site: 'facebook', watching: 1, findings: 1, paused: false });
    fake.browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await respond({ type: 'tab-state', tabId: 5 }, POPUP)).toEqual({ site: 'facebook', watching: 1, findings: 1, paused: false });
    fake.browser.tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await respond({ type: 'tab-state', tabId: 99 }, POPUP)).toEqual({ site: 'linkedin', watching: 0, findings: 0, paused: false });
  });

  it('uses the active tab when the popup names none', async () => {
    fake.browser.tabs.sendMessage.mockResolvedValueOnce({ site: null, watching: 0, findings: 0, paused: false });
    await respond({ type: 'tab-state' }, POPUP);
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'report-state' });
  });
});

describe('checklist and senders', () => {
  const CHECKLIST_URL = 'chrome-extension://varsom-id/src/options/index.html#checklist';

  it('shows the checklist in the toolbar popup where the browser can open it, and opens no page', async () => {
    fake.browser.action.openPopup = vi.fn(async () => undefined);
    await respond({ type: 'open-checklist' }, CONTENT);
    expect(fake.browser.action.openPopup).toHaveBeenCalledTimes(1);
    expect(fake.browser.windows.create).not.toHaveBeenCalled();
    expect(fake.browser.tabs.create).not.toHaveBeenCalled();
  });

  it('else opens the options page at the checklist in a small window beside the post, not a tab over it', async () => {
    fake.browser.action.openPopup = vi.fn(async () => {
      throw new Error('openPopup requires a user gesture');
    });
    await respond({ type: 'open-checklist' }, CONTENT);
    expect(fake.browser.windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: CHECKLIST_URL, type: 'popup' }));
    expect(fake.browser.tabs.create).not.toHaveBeenCalled();
  });

  it('falls back to a tab only without a windows API', async () => {
    fake.browser.windows.create.mockRejectedValueOnce(new Error('no windows'));
    await respond({ type: 'open-checklist' }, CONTENT);
    expect(fake.browser.tabs.create).toHaveBeenCalledWith({ url: CHECKLIST_URL });
  });

  it('opens the options page (the set choice) for the nudge\'s "choose your municipality"', async () => {
    expect(await respond({ type: 'open-set-choice' }, CONTENT)).toEqual({ ok: true });
    expect(fake.browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(fake.browser.tabs.create).not.toHaveBeenCalled();
  });

  it('answers only this extension, and tab state only to its pages', () => {
    const tabState: WorkerRequest = { type: 'tab-state', tabId: 1 };
    const report: WorkerRequest = { type: 'tab-report', site: 'facebook', watching: 0, findings: 0, paused: false };
    expect(isAllowedSender(tabState, POPUP)).toBe(true);
    expect(isAllowedSender(tabState, CONTENT)).toBe(false);
    expect(isAllowedSender({ type: 'strings' }, { id: 'another-extension', tab: { id: 1 } } as never)).toBe(false);
    expect(isAllowedSender(report, CONTENT)).toBe(true);
    expect(isAllowedSender(report, POPUP)).toBe(false);
  });
});
