// Keeps visible nudges next to their compose boxes. One scroll and one resize
// listener (capture, passive) and one ResizeObserver serve all boxes; updates
// are coalesced into one per animation frame.
type Update = () => void;

const followed = new Map<Element, Update>();
let frame = 0;
let resizeObserver: ResizeObserver | undefined;

function requestUpdate(): void {
  if (frame !== 0) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const update of followed.values()) update();
  });
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  // Capture: the composer often scrolls inside a dialog, not the window.
  window[method]('scroll', requestUpdate, { capture: true, passive: true } as AddEventListenerOptions);
  window[method]('resize', requestUpdate, { passive: true } as AddEventListenerOptions);
}

/** Calls `update` whenever the box may have moved; returns the function that stops it. */
export function followBox(box: Element, update: Update): () => void {
  if (followed.size === 0) listen(true);
  followed.set(box, update);
  resizeObserver ??= new ResizeObserver(requestUpdate);
  resizeObserver.observe(box);
  return () => {
    if (!followed.delete(box)) return;
    resizeObserver?.unobserve(box);
    if (followed.size === 0) {
      listen(false);
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    }
  };
}
