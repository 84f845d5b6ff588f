// Hands text to an editor library through its own paste handler.
//
// Lexical, Quill 2, Draft.js and ProseMirror read `clipboardData` from a
// `paste` event and insert the text through their own model (undo history
// included). With the selection placed where the text belongs, a synthetic
// paste carrying text/plain is therefore the one edit they all accept.
//
// The two engines fill the event's clipboardData differently:
// - Chromium (the standard): `clipboardData` in the init dictionary, a
//   DataTransfer the script filled.
// - Firefox ignores that member. Its ClipboardEventInit has `dataType` and
//   `data` instead, and the constructor makes a DataTransfer holding them.
//   Without these the page's handler reads an empty clipboardData (no types,
//   getData "" — measured in Firefox ESR 153, see docs/firefox.md).
// Each engine skips the other's members, so one dictionary with both serves
// both, built in the content script itself: nothing of the page's is touched.

/** Firefox's own members of ClipboardEventInit (not in the standard or in lib.dom). */
interface GeckoClipboardEventInit {
  dataType: string;
  data: string;
}

export type PasteInit = ClipboardEventInit & GeckoClipboardEventInit;

/** The init dictionary of a paste carrying `text` as text/plain, for either engine. */
export function pasteInit(text: string, clipboardData: DataTransfer | null): PasteInit {
  return {
    clipboardData,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
}

/** Returns true when the editor took the event (it cancels it to insert the text itself). */
export function dispatchPaste(editor: HTMLElement, text: string): boolean {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    return !editor.dispatchEvent(new ClipboardEvent('paste', pasteInit(text, data)));
  } catch {
    return false;
  }
}
