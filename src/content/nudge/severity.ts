// What matters first. A breach of confidentiality cannot be undone by a
// disclaimer, handling a pupil's or client's matter privately is next, a work
// address on a private profile after that, and work talk without a disclaimer
// (lawful, only to be made clear) last.
import type { Finding, FindingKind } from '../../engine/types.ts';

export const SEVERITY: readonly FindingKind[] = ['confidential', 'contact_client', 'work_email', 'work_no_disclaimer'];

function rank(kind: FindingKind): number {
  const at = SEVERITY.indexOf(kind);
  return at < 0 ? SEVERITY.length : at;
}

/** The findings, most severe kind first; within a kind, in the engine's order (a stable sort). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** The most severe kind among the findings, if any. */
export function mostSevere(findings: readonly Finding[]): FindingKind | undefined {
  let best: FindingKind | undefined;
  for (const finding of findings) if (best === undefined || rank(finding.kind) < rank(best)) best = finding.kind;
  return best;
}

/** The kinds present, most severe first, each once. */
export function kindsBySeverity(findings: readonly Finding[]): FindingKind[] {
  return [...new Set(bySeverity(findings).map((f) => f.kind))];
}
