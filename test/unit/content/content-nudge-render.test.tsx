// @vitest-environment happy-dom
// The nudge's DOM contract (docs/site-shapes.md): host element, open shadow
// root, badge attributes, panel role, per-finding quotes and actions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/engine/index.ts';
import { NudgeHost } from '../../../src/content/nudge/host.tsx';
import { layoutNudge } from '../../../src/content/nudge/layout.ts';
import type { NudgeActions, NudgeView } from '../../../src/content/nudge/Nudge.tsx';

const TEXT = 'Kommunen har kuttet. Ring 01010110366.';
const WORK: Finding = {
  kind: 'work_no_disclaimer',
  severity: 'medium',
  spans: [[0, 8]],
  points: [{ id: 'ringebu-2', number: '2', text: 'Vær tydelig på at du deltar som privatperson.', setId: 'ringebu', setName: 'Ringebu kommune' }],
  message: { key: 'finding_work_no_disclaimer', params: { trigger: 'Kommunen' } },
  fix: { type: 'insert', text: 'Jeg skriver som privatperson.', position: 'end', lang: 'nb' },
};
const ID: Finding = {
  kind: 'confidential',
  severity: 'high',
  spans: [[26, 37]],
  points: [],
  message: { key: 'finding_confidential_id', params: { idType: 'fodselsnummer' } },
  fix: { type: 'mask', span: [26, 37], replacement: '010101*****' },
};

function view(patch: Partial<NudgeView> = {}): NudgeView {
  return {
    findings: [WORK, ID],
    text: TEXT,
    setName: 'Ringebu kommune',
    setLanguage: 'nb',
    ready: true,
    open: false,
    busy: false,
    announcement: '',
    layout: layoutNudge({ top: 100, left: 100, right: 700, bottom: 180, width: 600, height: 80 }, { width: 1280, height: 800 }),
    dictionary: {
      nudge_no_point: { message: 'The guideline of $SET$ has no point on this.', placeholders: { set: { content: '$1' } } },
      nudge_badge_label_other: { message: '$COUNT$ things to look at', placeholders: { count: { content: '$1' } } },
    },
    ...patch,
  };
}

function actions(): NudgeActions {
  return { toggle: vi.fn(), close: vi.fn(), fix: vi.fn(), dismiss: vi.fn(), checklist: vi.fn() };
}

let host: NudgeHost | undefined;
afterEach(() => {
  host?.remove();
  host = undefined;
});

describe('nudge host', () => {
  it('is a <varsom-nudge> on <html> with an open shadow root and the surface attribute', () => {
    host = new NudgeHost();
    host.setSurface('comment');
    const el = document.documentElement.querySelector(':scope > varsom-nudge');
    expect(el).not.toBeNull();
    expect(el?.getAttribute('data-surface')).toBe('comment');
    expect(el?.shadowRoot).not.toBeNull();
    expect((el as HTMLElement).style.getPropertyValue('position')).toBe('fixed');
  });

  it('shows no badge without findings, and a badge with sorted kinds and state otherwise', () => {
    host = new NudgeHost();
    const act = actions();
    host.render(view({ findings: [] }), act);
    const root = host.element.shadowRoot!;
    expect(root.querySelector('[data-varsom="badge"]')).toBeNull();
    host.render(view({ ready: false }), act);
    const badge = root.querySelector<HTMLButtonElement>('button[data-varsom="badge"]')!;
    expect(badge.getAttribute('data-kinds')).toBe('confidential work_no_disclaimer');
    expect(badge.getAttribute('data-state')).toBe('pending');
    expect(badge.getAttribute('aria-label')).toBe('2 things to look at');
    host.render(view(), act);
    expect(badge.getAttribute('data-state')).toBe('ready');
    badge.click();
    expect(act.toggle).toHaveBeenCalledOnce();
  });

  it('lists each finding in a region with quotes, marks and actions', () => {
    host = new NudgeHost();
    const act = actions();
    host.render(view({ open: true }), act);
    const root = host.element.shadowRoot!;
    const panel = root.querySelector('[data-varsom="panel"]')!;
    expect(panel.getAttribute('role')).toBe('region');
    expect(panel.getAttribute('aria-modal')).toBeNull();

    const work = panel.querySelector('[data-kind="work_no_disclaimer"]')!;
    const quote = work.querySelector('[data-varsom="quote"]')!;
    expect(quote.getAttribute('data-point')).toBe('ringebu-2');
    expect(quote.textContent).toContain('Vær tydelig på at du deltar som privatperson.');
    expect([...work.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Kommunen']);
    expect([...work.querySelectorAll('button[data-action]')].map((b) => b.getAttribute('data-action'))).toEqual(['insert-disclaimer', 'dismiss']);
    // The checklist is the whole guideline's: one button for the panel, not one per card.
    expect(panel.querySelectorAll('button[data-action="checklist"]')).toHaveLength(1);

    // No matching point in the set: said so, with the set's name; nothing borrowed.
    const id = panel.querySelector('[data-kind="confidential"]')!;
    expect(id.querySelector('[data-varsom="quote"]')).toBeNull();
    expect(id.querySelector('[data-varsom="no-point"]')?.textContent).toBe('The guideline of Ringebu kommune has no point on this.');
    expect([...id.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['01010110366']);
    expect([...id.querySelectorAll('button[data-action]')].map((b) => b.getAttribute('data-action'))).toEqual(['mask', 'dismiss']);

    // A click with no click count is a key press on the button; a mouse click counts 1.
    id.querySelector<HTMLButtonElement>('[data-action="mask"]')!.click();
    expect(act.fix).toHaveBeenLastCalledWith(ID, false);
    id.querySelector<HTMLButtonElement>('[data-action="mask"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(act.fix).toHaveBeenLastCalledWith(ID, true);
    work.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(act.dismiss).toHaveBeenCalledWith(WORK);
    panel.querySelector<HTMLButtonElement>('[data-action="checklist"]')!.click();
    expect(act.checklist).toHaveBeenCalledOnce();
  });

  it('renders draft text and quotes as text, never as markup', () => {
    host = new NudgeHost();
    const hostile = '<img src=x onerror=alert(1)> Kommunen';
    const finding: Finding = { ...WORK, spans: [[hostile.indexOf('Kommunen'), hostile.length]] };
    host.render(view({ open: true, text: hostile, findings: [finding] }), actions());
    const root = host.element.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.excerpt')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('closes on Escape inside the panel and keeps the live region polite', () => {
    host = new NudgeHost();
    const act = actions();
    host.render(view({ open: true, announcement: '2 things to look at' }), act);
    const root = host.element.shadowRoot!;
    const live = root.querySelector('[aria-live]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('2 things to look at');
    root.querySelector('[data-varsom="panel"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(act.close).toHaveBeenCalledOnce();
  });

  it('keeps clicks inside the nudge from reaching the page', () => {
    host = new NudgeHost();
    host.render(view(), actions());
    const seen = vi.fn();
    document.addEventListener('click', seen);
    host.element.shadowRoot!.querySelector<HTMLButtonElement>('[data-varsom="badge"]')!.click();
    document.removeEventListener('click', seen);
    expect(seen).not.toHaveBeenCalled();
  });
});
