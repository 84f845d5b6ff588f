// instagram.com: comments in a textarea, captions and direct messages in Lexical.
import type { SiteAdapter } from './adapter.ts';
import { isEditableRoot, isSearchLike, surfaceByRule, textOf } from './shape.ts';

const DM_PATH = /^\/direct\//;
const COMMENT_CONTAINER = 'section form, article form, [role="article"]';

export const instagram: SiteAdapter = {
  site: 'instagram',
  isComposeBox(editor) {
    if (!isEditableRoot(editor) || isSearchLike(editor)) return false;
    // Comment fields are textareas in a form; other textareas (profile bio, settings) are left alone.
    if (editor.localName === 'textarea') return editor.closest('form') !== null;
    return editor.getAttribute('role') === 'textbox';
  },
  surfaceOf(editor, path) {
    return surfaceByRule(editor, path, DM_PATH, COMMENT_CONTAINER);
  },
  recipientOf(editor) {
    const conversation = editor.closest('[role="main"], main');
    if (!conversation) return undefined;
    return textOf(conversation.querySelector('h2')) ?? textOf(conversation.querySelector('header a'));
  },
};
