// Tidying the highlight spans of a finding, in one place: drop what another
// span already covers, or merge what overlaps. (Term matches have their own
// `outermost` in ./terms.ts: they carry more than a span.)
import type { Span } from '../types.ts';

/** Spans sorted by start, duplicates and spans inside another removed. */
export function normalizeSpans(spans: readonly Span[], max = Infinity): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s[1] <= reach) continue;
    out.push(s);
    reach = s[1];
    if (out.length >= max) break;
  }
  return out;
}

export function insideAny(start: number, end: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** Sorted, with overlapping spans merged ("er innlagt" + "innlagt på" → "er innlagt på"). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
