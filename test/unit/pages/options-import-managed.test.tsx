// @vitest-environment happy-dom
// The options page's guideline-set import (errors listed with path and
// reason, nothing stored on refusal, replace with confirmation, remove,
// export through a blob: URL, set texts rendered inert) and the managed
// state (what the employer sets is marked and cannot be changed), plus the
// popup's managed mark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../helpers/fake-browser.ts')).createFakeBrowser() }));

import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { GuidelineSet } from '../../../src/engine/index.ts';
import { MAX_SET_BYTES } from '../../../src/guidelines/schema.ts';
import { Options } from '../../../src/options/Options.tsx';
import { Popup } from '../../../src/popup/Popup.tsx';
import { defaultSettings, setToJson, STORAGE_KEYS, type Settings } from '../../../src/settings/index.ts';
import type { FakeBrowser } from '../helpers/fake-browser.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { renderRoot } from '../helpers/render-root.ts';

const fake = browser as unknown as FakeBrowser;
const local = fake.storage.local;
const TEMPLATE = readFileSync(path.resolve(import.meta.dirname, '../../../docs/guideline-set-template.json'), 'utf8');
const template = (): GuidelineSet => JSON.parse(TEMPLATE) as GuidelineSet;
const HOSTILE = '<img src=x onerror=alert(1)>';


const root = renderRoot();
const $ = <E extends Element = HTMLElement>(selector: string) => root().querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [...root().querySelectorAll<E>(selector)];
const stored = () => local.data.get(STORAGE_KEYS.settings) as Settings | undefined;
const storedSets = () => local.data.get(STORAGE_KEYS.importedSets) as Record<string, GuidelineSet> | undefined;
const snapshot = () => JSON.stringify([...local.data.entries()]);

async function mountOptions() {
  render(<Options />, root());
  await waitFor(() => $('input[name="setId"]') && $('#import-submit'), 'the options page');
}

