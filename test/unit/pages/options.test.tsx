// @vitest-environment happy-dom
// The options page: every control saves to storage.local at once, the people
// list stays out of storage.sync, and #checklist shows the selected set's checklist.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));
// Two small sets, so the test does not depend on the real documents' wording.
vi.mock('../../../src/guidelines/index.ts', async () => (await import('../helpers/mock-sets.ts')).mockGuidelinesModule());

import { render } from 'preact';
import browser from 'webextension-polyfill';
import { NEUTRAL_DISCLAIMERS } from '../../../src/engine/disclaimer-text.ts';
import { Options } from '../../../src/options/Options.tsx';
import { defaultSettings, STORAGE_KEYS, type Settings } from '../../../src/settings/index.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { renderRoot } from '../helpers/render-root.ts';

const fake = browser as unknown as FakeBrowser;
const { local, sync } = fake.storage;


const root = renderRoot();
const $ = <E extends Element = HTMLElement>(selector: string) => root().querySelector<E>(selector);
const stored = () => local.data.get(STORAGE_KEYS.settings) as Settings | undefined;
const people = () => local.data.get(STORAGE_KEYS.peopleFromWork) as string[] | undefined;

async function mount() {
  render(<Options />, root());
  await waitFor(() => $('input[name="setId"]'), 'the page');
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function addEntry(name: string, value: string) {
  const input = $<HTMLInputElement>(`#${name}-input`);
  if (!input) throw new Error(`no #${name}-input`);
  type(input, value);
  $<HTMLButtonElement>(`#${name}-add`)?.click();
}

const saved = () => waitFor(() => $('#save-status')?.textContent === 'Saved', '"Saved"');

beforeEach(() => {
  fake.fake.reset();
  // A user who has chosen a set (nothing is preselected: the first run has its own tests).
  local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'testby' });
  vi.clearAllMocks();
  history.replaceState(null, '', '/');
});

describe('guideline set', () => {
  it('lists every set as a radio, the stored one checked', async () => {
    await mount();
    const radios = [...root().querySelectorAll<HTMLInputElement>('input[name="setId"]')];
    expect(radios.map((r) => r.value)).toEqual(['testby', 'provby']);
    expect(radios.find((r) => r.checked)?.value).toBe('testby');
    for (const radio of radios) expect($(`label[for="${radio.id}"]`)?.textContent).toBeTruthy();
  });

  it('saves the choice, says "Saved" and shows the new checklist', async () => {
    await mount();
    $<HTMLInputElement>('input[name="setId"][value="provby"]')?.click();
    await waitFor(() => stored()?.setId === 'provby', 'stored set');
    await saved();
    await waitFor(() => $('#checklist .checklist')?.getAttribute('data-set') === 'provby', 'new checklist');
    expect($('#save-status')?.getAttribute('role')).toBe('status');
  });

  it('previews each set\'s points as quotes', async () => {
    await mount();
    const previews = root().querySelectorAll('.set-preview');
    expect(previews).toHaveLength(2);
    expect(previews[0]?.querySelectorAll('blockquote')).toHaveLength(4);
    expect(previews[0]?.querySelector('summary')?.textContent).toBe('Show the points (4)');
  });
});

describe('checklist section', () => {
  it('has id "checklist" and the selected set\'s checklist in order', async () => {
    await mount();
    const items = [...root().querySelectorAll('#checklist .checklist > li')].map((li) => li.getAttribute('data-point'));
    expect(items).toEqual(['testby-1', 'testby-3', 'testby-4']);
  });

  it('takes focus when the page opens at #checklist', async () => {
    history.replaceState(null, '', '/#checklist');
    await mount();
    await waitFor(() => document.activeElement?.id === 'checklist-heading', 'focus on the checklist');
  });
});

describe('interface language', () => {
  it('saves the choice and switches the page at once', async () => {
    await mount();
    expect($('h1')?.textContent).toBe('Varsom settings');
    const select = $<HTMLSelectElement>('select[name="uiLanguage"]');
    expect($('label[for="uiLanguage"]')).not.toBeNull();
    expect([...(select?.options ?? [])].map((o) => o.value)).toEqual(['auto', 'nb', 'nn', 'sv', 'en']);
    if (!select) throw new Error('no select');
    select.value = 'nn';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => stored()?.uiLanguage === 'nn', 'stored language');
    await waitFor(() => $('h1')?.textContent === 'Innstillingar for Varsom', 'nynorsk title');
    expect(document.documentElement.lang).toBe('nn');
  });
});

describe('workplaces', () => {
  it('adds and removes entries', async () => {
    await mount();
    await addEntry('workplace', '  Ringebu ungdomsskole ');
    await waitFor(() => stored()?.workplaces.length === 1, 'stored workplace');
    expect(stored()?.workplaces).toEqual(['Ringebu ungdomsskole']);
    await addEntry('workplace', 'hjemmetjenesten');
    await waitFor(() => stored()?.workplaces.length === 2, 'second workplace');
    await addEntry('workplace', 'RINGEBU UNGDOMSSKOLE');
    const remove = await waitFor(() => $<HTMLButtonElement>('#workplace-list li[data-entry="Ringebu ungdomsskole"] [data-action="remove"]'), 'remove button');
    expect(remove.getAttribute('aria-label')).toBe('Remove Ringebu ungdomsskole');
    remove.click();
    await waitFor(() => stored()?.workplaces.length === 1, 'removed');
    expect(stored()?.workplaces).toEqual(['hjemmetjenesten']);
    expect(document.activeElement?.id).toBe('workplace-input');
  });
});

