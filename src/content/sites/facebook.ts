// facebook.com (and messenger.com, retired in April 2026: it now redirects to
// facebook.com/messages, but old links and installed web apps still open it).
import type { SiteAdapter } from './adapter.ts';
import { controlsNear, closestComposed, isEditableRoot, isInside, isSearchLike, nearestName, surfaceByRule } from './shape.ts';

// /messages/t/<id> and /messages/e2ee/t/<id> on facebook.com; /t/<id> and /e2ee/t/<id> on messenger.com.
const DM_PATH = /^\/(messages\/|t\/|e2ee\/t\/)/;
// The comment form sits in the post's article: article → form → editor.
const COMMENT_CONTAINER = '[role="article"] form, [role="article"]';
// A conversation's message list: what makes a popup a chat, not a composer.
const CONVERSATION = '[role="log"], [role="grid"]';
const DIALOG = '[role="dialog"], dialog';
// The person's name heads the chat popup or the conversation pane.
const NAME_LOOKUPS = ['h2', 'a[role="link"][href^="/"] span[dir="auto"]'] as const;

/** The docked chat popup holding the box: a dialog with a conversation in it. */
function chatPopupOf(editor: HTMLElement): Element | null {
  const dialog = closestComposed(editor, DIALOG);
  return dialog?.querySelector(CONVERSATION) ? dialog : null;
}

/**
 * A post opened in a dialog shows the post as an article and its comment box
 * below it, outside the article (and outside any form that says "comment").
 */
function isPostDialogComment(editor: HTMLElement): boolean {
  const dialog = closestComposed(editor, DIALOG);
  return dialog !== null && dialog.querySelector('[role="article"]') !== null && !isInside(editor, '[role="article"]');
}

// Facebook's Publish and Send are role=button elements with a label (the label's words vary by language).
const SEND_CONTROLS = '[type="submit"], [role="button"][aria-label]';

export const facebook: SiteAdapter = {
  site: 'facebook',
  isComposeBox(editor) {
    // Facebook's composers are Lexical (Draft.js on older group pages): contenteditable textboxes.
    if (editor.localName === 'textarea') return false;
    return isEditableRoot(editor) && !isSearchLike(editor) && editor.getAttribute('role') === 'textbox';
  },
  surfaceOf(editor, path) {
    // Docked chats open over any page (the feed, a group), so the container decides before the URL.
    if (chatPopupOf(editor)) return 'dm';
    const surface = surfaceByRule(editor, path, DM_PATH, COMMENT_CONTAINER);
    if (surface === 'post' && isPostDialogComment(editor)) return 'comment';
    return surface;
  },
  recipientOf(editor) {
    const popup = chatPopupOf(editor);
    if (popup) return nearestName(editor, NAME_LOOKUPS, DIALOG);
    // The conversation pane's header, not the chat list beside it.
    return nearestName(editor, NAME_LOOKUPS, '[role="main"], main');
  },
  sendControlsOf(editor) {
    return controlsNear(editor, SEND_CONTROLS);
  },
};
