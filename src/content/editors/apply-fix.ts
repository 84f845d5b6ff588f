// Changes a compose box's text so that the editor's own model takes the change.
//
// Lexical, Quill 2, Draft.js and ProseMirror (TipTap) ignore (or undo)
// direct DOM edits, but each handles a paste event itself: with the selection
// placed where the text belongs, a synthetic `paste` carrying text/plain is
// inserted through the editor's own code path (verified in Chromium for all
// four, also for a "\n" that starts a new paragraph). A textarea, a plain
// contenteditable and Quill 1 (whose paste handler waits for a native paste
// into a hidden element, see kind.ts) get `execCommand('insertText')`, which
// edits the field like typing would: Quill 1 reads such DOM changes back into
// its model, and sites' frameworks listen to the `input` it fires.
// When neither changes the text, the fix goes to the clipboard instead.
import type { Span } from '../../engine/types.ts';
import { editorKind, isTextArea, type EditorKind } from './kind.ts';
import { dispatchPaste } from './paste.ts';
import { endRange, rangeFor, startRange } from './positions.ts';
import { readEditorText, type EditorText } from './read.ts';

export type FixOutcome =
  /** The editor now holds the change. */
  | 'applied'
  /** The editor did not take it; the text is on the clipboard for the user to paste. */
  | 'copied'
  /** The draft changed since it was analysed: nothing done. */
  | 'stale'
  /** Neither worked. */
  | 'failed';

// Editors sync their model to the DOM selection on `selectionchange`, which
// arrives a task later; acting before it lands inserts at the old caret.
const SELECTION_SETTLE_MS = 30;
const EDIT_SETTLE_MS = 60;

/** Editors whose own paste handler reads the event's clipboardData. */
const PASTE_EDITORS: ReadonlySet<EditorKind> = new Set<EditorKind>(['lexical', 'quill', 'draft', 'prosemirror']);

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Adds `text` at the end (on a line of its own) or at the start of the draft. */
export async function insertText(editor: HTMLElement, text: string, position: 'start' | 'end'): Promise<FixOutcome> {
  const before = readEditorText(editor);
  const hasText = before.text.trim().length > 0;
  const piece = !hasText ? text : position === 'end' ? `\n${text}` : `${text}\n`;
  const placed = (after: string): boolean =>
    position === 'end' ? after.trimEnd().endsWith(text.trim()) : after.trimStart().startsWith(text.trim());

  const applied = await edit(editor, before, piece, placed, (read) =>
    isTextArea(editor)
      ? selectInTextArea(editor, position === 'end' ? editor.value.length : 0, position === 'end' ? editor.value.length : 0)
      : selectRange(position === 'end' ? endRange(editor, read) : startRange(editor, read)),
  );
  if (applied !== 'unchanged') return applied;
  return copyToClipboard(text);
}

/**
 * Replaces `original` (the analysed text's [start, end)) with `replacement`.
 * If the draft changed since the analysis, the same words are looked for
 * nearby; when they are gone, nothing is done ('stale').
 */
export async function replaceSpan(editor: HTMLElement, span: Span, replacement: string, original: string): Promise<FixOutcome> {
  const before = readEditorText(editor);
  const start = locate(before.text, original, span[0]);
  if (start < 0 || original === '') return 'stale';
  const end = start + original.length;
  const placed = (after: string): boolean =>
    after.slice(start, start + replacement.length) === replacement &&
    after.length === before.text.length - original.length + replacement.length;

  const applied = await edit(editor, before, replacement, placed, (read) => {
    if (isTextArea(editor)) return selectInTextArea(editor, start, end);
    const range = rangeFor(read, start, end);
    return range ? selectRange(range) : false;
  });
  if (applied !== 'unchanged') return applied;
  return copyToClipboard(replacement);
}

/** Where `needle` occurs in `text`: at `hint` if it still does, else the occurrence nearest to it; -1 if none. */
export function locate(text: string, needle: string, hint: number): number {
  if (needle === '') return -1;
  if (text.startsWith(needle, hint)) return hint;
  let best = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}

/**
 * Focuses the editor, selects where `piece` goes, lets the editor sync its
 * selection, then inserts through paste (editor libraries) or execCommand.
 * 'unchanged' means the text is as before, so a clipboard fallback is safe.
 */
async function edit(
  editor: HTMLElement,
  before: EditorText,
  piece: string,
  placed: (after: string) => boolean,
  select: (read: EditorText) => boolean,
): Promise<'applied' | 'failed' | 'unchanged'> {
  editor.focus({ preventScroll: true });
  if (!select(before)) return 'unchanged';
  await wait(SELECTION_SETTLE_MS);

  const kind = editorKind(editor);
  let handled = false;
  if (PASTE_EDITORS.has(kind)) handled = dispatchPaste(editor, piece);
  if (!handled) execInsert(piece);
  await wait(EDIT_SETTLE_MS);

  const after = readEditorText(editor).text;
  if (placed(after)) return 'applied';
  return after === before.text ? 'unchanged' : 'failed';
}

function selectRange(range: Range): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function selectInTextArea(textarea: HTMLTextAreaElement, start: number, end: number): boolean {
  textarea.setSelectionRange(start, end);
  return true;
}

function execInsert(text: string): boolean {
  try {
    // Deprecated but still the only way to edit a field like typing does, undo history included.
    return document.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

async function copyToClipboard(text: string): Promise<FixOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
