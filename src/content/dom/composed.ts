// DOM look-ups that cross shadow boundaries. LinkedIn renders its composer and
// message bubbles inside the open shadow root of `#interop-outlet`; from an
// editor in there, `closest()` stops at the shadow root and never reaches the
// dialog, form or page region the box belongs to. These helpers climb from a
// shadow root to its host and go on, as the composed (flat) tree does.

/** The parent element in the composed tree: the host when `el` is a shadow root's child. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Like `el.closest(selector)`, but goes on past shadow roots to their hosts. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Is an ancestor of `el` (not `el` itself) matched by `selector`, across shadow boundaries? */
export function isInsideComposed(el: Element, selector: string): boolean {
  const parent = composedParent(el);
  return parent !== null && closestComposed(parent, selector) !== null;
}

/**
 * The open modal `<dialog>` holding `el`, if any. While one is open the rest
 * of the page is inert and under the top layer: the nudge must live inside it.
 */
export function modalDialogOf(el: Element): HTMLDialogElement | null {
  for (let node: Element | null = el; node; ) {
    const dialog = closestComposed(node, 'dialog');
    if (!dialog) return null;
    if (dialog instanceof HTMLDialogElement && dialog.open && matchesModal(dialog)) return dialog;
    node = composedParent(dialog);
  }
  return null;
}

function matchesModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    // A browser without :modal: only showModal() puts a dialog in the top layer with a backdrop.
    return false;
  }
}

/** The open shadow roots of `root`'s element and every element under it. */
export function openShadowRootsIn(root: Element | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  if (root instanceof Element && root.shadowRoot) found.push(root.shadowRoot);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(el.shadowRoot);
  return found;
}
