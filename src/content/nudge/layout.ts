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
export function layoutNudge(box: Rect, viewport: Viewport, obstacles: readonly Rect[] = []): NudgeLayout {
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
  // Each placement's room once the obstacles in its column are kept clear.
  const options: Placement[] = [];
  for (const left of leftAligned === rightAligned ? [rightAligned] : [rightAligned, leftAligned]) {
    const inColumn = obstacles.filter((o) => o.right > left && o.left < left + width);
    let belowEnd = viewport.height - MARGIN;
    let aboveStart = MARGIN;
    for (const o of inColumn) {
      if (o.bottom <= belowTop) aboveStart = o.bottom <= aboveBottom ? Math.max(aboveStart, o.bottom + GAP) : aboveStart;
      else belowEnd = Math.min(belowEnd, o.top - GAP);
      if (o.top >= aboveBottom) continue;
      if (o.bottom > aboveBottom) aboveStart = aboveBottom; // it straddles the line above the box: no room there
    }
    options.push({ left, below: true, edge: belowTop, room: belowEnd - belowTop });
    options.push({ left, below: false, edge: aboveBottom, room: aboveBottom - aboveStart });
  }
  const roomy = options.find((o) => o.room >= MIN_PANEL_HEIGHT);
  const best = roomy ?? options.reduce((a, b) => (b.room > a.room ? b : a));
  const room = Math.max(best.room, 0);
  const panel = best.below
    ? { top: best.edge, left: best.left, width, maxHeight: room }
    : { bottom: viewport.height - best.edge, left: best.left, width, maxHeight: room };
  return { visible, badge, panel };
}

interface Placement {
  left: number;
  below: boolean;
  /** The panel's top (below) or bottom (above) edge, in viewport coordinates. */
  edge: number;
  room: number;
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
