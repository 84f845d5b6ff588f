// facebook.com and messenger.com (Messenger is Facebook's chat and shares its editors).
import type { SiteAdapter } from './adapter.ts';
import { isEditableRoot, isSearchLike, surfaceByRule, textOf } from './shape.ts';

// /messages/t/<id> on facebook.com; /t/<id> and /e2ee/t/<id> on messenger.com.
const DM_PATH = /^\/(messages\/|t\/|e2ee\/t\/)/;
// The comment form sits in the post's article: article → form → editor.
const COMMENT_CONTAINER = '[role="article"] form, [role="article"]';

export const facebook: SiteAdapter = {
  site: 'facebook',
  isComposeBox(editor) {
    // Facebook's composers are Lexical (Draft.js on older group pages): contenteditable textboxes.
    if (editor.localName === 'textarea') return false;
    return isEditableRoot(editor) && !isSearchLike(editor) && editor.getAttribute('role') === 'textbox';
  },
  surfaceOf(editor, path) {
    // A composer dialog and the feed's own composer are both posts.
    return surfaceByRule(editor, path, DM_PATH, COMMENT_CONTAINER);
  },
  recipientOf(editor) {
    // The conversation header is the first h2 in the same main region.
    return textOf(editor.closest('[role="main"]')?.querySelector('h2'));
  },
};
