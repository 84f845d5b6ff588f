// The piece of the draft shown under a finding: the trigger words with a
// little context, cut at word boundaries, trigger spans marked.
import type { Span } from '../../engine/types.ts';

export interface ExcerptPiece {
  text: string;
  /** A trigger span (rendered in <mark>). */
  mark: boolean;
}

export const ELLIPSIS = '…';

export interface ExcerptOptions {
  /** Characters of context on each side of a group of spans. */
  context?: number;
  /** Spans closer than this share one fragment; farther ones get their own. */
  joinGap?: number;
  /** At most this many fragments; the rest is shown as an ellipsis. */
  maxFragments?: number;
}

/** Sorted, clamped, merged spans (overlapping or touching ones become one). */
export function normaliseSpans(spans: readonly Span[], length: number): [number, number][] {
  const clamped = spans
    .map(([s, e]): [number, number] => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of clamped) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

export function excerptPieces(text: string, spans: readonly Span[], options: ExcerptOptions = {}): ExcerptPiece[] {
  const context = options.context ?? 40;
  const joinGap = options.joinGap ?? 80;
  const maxFragments = options.maxFragments ?? 3;
  const merged = normaliseSpans(spans, text.length);
  if (merged.length === 0) return text.trim() ? [{ text: clip(text, context * 2), mark: false }] : [];

  // Group spans that are close together into fragments.
  const groups: [number, number][][] = [];
  for (const span of merged) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && span[0] - last[1] <= joinGap) group.push(span);
    else groups.push([span]);
  }

  const pieces: ExcerptPiece[] = [];
  const shown = groups.slice(0, maxFragments);
  shown.forEach((group, index) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const from = wordStartAfter(text, Math.max(0, first[0] - context), first[0]);
    const to = wordEndBefore(text, Math.min(text.length, last[1] + context), last[1]);
    if (from > 0 && index === 0) pieces.push({ text: ELLIPSIS, mark: false });
    if (index > 0) pieces.push({ text: ` ${ELLIPSIS} `, mark: false });
    let cursor = from;
    for (const [s, e] of group) {
      if (s > cursor) pieces.push({ text: text.slice(cursor, s), mark: false });
      pieces.push({ text: text.slice(s, e), mark: true });
      cursor = e;
    }
    if (to > cursor) pieces.push({ text: text.slice(cursor, to), mark: false });
    const isLastShown = index === shown.length - 1;
    if (isLastShown && (to < text.length || groups.length > shown.length)) pieces.push({ text: ELLIPSIS, mark: false });
  });
  return pieces.filter((p) => p.text.length > 0);
}

/** Moves a cut forward to the start of a word (never past `limit`, the span's start). */
function wordStartAfter(text: string, cut: number, limit: number): number {
  if (cut === 0 || /\s/.test(text.charAt(cut - 1))) return cut;
  for (let i = cut; i < limit; i++) if (/\s/.test(text.charAt(i))) return i + 1;
  return avoidSplitPair(text, cut);
}

/** Moves a cut back to the end of a word (never before `limit`, the span's end). */
function wordEndBefore(text: string, cut: number, limit: number): number {
  if (cut === text.length || /\s/.test(text.charAt(cut))) return cut;
  for (let i = cut; i > limit; i--) if (/\s/.test(text.charAt(i - 1))) return i - 1;
  return avoidSplitPair(text, cut);
}

/** Never cut between the two halves of a surrogate pair (an emoji). */
function avoidSplitPair(text: string, cut: number): number {
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut + 1 : cut;
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, avoidSplitPair(trimmed, max))}${ELLIPSIS}`;
}
