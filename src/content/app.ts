// The content script's life: find the site's compose boxes, give each a
// ComposeBox, keep the worker informed of the tab's counts, follow settings
// changes, and go quiet for good if the extension context disappears.
//
// It takes no messages from the page (window messages are never read) and puts
// nothing of the user's settings into the page's DOM.
import browser from 'webextension-polyfill';
import type { Site } from '../engine/types.ts';
import {
  isAnalyzeResponse,
  isContentRequest,
  isSiteConfigResponse,
  isStringsResponse,
  MAX_DESCRIBED_BOXES,
  type BoxDescription,
  type TabState,
} from '../shared/messages.ts';
import { ComposeBox, type BoxEnvironment } from './compose-box.ts';
import { detached, guarded } from './guard.ts';
import { describeBox, describePage } from './page-check.ts';
import type { Dictionary } from './nudge/translate.ts';
import { ask, isOrphaned, onOrphaned } from './runtime.ts';
import type { SiteAdapter } from './sites/adapter.ts';
import { adapterForHostname } from './sites/index.ts';
import { watchComposeBoxes, type Watcher } from './watch.ts';

const REPORT_DELAY_MS = 150;
const SETTINGS_DELAY_MS = 50;

export function startVarsom(): void {
  const adapter = adapterForHostname(location.hostname);
  if (!adapter) return;
  const varsom = new Varsom(adapter);
  onOrphaned(() => varsom.quiet());
  varsom.start();
}

