// Notices when a compose box's text changes and calls back once typing pauses.
//
// `input` alone is not enough: Lexical and Quill handle Backspace, paste and
// select-all+Delete themselves (preventDefault), so no `input` fires; a
// MutationObserver on the editor sees those. A site clearing a textarea after
// posting changes only its value, which neither sees: a slow check covers that
// while the textarea holds text.
import { isTextArea } from './kind.ts';

// Short enough that the nudge follows a pause in typing within a fifth of a
// second (the analysis itself takes about a millisecond), long enough that a
// burst of keystrokes costs one analysis.
export const SETTLE_MS = 120;
const TEXTAREA_CHECK_MS = 1000;

export interface TrackCallbacks {
  /** The first change after a pause (once per burst, not per keystroke). */
  changed?(): void;
  /** Typing paused for `settleMs`. */
  settled(): void;
}

export function trackEditor(editor: HTMLElement, callbacks: TrackCallbacks, settleMs = SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  const schedule = (): void => {
    if (poll === undefined && isTextArea(editor) && editor.value !== '') startPolling(editor);
    if (timer !== undefined) clearTimeout(timer);
    else callbacks.changed?.();
    timer = setTimeout(() => {
      timer = undefined;
      callbacks.settled();
    }, settleMs);
  };

  editor.addEventListener('input', schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(editor, { characterData: true, childList: true, subtree: true });

  const startPolling = (textarea: HTMLTextAreaElement): void => {
    let seen = textarea.value;
    poll = setInterval(() => {
      if (textarea.value === seen) return;
      seen = textarea.value;
      if (seen === '') {
        clearInterval(poll);
        poll = undefined;
      }
      schedule();
    }, TEXTAREA_CHECK_MS);
  };
  if (isTextArea(editor) && editor.value !== '') startPolling(editor);

  return () => {
    editor.removeEventListener('input', schedule);
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (poll !== undefined) clearInterval(poll);
  };
}
