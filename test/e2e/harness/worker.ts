// The extension's service worker as Chrome reports it: the lifecycle tests stop
// it the way Chrome does when idle and wait for it to come back, and the
// cold-start benchmark times its first answer.
import type { CDPSession, Page } from 'playwright-core';

/** Follows the running status of the extension's worker through a CDP session on one of its pages. */
export class ServiceWorkerWatch {
  private status = 'unknown';
  private waiters: { status: string; done: () => void }[] = [];

  constructor(private readonly cdp: CDPSession) {}

  async track(extensionId: string): Promise<void> {
    const scope = `chrome-extension://${extensionId}/`;
    this.cdp.on(
      'ServiceWorker.workerVersionUpdated',
      (event: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        for (const version of event.versions) {
          if (!version.scriptURL.startsWith(scope)) continue;
          this.status = version.runningStatus;
          const ready = this.waiters.filter((w) => w.status === version.runningStatus);
          this.waiters = this.waiters.filter((w) => w.status !== version.runningStatus);
          for (const waiter of ready) waiter.done();
        }
      },
    );
    await this.cdp.send('ServiceWorker.enable');
  }

  current(): string {
    return this.status;
  }

  /** Resolves when Chrome reports the extension's worker in `status` (running, stopped, …). */
  waitFor(status: string, timeoutMs = 10_000): Promise<void> {
    if (this.status === status) return Promise.resolve();
    return new Promise<void>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`worker did not reach "${status}" within ${timeoutMs} ms (last: ${this.status})`)),
        timeoutMs,
      );
      this.waiters.push({
        status,
        done: () => {
          clearTimeout(timer);
          done();
        },
      });
    });
  }

  /**
   * Stops the extension's service worker the way Chrome does when it is idle
   * (CDP ServiceWorker.stopAllWorkers; the same as "Stop" in
   * chrome://serviceworker-internals) and waits until Chrome reports it stopped.
   * Playwright's Worker object survives: it gets a fresh context when Chrome
   * starts the worker again.
   */
  async stop(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await this.waitFor('stopped');
  }
}

/**
 * Sends a runtime message from one of the extension's own pages and times the
 * worker's answer on that page's clock (no CDP round trip in the figure).
 */
export function timeWorkerAnswer(page: Page, message: unknown): Promise<{ ms: number; answer: unknown }> {
  return page.evaluate(async (msg) => {
    const t0 = performance.now();
    const answer: unknown = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg);
    return { ms: performance.now() - t0, answer };
  }, message);
}
