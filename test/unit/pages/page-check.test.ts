// @vitest-environment happy-dom
// The popup's page check: what the content script says about the boxes and
// the page (shape only, no text, no names), the strict guard the worker and
// popup put on it, and the plain-text report for IT.
import { afterEach, describe, expect, it } from 'vitest';
import { describeBox, describePage } from '../../../src/content/page-check.ts';
import { facebook } from '../../../src/content/sites/facebook.ts';
import { linkedin } from '../../../src/content/sites/linkedin.ts';
import { MAX_DESCRIBED_BOXES, parseTabState, parseWorkerRequest, type BoxDescription } from '../../../src/shared/messages.ts';
import { sectionOf } from '../../../src/shared/page-sections.ts';
import { briefBrowser, localDate, pageAddress, pageReport, type PageReportInput } from '../../../src/popup/page-report.ts';

const DM: BoxDescription = { surface: 'dm', editor: 'lexical', recipient: true, shadow: false, dialog: false, findings: 1 };
const POST: BoxDescription = { surface: 'post', editor: 'quill', recipient: null, shadow: false, dialog: true, findings: 0 };

function state(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { site: 'facebook', watching: 2, findings: 1, paused: false, boxes: [DM, POST], page: { host: 'www.facebook.com', section: 'messages' }, ...extra };
}

describe('sectionOf', () => {
  it('keeps a known first segment, lower-cased, and the root', () => {
    expect(sectionOf('facebook', '/messages/t/100064512345678/')).toBe('messages');
    expect(sectionOf('facebook', '/e2ee/t/8123456789012345/')).toBe('e2ee');
    expect(sectionOf('linkedin', '/Feed/')).toBe('feed');
    expect(sectionOf('linkedin', '/in/kari-nordmann-123/')).toBe('in');
    expect(sectionOf('instagram', '/direct/t/1234/')).toBe('direct');
    expect(sectionOf('facebook', '/')).toBe('');
    expect(sectionOf('facebook', '')).toBe('');
  });

  it('drops a first segment that may be a user name', () => {
    expect(sectionOf('facebook', '/kari.nordmann/posts/123')).toBeNull();
    expect(sectionOf('instagram', '/kari_nordmann/')).toBeNull();
    // A section of another site is not one of this site.
    expect(sectionOf('instagram', '/feed/')).toBeNull();
  });
});

describe('parseTabState', () => {
  it('accepts the page check fields and copies only them', () => {
    const parsed = parseTabState(state({ extra: 'x' }));
    expect(parsed).toEqual(state());
    expect(parsed).not.toHaveProperty('extra');
    // Without them, as before (a remembered report, or the worker's fallback).
    expect(parseTabState({ site: null, watching: 0, findings: 0, paused: false })).toEqual({ site: null, watching: 0, findings: 0, paused: false });
  });

  it('accepts any short lower-case editor kind (new editors come and go)', () => {
    for (const editor of ['prosemirror', 'quill1', 'plain', 'draft']) {
      expect(parseTabState(state({ boxes: [{ ...POST, editor }], watching: 1 }))).toBeDefined();
    }
  });

  it('rejects a box or page with anything more, or anything malformed', () => {
    const bad: Record<string, unknown>[] = [
      state({ boxes: [{ ...DM, text: 'Hei Ola' }] }),
      state({ boxes: [{ ...DM, recipient: 'Ola Nordmann' }] }),
      state({ boxes: [{ ...POST, recipient: false }] }),
      state({ boxes: [{ ...DM, recipient: null }] }),
      state({ boxes: [{ ...DM, editor: 'Hei Ola, dette er utkastet' }] }),
      state({ boxes: [{ ...DM, editor: 'Lexical' }] }),
      state({ boxes: [{ ...DM, surface: 'story' }] }),
      state({ boxes: [{ ...DM, shadow: 'no' }] }),
      state({ boxes: [{ ...DM, findings: -1 }] }),
      state({ boxes: [DM, POST, DM] }),
      state({ boxes: 'two' }),
      state({ boxes: Array.from({ length: MAX_DESCRIBED_BOXES + 1 }, () => POST), watching: 500 }),
      state({ page: { host: 'www.facebook.com', section: 'kari.nordmann' } }),
      state({ page: { host: 'www.facebook.com', section: 'messages', path: '/messages/t/1/' } }),
      state({ page: { host: 'www.linkedin.com', section: 'feed' } }),
      state({ page: { host: 'evil.example', section: '' } }),
      state({ page: { host: 'WWW.FACEBOOK.COM', section: '' } }),
      state({ page: 'www.facebook.com' }),
    ];
    for (const value of bad) expect(parseTabState(value), JSON.stringify(value)).toBeUndefined();
  });

  it('carries the descriptions through a tab report, and rejects a malformed one', () => {
    expect(parseWorkerRequest({ type: 'tab-report', ...state() })).toEqual({ type: 'tab-report', ...state() });
    expect(parseWorkerRequest({ type: 'tab-report', ...state({ boxes: [{ ...DM, name: 'Ola' }] }) })).toBeUndefined();
  });
});

