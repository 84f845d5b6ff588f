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
 * more room there), never over the text being written.
 */
export function layoutNudge(box: Rect, viewport: Viewport): NudgeLayout {
  const visible =
    box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;

  const badgeLeft = clamp(box.right - BADGE_SIZE.width + 6, MARGIN, viewport.width - BADGE_SIZE.width - MARGIN);
  const badgeTop = clamp(box.top - BADGE_SIZE.height / 2, MARGIN, viewport.height - BADGE_SIZE.height - MARGIN);
  const badge = { top: badgeTop, left: badgeLeft };

  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
  const left = clamp(box.right - width, MARGIN, viewport.width - width - MARGIN);
  const belowTop = Math.max(box.bottom, badgeTop + BADGE_SIZE.height) + GAP;
  const below = viewport.height - belowTop - MARGIN;
  const aboveBottom = Math.min(box.top, badgeTop) - GAP;
  const above = aboveBottom - MARGIN;
  if (below >= MIN_PANEL_HEIGHT || below >= above) {
    const top = Math.min(belowTop, viewport.height - MARGIN - MIN_PANEL_HEIGHT / 2);
    return { visible, badge, panel: { top: Math.max(MARGIN, top), left, width, maxHeight: Math.max(viewport.height - Math.max(MARGIN, top) - MARGIN, 80) } };
  }
  // Opening upwards, the panel's bottom edge sits just above the box, whatever its height.
  return { visible, badge, panel: { bottom: viewport.height - aboveBottom, left, width, maxHeight: above } };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
