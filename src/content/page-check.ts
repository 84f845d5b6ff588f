// What the popup's page check is told about this page: each watched box by
// its shape (surface, editor library, whether a recipient could be read, where
// it sits), and the page by its host and a known first path segment. Never a
// draft, a recipient's name or the rest of the address: these descriptions
// leave the page for the worker and may end up in a report for IT.
import type { BoxDescription, PageDescription } from '../shared/messages.ts';
import { sectionOf } from '../shared/page-sections.ts';
import { editorKind } from './editors/kind.ts';
import type { SiteAdapter } from './sites/adapter.ts';

const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"]';

export function describeBox(editor: HTMLElement, adapter: SiteAdapter, findings: number): BoxDescription {
  const surface = adapter.surfaceOf(editor, location.pathname);
  return {
    surface,
    editor: String(editorKind(editor)),
    // Only whether there is one: the name itself stays in the page.
    recipient: surface === 'dm' ? adapter.recipientOf(editor) !== undefined : null,
    shadow: editor.getRootNode() instanceof ShadowRoot,
    dialog: insideDialog(editor),
    findings,
  };
}

export function describePage(where: { hostname: string; pathname: string }, adapter: SiteAdapter): PageDescription {
  return { host: where.hostname.toLowerCase(), section: sectionOf(adapter.site, where.pathname) };
}

/** Is the element in a dialog, also one outside the shadow root it sits in? */
function insideDialog(element: Element): boolean {
  let at: Element | null = element;
  while (at) {
    if (at.closest(DIALOG)) return true;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
