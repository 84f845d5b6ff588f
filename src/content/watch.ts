// Finds compose boxes as the page adds them and notices when they leave.
//
// One MutationObserver for the whole document. A busy feed mutates hundreds
// of times a second, so the callback only collects the added element roots
// and whether anything was removed; the work happens once per batch, when the
// page is idle, and looks only inside what was added (never a full rescan).
// Mutations inside a box already watched (typing) are skipped outright.
//
// Boxes can live in open shadow roots (LinkedIn's `#interop-outlet` holds its
// composer and message bubbles): a document observer never sees inside those,
// so the open shadow roots present at start, those of added elements,
// `#interop-outlet` itself, and any shadow root on the path of a focus event
// are observed as well. The focus path is also the just-in-time route: a box
// the user clicks into is looked at at once, whatever the observers saw.
//
// A box is never lost while it is on the page and editable. One that fails
// the compose-box test (say, while an @-mention gives it `aria-autocomplete`)
// is looked at again when it gets focus or when its role, ARIA state or
// editability changes.
import { openShadowRootsIn } from './dom/composed.ts';
import type { SiteAdapter } from './sites/adapter.ts';
import { EDITABLE_SELECTOR, isEditableRoot } from './sites/shape.ts';

export interface WatchEvents {
  found(editor: HTMLElement): void;
  lost(editor: HTMLElement): void;
  /** The URL changed without a page load (the sites are single-page apps). */
  navigated(): void;
}

export interface Watcher {
  stop(): void;
}

/** Our own host elements: adding them must not wake the observer's work. */
const OWN_ELEMENT = 'varsom-nudge';
const IDLE_TIMEOUT_MS = 300;
/** LinkedIn's container for overlays rendered in a shadow root. */
const SHADOW_OUTLET_ID = 'interop-outlet';
/** Attributes whose change can turn an element into a compose box (or out of a search box). */
const WATCHED_ATTRIBUTES = ['contenteditable', 'role', 'aria-autocomplete', 'aria-readonly', 'aria-disabled', 'disabled', 'readonly'];
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

interface NavigationLike extends EventTarget {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

export function watchComposeBoxes(adapter: SiteAdapter, events: WatchEvents, doc: Document = document): Watcher {
  const watched = new Set<HTMLElement>();
  const observedRoots = new WeakSet<ShadowRoot>();
  const pending = new Set<Element | ShadowRoot>();
  let sawRemoval = false;
  let scheduled = false;
  let idleHandle: number | undefined;
  let stopped = false;
  let lastUrl = doc.location.href;

  const consider = (el: Element): void => {
    if (!(el instanceof HTMLElement) || watched.has(el) || !el.isConnected) return;
    if (!el.matches(EDITABLE_SELECTOR) || !adapter.isComposeBox(el)) return;
    watched.add(el);
    events.found(el);
  };

  /**
   * Looks at what `root` holds. `everyShadow` walks every element for shadow
   * roots: done once for the document and for each newly observed shadow
   * root, never for the many subtrees a busy feed adds (a walk touches every
   * node); there only the added element's own shadow root is looked at, and
   * the focus path and #interop-outlet cover the rest.
   */
  const scan = (root: Element | ShadowRoot, everyShadow: boolean): void => {
    if (root instanceof Element) {
      if (root.localName === OWN_ELEMENT) return;
      consider(root);
    }
    for (const el of root.querySelectorAll(EDITABLE_SELECTOR)) consider(el);
    if (everyShadow) for (const shadow of openShadowRootsIn(root)) observeShadowRoot(shadow);
    else if (root instanceof Element && root.shadowRoot) observeShadowRoot(root.shadowRoot);
  };

  /** Starts watching inside an open shadow root (once) and looks at what it already holds. */
  const observeShadowRoot = (shadow: ShadowRoot): void => {
    if (observedRoots.has(shadow) || stopped) return;
    observedRoots.add(shadow);
    observer.observe(shadow, OBSERVE);
    scan(shadow, true);
  };

  const insideWatched = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (watched.has(n as HTMLElement)) return true;
    }
    return false;
  };

  const checkUrl = (): void => {
    const url = doc.location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    events.navigated();
  };

  const flush = (): void => {
    if (stopped) return;
    scheduled = false;
    idleHandle = undefined;
    if (sawRemoval) {
      sawRemoval = false;
      for (const el of [...watched]) {
        // Only leaving the page or ceasing to be editable ends a box: a passing
        // attribute (an @-mention's typeahead) must not lose the draft's nudge.
        if (!el.isConnected || !isEditableRoot(el)) {
          watched.delete(el);
          events.lost(el);
        }
      }
    }
    const outlet = doc.getElementById(SHADOW_OUTLET_ID)?.shadowRoot;
    if (outlet) observeShadowRoot(outlet);
    const roots = [...pending];
    pending.clear();
    for (const root of roots) if (root.isConnected) scan(root, false);
    checkUrl();
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    const win = doc.defaultView;
    if (win && typeof win.requestIdleCallback === 'function') {
      idleHandle = win.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(flush, 50);
    }
  };

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        // Editability, role or ARIA state changed: a watched box may have ended,
        // an element (or something under it) may have become a compose box.
        const target = record.target as Element;
        if (watched.has(target as HTMLElement)) sawRemoval = true;
        else pending.add(target);
        relevant = true;
        continue;
      }
      if (insideWatched(record.target)) continue;
      if (record.removedNodes.length > 0 && watched.size > 0) {
        sawRemoval = true;
        relevant = true;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== OWN_ELEMENT) {
          pending.add(node as Element);
          relevant = true;
        }
      }
    }
    if (relevant) schedule();
  });

  observer.observe(doc.documentElement, OBSERVE);

  // Just in time: the box the user works in is looked at when it gets focus,
  // through any shadow roots on the way (their hosts are what `target` shows).
  const onFocusIn = (event: Event): void => {
    if (stopped) return;
    let editor: HTMLElement | undefined;
    for (const node of event.composedPath()) {
      if (node instanceof ShadowRoot) observeShadowRoot(node);
      else if (!editor && node instanceof HTMLElement && node.matches(EDITABLE_SELECTOR) && isEditableRoot(node)) editor = node;
    }
    if (editor) consider(editor);
  };
  doc.addEventListener('focusin', onFocusIn, true);

  // Same-document navigations: the Navigation API reports the page's own
  // pushState; popstate covers back/forward where it is missing. No patching
  // of the page's history object.
  const navigation = (doc.defaultView as (Window & { navigation?: NavigationLike }) | null)?.navigation;
  navigation?.addEventListener('currententrychange', checkUrl);
  doc.defaultView?.addEventListener('popstate', checkUrl);

  if (doc.documentElement) scan(doc.documentElement, true);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      doc.removeEventListener('focusin', onFocusIn, true);
      navigation?.removeEventListener('currententrychange', checkUrl);
      doc.defaultView?.removeEventListener('popstate', checkUrl);
      if (idleHandle !== undefined) doc.defaultView?.cancelIdleCallback(idleHandle);
      pending.clear();
      watched.clear();
    },
  };
}
