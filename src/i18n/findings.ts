// Substitutions for a finding's message, in the order its messages.json
// placeholders expect ($1, $2, …): the order of src/engine/message-keys.ts.
import { FINDING_MESSAGES } from '../engine/message-keys.ts';
import type { MessageRef } from '../engine/types.ts';

export function findingSubstitutions(ref: MessageRef): string[] {
  const spec = (FINDING_MESSAGES as Record<string, { params: readonly string[] } | undefined>)[ref.key];
  const names = spec ? spec.params : Object.keys(ref.params);
  return names.map((name) => String(ref.params[name] ?? ''));
}
