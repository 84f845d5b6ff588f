// A fresh element for each test to render preact into, unmounted and removed
// after the test, so no component or listener outlives it.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** Registers the hooks; call the returned function for the current test's element. */
export function renderRoot(): () => HTMLElement {
  let current: HTMLElement | undefined;
  beforeEach(() => {
    current = document.createElement('div');
    document.body.append(current);
  });
  afterEach(() => {
    if (current === undefined) return;
    render(null, current);
    current.remove();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('renderRoot(): no test is running');
    return current;
  };
}
