// The typed message protocol between the content script, the toolbar popup and
// the background worker. Messages are plain JSON. Every receiver validates what
// it gets with the guards below: a message is data from another context, and a
// malformed one is ignored rather than trusted.
import type { Finding, Lang, Site, Surface } from '../engine/types.ts';
import { isLang, isSite, isSurface } from '../engine/vocabulary.ts';
import type { MessageEntry } from '../i18n/format.ts';
import { siteForHostname } from '../content/sites/hosts.ts';
import { isRecord } from './is-record.ts';
import { isSectionOf } from './page-sections.ts';

/** Longest draft the worker analyses; a longer one is cut (no site allows posts this long). */
export const MAX_DRAFT_CHARS = 100_000;

/** The page check lists at most this many boxes (a long feed has a comment box under every post). */
export const MAX_DESCRIBED_BOXES = 100;

// ------------------------------------------------------------ content → worker

/** Analyse one draft. The worker keeps nothing of it beyond the call. */
export interface AnalyzeRequest {
  type: 'analyze';
  draft: { text: string; site: Site; surface: Surface; recipient?: string };
}
export interface AnalyzeResponse {
  findings: Finding[];
  /**
   * The guideline set the findings were checked against: named in the panel
   * when it has no matching point; its language marks up the quotes. Null
   * while no set is chosen: the findings then quote nothing, and the nudge
   * offers the way to the choice instead.
   */
  set: AnalyzedSet | null;
}

export interface AnalyzedSet {
  id: string;
  name: string;
  language: Lang;
}

/** Is Varsom switched on for this site? Asked at start and after every settings change. */
export interface SiteConfigRequest {
  type: 'site-config';
  site: Site;
}
export interface SiteConfigResponse {
  enabled: boolean;
}

/**
 * The UI strings of the user's interface language (English where a
 * translation is missing), so the content script bundles no dictionary.
 */
export interface StringsRequest {
  type: 'strings';
}
export interface StringsResponse {
  lang: Lang;
  /** messages.json entries (without descriptions), formatted with src/i18n/format.ts. */
  strings: Record<string, Omit<MessageEntry, 'description'>>;
}

/** The content script's current counts for its tab: the worker shows them on the badge. */
export interface TabReport extends TabState {
  type: 'tab-report';
}

/** Show the checklist of the user's guideline set: the toolbar popup where it can open, else the options page. */
export interface OpenChecklistRequest {
  type: 'open-checklist';
}

/** Open the options page, where the user chooses a guideline set (the nudge asks while none is chosen). */
export interface OpenSetChoiceRequest {
  type: 'open-set-choice';
}

export interface OkResponse {
  ok: true;
}

// ------------------------------------------------------------ popup → worker

/** What the popup shows for a tab. `tabId` omitted: the active tab of the focused window. */
export interface TabStateRequest {
  type: 'tab-state';
  tabId?: number;
}

export interface TabState {
  /** The supported site open in the tab, or null when Varsom does not run there. */
  site: Site | null;
  /** Compose boxes being watched. */
  watching: number;
  /** Findings currently shown (dismissed ones not counted). */
  findings: number;
  /** Varsom is switched off for this site in the settings. */
  paused: boolean;
  /**
   * The page check: the watched boxes (the first MAX_DESCRIBED_BOXES), by
   * their shape only. Absent when the content script did not say (a
   * remembered report from an older page, or no content script at all).
   */
  boxes?: BoxDescription[];
  /** Where the tab is, as far as the page check may tell. Absent as for `boxes`. */
  page?: PageDescription;
}

/** One compose box as the page check sees it: never its text, never a name. */
export interface BoxDescription {
  surface: Surface;
  /** The editor library driving it (content/editors/kind.ts), a short lower-case name. */
  editor: string;
  /** In a direct message: could the recipient be read from the page? null for posts and comments. */
  recipient: boolean | null;
  /** The box sits inside a shadow root. */
  shadow: boolean;
  /** The box sits inside a dialog (a composer window). */
  dialog: boolean;
  /** Reminders shown on this box now. */
  findings: number;
}

/** The tab's place on its site: the host name and at most a known first path segment. */
export interface PageDescription {
  host: string;
  /** A known part of the site (page-sections.ts) such as 'messages'; '' at the root; null for any other page. */
  section: string | null;
}

// ------------------------------------------------------------ worker → content

/** Asks a tab's content script for its live counts (the worker may have been restarted). */
export interface ReportStateRequest {
  type: 'report-state';
}

// ------------------------------------------------------------ unions and response map

export type WorkerRequest =
  | AnalyzeRequest
  | SiteConfigRequest
  | StringsRequest
  | TabReport
  | OpenChecklistRequest
  | OpenSetChoiceRequest
  | TabStateRequest;

export interface WorkerResponses {
  analyze: AnalyzeResponse;
  'site-config': SiteConfigResponse;
  strings: StringsResponse;
  'tab-report': OkResponse;
  'open-checklist': OkResponse;
  'open-set-choice': OkResponse;
  'tab-state': TabState;
}

