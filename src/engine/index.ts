// Public surface of the engine: what the worker, the CLI and the tests import.
export { analyze } from './analyze.ts';
export type * from './types.ts';
export { FINDING_MESSAGES, type FindingMessageKey } from './message-keys.ts';
