// Reading a guideline set for display: its checklist and short lines.
import type { GuidelinePoint, GuidelineSet } from '../engine/types.ts';

/** The checklist's points in the set's order; ids that name no point are skipped. */
export function checklistPoints(set: GuidelineSet): GuidelinePoint[] {
  const byId = new Map(set.points.map((p) => [p.id, p]));
  return set.checklist.flatMap((id) => {
    const point = byId.get(id);
    return point ? [point] : [];
  });
}

/** The short line for a point: its summary, else its heading, else the start of the quote. */
export function shortLine(point: GuidelinePoint): string {
  if (point.summary) return point.summary;
  if (point.heading) return point.heading;
  const words = point.text.split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 14).join(' ')} …` : point.text;
}
