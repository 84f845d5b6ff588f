// The content script's only channel: runtime messages to its own worker.
//
// When the extension is updated or reloaded while a tab stays open, this
// script is orphaned: `runtime.id` disappears and every call throws "Extension
// context invalidated". Then it must go quiet (stop observing, remove its
// elements) without a single error reaching the page's console.
import browser from 'webextension-polyfill';
import type { ResponseTo, WorkerRequest } from '../shared/messages.ts';

const RETRY_DELAY_MS = 150;

let orphaned = false;
const quietHandlers: (() => void)[] = [];

/** Called once when the extension context is gone. */
export function onOrphaned(handler: () => void): void {
  if (orphaned) handler();
  else quietHandlers.push(handler);
}

export function isOrphaned(): boolean {
  if (orphaned) return true;
  let alive = false;
  try {
    alive = Boolean(browser.runtime?.id);
  } catch {
    alive = false;
  }
  if (!alive) goQuiet();
  return orphaned;
}

function goQuiet(): void {
  if (orphaned) return;
  orphaned = true;
  for (const handler of quietHandlers.splice(0)) {
    try {
      handler();
    } catch {
      // Going quiet must finish even if one part fails.
    }
  }
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a request to the worker and returns its answer, or undefined when
 * there is none. A worker stopped by Chrome is woken by the message; a first
 * failure (it was starting, or shutting down just then) is retried once.
 */
export async function ask<R extends WorkerRequest>(request: R): Promise<ResponseTo<R> | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (isOrphaned()) return undefined;
    try {
      const answer: unknown = await browser.runtime.sendMessage(request);
      if (answer !== undefined && answer !== null) return answer as ResponseTo<R>;
    } catch {
      if (isOrphaned()) return undefined;
    }
    if (attempt === 0) await wait(RETRY_DELAY_MS);
  }
  return undefined;
}
