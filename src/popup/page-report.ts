// The page check's report: plain text an employee can paste into a message to
// IT when a site has changed and Varsom no longer notices a compose box. It is
// written in English whatever the interface language, so IT (and Varsom's
// maintainers, if IT passes it on) read the same lines from every user.
// Built only from the validated tab state: no draft text, no names, no more of
// the address than the host and a known first path segment. Pure.
import type { Site } from '../engine/types.ts';
import type { BoxDescription, PageDescription } from '../shared/messages.ts';

export interface PageReportInput {
  /** The extension's version (manifest). */
  version: string;
  /** navigator.userAgent; only the browser, its major version and the system are kept. */
  userAgent: string;
  now: Date;
  site: Site;
  /** Varsom is paused on this site (the settings). */
  paused: boolean;
  /** From the content script; undefined when it did not answer with them. */
  boxes: readonly BoxDescription[] | undefined;
  page: PageDescription | undefined;
  /** Boxes watched in all (more than `boxes` lists on a very long feed). */
  watching: number;
}

export function pageReport(input: PageReportInput): string {
  const lines = [
    'Varsom page check',
    `Varsom version: ${input.version}`,
    `Browser: ${briefBrowser(input.userAgent)}`,
    `Date: ${localDate(input.now)}`,
    `Site: ${input.site}, ${pageAddress(input.page)}`,
    `Varsom on this site: ${input.paused ? 'paused' : 'on'}`,
    ...boxLines(input),
    'No draft text, names or full addresses are included.',
  ];
  return `${lines.join('\n')}\n`;
}

function boxLines({ boxes, paused, watching }: PageReportInput): string[] {
  if (paused) return ['Compose boxes: none looked for (paused)'];
  if (boxes === undefined) return ['Compose boxes: unknown (Varsom is not running in this tab; reload the page)'];
  if (boxes.length === 0) return ['Compose boxes: none found (click into the box you write in, then run the check again)'];
  const lines = [`Compose boxes: ${watching}`, ...boxes.map((box, i) => `${i + 1}. ${boxLine(box)}`)];
  if (watching > boxes.length) lines.push(`… and ${watching - boxes.length} more, not listed`);
  return lines;
}

export function boxLine(box: BoxDescription): string {
  const parts = [
    box.surface,
    `editor ${box.editor}`,
    `recipient found: ${box.recipient === null ? 'n/a' : yesNo(box.recipient)}`,
    `in shadow root: ${yesNo(box.shadow)}`,
    `in dialog: ${yesNo(box.dialog)}`,
    `reminders: ${box.findings}`,
  ];
  return parts.join(', ');
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** "www.facebook.com/messages/…"; the root as "/"; any other page as "/…". */
export function pageAddress(page: PageDescription | undefined): string {
  if (page === undefined) return 'page unknown';
  if (page.section === '') return `${page.host}/`;
  return `${page.host}/${page.section === null ? '' : `${page.section}/`}…`;
}

/** The calendar day on this device, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bVivaldi\/(\d+)/, 'Vivaldi'],
  [/\bFirefox\/(\d+)/, 'Firefox'],
  [/\b(?:HeadlessChrome|Chrome|Chromium|CriOS)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

/** "Chrome 156 on Linux": the browser, its major version and the system, nothing finer. */
export function briefBrowser(userAgent: string): string {
  let name = 'unknown browser';
  for (const [pattern, label] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) {
      name = `${label} ${match[1] ?? ''}`.trim();
      break;
    }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return system ? `${name} on ${system}` : name;
}

