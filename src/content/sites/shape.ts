// Structural tests shared by the site adapters (see docs/site-shapes.md).
import type { Surface } from '../../engine/types.ts';

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

export function isInside(el: Element, selector: string): boolean {
  return el.parentElement?.closest(selector) != null;
}

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
