// Which editor library drives a compose box. Each one keeps its own model of
// the text, so reading and changing the text depends on it.
export type EditorKind = 'textarea' | 'lexical' | 'prosemirror' | 'quill' | 'quill1' | 'draft' | 'plain';

export function editorKind(editor: HTMLElement): EditorKind {
  if (editor.localName === 'textarea') return 'textarea';
  if (editor.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  // TipTap is ProseMirror with a class of its own; both mark the root `.ProseMirror`.
  if (editor.classList.contains('ProseMirror')) return 'prosemirror';
  if (editor.classList.contains('ql-editor')) return isQuill1(editor) ? 'quill1' : 'quill';
  if (editor.classList.contains('public-DraftEditor-content')) return 'draft';
  return 'plain';
}

/**
 * Quill 1 keeps a hidden `.ql-clipboard` element beside its editor (Quill 2
 * dropped it): its paste handler moves focus there and lets the browser paste
 * natively, so it ignores a paste event's `clipboardData`.
 */
function isQuill1(editor: HTMLElement): boolean {
  const container = editor.parentElement;
  return container !== null && container.querySelector(':scope > .ql-clipboard') !== null;
}

export function isTextArea(editor: HTMLElement): editor is HTMLTextAreaElement {
  return editor.localName === 'textarea';
}
