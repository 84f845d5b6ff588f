// Structural tests shared by the site adapters (see docs/site-shapes.md).
import type { Surface } from '../../engine/types.ts';
import { closestComposed, composedParent, isInsideComposed } from '../dom/composed.ts';

/** Every element that can be a compose box: textareas and contenteditable roots. */
export const EDITABLE_SELECTOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

const SEARCH_LIKE = '[role="combobox"], [role="search"], input[type="search"], [aria-autocomplete], search';

/** An editable root: not disabled or read-only, and not nested in another editable element. */
export function isEditableRoot(el: HTMLElement): boolean {
  if (el.localName === 'textarea') {
    const area = el as HTMLTextAreaElement;
    return !area.disabled && !area.readOnly;
  }
  if (!el.matches(EDITABLE_SELECTOR)) return false;
  const parent = el.parentElement;
  return !parent || parent.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]') === null;
}

/** Search fields and type-ahead comboboxes are not compose boxes. */
export function isSearchLike(el: HTMLElement): boolean {
  return el.closest(SEARCH_LIKE) !== null;
}

/** Is an ancestor of `el` matched by `selector`? Crosses shadow roots (see dom/composed.ts). */
export function isInside(el: Element, selector: string): boolean {
  return isInsideComposed(el, selector);
}

export { closestComposed };

/**
 * The rule of thumb when a shape is ambiguous: a messaging URL means a
 * direct message; inside an article or a comment form, a comment; inside a
 * dialog, a post; otherwise a post.
 */
export function surfaceByRule(el: HTMLElement, path: string, dmPath: RegExp, commentContainer: string): Surface {
  if (dmPath.test(path)) return 'dm';
  if (isInside(el, commentContainer)) return 'comment';
  return 'post';
}

/** Visible text of an element, whitespace collapsed; undefined when empty. */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * A display name a page shows for the other party: one to six words, at most
 * 60 characters, with a letter. Headings such as a whole sentence about the
 * conversation or a bare unread count are not names.
 */
export function plausibleName(text: string | undefined): string | undefined {
  if (text === undefined || text.length > 60 || !/\p{L}/u.test(text)) return undefined;
  return text.split(' ').length <= 6 ? text : undefined;
}

/**
 * The nearest name above a compose box: climbs from the box through its
 * containers (across shadow roots) and, in each, tries `lookups` in order;
 * the first plausible name wins. The nearest container decides, so a
 * two-pane page's inbox heading never stands in for the conversation's
 * header. Stops after the container matching `boundary`.
 */
export function nearestName(editor: Element, lookups: readonly string[], boundary: string): string | undefined {
  for (let container = composedParent(editor); container; container = composedParent(container)) {
    for (const selector of lookups) {
      for (const candidate of container.querySelectorAll(selector)) {
        if (candidate.contains(editor)) continue;
        const name = plausibleName(textOf(candidate));
        if (name) return name;
      }
    }
    if (container.matches(boundary)) break;
  }
  return undefined;
}

/** Where a box's own controls live: its form, its dialog, or the 2026 comment box container. */
const CONTROL_CONTAINER = 'form, dialog, [role="dialog"], [data-view-name="comment-box"]';

/**
 * The controls matching `selector` around a box (in its form, dialog or
 * comment container, across shadow roots), never inside the box itself.
 */
export function controlsNear(editor: HTMLElement, selector: string): Element[] {
  const container = closestComposed(editor, CONTROL_CONTAINER);
  if (!container) return [];
  return Array.from(container.querySelectorAll(selector)).filter((el) => !editor.contains(el));
}
