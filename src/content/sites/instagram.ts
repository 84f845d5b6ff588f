// instagram.com: comments in a textarea, captions and direct messages in Lexical.
import type { SiteAdapter } from './adapter.ts';
import { controlsNear, isEditableRoot, isSearchLike, nearestName, surfaceByRule } from './shape.ts';

const DM_PATH = /^\/direct\//;
const COMMENT_CONTAINER = 'section form, article form, [role="article"]';
// The conversation pane's header: a heading, else the link to the person's profile.
const NAME_LOOKUPS = ['header h2', 'h2', 'header a[href^="/"]', 'a[href^="/"] h2'] as const;

// Instagram's Post and Share are buttons or role=button elements in the form or dialog.
const SEND_CONTROLS = '[type="submit"], [role="button"]';

export const instagram: SiteAdapter = {
  site: 'instagram',
  isComposeBox(editor) {
    if (!isEditableRoot(editor) || isSearchLike(editor)) return false;
    // Comment fields are textareas in a form; other textareas (profile bio, settings) are left alone.
    if (editor.localName === 'textarea') return editor.closest('form') !== null;
    // The DM box has spellcheck="false" since 2026; role and editability are what count.
    return editor.getAttribute('role') === 'textbox';
  },
  surfaceOf(editor, path) {
    return surfaceByRule(editor, path, DM_PATH, COMMENT_CONTAINER);
  },
  recipientOf(editor) {
    // Two-pane inbox: the nearest header above the box is the conversation's, not the inbox list's.
    return nearestName(editor, NAME_LOOKUPS, '[role="main"], main');
  },
  sendControlsOf(editor) {
    return controlsNear(editor, SEND_CONTROLS);
  },
};
