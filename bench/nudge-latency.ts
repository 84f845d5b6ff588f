// Keystroke-to-nudge latency and the content script's main-thread cost, in
// real Chromium with the built extension (dist/). Run: `npx tsx bench/nudge-latency.ts`
// (also imported by `npm run bench`). Prints figures; asserts nothing.
//
// Setup: the Facebook fixture page (the real Lexical editor, as in the e2e
// tests), served from memory; nothing touches the network. A realistic
// ~390-character Norwegian post is typed key by key with page.keyboard.type,
// RUNS times (env BENCH_RUNS, default 30), into an emptied editor each time.
//
// 1. Latency, last keystroke → nudge for the full text. Measured inside the
//    page on the page's own clock (performance.now()), not by polling from
//    Node: a capturing listener stamps every keydown/beforeinput/input, and a
//    MutationObserver on the nudge's open shadow root stamps the first moment
//    after the last keystroke at which the badge has data-state="ready" and
//    the kinds of the full draft. The nudge turns "pending" on every change
//    and "ready" only with the result for the current text (the DOM contract),
//    so that moment is the full text's result. It includes Varsom's typing
//    debounce, which is by design.
//
// 2. Main-thread time per keystroke. CDP Performance.getMetrics gives the
//    page's cumulative main-thread ScriptDuration (all JavaScript: the page's,
//    Lexical's and the content script's isolated world) and TaskDuration (all
//    main-thread tasks: script, style, layout, paint). The same drafts are
//    typed in a second Chromium WITHOUT the extension (BENCH_BASELINE_RUNS,
//    default 10); the difference of the per-keystroke means is what the
//    extension adds per keystroke. Two windows: while typing (first to last
//    keystroke) and the settle after the last keystroke until the nudge is
//    ready (the debounced analysis round trip and the render).
import { existsSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { buildFixtures } from '../test/e2e/fixtures/build.ts';
import { PAGES } from '../test/e2e/fixtures/pages.ts';
import { launchChromium } from '../test/e2e/harness/browser.ts';
import { Harness } from '../test/e2e/harness/extension.ts';
import { Fixture, norm } from '../test/e2e/harness/fixture.ts';
import { CHROMIUM, DIST } from '../test/e2e/harness/paths.ts';
import { routeFixtures } from '../test/e2e/harness/routes.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 10);

const DRAFT =
  'Nå har kommunestyret igjen vedtatt kutt i hjemmetjenesten, og vi som jobber der merker det hver eneste dag. ' +
  'Flere brukere får kortere besøk, og vikarene rekker ikke å bli kjent med noen av dem. Jeg forstår at økonomien ' +
  'er stram, men dette går ut over de eldste og sykeste blant oss. Håper flere engasjerer seg før budsjettmøtet i ' +
  'desember. Til alle foreldre i 3B: husk foreldremøtet torsdag.';
const WANT_KINDS = 'contact_client work_no_disclaimer';
const EDITOR = 'post';

interface Metrics {
  script: number;
  task: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000 };
}

/**
 * Page-side stamps: last keystroke, and first full-result nudge after it.
 * Passed as source text: tsx (esbuild, keepNames) would wrap named inner
 * functions in a `__name` helper that does not exist in the page.
 */
async function instrument(page: Page, surface: string, wantKinds: string): Promise<void> {
  await page.evaluate(`(() => {
    const surface = ${JSON.stringify(surface)};
    const wantKinds = ${JSON.stringify(wantKinds)};
    const state = { lastKey: 0, readyAt: 0 };
    window.__bench = state;
    for (const type of ['keydown', 'beforeinput', 'input']) {
      document.addEventListener(type, function () { state.lastKey = performance.now(); state.readyAt = 0; }, true);
    }
    function check() {
      if (state.lastKey === 0 || state.readyAt !== 0) return;
      for (const host of document.querySelectorAll('varsom-nudge[data-surface="' + surface + '"]')) {
        const badge = host.shadowRoot && host.shadowRoot.querySelector('button[data-varsom="badge"]');
        if (badge && badge.getAttribute('data-state') === 'ready' && badge.getAttribute('data-kinds') === wantKinds) {
          state.readyAt = performance.now();
        }
      }
    }
    const observed = new WeakSet();
    function observeHosts() {
      for (const host of document.querySelectorAll('varsom-nudge')) {
        const root = host.shadowRoot;
        if (root && !observed.has(root)) {
          observed.add(root);
          new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true });
        }
      }
    }
    observeHosts();
    new MutationObserver(function () { observeHosts(); check(); }).observe(document.documentElement, { childList: true });
  })()`);
}

