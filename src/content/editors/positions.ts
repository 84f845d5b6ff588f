// Turns offsets in the text read by ./read.ts back into DOM positions, so a
// span can be selected in the editor (to replace it) or the caret put at the end.
import type { EditorText } from './read.ts';

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM point for a text offset. `affinity` decides at a boundary between
 * two runs (or at a line break, which has no DOM text): 'forward' prefers the
 * start of the following run (a span's start), 'backward' the end of the
 * preceding one (a span's end).
 */
export function domPointAt(read: EditorText, offset: number, affinity: 'forward' | 'backward'): DomPoint | undefined {
  const { segments } = read;
  let before: DomPoint | undefined;
  for (const seg of segments) {
    const end = seg.start + seg.length;
    if (affinity === 'forward' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end) {
      return { node: seg.node, offset: seg.nodeStart + (offset - seg.start) };
    }
    if (end <= offset) before = { node: seg.node, offset: seg.nodeStart + seg.length };
    else if (seg.start > offset) {
      // The offset falls in a line break between runs.
      return affinity === 'forward' ? { node: seg.node, offset: seg.nodeStart } : before;
    }
  }
  return before;
}

/** A DOM range covering [start, end) of the text, or undefined when it cannot be mapped. */
export function rangeFor(read: EditorText, start: number, end: number): Range | undefined {
  const from = domPointAt(read, start, 'forward');
  const to = domPointAt(read, end, 'backward');
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** A collapsed range at the end of the last text (or inside the empty editor). */
export function endRange(editor: HTMLElement, read: EditorText): Range {
  const range = document.createRange();
  const last = read.segments[read.segments.length - 1];
  if (last) range.setStart(last.node, last.nodeStart + last.length);
  else range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}

/** A collapsed range before the first text. */
export function startRange(editor: HTMLElement, read: EditorText): Range {
  const range = document.createRange();
  const first = read.segments[0];
  if (first) range.setStart(first.node, first.nodeStart);
  else range.selectNodeContents(editor);
  range.collapse(true);
  return range;
}
