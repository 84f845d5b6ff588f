// Each kind of finding on each site's compose surfaces, and harmless drafts
// that must show nothing. One browser for the file; one page per surface.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import {
  CONTACT_DM,
  HARMLESS_COMMENT,
  HARMLESS_DM,
  HARMLESS_POST,
  SURFACE_CASES,
  WORK_COMMENT,
  WORK_POST,
  engineKinds,
  siteOf,
  type Draft,
} from './drafts.ts';
import type { PageKey } from './fixtures/pages.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';

let h: Harness;
/** One page per fixture for the whole file; each test empties the editors it uses. */
const pages = new Map<PageKey, Fixture>();

async function page(key: PageKey): Promise<Fixture> {
  const open = pages.get(key);
  if (open !== undefined) return open;
  const f = await h.openFixture(key);
  pages.set(key, f);
  return f;
}

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
});

afterAll(async () => {
  await h?.close();
});

/** The ids of the set's points that support `kind`. */
function pointsFor(setId: string, kind: string): string[] {
  const set = findBuiltinSet(setId);
  if (set === undefined) throw new Error(`no built-in set ${setId}`);
  return set.points.filter((p) => (p.kinds as string[]).includes(kind)).map((p) => p.id);
}

/** Types `draft` into an emptied editor and waits for the nudge state of the WHOLE draft. */
async function typeAndExpect(f: Fixture, editor: string, draft: Draft): Promise<void> {
  await h.setPeopleFromWork(draft.peopleFromWork ?? []);
  await f.closePanel(editor);
  await f.clear(editor);
  await f.type(editor, draft.text);
  await f.waitForEditorText(editor, (t) => norm(t) === norm(draft.text), 'the typed draft');
  const spec = f.editorSpec(editor);
  const want = engineKinds(draft.text, { site: siteOf(f.spec.url), surface: spec.surface!, peopleFromWork: draft.peopleFromWork });
  expect(want, 'the engine finds the kind this draft is about').toContain(draft.kind);
  await f.waitForKinds(editor, want);
  const finding = await f.waitForPanelFinding(editor, draft.kind, draft.anchors);
  const allowed = pointsFor('ringebu', draft.kind);
  expect(finding.points.length, 'the finding quotes at least one guideline point').toBeGreaterThan(0);
  for (const point of finding.points) expect(allowed, `quoted point ${point} is a Ringebu point for ${draft.kind}`).toContain(point);
  expect(finding.quotes.every((q) => q.trim().length > 0), 'every quote has text').toBe(true);
}

for (const surface of SURFACE_CASES) {
  describe(surface.label, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await page(surface.page);
    });
    afterAll(async () => {
      await f?.closePanel(surface.editor);
      await h.setPeopleFromWork([]);
    });

    for (const draft of surface.drafts) {
      it(`${draft.kind}: ${draft.label}`, async () => {
        await typeAndExpect(f, surface.editor, draft);
        const nudges = await f.nudges();
        expect(nudges.filter((n) => n.surface === f.editorSpec(surface.editor).surface).length, 'one nudge per compose box').toBe(1);
      });
    }
  });
}

/**
 * A harmless draft in one box, then a flagged draft in the other box of the
 * same page: once the second box shows its full result, the first box's
 * analysis (typed earlier, same debounce) has certainly run too.
 */
const TWO_BOX_PAGES: { page: PageKey; harmless: { editor: string; text: string }; control: { editor: string; draft: Draft } }[] = [
  { page: 'facebookFeed', harmless: { editor: 'post', text: HARMLESS_POST }, control: { editor: 'comment', draft: WORK_COMMENT } },
  { page: 'instagramPost', harmless: { editor: 'comment', text: HARMLESS_COMMENT }, control: { editor: 'post', draft: WORK_POST } },
  { page: 'linkedinFeed', harmless: { editor: 'post', text: HARMLESS_POST }, control: { editor: 'comment', draft: WORK_COMMENT } },
];

describe('harmless drafts show nothing', () => {
  for (const c of TWO_BOX_PAGES) {
    it(`${c.page}: "${c.harmless.text}" in the ${c.harmless.editor} box`, async () => {
      const f = await page(c.page);
      await f.closePanel(c.harmless.editor);
      await f.closePanel(c.control.editor);
      await f.clear(c.harmless.editor);
      await f.clear(c.control.editor);
      await f.waitForNoBadge(c.harmless.editor);
      await f.waitForNoBadge(c.control.editor);
      await f.type(c.harmless.editor, c.harmless.text);
      await f.waitForEditorText(c.harmless.editor, (t) => norm(t) === norm(c.harmless.text), 'the harmless draft');
      await f.type(c.control.editor, c.control.draft.text);
      await f.waitForKinds(c.control.editor, engineKinds(c.control.draft.text, { site: siteOf(f.spec.url), surface: f.editorSpec(c.control.editor).surface! }));
      await f.waitForPanelFinding(c.control.editor, c.control.draft.kind, c.control.draft.anchors);
      const surfaces = (await f.badges()).map((b) => b.surface);
      expect(surfaces, 'only the control box shows a badge').toEqual([f.editorSpec(c.control.editor).surface]);
    });
  }

  for (const key of ['facebookMessages', 'linkedinMessaging'] as const) {
    it(`${key}: "${HARMLESS_DM}" to someone not on the people-from-work list`, async () => {
      await h.setPeopleFromWork([]);
      const f = await page(key);
      // A flagged draft first, so the badge exists; typing over it keeps the
      // badge (pending) until the result for the new text arrives.
      await f.closePanel('dm');
      await f.clear('dm');
      await f.type('dm', CONTACT_DM.text);
      await f.waitForKinds('dm', ['contact_client']);
      await f.focus('dm');
      await f.page.keyboard.press('ControlOrMeta+A');
      await f.page.keyboard.type(HARMLESS_DM);
      await f.waitForEditorText('dm', (t) => norm(t) === HARMLESS_DM, 'the harmless message');
      await f.waitForNoBadge('dm');
      // Then a flagged sentence after it: the full text's result must mark
      // only the new sentence, never the harmless one.
      const suffix = ' Og husk å levere leksene dine';
      await f.type('dm', suffix);
      await f.waitForKinds('dm', ['contact_client']);
      const finding = await f.waitForPanelFinding('dm', 'contact_client', ['leksene dine']);
      for (const mark of finding.marks) expect(suffix, `mark "${mark}" lies in the flagged sentence`).toContain(mark);
    });
  }
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