function paste(text: string) {
  const area = $<HTMLTextAreaElement>('#import-text');
  if (!area) throw new Error('no #import-text');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

function chooseFile(file: File) {
  const input = $<HTMLInputElement>('#import-file');
  if (!input) throw new Error('no #import-file');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const submit = () => $<HTMLButtonElement>('#import-submit')?.click();
const errorItems = () => $$('#import-errors > li').map((li) => li.textContent ?? '');

beforeEach(() => {
  fake.fake.reset();
  vi.clearAllMocks();
  history.replaceState(null, '', '/');
});

describe('import: refused files', () => {
  it('lists a JSON syntax error with its reason and keeps the old settings', async () => {
    local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'utsira', setChosen: true, workplaces: ['Skulen'] });
    await mountOptions();
    const before = snapshot();
    paste('{"schemaVersion": 1,,}');
    submit();
    await waitFor(() => $('#import-errors'), 'the error list');
    expect(errorItems()).toHaveLength(1);
    expect(errorItems()[0]).toMatch(/^whole file: not valid JSON: /);
    expect(snapshot()).toBe(before);
    expect($('#import-status')?.textContent).toBe('');
    expect($<HTMLInputElement>('input[name="setId"][value="utsira"]')?.checked).toBe(true);
  });

  it('lists every schema error as path and reason', async () => {
    await mountOptions();
    const broken = template() as unknown as Record<string, unknown>;
    delete broken.name;
    broken.country = 'DK';
    (broken.points as Record<string, unknown>[])[0]!.kinds = ['gossip'];
    paste(JSON.stringify(broken));
    submit();
    await waitFor(() => $('#import-errors'), 'the error list');
    expect(errorItems()).toEqual(
      expect.arrayContaining(['name: missing', 'country: must be one of NO, SE', 'points[0].kinds[0]: unknown kind "gossip"']),
    );
    expect($$('#import-errors > li')).toHaveLength(3);
    expect($('#import-errors li code')?.textContent).toBe('name');
    expect($('#import-errors-heading')?.textContent).toContain('(3)');
    expect(storedSets()).toBeUndefined();
    expect($('input[name="setId"][value="eksempel"]')).toBeNull();
  });

  it('refuses a built-in id', async () => {
    await mountOptions();
    paste(TEMPLATE.replaceAll('eksempel', 'ringebu'));
    submit();
    await waitFor(() => $('#import-errors'), 'the error list');
    expect(errorItems()[0]).toMatch(/^id: "ringebu" is the id of the built-in set Ringebu kommune/);
    expect(storedSets()).toBeUndefined();
  });

  it('refuses a too large file without reading it', async () => {
    await mountOptions();
    const file = new File(['x'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_SET_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    chooseFile(file);
    await waitFor(() => $('#import-errors'), 'the error list');
    expect(errorItems()[0]).toMatch(/file too large/);
    expect(read).not.toHaveBeenCalled();
    expect(storedSets()).toBeUndefined();
  });
});

describe('import: accepted files', () => {
  it('imports a chosen file; the set appears beside the built-in ones, marked imported', async () => {
    await mountOptions();
    chooseFile(new File([TEMPLATE], 'eksempel.json', { type: 'application/json' }));
    submit();
    await waitFor(() => $('#import-status')?.textContent?.includes('Imported Eksempel kommune'), 'success status');
    expect(Object.keys(storedSets() ?? {})).toEqual(['eksempel']);
    const radio = await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="eksempel"]'), 'the new radio');
    expect($$<HTMLInputElement>('input[name="setId"]').map((r) => r.value)).toEqual(['romskog', 'ringebu', 'norsjo', 'utsira', 'eksempel']);
    expect(radio.closest('li')?.querySelector('[data-tag="imported"]')?.textContent).toBe('imported');
    expect($('#import-errors')).toBeNull();
    expect($<HTMLTextAreaElement>('#import-text')?.value).toBe('');

    radio.click();
    await waitFor(() => stored()?.setId === 'eksempel', 'the imported set chosen');
    await waitFor(() => $('#checklist .checklist')?.getAttribute('data-set') === 'eksempel', 'its checklist');
  });

  it('asks before replacing an imported set, and changes nothing until confirmed', async () => {
    await mountOptions();
    paste(TEMPLATE);
    submit();
    await waitFor(() => storedSets()?.eksempel, 'first import');
    const newer = template();
    newer.name = 'Eksempel kommune 2025';
    const before = snapshot();
    // The set's own Replace button leads to the import area.
    (await waitFor(() => $<HTMLButtonElement>('li[data-set="eksempel"] [data-action="replace"]'), 'Replace')).click();
    await waitFor(() => $('#import-replacing'), 'the replace hint');
    paste(JSON.stringify(newer));
    submit();
    const question = await waitFor(() => $('#import-confirm'), 'the confirmation');
    expect(question.textContent).toContain('“eksempel” (Eksempel kommune)');
    expect(snapshot()).toBe(before);
    $<HTMLButtonElement>('#import-replace')?.click();
    await waitFor(() => storedSets()?.eksempel?.name === 'Eksempel kommune 2025', 'replaced');
    await waitFor(() => $('#import-status')?.textContent === 'Replaced Eksempel kommune 2025 with the new version.', 'status');
    expect($('#import-confirm')).toBeNull();
  });

  it('cancels a replacement', async () => {
    await mountOptions();
    paste(TEMPLATE);
    submit();
    await waitFor(() => storedSets()?.eksempel, 'first import');
    paste(TEMPLATE.replace('Eksempel kommune', 'Annet navn'));
    submit();
    await waitFor(() => $('#import-confirm'), 'the confirmation');
    $<HTMLButtonElement>('#import-cancel')?.click();
    await waitFor(() => !$('#import-confirm'), 'closed');
    expect(storedSets()?.eksempel?.name).toBe('Eksempel kommune');
  });

  it('removes the selected imported set after a confirmation and asks for a set again', async () => {
    await mountOptions();
    paste(TEMPLATE);
    submit();
    (await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="eksempel"]'), 'radio')).click();
    await waitFor(() => stored()?.setId === 'eksempel', 'chosen');
    $<HTMLButtonElement>('li[data-set="eksempel"] [data-action="remove"]')?.click();
    (await waitFor(() => $<HTMLButtonElement>('li[data-set="eksempel"] [data-action="remove-confirm"]'), 'confirm')).click();
    await waitFor(() => storedSets() === undefined, 'removed from storage');
    await waitFor(() => stored()?.setId === null, 'no set stored');
    const notice = await waitFor(() => $('#settings-notice'), 'notice');
    expect(notice.textContent).toContain('“eksempel” is no longer available. Choose your municipality’s guideline again');
    await waitFor(() => !$('input[name="setId"][value="eksempel"]'), 'radio gone');
  });

  it('exports through a blob: URL and an <a download> click', async () => {
    local.data.set(STORAGE_KEYS.importedSets, { eksempel: template() });
    await mountOptions();
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:varsom/1';
    });
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    (await waitFor(() => $<HTMLButtonElement>('li[data-set="eksempel"] [data-action="export"]'), 'Export')).click();
    expect(create).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([{ href: 'blob:varsom/1', download: 'eksempel.json' }]);
    expect(await blob?.text()).toBe(setToJson(template()));
    expect(document.querySelector('a[download]')).toBeNull();
    create.mockRestore();
    click.mockRestore();
  });
});

