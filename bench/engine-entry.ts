// What the engine benchmark bundles: the engine, its detectors and the built-in sets.
export { analyze } from '../src/engine/analyze.ts';
export { DETECTORS } from '../src/engine/detectors/index.ts';
export { tokenize } from '../src/engine/text/tokenize.ts';
export { findBuiltinSet } from '../src/guidelines/index.ts';
export { forgetWords } from '../src/engine/text/terms.ts';
