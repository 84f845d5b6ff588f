// Renders the pictures of docs/images/ (see docs/screenshots.md) from the
// BUILT extension in dist/, in real Chromium, through the e2e harness: the
// fixture pages at the real hostnames, nothing from the internet.
//
//   npm run build && npm run screenshots [-- <output folder>]
//
// The folder defaults to docs/images/; another one keeps a "before" set apart.
import { mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Lang } from '../src/engine/index.ts';
import { engineKinds } from '../test/e2e/drafts.ts';
import { buildFixtures } from '../test/e2e/fixtures/build.ts';
import { Harness } from '../test/e2e/harness/extension.ts';
import type { Fixture } from '../test/e2e/harness/fixture.ts';
import { ROOT } from '../test/e2e/harness/paths.ts';

const OUT = resolve(process.argv[2] ?? join(ROOT, 'docs/images'));

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  '400px': { width: 400, height: 800 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** A Chrome toolbar popup is at most 800×600; about this size is what people see. */
const POPUP_VIEWPORT = { width: 380, height: 600 };

/**
 * A post from someone in child welfare: work talk without a disclaimer and an
 * identity number, each ending the draft so the full text is known analysed
 * once the number is marked. The numbers are published test vectors
 * (/work/shared/corpora/ids): no real person's.
 */
const NUDGE_DRAFTS: { lang: Lang; setId: string; text: string; number: string }[] = [
  {
    lang: 'nb',
    setId: 'ringebu',
    number: '13097248022',
    text: 'Tøff dag på jobb i barnevernet i kommunen. Vi leter etter et fosterhjem til en gutt på 9 år, fødselsnummeret hans er 13097248022',
  },
  {
    lang: 'sv',
    setId: 'norsjo',
    number: '20000229-2399',
    text: 'Tuff dag på jobbet inom socialtjänsten i kommunen. Vi söker ett jourhem till en pojke på nio år, personnumret är 20000229-2399',
  },
];

/** No blinking caret, no transitions: two runs give the same pixels. */
const STILL = '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }';

const written: string[] = [];

async function prepare(page: Page, viewport: ViewportName | typeof POPUP_VIEWPORT, scheme: Scheme): Promise<void> {
  await page.setViewportSize(typeof viewport === 'string' ? VIEWPORTS[viewport] : viewport);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
}

/** Fonts loaded and two frames drawn after the last change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function shoot(page: Page, name: string, options: { clip?: Box; fullPage?: boolean } = {}): Promise<void> {
  await settle(page);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, ...options, animations: 'disabled', caret: 'hide', style: STILL });
  written.push(path);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest box around all of `boxes`, with a margin, inside the viewport. */
function around(boxes: Box[], viewport: { width: number; height: number }, margin = 16): Box {
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

async function boxOf(f: Fixture, locator: ReturnType<Page['locator']>): Promise<Box> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`${f.spec.id}: ${String(locator)} is not shown`);
  return box;
}

async function nudgeShots(h: Harness): Promise<void> {
  for (const draft of NUDGE_DRAFTS) {
    await h.setSettings({ setId: draft.setId, uiLanguage: draft.lang });
    const kinds = engineKinds(draft.text, { site: 'facebook', surface: 'post', setId: draft.setId });
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      for (const scheme of SCHEMES) {
        const f = await h.openFixture('facebookFeed');
        try {
          await prepare(f.page, viewport, scheme);
          await f.type('post', draft.text);
          await f.waitForKinds('post', kinds);
          await f.waitForPanelFinding('post', 'confidential', [draft.number]);
          const boxes = [
            await boxOf(f, f.page.locator('.fb-composer')),
            await boxOf(f, f.badge('post')),
            await boxOf(f, f.panel('post')),
          ];
          await shoot(f.page, `nudge-${draft.lang}-${viewport}-${scheme}`, { clip: around(boxes, VIEWPORTS[viewport]) });
        } finally {
          await f.close();
        }
      }
    }
  }
}

async function pageShots(h: Harness): Promise<void> {
  await h.setSettings({ setId: 'ringebu', uiLanguage: 'nb' });
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const scheme of SCHEMES) {
      const options = await h.openExtensionPage(h.optionsPath());
      await prepare(options, viewport, scheme);
      await options.locator('h1').first().waitFor();
      await shoot(options, `options-${viewport}-${scheme}`, { fullPage: true });
      await options.close();
    }
  }
  for (const scheme of SCHEMES) {
    const popup = await h.openExtensionPage(h.popupPath());
    await prepare(popup, POPUP_VIEWPORT, scheme);
    await popup.locator('h1').first().waitFor();
    await shoot(popup, `popup-${scheme}`);
    await popup.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await buildFixtures();
  const h = await Harness.launch({ settings: { setId: 'ringebu', uiLanguage: 'nb' } });
  try {
    await nudgeShots(h);
    await pageShots(h);
  } finally {
    await h.close();
  }
  let total = 0;
  for (const path of written) {
    const bytes = statSync(path).size;
    total += bytes;
    console.log(`${relative(ROOT, path)}  ${Math.round(bytes / 1024)} KiB`);
  }
  console.log(`${written.length} pictures, ${Math.round(total / 1024)} KiB in all`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
