// Is this value an object with named fields (not null, not an array)? The one
// check every reader of outside data starts with: messages between contexts,
// stored settings, the employer's policy, guideline set files. Imports
// nothing, so every layer can use it.
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
