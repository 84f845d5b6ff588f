// The <varsom-nudge> element: appended to <html> (never inside the site's
// editor), with an open shadow root holding the nudge's own styles and DOM.
//
// It is a manual popover, shown in the top layer: a site's modal <dialog>
// (LinkedIn's 2026 composer) is in the top layer too, and anything outside it
// is hidden beneath and inert. So while the box is in an open modal dialog, the
// host moves into that dialog (which keeps it interactive) and is shown again,
// which puts it above the dialog; when the dialog closes it moves back.
// The site's scripts and styles cannot restyle it, and it does not pass the
// user's clicks and key presses on to them (a site might read a click outside
// its composer as "close the composer").
import { render } from 'preact';
import type { Surface } from '../../engine/types.ts';
import type { NudgeLayout } from './layout.ts';
import { Nudge, type NudgeActions, type NudgeView } from './Nudge.tsx';
import { NUDGE_CSS } from './styles.ts';

export const HOST_TAG = 'varsom-nudge';

const CONTAINED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'input', 'beforeinput',
] as const;

export class NudgeHost {
  readonly element: HTMLElement;
  private readonly shadow: ShadowRoot;
  /** Styles and the render root are set up on the first render: most boxes on a feed never get one. */
  private mount: HTMLElement | undefined;

  constructor(private readonly doc: Document = document) {
    this.element = doc.createElement(HOST_TAG);
    // Manual: no light dismiss, no focus moves; Varsom decides when it shows.
    this.element.setAttribute('popover', 'manual');
    this.shadow = this.element.attachShadow({ mode: 'open' });
    // CSSOM (not a style attribute), so a strict page CSP does not apply; !important beats page rules.
    setImportant(this.element, {
      all: 'initial',
      display: 'block',
      position: 'fixed',
      top: '0px',
      left: '0px',
      width: '0px',
      height: '0px',
      overflow: 'visible',
      'z-index': '2147483647',
      visibility: 'hidden',
    });
    doc.documentElement.append(this.element);
  }

  setSurface(surface: Surface): void {
    if (this.element.getAttribute('data-surface') !== surface) this.element.setAttribute('data-surface', surface);
  }

  /**
   * Keeps the host in `container` (the open modal dialog holding the box, or
   * <html>) and in the top layer. Moving an element closes its popover, and
   * showing it again puts it on top of what is already there.
   */
  raise(container: Element): void {
    if (this.element.parentNode !== container) container.append(this.element);
    if (isShownPopover(this.element)) return;
    try {
      this.element.showPopover();
    } catch {
      // No popover support (or not connected): the fixed position and z-index still apply.
    }
  }

  place(layout: NudgeLayout): void {
    setImportant(this.element, {
      top: `${Math.round(layout.badge.top)}px`,
      left: `${Math.round(layout.badge.left)}px`,
      visibility: layout.visible ? 'visible' : 'hidden',
    });
  }

  render(view: NudgeView, actions: NudgeActions): void {
    render(<Nudge view={view} actions={actions} />, this.mountPoint());
  }

  private mountPoint(): HTMLElement {
    if (this.mount) return this.mount;
    adoptStyles(this.shadow, this.doc);
    for (const type of CONTAINED_EVENTS) this.shadow.addEventListener(type, stopAtBoundary);
    this.mount = this.doc.createElement('div');
    this.shadow.append(this.mount);
    return this.mount;
  }

  /** The height the open panel's content needs (its scroll height), when it is rendered. */
  panelContentHeight(): number | undefined {
    const panel = this.shadow.querySelector('[data-varsom="panel"]');
    return panel ? panel.scrollHeight : undefined;
  }

  /** The badge's rectangle on screen, when one is rendered. */
  badgeRect(): DOMRect | undefined {
    const badge = this.shadow.querySelector('[data-varsom="badge"]');
    const rect = badge?.getBoundingClientRect();
    return rect && rect.width > 0 ? rect : undefined;
  }

  focusPanel(): void {
    this.shadow.querySelector<HTMLElement>('[data-varsom="panel"]')?.focus({ preventScroll: true });
  }

  /** Is focus (or an event's origin) inside this nudge? */
  holds(node: Node | null): boolean {
    return node === this.element || (node !== null && this.shadow.contains(node));
  }

  remove(): void {
    if (this.mount) render(null, this.mount);
    this.element.remove();
  }
}

function isShownPopover(el: HTMLElement): boolean {
  try {
    return el.matches(':popover-open');
  } catch {
    return false;
  }
}

function stopAtBoundary(event: Event): void {
  event.stopPropagation();
}

function setImportant(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

// One parsed sheet shared by every nudge on the page (there can be many boxes).
const sheets = new WeakMap<Document, CSSStyleSheet>();

/**
 * A constructed stylesheet is not subject to the page's CSP (a <style>
 * element is, on sites with a strict style-src); fall back to <style> where
 * constructable sheets are missing.
 */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in shadow && typeof view.CSSStyleSheet === 'function') {
      let sheet = sheets.get(doc);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(NUDGE_CSS);
        sheets.set(doc, sheet);
      }
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = NUDGE_CSS;
  shadow.append(style);
}
