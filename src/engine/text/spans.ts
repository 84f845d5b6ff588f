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
