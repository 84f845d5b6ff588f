// @vitest-environment happy-dom
// The synthetic paste: one init dictionary that both engines read their own
// way (Chromium `clipboardData`, Firefox `dataType` + `data`).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchPaste, pasteInit } from '../../../src/content/editors/paste.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** An element whose paste handler records what it read and, like an editor, cancels the event. */
function editorReading(): { el: HTMLElement; read: string[] } {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  document.body.append(el);
  const read: string[] = [];
  el.addEventListener('paste', (event) => {
    read.push((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '(no clipboardData)');
    event.preventDefault();
  });
  return { el, read };
}

describe('pasteInit', () => {
  it('carries the text for both engines and lets the event travel like a real paste', () => {
    const data = new DataTransfer();
    const init = pasteInit('Mine egne meninger.', data);
    expect(init.clipboardData).toBe(data);
    expect(init.dataType).toBe('text/plain');
    expect(init.data).toBe('Mine egne meninger.');
    expect(init).toMatchObject({ bubbles: true, cancelable: true, composed: true });
  });
});

describe('dispatchPaste', () => {
  it('delivers the text through clipboardData (the standard constructor) and reports the editor took it', () => {
    const { el, read } = editorReading();
    expect(dispatchPaste(el, '\nPrivat.')).toBe(true);
    expect(read).toEqual(['\nPrivat.']);
  });

  it("delivers the text when the constructor reads only Firefox's dataType and data", () => {
    // Gecko's constructor ignores `clipboardData` and makes its own from dataType + data.
    const Standard = globalThis.ClipboardEvent;
    class GeckoClipboardEvent extends Standard {
      constructor(type: string, init: ClipboardEventInit & { dataType?: string; data?: string } = {}) {
        const own = new DataTransfer();
        if (init.dataType) own.setData(init.dataType, init.data ?? '');
        super(type, { ...init, clipboardData: own });
      }
    }
    vi.stubGlobal('ClipboardEvent', GeckoClipboardEvent);
    const { el, read } = editorReading();
    expect(dispatchPaste(el, '***********')).toBe(true);
    expect(read).toEqual(['***********']);
  });

  it('returns false when nothing cancels the paste (no editor handled it)', () => {
    const el = document.createElement('textarea');
    document.body.append(el);
    expect(dispatchPaste(el, 'x')).toBe(false);
  });
});
