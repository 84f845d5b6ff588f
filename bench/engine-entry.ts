// What the engine benchmark bundles: the engine and the built-in sets.
export { analyze } from '../src/engine/analyze.ts';
export { findBuiltinSet } from '../src/guidelines/index.ts';
