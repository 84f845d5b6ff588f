// Computed font sizes on an extension page, for the "readable pages" checks in
// Chromium (first-run.e2e.ts) and Firefox (firefox.e2e.ts). The function runs
// in the page: no named inner functions (tsx would wrap them in a helper the page lacks).

export interface TextSizes {
  body: number;
  /** The five smallest visible elements with text of their own. */
  smallest: { size: number; what: string }[];
}

interface Evaluator {
  evaluate<R>(fn: () => R): Promise<R>;
}

/** Sizes (px) of the body and of every visible element that holds text of its own, with a short label for each. */
export async function textSizes(page: Evaluator): Promise<TextSizes> {
  return page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    const seen: { size: number; what: string }[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || el.getClientRects().length === 0 || el.closest('.visually-hidden, [hidden]')) continue;
      // Code (the import's text area, the page check's report) is not body text.
      if (el.closest('code, pre, textarea, .report')) continue;
      const what = `${el.localName}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}: ${(el.textContent ?? '').trim().slice(0, 40)}`;
      seen.push({ size: parseFloat(getComputedStyle(el).fontSize), what });
    }
    seen.sort((a, b) => a.size - b.size);
    return { body, smallest: seen.slice(0, 5) };
  });
}

