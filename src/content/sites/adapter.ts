// What a site adapter tells the content script about a compose box. Adapters
// recognise boxes by structure (roles, editor markers, containers), never by
// their labels: users run these sites in bokmål, nynorsk and Swedish.
import type { Site, Surface } from '../../engine/types.ts';

export interface SiteAdapter {
  site: Site;
  /** Is this editable element (see shape.ts) one of the site's compose boxes? */
  isComposeBox(editor: HTMLElement): boolean;
  /** Post, comment or direct message; `path` is location.pathname (URLs change without reloads). */
  surfaceOf(editor: HTMLElement, path: string): Surface;
  /** The other party's display name in a direct message, when the page shows it. */
  recipientOf(editor: HTMLElement): string | undefined;
  /** The site's send, post or publish controls for this box: the open panel must never cover them. */
  sendControlsOf(editor: HTMLElement): Element[];
}
