// The guideline-set catalogue: the one way a set's JSON text becomes a set
// (options import, CLI --set-file and --validate-set, the employer's policy),
// the one answer to "is this a set Varsom has", and the one way the chosen set
// is found. Built-in sets come from ./index.ts; the others (imported, the
// employer's) are handed in by the caller, which knows where they are stored.
import { NEUTRAL_DISCLAIMERS } from '../engine/disclaimer-text.ts';
import type { GuidelineSet } from '../engine/types.ts';
import { isRecord } from '../shared/is-record.ts';
import { findBuiltinSet } from './index.ts';
import { MAX_SET_BYTES, validateGuidelineSet, type ValidationError } from './schema.ts';

/** Why a text is not a usable set; each caller words it for its own reader. */
export type SetTextProblem =
  | { kind: 'too_large'; bytes?: number }
  | { kind: 'empty' }
  | { kind: 'not_json'; message: string }
  | { kind: 'not_an_object' }
  | { kind: 'invalid' }
  | { kind: 'builtin_id'; id: string; name: string };

export type ParsedSet =
  | { ok: true; set: GuidelineSet }
  /** `errors` hold the reasons in English with a path each, for the set's author. */
  | { ok: false; problem: SetTextProblem; errors: ValidationError[] };

export interface ParseSetOptions {
  /**
   * Refuse a set that has a built-in set's id: true where the set would sit
   * beside the built-in ones (import, policy); the CLI checks any file.
   */
  refuseBuiltinIds?: boolean;
}

function kB(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} kB`;
}

/** The error for a file over MAX_SET_BYTES (`bytes` undefined: too large to count). */
export function tooLargeError(bytes?: number): ValidationError {
  const size = bytes === undefined ? `over ${kB(MAX_SET_BYTES)}` : kB(bytes);
  return { path: '', reason: `file too large (${size}; at most ${kB(MAX_SET_BYTES)})` };
}

/** Bytes of `text` as UTF-8, or undefined when it is certainly over `limit` (without encoding a huge string). */
function utf8Bytes(text: string, limit: number): number | undefined {
  // Every UTF-16 code unit takes at least one byte in UTF-8.
  if (text.length > limit) return undefined;
  return new TextEncoder().encode(text).length;
}

function refused(problem: SetTextProblem, errors: ValidationError[]): ParsedSet {
  return { ok: false, problem, errors };
}

/** A set already parsed from JSON (or given as an object by Firefox's policies.json): the schema, then the id rule. */
export function parseSetData(data: unknown, options: ParseSetOptions = {}): ParsedSet {
  const result = validateGuidelineSet(data);
  if (!result.ok) return refused(isRecord(data) ? { kind: 'invalid' } : { kind: 'not_an_object' }, result.errors);
  const builtin = options.refuseBuiltinIds === true ? findBuiltinSet(result.set.id) : undefined;
  if (builtin !== undefined) {
    const reason = `"${builtin.id}" is the id of the built-in set ${builtin.name}, which cannot be replaced; give your set another id`;
    return refused({ kind: 'builtin_id', id: builtin.id, name: builtin.name }, [{ path: 'id', reason }]);
  }
  return result;
}

/**
 * A guideline set file's text: size (UTF-8 bytes, before anything else),
 * a byte-order mark dropped, blank text, JSON syntax, the schema and, when
 * asked, a built-in set's id. Never throws.
 */
export function parseSetText(text: string, options: ParseSetOptions = {}): ParsedSet {
  const bytes = utf8Bytes(text, MAX_SET_BYTES);
  if (bytes === undefined || bytes > MAX_SET_BYTES) return refused({ kind: 'too_large', bytes }, [tooLargeError(bytes)]);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refused({ kind: 'empty' }, [{ path: '', reason: 'empty: paste or choose a guideline set file' }]);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
    return refused({ kind: 'not_json', message }, [{ path: '', reason: `not valid JSON: ${message}` }]);
  }
  return parseSetData(data, options);
}

// ---------------------------------------------------------------- which sets exist

/** Is this the id of a set that ships with Varsom? */
export function isBuiltinSetId(id: string): boolean {
  return findBuiltinSet(id) !== undefined;
}

/**
 * The set with this id: among `others` (imported, the employer's; already
 * validated) first, then the built-in ones. Undefined for null (no set
 * chosen) and for an id Varsom does not have: another municipality's set is
 * never used instead.
 */
export function resolveGuidelineSet(setId: string | null, others: readonly GuidelineSet[] = []): GuidelineSet | undefined {
  if (setId === null) return undefined;
  return others.find((s) => s.id === setId) ?? findBuiltinSet(setId);
}

/** Is this a set Varsom has: built in, or one of `others`? */
export function isKnownSet(id: string, others: readonly GuidelineSet[] = []): boolean {
  return resolveGuidelineSet(id, others) !== undefined;
}

/**
 * What the analysis reads while no set is chosen: no points, no employer
 * names and only the neutral disclaimers, so findings quote no municipality
 * and the "insert disclaimer" fix names none. Not a set anyone can choose or
 * see: the worker never names it in a response.
 */
export const NO_SET: GuidelineSet = Object.freeze({
  schemaVersion: 1,
  id: 'none',
  name: '',
  country: 'NO',
  language: 'en',
  source: { title: '' },
  employer: { names: [], emailDomains: [] },
  points: [],
  checklist: [],
  disclaimers: { ...NEUTRAL_DISCLAIMERS },
}) as GuidelineSet;
