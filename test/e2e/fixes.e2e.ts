// The panel's fixes must reach the editor's OWN state (Lexical's editor state,
// Quill's delta, Draft.js's ContentState, React's state behind Instagram's
// textarea, LinkedIn's model behind its plain contenteditable), read back
// through the fixture's `window.__editorText`. Where the extension falls back
// to the clipboard instead, the test proves that path: the clipboard holds the
// fix and the draft is untouched.
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import type { Lang } from '../../src/engine/index.ts';
import { CONFIDENTIAL, CONFIDENTIAL_DM, FNR, WORK_COMMENT, WORK_POST, engineKinds, siteOf, type Draft } from './drafts.ts';
import type { PageKey } from './fixtures/pages.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';

let h: Harness;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

const RINGEBU = findBuiltinSet('ringebu');
if (RINGEBU === undefined) throw new Error('the ringebu set is not built in');
const DISCLAIMERS = RINGEBU.disclaimers as Partial<Record<Lang, string>>;
const CLIPBOARD_SENTINEL = 'varsom-e2e: clipboard untouched';

type Outcome = { path: 'editor'; text: string } | { path: 'clipboard'; text: string; clipboard: string };

/**
 * Waits until the fix shows in the editor's own state (`inEditor`), or until
 * the clipboard holds it (`onClipboard`) while the draft is unchanged.
 */
async function waitForFix(
  f: Fixture,
  editor: string,
  before: string,
  inEditor: (text: string) => boolean,
  onClipboard: (clip: string) => boolean,
  timeoutMs = 5_000,
): Promise<Outcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await f.editorText(editor);
    if (inEditor(text)) return { path: 'editor', text };
    const clipboard = await f.page.evaluate(() => navigator.clipboard.readText()).catch(() => CLIPBOARD_SENTINEL);
    if (clipboard !== CLIPBOARD_SENTINEL && onClipboard(clipboard) && norm(text) === norm(before)) {
      return { path: 'clipboard', text, clipboard };
    }
    if (Date.now() > deadline) {
      throw new Error(`the fix reached neither the editor's state (it holds ${JSON.stringify(text)}) nor the clipboard (${JSON.stringify(clipboard)})`);
    }
    await f.page.waitForTimeout(40);
  }
}

/** The editable element's own DOM text (textarea value or innerText), to compare with the editor state. */
function domText(f: Fixture, editor: string): Promise<string> {
  return f.editor(editor).evaluate((el: HTMLElement) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText));
}

/** After a mouse click on a fix the user goes on typing: focus must be in the editor, not in the panel. */
async function expectFocusInEditor(f: Fixture, editor: string): Promise<void> {
  const focused = await f.editor(editor).evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  expect(focused, 'focus stays in the editor after a mouse click on the fix').toBe(true);
}

async function prepare(f: Fixture, editor: string, draft: Draft): Promise<string> {
  await f.closePanel(editor);
  await f.clear(editor);
  await f.type(editor, draft.text);
  await f.waitForKinds(editor, engineKinds(draft.text, { site: siteOf(f.spec.url), surface: f.editorSpec(editor).surface! }));
  await f.waitForPanelFinding(editor, draft.kind, draft.anchors);
  await f.page.evaluate((s) => navigator.clipboard.writeText(s), CLIPBOARD_SENTINEL);
  return f.editorText(editor);
}

async function insertDisclaimer(f: Fixture, editor: string, draft: Draft, ctx: TestContext): Promise<{ outcome: Outcome; lang: Lang }> {
  const before = await prepare(f, editor, draft);
  await f.clickAction(editor, 'insert-disclaimer', 'work_no_disclaimer');
  const candidates = Object.entries(DISCLAIMERS) as [Lang, string][];
  const found = (text: string) => candidates.find(([, d]) => norm(text).includes(norm(d)));
  const outcome = await waitForFix(f, editor, before, (t) => found(t) !== undefined, (c) => found(c) !== undefined);
  const hit = found(outcome.path === 'editor' ? outcome.text : outcome.clipboard);
  if (hit === undefined) throw new Error('unreachable: no disclaimer found');
  const [lang, disclaimer] = hit;
  await ctx.annotate(`disclaimer (${lang}) went to the ${outcome.path}`);
  if (outcome.path === 'editor') {
    const text = norm(outcome.text);
    expect(text.startsWith(norm(draft.text)), 'the draft is kept, in front').toBe(true);
    expect(text.endsWith(norm(disclaimer)), 'the disclaimer is at the end').toBe(true);
    expect(text.split(norm(disclaimer)).length - 1, 'inserted once').toBe(1);
    expect(norm(await domText(f, editor)), 'the DOM shows what the editor state holds').toBe(text);
    // Re-analysed with the disclaimer in place, the work finding is gone.
    await f.waitForNoBadge(editor);
    await expectFocusInEditor(f, editor);
  }
  return { outcome, lang };
}

