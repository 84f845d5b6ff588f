// linkedin.com: posts and comments in Quill, messages in a plain contenteditable.
import type { SiteAdapter } from './adapter.ts';
import { isEditableRoot, isInside, isSearchLike, surfaceByRule, textOf } from './shape.ts';

const DM_PATH = /^\/messaging\//;
const COMMENT_CONTAINER = '.comments-comment-box, article form, [role="article"] form';
// The message form also appears in the chat overlay on other pages.
const MESSAGE_FORM = 'form.msg-form';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  isComposeBox(editor) {
    if (editor.localName === 'textarea') return false;
    return isEditableRoot(editor) && !isSearchLike(editor) && (editor.getAttribute('role') === 'textbox' || editor.classList.contains('ql-editor'));
  },
  surfaceOf(editor, path) {
    if (isInside(editor, MESSAGE_FORM)) return 'dm';
    return surfaceByRule(editor, path, DM_PATH, COMMENT_CONTAINER);
  },
  recipientOf(editor) {
    // The thread header above the form: the nearest enclosing container that has one.
    for (let container = editor.closest(MESSAGE_FORM)?.parentElement; container; container = container.parentElement) {
      const title = container.querySelector('.msg-entity-lockup__entity-title') ?? container.querySelector('h2');
      if (title) return textOf(title);
      if (container.localName === 'main' || container.getAttribute('role') === 'main') break;
    }
    return textOf(editor.closest('main, [role="main"]')?.querySelector('h2'));
  },
};
