// Person identifiers: validators and the text scanner (shared by the
// confidential detector, the CLI and the benchmark).
export { validateNorwegianId, type NorwegianId, type NorwegianIdType } from './no-fnr.ts';
export { validateSwedishId, INTERIM_LETTERS, type SwedishId, type SwedishIdType } from './se-pnr.ts';
export { findIdNumbers, type IdHit, type IdType } from './scan.ts';
