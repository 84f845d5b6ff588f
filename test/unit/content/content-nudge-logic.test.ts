// The nudge's pure parts: excerpts with marked trigger words, "dismiss for
// this draft", placement next to the box, and message rendering.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/index.ts';
import { Dismissals } from '../../../src/content/nudge/dismissals.ts';
import { ELLIPSIS, excerptPieces, normaliseSpans } from '../../../src/content/nudge/excerpt.ts';
import { BADGE_SIZE, layoutNudge, type Rect } from '../../../src/content/nudge/layout.ts';
import { findingMessage, translatorFor, type Dictionary } from '../../../src/content/nudge/translate.ts';

const render = (pieces: { text: string; mark: boolean }[]) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerptPieces', () => {
  it('marks the spans in a short draft, shown whole', () => {
    const text = 'Kommunen har kuttet i hjemmetjenesten igjen!';
    expect(render(excerptPieces(text, [[0, 8], [22, 37]]))).toBe('[Kommunen] har kuttet i [hjemmetjenesten] igjen!');
  });

  it('cuts long drafts at word boundaries with ellipses', () => {
    const text = `${'lorem ipsum '.repeat(10)}Kommunen ${'dolor sit '.repeat(10)}`;
    const start = text.indexOf('Kommunen');
    const out = render(excerptPieces(text, [[start, start + 8]], { context: 20 }));
    expect(out.startsWith(ELLIPSIS)).toBe(true);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
    expect(out).toContain('[Kommunen]');
    const inner = out.slice(1, -1);
    expect(inner.startsWith(' ')).toBe(false);
    expect(inner.split(' ').every((w) => w === '' || ['lorem', 'ipsum', 'dolor', 'sit', '[Kommunen]'].includes(w))).toBe(true);
  });

  it('shows far-apart spans as separate fragments, and at most maxFragments', () => {
    const filler = 'x '.repeat(100);
    const text = `A ${filler}B ${filler}C ${filler}D`;
    const spans = ['A', 'B', 'C', 'D'].map((w): [number, number] => {
      const i = text.indexOf(w);
      return [i, i + 1];
    });
    const out = render(excerptPieces(text, spans, { context: 4, maxFragments: 2 }));
    expect(out).toContain('[A]');
    expect(out).toContain('[B]');
    expect(out).not.toContain('[C]');
    expect(out.endsWith(ELLIPSIS)).toBe(true);
  });

  it('merges overlapping spans and ignores spans outside the text', () => {
    expect(normaliseSpans([[5, 9], [0, 3], [2, 6], [50, 60]], 20)).toEqual([[0, 9]]);
    expect(render(excerptPieces('abcdefghij', [[2, 5], [4, 7]]))).toBe('ab[cdefg]hij');
  });

  it('never splits an emoji', () => {
    const text = `${'😀'.repeat(40)}X${'😀'.repeat(40)}`;
    const i = text.indexOf('X');
    for (const piece of excerptPieces(text, [[i, i + 1]], { context: 7 })) {
      expect(piece.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });
});

const finding = (kind: Finding['kind'], spans: Finding['spans'], key = `finding_${kind}`): Finding => ({
  kind,
  severity: 'medium',
  spans,
  points: [],
  message: { key, params: {} },
});

