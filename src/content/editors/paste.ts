// Hands text to an editor library through its own paste handler.
//
// Lexical, Quill 2, Draft.js and ProseMirror read `clipboardData` from a
// `paste` event and insert the text through their own model (undo history
// included). With the selection placed where the text belongs, a synthetic
// paste carrying text/plain is therefore the one edit they all accept.
// Returns true when the editor took the event (it cancels it to insert itself).
export function dispatchPaste(editor: HTMLElement, text: string): boolean {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    return !editor.dispatchEvent(event);
  } catch {
    return false;
  }
}
