// The built-in guideline sets. Adding a municipality is a JSON file in sets/
// plus one import line here (a test fails when the line is forgotten).
import type { GuidelineSet } from '../engine/types.ts';
import { formatValidationErrors, validateGuidelineSet } from './schema.ts';
import romskog from './sets/romskog.json';
import ringebu from './sets/ringebu.json';
import norsjo from './sets/norsjo.json';
import utsira from './sets/utsira.json';

const SOURCES: readonly { file: string; data: unknown }[] = [
  { file: 'romskog.json', data: romskog },
  { file: 'ringebu.json', data: ringebu },
  { file: 'norsjo.json', data: norsjo },
  { file: 'utsira.json', data: utsira },
];

export const DEFAULT_SET_ID = 'ringebu';

/** Shared by every caller in the process, so a mutation in one place would leak into all others. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function load(file: string, data: unknown): GuidelineSet {
  const result = validateGuidelineSet(data);
  if (!result.ok) {
    throw new Error(`Built-in guideline set src/guidelines/sets/${file} is invalid:\n${formatValidationErrors(result.errors)}`);
  }
  return deepFreeze(result.set);
}

export const BUILTIN_SETS: readonly GuidelineSet[] = Object.freeze(SOURCES.map(({ file, data }) => load(file, data)));

export const BUILTIN_SET_IDS: readonly string[] = Object.freeze(BUILTIN_SETS.map((s) => s.id));

export function findBuiltinSet(id: string): GuidelineSet | undefined {
  return BUILTIN_SETS.find((s) => s.id === id);
}