describe('Dismissals', () => {
  const text = 'Kommunen har kuttet. Ring 01010110366.';
  const work = finding('work_no_disclaimer', [[0, 8]]);
  const id = finding('confidential', [[26, 37]], 'finding_confidential_id');
  const withPoint = (f: Finding, pointId: string): Finding => ({
    ...f,
    points: [{ id: pointId, setId: 'ringebu', setName: 'Ringebu kommune', number: '2', heading: '', text: 'x' }],
  });

  it('hides a dismissed finding while the draft keeps it, even as offsets move', () => {
    const d = new Dismissals();
    d.dismiss(work, text);
    expect(d.visible([work, id], text)).toEqual([id]);
    const longer = `Hei! ${text}`;
    const moved = finding('work_no_disclaimer', [[5, 13]]);
    expect(d.visible([moved, id], longer)).toEqual([id]);
  });

  it('holds while the draft grows: one more trigger word does not bring the same concern back', () => {
    const d = new Dismissals();
    d.dismiss(work, text);
    const grown = `${text} Og hjemmetjenesten også.`;
    const start = grown.indexOf('hjemmetjenesten');
    const more = finding('work_no_disclaimer', [[0, 8], [start, start + 15]]);
    expect(d.visible([more, id], grown)).toEqual([id]);
    // A momentary absence (a word half typed) does not forget the dismissal.
    expect(d.visible([id], text)).toEqual([id]);
    expect(d.visible([work, id], text)).toEqual([id]);
  });

  it('shows a new concern: the same kind about entirely new words, or resting on another point', () => {
    const d = new Dismissals();
    d.dismiss(work, text);
    const other = finding('work_no_disclaimer', [[9, 19]]);
    expect(d.visible([other], text)).toEqual([other]);
    const d2 = new Dismissals();
    d2.dismiss(withPoint(work, 'ringebu-2'), text);
    const elsewhere = withPoint(work, 'ringebu-2.4.9');
    expect(d2.visible([withPoint(work, 'ringebu-2'), elsewhere], text)).toEqual([elsewhere]);
  });

  it('starts over when the box is emptied (a new draft)', () => {
    const d = new Dismissals();
    d.dismiss(work, text);
    expect(d.visible([], '   ')).toEqual([]);
    expect(d.size).toBe(0);
    expect(d.visible([work], text)).toEqual([work]);
  });
});

describe('layoutNudge', () => {
  const viewport = { width: 1280, height: 800 };
  const rect = (top: number, left: number, width: number, height: number): Rect => ({
    top,
    left,
    width,
    height,
    right: left + width,
    bottom: top + height,
  });

  it('puts the badge on the top-right corner and the panel below the box', () => {
    const box = rect(100, 300, 600, 80);
    const layout = layoutNudge(box, viewport);
    expect(layout.visible).toBe(true);
    expect(layout.badge.left + BADGE_SIZE.width).toBeGreaterThan(box.right - 1);
    expect(layout.badge.top).toBeLessThan(box.top);
    expect(layout.panel.top).toBeGreaterThanOrEqual(box.bottom);
    expect(layout.panel.left + layout.panel.width).toBeLessThanOrEqual(box.right);
  });

  it('opens the panel above a box near the bottom of the window', () => {
    const box = rect(650, 300, 600, 100);
    const layout = layoutNudge(box, viewport);
    expect(layout.panel.top).toBeUndefined();
    expect(viewport.height - (layout.panel.bottom ?? 0)).toBeLessThanOrEqual(box.top);
    expect(layout.panel.maxHeight).toBeGreaterThan(400);
  });

  const overlaps = (a: Rect, panel: { top?: number; bottom?: number; left: number; width: number; maxHeight: number }): boolean => {
    const top = panel.top ?? viewport.height - (panel.bottom ?? 0) - panel.maxHeight;
    const bottom = panel.top !== undefined ? panel.top + panel.maxHeight : viewport.height - (panel.bottom ?? 0);
    return a.left < panel.left + panel.width && a.right > panel.left && a.top < bottom && a.bottom > top;
  };

  it('never covers the next box\'s badge or the send button: it shrinks, opens upwards or moves across', () => {
    const box = rect(300, 300, 600, 80);
    // The next comment box's badge, 200 px below, in the panel's column: the panel stops short of it.
    const nextBadge = rect(580, 856, 44, 24);
    const shrunk = layoutNudge(box, viewport, [nextBadge]);
    expect(shrunk.panel.top).toBeGreaterThanOrEqual(box.bottom);
    expect(overlaps(nextBadge, shrunk.panel)).toBe(false);
    expect(shrunk.panel.maxHeight).toBeGreaterThanOrEqual(160);
    // A send button just under the box's right end: the panel keeps clear of it, next to the box.
    const send = rect(386, 820, 80, 32);
    const clear = layoutNudge(box, viewport, [send]);
    expect(overlaps(send, clear.panel)).toBe(false);
    expect(clear.panel.maxHeight).toBeGreaterThanOrEqual(160);
    // A full-width publish bar under the box and little room above: the panel goes below the bar.
    const bar = rect(386, 0, 1280, 40);
    const low = layoutNudge(rect(150, 300, 600, 80), viewport, [bar]);
    expect(overlaps(bar, low.panel)).toBe(false);
    expect(low.panel.top).toBeGreaterThanOrEqual(bar.bottom);
    expect(low.panel.maxHeight).toBeGreaterThanOrEqual(160);
    // Room above for a short panel, but the content needs more: the stretch below the bar, which fits it all.
    const box2 = rect(251, 300, 600, 60);
    const bar2 = rect(330, 0, 1280, 36);
    const fits = layoutNudge(box2, viewport, [bar2], 364);
    expect(fits.panel.top).toBeGreaterThanOrEqual(bar2.bottom);
    expect(fits.panel.maxHeight).toBeGreaterThanOrEqual(364);
    expect(layoutNudge(box2, viewport, [bar2]).panel.top, 'with no height known, the nearest useful stretch (above)').toBeUndefined();
    // Blocked below and above in the right-aligned column: it lines up with the box's left edge instead.
    const blockers = [rect(386, 700, 200, 32), rect(120, 700, 200, 40)];
    const across = layoutNudge(box, viewport, blockers);
    for (const b of blockers) expect(overlaps(b, across.panel)).toBe(false);
    expect(across.panel.left).toBe(300);
  });

  it('stays inside a narrow window and hides for boxes out of view', () => {
    const narrow = layoutNudge(rect(100, 0, 300, 50), { width: 320, height: 600 });
    expect(narrow.panel.left).toBeGreaterThanOrEqual(0);
    expect(narrow.panel.left + narrow.panel.width).toBeLessThanOrEqual(320);
    expect(layoutNudge(rect(-300, 0, 300, 50), viewport).visible).toBe(false);
    expect(layoutNudge(rect(0, 0, 0, 0), viewport).visible).toBe(false);
  });
});

