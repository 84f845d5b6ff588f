// Settings an employer's IT department sets through browser policy
// (storage.managed: Chrome/Edge "3rdparty" extension policy, Firefox
// policies.json "3rdparty.Extensions"). Declared for Chrome in
// public/managed_schema.json; docs/deploying.md is the administrators' guide.
//
// - setId: the employer's guideline set, a preset the user may change…
// - lockSet: …unless this is true: then it is enforced;
// - workplaces: always included; the user can add their own beside them;
// - disclaimers: per language, override the user's own;
// - guidelineSet: a whole guideline set as JSON text, for a municipality that
//   is not built in. Checked with the same schema as built-in and imported sets.
//
// Policy values come from outside the extension: each one is checked on its
// own, and one that does not pass is ignored with a console warning. Nothing
// here throws, and with no policy at all everything behaves as before.
import browser from 'webextension-polyfill';
import type { GuidelineSet, Lang } from '../engine/types.ts';
import { isKnownSet, parseSetData, parseSetText, type ParsedSet } from '../guidelines/catalogue.ts';
import { MAX_SET_BYTES, type ValidationError } from '../guidelines/schema.ts';
import { isRecord } from '../shared/is-record.ts';
import { cleanList } from './clean.ts';
import { LANGS, LIMITS, type Settings } from './settings.ts';

/** The policy after validation: only values that passed are present. */
export interface ManagedPolicy {
  setId?: string;
  lockSet?: boolean;
  workplaces?: string[];
  disclaimers?: Partial<Record<Lang, string>>;
  guidelineSet?: GuidelineSet;
}

/** What the pages show as "set by your employer". */
export interface ManagedState {
  /** 'locked': the employer's set is enforced; 'preset': it applies until the user picks another. */
  setId?: 'preset' | 'locked';
  /** The employer's set (present whenever `setId` is). */
  presetSetId?: string;
  /** The employer's workplaces, always part of the effective list. */
  workplaces?: string[];
  /** Languages whose disclaimer the employer sets. */
  disclaimers?: Lang[];
}

export interface ManagedResult {
  /** The settings in effect: the user's, with the policy applied. */
  settings: Settings;
  managed: ManagedState;
}

const POLICY_KEYS = ['setId', 'lockSet', 'workplaces', 'disclaimers', 'guidelineSet'] as const;
/** The same rule the settings parser applies to a stored set id. */
const SET_ID = /^[a-z0-9][a-z0-9_-]*$/;

export type Warn = (message: string) => void;

const consoleWarn: Warn = (message) => console.warn(`Varsom: ${message}`);

function describeErrors(errors: readonly ValidationError[]): string {
  const shown = errors.slice(0, 5).map((e) => `${e.path === '' ? '(top level)' : e.path}: ${e.reason}`);
  return shown.join('; ') + (errors.length > 5 ? `; … (${errors.length} problems)` : '');
}

/**
 * A guideline set given by policy: JSON text (the schema's type), or, from
 * Firefox's policies.json which has no schema, the set itself as an object.
 */
function readPolicySet(value: unknown, warn: Warn): GuidelineSet | undefined {
  let parsed: ParsedSet;
  if (typeof value === 'string') parsed = parseSetText(value, { refuseBuiltinIds: true });
  else if (isRecord(value)) parsed = parseSetData(value, { refuseBuiltinIds: true });
  else {
    warn('managed policy "guidelineSet" ignored: must be a guideline set as JSON text');
    return undefined;
  }
  if (parsed.ok) return parsed.set;
  warn(`managed policy "guidelineSet" ignored: ${policySetProblem(parsed)}`);
  return undefined;
}

/** The catalogue's refusal, worded for the administrator who wrote the policy. */
function policySetProblem(parsed: Extract<ParsedSet, { ok: false }>): string {
  const problem = parsed.problem;
  switch (problem.kind) {
    case 'too_large':
      return `larger than ${MAX_SET_BYTES} bytes`;
    case 'empty':
      return 'empty';
    case 'not_json':
      return `not valid JSON (${problem.message.slice(0, 200)})`;
    case 'builtin_id':
      return `"${problem.id}" is a built-in set, which policy cannot replace (give the set another id, or use "setId": "${problem.id}")`;
    case 'not_an_object':
    case 'invalid':
      return `not a valid guideline set (${describeErrors(parsed.errors)})`;
  }
}

