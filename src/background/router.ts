// Answers the typed requests of the content script and the popup.
import browser from 'webextension-polyfill';
import type { OkResponse, ResponseTo, WorkerRequest } from '../shared/messages.ts';
import { analyzeDraft } from './analysis.ts';
import { showFindingCount } from './badge.ts';
import { openChecklist, openSetChoice } from './checklist.ts';
import { currentContext } from './context.ts';
import { uiStrings } from './strings.ts';
import { activeTabId, rememberReport, tabStateFor } from './tab-state.ts';

type Sender = browser.Runtime.MessageSender;

const OK: OkResponse = { ok: true };

/**
 * Only this extension's own contexts may talk to the worker (no
 * externally_connectable, so pages cannot anyway), and the tab-state of any
 * tab is for the extension's pages only, not for a content script.
 */
export function isAllowedSender(request: WorkerRequest, sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
  switch (request.type) {
    case 'tab-state':
      return fromExtensionPage;
    case 'tab-report':
      return sender.tab?.id !== undefined && !fromExtensionPage;
    default:
      return true;
  }
}

export async function respond<R extends WorkerRequest>(request: R, sender: Sender): Promise<ResponseTo<R>> {
  return (await route(request, sender)) as ResponseTo<R>;
}

async function route(request: WorkerRequest, sender: Sender): Promise<ResponseTo<WorkerRequest>> {
  switch (request.type) {
    case 'analyze':
      return analyzeDraft(request.draft);
    case 'site-config': {
      const { settings } = await currentContext();
      return { enabled: settings.sites[request.site] };
    }
    case 'strings': {
      const { settings } = await currentContext();
      return uiStrings(settings.uiLanguage);
    }
    case 'tab-report': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        // The request was rebuilt from known fields only (parseWorkerRequest): nothing else is kept.
        const { type: _type, ...state } = request;
        rememberReport(tabId, state);
        await showFindingCount(tabId, state.paused ? 0 : state.findings);
      }
      return OK;
    }
    case 'open-checklist':
      await openChecklist();
      return OK;
    case 'open-set-choice':
      await openSetChoice();
      return OK;
    case 'tab-state': {
      const tabId = request.tabId ?? (await activeTabId());
      if (tabId === undefined) return { site: null, watching: 0, findings: 0, paused: false };
      return tabStateFor(tabId);
    }
  }
}