function readStamps(page: Page): Promise<{ lastKey: number; readyAt: number }> {
  return page.evaluate(() => (window as unknown as { __bench: { lastKey: number; readyAt: number } }).__bench);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stats(values: number[]): { median: number; p95: number; min: number; max: number; mean: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return {
    median: sorted.length % 2 === 1 ? at(0.5) : ((sorted[sorted.length / 2 - 1] ?? NaN) + (sorted[sorted.length / 2] ?? NaN)) / 2,
    p95: at(0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

interface RunResult {
  latency?: number;
  typing: Metrics;
  settle?: Metrics;
}

async function typeOnce(f: Fixture, cdp: CDPSession, withExtension: boolean): Promise<RunResult> {
  await f.clear(EDITOR);
  if (withExtension) await f.waitForNoBadge(EDITOR);
  await f.focus(EDITOR);
  const m0 = await metrics(cdp);
  await f.page.keyboard.type(DRAFT);
  const m1 = await metrics(cdp);
  await f.waitForEditorText(EDITOR, (t) => norm(t) === norm(DRAFT), 'the full draft');
  const typing = { script: m1.script - m0.script, task: m1.task - m0.task };
  if (!withExtension) return { typing };
  const stamps = await waitFor('the nudge for the full draft', async () => {
    const s = await readStamps(f.page);
    return s.readyAt > 0 ? s : undefined;
  });
  const m2 = await metrics(cdp);
  return { latency: stamps.readyAt - stamps.lastKey, typing, settle: { script: m2.script - m1.script, task: m2.task - m1.task } };
}

async function withExtensionRuns(): Promise<RunResult[]> {
  const h = await Harness.launch({ settings: { setId: 'ringebu' } });
  try {
    const f = await h.openFixture('facebookFeed');
    const cdp = await h.context.newCDPSession(f.page);
    await cdp.send('Performance.enable');
    await instrument(f.page, 'post', WANT_KINDS);
    // One unmeasured run warms up the worker, the engine and the page.
    await typeOnce(f, cdp, true);
    const results: RunResult[] = [];
    for (let i = 0; i < RUNS; i++) results.push(await typeOnce(f, cdp, true));
    return results;
  } finally {
    await h.close();
  }
}

async function baselineRuns(): Promise<RunResult[]> {
  const browser = await launchChromium({ extension: false });
  try {
    await routeFixtures(browser.context);
    const page = await browser.context.newPage();
    await page.goto(PAGES.facebookFeed.url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    const f = new Fixture(page, PAGES.facebookFeed, null);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await typeOnce(f, cdp, false);
    const results: RunResult[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++) results.push(await typeOnce(f, cdp, false));
    return results;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(`${DIST}/manifest.json`)) {
    console.log(`nudge-latency: ${DIST}/manifest.json is missing; run \`npm run build\` first.`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`nudge-latency: no Chromium at ${CHROMIUM}.`);
    return;
  }
  await buildFixtures();
  const keys = [...DRAFT].length;
  console.log(`Keystroke-to-nudge latency in Chromium (${CHROMIUM}), Lexical fixture at ${PAGES.facebookFeed.url}`);
  console.log(`draft: ${DRAFT.length} characters (${keys} keystrokes), expected kinds "${WANT_KINDS}"; ${RUNS} runs with the extension, ${BASELINE_RUNS} without`);

  const started = Date.now();
  const ext = await withExtensionRuns();
  const base = await baselineRuns();

  const latency = stats(ext.map((r) => r.latency ?? NaN));
  console.log('');
  console.log('last keystroke → nudge ready for the full text (includes the typing debounce):');
  console.log(`  median ${ms(latency.median)}   p95 ${ms(latency.p95)}   min ${ms(latency.min)}   max ${ms(latency.max)}`);

  const perKey = (runs: RunResult[], pick: (m: Metrics) => number) => stats(runs.map((r) => pick(r.typing) / keys));
  const extScript = perKey(ext, (m) => m.script);
  const baseScript = perKey(base, (m) => m.script);
  const extTask = perKey(ext, (m) => m.task);
  const baseTask = perKey(base, (m) => m.task);
  console.log('');
  console.log('main-thread time per keystroke while typing (CDP Performance.getMetrics, mean over runs):');
  console.log(`  script: ${ms(extScript.mean)} with the extension, ${ms(baseScript.mean)} without → extension adds ${ms(extScript.mean - baseScript.mean)} per keystroke`);
  console.log(`  all tasks: ${ms(extTask.mean)} with, ${ms(baseTask.mean)} without → extension adds ${ms(extTask.mean - baseTask.mean)} per keystroke`);
  console.log(`  (per-keystroke script with the extension: median ${ms(extScript.median)}, p95 of run means ${ms(extScript.p95)})`);

  const settle = stats(ext.map((r) => r.settle?.script ?? NaN));
  const settleTask = stats(ext.map((r) => r.settle?.task ?? NaN));
  console.log('');
  console.log('main thread after the last keystroke until the nudge is ready (analysis reply + render), per draft:');
  console.log(`  script median ${ms(settle.median)} (p95 ${ms(settle.p95)}), all tasks median ${ms(settleTask.median)} (p95 ${ms(settleTask.p95)})`);
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await main();