describe('set texts are rendered inert', () => {
  it('shows markup in a point, a name and an error as text, never as elements', async () => {
    const set = template();
    set.name = `Eksempel <script>alert(1)</script>`;
    set.points[0] = { ...set.points[0]!, text: HOSTILE, heading: HOSTILE, summary: HOSTILE };
    local.data.set(STORAGE_KEYS.importedSets, { eksempel: set });
    local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'eksempel', setChosen: true });
    await mountOptions();
    await waitFor(() => $('li[data-set="eksempel"]'), 'the imported set');
    // An error whose path carries markup, too.
    paste(TEMPLATE.replace('"schemaVersion": 1,', `"schemaVersion": 1, "${HOSTILE.replaceAll('"', '\\"')}": 1,`));
    submit();
    await waitFor(() => $('#import-errors'), 'the error list');

    expect(root().querySelector('img[src="x"]')).toBeNull();
    expect([...document.querySelectorAll('img')].every((img) => img.getAttribute('src')?.startsWith('/icons/'))).toBe(true);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(root().querySelectorAll('[onerror]')).toHaveLength(0);
    expect(root().textContent).toContain(HOSTILE);
    expect($('li[data-set="eksempel"] blockquote')?.textContent).toBe(HOSTILE);
    expect($('li[data-set="eksempel"] .set-name')?.textContent).toBe('Eksempel <script>alert(1)</script>');
    expect(errorItems().some((e) => e.includes(HOSTILE))).toBe(true);
  });
});

describe('managed settings', () => {
  it('shows no managed marks on an unmanaged install', async () => {
    fake.fake.setPolicy('reject');
    await mountOptions();
    expect(root().querySelectorAll('[data-managed]')).toHaveLength(0);
    expect($$<HTMLInputElement>('input[name="setId"]').every((r) => !r.disabled)).toBe(true);
  });

  it('locks the set chosen by the employer: radios disabled, marked and explained', async () => {
    local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'utsira', setChosen: true });
    fake.fake.setPolicy({ setId: 'norsjo', lockSet: true });
    await mountOptions();
    await waitFor(() => $('#set-section')?.getAttribute('data-managed') === 'true', 'locked section');
    const radios = $$<HTMLInputElement>('input[name="setId"]');
    expect(radios.every((r) => r.disabled)).toBe(true);
    expect(radios.find((r) => r.checked)?.value).toBe('norsjo');
    expect($('#set-managed')?.textContent).toContain('Set by your employer');
    expect(radios[0]?.getAttribute('aria-describedby')).toContain('set-managed');
    expect($('li[data-set="norsjo"] [data-tag="locked"]')?.textContent).toBe('Set by your employer');
    expect($('#checklist .checklist')?.getAttribute('data-set')).toBe('norsjo');
    // The user's own choice is kept, for when the lock goes.
    expect(stored()?.setId).toBe('utsira');
  });

  it("applies a preset the user may change, and picking it again follows the employer", async () => {
    fake.fake.setPolicy({ setId: 'norsjo' });
    await mountOptions();
    await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="norsjo"]')?.checked, 'preset checked');
    expect($('#set-section')?.getAttribute('data-managed')).toBe('preset');
    expect($('li[data-set="norsjo"] [data-tag="preset"]')?.textContent).toBe('Suggested by your employer');
    expect($$<HTMLInputElement>('input[name="setId"]').every((r) => !r.disabled)).toBe(true);
    $<HTMLInputElement>('input[name="setId"][value="utsira"]')?.click();
    await waitFor(() => stored()?.setId === 'utsira' && stored()?.setChosen === true, 'own choice stored');
    await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="utsira"]')?.checked, 'own choice shown');
    $<HTMLInputElement>('input[name="setId"][value="norsjo"]')?.click();
    await waitFor(() => stored() !== undefined && stored()?.setChosen === undefined, 'choice withdrawn');
    await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="norsjo"]')?.checked, 'preset again');
  });

  it("lists the employer's workplaces without a remove button, beside the user's own", async () => {
    local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), workplaces: ['Min hobby'] });
    fake.fake.setPolicy({ workplaces: ['Ringebu ungdomsskole'] });
    await mountOptions();
    const block = await waitFor(() => $('#workplaces-managed'), 'managed workplaces');
    expect(block.getAttribute('data-managed')).toBe('true');
    expect(block.textContent).toContain('Set by your employer');
    expect([...block.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Ringebu ungdomsskole']);
    expect(block.querySelector('button')).toBeNull();
    expect($$('#workplace-list li').map((li) => li.getAttribute('data-entry'))).toEqual(['Min hobby']);
  });

  it("shows the employer's disclaimer read-only and keeps the other languages editable", async () => {
    fake.fake.setPolicy({ disclaimers: { sv: 'Arbetsgivarens text.' } });
    await mountOptions();
    const sv = await waitFor(() => $<HTMLTextAreaElement>('#disclaimer-sv'), 'sv field');
    await waitFor(() => sv.closest('[data-managed="true"]') || $<HTMLTextAreaElement>('#disclaimer-sv')?.closest('[data-managed="true"]'), 'managed field');
    const field = $<HTMLTextAreaElement>('#disclaimer-sv');
    expect(field?.disabled).toBe(true);
    expect(field?.value).toBe('Arbetsgivarens text.');
    expect(field?.closest('.field')?.textContent).toContain('Set by your employer');
    expect($<HTMLTextAreaElement>('#disclaimer-nb')?.disabled).toBe(false);
    expect($<HTMLTextAreaElement>('#disclaimer-nb')?.closest('[data-managed]')).toBeNull();
  });

  it('follows a policy change while the page is open', async () => {
    await mountOptions();
    expect($('#set-section')?.hasAttribute('data-managed')).toBe(false);
    fake.fake.setPolicy({ setId: 'romskog', lockSet: true }, true);
    await waitFor(() => $('#set-section')?.getAttribute('data-managed') === 'true', 'locked after the change');
    expect($<HTMLInputElement>('input[name="setId"][value="romskog"]')?.checked).toBe(true);
  });

  it('marks a locked set in the popup', async () => {
    fake.fake.setPolicy({ setId: 'norsjo', lockSet: true });
    render(<Popup />, root());
    const mark = await waitFor(() => $('#set-managed'), 'popup mark');
    expect(mark.getAttribute('data-managed')).toBe('true');
    expect(mark.textContent).toBe('Set by your employer');
    expect($('#set-name')?.getAttribute('data-set')).toBe('norsjo');
  });

  it("shows the popup's set without a mark when the user chose their own over a preset", async () => {
    local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'utsira', setChosen: true });
    fake.fake.setPolicy({ setId: 'norsjo' });
    render(<Popup />, root());
    await waitFor(() => $('#set-name')?.getAttribute('data-set') === 'utsira', 'own set');
    expect($('#set-managed')).toBeNull();
  });
});

