// Varsom must never throw into the page: an error in a listener or a detached
// promise would show in the site's console (and could confuse its own error
// reporting). Everything the content script hands to the browser as a
// callback goes through one of these.

/** Wraps a callback so that it can never throw. */
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      // Swallowed on purpose: a failed nudge must not become the page's problem.
    }
  };
}

/** Runs a promise whose result nobody waits for, without an unhandled rejection. */
export function detached(task: Promise<unknown>): void {
  task.catch(() => undefined);
}
