// Where the badge and the panel go, from the compose box's rectangle and the
// viewport. Pure, so it is tested without a browser.

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface NudgeLayout {
  /** False when the box is out of view or not rendered: nothing is shown. */
  visible: boolean;
  /** The badge's top-left corner (the host element's position). */
  badge: { top: number; left: number };
  /** The panel, in viewport coordinates: below the badge (top) or, when there is no room, above it (bottom). */
  panel: { top?: number; bottom?: number; left: number; width: number; maxHeight: number };
}

export const BADGE_SIZE = { width: 44, height: 24 };
const MARGIN = 8;
const GAP = 6;
const PANEL_WIDTH = 360;
const MIN_PANEL_HEIGHT = 160;

/**
 * The badge sits on the box's top-right corner, half over its border, like a
 * notification dot. The panel opens below the box (or above it when there is
 * more room there), never over the text being written, and never over an
 * `obstacle`: another box's badge, or the site's send or publish control.
 * Where one is in the way, the panel shrinks, opens upwards, or lines up with
 * the box's other edge, whichever leaves it the most room.
 */
export function layoutNudge(box: Rect, viewport: Viewport, obstacles: readonly Rect[] = [], wanted = MIN_PANEL_HEIGHT): NudgeLayout {
  const visible =
    box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;

  const badgeLeft = clamp(box.right - BADGE_SIZE.width + 6, MARGIN, viewport.width - BADGE_SIZE.width - MARGIN);
  const badgeTop = clamp(box.top - BADGE_SIZE.height / 2, MARGIN, viewport.height - BADGE_SIZE.height - MARGIN);
  const badge = { top: badgeTop, left: badgeLeft };

  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  const rightAligned = clamp(box.right - width, MARGIN, viewport.width - width - MARGIN);
  const leftAligned = clamp(box.left, MARGIN, viewport.width - width - MARGIN);
  const belowTop = Math.max(box.bottom, badgeTop + BADGE_SIZE.height) + GAP;
  const aboveBottom = Math.min(box.top, badgeTop) - GAP;

  if (obstacles.length === 0) {
    return { visible, badge, panel: unobstructed(viewport, rightAligned, width, belowTop, aboveBottom) };
  }
  // In each column the panel could take (lined up with the box's right edge,
  // or its left), the free stretches between obstacles, above and below the
  // box. The nearest stretch with room for the whole panel (`wanted`, its
  // content's height when last shown) wins; else the nearest with room for a
  // useful panel; failing that, the largest.
  const options: Placement[] = [];
  for (const left of leftAligned === rightAligned ? [rightAligned] : [rightAligned, leftAligned]) {
    const inColumn = obstacles.filter((o) => o.right > left && o.left < left + width);
    for (const gap of freeStretches(inColumn, MARGIN, aboveBottom)) {
      options.push({ left, below: false, edge: gap.end, room: gap.end - gap.start, distance: aboveBottom - gap.end });
    }
    for (const gap of freeStretches(inColumn, belowTop, viewport.height - MARGIN)) {
      options.push({ left, below: true, edge: gap.start, room: gap.end - gap.start, distance: gap.start - belowTop });
    }
  }
  const nearest = (need: number): Placement | undefined =>
    options.filter((o) => o.room >= need).sort((a, b) => a.distance - b.distance || Number(b.below) - Number(a.below))[0];
  const best =
    nearest(Math.max(wanted, MIN_PANEL_HEIGHT)) ??
    nearest(MIN_PANEL_HEIGHT) ??
    options.reduce<Placement | undefined>((a, b) => (a === undefined || b.room > a.room ? b : a), undefined);
  if (best === undefined) return { visible, badge, panel: unobstructed(viewport, rightAligned, width, belowTop, aboveBottom) };
  const room = Math.max(best.room, 0);
  const panel = best.below
    ? { top: best.edge, left: best.left, width, maxHeight: room }
    : { bottom: viewport.height - best.edge, left: best.left, width, maxHeight: room };
  return { visible, badge, panel };
}

/** The stretches of [from, to] that no obstacle covers (with a gap kept to each). */
function freeStretches(obstacles: readonly Rect[], from: number, to: number): { start: number; end: number }[] {
  const blocked = obstacles
    .filter((o) => o.bottom + GAP > from && o.top - GAP < to)
    .map((o) => [o.top - GAP, o.bottom + GAP] as const)
    .sort((a, b) => a[0] - b[0]);
  const free: { start: number; end: number }[] = [];
  let cursor = from;
  for (const [top, bottom] of blocked) {
    if (top > cursor) free.push({ start: cursor, end: Math.min(top, to) });
    cursor = Math.max(cursor, bottom);
    if (cursor >= to) break;
  }
  if (cursor < to) free.push({ start: cursor, end: to });
  return free.filter((g) => g.end > g.start);
}

interface Placement {
  left: number;
  below: boolean;
  /** The panel's top (below) or bottom (above) edge, in viewport coordinates. */
  edge: number;
  room: number;
  /** How far from the box the panel starts: the nearer, the better. */
  distance: number;
}

/** Nothing in the way: below when it fits (or has more room), else above. */
function unobstructed(viewport: Viewport, left: number, width: number, belowTop: number, aboveBottom: number): NudgeLayout['panel'] {
  const below = viewport.height - belowTop - MARGIN;
  const above = aboveBottom - MARGIN;
  if (below >= MIN_PANEL_HEIGHT || below >= above) {
    const top = Math.max(MARGIN, Math.min(belowTop, viewport.height - MARGIN - MIN_PANEL_HEIGHT / 2));
    return { top, left, width, maxHeight: Math.max(viewport.height - top - MARGIN, 80) };
  }
  // Opening upwards, the panel's bottom edge sits just above the box, whatever its height.
  return { bottom: viewport.height - aboveBottom, left, width, maxHeight: above };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
