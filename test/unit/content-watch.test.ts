// @vitest-environment happy-dom
// The document watcher: finds compose boxes that appear later (batched), skips
// search fields, forgets removed boxes, and reports SPA navigations.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { facebook } from '../../src/content/sites/facebook.ts';
import { watchComposeBoxes, type Watcher } from '../../src/content/watch.ts';

function element(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return document.adoptNode(parsed.body.firstElementChild as HTMLElement);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

let watcher: Watcher | undefined;
afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  document.body.replaceChildren();
});

describe('watchComposeBoxes', () => {
  it('finds boxes present at start and added later, ignoring search comboboxes', async () => {
    document.body.append(element('<div role="dialog"><div contenteditable="true" role="textbox" id="post"></div></div>'));
    const found: string[] = [];
    watcher = watchComposeBoxes(facebook, { found: (el) => found.push(el.id), lost: vi.fn(), navigated: vi.fn() });
    expect(found).toEqual(['post']);

    document.body.append(element('<div role="article"><form><div contenteditable="true" role="textbox" id="comment"></div></form></div>'));
    document.body.append(element('<div role="combobox"><div contenteditable="true" role="textbox" id="search"></div></div>'));
    await settle();
    expect(found).toEqual(['post', 'comment']);
  });

  it('notices contenteditable being switched on later', async () => {
    const box = element('<div role="textbox" id="late"></div>');
    document.body.append(box);
    const found: string[] = [];
    watcher = watchComposeBoxes(facebook, { found: (el) => found.push(el.id), lost: vi.fn(), navigated: vi.fn() });
    box.setAttribute('contenteditable', 'true');
    await settle();
    expect(found).toEqual(['late']);
  });

  it('forgets a box that leaves the DOM, and does not report typing inside a box', async () => {
    const wrapper = element('<div role="dialog"><div contenteditable="true" role="textbox" id="post"><p>x</p></div></div>');
    document.body.append(wrapper);
    const found = vi.fn();
    const lost = vi.fn();
    watcher = watchComposeBoxes(facebook, { found, lost, navigated: vi.fn() });
    const box = document.getElementById('post')!;
    box.append(element('<p>typed</p>'));
    box.firstElementChild?.remove();
    await settle();
    expect(lost).not.toHaveBeenCalled();
    expect(found).toHaveBeenCalledTimes(1);

    wrapper.remove();
    await settle();
    expect(lost).toHaveBeenCalledWith(box);
  });

  it('reports a changed URL (pushState) and stops cleanly', async () => {
    const navigated = vi.fn();
    const found = vi.fn();
    watcher = watchComposeBoxes(facebook, { found, lost: vi.fn(), navigated });
    history.pushState({}, '', '/messages/t/1/');
    document.body.append(element('<div></div>'));
    await settle();
    expect(navigated).toHaveBeenCalled();
    watcher.stop();
    document.body.append(element('<div contenteditable="true" role="textbox"></div>'));
    await settle();
    expect(found).not.toHaveBeenCalled();
  });
});
