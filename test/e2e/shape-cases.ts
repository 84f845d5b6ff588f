// The compose boxes both browsers are checked on (site-shapes-2026.e2e.ts in
// Chromium, firefox-shapes.e2e.ts in Firefox), and what is typed into them.
import { CONFIDENTIAL, CONFIDENTIAL_DM, WORK_COMMENT, WORK_POST, type Draft } from './drafts.ts';
import type { EditorKind, PageKey } from './fixtures/pages.ts';

/**
 * A teacher's message to a pupil: a finding when the recipient is on the
 * people-from-work list, none when the recipient is someone else or unknown.
 * So the badge tells whether the adapter read the right name.
 */
export const RECIPIENT_PROBE = 'Kan du ta med deg gymtøyet ditt i morgen? Vi skal ha innegym';

/**
 * Editors merge changes made close together into one undo step: ProseMirror
 * within 500 ms, Quill within 1 s, the fixtures' Lexical within 300 ms; a
 * textarea and a plain contenteditable keep the browser's own steps. A person
 * reads the panel before acting; the tests wait as long as the editor needs,
 * so that the fix is a step of its own, as it is for the user.
 */
const READING_MS: Partial<Record<EditorKind, number>> = { quill: 1_100, quill1: 1_100, prosemirror: 600, lexical: 400, draft: 400 };

export function readingMs(kind: EditorKind): number {
  return READING_MS[kind] ?? 100;
}

export interface ShapeSpec {
  label: string;
  page: PageKey;
  editor: string;
  /** The user first opens the composer ("Start a post"). */
  opensComposer?: boolean;
  /** For a DM: is there a name in the conversation's header? */
  recipient?: 'named' | 'none';
  /** The draft to find and add a disclaimer to (posts and comments). */
  work?: Draft;
  maskDraft: Draft;
}

/** The 2026 shapes (fixtures/pages-2026.ts). */
export const SHAPES_2026: readonly ShapeSpec[] = [
  { label: 'linkedin composer: TipTap in a modal dialog in the #interop-outlet shadow root', page: 'linkedinFeed2026', editor: 'post', opensComposer: true, work: WORK_POST, maskDraft: CONFIDENTIAL },
  { label: 'linkedin v2 comment box (TipTap, data-view-name="comment-box", no form)', page: 'linkedinFeed2026', editor: 'comment', work: WORK_COMMENT, maskDraft: CONFIDENTIAL },
  { label: 'linkedin legacy comment box (Quill 1.3.7)', page: 'linkedinPostQuill1', editor: 'comment', work: WORK_COMMENT, maskDraft: CONFIDENTIAL },
  { label: 'linkedin message bubble on a profile (shadow root)', page: 'linkedinProfileBubble', editor: 'dm', recipient: 'named', maskDraft: CONFIDENTIAL_DM },
  { label: 'linkedin "New message" bubble (no name yet)', page: 'linkedinNewMessage', editor: 'dm', recipient: 'none', maskDraft: CONFIDENTIAL_DM },
  { label: 'facebook group composer beside a docked chat popup', page: 'facebookChatPopup', editor: 'post', work: WORK_POST, maskDraft: CONFIDENTIAL },
  { label: 'facebook docked chat popup on a group page', page: 'facebookChatPopup', editor: 'dm', recipient: 'named', maskDraft: CONFIDENTIAL_DM },
  { label: 'facebook comment box of a post opened in a dialog', page: 'facebookPostDialog', editor: 'comment', work: WORK_COMMENT, maskDraft: CONFIDENTIAL },
  { label: 'facebook /messages/e2ee/t/ in two panes', page: 'facebookE2ee', editor: 'dm', recipient: 'named', maskDraft: CONFIDENTIAL_DM },
  { label: 'instagram two-pane inbox, Lexical with spellcheck="false"', page: 'instagramDirect2026', editor: 'dm', recipient: 'named', maskDraft: CONFIDENTIAL_DM },
];