function readDisclaimers(value: unknown, warn: Warn): Partial<Record<Lang, string>> | undefined {
  if (!isRecord(value)) {
    warn('managed policy "disclaimers" ignored: must be an object with nb, nn, sv or en texts');
    return undefined;
  }
  const out: Partial<Record<Lang, string>> = {};
  for (const key of Object.keys(value)) {
    const lang = LANGS.find((l) => l === key);
    const text = Object.getOwnPropertyDescriptor(value, key)?.value;
    if (lang === undefined) warn(`managed policy "disclaimers.${key.slice(0, 40)}" ignored: not one of ${LANGS.join(', ')}`);
    else if (typeof text !== 'string' || text.trim() === '') warn(`managed policy "disclaimers.${lang}" ignored: must be a non-empty text`);
    else if (text.trim().length > LIMITS.disclaimerLength) warn(`managed policy "disclaimers.${lang}" ignored: longer than ${LIMITS.disclaimerLength} characters`);
    else out[lang] = text.trim();
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Validates what storage.managed returned, value by value. Pure apart from the warnings. */
export function parseManagedPolicy(raw: unknown, warn: Warn = consoleWarn): ManagedPolicy {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    warn('managed policy ignored: not an object');
    return {};
  }
  const value = (key: string): unknown => Object.getOwnPropertyDescriptor(raw, key)?.value;
  const policy: ManagedPolicy = {};

  const setId = value('setId');
  if (setId !== undefined) {
    if (typeof setId === 'string' && setId.length <= LIMITS.setIdLength && SET_ID.test(setId)) policy.setId = setId;
    else warn('managed policy "setId" ignored: must be the id of a guideline set, e.g. "ringebu"');
  }

  const lockSet = value('lockSet');
  if (lockSet !== undefined) {
    if (typeof lockSet === 'boolean') policy.lockSet = lockSet;
    else warn('managed policy "lockSet" ignored: must be true or false');
  }

  const workplaces = value('workplaces');
  if (workplaces !== undefined) {
    if (!Array.isArray(workplaces)) {
      warn('managed policy "workplaces" ignored: must be a list of names');
    } else {
      const cleaned = cleanList(workplaces);
      if (!cleaned.ok) warn(`managed policy "workplaces": entries that are not short texts (max ${LIMITS.entryLength} characters, ${LIMITS.listEntries} entries) were left out`);
      if (cleaned.list.length > 0) policy.workplaces = cleaned.list;
    }
  }

  const disclaimers = value('disclaimers');
  if (disclaimers !== undefined) {
    const read = readDisclaimers(disclaimers, warn);
    if (read) policy.disclaimers = read;
  }

  const guidelineSet = value('guidelineSet');
  if (guidelineSet !== undefined) {
    const set = readPolicySet(guidelineSet, warn);
    if (set) policy.guidelineSet = set;
  }

  const unknown = Object.keys(raw).filter((key) => !(POLICY_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) warn(`managed policy: unknown ${unknown.length === 1 ? 'key' : 'keys'} ignored: ${unknown.map((k) => k.slice(0, 40)).join(', ')}`);
  return policy;
}

/**
 * The policy in effect, read defensively: Firefox rejects when no policy
 * exists for the extension, other browsers may lack the area, and a broken
 * value must never keep Varsom from working. Any failure reads as "no policy".
 */
export async function readManagedPolicy(warn: Warn = consoleWarn): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    const area = (browser.storage as { managed?: { get(): Promise<unknown> } } | undefined)?.managed;
    if (area === undefined) return {};
    raw = await area.get();
  } catch {
    // No policy for this extension (Firefox's "Managed storage manifest not found"), or no managed storage at all.
    return {};
  }
  try {
    return parseManagedPolicy(raw, warn);
  } catch {
    return {};
  }
}

/** Calls back with the new policy whenever the administrator changes it (Chrome and Edge reload policy while running). */
export function onManagedPolicyChanged(cb: (policy: ManagedPolicy) => void, warn: Warn = consoleWarn): () => void {
  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area !== 'managed') return;
    readManagedPolicy(warn).then(cb, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface ApplyOptions {
  /**
   * Whether a set id names a set the extension has (built-in and imported).
   * Built-in sets and the policy's own `guidelineSet` are always known.
   */
  isKnownSet?: (id: string) => boolean;
}

/**
 * The settings in effect under `policy`. Pure. `settings` are the user's own
 * (as stored); the result never goes back to storage, so removing the policy
 * brings the user's own values back.
 */
export function applyManaged(settings: Settings, policy: ManagedPolicy, options: ApplyOptions = {}): ManagedResult {
  const next: Settings = {
    ...settings,
    workplaces: [...settings.workplaces],
    disclaimers: { ...settings.disclaimers },
    sites: { ...settings.sites },
  };
  const managed: ManagedState = {};

  const policySets = policy.guidelineSet === undefined ? [] : [policy.guidelineSet];
  const known = (id: string): boolean => isKnownSet(id, policySets) || (options.isKnownSet?.(id) ?? false);
  // A policy that rolls out its own set without naming one means that set.
  const presetId = policy.setId ?? policy.guidelineSet?.id;
  if (presetId !== undefined && known(presetId)) {
    managed.presetSetId = presetId;
    if (policy.lockSet === true) {
      managed.setId = 'locked';
      next.setId = presetId;
    } else {
      managed.setId = 'preset';
      if (settings.setChosen !== true || settings.setId === null) next.setId = presetId;
    }
  }

  if (policy.workplaces && policy.workplaces.length > 0) {
    managed.workplaces = [...policy.workplaces];
    // The employer's first; the user's own after them, without case-insensitive duplicates.
    next.workplaces = cleanList([...policy.workplaces, ...settings.workplaces]).list;
  }

  const langs = LANGS.filter((lang) => policy.disclaimers?.[lang] !== undefined);
  if (langs.length > 0) {
    managed.disclaimers = langs;
    for (const lang of langs) next.disclaimers[lang] = policy.disclaimers?.[lang] ?? '';
  }

  return { settings: next, managed };
}
