// @vitest-environment happy-dom
// The toolbar popup: checklist in order with quotes on demand, the tab's
// state from the worker, pause/resume, and live settings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Change = { oldValue?: unknown; newValue?: unknown };
  type Listener = (changes: Record<string, Change>, area: string) => void;
  const listeners = new Set<Listener>();
  const makeArea = (name: string) => {
    const data = new Map<string, unknown>();
    const emit = (changes: Record<string, Change>) => queueMicrotask(() => listeners.forEach((l) => l(changes, name)));
    return {
      data,
      get: vi.fn(async (keys?: null | string | string[]) => {
        const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
        return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
      }),
      set: vi.fn(async (items: Record<string, unknown>) => {
        const changes: Record<string, Change> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
          data.set(k, structuredClone(v));
        }
        emit(changes);
      }),
      remove: vi.fn(async (keys: string | string[]) => {
        const changes: Record<string, Change> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (data.has(k)) changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        emit(changes);
      }),
    };
  };
  const local = makeArea('local');
  const sync = makeArea('sync');
  const sendMessage = vi.fn<(message: unknown) => Promise<unknown>>();
  const browser = {
    storage: { local, sync, onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) } },
    // The browser serves English; '' makes the UI use the bundled dictionary.
    i18n: { getMessage: (key: string) => (key === 'lang_code' ? 'en' : ''), getUILanguage: () => 'en-US' },
    tabs: { query: vi.fn(async () => [{ id: 7 }]), create: vi.fn(async () => ({})) },
    runtime: { sendMessage, getURL: (path: string) => `chrome-extension://varsom/${path}`, openOptionsPage: vi.fn(async () => undefined) },
  };
  return { browser, local, sync, sendMessage, listeners };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

// Two small sets, so the test does not depend on the real documents' wording.
vi.mock('../../src/guidelines/index.ts', () => {
  const point = (set: string, number: string, text: string, summary?: string) => ({ id: `${set}-${number}`, number, text, summary, kinds: [] });
  const sets = [
    {
      schemaVersion: 1,
      id: 'testby',
      name: 'Testby kommune',
      country: 'NO',
      language: 'nb',
      source: { title: 'Retningslinjer for Testby' },
      employer: { names: ['Testby kommune'], emailDomains: ['testby.kommune.no'] },
      points: [
        point('testby', '1', 'Presiser at du ytrer deg som privatperson.', 'Si at du skriver privat'),
        point('testby', '2', 'Punkt som ikke er i sjekklista.', 'Ikke i lista'),
        point('testby', '3', 'Husk taushetsplikten <b>alltid</b>.', 'Husk taushetsplikten'),
        point('testby', '4', 'Ikke bruk jobbadressen privat.'),
      ],
      checklist: ['testby-1', 'testby-3', 'testby-4'],
      disclaimers: { nb: 'Jeg skriver som privatperson.', en: 'I write as a private person.' },
    },
    {
      schemaVersion: 1,
      id: 'provby',
      name: 'Provby kommun',
      country: 'SE',
      language: 'sv',
      source: { title: 'Riktlinjer för Provby' },
      employer: { names: ['Provby kommun'], emailDomains: ['provby.se'] },
      points: [point('provby', 'A', 'Tänk på tystnadsplikten.', 'Tystnadsplikt')],
      checklist: ['provby-A'],
      disclaimers: { sv: 'Jag skriver privat.', en: 'I write privately.' },
    },
  ];
  return {
    BUILTIN_SETS: sets,
    BUILTIN_SET_IDS: sets.map((s) => s.id),
    DEFAULT_SET_ID: 'testby',
    findBuiltinSet: (id: string) => sets.find((s) => s.id === id),
  };
});

import { render } from 'preact';
import { Popup } from '../../src/popup/Popup.tsx';
import { STORAGE_KEYS, type Settings } from '../../src/settings/index.ts';

