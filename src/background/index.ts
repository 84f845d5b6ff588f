// The background worker: a thin router. Chrome stops it when idle, so every
// listener is registered synchronously at the top level and nothing relies on
// memory surviving between messages.
import browser from 'webextension-polyfill';
import { parseWorkerRequest } from '../shared/messages.ts';
import { dropContextOnStorageChange } from './context.ts';
import { openWelcomeOnInstall } from './first-run.ts';
import { isAllowedSender, respond } from './router.ts';

dropContextOnStorageChange();
openWelcomeOnInstall();

function onMessage(message: unknown, sender: browser.Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined {
  const request = parseWorkerRequest(message);
  // Not ours (or not allowed): leave it to the extension page it was meant for.
  if (!request || !isAllowedSender(request, sender)) return undefined;
  respond(request, sender).then(sendResponse, (error: unknown) => {
    console.warn('Varsom: could not answer', request.type, error);
    sendResponse(undefined);
  });
  // Keeps the channel open for the asynchronous answer (works with and without the polyfill).
  return true;
}

// The polyfill's types want either "always true" or a promise; this listener
// answers only its own requests and leaves the rest to other extension pages.
browser.runtime.onMessage.addListener(onMessage as browser.Runtime.OnMessageListener);
