// @vitest-environment happy-dom
// The toolbar popup: checklist in order with quotes on demand, the tab's
// state from the worker, pause/resume, and live settings.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));
// Two small sets, so the test does not depend on the real documents' wording.
vi.mock('../../../src/guidelines/index.ts', async () => (await import('../helpers/mock-sets.ts')).mockGuidelinesModule());

import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '../../../src/popup/Popup.tsx';
import { defaultSettings, STORAGE_KEYS, type Settings } from '../../../src/settings/index.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { renderRoot } from '../helpers/render-root.ts';

const fake = browser as unknown as FakeBrowser;
const { local, sync } = fake.storage;
const { sendMessage } = fake.runtime;


const root = renderRoot();
const text = () => root().textContent ?? '';
const storedSettings = () => local.data.get(STORAGE_KEYS.settings) as Settings | undefined;

function mount() {
  render(<Popup />, root());
}

beforeEach(() => {
  fake.fake.reset();
  // A user who has chosen a set (nothing is preselected: the first run has its own tests).
  local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'testby' });
  sendMessage.mockReset();
  sendMessage.mockResolvedValue({ site: 'facebook', watching: 2, findings: 1, paused: false });
});

describe('popup checklist', () => {
  it('shows the selected set and its checklist in the checklist\'s order', async () => {
    mount();
    const items = await waitFor(() => {
      const found = root().querySelectorAll('.checklist > li');
      return found.length > 0 && found;
    }, 'checklist');
    expect(root().querySelector('#set-name')?.textContent).toBe('Testby kommune');
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
    const item = await waitFor(() => root().querySelector('li[data-point="testby-3"]'), 'point 3');
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
    expect(sendMessage).toHaveBeenCalledWith({ type: 'tab-state', tabId: 7 });
    expect(text()).toContain('Varsom is on for Facebook.');
    expect(text()).toContain('Reminders right now: 1');
  });

  it('pauses and resumes the site through the settings', async () => {
    mount();
    const button = await waitFor(() => root().querySelector<HTMLButtonElement>('#toggle-site'), 'pause button');
    expect(button.textContent).toBe('Pause on Facebook');
    button.click();
    await waitFor(() => storedSettings()?.sites.facebook === false, 'stored pause');
    await waitFor(() => text().includes('Varsom is paused on Facebook.'), 'paused text');
    expect(storedSettings()?.sites).toEqual({ facebook: false, instagram: true, linkedin: true });

    const resume = await waitFor(() => root().querySelector<HTMLButtonElement>('#toggle-site'), 'resume button');
    expect(resume.textContent).toBe('Turn on again for Facebook');
    resume.click();
    await waitFor(() => storedSettings()?.sites.facebook === true, 'stored resume');
    expect(sync.set).not.toHaveBeenCalled();
  });

  it('says when the page is not a site Varsom looks at', async () => {
    sendMessage.mockResolvedValue({ site: null, watching: 0, findings: 0, paused: false });
    mount();
    await waitFor(() => text().includes('only looks at Facebook, Instagram and LinkedIn'), 'unsupported text');
    expect(root().querySelector('#toggle-site')).toBeNull();
  });

  it.each([
    ['no answer', () => sendMessage.mockRejectedValue(new Error('Could not establish connection'))],
    ['a malformed answer', () => sendMessage.mockResolvedValue({ site: 'myspace', watching: -1 })],
  ])('suggests a reload when the worker gives %s', async (_label, arrange) => {
    arrange();
    mount();
    await waitFor(() => text().includes('reload the page'), 'unknown text');
  });
});