async function waitFor<T>(check: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > 2000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let root: HTMLElement;
const text = () => root.textContent ?? '';
const storedSettings = () => fake.local.data.get(STORAGE_KEYS.settings) as Settings | undefined;

function mount() {
  render(<Popup />, root);
}

beforeEach(() => {
  fake.local.data.clear();
  fake.sync.data.clear();
  fake.sendMessage.mockReset();
  fake.sendMessage.mockResolvedValue({ site: 'facebook', watching: 2, findings: 1, paused: false });
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup checklist', () => {
  it('shows the selected set and its checklist in the checklist\'s order', async () => {
    mount();
    const items = await waitFor(() => {
      const found = root.querySelectorAll('.checklist > li');
      return found.length > 0 && found;
    }, 'checklist');
    expect(root.querySelector('#set-name')?.textContent).toBe('Testby kommune');
    expect([...items].map((li) => li.getAttribute('data-point'))).toEqual(['testby-1', 'testby-3', 'testby-4']);
    expect([...items].map((li) => li.querySelector('summary')?.textContent)).toEqual([
      'Si at du skriver privat',
      'Husk taushetsplikten',
      'Ikke bruk jobbadressen privat.',
    ]);
    expect(text()).not.toContain('Ikke i lista');
  });

  it('keeps the verbatim quote and its number behind a details element, as text', async () => {
    mount();
    const item = await waitFor(() => root.querySelector('li[data-point="testby-3"]'), 'point 3');
    const details = item.querySelector('details');
    expect(details?.open).toBe(false);
    const quote = item.querySelector('blockquote');
    expect(quote?.textContent).toBe('Husk taushetsplikten <b>alltid</b>.');
    expect(quote?.querySelector('b')).toBeNull();
    expect(quote?.getAttribute('lang')).toBe('nb');
    expect(item.querySelector('figcaption')?.textContent).toContain('Point 3');
  });
});

describe('popup tab state', () => {
  it('asks the worker about the active tab by id', async () => {
    mount();
    await waitFor(() => text().includes('Compose boxes Varsom is watching: 2'), 'counts');
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'tab-state', tabId: 7 });
    expect(text()).toContain('Varsom is on for Facebook.');
    expect(text()).toContain('Reminders right now: 1');
  });

  it('pauses and resumes the site through the settings', async () => {
    mount();
    const button = await waitFor(() => root.querySelector<HTMLButtonElement>('#toggle-site'), 'pause button');
    expect(button.textContent).toBe('Pause on Facebook');
    button.click();
    await waitFor(() => storedSettings()?.sites.facebook === false, 'stored pause');
    await waitFor(() => text().includes('Varsom is paused on Facebook.'), 'paused text');
    expect(storedSettings()?.sites).toEqual({ facebook: false, instagram: true, linkedin: true });

    const resume = await waitFor(() => root.querySelector<HTMLButtonElement>('#toggle-site'), 'resume button');
    expect(resume.textContent).toBe('Turn on again for Facebook');
    resume.click();
    await waitFor(() => storedSettings()?.sites.facebook === true, 'stored resume');
    expect(fake.sync.set).not.toHaveBeenCalled();
  });

  it('says when the page is not a site Varsom looks at', async () => {
    fake.sendMessage.mockResolvedValue({ site: null, watching: 0, findings: 0, paused: false });
    mount();
    await waitFor(() => text().includes('only looks at Facebook, Instagram and LinkedIn'), 'unsupported text');
    expect(root.querySelector('#toggle-site')).toBeNull();
  });

  it.each([
    ['no answer', () => fake.sendMessage.mockRejectedValue(new Error('Could not establish connection'))],
    ['a malformed answer', () => fake.sendMessage.mockResolvedValue({ site: 'myspace', watching: -1 })],
  ])('suggests a reload when the worker gives %s', async (_label, arrange) => {
    arrange();
    mount();
    await waitFor(() => text().includes('reload the page'), 'unknown text');
  });
});

describe('popup follows settings', () => {
  it('re-renders at once when the settings change elsewhere', async () => {
    mount();
    await waitFor(() => root.querySelector('#set-name')?.textContent === 'Testby kommune', 'first set');
    await fake.local.set({ [STORAGE_KEYS.settings]: { version: 1, setId: 'provby', uiLanguage: 'sv', workplaces: [], disclaimers: {}, sites: { facebook: false, instagram: true, linkedin: true } } });
    await waitFor(() => root.querySelector('#set-name')?.textContent === 'Provby kommun', 'second set');
    expect([...root.querySelectorAll('.checklist > li')].map((li) => li.getAttribute('data-point'))).toEqual(['provby-A']);
    await waitFor(() => text().includes('Varsom är pausat på Facebook.'), 'Swedish paused text');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('shows a stored-data notice once', async () => {
    fake.local.data.set(STORAGE_KEYS.settings, 'not settings');
    mount();
    await waitFor(() => text().includes('could not be read and were reset to defaults'), 'notice');
    render(null, root);
    mount();
    await waitFor(() => root.querySelector('#set-name'), 'second open');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).not.toContain('reset to defaults');
  });

  it('opens the options page from its link', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    mount();
    const link = await waitFor(() => root.querySelector<HTMLAnchorElement>('#open-options'), 'link');
    expect(link.getAttribute('href')).toBe('chrome-extension://varsom/src/options/index.html');
    link.click();
    await waitFor(() => fake.browser.runtime.openOptionsPage.mock.calls.length > 0, 'openOptionsPage');
    await waitFor(() => close.mock.calls.length > 0, 'close');
  });
});
