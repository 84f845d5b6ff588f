// How the nudge behaves as people meet it (issue 10): what matters first, a
// compact card with the guideline point one click away and quoted in full, a
// panel that behaves like a popover and stays clear of other boxes' badges and
// the site's publish control, and a dismissal that holds while the draft grows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBuiltinSet } from '../../src/guidelines/index.ts';
import { FNR, WORK_COMMENT, engineKinds } from './drafts.ts';
import { Harness } from './harness/extension.ts';
import { norm, type Fixture } from './harness/fixture.ts';

const RINGEBU = findBuiltinSet('ringebu');
if (RINGEBU === undefined) throw new Error('the ringebu set is not built in');

/** Work talk and a valid test fødselsnummer in one post: two kinds, the confidential one more severe. */
const MIXED = `Kommunen har vedtatt nye kutt i hjemmetjenesten. Fødselsnummeret til Per er ${FNR}`;

let h: Harness;
let f: Fixture;

beforeAll(async () => {
  h = await Harness.launch({ settings: { setId: 'ringebu' } });
  f = await h.openFixture('facebookFeed');
});

afterAll(async () => {
  await f?.close();
  await h?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function typeFresh(editor: string, text: string): Promise<void> {
  await f.closePanel(editor).catch(() => undefined);
  await f.clear(editor);
  await f.type(editor, text);
  await f.waitForKinds(editor, engineKinds(text, { site: 'facebook', surface: editor === 'post' ? 'post' : 'comment' }));
}

describe('what matters first', () => {
  it('orders cards by severity, colours the badge by the most severe kind, and demotes the disclaimer', async () => {
    await typeFresh('post', MIXED);
    const badge = f.badge('post');
    expect(await badge.getAttribute('data-severity')).toBe('confidential');
    const title = (await badge.getAttribute('title')) ?? '';
    expect(title, 'the badge has a tooltip naming the kinds, most severe first').toMatch(/Taushetsplikt.*jobben/);
    const panel = await f.waitForPanelFinding('post', 'confidential', [FNR]);
    expect(panel.kind).toBe('confidential');
    const state = await f.readPanel('post');
    expect(state.findings.map((x) => x.kind)[0], 'the confidential card comes first').toBe('confidential');
    expect(state.findings.map((x) => x.kind)).toContain('work_no_disclaimer');
    const work = f.panel('post').locator('[data-kind="work_no_disclaimer"]');
    expect((await work.locator('[data-action="insert-disclaimer"]').getAttribute('class')) ?? '', 'the disclaimer is not the primary action').not.toContain('primary');
    expect(await work.locator('[data-varsom="disclaimer-not-cure"]').isVisible()).toBe(true);
    expect(await f.panel('post').locator('[data-kind="confidential"] [data-action="mask"]').getAttribute('class')).toContain('primary');
  });

  it('keeps the card to one sentence and quotes the point in full, verbatim, behind "What your guideline says"', async () => {
    const card = f.panel('post').locator('[data-kind="confidential"]').first();
    const quote = card.locator('[data-varsom="quote"]').first();
    expect(await quote.isVisible(), 'the quote is folded away at first').toBe(false);
    await card.locator('details[data-varsom="why"] > summary').click();
    expect(await quote.isVisible()).toBe(true);
    const id = (await quote.getAttribute('data-point')) ?? '';
    const point = RINGEBU.points.find((p) => p.id === id);
    expect(point, `point ${id} is in the set`).toBeDefined();
    expect(norm(await quote.locator('blockquote').innerText())).toBe(norm(point?.text ?? ''));
    const sentence = await card.locator('.message').innerText();
    expect(sentence.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 2).length, `one sentence: ${sentence}`).toBe(1);
  });
});

describe('a panel that behaves like a popover', () => {
  it('never covers the next box\'s badge or the Publish button', async () => {
    await typeFresh('comment', WORK_COMMENT.text);
    await typeFresh('post', MIXED);
    await f.openPanel('post');
    const panel = await f.panel('post').boundingBox();
    const otherBadge = await f.badge('comment').boundingBox();
    const publish = await f.page.locator('[role="dialog"] [aria-label="Publiser"]').boundingBox();
    expect(panel && otherBadge && publish).toBeTruthy();
    if (!panel || !otherBadge || !publish) return;
    expect(intersects(panel, otherBadge), `panel ${JSON.stringify(panel)} clear of the comment badge ${JSON.stringify(otherBadge)}`).toBe(false);
    expect(intersects(panel, publish), `panel ${JSON.stringify(panel)} clear of Publish ${JSON.stringify(publish)}`).toBe(false);
  });

  it('closes on a press outside', async () => {
    await f.openPanel('post');
    // The empty margin left of the page's column: neither the nudge nor a box.
    await f.page.mouse.click(6, 420);
    await f.panel('post').waitFor({ state: 'hidden', timeout: 3_000 });
  });

  it('closes when focus moves to another box, and shows one panel at a time', async () => {
    await f.openPanel('post');
    await f.editor('comment').focus();
    await f.panel('post').waitFor({ state: 'hidden', timeout: 3_000 });

    await f.openPanel('post');
    await f.badge('comment').click();
    await f.panel('comment').waitFor({ state: 'visible' });
    expect(await f.panel('post').isVisible(), 'opening one panel closes the other').toBe(false);
    await f.closePanel('comment');
  });
});

describe('dismissal that holds', () => {
  it('a dismissed finding stays dismissed while the draft grows', async () => {
    await typeFresh('comment', WORK_COMMENT.text);
    await f.openPanel('comment');
    await f.clickAction('comment', 'dismiss', 'work_no_disclaimer');
    await f.waitForNoBadge('comment');
    // More words, one of them another trigger of the same kind: still the same concern.
    await f.type('comment', ' og i skolene i kommunen');
    await f.waitForEditorText('comment', (t) => norm(t).endsWith('skolene i kommunen'), 'the longer draft');
    await f.page.waitForTimeout(800);
    await f.waitForNoBadge('comment', 2_000);
  });
});

it('made no request outside the fixture hosts and the extension', () => {
  expect(h.outsideRequests()).toEqual([]);
});