describe('findingMessage', () => {
  const dictionary: Dictionary = {
    finding_confidential_id: { message: 'This looks like a valid $IDTYPE$.', placeholders: { idtype: { content: '$1' } } },
    finding_confidential_sensitive: { message: '“$CATEGORY$” tied to a person.', placeholders: { category: { content: '$1' } } },
    finding_work_no_disclaimer: { message: 'You’re writing about work (“$TRIGGER$”).', placeholders: { trigger: { content: '$1' } } },
    idtype_d_nummer: { message: 'Norwegian D number' },
    category_child_welfare: { message: 'child welfare' },
    nudge_point_source: { message: '$SET$, point $NUMBER$', placeholders: { set: { content: '$1' }, number: { content: '$2' } } },
  };

  it('fills parameters in the order of message-keys.ts, showing label codes as their labels', () => {
    expect(findingMessage({ key: 'finding_confidential_id', params: { idType: 'd-nummer' } }, dictionary)).toBe('This looks like a valid Norwegian D number.');
    expect(findingMessage({ key: 'finding_confidential_sensitive', params: { category: 'child_welfare' } }, dictionary)).toBe('“child welfare” tied to a person.');
    expect(findingMessage({ key: 'finding_work_no_disclaimer', params: { trigger: 'kommunen' } }, dictionary)).toBe('You’re writing about work (“kommunen”).');
  });

  it('formats UI strings and shows the key for a missing one', () => {
    const t = translatorFor(dictionary);
    expect(t('nudge_point_source', ['Ringebu kommune', '2.3'])).toBe('Ringebu kommune, point 2.3');
    expect(t('nudge_missing')).toBe('nudge_missing');
  });
});