describe('popup page check', () => {
  const described = {
    site: 'facebook',
    watching: 2,
    findings: 1,
    paused: false,
    boxes: [
      { surface: 'dm', editor: 'lexical', recipient: true, shadow: false, dialog: false, findings: 1 },
      { surface: 'post', editor: 'quill', recipient: null, shadow: true, dialog: true, findings: 0 },
    ],
    page: { host: 'www.facebook.com', section: 'messages' },
  };

  function useClipboard(write: (text: string) => Promise<void>) {
    const writeText = vi.fn(write);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return writeText;
  }

  it('lists each box by its shape and shows the report it copies', async () => {
    sendMessage.mockResolvedValue(described);
    const writeText = useClipboard(async () => undefined);
    mount();
    const check = await waitFor(() => root().querySelector<HTMLDetailsElement>('#page-check'), 'page check');
    expect(check.open, 'folded until asked for').toBe(false);
    expect(check.querySelector('summary')?.textContent).toBe('What Varsom sees on this page');
    const items = [...check.querySelectorAll('#check-boxes > li')];
    expect(items.map((li) => li.textContent)).toEqual([
      'Direct message, field type: lexical, recipient found',
      'Post, field type: quill, in a pop-up window',
    ]);
    expect(items.map((li) => [li.getAttribute('data-surface'), li.getAttribute('data-recipient'), li.getAttribute('data-shadow')])).toEqual([
      ['dm', 'true', 'false'],
      ['post', 'n/a', 'true'],
    ]);
    const report = check.querySelector<HTMLTextAreaElement>('#page-report');
    expect(report?.readOnly).toBe(true);
    expect(report?.value).toContain('Varsom version: 0.1.0\n');
    expect(report?.value).toContain('Site: facebook, www.facebook.com/messages/…\n');
    expect(report?.value).toContain('2. post, editor quill, recipient found: n/a, in shadow root: yes, in dialog: yes, reminders: 0\n');

    // Looked up afresh: the popup may render once more as its tab state settles.
    root().querySelector<HTMLButtonElement>('#copy-report')?.click();
    await waitFor(() => root().querySelector('#copy-status')?.textContent === 'Report copied.', 'copied status');
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(report?.value);
  });

  it('says what to do when no box was found', async () => {
    sendMessage.mockResolvedValue({ ...described, watching: 0, findings: 0, boxes: [] });
    mount();
    await waitFor(() => root().querySelector('#page-check'), 'page check');
    expect(root().querySelector('#check-boxes-none')?.textContent).toBe(
      'Varsom has not found a compose box on this page yet. Click into the box you write in, then open this again.',
    );
    expect(root().querySelector<HTMLTextAreaElement>('#page-report')?.value).toContain('Compose boxes: none found (click into the box you write in');
  });

  it('selects the report for copying by hand when the clipboard refuses', async () => {
    sendMessage.mockResolvedValue(described);
    useClipboard(async () => {
      throw new Error('Document is not focused.');
    });
    mount();
    const button = await waitFor(() => root().querySelector<HTMLButtonElement>('#copy-report'), 'copy button');
    button.click();
    await waitFor(() => (root().querySelector('#copy-status')?.textContent ?? '').startsWith('Could not copy.'), 'failed status');
    expect(document.activeElement?.id).toBe('page-report');
  });

  it('is not shown where Varsom does not look, and drops a malformed description', async () => {
    sendMessage.mockResolvedValue({ site: null, watching: 0, findings: 0, paused: false });
    mount();
    await waitFor(() => text().includes('only looks at Facebook'), 'unsupported text');
    expect(root().querySelector('#page-check')).toBeNull();
    render(null, root());

    sendMessage.mockResolvedValue({ ...described, boxes: [{ ...described.boxes[0], text: 'Hei Ola' }] });
    mount();
    await waitFor(() => text().includes('reload the page'), 'unknown text');
    expect(root().querySelector('#page-check')).toBeNull();
  });
});

describe('popup follows settings', () => {
  it('re-renders at once when the settings change elsewhere', async () => {
    mount();
    await waitFor(() => root().querySelector('#set-name')?.textContent === 'Testby kommune', 'first set');
    await local.set({ [STORAGE_KEYS.settings]: { version: 1, setId: 'provby', uiLanguage: 'sv', workplaces: [], disclaimers: {}, sites: { facebook: false, instagram: true, linkedin: true } } });
    await waitFor(() => root().querySelector('#set-name')?.textContent === 'Provby kommun', 'second set');
    expect([...root().querySelectorAll('.checklist > li')].map((li) => li.getAttribute('data-point'))).toEqual(['provby-A']);
    await waitFor(() => text().includes('Varsom är pausat på Facebook.'), 'Swedish paused text');
    // The page's lang is set in an effect, which may run a moment after the text is shown.
    await waitFor(() => document.documentElement.lang === 'sv', 'Swedish page language');
  });

  it('shows a stored-data notice once', async () => {
    local.data.set(STORAGE_KEYS.settings, 'not settings');
    mount();
    await waitFor(() => text().includes('could not be read and were reset to defaults'), 'notice');
    render(null, root());
    mount();
    // Reset to the defaults, in which no set is chosen: the popup says so.
    await waitFor(() => root().querySelector('#no-set'), 'second open');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).not.toContain('reset to defaults');
  });

  it('opens the options page from its link', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    mount();
    const link = await waitFor(() => root().querySelector<HTMLAnchorElement>('#open-options'), 'link');
    expect(link.getAttribute('href')).toBe('chrome-extension://varsom/src/options/index.html');
    link.click();
    await waitFor(() => fake.runtime.openOptionsPage.mock.calls.length > 0, 'openOptionsPage');
    await waitFor(() => close.mock.calls.length > 0, 'close');
  });
});
