// Finds compose boxes as the page adds them and notices when they leave.
//
// One MutationObserver for the whole document. A busy feed mutates hundreds
// of times a second, so the callback only collects the added element roots
// and whether anything was removed; the work happens once per batch, when the
// page is idle, and looks only inside what was added (never a full rescan).
// Mutations inside a box already watched (typing) are skipped outright.
import type { SiteAdapter } from './sites/adapter.ts';
import { EDITABLE_SELECTOR } from './sites/shape.ts';

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

interface NavigationLike extends EventTarget {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

export function watchComposeBoxes(adapter: SiteAdapter, events: WatchEvents, doc: Document = document): Watcher {
  const watched = new Set<HTMLElement>();
  const pending = new Set<Element>();
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

  const scan = (root: Element): void => {
    if (root.localName === OWN_ELEMENT) return;
    consider(root);
    for (const el of root.querySelectorAll(EDITABLE_SELECTOR)) consider(el);
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
        if (!el.isConnected || !adapter.isComposeBox(el)) {
          watched.delete(el);
          events.lost(el);
        }
      }
    }
    const roots = [...pending];
    pending.clear();
    for (const root of roots) if (root.isConnected) scan(root);
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
        // contenteditable switched on or off on an existing element.
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

  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  });

  // Same-document navigations: the Navigation API reports the page's own
  // pushState; popstate covers back/forward where it is missing. No patching
  // of the page's history object.
  const navigation = (doc.defaultView as (Window & { navigation?: NavigationLike }) | null)?.navigation;
  navigation?.addEventListener('currententrychange', checkUrl);
  doc.defaultView?.addEventListener('popstate', checkUrl);

  if (doc.documentElement) scan(doc.documentElement);

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      navigation?.removeEventListener('currententrychange', checkUrl);
      doc.defaultView?.removeEventListener('popstate', checkUrl);
      if (idleHandle !== undefined) doc.defaultView?.cancelIdleCallback(idleHandle);
      pending.clear();
      watched.clear();
    },
  };
}