describe('controls that save at once', () => {
  const original = local.set.getMockImplementation();
  let release = () => undefined as void;
  afterEach(() => release());

  /** Holds every storage.local write until `release` is called, as a slow disk would. */
  function holdWrites(): () => void {
    const held: (() => void)[] = [];
    local.set.mockImplementation((items) => new Promise<void>((done) => held.push(() => void original?.(items).then(done))));
    release = () => {
      if (original) local.set.mockImplementation(original);
      for (const write of held.splice(0)) write();
    };
    return release;
  }

  it('keep a picked set checked while it is being saved', async () => {
    await mountOptions();
    holdWrites();
    const writes = local.set.mock.calls.length;
    $<HTMLInputElement>('input[name="setId"][value="utsira"]')?.click();
    // The save is under way and held: the control must show the choice before it completes.
    await waitFor(() => local.set.mock.calls.length > writes, 'the save to start');
    await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="utsira"]')?.checked, 'utsira shown as picked while saving');
    expect(stored()?.setId).not.toBe('utsira');
    expect($<HTMLInputElement>('input[name="setId"][value="ringebu"]')?.checked).toBe(false);
    release();
    await waitFor(() => stored()?.setId === 'utsira', 'stored');
    expect($<HTMLInputElement>('input[name="setId"][value="utsira"]')?.checked).toBe(true);
  });

  it('keep a switched-off site unchecked while it is being saved', async () => {
    await mountOptions();
    holdWrites();
    const writes = local.set.mock.calls.length;
    $<HTMLInputElement>('input[name="site-linkedin"]')?.click();
    await waitFor(() => local.set.mock.calls.length > writes, 'the save to start');
    await waitFor(() => $<HTMLInputElement>('input[name="site-linkedin"]')?.checked === false, 'linkedin shown as off while saving');
    expect(stored()?.sites.linkedin).not.toBe(false);
    release();
    await waitFor(() => stored()?.sites.linkedin === false, 'stored');
  });

  it('show the stored state again when saving fails', async () => {
    local.data.set(STORAGE_KEYS.settings, { ...defaultSettings(), setId: 'ringebu' });
    await mountOptions();
    local.set.mockRejectedValueOnce(new Error('disk full'));
    $<HTMLInputElement>('input[name="setId"][value="utsira"]')?.click();
    await waitFor(() => $('#save-status')?.getAttribute('data-state') === 'error', 'error status');
    await waitFor(() => $<HTMLInputElement>('input[name="setId"][value="ringebu"]')?.checked, 'ringebu checked again');
    expect($<HTMLInputElement>('input[name="setId"][value="utsira"]')?.checked).toBe(false);
  });
});