describe('people from work', () => {
  it('says the list stays on this device', async () => {
    await mount();
    await waitFor(() => $('#people-privacy'), 'privacy note');
    expect($('#people-privacy')?.textContent).toContain('kept on this device only');
  });

  it('stores names in storage.local only, never in sync or in the settings', async () => {
    await mount();
    await waitFor(() => $('#person-input'), 'people field');
    await addEntry('person', 'Ola Nordmann');
    await waitFor(() => people()?.length === 1, 'stored person');
    await addEntry('person', 'Kari Nordmann');
    await waitFor(() => people()?.length === 2, 'second person');
    expect(people()).toEqual(['Ola Nordmann', 'Kari Nordmann']);
    expect(sync.set).not.toHaveBeenCalled();
    expect(sync.data.size).toBe(0);
    expect(JSON.stringify(stored() ?? {})).not.toContain('Nordmann');
  });

  it('clears the whole list after a confirmation', async () => {
    local.data.set(STORAGE_KEYS.peopleFromWork, ['Ola Nordmann', 'Kari Nordmann']);
    await mount();
    const clear = await waitFor(() => $<HTMLButtonElement>('#people-clear'), 'clear button');
    clear.click();
    const cancel = await waitFor(() => $<HTMLButtonElement>('#people-clear-cancel'), 'cancel');
    cancel.click();
    await waitFor(() => $('#people-clear'), 'clear button again');
    expect(people()).toHaveLength(2);
    $<HTMLButtonElement>('#people-clear')?.click();
    (await waitFor(() => $<HTMLButtonElement>('#people-clear-confirm'), 'confirm')).click();
    await waitFor(() => !local.data.has(STORAGE_KEYS.peopleFromWork), 'list removed');
    await waitFor(() => $('#person-list')?.getAttribute('data-empty') === 'true', 'empty list shown');
  });
});

describe('disclaimers', () => {
  it('offers one field per language with the set\'s suggestion as placeholder', async () => {
    await mount();
    const fields = [...root().querySelectorAll<HTMLTextAreaElement>('textarea[name^="disclaimer-"]')];
    expect(fields.map((f) => f.name)).toEqual(['disclaimer-nb', 'disclaimer-nn', 'disclaimer-sv', 'disclaimer-en']);
    expect($<HTMLTextAreaElement>('#disclaimer-nb')?.placeholder).toBe('Jeg skriver som privatperson.');
    // The set has no Swedish text: the neutral one the engine offers for a Swedish draft.
    expect($<HTMLTextAreaElement>('#disclaimer-sv')?.placeholder).toBe(NEUTRAL_DISCLAIMERS.sv);
    expect($<HTMLTextAreaElement>('#disclaimer-sv')?.getAttribute('lang')).toBe('sv');
  });

  it('saves typed text, and removes it when emptied', async () => {
    await mount();
    const field = $<HTMLTextAreaElement>('#disclaimer-nb');
    if (!field) throw new Error('no field');
    field.dispatchEvent(new Event('focus'));
    type(field, 'Dette er mitt private syn.');
    field.dispatchEvent(new Event('blur'));
    await waitFor(() => stored()?.disclaimers.nb === 'Dette er mitt private syn.', 'stored disclaimer');
    await saved();
    field.dispatchEvent(new Event('focus'));
    type(field, '');
    field.dispatchEvent(new Event('blur'));
    await waitFor(() => stored() !== undefined && stored()?.disclaimers.nb === undefined, 'removed disclaimer');
  });

  it('saves after a pause in typing without leaving the field', async () => {
    await mount();
    const field = $<HTMLTextAreaElement>('#disclaimer-en');
    if (!field) throw new Error('no field');
    field.dispatchEvent(new Event('focus'));
    type(field, 'My own views.');
    await waitFor(() => stored()?.disclaimers.en === 'My own views.', 'debounced save');
  });
});

describe('sites', () => {
  it('switches a site off and on', async () => {
    await mount();
    const box = $<HTMLInputElement>('input[name="site-instagram"]');
    expect(box?.checked).toBe(true);
    box?.click();
    await waitFor(() => stored()?.sites.instagram === false, 'instagram off');
    expect(stored()?.sites).toEqual({ facebook: true, instagram: false, linkedin: true });
    await saved();
    $<HTMLInputElement>('input[name="site-instagram"]')?.click();
    await waitFor(() => stored()?.sites.instagram === true, 'instagram on');
  });
});

describe('notices', () => {
  it('tells once that an unavailable set was replaced', async () => {
    local.data.set(STORAGE_KEYS.settings, { version: 1, setId: 'gamleby', uiLanguage: 'en', workplaces: [], disclaimers: {}, sites: {} });
    await mount();
    const notice = await waitFor(() => $('#settings-notice'), 'notice');
    expect(notice.textContent).toContain('“gamleby” is no longer available. Choose your municipality’s guideline again');
    // No other municipality's set takes its place: the page asks again.
    expect($('[data-varsom="welcome"]')).not.toBeNull();
    expect(root().querySelectorAll('input[name="setId"]:checked')).toHaveLength(0);
    notice.querySelector('button')?.click();
    await waitFor(() => !$('#settings-notice'), 'dismissed');
    render(null, root());
    await mount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect($('#settings-notice')).toBeNull();
  });
});