class Varsom {
  private readonly boxes = new Map<HTMLElement, ComposeBox>();
  private watcher: Watcher | undefined;
  private enabled = false;
  /** True once the worker has said whether the site is on (before that, "paused" would be a guess). */
  private configured = false;
  private dictionary: Dictionary = {};
  /** The last counts sent to the worker; empty, so the first report always goes out. */
  private lastReport = '';
  private readonly boxEnvironment: BoxEnvironment;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private settingsTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly adapter: SiteAdapter) {
    this.boxEnvironment = {
      adapter,
      dictionary: () => this.dictionary,
      analyze: async (draft) => {
        const answer = await ask({ type: 'analyze', draft });
        return isAnalyzeResponse(answer) ? answer : undefined;
      },
      openChecklist: () => detached(ask({ type: 'open-checklist' })),
      openSetChoice: () => detached(ask({ type: 'open-set-choice' })),
      countChanged: () => this.scheduleReport(),
      opening: (opened) => {
        for (const box of this.boxes.values()) if (box !== opened) box.close(false);
      },
      obstacles: (of) => [...this.boxes.values()].flatMap((box) => (box === of ? [] : (box.badgeRect() ?? []))),
    };
  }

  start(): void {
    browser.runtime.onMessage.addListener(this.onWorkerMessage as browser.Runtime.OnMessageListener);
    browser.storage.onChanged.addListener(this.onStorageChanged);
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    document.addEventListener('focusin', this.onFocusIn, true);
    // An orphaned script hears no more events from the extension; it notices when the user comes back.
    document.addEventListener('visibilitychange', this.checkAlive);
    window.addEventListener('focus', this.checkAlive);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    detached(this.loadConfig());
  }

  /** The extension was reloaded or removed: undo everything, silently. */
  quiet(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopWatching();
    if (this.reportTimer !== undefined) clearTimeout(this.reportTimer);
    if (this.settingsTimer !== undefined) clearTimeout(this.settingsTimer);
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('focusin', this.onFocusIn, true);
    document.removeEventListener('visibilitychange', this.checkAlive);
    window.removeEventListener('focus', this.checkAlive);
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    try {
      browser.runtime.onMessage.removeListener(this.onWorkerMessage as browser.Runtime.OnMessageListener);
      browser.storage.onChanged.removeListener(this.onStorageChanged);
    } catch {
      // The extension APIs may be gone already; the listeners go with them.
    }
  }

  private state(): TabState {
    let findings = 0;
    const boxes: BoxDescription[] = [];
    for (const box of this.boxes.values()) {
      findings += box.shownCount;
      // For the popup's page check: each box's shape, never its text (see page-check.ts).
      if (boxes.length < MAX_DESCRIBED_BOXES) boxes.push(describeBox(box.editor, this.adapter, box.shownCount));
    }
    return {
      site: this.adapter.site,
      watching: this.boxes.size,
      findings,
      paused: !this.enabled && this.configured,
      boxes,
      page: describePage(location, this.adapter),
    };
  }

  private async loadConfig(): Promise<void> {
    const site: Site = this.adapter.site;
    const [config, strings] = await Promise.all([ask({ type: 'site-config', site }), ask({ type: 'strings' })]);
    if (this.stopped) return;
    if (isStringsResponse(strings)) {
      this.dictionary = strings.strings;
      for (const box of this.boxes.values()) box.refresh();
    }
    if (!isSiteConfigResponse(config)) return;
    this.configured = true;
    this.enabled = config.enabled;
    if (this.enabled && !this.watcher) this.startWatching();
    else if (!this.enabled && this.watcher) this.stopWatching();
    this.scheduleReport();
  }

  private startWatching(): void {
    this.watcher = watchComposeBoxes(this.adapter, {
      found: guarded((editor) => {
        this.boxes.set(editor, new ComposeBox(editor, this.boxEnvironment));
        this.scheduleReport();
      }),
      lost: guarded((editor) => {
        this.boxes.get(editor)?.destroy();
        this.boxes.delete(editor);
        this.scheduleReport();
      }),
      navigated: guarded(() => {
        // Surface and recipient come from the URL and the page around the box.
        for (const box of this.boxes.values()) detached(box.analyse(true));
      }),
    });
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = undefined;
    for (const box of this.boxes.values()) box.destroy();
    this.boxes.clear();
  }

  private scheduleReport(): void {
    if (this.reportTimer !== undefined || this.stopped) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      const state = this.state();
      const key = JSON.stringify(state);
      if (key === this.lastReport) return;
      this.lastReport = key;
      detached(ask({ type: 'tab-report', ...state }));
    }, REPORT_DELAY_MS);
  }

  /** The worker (restarted, or asked by the popup) wants the live counts. Answered synchronously. */
  private readonly onWorkerMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): undefined => {
    if (isContentRequest(message)) guarded(() => sendResponse(this.state()))();
    return undefined;
  };

  private readonly onStorageChanged = guarded((_changes: unknown, area: string): void => {
    if (area !== 'local' || this.stopped) return;
    // Several keys often change together (a save writes settings and notices): one refresh.
    if (this.settingsTimer !== undefined) clearTimeout(this.settingsTimer);
    this.settingsTimer = setTimeout(() => {
      this.settingsTimer = undefined;
      detached(
        this.loadConfig().then(() => {
          for (const box of this.boxes.values()) detached(box.analyse(true));
        }),
      );
    }, SETTINGS_DELAY_MS);
  });

  /**
   * Chrome keeps a tab's badge text across navigations: leaving the page
   * clears it (the next page, if it is one of the sites, reports its own).
   */
  private readonly onPageHide = (): void => {
    if (this.stopped || isOrphaned()) return;
    this.lastReport = '';
    detached(ask({ type: 'tab-report', site: this.adapter.site, watching: 0, findings: 0, paused: !this.enabled && this.configured }));
  };

  /** Back from the back/forward cache: show this page's counts again. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.scheduleReport();
  };

  private readonly checkAlive = (): void => {
    isOrphaned();
  };

  /** Alt+Shift+V in a watched box (or in its nudge) toggles the panel; Escape closes it. */
  private readonly onKeyDown = guarded((event: KeyboardEvent): void => {
    if (this.boxes.size === 0) return;
    const shortcut = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyV';
    const escape = event.key === 'Escape';
    if (!shortcut && !escape) return;
    const found = this.boxForEvent(event);
    if (!found || isOrphaned()) return;
    const { box, inNudge } = found;
    if (shortcut) {
      event.preventDefault();
      event.stopPropagation();
      box.toggle();
    } else if (box.isOpen) {
      // Ours to handle: the site would otherwise close its whole composer.
      event.preventDefault();
      event.stopPropagation();
      box.close(inNudge);
    }
  });

  /** The panel behaves like a popover: a press anywhere outside its nudge and its box closes it. */
  private readonly onPointerDown = guarded((event: PointerEvent): void => {
    const found = this.boxForEvent(event);
    for (const box of this.boxes.values()) if (box.isOpen && box !== found?.box) box.close(false);
  });

  /** Focus moving into another compose box closes the panel of the box the user left. */
  private readonly onFocusIn = guarded((event: FocusEvent): void => {
    const found = this.boxForEvent(event);
    if (!found || found.inNudge) return;
    for (const box of this.boxes.values()) if (box.isOpen && box !== found.box) box.close(false);
  });

  private boxForEvent(event: Event): { box: ComposeBox; inNudge: boolean } | undefined {
    for (const node of event.composedPath()) {
      if (!(node instanceof HTMLElement)) continue;
      const box = this.boxes.get(node);
      if (box) return { box, inNudge: false };
      for (const candidate of this.boxes.values()) {
        if (candidate.hostElement === node) return { box: candidate, inNudge: true };
      }
    }
    return undefined;
  }
}
