// The engine's one public entry: the worker, the CLI, the bench, the eval and
// the tests import from here. Its parts (detectors, word lists, the learned
// reader) stay internal; unit tests of a part import that part directly.
//
// The content script and the pages never analyse: they import only types and
// the plain-data modules (types.ts, vocabulary.ts, message-keys.ts, and the
// neutral disclaimers) straight from their files, so no word list or model
// weight reaches their bundles through this module's re-exports.
export { analyze, analyzeWithScores, readDraft } from './analyze.ts';
export type { Detector, DetectorInput } from './detector.ts';
export { DETECTORS } from './detectors/index.ts';
export { FINDING_MESSAGES, type FindingMessageKey } from './message-keys.ts';
export * from './types.ts';
export * from './vocabulary.ts';