describe('describeBox and describePage', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  function at(url: string): void {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  }

  it('tells whether a recipient was found in a DM, never who', () => {
    at('https://www.facebook.com/messages/t/100064512345678/');
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    const header = document.createElement('h2');
    header.textContent = 'Ola Nordmann';
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('data-lexical-editor', 'true');
    editor.textContent = 'Hei Ola, her er utkastet mitt';
    main.append(header, editor);
    document.body.append(main);

    const box = describeBox(editor, facebook, 2);
    expect(box).toEqual({ surface: 'dm', editor: 'lexical', recipient: true, shadow: false, dialog: false, findings: 2 });
    expect(JSON.stringify(box)).not.toMatch(/Ola|utkast/);
    expect(parseTabState({ site: 'facebook', watching: 1, findings: 2, paused: false, boxes: [box] })).toBeDefined();

    header.remove();
    expect(describeBox(editor, facebook, 0).recipient).toBe(false);

    const page = describePage(location, facebook);
    expect(page).toEqual({ host: 'www.facebook.com', section: 'messages' });
    expect(JSON.stringify(page)).not.toContain('100064512345678');
  });

  it('sees a dialog around the box, also from inside a shadow root', () => {
    at('https://www.linkedin.com/feed/');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const host = document.createElement('div');
    dialog.append(host);
    document.body.append(dialog);
    const shadow = host.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.className = 'ql-editor';
    shadow.append(editor);

    expect(describeBox(editor, linkedin, 0)).toEqual({ surface: 'post', editor: 'quill', recipient: null, shadow: true, dialog: true, findings: 0 });
    expect(describePage(location, linkedin)).toEqual({ host: 'www.linkedin.com', section: 'feed' });
  });
});

describe('pageReport', () => {
  const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.7712.4 Safari/537.36';
  const base: PageReportInput = {
    version: '0.1.0',
    userAgent: CHROME_LINUX,
    now: new Date(2026, 4, 4, 9, 30),
    site: 'facebook',
    paused: false,
    boxes: [DM, POST],
    page: { host: 'www.facebook.com', section: 'messages' },
    watching: 2,
  };

  it('has the version, browser, date, page, state and one line per box', () => {
    expect(pageReport(base)).toBe(
      [
        'Varsom page check',
        'Varsom version: 0.1.0',
        'Browser: Chrome 156 on Linux',
        'Date: 2026-05-04',
        'Site: facebook, www.facebook.com/messages/…',
        'Varsom on this site: on',
        'Compose boxes: 2',
        '1. dm, editor lexical, recipient found: yes, in shadow root: no, in dialog: no, reminders: 1',
        '2. post, editor quill, recipient found: n/a, in shadow root: no, in dialog: yes, reminders: 0',
        'No draft text, names or full addresses are included.',
        '',
      ].join('\n'),
    );
  });

  it('says what to do when no box was found, and when Varsom is paused or not running', () => {
    expect(pageReport({ ...base, boxes: [], watching: 0 })).toContain(
      'Compose boxes: none found (click into the box you write in, then run the check again)',
    );
    expect(pageReport({ ...base, boxes: [], watching: 0, paused: true })).toContain('Varsom on this site: paused\nCompose boxes: none looked for (paused)');
    const unknown = pageReport({ ...base, boxes: undefined, page: undefined });
    expect(unknown).toContain('Site: facebook, page unknown\n');
    expect(unknown).toContain('Compose boxes: unknown (Varsom is not running in this tab; reload the page)');
  });

  it('counts the boxes it does not list', () => {
    expect(pageReport({ ...base, boxes: [POST], watching: 140 })).toContain('Compose boxes: 140\n1. post, ');
    expect(pageReport({ ...base, boxes: [POST], watching: 140 })).toContain('… and 139 more, not listed');
  });

  it('names the page by host and known section only', () => {
    expect(pageAddress({ host: 'www.linkedin.com', section: 'feed' })).toBe('www.linkedin.com/feed/…');
    expect(pageAddress({ host: 'www.facebook.com', section: '' })).toBe('www.facebook.com/');
    expect(pageAddress({ host: 'www.facebook.com', section: null })).toBe('www.facebook.com/…');
  });

  it('writes the local date', () => {
    expect(localDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('briefBrowser', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', 'Chrome 156 on Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 Edg/156.0.3000.1', 'Edge 156 on Windows'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 OPR/140.0.0.0', 'Opera 140 on macOS'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153 on Linux'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Safari/605.1.15', 'Safari 19 on macOS'],
    ['Mozilla/5.0 (X11; CrOS x86_64 16000.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', 'Chrome 156 on ChromeOS'],
    ['Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36', 'Chrome 156 on Android'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36', 'Chrome 156 on Linux'],
    ['something else', 'unknown browser'],
  ])('%s → %s', (userAgent, expected) => {
    expect(briefBrowser(userAgent)).toBe(expected);
  });
});
