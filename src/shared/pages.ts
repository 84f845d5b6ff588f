// The extension's own pages, named once: the worker opens the options page at
// its checklist, the popup links to it, and the options page scrolls there.

/** The options page as built (crxjs keeps the source path). */
export const OPTIONS_PAGE = 'src/options/index.html';
/** The options page's checklist section: its element id and the URL anchor. */
export const CHECKLIST_ANCHOR = 'checklist';