async function maskNumber(f: Fixture, editor: string, draft: Draft, ctx: TestContext): Promise<void> {
  const before = await prepare(f, editor, draft);
  await f.clickAction(editor, 'mask', 'confidential');
  const [head] = draft.text.split(FNR);
  const outcome = await waitForFix(
    f,
    editor,
    before,
    (t) => !t.includes(FNR) && norm(t).startsWith(norm(head ?? '')) && norm(t).length > norm(head ?? '').length,
    (c) => c.length > 0 && !c.includes(FNR) && c !== CLIPBOARD_SENTINEL,
  );
  await ctx.annotate(`masked number went to the ${outcome.path}`);
  if (outcome.path === 'editor') {
    const masked = norm(outcome.text).slice(norm(head ?? '').length);
    expect(masked, 'something stands where the number was').not.toBe('');
    expect(masked).not.toMatch(/\d{11}/);
    expect(norm(await domText(f, editor))).toBe(norm(outcome.text));
    await f.waitForNoBadge(editor);
    await expectFocusInEditor(f, editor);
  }
}

interface EditorCase {
  label: string;
  page: PageKey;
  editor: string;
  insert: boolean;
  maskDraft: Draft;
}

const EDITORS: EditorCase[] = [
  { label: 'Lexical (facebook post)', page: 'facebookFeed', editor: 'post', insert: true, maskDraft: CONFIDENTIAL },
  { label: 'Quill (linkedin share box)', page: 'linkedinFeed', editor: 'post', insert: true, maskDraft: CONFIDENTIAL },
  { label: 'React-controlled textarea (instagram comment)', page: 'instagramPost', editor: 'comment', insert: true, maskDraft: CONFIDENTIAL },
  { label: 'Draft.js (facebook group, legacy)', page: 'facebookGroup', editor: 'post', insert: true, maskDraft: CONFIDENTIAL },
  // A DM asks for no disclaimer, so only masking applies there.
  { label: 'plain contenteditable (linkedin messaging)', page: 'linkedinMessaging', editor: 'dm', insert: false, maskDraft: CONFIDENTIAL_DM },
];

for (const c of EDITORS) {
  describe(c.label, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await h.openFixture(c.page);
    });
    afterAll(async () => {
      await f?.close();
    });

    if (c.insert) {
      it('insert disclaimer changes the editor state', async (ctx) => {
        const { outcome } = await insertDisclaimer(f, c.editor, WORK_POST, ctx);
        expect(outcome.path, 'a library editor / field takes the disclaimer itself').toBe('editor');
      });
    }

    it('mask number changes the editor state', async (ctx) => {
      await maskNumber(f, c.editor, c.maskDraft, ctx);
    });
  });
}

describe('the disclaimer fits the draft', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await h.openFixture('facebookFeed');
  });
  afterAll(async () => {
    await h.setSettings({ setId: 'ringebu' });
    await f?.close();
  });

  const LANGUAGE_CASES: { draft: Draft; lang: Lang }[] = [
    { draft: WORK_POST, lang: 'nb' },
    { draft: WORK_COMMENT, lang: 'nb' },
    {
      draft: { ...WORK_POST, label: 'nynorsk', text: 'Eg synest kommunen gjer feil når dei kuttar i heimetenesta', anchors: ['kommunen'] },
      lang: 'nn',
    },
  ];
  for (const { draft, lang } of LANGUAGE_CASES) {
    it(`"${draft.text}" gets the ${lang} disclaimer`, async (ctx) => {
      const result = await insertDisclaimer(f, 'comment', draft, ctx);
      expect(result.lang).toBe(lang);
    });
  }

  it("the user's own disclaimer from the settings is the one inserted", async (ctx) => {
    const own = 'Dette er mitt private syn, ikke arbeidsgiverens.';
    await h.setSettings({ setId: 'ringebu', disclaimers: { nb: own } });
    const before = await prepare(f, 'comment', WORK_POST);
    await f.clickAction('comment', 'insert-disclaimer', 'work_no_disclaimer');
    const outcome = await waitForFix(f, 'comment', before, (t) => norm(t).endsWith(own), (c) => c.includes(own));
    await ctx.annotate(`own disclaimer went to the ${outcome.path}`);
    expect(outcome.path).toBe('editor');
  });
});

describe('fixture self-check: a DOM-only edit does not count', () => {
  // What a naive fix would do: change the DOM behind the editor's back. The
  // read-backs must not see it, or the fix tests above could not fail.
  const CASES: { page: PageKey; editor: string; label: string }[] = [
    { page: 'facebookFeed', editor: 'post', label: 'Lexical' },
    { page: 'facebookGroup', editor: 'post', label: 'Draft.js' },
    { page: 'instagramPost', editor: 'comment', label: 'React textarea' },
    { page: 'linkedinMessaging', editor: 'dm', label: 'LinkedIn plain contenteditable' },
  ];
  for (const c of CASES) {
    it(c.label, async () => {
      const f = await h.openFixture(c.page);
      try {
        await f.type(c.editor, 'Hei');
        await f.waitForEditorText(c.editor, (t) => norm(t) === 'Hei', '"Hei"');
        await f.editor(c.editor).evaluate((el: HTMLElement) => {
          if (el instanceof HTMLTextAreaElement) el.value = 'Hei DOM';
          else {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            const node = walker.nextNode();
            if (node) node.textContent = 'Hei DOM';
          }
        });
        // Give the editor a turn to notice (Lexical and Quill observe mutations), then read its state.
        await f.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
        expect(norm(await f.editorText(c.editor))).toBe('Hei');
      } finally {
        await f.close();
      }
    });
  }
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