export type ResponseTo<R extends WorkerRequest> = WorkerResponses[R['type']];

export type ContentRequest = ReportStateRequest;

// ------------------------------------------------------------ guards

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
}

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const BOX_KEYS = ['dialog', 'editor', 'findings', 'recipient', 'shadow', 'surface'].join();
const PAGE_KEYS = ['host', 'section'].join();
const EDITOR_KIND = /^[a-z][a-z0-9-]{0,23}$/;

/** Exactly the known keys: a description with anything more (text, a name) is not one. */
function hasExactKeys(value: Record<string, unknown>, keys: string): boolean {
  return Object.keys(value).sort().join() === keys;
}

function isBoxDescription(value: unknown): value is BoxDescription {
  return (
    isRecord(value) &&
    hasExactKeys(value, BOX_KEYS) &&
    isSurface(value.surface) &&
    typeof value.editor === 'string' &&
    EDITOR_KIND.test(value.editor) &&
    (value.recipient === null ? value.surface !== 'dm' : typeof value.recipient === 'boolean' && value.surface === 'dm') &&
    typeof value.shadow === 'boolean' &&
    typeof value.dialog === 'boolean' &&
    isCount(value.findings)
  );
}

function isPageDescription(value: unknown, site: Site | null): value is PageDescription {
  if (!isRecord(value) || !hasExactKeys(value, PAGE_KEYS) || typeof value.host !== 'string') return false;
  const hostSite = siteForHostname(value.host);
  return hostSite !== null && hostSite === site && value.host === value.host.toLowerCase() && isSectionOf(hostSite, value.section);
}

/**
 * A copy of a tab state with only the known fields, or undefined when any of
 * them is malformed: a content script's report is data, not trusted.
 */
export function parseTabState(value: unknown): TabState | undefined {
  if (
    !isRecord(value) ||
    !(value.site === null || isSite(value.site)) ||
    !isCount(value.watching) ||
    !isCount(value.findings) ||
    typeof value.paused !== 'boolean'
  ) {
    return undefined;
  }
  const state: TabState = { site: value.site, watching: value.watching, findings: value.findings, paused: value.paused };
  const { boxes, page } = value;
  if (boxes !== undefined) {
    if (
      !Array.isArray(boxes) ||
      boxes.length > MAX_DESCRIBED_BOXES ||
      boxes.length > value.watching ||
      !boxes.every(isBoxDescription)
    ) {
      return undefined;
    }
    state.boxes = boxes.map((box) => ({ ...box }));
  }
  if (page !== undefined) {
    if (!isPageDescription(page, value.site)) return undefined;
    state.page = { host: page.host, section: page.section };
  }
  return state;
}

export function isTabState(value: unknown): value is TabState {
  return parseTabState(value) !== undefined;
}

function isDraftPayload(value: unknown): value is AnalyzeRequest['draft'] {
  return (
    isRecord(value) &&
    typeof value.text === 'string' &&
    isSite(value.site) &&
    isSurface(value.surface) &&
    (value.recipient === undefined || typeof value.recipient === 'string')
  );
}

/** Narrows an incoming message to a request the worker understands, or returns undefined. */
export function parseWorkerRequest(value: unknown): WorkerRequest | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'analyze':
      return isDraftPayload(value.draft) ? { type: 'analyze', draft: value.draft } : undefined;
    case 'site-config':
      return isSite(value.site) ? { type: 'site-config', site: value.site } : undefined;
    case 'strings':
      return { type: 'strings' };
    case 'tab-report': {
      const state = parseTabState(value);
      return state ? { type: 'tab-report', ...state } : undefined;
    }
    case 'open-checklist':
      return { type: 'open-checklist' };
    case 'open-set-choice':
      return { type: 'open-set-choice' };
    case 'tab-state':
      if (value.tabId === undefined) return { type: 'tab-state' };
      return isTabId(value.tabId) ? { type: 'tab-state', tabId: value.tabId } : undefined;
    default:
      return undefined;
  }
}

export function isContentRequest(value: unknown): value is ContentRequest {
  return isRecord(value) && value.type === 'report-state';
}

const SET_KEYS = ['id', 'language', 'name'].join();

/** The set named in an analysis: exactly its id, name and language, or null for "no set chosen". */
function isAnalyzedSet(value: unknown): value is AnalyzedSet | null {
  if (value === null) return true;
  return (
    isRecord(value) &&
    hasExactKeys(value, SET_KEYS) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.name === 'string' &&
    value.name !== '' &&
    isLang(value.language)
  );
}

export function isAnalyzeResponse(value: unknown): value is AnalyzeResponse {
  // `set` must be present: a missing one is a malformed answer, not "no set chosen".
  return isRecord(value) && Array.isArray(value.findings) && 'set' in value && isAnalyzedSet(value.set);
}

export function isStringsResponse(value: unknown): value is StringsResponse {
  return isRecord(value) && typeof value.lang === 'string' && isRecord(value.strings);
}

export function isSiteConfigResponse(value: unknown): value is SiteConfigResponse {
  return isRecord(value) && typeof value.enabled === 'boolean';
}
