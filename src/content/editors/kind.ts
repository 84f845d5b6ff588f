// Which editor library drives a compose box. Each one keeps its own model of
// the text, so reading and changing the text depends on it.
export type EditorKind = 'textarea' | 'lexical' | 'quill' | 'draft' | 'plain';

export function editorKind(editor: HTMLElement): EditorKind {
  if (editor.localName === 'textarea') return 'textarea';
  if (editor.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (editor.classList.contains('ql-editor')) return 'quill';
  if (editor.classList.contains('public-DraftEditor-content')) return 'draft';
  return 'plain';
}

export function isTextArea(editor: HTMLElement): editor is HTMLTextAreaElement {
  return editor.localName === 'textarea';
}
