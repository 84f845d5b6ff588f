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

/** The badge sits on the box's top-right corner, half over its border, like a notification dot. */
export function layoutNudge(box: Rect, viewport: Viewport): NudgeLayout {
  const visible =
    box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;

  const badgeLeft = clamp(box.right - BADGE_SIZE.width + 6, MARGIN, viewport.width - BADGE_SIZE.width - MARGIN);
  const badgeTop = clamp(box.top - BADGE_SIZE.height / 2, MARGIN, viewport.height - BADGE_SIZE.height - MARGIN);

  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  const left = clamp(badgeLeft + BADGE_SIZE.width - width, MARGIN, viewport.width - width - MARGIN);
  const below = viewport.height - (badgeTop + BADGE_SIZE.height + GAP) - MARGIN;
  const above = badgeTop - GAP - MARGIN;
  const badge = { top: badgeTop, left: badgeLeft };
  if (below >= MIN_PANEL_HEIGHT || below >= above) {
    return { visible, badge, panel: { top: badgeTop + BADGE_SIZE.height + GAP, left, width, maxHeight: Math.max(below, 80) } };
  }
  // Opening upwards, the panel's bottom edge sits just above the badge, whatever its height.
  return { visible, badge, panel: { bottom: viewport.height - badgeTop + GAP, left, width, maxHeight: above } };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
