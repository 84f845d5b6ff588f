// linkedin.com. Side by side while LinkedIn rolls out its 2026 pages:
// - posts: Quill (legacy share box) or TipTap in a modal <dialog>, which on
//   migrated accounts sits in the open shadow root of #interop-outlet;
// - comments: Quill in `.comments-comment-box` (legacy, some still Quill 1.3.7)
//   or TipTap in `[data-view-name="comment-box"]` with no form around it;
// - messages: a plain contenteditable in `form.msg-form`, on /messaging/ or in
//   a bubble opened from a profile (also in the #interop-outlet shadow root).
import type { SiteAdapter } from './adapter.ts';
import { controlsNear, closestComposed, isEditableRoot, isInside, isSearchLike, nearestName, surfaceByRule } from './shape.ts';

const DM_PATH = /^\/messaging\//;
const COMMENT_CONTAINER = [
  '[data-view-name="comment-box"]',
  '[componentkey^="commentBox-"]',
  '.comments-comment-box',
  'article form',
  '[role="article"] form',
  // A 2026 feed item: a post's boxes outside any dialog are its comment boxes.
  '[role="listitem"]',
].join(', ');
// The message form also appears in the chat bubbles opened on other pages.
const MESSAGE_FORM = 'form.msg-form';
const BUBBLE = '.msg-overlay-conversation-bubble';
// A bubble for a new message picks its recipients in a typeahead: its header ("New message") is no name.
const RECIPIENT_PICKER = '[role="combobox"], input[aria-autocomplete], .msg-connections-typeahead';
const NAME_LOOKUPS = [
  '.msg-overlay-bubble-header__title a[href*="/in/"]',
  '.msg-overlay-bubble-header__title',
  '.msg-entity-lockup__entity-title',
  'h2',
] as const;

// LinkedIn's Post, Comment and Send buttons, old and 2026 shapes.
const SEND_CONTROLS = '[type="submit"], .share-actions__primary-action, .msg-form__send-button, [data-view-name="comment-post"]';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  isComposeBox(editor) {
    if (editor.localName === 'textarea') return false;
    if (!isEditableRoot(editor) || isSearchLike(editor)) return false;
    return editor.getAttribute('role') === 'textbox' || editor.classList.contains('ql-editor') || editor.classList.contains('ProseMirror');
  },
  surfaceOf(editor, path) {
    if (isInside(editor, MESSAGE_FORM)) return 'dm';
    // A composer dialog is a post even when a feed item is behind it.
    if (!DM_PATH.test(path) && isInside(editor, 'dialog, [role="dialog"]') && !isInside(editor, COMMENT_CONTAINER)) return 'post';
    return surfaceByRule(editor, path, DM_PATH, COMMENT_CONTAINER);
  },
  recipientOf(editor) {
    const bubble = closestComposed(editor, BUBBLE);
    if (bubble?.querySelector(RECIPIENT_PICKER)) return undefined;
    return nearestName(editor, NAME_LOOKUPS, bubble ? BUBBLE : 'main, [role="main"]');
  },
  sendControlsOf(editor) {
    return controlsNear(editor, SEND_CONTROLS);
  },
};
